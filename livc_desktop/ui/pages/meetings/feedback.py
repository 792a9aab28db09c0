"""The feedback sheet to the police about one case (art. 458ter Criminal Code; the
Constitutional Court, ruling 52/2021, requires the consensus of every member who took
part): the exact text the police would receive, editable until it is agreed, and each
participant's consent to exactly that text, recorded during the meeting or after the
minutes are finalised. The sheet itself is offered only once everyone consented."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.cases import FollowUp
from livc_desktop.domain.meetings import DocumentKind
from livc_desktop.domain.minutes import FeedbackParticipant, FeedbackText
from livc_desktop.services import meetings as svc
from livc_desktop.ui import meeting_labels as ml
from livc_desktop.ui import palette
from livc_desktop.ui.case_labels import follow_up_label
from livc_desktop.ui.forms import FieldErrors
from livc_desktop.ui.messages import problem_message
from livc_desktop.ui.models.meetings import FeedbackConsentTableModel
from livc_desktop.ui.pages.meetings.context import MeetingContext
from livc_desktop.ui.privacy import guard_identity_field, privacy_mode

translate = QCoreApplication.translate


def feedback_reason(people: Sequence[FeedbackParticipant], saved: bool, changed: bool) -> str:
    """Why the feedback sheet can or cannot be made yet, in one translated sentence."""
    if not people:
        return translate(
            "FeedbackSheet",
            "No feedback sheet: nobody is recorded as present. Record the attendance first.",
        )
    if not saved:
        return translate(
            "FeedbackSheet",
            "No feedback sheet yet: the text has not been saved. Save it, then ask every "
            "participant.",
        )
    if changed:
        return translate(
            "FeedbackSheet",
            "No feedback sheet yet: the text was changed. Save it and ask every participant again.",
        )
    refused = [p.name for p in people if p.consent is False]
    if refused:
        return translate("FeedbackSheet", "No feedback sheet: refused by {names}.").format(
            names=", ".join(refused)
        )
    waiting = [p.name for p in people if p.consent is None]
    if waiting:
        return translate(
            "FeedbackSheet", "No feedback sheet yet: still to ask {names} ({n} of {total})."
        ).format(names=", ".join(waiting), n=len(waiting), total=len(people))
    return translate(
        "FeedbackSheet", "Every participant agreed to this text: the feedback sheet can be made."
    )


class FeedbackDialog(QDialog):
    """The feedback text of one case and the consent of everyone who took part."""

    preview_requested = Signal(int)  # case id: show the sheet in the Minutes tab
    feedback_changed = Signal()  # the text or a consent changed

    def __init__(
        self, ctx: MeetingContext, case_id: int, case_code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedback_dialog")
        self._ctx = ctx
        self.case_id = case_id
        self.case_code = case_code
        self._stored: FeedbackText | None = None
        self._build()
        self._connect()
        self.retranslate()
        self.load()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("feedback_heading")
        self.heading.setStyleSheet("font-size:16px;font-weight:bold;")
        outer.addWidget(self.heading)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        outer.addWidget(self.explain)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        self.text_box = QGroupBox()
        text_col = QVBoxLayout(self.text_box)
        self.errors = FieldErrors()
        self.conclusion = QPlainTextEdit()
        self.conclusion.setObjectName("feedback_conclusion")
        self.conclusion.setTabChangesFocus(True)  # Tab leaves the text: keyboard-only use
        self.masked = QLabel()
        self.masked.setObjectName("feedback_masked")
        self.masked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.masked.setWordWrap(True)
        self.text_stack = QStackedWidget()
        self.text_stack.addWidget(self.conclusion)
        self.text_stack.addWidget(self.masked)
        self._conclusion_label = QLabel()
        self._conclusion_label.setBuddy(self.conclusion)
        text_col.addWidget(self._conclusion_label)
        text_col.addWidget(self.text_stack, 1)
        text_col.addWidget(self.errors.label("conclusion"))
        form = QFormLayout()
        self.follow_up = QComboBox()
        self.follow_up.setObjectName("feedback_follow_up")
        self.police_contact = QLineEdit()
        self.police_contact.setObjectName("feedback_police_contact")
        guard_identity_field(self.police_contact)
        self._follow_up_label = QLabel()
        self._follow_up_label.setBuddy(self.follow_up)
        self._contact_label = QLabel()
        self._contact_label.setBuddy(self.police_contact)
        form.addRow(self._follow_up_label, self.follow_up)
        form.addRow(self._contact_label, self.police_contact)
        form.addRow(self.errors.label("police_contact"))
        text_col.addLayout(form)
        self.text_state = QLabel()
        self.text_state.setObjectName("feedback_text_state")
        self.text_state.setWordWrap(True)
        text_col.addWidget(self.text_state)
        self.notice = QLabel()
        self.notice.setObjectName("feedback_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            palette.box_css(palette.NOTICE_BG, palette.NOTICE_TEXT)
            + "padding:6px;border-radius:3px;"
        )
        self.notice.hide()
        text_col.addWidget(self.notice)
        save_row = QHBoxLayout()
        self.save_text = QPushButton()
        self.save_text.setObjectName("feedback_save_text")
        save_row.addWidget(self.save_text)
        save_row.addStretch(1)
        text_col.addLayout(save_row)
        columns.addWidget(self.text_box, 1)

        self.consent_box = QGroupBox()
        consent_col = QVBoxLayout(self.consent_box)
        self.consent_model = FeedbackConsentTableModel(self)
        self.consent_view = QTableView()
        self.consent_view.setObjectName("feedback_consent_view")
        self.consent_view.setModel(self.consent_model)
        self.consent_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consent_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consent_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consent_view.verticalHeader().hide()
        self.consent_view.setWordWrap(False)  # one line per person: the table stays scannable
        self.consent_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.consent_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            FeedbackConsentTableModel.CONSENT, QHeaderView.ResizeMode.ResizeToContents
        )
        self.consent_view.setTabKeyNavigation(False)
        consent_col.addWidget(self.consent_view, 1)
        buttons = QHBoxLayout()
        self.agree = QPushButton()
        self.agree.setObjectName("feedback_agree")
        self.refuse = QPushButton()
        self.refuse.setObjectName("feedback_refuse")
        self.not_asked = QPushButton()
        self.not_asked.setObjectName("feedback_not_asked")
        for b in (self.agree, self.refuse, self.not_asked):
            buttons.addWidget(b)
        buttons.addStretch(1)
        consent_col.addLayout(buttons)
        self.reason = QLabel()
        self.reason.setObjectName("feedback_reason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        consent_col.addWidget(self.reason)
        columns.addWidget(self.consent_box, 1)

        bottom = QHBoxLayout()
        self.preview = QPushButton()
        self.preview.setObjectName("feedback_preview")
        self.save_sheet = QPushButton()
        self.save_sheet.setObjectName("feedback_save_sheet")
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bottom.addWidget(self.preview)
        bottom.addWidget(self.save_sheet)
        bottom.addStretch(1)
        bottom.addWidget(self.close_box)
        outer.addLayout(bottom)
        # The reading order: the text, then who agrees, then the sheet.
        chain = [
            self.conclusion,
            self.follow_up,
            self.police_contact,
            self.save_text,
            self.consent_view,
            self.agree,
            self.refuse,
            self.not_asked,
            self.preview,
            self.save_sheet,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.resize(1100, 600)

    def _connect(self) -> None:
        self.conclusion.textChanged.connect(self._on_text_edited)
        self.police_contact.textEdited.connect(self._on_text_edited)
        self.follow_up.activated.connect(self._on_text_edited)
        self.save_text.clicked.connect(self._on_save_text_clicked)
        self.agree.clicked.connect(lambda: self._record(True))
        self.refuse.clicked.connect(lambda: self._record(False))
        self.not_asked.clicked.connect(lambda: self._record(None))
        self.preview.clicked.connect(self._on_preview_clicked)
        self.save_sheet.clicked.connect(self._on_save_sheet_clicked)
        self.close_box.rejected.connect(self.reject)
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self._on_save_text_clicked),
            ("Ctrl+1", lambda: self._record(True)),
            ("Ctrl+2", lambda: self._record(False)),
            ("Ctrl+0", lambda: self._record(None)),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self.consent_view.selectionModel().currentRowChanged.connect(self._show_buttons)
        privacy_mode().changed.connect(self._on_privacy_changed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Feedback sheet to the police"))
        self.heading.setText(
            self.tr("Feedback to the police about case {code}").format(code=self.case_code)
        )
        self.explain.setText(
            self.tr(
                "This is exactly the text the police would receive: the conclusion the cell "
                "agrees to share about this case, never the account of the discussion. Agree "
                "on it first; then ask every member who took part, guests included."
            )
        )
        self.text_box.setTitle(self.tr("Text for the police"))
        self._conclusion_label.setText(self.tr("&Conclusion or decision"))
        self._follow_up_label.setText(self.tr("&Follow-up"))
        self._contact_label.setText(self.tr("Police &contact"))
        self.masked.setText(self.tr("Masked: privacy mode is on."))
        self.save_text.setText(self.tr("Save text (Ctrl+S)"))
        self.consent_box.setTitle(self.tr("Consent of the members who took part"))
        self.agree.setText(self.tr("Agrees (Ctrl+1)"))
        self.refuse.setText(self.tr("Refuses (Ctrl+2)"))
        self.not_asked.setText(self.tr("Not asked (Ctrl+0)"))
        self.preview.setText(self.tr("Preview feedback sheet"))
        self.save_sheet.setText(self.tr("Save feedback sheet…"))
        current = self.follow_up.currentData()
        self.follow_up.clear()
        self.follow_up.addItem(self.tr("Not set"), "")
        for code in svc.FOLLOW_UPS:
            self.follow_up.addItem(follow_up_label(FollowUp(code)), code)
        self.follow_up.setCurrentIndex(max(0, self.follow_up.findData(current or "")))
        self.consent_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    # -- state -----------------------------------------------------------------------------
    def load(self) -> None:
        """Show the stored text (or the proposal) and everyone's consent to it."""
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None:
            return
        text = self._ctx.run_call(svc.feedback_text, session, meeting.id, self.case_id)
        if not isinstance(text, FeedbackText):
            return
        self._stored = text
        for w in (self.conclusion, self.police_contact, self.follow_up):
            w.blockSignals(True)
        self.conclusion.setPlainText(text.conclusion)
        self.police_contact.setText(text.police_contact)
        self.follow_up.setCurrentIndex(max(0, self.follow_up.findData(text.follow_up)))
        for w in (self.conclusion, self.police_contact, self.follow_up):
            w.blockSignals(False)
        self.refresh()

    def _typed(self) -> tuple[str, str, str]:
        return (
            self.conclusion.toPlainText().strip(),
            str(self.follow_up.currentData() or ""),
            self.police_contact.text().strip(),
        )

    def is_changed(self) -> bool:
        """The text on screen differs from the stored one (consent is to the stored one)."""
        s = self._stored
        return s is not None and self._typed() != (
            s.conclusion.strip(),
            s.follow_up,
            s.police_contact.strip(),
        )

    def is_saved(self) -> bool:
        return self._stored is not None and self._stored.saved

    def participants(self) -> list[FeedbackParticipant]:
        return list(self.consent_model.rows())

    def refresh(self) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None:
            return
        row = max(0, self.consent_view.currentIndex().row())
        people = svc.feedback_consents(session, meeting.id, self.case_id)
        self.consent_model.set_participants(people)
        if people:
            self.consent_view.setCurrentIndex(
                self.consent_model.index(min(row, len(people) - 1), 0)
            )
        self._show_state()

    def _show_state(self) -> None:
        people = self.participants()
        saved, changed = self.is_saved(), self.is_changed()
        if not saved:
            self.text_state.setText(
                self.tr(
                    "A proposal from the decisions noted on this case, not saved yet: "
                    "nobody can consent to it before it is saved."
                )
            )
        elif changed:
            self.text_state.setText(
                self.tr("Changed and not saved. Saving the text resets every consent.")
            )
        else:
            self.text_state.setText(self.tr("Saved: the members consent to exactly this text."))
        self.reason.setText(feedback_reason(people, saved, changed))
        ready = saved and not changed and bool(people) and all(p.consent for p in people)
        self.preview.setEnabled(ready)
        self.save_sheet.setEnabled(ready)
        self.save_text.setEnabled(not privacy_mode().enabled and (changed or not saved))
        self._show_buttons()
        self._apply_privacy(privacy_mode().enabled)

    def _show_buttons(self, *_: object) -> None:
        can = (
            self.is_saved() and not self.is_changed() and self.consent_view.currentIndex().isValid()
        )
        for b in (self.agree, self.refuse, self.not_asked):
            b.setEnabled(can)

    def _apply_privacy(self, enabled: bool) -> None:
        self.text_stack.setCurrentWidget(self.masked if enabled else self.conclusion)
        self.follow_up.setEnabled(not enabled)

    # -- slots -----------------------------------------------------------------------------
    def _on_privacy_changed(self, _enabled: bool) -> None:
        with contextlib.suppress(RuntimeError):  # the dialog may be closing
            self._show_state()

    def _on_text_edited(self, *_: object) -> None:
        self.notice.hide()
        self._show_state()

    def _on_save_text_clicked(self) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None or privacy_mode().enabled:
            return
        if self.is_saved() and not self.is_changed():
            return
        given = any(p.consent is not None for p in self.participants())
        if (
            given
            and self.is_saved()
            and not self._ctx.confirm(
                self.tr(
                    "Saving the changed text resets the consent of every participant: "
                    "everyone must be asked again. Save it?"
                )
            )
        ):
            return
        conclusion, follow_up, contact = self._typed()
        self.errors.clear()
        stored = self._ctx.run_call(
            svc.save_feedback_text,
            session,
            meeting.id,
            self.case_id,
            conclusion,
            follow_up,
            contact,
            on_problems=self._show_problems,
        )
        if not isinstance(stored, FeedbackText):
            return
        self.load()
        notes = []
        if given:
            notes.append(self.tr("The text changed: every consent was reset."))
        if (stored.conclusion, stored.police_contact) != (conclusion, contact):
            notes.append(
                self.tr("Identity terms were blanked ([…]): this is the text that was saved.")
            )
        self.notice.setText(" ".join(notes))
        self.notice.setVisible(bool(notes))
        self.feedback_changed.emit()

    def _show_problems(self, problems: dict[str, str]) -> None:
        rest = self.errors.show(problems)
        self.notice.setText(" ".join(problem_message(f, p) for f, p in sorted(rest.items())))
        self.notice.setVisible(bool(rest))

    def _record(self, consent: bool | None) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        index = self.consent_view.currentIndex()
        if session is None or meeting is None or not index.isValid():
            return
        if not self.agree.isEnabled():
            return
        person = self.consent_model.participant_at(index.row())
        if not self._ctx.run_call(
            svc.record_feedback_consent,
            session,
            meeting.id,
            self.case_id,
            attendance_id=person.attendance_id,
            guest_id=person.guest_id,
            consent=consent,
        ):
            return
        self.refresh()
        # Going round the table: the next person is selected after an answer.
        if consent is not None and index.row() + 1 < self.consent_model.rowCount():
            self.consent_view.setCurrentIndex(self.consent_model.index(index.row() + 1, 0))
        self.feedback_changed.emit()

    def _sheet(self) -> bytes | None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None:
            return None
        data = self._ctx.run_call(
            svc.feedback_pdf,
            session,
            meeting.id,
            self._ctx.document_labels(),
            case_id=self.case_id,
        )
        return data if isinstance(data, bytes) else None

    def _on_preview_clicked(self) -> None:
        if self.preview.isEnabled():
            self.preview_requested.emit(self.case_id)
            self.accept()

    def _on_save_sheet_clicked(self) -> None:
        meeting = self._ctx.current_meeting()
        data = self._sheet() if self.save_sheet.isEnabled() else None
        if data is None or meeting is None:
            return
        language = self._ctx.document_labels().language
        name = ml.document_file_name(
            DocumentKind.FEEDBACK, language, meeting.on_date, self.case_code
        )
        self._ctx.save_bytes(DocumentKind.FEEDBACK, data, name, "pdf", case_id=self.case_id)
