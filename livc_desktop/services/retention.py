"""Retention, purge and data-subject requests (GDPR art. 5(1)(e), 15, 17; DPIA support).

- `cases_due(session, today)`: cases proposed for review, each with a reason code;
- `purge_case(session, case_id, reason_code)`: the case and everything about it in one
  transaction with the trail's purge entry (code, date, reason), then VACUUM;
- `find_person(session, text)` / `subject_access(session, case_id)`: what the register holds
  on one person, for the municipality's answer to an access request;
- `processing_facts(session)`: counts and settings for the record of processing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from livc_desktop.domain.cases import Identity, NotFound
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.retention import (
    DEFAULT_MONTHS_AFTER_CLOSURE,
    SETTINGS_KEY,
    PurgeReason,
    RetentionDue,
    clamp_months,
)
from livc_desktop.domain.retention import cases_due as due_rule
from livc_desktop.services import audit, handover
from livc_desktop.services import cases as case_service
from livc_desktop.services.exports import save_export
from livc_desktop.services.register import Session
from livc_desktop.storage.case_repo import CaseRepository
from livc_desktop.storage.case_rows import (
    CaseRow,
    CooperationRow,
    FlagEntry,
    InfoRow,
    MeasureRow,
    PhaseEntry,
    TeamRow,
)
from livc_desktop.storage.connection import KDF_ITER, read_params
from livc_desktop.storage.retention_repo import PurgeCounts, RetentionRepository

log = logging.getLogger(__name__)

__all__ = [
    "CATEGORIES",
    "MeetingMention",
    "ProcessingFacts",
    "PurgeCounts",
    "SubjectAccess",
    "cases_due",
    "find_person",
    "months_after_closure",
    "processing_facts",
    "purge_case",
    "purge_preview",
    "save_processing_record",
    "save_subject_access",
    "set_months_after_closure",
    "subject_access",
]


def _repo(session: Session) -> RetentionRepository:
    return RetentionRepository(session.register)


# -- settings ----------------------------------------------------------------------------
def months_after_closure(session: Session) -> int:
    """The house rule: months a closed case is kept before it is proposed for purge."""
    return clamp_months(session.settings.get(SETTINGS_KEY, DEFAULT_MONTHS_AFTER_CLOSURE))


def set_months_after_closure(session: Session, months: int) -> None:
    """Stored in the register's settings (the trail records the change by key)."""
    session.settings.set(SETTINGS_KEY, clamp_months(months))


# -- retention ---------------------------------------------------------------------------
def cases_due(session: Session, today: date | None = None) -> list[RetentionDue]:
    day = today or date.today()
    return due_rule(_repo(session).case_facts(), day, months_after_closure(session))


def purge_preview(session: Session, case_id: int) -> PurgeCounts:
    """What `purge_case` would remove (counts only), for the confirmation."""
    repo = _repo(session)
    if repo.case_code(case_id) is None:
        raise NotFound(str(case_id))
    return repo.purge_counts(case_id)


def purge_case(session: Session, case_id: int, reason_code: str) -> PurgeCounts:
    """Delete the case with everything about it; the trail keeps code, date and reason."""
    try:
        reason = PurgeReason(reason_code)
    except ValueError:
        raise ValidationError({"reason": "invalid"}) from None
    repo = _repo(session)
    with session.register.transaction():
        code = repo.case_code(case_id)
        if code is None:
            raise NotFound(str(case_id))
        # Names typed in draft meeting texts go before the identity that names them.
        handover.scrub_meeting_texts(session, case_id)
        counts = repo.purge(case_id)
        audit.record_purge(session, code, reason.value)
    if not repo.vacuum():
        log.warning("VACUUM after a purge did not run; it runs again after the next purge")
    return counts


# -- data-subject access -----------------------------------------------------------------
def find_person(session: Session, text: str) -> list[tuple[int, str]]:
    """Search the identity names (an explicit, recorded action): (case id, code)."""
    found = _repo(session).find_by_name(text)
    session.record(ChangeKind.IDENTITY_SEARCHED, matches=len(found))
    return found


@dataclass
class MeetingMention:
    on_date: date
    minutes_state: str
    withheld: str  # "", "off_record" or "secret": the content is not shown
    notes: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)
    actions: list[tuple[str, str]] = field(default_factory=list)  # (what, due)


