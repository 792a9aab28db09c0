"""What every section of the main window is."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from livc_desktop.services.register import Session


class Page(QWidget):
    """A section in the main window's left navigation.

    Lifecycle: the main window calls `set_session(session)` after an unlock and
    `set_session(None)` on lock; on None the page must drop every model row and clear every
    widget that shows register data, so nothing stays on screen or in memory.
    `retranslate()` is called after the language changes. `can_leave()` lets a page with
    unsaved edits ask before the user navigates away or the window locks (on lock the
    edits are saved if valid, otherwise discarded: a lock never waits for the user)."""

    # Emitted with a short, translated text for the status bar.
    status_message = Signal(str)
    # Emitted after the page changed register data, with a code naming what changed
    # (e.g. "partners"), so other pages can refresh.
    data_changed = Signal(str)

    #: A stable name; also the objectName tests look the page up by.
    page_id: str = "page"
    #: A freedesktop icon-theme name, used when the theme has it.
    icon_name: str = ""

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

    def refresh(self, what: str = "") -> None:
        """Another page changed `what`; reload if this page shows it."""
