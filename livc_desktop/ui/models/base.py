"""The base of the list models: a flat table whose rows are domain objects.

A subclass names its columns (`headers()`, translated there so its translation context
and retranslation stay its own), says what each cell shows (`cell(row, column, role)`)
and sets `ROW_ROLE`, the role that returns the row object. The base holds the rows,
answers rowCount/columnCount/headerData, guards data() against stale indexes and moves
persistent indexes when a model that sorts itself reorders its rows."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from livc_desktop.services.background import ReadCancelled
from livc_desktop.ui.worker import run_in_background

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


class LazyIdTableModel(QAbstractTableModel):
    """A list that grows with the register: the model holds the ids of its rows, in the
    order SQLite sorted them, and reads the rows themselves only when the view asks for
    them, a block around the row asked for at a time, keeping the last few thousand.
    Its cost follows the screen, not the register (Anki's browser table works so).

    A subclass names its columns (`headers()`), says what each cell shows (`cell()`) and
    how to read rows (`fetch_rows(ids)` -> {id: row}); the owner gives it the ids
    (`set_ids`). Sorting asks the owner for new ids through `sort_requested`."""

    ROW_ROLE: ClassVar[int] = -1
    #: Rows read at once around the one asked for (a screen or two of rows).
    BLOCK = 120
    #: Rows kept in memory; the oldest read go first.
    CACHE_LIMIT = 3000

    sort_requested = Signal(int, Qt.SortOrder)
    # The whole list is in (after `load`: at once, or when the worker thread's list came).
    completed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._cache: OrderedDict[int, Any] = OrderedDict()
        self._column_count = -1
        # False while only the first screen of ids is known (the rest is on its way).
        self.complete = True
        self._generation = 0
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    # subclass API ------------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def fetch_rows(self, ids: list[int]) -> dict[int, Any]:
        """The rows of `ids`, by id (an id whose row is gone is left out)."""
        raise NotImplementedError

    # ids ---------------------------------------------------------------------------------
    def set_ids(self, ids: Iterable[int]) -> None:
        """Shows `ids` in this order; every row is read again when next shown. The same
        ids in another order (a sort) keep selections and persistent indexes on their
        rows; other ids reset the model (the owner reselects by id, see `row_of`)."""
        new = list(ids)
        self._cache.clear()
        if len(new) == len(self._ids) and new and set(new) == set(self._ids):
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            before = self._ids
            self._ids, self._positions = new, None
            self.changePersistentIndexList(
                old, [self.index(self.row_of(before[i.row()]), i.column()) for i in old]
            )
            self.layoutChanged.emit()
            return
        self.beginResetModel()
        self._ids, self._positions = new, None
        self.endResetModel()

    def load(
        self,
        first: Callable[[], tuple[list[int], bool]] | None,
        rest: Callable[[], list[int]],
        still_wanted: Callable[[], bool],
    ) -> None:
        """Shows a list that may be long: `first()` gives the first screen of ids at once
        and whether that is all; otherwise `rest()` (every id, read on a worker thread on
        the register's second connection) follows and is appended (`completed` says when).
        Without `first` the rows shown stay until `rest()` comes (an order no index gives).
        An answer to an older question is dropped, and so is one that comes when
        `still_wanted()` says no (a lock came first)."""
        self._generation += 1
        generation = self._generation
        complete = False
        if first is not None:
            ids, complete = first()
            self.set_ids(ids)
        self.complete = complete
        if complete:
            self.completed.emit()
            return

        def arrived(ids: list[int]) -> None:
            if generation == self._generation and still_wanted():
                self.complete = True
                self.extend_ids(ids)
                self.completed.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ReadCancelled) or generation != self._generation:
                return
            raise exc  # a real failure: the application's error handler reports it

        run_in_background(rest, arrived, failed)

    def forget(self) -> None:
        """No list (no register): empty, complete, and any answer on its way dropped."""
        self._generation += 1
        self.complete = True
        self.clear()
        self.completed.emit()

    def extend_ids(self, ids: Iterable[int]) -> None:
        """The whole list, after the first screen came from `set_ids`: when it begins
        with the ids shown, the others are appended (the view keeps its place and its
        selection); otherwise it replaces them as `set_ids` does."""
        new = list(ids)
        shown = len(self._ids)
        if len(new) < shown or new[:shown] != self._ids:
            self.set_ids(new)
            return
        if len(new) == shown:
            return
        self.beginInsertRows(QModelIndex(), shown, len(new) - 1)
        self._ids, self._positions = new, None
        self.endInsertRows()

    def clear(self) -> None:
        self.set_ids([])

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, row_id: int) -> int:
        """The position of `row_id`, or -1 when it is not in the list."""
        if self._positions is None:
            self._positions = {i: n for n, i in enumerate(self._ids)}
        return self._positions.get(row_id, -1)

    def cached_count(self) -> int:
        return len(self._cache)

    def row_at(self, row: int) -> Any:
        """The row object at `row` (read now if needed), or None when it is gone."""
        row_id = self._ids[row]
        found = self._cache.get(row_id)
        if found is not None:
            self._cache.move_to_end(row_id)
            return found
        start = max(0, row - self.BLOCK // 4)
        wanted = [i for i in self._ids[start : start + self.BLOCK] if i not in self._cache]
        fetched = self.fetch_rows(wanted)
        for i in wanted:
            if i in fetched:
                self._cache[i] = fetched[i]
        while len(self._cache) > self.CACHE_LIMIT:
            self._cache.popitem(last=False)
        return fetched.get(row_id)

    def reread(self) -> None:
        """Forgets the rows read (their texts changed, not the list): shown ones are read
        again at the next paint."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1)
            )

    # Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._column_count < 0:
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
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == self.ROW_ROLE:
            return row
        return self.cell(row, index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.sort_requested.emit(column, order)
