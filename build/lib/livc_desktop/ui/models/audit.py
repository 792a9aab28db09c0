"""The access trail as a table: model (rows = AuditEntry) and a filtering proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from livc_desktop.domain.audit import AuditEntry
from livc_desktop.ui.audit_labels import audit_fields_text, audit_kind_label
from livc_desktop.ui.models.base import Index, RowTableModel

COL_SEQ, COL_TIME, COL_KIND, COL_CASE, COL_DETAILS = range(5)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


class AuditTableModel(RowTableModel):
    """Sorts itself, one key per row (AuditFilterProxy forwards its sort() here): a city's
    trail has some 200,000 entries, and a proxy sorting by data(SORT_ROLE) made about
    3 million Python calls, 25 s of every unlock."""

    ROW_ROLE = ENTRY_ROLE
    _rows: list[AuditEntry]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self._reset_rows(self._sorted(list(entries)))

    def entry_at(self, row: int) -> AuditEntry:
        return self._rows[row]

    def sort_key(self, entry: AuditEntry, column: int) -> Any:
        if column == COL_SEQ:
            return entry.seq
        if column == COL_TIME:
            return entry.at
        if column == COL_KIND:
            return audit_kind_label(entry.kind).casefold()
        if column == COL_CASE:
            return entry.case_code.casefold()
        if column == COL_DETAILS:
            return audit_fields_text(entry.fields, entry.redacted).casefold()
        return None

    def _sorted(self, rows: list[AuditEntry]) -> list[AuditEntry]:
        column = self._sort_column
        if not 0 <= column < 5 or not rows:
            return rows
        labels: dict[str, str] = {}  # one translation per kind, not per row

        def key(entry: AuditEntry) -> tuple[Any, int]:
            if column == COL_KIND:
                if entry.kind not in labels:
                    labels[entry.kind] = audit_kind_label(entry.kind).casefold()
                return labels[entry.kind], entry.seq
            return self.sort_key(entry, column), entry.seq

        return sorted(rows, key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if not self._rows:
            return
        self._reorder(self._sorted(list(self._rows)))

    def clear(self) -> None:
        self.set_entries([])

    def entries(self) -> list[AuditEntry]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Date and time"),
            self.tr("Event"),
            self.tr("Case code"),
            self.tr("Details (ids and codes)"),
        ]

    def cell(self, entry: AuditEntry, col: int, role: int) -> Any:
        if role == SORT_ROLE:
            return self.sort_key(entry, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_SEQ:
                return str(entry.seq)
            if col == COL_TIME:
                return entry.at.replace("T", " ")
            if col == COL_KIND:
                return audit_kind_label(entry.kind)
            if col == COL_CASE:
                return entry.case_code
            if col == COL_DETAILS:
                return audit_fields_text(entry.fields, entry.redacted)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AuditFilterProxy(QSortFilterProxyModel):
    """Filters by date range (inclusive, YYYY-MM-DD), kind code and case code."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._date_from = ""
        self._date_to = ""
        self._kind = ""
        self._case = ""

    def set_filters(
        self, *, date_from: str = "", date_to: str = "", kind: str = "", case_code: str = ""
    ) -> None:
        # Qt >= 6.9 has begin/endFilterChange; invalidateRowsFilter before that.
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        self._date_from, self._date_to = date_from, date_to
        self._kind, self._case = kind, case_code.strip().casefold()
        if modern:
            self.endFilterChange()
        else:
            self.invalidateRowsFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the source model (AuditTableModel.sort); the proxy filters."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if isinstance(model, AuditTableModel):
            entry: Any = model.entry_at(source_row)
        else:
            entry = model.data(model.index(source_row, 0, source_parent), ENTRY_ROLE)
        if not isinstance(entry, AuditEntry):
            return False
        day = entry.at[:10]
        if self._date_from and day < self._date_from:
            return False
        if self._date_to and day > self._date_to:
            return False
        if self._kind and entry.kind != self._kind:
            return False
        return not (self._case and self._case not in entry.case_code.casefold())
