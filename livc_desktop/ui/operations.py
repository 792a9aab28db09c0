"""The one way the GUI runs a change: call a service, show its error in one translated
place, report what changed (the idea of Anki's CollectionOp and OpChanges).

A service records every change on the session (`session.record(ChangeKind...)`); the
runner collects the areas those records touch into a `Changes`, which the caller hands
to the other pages (`Page.data_changed`) so each reloads only what it shows.

    outcome = run_op(self, session, lambda: cases.set_phase(session, case_id, change),
                     title=self.tr("Change phase"), announce=self.data_changed.emit)
    if outcome is None:
        return                      # the error was shown; nothing changed
    outcome.value                   # what the service returned
    outcome.changes                 # the typed changes (also given to `announce`)

A page has the shortcut `self.run(call, title=...)`; the validating form base
(ui/forms.py) runs its `save()` through here and keeps the changes in `form.changes`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from livc_desktop.domain.changes import Area, Changes
from livc_desktop.domain.errors import LivcError, ValidationError
from livc_desktop.services.session import Session
from livc_desktop.ui.messages import error_message

T = TypeVar("T")


@dataclass(frozen=True)
class OpResult(Generic[T]):
    value: T
    changes: Changes


def show_error(parent: QWidget | None, exc: LivcError, title: str = "") -> None:
    """The one place an operation's failure is shown: a warning with the translated
    sentence for the error's code (never a trace, never case content)."""
    caption = title or (parent.windowTitle() if parent is not None else "")
    QMessageBox.warning(parent, caption, error_message(exc))


def run_op(
    parent: QWidget | None,
    session: Session,
    call: Callable[[], T],
    *,
    title: str = "",
    announce: Callable[[Changes], None] | None = None,
    on_problems: Callable[[dict[str, str]], None] | None = None,
) -> OpResult[T] | None:
    """Run `call` on the GUI thread. On a LivcError: hand a ValidationError's problems to
    `on_problems` when given (a form shows them under its fields), else show the error
    (`show_error`), and return None. Otherwise return the value and the changes, and give
    non-empty changes to `announce`. Other exceptions are bugs and propagate."""
    try:
        with session.collect_changes() as areas:
            value = call()
    except ValidationError as exc:
        if on_problems is not None:
            on_problems(exc.problems)
        else:
            show_error(parent, exc, title)
        return None
    except LivcError as exc:
        show_error(parent, exc, title)
        return None
    changes = Changes(frozenset(areas))
    if changes and announce is not None:
        announce(changes)
    return OpResult(value, changes)


class ChangeWatch:
    """What the records made inside a `watching` block touched (see `changes`)."""

    def __init__(self) -> None:
        self._areas: set[Area] = set()

    @property
    def changes(self) -> Changes:
        return Changes(frozenset(self._areas))


@contextlib.contextmanager
def watching(session: Session) -> Iterator[ChangeWatch]:
    """Collect the changes of work that does not go through `run_op` (a dialog that
    saves by itself, a panel with its own error label):

        with watching(session) as watch:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.data_changed.emit(watch.changes)
    """
    watch = ChangeWatch()
    with session.collect_changes() as areas:
        try:
            yield watch
        finally:
            watch._areas.update(areas)
