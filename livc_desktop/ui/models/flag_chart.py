"""The data of the overview's flag chart as a table: one row a month, one column a flag,
so that what the chart shows can be read by keyboard and screen reader too."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from livc_desktop.domain.cases import Flag, FlagText
from livc_desktop.ui import case_labels as L
from livc_desktop.ui.dates import format_date

FLAGS = (Flag.GREEN, Flag.YELLOW, Flag.RED, Flag.BLACK)


class FlagChartTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[date, dict[Flag, int]]] = []
        self.flag_texts: dict[Flag, FlagText] = {}

    def set_points(self, points: list[tuple[date, dict[Flag, int]]]) -> None:
        self.beginResetModel()
        self._points = list(points)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._points)

    def columnCount(
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else 2 + len(FLAGS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Month")
        if section <= len(FLAGS):
            return L.flag_label(FLAGS[section - 1], self.flag_texts)
        return self.tr("Total")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        day, counts = self._points[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if col == 0 else int(Qt.AlignmentFlag.AlignRight)
        if col == 0:
            return format_date(day)
        if col <= len(FLAGS):
            return counts.get(FLAGS[col - 1], 0)
        return sum(counts.get(flag, 0) for flag in FLAGS)
