"""Small forms of signals and cases. Each validates in the domain (through its service)
and shows the translated problem under the field it concerns."""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.cases import (
    CaseDraft,
    ClosureReason,
    Flag,
    FollowUp,
    Identity,
    InformationItem,
    MeasureStatus,
    Phase,
    SharingLevel,
    allowed_next,
)
from livc_desktop.domain.errors import LivcError, ValidationError
from livc_desktop.domain.signals import Channel, SignalIntake, Triage, TriageOutcome, Urgency
from livc_desktop.services import cases as case_service
from livc_desktop.services import handover
from livc_desktop.services import signals as signal_service
from livc_desktop.services.register import Session
from livc_desktop.storage.case_repo import CaseRow, MeasureRow
from livc_desktop.storage.signal_repo import SignalRow
from livc_desktop.ui import case_labels as L
from livc_desktop.ui.case_labels import named
from livc_desktop.ui.messages import error_message, problem_message
from livc_desktop.ui.privacy import guard_identity_field, privacy_mode

E = TypeVar("E", bound=StrEnum)


def date_edit(value: date | None, name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setDate(L.to_qdate(value or date.today()))
    return edit


def combo(
    name: str, items: Sequence[tuple[str, object]], with_none: str | None = None
) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    if with_none is not None:
        box.addItem(with_none, None)
    for text, data in items:
        box.addItem(text, data)
    return box


def enum_data(box: QComboBox, enum: type[E]) -> E | None:
    """The combo's current enum value (Qt hands StrEnum data back as plain str)."""
    value = box.currentData()
    return None if value is None else enum(value)


def select_data(box: QComboBox, value: object) -> None:
    for i in range(box.count()):
        if box.itemData(i) == value:
            box.setCurrentIndex(i)
            return


def text_box(name: str, height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class FormDialog(QDialog):
    """A QFormLayout with an error label under every field and OK/Cancel. Subclasses
    implement `save()`, raising ValidationError (shown per field) or LivcError."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        close_on_lock(self, session)
        self.setMinimumWidth(520)
        self._layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        self._layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._layout.addLayout(self.form)
        self._errors: dict[str, QLabel] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_row(self, field: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.setVisible(False)
        box.addWidget(error)
        self._errors[field] = error
        self.form.addRow(label, holder)
        return holder

    def show_problems(self, problems: dict[str, str]) -> None:
        for field, label in self._errors.items():
            problem = problems.get(field)
            label.setText(problem_message(field, problem) if problem else "")
            label.setVisible(bool(problem))
        unplaced = {f: p for f, p in problems.items() if f not in self._errors}
        if unplaced:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                " ".join(problem_message(f, p) for f, p in sorted(unplaced.items())),
            )

    def error_text(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def save(self) -> None:
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except LivcError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_message(exc))
            return
        self.accept()


def close_on_lock(dialog: QDialog, session: Session) -> None:
    """Reject `dialog` when the session closes (lock): nothing stays on screen. Held by
    a weak reference, so a closed dialog is not kept alive by the session."""
    ref = weakref.ref(dialog)

    def on_close() -> None:
        target = ref()
        if target is not None:
            with contextlib.suppress(RuntimeError):  # already deleted on the C++ side
                target.reject()

    session.on_close(on_close)


def partner_combo(session: Session, name: str, none_text: str | None) -> QComboBox:
    return combo(name, [(n, i) for i, n in case_service.partner_choices(session)], none_text)


# -- signals -----------------------------------------------------------------------------------


class SignalIntakeDialog(FormDialog):
    """The low-threshold intake: date, channel, reporter and what was observed."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("signal_intake_dialog")
        self.setWindowTitle(self.tr("New signal"))
        self.set_intro(
            self.tr(
                "Only date, channel, reporter and what was observed are needed. Name the "
                "person concerned only by initials or a pseudonym."
            )
        )
        self.signal_id: int | None = None
        self.received_on = date_edit(date.today(), "received_on")
        self.channel = combo(
            "channel", [(L.channel_label(c), c) for c in Channel], self.tr("— choose —")
        )
        self.partner = partner_combo(session, "reporter_partner", self.tr("Outside person"))
        self.partner.currentIndexChanged.connect(self._on_partner_changed)
        self.contact = combo("reporter_contact", [], self.tr("— no contact person —"))
        self.reporter_name = named(QLineEdit(), "reporter_name")
        self.reporter_name.setMaxLength(200)
        self.reporter_contact = named(QLineEdit(), "reporter_contact")
        self.reporter_contact.setMaxLength(200)
        self.reporter_contact.setPlaceholderText(self.tr("Phone or e-mail"))
        self.observed = text_box("observed", 120)
        self.person_label = named(QLineEdit(), "person_label")
        self.person_label.setMaxLength(40)
        self.person_label.setPlaceholderText(self.tr("Initials or pseudonym, e.g. Z.T."))
        self.urgency = combo("urgency", [(L.urgency_label(u), u) for u in Urgency])
        self.consent = QCheckBox(self.tr("The contributing partner consents to registration"))
        self.consent.setObjectName("consent")
        self.consent.toggled.connect(self._on_consent_toggled)
        self.consent_note = QLabel()
        self.consent_note.setWordWrap(True)
        self.consent_note.setObjectName("consent_note")

        for edit in (self.reporter_name, self.reporter_contact, self.person_label):
            guard_identity_field(edit)
        self.add_row("received_on", self.tr("Received on"), self.received_on)
        self.add_row("channel", self.tr("Channel"), self.channel)
        self.add_row("reporter", self.tr("Reporter (partner)"), self.partner)
        self.add_row("reporter_contact_id", self.tr("Contact person"), self.contact)
        self.add_row("reporter_name", self.tr("Outside reporter"), self.reporter_name)
        self.add_row(
            "reporter_contact", self.tr("Reporter's contact details"), self.reporter_contact
        )
        self.add_row("consent", "", self.consent)
        self.form.addRow("", self.consent_note)
        self.add_row("observed", self.tr("What was observed"), self.observed)
        self.add_row("person_label", self.tr("Person concerned"), self.person_label)
        self.add_row("urgency", self.tr("Urgency"), self.urgency)
        self._on_partner_changed()
        self._on_consent_toggled(False)

    def _on_partner_changed(self, *_args: object) -> None:
        partner_id = self.partner.currentData()
        self.contact.clear()
        self.contact.addItem(self.tr("— no contact person —"), None)
        if partner_id is not None:
            for cid, name in signal_service.contacts_of(self.session, int(partner_id)):
                self.contact.addItem(name, cid)
        self.contact.setEnabled(partner_id is not None)
        # An outside reporter is named (only stored with consent); a partner needs no name.
        self.reporter_name.setEnabled(partner_id is None)

    def _on_consent_toggled(self, checked: bool) -> None:
        for w in (self.observed, self.person_label, self.urgency, self.reporter_contact):
            w.setEnabled(checked)
        self.consent_note.setVisible(not checked)
        self.consent_note.setText(
            ""
            if checked
            else self.tr(
                "Without consent only a trace is kept: date, channel, partner and "
                '"not registered". Nothing you type below is stored.'
            )
        )

    def intake(self) -> SignalIntake:
        # Everything goes to the domain; without consent it keeps only the trace.
        return SignalIntake(
            received_on=L.from_qdate(self.received_on.date()),
            channel=enum_data(self.channel, Channel),
            observed=self.observed.toPlainText(),
            consent=self.consent.isChecked(),
            reporter_partner_id=self.partner.currentData(),
            reporter_contact_id=self.contact.currentData(),
            reporter_name=self.reporter_name.text(),
            reporter_contact=self.reporter_contact.text(),
            person_label=self.person_label.text(),
            urgency=enum_data(self.urgency, Urgency) or Urgency.NORMAL,
        )

    def save(self) -> None:
        self.signal_id = signal_service.register_signal(self.session, self.intake())


class TriageDialog(FormDialog):
    """Weighing a signal: one outcome is required."""

    def __init__(self, session: Session, signal: SignalRow, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("triage_dialog")
        self.setWindowTitle(self.tr("Weigh signal"))
        self.signal = signal
        self.case_id: int | None = None
        summary = QLabel(
            self.tr("Received {date} via {channel}.").format(
                date=L.format_date(signal.received_on), channel=L.channel_label(signal.channel)
            )
        )
        summary.setWordWrap(True)
        observed = QLabel(signal.observed[:1000])
        observed.setWordWrap(True)
        observed.setObjectName("observed_summary")
        self.form.addRow(summary)
        self.form.addRow(observed)
        self.decided_on = date_edit(date.today(), "decided_on")
        self.group = QButtonGroup(self)
        outcomes = QWidget()
        box = QVBoxLayout(outcomes)
        box.setContentsMargins(0, 0, 0, 0)
        self.radios: dict[TriageOutcome, QRadioButton] = {}
        for outcome in TriageOutcome:
            radio = QRadioButton(L.outcome_label(outcome))
            radio.setObjectName(f"outcome_{outcome.value}")
            self.group.addButton(radio)
            box.addWidget(radio)
            self.radios[outcome] = radio
            radio.toggled.connect(self._on_outcome_toggled)
        open_cases = [
            (f"{c.code}  {privacy_mode().mask(c.pseudonym)}".strip(), c.id)
            for c in case_service.list_cases(session)
            if c.phase is not Phase.CLOSED
        ]
        self.case = combo("case", open_cases, self.tr("A new case"))
        self.pseudonym = named(QLineEdit(signal.person_label), "pseudonym")
        self.pseudonym.setMaxLength(200)
        guard_identity_field(self.pseudonym)
        self.partner = partner_combo(session, "partner", self.tr("— choose —"))
        self.reason = text_box("reason", 70)
        self.add_row("decided_on", self.tr("Weighed on"), self.decided_on)
        self.add_row("outcome", self.tr("Outcome"), outcomes)
        self.add_row("case", self.tr("Case"), self.case)
        self.add_row("pseudonym", self.tr("Pseudonym of the new case"), self.pseudonym)
        self.add_row("partner", self.tr("Handed to"), self.partner)
        self.add_row("reason", self.tr("Why"), self.reason)
        self._on_outcome_toggled()

    def outcome(self) -> TriageOutcome | None:
        for outcome, radio in self.radios.items():
            if radio.isChecked():
                return outcome
        return None

    def _on_outcome_toggled(self, *_args: object) -> None:
        outcome = self.outcome()
        self.case.setEnabled(outcome is TriageOutcome.CASE)
        self.pseudonym.setEnabled(outcome is TriageOutcome.CASE)
        self.partner.setEnabled(outcome is TriageOutcome.HANDED_TO_PARTNER)
        self.reason.setEnabled(outcome is not None)

    def save(self) -> None:
        outcome = self.outcome()
        decided_on = L.from_qdate(self.decided_on.date())
        decision = Triage(
            outcome=outcome,
            decided_on=decided_on,
            case_id=self.case.currentData() if outcome is TriageOutcome.CASE else None,
            partner_id=self.partner.currentData()
            if outcome is TriageOutcome.HANDED_TO_PARTNER
            else None,
            reason=self.reason.toPlainText(),
        )
        draft = CaseDraft(opened_on=decided_on, pseudonym=self.pseudonym.text())
        self.case_id = signal_service.triage(self.session, self.signal.id, decision, draft)


# -- cases -------------------------------------------------------------------------------------


class CaseEditDialog(FormDialog):
    """A new case file, or the general data of an existing one."""

    def __init__(
        self, session: Session, case: CaseRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("case_edit_dialog")
        self.case = case
        self.case_id: int | None = case.id if case else None
        self.setWindowTitle(
            self.tr("New case")
            if case is None
            else self.tr("Edit case {code}").format(code=case.code)
        )
        self.opened_on = date_edit(case.opened_on if case else date.today(), "opened_on")
        self.opened_on.setEnabled(case is None)
        self.pseudonym = named(QLineEdit(case.pseudonym if case else ""), "pseudonym")
        self.pseudonym.setMaxLength(200)
        self.pseudonym.setPlaceholderText(self.tr("A pseudonym, never the real name"))
        guard_identity_field(self.pseudonym)
        self.follow_up = combo(
            "follow_up", [(L.follow_up_label(f), f) for f in FollowUp], L.follow_up_label(None)
        )
        self.lead = partner_combo(session, "lead_partner", self.tr("— none yet —"))
        munis = session.profile().municipalities
        self.municipality = combo("municipality", [(m, m) for m in munis], "")
        if case is not None:
            select_data(self.follow_up, case.follow_up)
            select_data(self.lead, case.lead_partner_id)
            select_data(self.municipality, case.municipality or None)
        elif len(munis) == 1:
            self.municipality.setCurrentIndex(1)
        self.add_row("opened_on", self.tr("Opened on"), self.opened_on)
        self.add_row("pseudonym", self.tr("Pseudonym"), self.pseudonym)
        self.add_row("follow_up", self.tr("Follow-up"), self.follow_up)
        self.add_row("lead_partner", self.tr("Lead partner (case manager)"), self.lead)
        self.add_row("municipality", self.tr("Municipality"), self.municipality)

    def save(self) -> None:
        draft = CaseDraft(
            opened_on=L.from_qdate(self.opened_on.date()),
            pseudonym=self.pseudonym.text(),
            follow_up=enum_data(self.follow_up, FollowUp),
            lead_partner_id=self.lead.currentData(),
            municipality=self.municipality.currentData() or "",
        )
        if self.case_id is None:
            self.case_id = case_service.open_case(self.session, draft)
        else:
            case_service.update_case(self.session, self.case_id, draft)


class IdentityDialog(FormDialog):
    def __init__(
        self,
        session: Session,
        case_id: int,
        identity: Identity | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("identity_dialog")
        self.setWindowTitle(self.tr("Identity of the person concerned"))
        self.case_id = case_id
        ident = identity or Identity()
        self.name = named(QLineEdit(ident.name), "name")
        self.birth_known = named(QCheckBox(self.tr("Date of birth known")), "birth_known")
        self.birth_known.setChecked(ident.birth_date is not None)
        self.birth = date_edit(ident.birth_date or date(2005, 1, 1), "birth_date")
        self.birth.setEnabled(ident.birth_date is not None)
        self.birth_known.toggled.connect(self.birth.setEnabled)
        self.address = named(QLineEdit(ident.address), "address")
        self.school_work = named(QLineEdit(ident.school_work), "school_work")
        self.languages = named(QLineEdit(ident.languages), "languages")
        for edit in (self.name, self.address, self.school_work, self.languages):
            guard_identity_field(edit)
        self.add_row("name", self.tr("Name"), self.name)
        self.add_row("birth_known", "", self.birth_known)
        self.add_row("birth_date", self.tr("Date of birth"), self.birth)
        self.add_row("address", self.tr("Address"), self.address)
        self.add_row("school_work", self.tr("School or work"), self.school_work)
        self.add_row("languages", self.tr("Languages"), self.languages)

    def save(self) -> None:
        handover.save_identity(
            self.session,
            self.case_id,
            Identity(
                name=self.name.text(),
                birth_date=L.from_qdate(self.birth.date())
                if self.birth_known.isChecked()
                else None,
                address=self.address.text(),
                school_work=self.school_work.text(),
                languages=self.languages.text(),
            ),
        )


class FlagChangeDialog(FormDialog):
    """A flag decision: who decided, why, and when to look again. Black = hand-over."""

    def __init__(self, session: Session, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("flag_change_dialog")
        self.setWindowTitle(self.tr("Change flag of case {code}").format(code=case.code))
        self.case = case
        self.texts = case_service.flag_texts(session)
        self.flag = combo(
            "flag", [(L.flag_label(f, self.texts), f) for f in Flag], self.tr("— choose —")
        )
        self.flag.currentIndexChanged.connect(self._on_flag_changed)
        self.guidance = named(QLabel(), "flag_guidance")
        self.guidance.setWordWrap(True)
        self.decided_on = date_edit(date.today(), "decided_on")
        self.decided_by = named(QLineEdit(session.profile().officer_name), "decided_by")
        self.decided_by.setMaxLength(200)
        self.justification = text_box("justification", 90)
        self.next_review = date_edit(date.today() + timedelta(weeks=6), "next_review")
        self.handed_to = named(QLineEdit(), "handed_to")
        self.handed_to.setMaxLength(200)
        self.handed_to.setPlaceholderText(self.tr("e.g. local police, prosecutor, LTF"))
        self.handed_on = date_edit(date.today(), "handed_on")
        self.add_row("flag", self.tr("Flag"), self.flag)
        self.form.addRow("", self.guidance)
        self.add_row("decided_on", self.tr("Decided on"), self.decided_on)
        self.add_row("decided_by", self.tr("Decided by"), self.decided_by)
        self.add_row("justification", self.tr("Justification"), self.justification)
        self.add_row("next_review", self.tr("Next review"), self.next_review)
        self.add_row("handed_to", self.tr("Handed over to"), self.handed_to)
        self.add_row("handed_on", self.tr("Handed over on"), self.handed_on)
        self._on_flag_changed()

    def _on_flag_changed(self, *_args: object) -> None:
        flag = enum_data(self.flag, Flag)
        black = flag is Flag.BLACK
        self.handed_to.setEnabled(black)
        self.handed_on.setEnabled(black)
        self.next_review.setEnabled(not black)
        if flag is None:
            self.guidance.setText("")
            return
        text = f"{L.flag_definition(flag, self.texts)}\n{L.flag_response(flag, self.texts)}"
        self.guidance.setStyleSheet("color: #b00020; font-weight: bold;" if black else "")
        if black:
            text += "\n" + self.tr(
                "The case will be closed and everything but the hand-over (to whom, when) "
                "will be erased."
            )
        else:
            review = case_service.default_review_date(
                flag, L.from_qdate(self.decided_on.date()), self.session
            )
            if review is not None:
                self.next_review.setDate(L.to_qdate(review))
        self.guidance.setText(text)

    def save(self) -> None:
        flag = enum_data(self.flag, Flag)
        if flag is None:
            raise ValidationError({"flag": "required"})
        black = flag is Flag.BLACK
        if black:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "A black flag hands the case over and erases its identity, information, "
                    "measures and team. Only the hand-over is kept. Continue?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        handover.change_flag(
            self.session,
            self.case.id,
            flag,
            self.justification.toPlainText(),
            None if black else L.from_qdate(self.next_review.date()),
            decided_by_person=self.decided_by.text(),
            decided_on=L.from_qdate(self.decided_on.date()),
            handed_to=self.handed_to.text() if black else "",
            handed_on=L.from_qdate(self.handed_on.date()) if black else None,
        )


class PhaseChangeDialog(FormDialog):
    def __init__(self, session: Session, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("phase_change_dialog")
        self.setWindowTitle(self.tr("Change phase of case {code}").format(code=case.code))
        self.case = case
        targets = [p for p in Phase if p in allowed_next(case.phase)]
        self.phase = combo("phase", [(L.phase_label(p), p) for p in targets])
        self.phase.currentIndexChanged.connect(self._on_phase_changed)
        self.changed_on = date_edit(date.today(), "changed_on")
        self.reason = combo(
            "closure_reason",
            [
                (L.closure_reason_label(r), r)
                for r in ClosureReason
                if r is not ClosureReason.HANDED_OVER
            ],
            self.tr("— choose —"),
        )
        self.evaluation = text_box("evaluation_note", 90)
        self.note = text_box("note", 60)
        self.form.addRow(
            self.tr("Current phase"), named(QLabel(L.phase_label(case.phase)), "current_phase")
        )
        self.add_row("phase", self.tr("New phase"), self.phase)
        self.add_row("changed_on", self.tr("Date"), self.changed_on)
        self.add_row("closure_reason", self.tr("Reason for closing"), self.reason)
        self.add_row("evaluation_note", self.tr("Evaluation"), self.evaluation)
        self.add_row("note", self.tr("Note"), self.note)
        self._on_phase_changed()

    def _on_phase_changed(self, *_args: object) -> None:
        closing = enum_data(self.phase, Phase) is Phase.CLOSED
        self.reason.setEnabled(closing)
        self.evaluation.setEnabled(closing)

    def save(self) -> None:
        target = enum_data(self.phase, Phase)
        if target is None:
            raise ValidationError({"phase": "required"})
        closing = target is Phase.CLOSED
        if closing:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Close this case? A closed case cannot be reopened."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        case_service.change_phase(
            self.session,
            self.case.id,
            target,
            changed_on=L.from_qdate(self.changed_on.date()),
            closure_reason=enum_data(self.reason, ClosureReason) if closing else None,
            evaluation_note=self.evaluation.toPlainText() if closing else "",
            note=self.note.toPlainText(),
        )


class MeasureDialog(FormDialog):
    def __init__(self, session: Session, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("measure_dialog")
        self.setWindowTitle(self.tr("New measure for case {code}").format(code=case.code))
        self.case = case
        self.measure_id: int | None = None
        self.partner = partner_combo(session, "partner", self.tr("— choose —"))
        self.what = text_box("what", 70)
        self.has_due = named(QCheckBox(self.tr("Has a due date")), "has_due")
        self.has_due.setChecked(True)
        self.due = date_edit(date.today() + timedelta(weeks=2), "due_on")
        self.has_due.toggled.connect(self.due.setEnabled)
        self.add_row("partner", self.tr("Responsible partner"), self.partner)
        self.add_row("what", self.tr("What"), self.what)
        self.add_row("has_due", "", self.has_due)
        self.add_row("due_on", self.tr("Due on"), self.due)

    def save(self) -> None:
        self.measure_id = case_service.add_measure(
            self.session,
            self.case.id,
            self.partner.currentData(),
            self.what.toPlainText(),
            L.from_qdate(self.due.date()) if self.has_due.isChecked() else None,
        )


class MeasureStatusDialog(FormDialog):
    def __init__(
        self, session: Session, measure: MeasureRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("measure_status_dialog")
        self.setWindowTitle(self.tr("Follow up a measure"))
        self.measure = measure
        what = QLabel(measure.what[:500])
        what.setWordWrap(True)
        self.form.addRow(self.tr("Measure"), what)
        self.status = combo("status", [(L.measure_status_label(s), s) for s in MeasureStatus])
        select_data(self.status, MeasureStatus.DONE)
        self.result_text = text_box("result", 70)
        self.result_text.setPlainText(measure.result)
        self.add_row("status", self.tr("Status"), self.status)
        self.add_row("result", self.tr("Result"), self.result_text)

    def save(self) -> None:
        case_service.set_measure_status(
            self.session,
            self.measure.id,
            enum_data(self.status, MeasureStatus) or MeasureStatus.OPEN,
            self.result_text.toPlainText(),
        )


class InformationDialog(FormDialog):
    def __init__(self, session: Session, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("information_dialog")
        self.setWindowTitle(self.tr("New information for case {code}").format(code=case.code))
        self.set_intro(
            self.tr(
                "One item per source partner: items are never merged. Without the source "
                "partner's consent the information is not registered."
            )
        )
        self.case = case
        self.item_id: int | None = None
        self.received_on = date_edit(date.today(), "received_on")
        self.source = partner_combo(session, "source_partner", self.tr("— choose —"))
        self.content = text_box("content", 120)
        self.consent = named(
            QCheckBox(self.tr("The source partner consents to registration")), "consent"
        )
        self.sharing = combo("sharing", [(L.sharing_label(s), s) for s in SharingLevel])
        self.secret = named(QCheckBox(self.tr("Covered by professional secrecy")), "secret")
        self.secret.toggled.connect(self._on_secret_toggled)
        self.not_for_minutes = named(QCheckBox(self.tr("Not for the minutes")), "not_for_minutes")
        self.add_row("received_on", self.tr("Date"), self.received_on)
        self.add_row("source_partner", self.tr("Source partner"), self.source)
        self.add_row("content", self.tr("Content"), self.content)
        self.add_row("consent", "", self.consent)
        self.add_row("sharing", self.tr("Sharing"), self.sharing)
        self.add_row("secret", "", self.secret)
        self.add_row("not_for_minutes", "", self.not_for_minutes)

    def _on_secret_toggled(self, checked: bool) -> None:
        if checked:
            select_data(self.sharing, SharingLevel.CASE_TEAM)
            self.not_for_minutes.setChecked(True)
        self.sharing.setEnabled(not checked)

    def save(self) -> None:
        self.item_id = case_service.add_information(
            self.session,
            self.case.id,
            InformationItem(
                received_on=L.from_qdate(self.received_on.date()),
                source_partner_id=self.source.currentData(),
                content=self.content.toPlainText(),
                consent=self.consent.isChecked(),
                sharing=enum_data(self.sharing, SharingLevel) or SharingLevel.CASE_TEAM,
                secret=self.secret.isChecked(),
                not_for_minutes=self.not_for_minutes.isChecked(),
            ),
        )


class TeamJoinDialog(FormDialog):
    def __init__(self, session: Session, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("team_join_dialog")
        self.setWindowTitle(self.tr("Add a partner to the case team"))
        self.case = case
        self.partner = partner_combo(session, "partner", self.tr("— choose —"))
        self.joined_on = date_edit(date.today(), "joined_on")
        self.add_row("partner", self.tr("Partner"), self.partner)
        self.add_row("joined_on", self.tr("Joined on"), self.joined_on)

    def save(self) -> None:
        partner_id = self.partner.currentData()
        if partner_id is None:
            raise ValidationError({"partner": "required"})
        case_service.join_team(
            self.session, self.case.id, partner_id, L.from_qdate(self.joined_on.date())
        )


class TeamLeaveDialog(FormDialog):
    def __init__(self, session: Session, team_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("team_leave_dialog")
        self.setWindowTitle(self.tr("Partner leaves the case team"))
        self.team_id = team_id
        self.left_on = date_edit(date.today(), "left_on")
        self.add_row("left_on", self.tr("Left on"), self.left_on)

    def save(self) -> None:
        case_service.leave_team(self.session, self.team_id, L.from_qdate(self.left_on.date()))


__all__ = [
    "CaseEditDialog",
    "FlagChangeDialog",
    "FormDialog",
    "IdentityDialog",
    "InformationDialog",
    "MeasureDialog",
    "MeasureStatusDialog",
    "PhaseChangeDialog",
    "SignalIntakeDialog",
    "TeamJoinDialog",
    "TeamLeaveDialog",
    "TriageDialog",
]
