"""What every section of the main window is."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from livc_desktop.domain.changes import Area, Changes
from livc_desktop.services.session import Session
from livc_desktop.ui.operations import OpResult, run_op, watching

T = TypeVar("T")


class Page(QWidget):
    """A section in the main window's left navigation.

    Lifecycle: the main window calls `set_session(session)` after an unlock and
    `set_session(None)` on lock; on None the page must drop every model row and clear every
    widget that shows register data, so nothing stays on screen or in memory.
    `retranslate()` is called after the language changes. `can_leave()` lets a page with
    unsaved edits ask before the user navigates away or the window locks (on lock the
    edits are saved if valid, otherwise discarded: a lock never waits for the user).

    Changes: a page runs a service call with `self.run(call)` (the operation runner), which
    emits `data_changed` with the typed `Changes`; the main window hands them to every
    other page's `on_changes`, which calls `refresh()` when they touch an area in the
    page's `shows`."""

    # Emitted with a short, translated text for the status bar.
    status_message = Signal(str)
    # Emitted after the page changed register data, with the `Changes` (domain/changes.py)
    # naming what changed, so other pages can refresh.
    data_changed = Signal(object)

    #: A stable name; also the objectName tests look the page up by.
    page_id: str = "page"
    #: A freedesktop icon-theme name, used when the theme has it.
    icon_name: str = ""
    #: The areas of the register this page shows: it reloads when another page or dialog
    #: changes one of them.
    shows: ClassVar[frozenset[Area]] = frozenset(Area)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName(f"page_{self.page_id}")
        self.session: Session | None = None

    def title(self) -> str:
        raise NotImplementedError

    def set_session(self, session: Session | None) -> None:
        self.session = session

    def retranslate(self) -> None:
        """Re-set every visible text (called after a language change)."""

    def can_leave(self) -> bool:
        return True

    def on_changes(self, changes: Changes) -> None:
        """Another page changed `changes`; reload if they touch what this page shows."""
        if changes.touches(*self.shows):
            self.refresh()

    def run(self, call: Callable[[], T], *, title: str = "") -> OpResult[T] | None:
        """Run a service call through the operation runner: its error shown (None back),
        its changes announced through `data_changed`."""
        if self.session is None:
            return None
        return run_op(self, self.session, call, title=title, announce=self.data_changed.emit)

    def run_dialog(self, dialog: QDialog) -> bool:
        """exec() `dialog` (one that saves by itself, e.g. a ValidatingForm) and announce
        what it changed, also when it was closed after saving part; True if accepted."""
        if self.session is None:
            return dialog.exec() == QDialog.DialogCode.Accepted
        with watching(self.session) as watch:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.announce(watch.changes)
        return accepted

    def announce(self, changes: Changes) -> None:
        """Tell the other pages about `changes` (nothing when empty)."""
        if changes:
            self.data_changed.emit(changes)

    def refresh(self) -> None:
        """Reload what this page shows."""
