"""The Minutes tab: preview, finalise, approve, addenda, the case extract and the feedback
sheet (its text and consent in feedback.py), saving, printing and the distribution list."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.meetings import (
    DocumentKind,
    MinutesState,
)
from livc_desktop.services import meetings as svc
from livc_desktop.services.session import Session
from livc_desktop.ui import meeting_labels as ml
from livc_desktop.ui.dialogs.distribution import open_distribution
from livc_desktop.ui.pages.meetings.common import problem_label
from livc_desktop.ui.pages.meetings.context import MeetingContext
from livc_desktop.ui.pages.meetings.feedback import feedback_reason
from livc_desktop.ui.printing import print_document
from livc_desktop.ui.widgets.flow import FlowLayout

log = logging.getLogger(__name__)


class MinutesPanel(QWidget):
    """The documents of the meeting on screen and the minutes' lifecycle."""

    # Emitted before content is read: text still being typed elsewhere is saved first.
    content_needed = Signal()
    feedback_requested = Signal(int, str)  # case id, code: its feedback text and consent

    def __init__(self, ctx: MeetingContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._pdf: bytes = b""
        self._pdf_name = ""
        self._pdf_kind = DocumentKind.MINUTES
        self._buffer: QBuffer | None = None
        col = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setObjectName("minutes_state")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.state)
        # Rows of buttons wrap rather than widen the window (ui/widgets/flow.py).
        row = FlowLayout()
        self.preview = QPushButton()
        self.preview.setObjectName("minutes_preview")
        self.finalise = QPushButton()
        self.finalise.setObjectName("minutes_finalise")
        self.extract_case = QComboBox()
        self.extract_case.setObjectName("minutes_extract_case")
        self.extract = QPushButton()
        self.extract.setObjectName("minutes_extract")
        self.feedback = QPushButton()
        self.feedback.setObjectName("minutes_feedback")
        self.feedback_edit = QPushButton()
        self.feedback_edit.setObjectName("minutes_feedback_edit")
        self.feedback_reason = QLabel()
        self.feedback_reason.setObjectName("minutes_feedback_reason")
        self.feedback_reason.setWordWrap(True)
        self.feedback_reason.setTextFormat(Qt.TextFormat.PlainText)
        self._case_label = QLabel()
        row.addWidget(self.preview)
        row.addWidget(self.finalise)
        col.addLayout(row)
        # The documents about one case: its extract and its feedback sheet.
        case_row = FlowLayout()
        for w in (
            self._case_label,
            self.extract_case,
            self.extract,
            self.feedback_edit,
            self.feedback,
        ):
            case_row.addWidget(w)
        col.addLayout(case_row)
        col.addWidget(self.feedback_reason)
        row2 = QHBoxLayout()
        self.approve_by = QComboBox()
        self.approve_by.setObjectName("minutes_approve_by")
        self.approve_remarks = QLineEdit()
        self.approve_remarks.setObjectName("minutes_approve_remarks")
        self.approve = QPushButton()
        self.approve.setObjectName("minutes_approve")
        self.addendum = QLineEdit()
        self.addendum.setObjectName("minutes_addendum_text")
        self.add_addendum = QPushButton()
        self.add_addendum.setObjectName("minutes_add_addendum")
        self._approve_label = QLabel()
        row2.addWidget(self._approve_label)
        row2.addWidget(self.approve_by)
        row2.addWidget(self.approve_remarks, 1)
        row2.addWidget(self.approve)
        col.addLayout(row2)
        row_add = QHBoxLayout()
        row_add.addWidget(self.addendum, 1)
        row_add.addWidget(self.add_addendum)
        col.addLayout(row_add)
        row3 = FlowLayout()
        self.save_as = QPushButton()
        self.save_as.setObjectName("minutes_save_as")
        self.print_button = QPushButton()
        self.print_button.setObjectName("minutes_print")
        self.recipient = QLineEdit()
        self.recipient.setObjectName("distribution_recipient")
        self.distribute = QPushButton()
        self.distribute.setObjectName("distribution_record")
        self.distribution = QLabel()
        self.distribution.setObjectName("distribution_list")
        self.distribution.setTextFormat(Qt.TextFormat.PlainText)
        row3.addWidget(self.save_as)
        row3.addWidget(self.print_button)
        row3.addWidget(self.recipient)
        row3.addWidget(self.distribute)
        self.copies = QPushButton()
        self.copies.setObjectName("distribution_copies")
        row3.addWidget(self.copies)
        col.addLayout(row3)
        col.addWidget(self.distribution)
        self.viewer_host = QVBoxLayout()
        col.addLayout(self.viewer_host, 1)
        self.viewer: Any = None
        self.document: Any = None
        self.problem = problem_label("minutes_problem")
        col.addWidget(self.problem)

        self.preview.clicked.connect(self._on_preview_clicked)
        self.finalise.clicked.connect(self._on_finalise_clicked)
        self.extract.clicked.connect(self._on_extract_clicked)
        self.feedback.clicked.connect(self._on_feedback_clicked)
        self.feedback_edit.clicked.connect(self._on_feedback_edit_clicked)
        self.extract_case.activated.connect(self._on_extract_case_activated)
        self.approve.clicked.connect(self._on_approve_clicked)
        self.add_addendum.clicked.connect(self._on_add_addendum_clicked)
        self.save_as.clicked.connect(self._on_save_as_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        print_keys = QShortcut(QKeySequence.StandardKey.Print, self)
        print_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_keys.activated.connect(self.print_button.click)
        self.distribute.clicked.connect(self._on_distribute_clicked)
        self.copies.clicked.connect(self._on_copies_clicked)

    def retranslate(self) -> None:
        self.preview.setText(self.tr("Preview minutes"))
        self._case_label.setText(self.tr("Case:"))
        self._approve_label.setText(self.tr("Approve at the meeting of:"))
        self.finalise.setText(self.tr("Finalise minutes…"))
        self.extract.setText(ml.document_kind_label(DocumentKind.EXTRACT))
        self.feedback.setText(self.tr("Feedback sheet to the police"))
        self.feedback_edit.setText(self.tr("Feedback text and consent…"))
        self.approve_remarks.setPlaceholderText(self.tr("Remarks at approval"))
        self.approve.setText(self.tr("Approve at that meeting"))
        self.addendum.setPlaceholderText(self.tr("Text of a correction (addendum)"))
        self.add_addendum.setText(self.tr("Add addendum"))
        self.save_as.setText(self.tr("Save as…"))
        self.print_button.setText(self.tr("Print…"))
        self.recipient.setPlaceholderText(self.tr("Recipient (partner or person)"))
        self.distribute.setText(self.tr("Record as sent"))
        self.copies.setText(self.tr("Copies per recipient…"))
        self.show_meeting()

    def _on_copies_clicked(self) -> None:
        meeting, session = self._ctx.current_meeting(), self._ctx.session
        if session is not None and meeting is not None:
            self.content_needed.emit()
            cases = [
                (self.extract_case.itemData(i), self.extract_case.itemText(i))
                for i in range(self.extract_case.count())
            ]
            # One operation: the copies it records reach the other pages (the Overview).
            self._ctx.run_call(open_distribution, self, session, meeting.id, cases)
            self.show_meeting()

    def clear(self) -> None:
        self._pdf = b""
        self.state.clear()
        self.distribution.clear()
        self.extract_case.clear()
        self.feedback_reason.clear()
        self.approve_by.clear()
        for w in (self.approve_remarks, self.addendum, self.recipient):
            w.clear()
        self._close_viewer()

    def _close_viewer(self) -> None:
        if self.document is not None:
            self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None

    def show_meeting(self) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None:
            self.clear()
            self.setEnabled(False)
            return
        self.setEnabled(True)
        lines = [ml.minutes_state_label(meeting.minutes_state)]
        if meeting.content_hash:
            lines.append(self.tr("Fingerprint: {hash}").format(hash=meeting.content_hash))
        if meeting.approved_on:
            lines.append(self.tr("Approved on {date}").format(date=ml.ui_date(meeting.approved_on)))
        self.state.setText("\n".join(lines))
        draft = meeting.minutes_state is MinutesState.DRAFT
        self.finalise.setEnabled(draft)
        self.add_addendum.setEnabled(not draft)
        self.addendum.setEnabled(not draft)
        finalised = meeting.minutes_state is MinutesState.FINALISED
        self.approve.setEnabled(finalised)
        self.approve_by.clear()
        for other in svc.later_meetings(session, meeting):
            self.approve_by.addItem(
                f"{ml.ui_date(other.on_date)} {other.start_time}".strip(), other.id
            )
        chosen = self.extract_case.currentData()
        self.extract_case.clear()
        for item in svc.agenda(session, meeting.id):
            if item.case_id is not None and self.extract_case.findData(item.case_id) < 0:
                self.extract_case.addItem(item.case_code, item.case_id)
        self.extract_case.setCurrentIndex(max(0, self.extract_case.findData(chosen)))
        has_cases = self.extract_case.count() > 0
        for w in (self._case_label, self.extract_case, self.extract, self.feedback_edit):
            w.setVisible(has_cases)
        self.feedback.setVisible(has_cases)
        self._show_feedback_state(session, meeting.id, self.extract_case.currentData())
        rows = svc.distribution(session, meeting.id)
        self.distribution.setText(
            "\n".join(
                f"{ml.ui_date(r['sent_at'][:16].replace('T', ' '))}  "
                f"{ml.document_kind_label(r['document'])}  {r['recipient']}"
                + (f"  ({r['case_code']})" if r["case_code"] else "")
                for r in rows
            )
        )

    def show_pdf(self, data: bytes, name: str, kind: DocumentKind) -> None:
        """Show `data` in the in-app viewer (from memory; nothing written to disk)."""
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._pdf, self._pdf_name, self._pdf_kind = data, name, kind
        if self.viewer is None:
            self.document = QPdfDocument(self)
            self.viewer = QPdfView(self)
            self.viewer.setObjectName("minutes_viewer")
            self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
            self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.viewer.setDocument(self.document)
            self.viewer_host.addWidget(self.viewer)
        self._close_viewer()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _on_preview_clicked(self) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None:
            return
        self.content_needed.emit()
        labels = self._ctx.document_labels()
        data = svc.minutes_pdf(session, meeting.id, labels)
        name = ml.document_file_name(DocumentKind.MINUTES, labels.language, meeting.on_date)
        self.show_pdf(data, name, DocumentKind.MINUTES)

    def _on_finalise_clicked(self) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None:
            return
        # Checked first: "finalise?" is asked only when the answer can be yes.
        refusal = svc.finalise_refusal(session, meeting.id)
        if refusal is not None:
            self._ctx.show_error(refusal)
            return
        if not self._ctx.confirm(
            self.tr(
                "Finalise these minutes? Their content is frozen; later corrections become "
                "numbered addenda."
            )
        ):
            return
        self.content_needed.emit()
        if self._ctx.run_call(svc.finalise, session, meeting.id):
            self._ctx.reload(select=meeting.id)
            self._on_preview_clicked()

    def _on_extract_clicked(self) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        case_id = self.extract_case.currentData()
        if session is None or meeting is None or case_id is None:
            return
        labels = self._ctx.document_labels()
        data = svc.extract_pdf(session, meeting.id, int(case_id), labels)
        code = self.extract_case.currentText()
        name = ml.document_file_name(DocumentKind.EXTRACT, labels.language, meeting.on_date, code)
        self.show_pdf(data, name, DocumentKind.EXTRACT)

    def _show_feedback_state(self, session: Session, meeting_id: int, case_id: int | None) -> None:
        """The feedback sheet is one case's agreed text with every participant's consent
        to exactly that text: offered only then, and otherwise the reason is shown."""
        possible = case_id is not None and svc.feedback_possible(session, meeting_id, case_id)
        self.feedback.setEnabled(possible)
        reason = ""
        if case_id is not None and not possible:
            saved = svc.feedback_text(session, meeting_id, int(case_id)).saved
            people = svc.feedback_consents(session, meeting_id, int(case_id))
            reason = feedback_reason(people, saved, changed=False)
        self.feedback.setToolTip(reason)
        self.feedback_reason.setText(reason)
        self.feedback_reason.setVisible(bool(reason))

    def refresh_feedback(self) -> None:
        """Re-check the feedback sheet of the chosen case (its text or a consent changed)."""
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is not None and meeting is not None:
            self._show_feedback_state(session, meeting.id, self.extract_case.currentData())

    def _on_extract_case_activated(self, _index: int) -> None:
        self.refresh_feedback()

    def _on_feedback_edit_clicked(self) -> None:
        case_id = self.extract_case.currentData()
        if case_id is not None:
            self.feedback_requested.emit(int(case_id), self.extract_case.currentText())

    def show_feedback_sheet(self, case_id: int) -> None:
        """Show the feedback sheet of `case_id` in the viewer (everyone consented)."""
        index = self.extract_case.findData(case_id)
        if index >= 0:
            self.extract_case.setCurrentIndex(index)
        self.refresh_feedback()
        self._on_feedback_clicked()

    def _on_feedback_clicked(self) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None:
            return
        case_id = self.extract_case.currentData()
        if case_id is None:
            return
        data = self._ctx.run_call(
            svc.feedback_pdf, session, meeting.id, self._ctx.document_labels(), case_id=int(case_id)
        )
        if data:
            code = self.extract_case.currentText()
            language = self._ctx.document_labels().language
            name = ml.document_file_name(DocumentKind.FEEDBACK, language, meeting.on_date, code)
            self.show_pdf(data, name, DocumentKind.FEEDBACK)

    def _on_approve_clicked(self) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        by = self.approve_by.currentData()
        if session is None or meeting is None or by is None:
            return
        if self._ctx.run_call(
            svc.approve, session, meeting.id, int(by), self.approve_remarks.text()
        ):
            self._ctx.reload(select=meeting.id)

    def _on_add_addendum_clicked(self) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None or not self.addendum.text().strip():
            return
        if not self._ctx.confirm(self.tr("Add this addendum to the finalised minutes?")):
            return
        if self._ctx.run_call(svc.add_addendum, session, meeting.id, self.addendum.text()):
            self.addendum.clear()
            self._on_preview_clicked()

    def _on_save_as_clicked(self) -> None:
        if not self._pdf:
            self._on_preview_clicked()
        if self._pdf:
            self._ctx.save_bytes(
                self._pdf_kind, self._pdf, self._pdf_name, "pdf", case_id=self._pdf_case()
            )

    def _pdf_case(self) -> int | None:
        """The case a per-case document on screen (extract, feedback sheet) is about."""
        if self._pdf_kind not in (DocumentKind.EXTRACT, DocumentKind.FEEDBACK):
            return None
        case_id = self.extract_case.currentData()
        return None if case_id is None else int(case_id)

    def _on_print_clicked(self) -> None:
        if not self._pdf:
            self._on_preview_clicked()
        if not self._pdf or self.document is None:
            return
        # The chosen pages on the chosen paper, scaled down only to fit (ui/printing.py).
        if not print_document(self, self._pdf, self._pdf_name):
            return
        meeting = self._ctx.current_meeting()
        if self._ctx.session and meeting:
            self._ctx.session.record(
                ChangeKind.EXPORT_PRINT, document=self._pdf_kind.value, meeting_id=meeting.id
            )

    def _on_distribute_clicked(self) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        name = self.recipient.text().strip()
        if session is None or meeting is None or not name:
            return
        case_id = self._pdf_case()
        if self._ctx.run_call(
            svc.record_distribution,
            session,
            meeting.id,
            self._pdf_kind,
            [(name, None)],
            data=self._pdf,
            case_id=case_id,
        ):
            self.recipient.clear()
            self.show_meeting()
