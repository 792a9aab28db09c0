"""Signals: intake with a low threshold, the contributing partner's consent, triage
(domain.md, "Signals and how they arrive", "Professional secrecy")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from livc_desktop.domain.cases import MAX_SHORT, MAX_TEXT

# Initials ("Z.T.") or a pseudonym ("Vogel"): short on purpose, so a full name with
# address does not fit in by habit.
MAX_PERSON_LABEL = 40


class Channel(StrEnum):
    REGISTRATION_FORM = "registration_form"
    EMAIL = "email"
    PHONE = "phone"
    INFORMAL = "informal"
    SIGNALLING_CONSULTATION = "signalling_consultation"  # social partners only
    LTF_SHEET = "ltf_sheet"  # the Local Task Force's information sheet
    NEIGHBOURING_LIVC = "neighbouring_livc"
    OTHER = "other"


class Urgency(StrEnum):
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class SignalStatus(StrEnum):
    AWAITING = "awaiting"  # in the queue for weighing
    CASE = "case"  # became (or joined) a case
    HANDED_TO_PARTNER = "handed_to_partner"
    NOT_RETAINED = "not_retained"
    NOT_REGISTERED = "not_registered"  # no consent: a non-identifying trace only


class TriageOutcome(StrEnum):
    CASE = "case"
    HANDED_TO_PARTNER = "handed_to_partner"
    NOT_RETAINED = "not_retained"


OUTCOME_STATUS: dict[TriageOutcome, SignalStatus] = {
    TriageOutcome.CASE: SignalStatus.CASE,
    TriageOutcome.HANDED_TO_PARTNER: SignalStatus.HANDED_TO_PARTNER,
    TriageOutcome.NOT_RETAINED: SignalStatus.NOT_RETAINED,
}


def _blank(text: str | None) -> bool:
    return not (text or "").strip()


@dataclass
class SignalIntake:
    """The intake form. The minimum is date, channel, reporter and what was observed."""

    received_on: date | None
    channel: Channel | None
    observed: str = ""
    consent: bool = False
    reporter_partner_id: int | None = None
    reporter_contact_id: int | None = None
    reporter_name: str = ""  # an outside person
    reporter_contact: str = ""  # the outside person's phone / e-mail
    person_label: str = ""  # initials or pseudonym, never the full identity
    urgency: Urgency = Urgency.NORMAL

    def problems(self, today: date | None = None) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.received_on is None:
            found["received_on"] = "required"
        elif today is not None and self.received_on > today:
            found["received_on"] = "in_future"
        if self.channel is None:
            found["channel"] = "required"
        if self.reporter_partner_id is None and _blank(self.reporter_name):
            found["reporter"] = "required"
        if len(self.reporter_name) > MAX_SHORT or len(self.reporter_contact) > MAX_SHORT:
            found["reporter"] = "too_long"
        if self.reporter_contact_id is not None and self.reporter_partner_id is None:
            found["reporter"] = "contact_without_partner"
        # Without consent nothing but the trace is kept, so the details are not checked.
        if self.consent:
            if _blank(self.observed):
                found["observed"] = "required"
            elif len(self.observed) > MAX_TEXT:
                found["observed"] = "too_long"
            if len(self.person_label) > MAX_PERSON_LABEL:
                found["person_label"] = "too_long"
        return found

    def to_record(self) -> SignalRecord:
        """What may be stored. Without the contributing partner's consent only a
        non-identifying trace remains: date, channel, partner, 'not registered'."""
        assert self.received_on is not None and self.channel is not None
        if not self.consent:
            return SignalRecord(
                received_on=self.received_on,
                channel=self.channel,
                registered=False,
                status=SignalStatus.NOT_REGISTERED,
                reporter_partner_id=self.reporter_partner_id,
            )
        return SignalRecord(
            received_on=self.received_on,
            channel=self.channel,
            registered=True,
            status=SignalStatus.AWAITING,
            reporter_partner_id=self.reporter_partner_id,
            reporter_contact_id=self.reporter_contact_id,
            reporter_name=self.reporter_name.strip(),
            reporter_contact=self.reporter_contact.strip(),
            observed=self.observed,
            person_label=" ".join(self.person_label.split()),
            urgency=self.urgency,
        )


@dataclass(frozen=True)
class SignalRecord:
    """A signal as stored."""

    received_on: date
    channel: Channel
    registered: bool
    status: SignalStatus
    reporter_partner_id: int | None = None
    reporter_contact_id: int | None = None
    reporter_name: str = ""
    reporter_contact: str = ""
    observed: str = ""
    person_label: str = ""
    urgency: Urgency = Urgency.NORMAL

    def content_fields(self) -> dict[str, object]:
        """The fields that identify or describe; all empty for a trace."""
        return {
            "reporter_contact_id": self.reporter_contact_id,
            "reporter_name": self.reporter_name,
            "reporter_contact": self.reporter_contact,
            "observed": self.observed,
            "person_label": self.person_label,
        }


@dataclass(frozen=True)
class Triage:
    """The outcome of weighing a signal: one is required."""

    outcome: TriageOutcome | None
    decided_on: date
    case_id: int | None = None  # join an existing case; None with CASE = open a new one
    partner_id: int | None = None  # handed to which partner
    reason: str = ""
    meeting_id: int | None = None

    def problems(self, status: SignalStatus) -> dict[str, str]:
        found: dict[str, str] = {}
        if status is not SignalStatus.AWAITING:
            found["outcome"] = "already_triaged"
            return found
        if self.outcome is None:
            found["outcome"] = "required"
        elif self.outcome is TriageOutcome.HANDED_TO_PARTNER:
            if self.partner_id is None:
                found["partner"] = "required"
            if _blank(self.reason):
                found["reason"] = "required"
        elif self.outcome is TriageOutcome.NOT_RETAINED and _blank(self.reason):
            found["reason"] = "required"
        if len(self.reason) > MAX_TEXT:
            found["reason"] = "too_long"
        return found
