"""The unlock screen: the passphrase, a clear message when it is wrong, and a growing wait
after each further failure (so guessing at the keyboard is slow).

The key derivation runs in a worker with a busy indicator. A wrong passphrase leaves the
register byte-identical (the service proves the key before writing anything)."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.errors import LivcError, WrongPassphrase
from livc_desktop.services import backup as backup_service
from livc_desktop.services import register as register_service
from livc_desktop.services.register import Session
from livc_desktop.storage.failures import os_failure
from livc_desktop.ui import palette
from livc_desktop.ui.messages import error_message
from livc_desktop.ui.widgets.passphrase import PassphraseEdit
from livc_desktop.ui.worker import run_in_background

MAX_DELAY_SECONDS = 60

log = logging.getLogger(__name__)


def _unlock(path: Path, secret: str) -> Session:
    """Runs in the worker: open the register, then let automatic backups prepare the key
    that seals their manifests (derived in the background; the passphrase is not kept)."""
    session = register_service.unlock(path, secret)
    backup_service.prepare_seal(session, secret)
    return session


def retry_delay_seconds(failures: int) -> int:
    """Wait before the next try after `failures` wrong passphrases: 0, 1, 2, 4, 8 ... 60."""
    if failures <= 1:
        return 0
    return min(MAX_DELAY_SECONDS, 1 << min(failures - 2, 16))


class UnlockScreen(QWidget):
    """Emits `unlocked(session, failed_attempts)` after a successful unlock."""

    unlocked = Signal(object, int)

    #: One countdown step; tests shorten it.
    tick_ms = 1000

    def __init__(self, register_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_screen")
        self.register_path = register_path
        self.failures = 0
        self.remaining = 0
        self.last_delay = 0
        self.busy = False
        self.error: LivcError | None = None
        self.demo_passphrase = ""

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("unlock_file")
        self.file_label.setWordWrap(True)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.passphrase_edit = PassphraseEdit(self)
        self.passphrase_edit.setObjectName("unlock_passphrase")
        self.prompt.setBuddy(self.passphrase_edit)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.message = QLabel(self)
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(palette.text_css(palette.ERROR))
        self.message.hide()
        self.countdown = QLabel(self)
        self.countdown.setObjectName("unlock_countdown")
        self.countdown.setWordWrap(True)
        self.countdown.hide()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busy_indicator")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.demo_label = QLabel(self)
        self.demo_label.setObjectName("demo_passphrase")
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label.setStyleSheet(
            palette.box_css(palette.INFO_BG, palette.INFO_TEXT) + " padding: 6px;"
        )
        self.demo_label.hide()

        row = QHBoxLayout()
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.unlock_button)

        card = QFrame(self)
        card.setObjectName("unlock_card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(620)
        column = QVBoxLayout(card)
        column.setContentsMargins(24, 24, 24, 24)
        column.addWidget(self.title)
        column.addWidget(self.file_label)
        column.addSpacing(8)
        column.addWidget(self.demo_label)
        column.addWidget(self.prompt)
        column.addLayout(row)
        column.addWidget(self.busy_bar)
        column.addWidget(self.message)
        column.addWidget(self.countdown)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 3)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

        self.timer = QTimer(self)
        self.timer.setObjectName("unlock_delay_timer")
        self.timer.timeout.connect(self._on_timer_timeout)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.passphrase_edit.returnPressed.connect(self._on_unlock_clicked)
        self.passphrase_edit.textChanged.connect(self._update_button)
        self.retranslate()
        self._update_button()

    # -- state -------------------------------------------------------------------------
    def set_demo_passphrase(self, passphrase: str) -> None:
        self.demo_passphrase = passphrase
        self.retranslate()

    def set_preparing(self, preparing: bool) -> None:
        """While something else (the demo register) is being made: busy, no input."""
        self.busy = preparing
        self.busy_bar.setVisible(preparing)
        self.passphrase_edit.setEnabled(not preparing)
        self._update_button()

    def reset(self) -> None:
        """Shown again after a lock: empty field, no message (failures keep counting)."""
        self.passphrase_edit.wipe()
        self.error = None
        self.message.hide()
        self.focus()

    def focus(self) -> None:
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(
            not self.busy and self.remaining == 0 and bool(self.passphrase_edit.text())
        )

    # -- unlocking ---------------------------------------------------------------------
    def _on_unlock_clicked(self) -> None:
        if self.busy or self.remaining > 0 or not self.passphrase_edit.text():
            return
        secret = self.passphrase_edit.text()
        path = self.register_path
        self.busy = True
        self.busy_bar.show()
        self.passphrase_edit.setEnabled(False)
        self.message.hide()
        self._update_button()
        run_in_background(
            lambda: _unlock(path, secret),
            self._on_unlock_done,
            self._on_unlock_failed,
        )

    def _end_busy(self) -> None:
        self.busy = False
        self.busy_bar.hide()
        self.passphrase_edit.setEnabled(True)

    def _on_unlock_done(self, session: Session) -> None:
        self._end_busy()
        failed = self.failures
        self.failures = 0
        self.error = None
        self.message.hide()
        self.passphrase_edit.wipe()
        self._update_button()
        self.unlocked.emit(session, failed)

    def _on_unlock_failed(self, exc: BaseException) -> None:
        self._end_busy()
        if isinstance(exc, OSError):
            # A read-only medium, missing permissions or a full disk: named as such.
            exc = os_failure(exc)
        elif not isinstance(exc, LivcError):
            # E.g. a failed migration: say so plainly (the generic sentence) and log the
            # type only, never the message.
            log.error("unlock failed: %s", type(exc).__name__)
            exc = LivcError(type(exc).__name__)
        self.error = exc
        self.message.setText(error_message(exc))
        self.message.show()
        if isinstance(exc, WrongPassphrase):
            self.failures += 1
            self.passphrase_edit.selectAll()
            self._start_delay(retry_delay_seconds(self.failures))
        self._update_button()
        self.focus()

    def _start_delay(self, seconds: int) -> None:
        self.remaining = seconds
        self.last_delay = seconds
        if seconds > 0:
            self._show_countdown()
            self.timer.start(self.tick_ms)
        else:
            self.countdown.hide()

    def _on_timer_timeout(self) -> None:
        self.remaining = max(0, self.remaining - 1)
        if self.remaining == 0:
            self.timer.stop()
            self.countdown.hide()
        else:
            self._show_countdown()
        self._update_button()

    def _show_countdown(self) -> None:
        self.countdown.setText(
            self.tr("Too many wrong tries. You can try again in {seconds} s.").format(
                seconds=self.remaining
            )
        )
        self.countdown.show()

    # -- texts -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("The register is locked"))
        self.file_label.setText(self.tr("Register: {name}").format(name=self.register_path.name))
        self.file_label.setToolTip(str(self.register_path))
        self.prompt.setText(self.tr("Passphrase:"))
        self.unlock_button.setText(self.tr("Unlock"))
        if self.demo_passphrase:
            self.demo_label.setText(
                self.tr(
                    "This is a demo register with invented data. Its passphrase is:"
                    "<br><b>{passphrase}</b>"
                ).format(passphrase=html.escape(self.demo_passphrase))
            )
        self.demo_label.setVisible(bool(self.demo_passphrase))
        if self.error is not None:
            self.message.setText(error_message(self.error))
        if self.remaining > 0:
            self._show_countdown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
