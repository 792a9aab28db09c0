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
    """Sorts itself, one key per row (RetentionFilterProxy forwards its sort() here): a
    proxy that sorts asks data() twice per comparison, hundreds of thousands of calls for
    a large register's proposals."""

    ROW_ROLE = DUE_ROLE
    _rows: list[RetentionDue]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sort_column = COL_CODE
        self._sort_order = Qt.SortOrder.AscendingOrder

    def clear(self) -> None:
        self.set_rows([])

    def set_rows(self, rows: Any) -> None:
        super().set_rows(self._sorted(list(rows)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if self._rows:
            self._reorder(self._sorted(list(self._rows)))

    def _sorted(self, rows: list[RetentionDue]) -> list[RetentionDue]:
        column = self._sort_column
        if not 0 <= column < 6 or not rows:
            return rows
        keyed = [(self._sort_value(r, column), r.code, r) for r in rows]
        keyed.sort(
            key=lambda t: (t[0], t[1]), reverse=self._sort_order == Qt.SortOrder.DescendingOrder
        )
        return [r for _k, _c, r in keyed]

    @staticmethod
    def _sort_value(row: RetentionDue, col: int) -> str:
        if col == COL_CODE:
            return row.code
        if col == COL_REASON:
            return retention_reason_label(row.reason).casefold()
        if col == COL_DUE:
            return row.due_on.isoformat()
        if col == COL_PHASE:
            return phase_label(row.phase).casefold()
        if col == COL_FLAG:
            return flag_label(row.flag).casefold()
        return row.last_activity.isoformat()

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
            return self._sort_value(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_CODE:
                return row.code
            if col == COL_REASON:
                return retention_reason_label(row.reason)
            if col == COL_DUE:
                return format_date(row.due_on)
            if col == COL_PHASE:
                return phase_label(row.phase)
            if col == COL_FLAG:
                return flag_label(row.flag)
            if col == COL_LAST:
                return format_date(row.last_activity)
            return None
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
    """Filters by reason ('' = all); the source model sorts."""

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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the source model (RetentionTableModel.sort); this filters."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._reason:
            return True
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), DUE_ROLE)
        return isinstance(row, RetentionDue) and row.reason.value == self._reason
