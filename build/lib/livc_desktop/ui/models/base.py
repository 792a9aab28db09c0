"""The base of the list models: a flat table whose rows are domain objects.

A subclass names its columns (`headers()`, translated there so its translation context
and retranslation stay its own), says what each cell shows (`cell(row, column, role)`)
and sets `ROW_ROLE`, the role that returns the row object. The base holds the rows,
answers rowCount/columnCount/headerData, guards data() against stale indexes and moves
persistent indexes when a model that sorts itself reorders its rows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    ROW_ROLE: ClassVar[int] = -1  # subclasses set their module's row role

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._column_count = -1

    # subclass API ------------------------------------------------------------------------
    def headers(self) -> list[str]:
        """The translated column headers, one per column."""
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What `role` gives for one cell (None = nothing); ROW_ROLE is answered here."""
        raise NotImplementedError

    # rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Any]) -> None:
        self._reset_rows(list(rows))

    def _reset_rows(self, rows: list[Any]) -> None:
        """Replaces the rows by `rows` itself (not a copy) in one model reset."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def _reorder(self, rows: list[Any]) -> None:
        """Shows the same rows in a new order, keeping selections and persistent indexes
        on their rows (a sort that the model does itself)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        before = self._rows
        self._rows = rows
        new_pos = {id(r): n for n, r in enumerate(rows)}
        self.changePersistentIndexList(
            old, [self.index(new_pos[id(before[i.row()])], i.column()) for i in old]
        )
        self.layoutChanged.emit()

    # Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._column_count < 0:  # the count does not depend on the language
            self._column_count = len(self.headers())
        return self._column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        return self.cell(row, index.column(), role)
