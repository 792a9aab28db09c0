"""Warnings about the cell's fixed members (Law of 30 July 2018, art. 3 §1): the mayor,
the police (with a cleared representative) and the prevention official. Used on the
partner page; the Overview page can embed it too."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from livc_desktop.domain.partners import PartnerRow, composition_warnings
from livc_desktop.services import partners as partner_service
from livc_desktop.services.register import Session
from livc_desktop.ui import palette
from livc_desktop.ui import partner_labels as labels
from livc_desktop.ui.worker import LatestRead


class CompositionWarningsPanel(QFrame):
    """Call `set_session(session)` after unlock, `set_session(None)` on lock, and
    `refresh()` when partners changed. Hidden when nothing is missing unless
    `show_when_complete` is set."""

    def __init__(self, parent: QWidget | None = None, *, show_when_complete: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("composition_warnings")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#composition_warnings {{ background: {palette.css(palette.NOTICE_BG)};"
            f" border: 1px solid {palette.css(palette.NOTICE_BORDER)}; border-radius: 4px; }}"
            f" #composition_warnings QLabel {{ color: {palette.css(palette.NOTICE_TEXT)}; }}"
        )
        self._session: Session | None = None
        self._codes: list[str] = []
        self._read = LatestRead()  # the check, run on a worker thread
        self._show_when_complete = show_when_complete
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._title = QLabel()
        self._title.setObjectName("composition_title")
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._layout.addWidget(self._title)
        self._lines: list[QLabel] = []
        self.setVisible(False)
        self.retranslate()

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.refresh()

    def codes(self) -> list[str]:
        return list(self._codes)

    def refresh(self, rows: Sequence[PartnerRow] | None = None) -> None:
        """Reload (or use `rows`, the partner list a caller already loaded). Without
        rows the check reads every partner, on a worker thread (`loading` meanwhile):
        a register's partners must not hold up the window."""
        session = self._session
        if session is not None and session.is_open and rows is None:
            self._read.run(
                lambda: session.read_in_background(partner_service.composition_warnings),
                self._on_checked,
                lambda: self._session is session and session.is_open,
            )
            return
        self._read.cancel()
        open_ = session is not None and session.is_open
        self._codes = (
            [w.value for w in composition_warnings(rows)] if open_ and rows is not None else []
        )
        self._show()

    @property
    def loading(self) -> bool:
        """True while the check runs on a worker thread."""
        return self._read.loading

    def _on_checked(self, codes: list[str]) -> None:
        self._codes = codes
        self._show()

    def retranslate(self) -> None:
        self._show()

    def _show(self) -> None:
        for label in self._lines:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._lines = []
        if self._session is None:
            self.setVisible(False)
            return
        if self._codes:
            self._title.setText(self.tr("The cell's composition is incomplete"))
        else:
            self._title.setText(self.tr("The fixed members of the cell are all present."))
        for code in self._codes:
            label = QLabel("• " + labels.composition_warning_text(code))
            label.setObjectName(f"composition_warning_{code}")
            label.setWordWrap(True)
            self._layout.addWidget(label)
            self._lines.append(label)
        self.setVisible(bool(self._codes) or self._show_when_complete)
