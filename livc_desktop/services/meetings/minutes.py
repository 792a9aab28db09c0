"""The minutes lifecycle: the printable content (the one redaction gate of
domain/meetings.py), finalising, approval at a later meeting and numbered addenda."""

from __future__ import annotations

from datetime import date

from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import LivcError, ValidationError
from livc_desktop.domain.meetings import (
    Meeting,
    MinutesState,
    check_addendum,
    check_approve,
    check_finalise,
    text_problems,
)
from livc_desktop.domain.minutes import (
    MinutesContent,
    MinutesSource,
    addendum_hash,
    content_hash,
    printable_minutes,
    redact_content,
)
from livc_desktop.services import cases
from livc_desktop.services.meetings.planning import get_meeting, repo
from livc_desktop.services.meetings.running import redactor
from livc_desktop.services.session import Session


# -- minutes ---------------------------------------------------------------------------------
def minutes_source(session: Session, meeting_id: int, *, identities: bool = True) -> MinutesSource:
    """What the minutes are made of. `identities=False` leaves the register's identities
    out: only for a caller that passes `redactor(session)` to printable_minutes itself."""
    meeting = get_meeting(session, meeting_id)
    r = repo(session)
    items = r.items(meeting_id)
    decisions = r.decisions(meeting_id)
    case_ids = [i.case_id for i in items if i.case_id is not None]
    case_ids += [d.case_id for d in decisions]
    if meeting.case_id is not None:
        case_ids.append(meeting.case_id)
    return MinutesSource(
        meeting=meeting,
        municipalities=session.profile().municipalities,
        items=items,
        notes=r.notes(meeting_id),
        actions=r.actions(meeting_id),
        decisions=decisions,
        attendance=r.attendance(meeting_id),
        guests=r.guests(meeting_id),
        case_codes=r.case_codes(case_ids),
        identities=cases.identity_records(session) if identities else [],
        agenda_as_sent=r.agenda_as_sent(meeting_id),
        next_meeting=r.next_after(meeting),
    )


def minutes_content(session: Session, meeting_id: int) -> MinutesContent:
    """The printable content: the frozen snapshot once finalised, else built live."""
    frozen = repo(session).frozen_content(meeting_id)
    if frozen is not None:
        # Redacted when frozen; a second pass with today's register can only blank more.
        return redact_content(MinutesContent.from_dict(frozen), redactor(session))
    return _printable(session, meeting_id)


def _printable(session: Session, meeting_id: int) -> MinutesContent:
    """printable_minutes with the register's kept redactor (running.redactor), rather than
    one built from identities read again for every meeting shown."""
    src = minutes_source(session, meeting_id, identities=False)
    return printable_minutes(src, redactor=redactor(session))


def finalise_refusal(
    session: Session, meeting_id: int, today: date | None = None
) -> LivcError | None:
    """Why these minutes cannot be finalised now (the error `finalise` would raise), or
    None: the screen asks "finalise?" only when the answer can be yes."""
    try:
        check_finalise(get_meeting(session, meeting_id), today or date.today())
    except LivcError as exc:
        return exc
    return None


def finalise(session: Session, meeting_id: int) -> str:
    meeting = get_meeting(session, meeting_id)
    check_finalise(meeting, date.today())
    content = _printable(session, meeting_id)
    digest = content_hash(content)
    repo(session).freeze(meeting_id, content.to_dict(), digest)
    session.record(ChangeKind.MINUTES_FINALISED, meeting_id=meeting_id)
    return digest


def verify_frozen(session: Session, meeting_id: int) -> bool:
    """True when the frozen content still matches its recorded hash."""
    meeting = get_meeting(session, meeting_id)
    frozen = repo(session).frozen_content(meeting_id)
    if frozen is None:
        return False
    return content_hash(MinutesContent.from_dict(frozen)) == meeting.content_hash


def approve(
    session: Session, meeting_id: int, approving_meeting_id: int, remarks: str = ""
) -> None:
    meeting = get_meeting(session, meeting_id)
    approving = get_meeting(session, approving_meeting_id)
    check_approve(meeting, approving, date.today())
    # Remarks may name a person concerned: stored redacted, like everything printed.
    clean = redactor(session)(remarks.strip(), _meeting_cases(session, meeting_id))
    repo(session).approve(meeting_id, approving_meeting_id, approving.on_date, clean)
    session.record(
        ChangeKind.MINUTES_APPROVED, meeting_id=meeting_id, by_meeting_id=approving_meeting_id
    )


def add_addendum(session: Session, meeting_id: int, text: str) -> int:
    """A numbered correction to finalised minutes (never a silent edit)."""
    if not text.strip():
        raise ValidationError({"text": "required"})
    found = text_problems(text)
    if found:
        raise ValidationError(found)
    meeting = get_meeting(session, meeting_id)
    check_addendum(meeting)
    r = repo(session)
    previous = r.addenda(meeting_id)
    chain = previous[-1].content_hash if previous else meeting.content_hash
    number = len(previous) + 1
    # An addendum is printed with the minutes: stored redacted (identity terms blanked).
    clean = redactor(session)(text.strip(), _meeting_cases(session, meeting_id))
    r.add_addendum(meeting_id, clean, addendum_hash(chain, number, clean))
    session.record(ChangeKind.MINUTES_ADDENDUM_CREATED, meeting_id=meeting_id, number=number)
    return number


def _meeting_cases(session: Session, meeting_id: int) -> list[int | str]:
    """Ids and codes of the cases a meeting dealt with (their lone names are blanked in
    texts about the meeting as a whole, such as addenda)."""
    meeting = get_meeting(session, meeting_id)
    r = repo(session)
    ids = {i.case_id for i in r.items(meeting_id) if i.case_id is not None}
    if meeting.case_id is not None:
        ids.add(meeting.case_id)
    return [*ids, *r.case_codes(sorted(ids)).values()]


def previous_minutes_awaiting_approval(session: Session, meeting_id: int) -> Meeting | None:
    meeting = get_meeting(session, meeting_id)
    prev = repo(session).previous_before(meeting)
    if prev is not None and prev.minutes_state is MinutesState.FINALISED:
        return prev
    return None
