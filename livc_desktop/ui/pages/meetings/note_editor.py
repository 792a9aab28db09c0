"""One note of an agenda item in the run screen: saved as typed (debounced, one short
transaction per save), with its off-record and secrecy marks."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from livc_desktop.domain.meetings import (
    Note,
    NoteKind,
)
from livc_desktop.services import meetings as svc
from livc_desktop.ui import palette
from livc_desktop.ui.pages.meetings.common import (
    AUTOSAVE_MS,
    OFF_RECORD_STYLE,
)
from livc_desktop.ui.pages.meetings.context import MeetingContext
from livc_desktop.ui.privacy import mask_text_edit


class NoteEditor(QFrame):
    """One note of an item: text saved as typed, off-record and secrecy marks."""

    removed = Signal(int)  # note id

    def __init__(self, ctx: MeetingContext, note: Note) -> None:
        super().__init__()
        self._ctx = ctx
        self.note = note
        self.setObjectName(f"note_{note.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind_label = QLabel()
        self.off_record = QCheckBox()
        self.off_record.setObjectName("note_off_record")
        self.off_record.setChecked(note.off_record)
        self.secret = QCheckBox()
        self.secret.setObjectName("note_secret")
        self.secret.setChecked(note.secret)
        self.banner = QLabel()
        self.banner.setObjectName("note_off_record_banner")
        self.banner.setStyleSheet(OFF_RECORD_STYLE)
        self.delete = QPushButton()
        top.addWidget(self.kind_label)
        top.addStretch(1)
        top.addWidget(self.off_record)
        top.addWidget(self.secret)
        top.addWidget(self.delete)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("note_text")
        self.editor.setPlainText(note.text)
        self.editor.setMinimumHeight(70)
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor)
        # Covered in privacy mode while off the record: the screen may be projected.
        self.privacy_mask = mask_text_edit(self.editor, self.off_record.isChecked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._on_editor_changed)
        self.off_record.toggled.connect(self._on_off_record_toggled)
        self.secret.toggled.connect(self._on_secret_toggled)
        self.delete.clicked.connect(self._on_delete_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.kind_label.setText(
            self.tr("Account") if self.note.kind is NoteKind.ACCOUNT else self.tr("Decision")
        )
        self.off_record.setText(self.tr("Off the record"))
        self.secret.setText(self.tr("Professional secrecy"))
        self.banner.setText(self.tr("OFF THE RECORD: never printed"))
        self.delete.setText(self.tr("Remove"))
        self._show_marks()

    def _show_marks(self) -> None:
        off = self.off_record.isChecked()
        self.banner.setVisible(off)
        self.editor.setStyleSheet(
            f"QPlainTextEdit{{border:3px solid {palette.css(palette.OFF_RECORD_BG)};"
            f"background:{palette.css(palette.NOTE_OFF_RECORD_BG)};}}"
            if off
            else ""
        )
        self.privacy_mask.update()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        self._timer.stop()
        text = self.editor.toPlainText()
        if text == self.note.text or self._ctx.session is None:
            return
        if self._ctx.run_call(svc.save_note_text, self._ctx.session, self.note.id, text):
            self.note.text = text

    def _on_editor_changed(self) -> None:
        self._timer.start()

    def _on_off_record_toggled(self, checked: bool) -> None:
        if self._ctx.session is not None and self._ctx.run_call(
            svc.set_note_flags, self._ctx.session, self.note.id, off_record=checked
        ):
            self.note.off_record = checked
        self._show_marks()

    def _on_secret_toggled(self, checked: bool) -> None:
        if self._ctx.session is not None:
            self._ctx.run_call(svc.set_note_flags, self._ctx.session, self.note.id, secret=checked)

    def _on_delete_clicked(self) -> None:
        if self._ctx.session is None or not self._ctx.confirm(self.tr("Remove this note?")):
            return
        self._timer.stop()
        if self._ctx.run_call(svc.delete_note, self._ctx.session, self.note.id):
            self.removed.emit(self.note.id)