@dataclass
class SubjectAccess:
    """Everything the register holds on the person of one case (no other person's data:
    signal reporters, meeting attendees and action owners are left out)."""

    case: CaseRow
    identity: Identity | None
    flags: list[FlagEntry]
    phases: list[PhaseEntry]
    measures: list[MeasureRow]
    information: list[InfoRow]
    team: list[TeamRow]
    cooperation: list[CooperationRow]
    signals: list[Any]
    decisions: list[Any]
    meetings: list[MeetingMention]


def subject_access(session: Session, case_id: int) -> SubjectAccess:
    """Read (without recording: `save_subject_access` records the export)."""
    cases = CaseRepository(session.register)
    case = case_service.get_case(session, case_id)
    repo = _repo(session)
    meetings = []
    for row in repo.meeting_mentions(case_id):
        withheld = "off_record" if row["off_record"] else ""
        mention = MeetingMention(
            date.fromisoformat(row["on_date"]), str(row["minutes_state"]), withheld
        )
        if not withheld:
            mention.notes = [
                (str(n["kind"]), str(n["text"])) for n in repo.item_notes(row["item_id"])
            ]
            mention.actions = [
                (str(a["what"]), str(a["due_on"])) for a in repo.item_actions(row["item_id"])
            ]
        meetings.append(mention)
    return SubjectAccess(
        case=case,
        identity=cases.identity(case_id),
        flags=cases.flag_history(case_id),
        phases=cases.phase_history(case_id),
        measures=cases.measures(case_id),
        information=cases.info_items(case_id),
        team=cases.team(case_id),
        cooperation=cases.cooperation(case_id),
        signals=repo.signals_of(case_id),
        decisions=repo.case_decisions(case_id),
        meetings=meetings,
    )


def save_subject_access(
    session: Session, case_id: int, target: Path, pdf: bytes | Callable[[], bytes]
) -> None:
    """Build (when given a builder), save and record the data-subject access PDF."""
    code = _repo(session).case_code(case_id) or ""
    save_export(session, target, pdf, kind="subject_access", case_id=case_id, case_code=code)


# -- record of processing ----------------------------------------------------------------
@dataclass(frozen=True)
class ProcessingFacts:
    counts: dict[str, int]  # category code -> rows
    months_after_closure: int
    review_weeks: int
    partners: list[tuple[str, str, str, int, bool]]
    trail_entries: int
    last_backup: str
    kdf_iter: int


# Category code -> (table, filter). Codes are translated by the UI.
CATEGORIES: dict[str, tuple[str, str]] = {
    "cases_open": ("case_file", "phase <> 'closed'"),
    "cases_closed": ("case_file", "phase = 'closed'"),
    "identities": ("case_identity", ""),
    "information_items": ("info_item", ""),
    "secret_items": ("info_item", "secret = 1"),
    "flag_decisions": ("case_flag_change", ""),
    "phase_changes": ("case_phase_change", ""),
    "measures": ("measure", ""),
    "case_teams": ("case_team", ""),
    "cooperation": ("case_cooperation", ""),
    "signals": ("signal", "registered = 1"),
    "signal_traces": ("signal", "registered = 0"),
    "meetings": ("meeting", ""),
    "finalised_minutes": ("meeting", "minutes_state <> 'draft'"),
    "attendance": ("attendance", ""),
    "guests": ("meeting_guest", ""),
    "partners": ("partner", ""),
    "contacts": ("partner_contact", ""),
    "trail_entries": ("audit_entry", ""),
}


def processing_facts(session: Session) -> ProcessingFacts:
    repo = _repo(session)
    counts = {code: repo.count(table, where) for code, (table, where) in CATEGORIES.items()}
    last = session.settings.get("backup.last_good", None)
    last_text = str(last.get("created", "")) if isinstance(last, dict) else ""
    return ProcessingFacts(
        counts=counts,
        months_after_closure=months_after_closure(session),
        review_weeks=case_service.review_weeks(session),
        partners=repo.partner_summary(),
        trail_entries=counts["trail_entries"],
        last_backup=last_text,
        kdf_iter=read_params(session.path) or KDF_ITER,
    )


def save_processing_record(
    session: Session, target: Path, pdf: bytes | Callable[[], bytes]
) -> None:
    """Build (when given a builder), save and record the record of processing."""
    save_export(session, target, pdf, kind="processing_record")
