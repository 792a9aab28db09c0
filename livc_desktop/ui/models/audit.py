"""The access trail as a table: model (rows = AuditEntry) and a filtering proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from livc_desktop.domain.audit import AuditEntry
from livc_desktop.ui.audit_labels import audit_fields_text, audit_kind_label

COL_SEQ, COL_TIME, COL_KIND, COL_CASE, COL_DETAILS = range(5)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def entries(self) -> list[AuditEntry]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_SEQ: self.tr("No."),
            COL_TIME: self.tr("Date and time"),
            COL_KIND: self.tr("Event"),
            COL_CASE: self.tr("Case code"),
            COL_DETAILS: self.tr("Details (ids and codes)"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        col = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == SORT_ROLE:
            return {
                COL_SEQ: entry.seq,
                COL_TIME: entry.at,
                COL_KIND: audit_kind_label(entry.kind),
                COL_CASE: entry.case_code,
                COL_DETAILS: audit_fields_text(entry.fields, entry.redacted),
            }.get(col)
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

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
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
