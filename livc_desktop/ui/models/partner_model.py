"""The partner list: a table model holding row objects (with display texts and a
lower-cased search string computed once per row) and a filter proxy for search-as-you-type
and the sector / participation / table / status filters. Also the small models of the
partner editor (contacts, trainings) and of the support directory."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from livc_desktop.domain.partners import (
    Contact,
    Participation,
    PartnerRow,
    PartnerStatus,
    Role,
    SectorEntry,
    SupportOrganisation,
    Training,
    search_text,
)
from livc_desktop.domain.redaction import folded
from livc_desktop.ui import palette
from livc_desktop.ui import partner_labels as labels
from livc_desktop.ui.labels import table_label
from livc_desktop.ui.models.base import RowTableModel

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts naturally


@dataclass(frozen=True)
class _Entry:
    row: PartnerRow
    texts: tuple[str, ...]
    sort_keys: tuple[Any, ...]
    search: str


def _role_order(role: Role) -> int:
    return list(Role).index(role)


def row_texts(row: PartnerRow, sector_labels: dict[str, str]) -> tuple[str, ...]:
    """The list's cells for one partner (also what the printed list shows)."""
    roles = sorted(row.roles, key=_role_order)
    return (
        row.name,
        sector_labels.get(row.sector) or labels.sector_label(row.sector),
        labels.participation_label(row.participation),
        ", ".join(labels.role_label(r) for r in roles),
        ", ".join(table_label(t) for t in sorted(row.tables)),
        str(len(row.contact_names)),
        row.municipality,
        labels.status_label(row.status),
    )


class PartnerTableModel(QAbstractTableModel):
    COL_NAME = 0
    COL_SECTOR = 1
    COL_PARTICIPATION = 2
    COL_ROLES = 3
    COL_TABLES = 4
    COL_CONTACTS = 5
    COL_MUNICIPALITY = 6
    COL_STATUS = 7
    COLUMN_COUNT = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PartnerRow] = []
        self._entries: list[_Entry] = []
        self._sector_labels: dict[str, str] = {}

    # -- loading ---------------------------------------------------------------------
    def set_rows(self, rows: Sequence[PartnerRow], sector_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sector_labels = dict(sector_labels)
        self._entries = [self._entry(r) for r in self._rows]
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], {})

    def retranslate(self, sector_labels: dict[str, str]) -> None:
        self.set_rows(self._rows, sector_labels)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def _entry(self, row: PartnerRow) -> _Entry:
        texts = row_texts(row, self._sector_labels)
        sector = texts[self.COL_SECTOR]
        sort_keys = (
            row.name.casefold(),
            sector.casefold(),
            list(Participation).index(row.participation),
            texts[3].casefold(),
            texts[4].casefold(),
            len(row.contact_names),
            row.municipality.casefold(),
            row.status.value,
        )
        return _Entry(row, texts, sort_keys, search_text(row, sector))

    # -- access without Qt roles (the proxy filters with these) ----------------------
    def row_at(self, source_row: int) -> PartnerRow:
        return self._entries[source_row].row

    def search_at(self, source_row: int) -> str:
        return self._entries[source_row].search

    def rows(self) -> list[PartnerRow]:
        return list(self._rows)

    def index_of(self, partner_id: int) -> QModelIndex:
        for i, entry in enumerate(self._entries):
            if entry.row.id == partner_id:
                return self.index(i, 0)
        return QModelIndex()

    def counts(self) -> tuple[int, int]:
        """(active, archived)."""
        archived = sum(1 for r in self._rows if r.status is PartnerStatus.ARCHIVED)
        return len(self._rows) - archived, archived

    # -- Qt model --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return entry.texts[col]
        if role == SORT_ROLE:
            return entry.sort_keys[col]
        if role == ROW_ROLE:
            return entry.row
        if role == Qt.ItemDataRole.ForegroundRole and entry.row.status is PartnerStatus.ARCHIVED:
            return palette.colour(palette.MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_CONTACTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section] if 0 <= section < self.COLUMN_COUNT else None

    @staticmethod
    def headers() -> list[str]:
        return [
            translate("PartnerModel", "Name"),
            translate("PartnerModel", "Sector"),
            translate("PartnerModel", "Participation"),
            translate("PartnerModel", "Roles"),
            translate("PartnerModel", "Tables"),
            translate("PartnerModel", "Contacts"),
            translate("PartnerModel", "Municipality"),
            translate("PartnerModel", "Status"),
        ]


