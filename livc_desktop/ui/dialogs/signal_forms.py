"""The forms of signals: the low-threshold intake and the weighing (triage). Each validates
in the domain through its service and shows the translated problem under its field."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.cases import (
    CaseDraft,
    Phase,
)
from livc_desktop.domain.signals import Channel, SignalIntake, Triage, TriageOutcome, Urgency
from livc_desktop.services import cases as case_service
from livc_desktop.services import signals as signal_service
from livc_desktop.services.session import Session
from livc_desktop.storage.signal_repo import SignalRow
from livc_desktop.ui import case_labels as L
from livc_desktop.ui import dates
from livc_desktop.ui.case_labels import named
from livc_desktop.ui.dialogs.form_fields import (
    RegisterForm,
    combo,
    date_edit,
    enum_data,
    partner_combo,
    text_box,
)
from livc_desktop.ui.privacy import guard_identity_field, privacy_mode


class SignalIntakeDialog(RegisterForm):
    """The low-threshold intake: date, channel, reporter and what was observed."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        proposed: SignalIntake | None = None,
    ) -> None:
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
        self.form.addRow(self.consent_note)
        self.add_row("observed", self.tr("What was observed"), self.observed)
        self.add_row("person_label", self.tr("Person concerned"), self.person_label)
        self.add_row("urgency", self.tr("Urgency"), self.urgency)
        self._on_partner_changed()
        self._on_consent_toggled(False)
        if proposed is not None:
            self._show_proposed(proposed)

    def _show_proposed(self, proposed: SignalIntake) -> None:
        """A signal read from a filled reporting form, for review before it is saved; the
        consent box is the reporter's own answer on the form."""
        self.set_intro(
            self.tr(
                "Read from a filled reporting form. Check every field before saving; "
                "nothing is stored until you press OK."
            )
        )
        if proposed.received_on is not None:
            self.received_on.setDate(dates.to_qdate(proposed.received_on))
        if proposed.channel is not None:
            self.channel.setCurrentIndex(max(0, self.channel.findData(proposed.channel)))
        self.reporter_name.setText(proposed.reporter_name)
        self.reporter_contact.setText(proposed.reporter_contact)
        self.observed.setPlainText(proposed.observed)
        self.consent.setChecked(proposed.consent)
        self._on_consent_toggled(proposed.consent)

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
            received_on=dates.from_qdate(self.received_on.date()),
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


class TriageDialog(RegisterForm):
    """Weighing a signal: one outcome is required."""

    def __init__(self, session: Session, signal: SignalRow, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("triage_dialog")
        self.setWindowTitle(self.tr("Weigh signal"))
        self.signal = signal
        self.case_id: int | None = None
        summary = QLabel(
            self.tr("Received {date} via {channel}.").format(
                date=dates.format_date(signal.received_on), channel=L.channel_label(signal.channel)
            )
        )
        summary.setWordWrap(True)
        self.observed_summary = QLabel()
        self.observed_summary.setWordWrap(True)
        self.observed_summary.setObjectName("observed_summary")
        self._show_observed(privacy_mode().enabled)
        privacy_mode().changed.connect(self._show_observed)
        self.form.addRow(summary)
        self.form.addRow(self.observed_summary)
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

    def _show_observed(self, _enabled: bool) -> None:
        with contextlib.suppress(RuntimeError):  # the dialog may already be gone
            self.observed_summary.setText(privacy_mode().mask(self.signal.observed[:1000]))

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
        decided_on = dates.from_qdate(self.decided_on.date())
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
