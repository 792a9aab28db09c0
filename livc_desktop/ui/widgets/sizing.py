"""A dialog's preferred width that is not a minimum.

`setMinimumWidth` on a window stops its layout from setting the minimum the contents
need, so long (French, German) texts were squeezed and clipped. This widens the dialog
once it is first shown, and the layout still grows it to whatever its contents need."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


class _PreferWidth(QObject):
    def __init__(self, widget: QWidget, width: int) -> None:
        super().__init__(widget)
        self._width = width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            if watched.width() < self._width:
                watched.resize(self._width, watched.height())
        return False


def prefer_width(widget: QWidget, width: int) -> None:
    widget.installEventFilter(_PreferWidth(widget, width))


def show_rows(view: QAbstractItemView, rows: int) -> None:
    """At least `rows` rows of `view` in sight (with its header): a table squeezed to two
    rows cannot be worked in; the page scrolls down instead."""
    row_height = max(view.sizeHintForRow(0), view.fontMetrics().height() + 8)
    header = 0
    if isinstance(view, QTableView):
        row_height = max(row_height, view.verticalHeader().defaultSectionSize())
        if not view.horizontalHeader().isHidden():
            header = view.horizontalHeader().sizeHint().height()
    frame = 2 * view.frameWidth()
    view.setMinimumHeight(rows * row_height + header + frame + row_height // 2)
