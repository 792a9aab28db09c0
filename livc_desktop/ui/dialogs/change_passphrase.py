"""Change the passphrase: the current one, the new one twice with the meter.

The service re-encrypts through a new file in a worker (key derivation twice plus an
export); the dialog shows a busy indicator and cannot be closed meanwhile."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.errors import LivcError, ValidationError, WrongPassphrase
from livc_desktop.services import register as register_service
from livc_desktop.services.register import Session
from livc_desktop.ui import palette
from livc_desktop.ui.messages import error_message
from livc_desktop.ui.widgets.passphrase import PassphraseEdit, ProblemLabel, StrengthMeter
from livc_desktop.ui.widgets.sizing import prefer_width
from livc_desktop.ui.worker import run_in_background

log = logging.getLogger(__name__)


class ChangePassphraseDialog(QDialog):
    job_started = Signal()
    job_finished = Signal()
    #: The passphrase changed; the new session replaces the old (which is closed).
    changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase_dialog")
        self.setModal(True)
        self.session = session
        self.busy = False
        self.error: LivcError | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.current_edit = PassphraseEdit(self)
        self.current_edit.setObjectName("current_passphrase")
        self.new_edit = PassphraseEdit(self)
        self.new_edit.setObjectName("new_passphrase")
        self.repeat_edit = PassphraseEdit(self)
        self.repeat_edit.setObjectName("repeat_passphrase")
        self.meter = StrengthMeter(self)
        self.meter.set_context(session.profile().names())
        self.problem_current = ProblemLabel("current", self)
        self.problem_current.setObjectName("problem_current")
        self.problem_new = ProblemLabel("passphrase", self)
        self.problem_repeat = ProblemLabel("repeat", self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("change_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(palette.text_css(palette.ERROR))
        self.error_label.hide()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busy_indicator")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()

        self.current_label = QLabel(self)
        self.new_label = QLabel(self)
        self.repeat_label = QLabel(self)
        self.strength_label = QLabel(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.current_label, self.current_edit)
        form.addRow("", self.problem_current)
        form.addRow(self.new_label, self.new_edit)
        form.addRow(self.strength_label, self.meter)
        form.addRow("", self.problem_new)
        form.addRow(self.repeat_label, self.repeat_edit)
        form.addRow("", self.problem_repeat)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("change_ok")
        self.cancel_button: QPushButton = self.buttons.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)

        self.new_edit.textChanged.connect(self._on_new_text_changed)
        self.current_edit.textChanged.connect(lambda _t: self.problem_current.clear_problem())
        self.repeat_edit.textChanged.connect(lambda _t: self.problem_repeat.clear_problem())
        self.retranslate()
        prefer_width(self, 520)

    def _on_new_text_changed(self, text: str) -> None:
        self.meter.update_for(text)
        self.problem_new.clear_problem()

    def _on_buttons_accepted(self) -> None:
        if self.busy:
            return
        current = self.current_edit.text()
        new = self.new_edit.text()
        repeated = self.repeat_edit.text()
        self.error_label.hide()
        if not current:
            self.problem_current.show_problem("required")
            return
        session = self.session
        self._set_busy(True)
        self.job_started.emit()
        run_in_background(
            lambda: register_service.change_passphrase(session, current, new, repeated),
            self._on_change_done,
            self._on_change_failed,
        )

    def _on_change_done(self, session: Session) -> None:
        self._set_busy(False)
        self._wipe()
        self.session = session
        self.changed.emit(session)
        self.job_finished.emit()
        self.accept()

    def _on_change_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.job_finished.emit()
        if isinstance(exc, ValidationError):
            self.problem_new.show_problem(exc.problems.get("passphrase", ""))
            self.problem_repeat.show_problem(exc.problems.get("repeat", ""))
        elif isinstance(exc, WrongPassphrase):
            self.error = exc
            self.problem_current.setText(error_message(exc))
            self.problem_current.problem = ""
            self.problem_current.show()
            self.current_edit.selectAll()
            self.current_edit.setFocus()
        else:
            if not isinstance(exc, LivcError):
                log.error("passphrase change failed: %s", type(exc).__name__)
                exc = LivcError(type(exc).__name__)
            self.error = exc
            self.error_label.setText(error_message(exc))
            self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (self.current_edit, self.new_edit, self.repeat_edit, self.buttons):
            widget.setEnabled(not busy)

    def _wipe(self) -> None:
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.wipe()

    # A running re-encryption must finish: no Escape, no close button meanwhile.
    def reject(self) -> None:
        if self.busy:
            return
        self._wipe()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.busy:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.intro.setText(
            self.tr(
                "The register is re-encrypted with the new passphrase. Backups made before "
                "keep the old one. A lost passphrase cannot be recovered: write the new one "
                "down for the municipal safe."
            )
        )
        self.current_label.setText(self.tr("Current passphrase:"))
        self.new_label.setText(self.tr("New passphrase:"))
        self.repeat_label.setText(self.tr("Repeat the new passphrase:"))
        self.strength_label.setText(self.tr("Strength:"))
        self.ok_button.setText(self.tr("Change the passphrase"))
        if self.error is not None and self.error_label.isVisible():
            self.error_label.setText(error_message(self.error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
