"""Cases due for retention review: model (rows = RetentionDue) and a sorting/filter proxy."""

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

from livc_desktop.domain.retention import RetentionDue, RetentionReason
from livc_desktop.ui.case_labels import flag_label, format_date, phase_label
from livc_desktop.ui.retention_labels import retention_reason_label

COL_CODE, COL_REASON, COL_DUE, COL_PHASE, COL_FLAG, COL_LAST = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DUE_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class RetentionTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RetentionDue] = []

    def set_rows(self, rows: list[RetentionDue]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_CODE: self.tr("Case code"),
            COL_REASON: self.tr("Reason"),
            COL_DUE: self.tr("Due since"),
            COL_PHASE: self.tr("Phase"),
            COL_FLAG: self.tr("Flag"),
            COL_LAST: self.tr("Last activity"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == DUE_ROLE:
            return row
        if role == SORT_ROLE:
            return {
                COL_CODE: row.code,
                COL_REASON: retention_reason_label(row.reason),
                COL_DUE: row.due_on.isoformat(),
                COL_PHASE: phase_label(row.phase),
                COL_FLAG: flag_label(row.flag),
                COL_LAST: row.last_activity.isoformat(),
            }.get(col)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_CODE: row.code,
                COL_REASON: retention_reason_label(row.reason),
                COL_DUE: format_date(row.due_on),
                COL_PHASE: phase_label(row.phase),
                COL_FLAG: flag_label(row.flag),
                COL_LAST: format_date(row.last_activity),
            }.get(col)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_REASON:
            if row.reason is RetentionReason.CLOSURE_PERIOD_ENDED:
                return self.tr(
                    "Closed on {day}; the house rule's retention period has ended."
                ).format(day=format_date(row.closed_on))
            return self.tr(
                "Open with no more than indications (not weighed, green or yellow) and "
                "nothing new since {day}."
            ).format(day=format_date(row.last_activity))
        return None


class RetentionFilterProxy(QSortFilterProxyModel):
    """Sorts by the sort role; filters by reason ('' = all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._reason = ""

    def set_reason(self, reason: str) -> None:
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        self._reason = reason
        if modern:
            self.endFilterChange()
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._reason:
            return True
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), DUE_ROLE)
        return isinstance(row, RetentionDue) and row.reason.value == self._reason