class PartnerFilterProxy(QSortFilterProxyModel):
    """Search-as-you-type (every word must occur in name, sector, contact names or notes)
    plus exact filters. Filtering reads the source's precomputed strings, so typing stays
    instant with thousands of partners."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []
        self._sector: str | None = None
        self._participation: Participation | None = None
        self._table: str | None = None
        self._status: PartnerStatus | None = PartnerStatus.ACTIVE

    def _change(self, apply: Callable[[], None]) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        words = folded(text).split()
        if words != self._words:
            self._change(lambda: setattr(self, "_words", words))

    def set_sector(self, code: str | None) -> None:
        self._change(lambda: setattr(self, "_sector", code or None))

    def set_participation(self, value: Participation | None) -> None:
        self._change(lambda: setattr(self, "_participation", value))

    def set_table(self, value: str | None) -> None:
        self._change(lambda: setattr(self, "_table", value or None))

    def set_status(self, value: PartnerStatus | None) -> None:
        """None shows active and archived partners."""
        self._change(lambda: setattr(self, "_status", value))

    @property
    def status(self) -> PartnerStatus | None:
        return self._status

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, PartnerTableModel):
            return True
        row = model.row_at(source_row)
        if self._status is not None and row.status is not self._status:
            return False
        if self._sector is not None and row.sector != self._sector:
            return False
        if self._participation is not None and row.participation is not self._participation:
            return False
        if self._table is not None and self._table not in row.tables:
            return False
        if self._words:
            haystack = model.search_at(source_row)
            return all(word in haystack for word in self._words)
        return True

    def row_at(self, proxy_row: int) -> PartnerRow:
        value = self.index(proxy_row, 0).data(ROW_ROLE)
        assert isinstance(value, PartnerRow)
        return value

    def visible_rows(self) -> list[PartnerRow]:
        """The rows as shown: filtered and sorted (CSV/PDF export 'as filtered')."""
        return [self.row_at(i) for i in range(self.rowCount())]

    def visible_texts(self) -> list[list[str]]:
        cols = self.columnCount()
        return [
            [str(self.index(r, c).data() or "") for c in range(cols)]
            for r in range(self.rowCount())
        ]


# -- the editor's sub-lists ----------------------------------------------------------------
class ContactTableModel(RowTableModel):
    COL_NAME, COL_FUNCTION, COL_PHONE, COL_EMAIL, COL_LANGUAGE, COL_CLEARANCE, COL_STATUS = range(7)
    ROW_ROLE = ROW_ROLE
    _rows: list[Contact]

    def set_items(self, items: list[Contact]) -> None:
        self._reset_rows(items)  # the editor's list: edits go straight into it

    def items(self) -> list[Contact]:
        return self._rows

    def item_at(self, row: int) -> Contact:
        return self._rows[row]

    def cell(self, c: Contact, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and c.status is PartnerStatus.ARCHIVED:
            return palette.colour(palette.MUTED)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            c.name,
            c.function,
            c.phone,
            c.email,
            labels.language_label(c.language),
            translate("PartnerModel", "Yes") if c.clearance else "",
            labels.status_label(c.status),
        ][column]

    def headers(self) -> list[str]:
        return [
            translate("PartnerModel", "Name"),
            translate("PartnerModel", "Function"),
            translate("PartnerModel", "Phone"),
            translate("PartnerModel", "E-mail"),
            translate("PartnerModel", "Language"),
            translate("PartnerModel", "Clearance"),
            translate("PartnerModel", "Status"),
        ]


class TrainingTableModel(RowTableModel):
    COL_TITLE, COL_PROVIDER, COL_DATE, COL_STATE = range(4)
    ROW_ROLE = ROW_ROLE
    _rows: list[Training]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._format_date: Callable[[str | None], str] = lambda d: d or ""

    def set_items(
        self, items: list[Training], format_date: Callable[[str | None], str] | None = None
    ) -> None:
        if format_date is not None:
            self._format_date = format_date
        self._reset_rows(items)  # the editor's list: edits go straight into it

    def items(self) -> list[Training]:
        return self._rows

    def item_at(self, row: int) -> Training:
        return self._rows[row]

    def cell(self, t: Training, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            t.title,
            t.provider,
            self._format_date(t.on_date),
            labels.training_state_label(t.state),
        ][column]

    def headers(self) -> list[str]:
        return [
            translate("PartnerModel", "Training"),
            translate("PartnerModel", "Provider"),
            translate("PartnerModel", "Date"),
            translate("PartnerModel", "Followed or wanted"),
        ]


class SupportTableModel(RowTableModel):
    COL_NAME, COL_KIND, COL_CONTACT, COL_SOURCE = range(4)
    ROW_ROLE = ROW_ROLE
    _rows: list[SupportOrganisation]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._format_date: Callable[[str | None], str] = lambda d: d or ""

    def set_items(
        self,
        items: list[SupportOrganisation],
        format_date: Callable[[str | None], str] | None = None,
    ) -> None:
        if format_date is not None:
            self._format_date = format_date
        self.set_rows(items)

    def item_at(self, row: int) -> SupportOrganisation:
        return self._rows[row]

    def source_text(self, s: SupportOrganisation) -> str:
        if s.verified_on:
            return translate("PartnerModel", "Checked on {date}").format(
                date=self._format_date(s.verified_on)
            )
        if s.source == "booklet":
            return translate("PartnerModel", "Booklet of {date}: verify").format(
                date=self._format_date(s.source_date)
            )
        return translate("PartnerModel", "Own entry")

    def cell(self, s: SupportOrganisation, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.description or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        contact = " · ".join(x for x in (s.phone, s.email, s.website) if x)
        return [s.name, labels.support_kind_label(s.kind), contact, self.source_text(s)][column]

    def headers(self) -> list[str]:
        return [
            translate("PartnerModel", "Organisation"),
            translate("PartnerModel", "Kind"),
            translate("PartnerModel", "Phone, e-mail, website"),
            translate("PartnerModel", "Source"),
        ]


class SectorTableModel(RowTableModel):
    """The editable sector list: label, built-in or own, in use, switched on."""

    COL_LABEL, COL_KIND, COL_ACTIVE = range(3)
    ROW_ROLE = ROW_ROLE
    _rows: list[SectorEntry]

    def set_items(self, items: Sequence[SectorEntry]) -> None:
        self.set_rows(items)

    def item_at(self, row: int) -> SectorEntry:
        return self._rows[row]

    def cell(self, e: SectorEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not e.active:
            return palette.colour(palette.MUTED)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            labels.sector_label(e.code, {e.code: e.label}),
            translate("PartnerModel", "Built in")
            if e.builtin
            else translate("PartnerModel", "Own sector"),
            translate("PartnerModel", "Yes") if e.active else translate("PartnerModel", "No"),
        ][column]

    def headers(self) -> list[str]:
        return [
            translate("PartnerModel", "Sector"),
            translate("PartnerModel", "Kind"),
            translate("PartnerModel", "Offered in lists"),
        ]
