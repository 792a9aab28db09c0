"""Every input and view tells a screen reader what it is.

Qt names a field after its label only when the label is a sibling of the field; our forms
put each field in a holder with its error line under it, so a screen reader heard
"edit text" nine times in the partner form. One filter on the application
(`install_accessible_names()`) names, whenever a window is shown or changes language,
every input and view of it that has no name set in code:

- an input after its visible label (the label whose buddy it is, or its form row's label);
- a search field without a label after its placeholder text;
- a view without a label after what it shows: its group box's title or its tab's title.

A name set in code with `setAccessibleName` is kept; an object name is never used."""

from __future__ import annotations

import contextlib
import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
#: The dynamic property that holds the name this module gave (so it can be renewed after
#: a language change, while a name set in code stays).
_AUTO = "livcAutoName"
_FALLBACK = "livcFallbackName"
_TAGS = re.compile(r"<[^>]+>")


def _clean(text: str) -> str:
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def _first_input(widget: QWidget) -> QWidget | None:
    if isinstance(widget, INPUTS):
        return widget
    for child in widget.findChildren(QWidget):
        if isinstance(child, INPUTS) and not isinstance(child, QHeaderView):
            return child
    return None


def _input_in_item(item: QLayoutItem) -> QWidget | None:
    """The first input of a form row's field, be it a widget or a row of widgets."""
    widget = item.widget()
    if widget is not None:
        return _first_input(widget)
    layout = item.layout()
    if layout is None:
        return None
    for index in range(layout.count()):
        child = layout.itemAt(index)
        found = _input_in_item(child) if child is not None else None
        if found is not None:
            return found
    return None


def _set(widget: QWidget, name: str, *, fallback: bool = False) -> None:
    if not name:
        return
    current = widget.accessibleName()
    if current and current != widget.property(_AUTO):
        return  # named in code
    widget.setAccessibleName(name)
    widget.setProperty(_AUTO, name)
    widget.setProperty(_FALLBACK, fallback)


def _container_title(widget: QWidget) -> str:
    """The title of the group box or tab the widget sits in, the nearest first."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return _clean(parent.title())
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            assert isinstance(tabs, QTabWidget)
            index = tabs.indexOf(child)
            if index >= 0 and tabs.tabText(index):
                return _clean(tabs.tabText(index))
        title = getattr(parent, "title", None)
        if callable(title) and parent.parentWidget() is not None:
            text = title()
            if isinstance(text, str) and text and not isinstance(parent, QGroupBox):
                return _clean(text)  # a page: "Cases", "Meetings"
        child, parent = parent, parent.parentWidget()
    return ""


def name_inputs(root: QWidget) -> None:
    """Name every input and view under `root` (see the module text)."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            target = _first_input(buddy)
            if target is not None:
                _set(target, _clean(label.text()))
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            row_label = label_item.widget() if label_item is not None else None
            if not isinstance(row_label, QLabel) or not row_label.text() or field_item is None:
                continue
            target = _input_in_item(field_item)
            if target is not None:
                _set(target, _clean(row_label.text()))
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView):
            continue
        if widget.objectName().startswith("qt_"):
            continue  # the parts Qt builds inside a spin box, combo box or calendar
        if widget.accessibleName() and not widget.property(_FALLBACK):
            continue  # named in code or after its label
        fallback = ""
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            fallback = _clean(widget.placeholderText())
        if not fallback:
            fallback = _container_title(widget)
        _set(widget, fallback, fallback=True)


class _Namer(QObject):
    """Names a window's inputs once per turn of the event loop after any part of it was
    shown (a page, a tab, a new note) or its language changed."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pending: dict[int, QWidget] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.LanguageChange):
            return False
        if not isinstance(watched, QWidget):
            return False
        # A window, or a page of a stack or tab widget coming into view: not every child
        # (each of them gets a Show event too, and naming walks over the whole subtree).
        root: QWidget | None = None
        if kind == QEvent.Type.LanguageChange:
            # Every widget gets one; the last pass runs after the last has retranslated.
            root = watched.window()
        elif watched.isWindow() or isinstance(watched.parentWidget(), QStackedWidget):
            root = watched
        if root is not None:
            if not self._pending:
                # After the widgets' own handlers have set (or retranslated) their texts.
                QTimer.singleShot(0, self._name_pending)
            self._pending[id(root)] = root
        return False

    def _name_pending(self) -> None:
        pending, self._pending = list(self._pending.values()), {}
        for root in pending:
            with contextlib.suppress(RuntimeError):  # deleted meanwhile
                name_inputs(root)


_namer: _Namer | None = None


def install_accessible_names() -> None:
    """Install the filter on the running application (once)."""
    global _namer
    app = QCoreApplication.instance()
    if app is None or _namer is not None:
        return
    _namer = _Namer(app)
    app.installEventFilter(_namer)
