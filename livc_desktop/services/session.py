"""The `Session` an unlocked register gives: its settings, profile, preferences and the
events it announces.

Its own module so that the access trail (services/audit.py), which listens to a session,
and services/register.py, which opens one and attaches the trail, do not import each
other."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from livc_desktop.domain.cell import CellProfile
from livc_desktop.domain.changes import Area, ChangeKind, areas_of_event
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.preferences import Preferences
from livc_desktop.services.background import BackgroundReads
from livc_desktop.storage import Register
from livc_desktop.storage.settings_repo import SettingsRepository

PROFILE_KEY = "cell.profile"
PREFERENCES_KEY = "preferences"
CREATED_KEY = "register.created_with"

EventListener = Callable[[ChangeKind, dict[str, object]], None]
T = TypeVar("T")


class Session:
    """An unlocked register. Closing it forgets the connection (and with it the key)."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.settings = SettingsRepository(register)
        self._close_listeners: list[Callable[[], object]] = []
        self._event_listeners: list[EventListener] = []
        self._background: BackgroundReads | None = None

    def read_in_background(self, fn: Callable[[Session], T]) -> T:
        """`fn(session)` for a worker thread: on a session over the second, read-only
        connection (services/background.py), so the GUI thread's connection is never
        shared. Raises ReadCancelled when the register was locked first."""
        return self.background.run(lambda reader: fn(Session(reader)))

    @property
    def background(self) -> BackgroundReads:
        """Reads for worker threads, on a second connection (services/background.py)."""
        if self._background is None:
            self._background = BackgroundReads(self.register)
        return self._background

    @property
    def path(self) -> Path:
        return self.register.path

    @property
    def is_open(self) -> bool:
        return not self.register.closed

    def profile(self) -> CellProfile:
        data = self.settings.get(PROFILE_KEY)
        return CellProfile.from_dict(data) if isinstance(data, dict) else CellProfile([])

    def save_profile(self, profile: CellProfile) -> None:
        found = profile.problems()
        if found:
            raise ValidationError(found)
        self.settings.set(PROFILE_KEY, profile.to_dict())

    def preferences(self) -> Preferences:
        data = self.settings.get(PREFERENCES_KEY)
        return Preferences.from_dict(data) if isinstance(data, dict) else Preferences()

    def save_preferences(self, prefs: Preferences) -> None:
        self.settings.set(PREFERENCES_KEY, prefs.to_dict())

    def on_event(self, listener: EventListener) -> None:
        """Subscribe to `record()` calls (the access trail is such a listener)."""
        self._event_listeners.append(listener)

    def off_event(self, listener: EventListener) -> None:
        with contextlib.suppress(ValueError):
            self._event_listeners.remove(listener)

    def record(self, kind: ChangeKind, /, **fields: object) -> None:
        """Announce something worth an access-trail entry: `kind` is a ChangeKind such as
        IDENTITY_REVEALED (a kind the enum does not know raises ValueError); `fields` are
        ids and codes, never content."""
        checked = ChangeKind(kind)
        for listener in list(self._event_listeners):
            listener(checked, fields)

    @contextlib.contextmanager
    def collect_changes(self) -> Iterator[set[Area]]:
        """Gather the areas every `record()` inside the block touches (the GUI's operation
        runner turns them into a `Changes` for the pages)."""
        found: set[Area] = set()

        def collect(kind: ChangeKind, fields: dict[str, object]) -> None:
            found.update(areas_of_event(kind, fields))

        self.on_event(collect)
        try:
            yield found
        finally:
            self.off_event(collect)

    def on_close(self, listener: Callable[[], object]) -> None:
        self._close_listeners.append(listener)

    def close(self) -> None:
        for listener in self._close_listeners:
            listener()
        self._close_listeners.clear()
        if self._background is not None:
            self._background.close()  # before the register: a reader never outlives it
        self.register.close()


__all__ = ["CREATED_KEY", "PREFERENCES_KEY", "PROFILE_KEY", "Session"]
