"""What "fits on the screen" means, as checks a test can run on any window or dialog.

A widget fits when it lies inside its window, a label or button shows its whole text, a
list shows enough rows to work in, and a scrolling form scrolls only downwards."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTableView,
    QWidget,
)

#: A list or table must show at least this many rows to be worked in.
MIN_VIEW_ROWS = 4
SLACK = 1  # pixels of rounding


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()[:50]
    name = widget.objectName() or type(widget).__name__
    parent = widget.parentWidget()
    while not widget.objectName() and parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    where = f" in {parent.objectName()}" if parent is not None and not widget.objectName() else ""
    return f"{name}{where} {text!r}" if text else f"{name}{where}"


def _inside_scroller(widget: QWidget, root: QWidget) -> bool:
    """True when the widget is scrolled content (a form in a scroll area, a cell editor)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _rect_in(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _label_problem(label: QLabel) -> str:
    if not label.text() or not label.pixmap().isNull():
        return ""
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"wrapped text needs {need} px height, has {label.height()}"
        if label.minimumSizeHint().width() > label.width() + SLACK:
            return f"a word needs {label.minimumSizeHint().width()} px, has {label.width()}"
        return ""
    hint = label.minimumSizeHint()
    if hint.width() > label.width() + SLACK:
        return f"text needs {hint.width()} px width, has {label.width()}"
    if hint.height() > label.height() + SLACK:
        return f"text needs {hint.height()} px height, has {label.height()}"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    if not isinstance(button, QPushButton | QCheckBox | QRadioButton) or not button.text():
        return ""
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"text needs {hint.width()} px width, has {button.width()}"
    return ""


def _view_problem(view: QAbstractItemView) -> str:
    if view.model() is None:
        return ""
    row_height = max(view.sizeHintForRow(0), view.fontMetrics().height() + 6)
    if isinstance(view, QTableView):
        row_height = max(row_height, view.verticalHeader().defaultSectionSize())
    rows = view.viewport().height() / max(row_height, 1)
    if rows + 0.01 < MIN_VIEW_ROWS:
        return f"shows {rows:.1f} rows (at least {MIN_VIEW_ROWS})"
    return ""


def fit_problems(root: QWidget, where: str) -> list[str]:
    """Every way in which what `root` shows does not fit, as readable lines."""
    out: list[str] = []
    bounds = root.rect()
    for widget in root.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisible() or isinstance(widget, QTabBar):
            continue
        scrolled = _inside_scroller(widget, root)
        if not scrolled and not bounds.contains(_rect_in(widget, root)):
            out.append(f"{where}: {_name(widget)} lies outside the window")
        problem = ""
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            problem = _view_problem(widget)
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            problem = "scrolls sideways"
        if problem:
            out.append(f"{where}: {_name(widget)}: {problem}")
    return out


def fully_visible(widget: QWidget) -> bool:
    """Shown whole, without scrolling: nothing of it clipped by a scroll area or window."""
    if not widget.isVisible():
        return False
    region = widget.visibleRegion().boundingRect()
    window = widget.window()
    return region.size() == widget.size() and window.rect().contains(_rect_in(widget, window))
