"""Where a case change reaches into meetings: a hand-over (black flag), an identity change
and a purge erase or replace the identity that tells every printed text which words to
blank. So the identity is blanked from the stored meeting texts that are not frozen
first, in the same transaction as the change. This service sits above both features:
cases never imports meetings, meetings reach cases through the cases service."""

from __future__ import annotations

from datetime import date

from livc_desktop.domain.cases import Flag, Identity
from livc_desktop.services import cases
from livc_desktop.services.meetings.running import scrub_identity
from livc_desktop.services.session import Session


def scrub_meeting_texts(session: Session, case_id: int) -> None:
    """Blank this case's current identity from meeting texts that are not frozen. Frozen
    minutes need nothing: they were redacted with every identity of the register when
    they were finalised."""
    for record in cases.identity_records(session, [case_id]):
        scrub_identity(session, record)


def change_flag(
    session: Session,
    case_id: int,
    flag: Flag,
    justification: str,
    next_review: date | None,
    decided_by_meeting_id: int | None = None,
    decided_by_person: str = "",
    *,
    decided_on: date | None = None,
    handed_to: str = "",
    handed_on: date | None = None,
) -> int:
    """`cases.change_flag`; a black flag hands the case over and erases its identity, so
    the meeting texts are blanked first (a refused change rolls that back too)."""
    with session.register.transaction():
        if Flag(flag) is Flag.BLACK:
            scrub_meeting_texts(session, case_id)
        return cases.change_flag(
            session,
            case_id,
            flag,
            justification,
            next_review,
            decided_by_meeting_id,
            decided_by_person,
            decided_on=decided_on,
            handed_to=handed_to,
            handed_on=handed_on,
        )


def save_identity(session: Session, case_id: int, identity: Identity) -> None:
    """`cases.save_identity`: the old name stops being an identity term, so it is blanked
    from the meeting texts where it was typed first."""
    with session.register.transaction():
        scrub_meeting_texts(session, case_id)
        cases.save_identity(session, case_id, identity)
