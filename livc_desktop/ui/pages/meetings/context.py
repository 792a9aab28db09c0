"""The small context every panel of the meetings page gets: the session, the meeting on
screen and one way to call a service, confirm, save a document and tell what changed.
Panels never reach the page or each other; the page wires their signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from livc_desktop.domain.errors import LivcError
from livc_desktop.domain.meetings import (
    DocumentKind,
    Meeting,
)
from livc_desktop.services import meetings as svc
from livc_desktop.services.session import Session
from livc_desktop.ui import meeting_labels as ml


class MeetingHost(Protocol):
    """What the page offers its context (MeetingsPage implements it)."""

    session: Session | None

    def current_meeting(self) -> Meeting | None: ...

    def run_call(
        self,
        func: Callable[..., Any],
        *args: Any,
        on_problems: Callable[[dict[str, str]], None] | None = None,
        **kwargs: Any,
    ) -> Any: ...

    def show_error(self, exc: LivcError) -> None: ...

    def confirm(self, question: str) -> bool: ...

    def inform(self, text: str) -> None: ...

    def show_document(self, kind: DocumentKind, data: bytes, name: str) -> None: ...

    def save_bytes(
        self, kind: DocumentKind, data: bytes, name: str, suffix: str, case_id: int | None = None
    ) -> None: ...

    def reload(self, select: int | None = None) -> None: ...

    def status(self, message: str) -> None: ...

    def ui_language(self) -> str: ...


class MeetingContext:
    def __init__(self, host: MeetingHost) -> None:
        self._host = host

    @property
    def session(self) -> Session | None:
        return self._host.session

    def current_meeting(self) -> Meeting | None:
        return self._host.current_meeting()

    def run_call(
        self,
        func: Callable[..., Any],
        *args: Any,
        on_problems: Callable[[dict[str, str]], None] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Run a service call through the operation runner: a validation problem goes to
        `on_problems` (shown under the field) when given, another error is shown in one
        translated message, what changed is told to the other pages. Returns the result,
        None on error (True for calls that return nothing)."""
        return self._host.run_call(func, *args, on_problems=on_problems, **kwargs)

    def show_error(self, exc: LivcError) -> None:
        self._host.show_error(exc)

    def confirm(self, question: str) -> bool:
        return self._host.confirm(question)

    def inform(self, text: str) -> None:
        """Tell something that needs the user's attention (a message box, not the status)."""
        self._host.inform(text)

    def show_document(self, kind: DocumentKind, data: bytes, name: str) -> None:
        """Show a meeting document (invitation, attendance sheet) over the page."""
        self._host.show_document(kind, data, name)

    def save_bytes(
        self, kind: DocumentKind, data: bytes, name: str, suffix: str, case_id: int | None = None
    ) -> None:
        """Ask where, then save through the export service (a per-case document names its
        case in the access trail)."""
        self._host.save_bytes(kind, data, name, suffix, case_id)

    def reload(self, select: int | None = None) -> None:
        """Reload the list of meetings (and the meeting on screen)."""
        self._host.reload(select)

    def status(self, message: str) -> None:
        self._host.status(message)

    def document_labels(self) -> svc.Labels:
        """The translated words for a meeting document (ui/meeting_labels.py decides the
        language)."""
        assert self.session is not None
        return ml.labels_for(self.session, self._host.ui_language())
