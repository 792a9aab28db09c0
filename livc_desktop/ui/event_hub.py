"""One application-wide event filter for the program's watchers (idleness, the modal
shortcuts, the wheel guard, accessible names).

Every event of every widget passes through an application's event filters, and each
filter written in Python costs a call from Qt into Python: with four of them, opening a
case file spent half its time there. The hub is the only such filter; a watcher names
the event types it needs (`watch`) and is called for those only, the one registered last
first, as Qt calls the filter installed last first. A watcher that returns True consumes
the event. A watcher goes when its owner (a QObject) is destroyed or `unwatch` is called."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from shiboken6 import isValid

Watcher = Callable[[QObject, QEvent], bool]


class _Hub(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # Per event type, (owner, watcher) pairs, newest first. No signal connection to
        # the owner: a watcher whose owner is gone is dropped when next met.
        self._by_type: dict[QEvent.Type, tuple[tuple[QObject, Watcher], ...]] = {}

    def add(self, owner: QObject, types: Iterable[QEvent.Type], watcher: Watcher) -> None:
        for kind in types:
            self._by_type[kind] = ((owner, watcher), *self._by_type.get(kind, ()))

    def remove(self, watcher: Watcher) -> None:
        for kind, pairs in list(self._by_type.items()):
            left = tuple(p for p in pairs if p[1] != watcher)
            if left:
                self._by_type[kind] = left
            else:
                del self._by_type[kind]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        pairs = self._by_type.get(kind)
        if pairs:
            for owner, watcher in pairs:
                if not isValid(owner):
                    self._by_type[kind] = tuple(p for p in pairs if isValid(p[0]))
                    continue
                if watcher(watched, event):
                    return True
        return False


_hub: _Hub | None = None


def _the_hub() -> _Hub | None:
    global _hub
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _hub is None or not isValid(_hub) or _hub.parent() is not app:
        _hub = _Hub(app)
        app.installEventFilter(_hub)
    return _hub


def watch(owner: QObject, types: Iterable[QEvent.Type], watcher: Watcher) -> bool:
    """Call `watcher(watched, event)` for every event of `types` in the application,
    until `owner` is destroyed or `unwatch(watcher)`; False when there is no application."""
    hub = _the_hub()
    if hub is None:
        return False
    hub.remove(watcher)  # watching again puts it first, as installing a filter again does
    hub.add(owner, types, watcher)
    return True


def unwatch(watcher: Watcher) -> None:
    if _hub is not None and isValid(_hub):
        _hub.remove(watcher)
