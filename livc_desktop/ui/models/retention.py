"""Cases due for retention review: model (rows = RetentionDue) and a sorting/filter proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from livc_desktop.domain.retention import RetentionDue, RetentionReason
from livc_desktop.ui.case_labels import flag_label, phase_label
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.models.base import Index, RowTableModel
from livc_desktop.ui.retention_labels import retention_reason_label

COL_CODE, COL_REASON, COL_DUE, COL_PHASE, COL_FLAG, COL_LAST = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DUE_ROLE = Qt.ItemDataRole.UserRole + 2


class RetentionTableModel(RowTableModel):
    ROW_ROLE = DUE_ROLE
    _rows: list[RetentionDue]

    def clear(self) -> None:
        self.set_rows([])

    def headers(self) -> list[str]:
        return [
            self.tr("Case code"),
            self.tr("Reason"),
            self.tr("Due since"),
            self.tr("Phase"),
            self.tr("Flag"),
            self.tr("Last activity"),
        ]

    def cell(self, row: RetentionDue, col: int, role: int) -> Any:
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
