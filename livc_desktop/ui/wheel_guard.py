"""The mouse wheel changes a value only in the field the user chose.

One event filter on the application (`install_wheel_guard()`): a wheel turned over a
drop-down, spin box or date/time editor that does not hold the keyboard focus is not given
to it but to the scroll area around it, so scrolling a form never changes data on the way.
Those editors take the focus by click or Tab only (StrongFocus), never by the wheel, so a
field holds the focus only when the user chose it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

# QAbstractSpinBox covers spin boxes and the date, time and date-time editors.
_GUARDED = (QComboBox, QAbstractSpinBox)


def _chosen(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def _scroll_around(widget: QWidget, event: QWheelEvent) -> None:
    """Give the wheel to the scroll areas around `widget`, innermost first, as if the
    pointer were over their background (Qt passes only real wheel events on to parents)."""
    event.accept()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            moved = QWheelEvent(
                viewport.mapFromGlobal(event.globalPosition()),
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
                event.source(),
            )
            moved.setAccepted(False)
            QApplication.sendEvent(viewport, moved)
            if moved.isAccepted():
                return
        parent = parent.parentWidget()


class WheelGuard(QObject):
    """The application-wide filter; see the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Polish, QEvent.Type.Wheel):
            return False
        if not isinstance(watched, _GUARDED):
            return False
        if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if isinstance(event, QWheelEvent) and not _chosen(watched):
            _scroll_around(watched, event)
            return True
        return False


_guard: WheelGuard | None = None


def install_wheel_guard() -> WheelGuard | None:
    """Install the filter on the running application (once; later calls return it)."""
    global _guard
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard
