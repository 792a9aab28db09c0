"""Read-only table views for the case lists: a SourceSortProxy over a SortedRowModel,
whole-row selection, header sizing bounded to the rows near the visible ones."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from livc_desktop.ui.models.case_models import ROW_ROLE, SortedRowModel, SourceSortProxy


def make_table(
    name: str, model: SortedRowModel, stretch: int = -1, *, fit_on_load: bool = False
) -> QTableView:
    """A read-only table over `model`; `stretch` is the column that takes the room left.
    With `fit_on_load` the columns are sized to their content when the rows change
    (FittedTableView) instead of at every layout pass (ResizeToContents)."""
    proxy = SourceSortProxy(model)
    proxy.setSourceModel(model)
    view = FittedTableView() if fit_on_load else QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    # Keep the service's order (e.g. measures by due date) until the user clicks a header.
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    # Measure only the rows near the visible ones: with 5,000 cases, sizing every row
    # would cost more than loading them.
    header.setResizeContentsPrecision(50)
    if not fit_on_load:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


class FittedTableView(QTableView):
    """Columns sized to their content when the rows or headers change (while hidden: when
    shown), and fixed in between. ResizeToContents measured the rows again at every
    geometry change of the view: most of the time it took to show the Overview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True
        self._fit_pending = False
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                for changed in self._signals(old):
                    changed.disconnect(self._on_rows_changed)
        super().setModel(model)
        if model is not None:
            for changed in self._signals(model):
                changed.connect(self._on_rows_changed)
        self._on_rows_changed()

    @staticmethod
    def _signals(model: QAbstractItemModel) -> tuple[SignalInstance, ...]:
        return (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.headerDataChanged,
        )

    def _on_rows_changed(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible() and not self._fit_pending:
            # Right after the rows are painted, once for every change of this turn (a
            # list's first screen and its rest, a reset and a selection): typing in a
            # search box never waits for the columns.
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_if_stale)
        # a tab not on show costs nothing until it is

    def _fit_if_stale(self) -> None:
        self._fit_pending = False
        if self._stale and self.isVisible():
            self.fit_columns()

    def fit_columns(self) -> None:
        self._stale = False
        header = self.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) is not QHeaderView.ResizeMode.Stretch:
                self.resizeColumnToContents(column)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.fit_columns()
        super().showEvent(event)


def selected_row(view: QTableView) -> object | None:
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    return indexes[0].data(ROW_ROLE) if indexes else None
