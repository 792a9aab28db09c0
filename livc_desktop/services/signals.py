"""Signals: intake (with the contributing partner's consent), the weighing queue, triage."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from livc_desktop.domain.cases import CaseDraft, NotFound
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.signals import (
    OUTCOME_STATUS,
    SignalIntake,
    SignalStatus,
    Triage,
    TriageOutcome,
)
from livc_desktop.services import cases as case_service
from livc_desktop.services.register import Session
from livc_desktop.storage.case_repo import CaseRepository
from livc_desktop.storage.signal_repo import SignalListQuery, SignalRepository, SignalRow


def _repo(session: Session) -> SignalRepository:
    return SignalRepository(session.register)


def register_signal(session: Session, intake: SignalIntake, today: date | None = None) -> int:
    """Store a signal; without consent only the non-identifying trace (date, channel,
    partner, 'not registered') is stored. Returns the signal id."""
    found = intake.problems(today or date.today())
    if found:
        raise ValidationError(found)
    cases = CaseRepository(session.register)
    if intake.reporter_partner_id is not None and not cases.partner_exists(
        intake.reporter_partner_id
    ):
        raise ValidationError({"reporter": "unknown_partner"})
    if (
        intake.consent
        and intake.reporter_contact_id is not None
        and cases.contact_partner(intake.reporter_contact_id) != intake.reporter_partner_id
    ):
        raise ValidationError({"reporter": "contact_without_partner"})
    record = intake.to_record()
    signal_id = _repo(session).insert(record)
    session.record(
        ChangeKind.SIGNAL_CREATED if record.registered else ChangeKind.SIGNAL_TRACE_CREATED,
        signal_id=signal_id,
    )
    return signal_id


def signals_awaiting(session: Session) -> list[SignalRow]:
    """Signals awaiting weighing, oldest first (for the Signals page and meeting agendas)."""
    return _repo(session).awaiting()


def signal_list_ids(session: Session, query: SignalListQuery) -> list[int]:
    """The Signals page's list as ids, filtered and sorted by SQLite."""
    return _repo(session).list_ids(query)


#: Ids the Signals page asks for at once; the rest come from a worker thread.
FIRST_SCREEN = 200


def signal_list_first(
    session: Session, query: SignalListQuery, limit: int = FIRST_SCREEN
) -> tuple[list[int], bool]:
    """The first `limit` ids of the list, and whether that is all of them (else
    `signal_list_rest` gives every id, on a worker thread)."""
    ids = _repo(session).list_ids(query, limit=limit + 1)
    return ids[:limit], len(ids) <= limit


def signal_list_rest(session: Session, query: SignalListQuery) -> list[int]:
    """Every id of the list, for a worker thread (the session's second connection);
    raises ReadCancelled when a lock came first."""
    return session.read_in_background(lambda s: _repo(s).list_ids(query))


def signals_by_ids(session: Session, ids: Sequence[int]) -> dict[int, SignalRow]:
    """The rows of the signals in view, by id."""
    return _repo(session).rows_by_ids(list(ids))


def count_awaiting(session: Session) -> int:
    return _repo(session).count_awaiting()


#: How many of the most recent signals the Signals page's "recent" view lists.
RECENT_LIMIT = 500


def recent_signals(session: Session, limit: int = RECENT_LIMIT) -> list[SignalRow]:
    return _repo(session).recent(limit)


def signals_of_case(session: Session, case_id: int) -> list[SignalRow]:
    return _repo(session).for_case(case_id)


def get_signal(session: Session, signal_id: int) -> SignalRow:
    row = _repo(session).get(signal_id)
    if row is None:
        raise NotFound(str(signal_id))
    return row


def contacts_of(session: Session, partner_id: int) -> list[tuple[int, str]]:
    return CaseRepository(session.register).contacts_of(partner_id)


def triage(
    session: Session, signal_id: int, decision: Triage, draft: CaseDraft | None = None
) -> int | None:
    """Weigh a signal: it becomes a case (a new one from `draft`, or joins
    `decision.case_id`), is handed to a partner (which, why) or is not retained (why).
    Returns the case id for the CASE outcome."""
    repo = _repo(session)
    row = get_signal(session, signal_id)
    found = decision.problems(row.status)
    if found:
        raise ValidationError(found)
    assert decision.outcome is not None
    cases = CaseRepository(session.register)
    case_id: int | None = None
    with session.register.transaction():
        if decision.outcome is TriageOutcome.CASE:
            if decision.case_id is not None:
                case_service.get_case(session, decision.case_id)
                case_id = decision.case_id
            else:
                case_id = case_service.open_case(
                    session,
                    draft or CaseDraft(opened_on=decision.decided_on, pseudonym=row.person_label),
                )
        elif decision.outcome is TriageOutcome.HANDED_TO_PARTNER:
            assert decision.partner_id is not None
            if not cases.partner_exists(decision.partner_id):
                raise ValidationError({"partner": "unknown_partner"})
        repo.set_triage(
            signal_id,
            OUTCOME_STATUS[decision.outcome],
            decision.decided_on,
            case_id=case_id,
            handed_partner_id=decision.partner_id
            if decision.outcome is TriageOutcome.HANDED_TO_PARTNER
            else None,
            reason=decision.reason,
            meeting_id=decision.meeting_id,
        )
    session.record(ChangeKind.SIGNAL_TRIAGED, signal_id=signal_id, outcome=decision.outcome.value)
    return case_id


def counts_by_status(session: Session) -> dict[SignalStatus, int]:
    return _repo(session).counts_by_status()
