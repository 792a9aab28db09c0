"""Meeting documents: minutes, case extract, invitation, attendance sheet and calendar
file, their writing and their distribution list."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from livc_desktop.domain.cell import language_tag
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.meetings import (
    DocumentKind,
    Meeting,
    MeetingNotFound,
    MinutesState,
)
from livc_desktop.domain.minutes import (
    MinutesContent,
    PrintedAttendee,
    extract_of,
    printable_agenda,
    printable_minutes,
)
from livc_desktop.services.meetings.minutes import _meeting_cases, minutes_content, minutes_source
from livc_desktop.services.meetings.planning import feedback_repo, get_meeting, repo
from livc_desktop.services.meetings.running import redactor
from livc_desktop.services.session import Session

if TYPE_CHECKING:
    from livc_desktop.reports.minutes import DocumentInfo

# The report builders (reportlab) are imported when a document is made: the program
# must start without them.


# -- documents -------------------------------------------------------------------------------
@dataclass
class Labels:
    """Translated words a caller (GUI or CLI) hands over for documents."""

    words: Mapping[str, str]
    kinds: Mapping[str, str]
    tables: Mapping[str, str]
    codes: Mapping[str, str]
    roles: Mapping[str, str]
    language: str = "en"
    # ISO date -> the document language's way of writing it (None: ISO as is).
    format_date: Callable[[str], str] | None = None


def _info(session: Session, labels: Labels, meeting: Meeting | None, **kw: Any) -> DocumentInfo:
    from livc_desktop.reports import minutes as minutes_report

    missing = minutes_report.missing_labels(labels.words)
    if missing:
        raise ValueError(f"labels missing: {missing}")
    r = repo(session)
    extra: dict[str, Any] = {}
    if meeting is not None and meeting.minutes_state is not MinutesState.DRAFT:
        # Stored redacted; passed again with today's register (can only blank more).
        clean, cases = redactor(session), _meeting_cases(session, meeting.id)
        extra = {
            "finalised_on": meeting.finalised_at.replace("T", " ")[:16],
            "content_hash": meeting.content_hash,
            "approved_on": meeting.approved_on.isoformat() if meeting.approved_on else "",
            "approval_remarks": clean(meeting.approval_remarks, cases),
            "addenda": [replace(a, text=clean(a.text, cases)) for a in r.addenda(meeting.id)],
        }
    return minutes_report.DocumentInfo(
        labels=labels.words,
        language=language_tag(labels.language),
        author=session.profile().officer_name,
        kinds=labels.kinds,
        tables=labels.tables,
        codes=labels.codes,
        roles=labels.roles,
        format_date=labels.format_date,
        draft=meeting is not None and meeting.minutes_state is MinutesState.DRAFT,
        **{**extra, **kw},
    )


def minutes_pdf(session: Session, meeting_id: int, labels: Labels) -> bytes:
    """The minutes PDF, identical from GUI and CLI; DRAFT watermark until finalised."""
    meeting = get_meeting(session, meeting_id)
    content = minutes_content(session, meeting_id)
    from livc_desktop.reports import minutes as minutes_report

    return minutes_report.minutes_pdf(content, _info(session, labels, meeting))


def _case_code(session: Session, meeting_id: int, case_id: int) -> str:
    code = repo(session).case_codes([case_id]).get(case_id, "")
    if not code:
        sheet = feedback_repo(session).feedback_sheet(meeting_id, case_id)
        code = str(sheet["case_code"]) if sheet else ""
    if not code:
        raise MeetingNotFound(f"case {case_id}")
    return code


def extract_pdf(session: Session, meeting_id: int, case_id: int, labels: Labels) -> bytes:
    """A case-team extract: that case's items, cut from the same printable content as the
    minutes (frozen once finalised). Secret-covered content is not in it either: it stays
    in the case file."""
    meeting = get_meeting(session, meeting_id)
    code = _case_code(session, meeting_id, case_id)
    content = extract_of(minutes_content(session, meeting_id), code)
    info = _info(session, labels, meeting, case_code=code)
    # An extract is its own document: not the frozen minutes' hash or addenda.
    info = replace(info, content_hash="", addenda=())
    from livc_desktop.reports import minutes as minutes_report

    return minutes_report.minutes_pdf(content, info)


def _invitees(session: Session, meeting_id: int) -> list[PrintedAttendee]:
    return [
        PrintedAttendee(e.name, e.organisation, e.role)
        for e in repo(session).attendance(meeting_id)
    ]


def _preparation_content(session: Session, meeting_id: int) -> MinutesContent:
    """Invitation and attendance sheet: the current agenda, redacted with every identity
    of the register; once the minutes are finalised, their frozen content."""
    if repo(session).frozen_content(meeting_id) is not None:
        return minutes_content(session, meeting_id)
    src = minutes_source(session, meeting_id)
    src.agenda_as_sent = None  # the current agenda
    return printable_minutes(src)


def invitation_pdf(session: Session, meeting_id: int, labels: Labels) -> bytes:
    get_meeting(session, meeting_id)
    content = _preparation_content(session, meeting_id)
    from livc_desktop.reports import minutes as minutes_report

    return minutes_report.invitation_pdf(
        content, _invitees(session, meeting_id), _info(session, labels, None)
    )


def attendance_sheet_pdf(session: Session, meeting_id: int, labels: Labels) -> bytes:
    get_meeting(session, meeting_id)
    content = _preparation_content(session, meeting_id)
    from livc_desktop.reports import minutes as minutes_report

    return minutes_report.attendance_sheet_pdf(
        content, _invitees(session, meeting_id), _info(session, labels, None)
    )


def mark_agenda_sent(session: Session, meeting_id: int) -> None:
    """Freeze the agenda "as sent" (the minutes print this one, even if items move later)."""
    meeting = get_meeting(session, meeting_id)
    src = minutes_source(session, meeting_id)
    lines = printable_agenda(src.items, src.case_codes, meeting.start_time, redactor(session))
    repo(session).mark_agenda_sent(meeting_id, lines)
    session.record(ChangeKind.AGENDA_SENT, meeting_id=meeting_id)


def ics_bytes(session: Session, meeting_id: int, summary: str, *, minutes: int = 0) -> bytes:
    """An iCalendar file for one meeting (summary is translated by the caller). Nothing
    about cases goes in: only table, date, time and place."""
    from icalendar import Calendar, Event

    meeting = get_meeting(session, meeting_id)
    items = repo(session).items(meeting_id)
    start_clock = meeting.start_time or "09:00"
    start = datetime.fromisoformat(f"{meeting.on_date}T{start_clock}:00")
    # The meeting's own end time is what partners block in their calendars; the agenda's
    # planned minutes only estimate it when no end time was set.
    end_clock = meeting.end_time if meeting.end_time > start_clock else ""
    if minutes:
        duration = minutes
    elif end_clock:
        end = datetime.fromisoformat(f"{meeting.on_date}T{end_clock}:00")
        duration = int((end - start).total_seconds() // 60)
    else:
        duration = sum(i.planned_minutes for i in items) or 60
    cal = Calendar()
    cal.add("prodid", "-//LIVC Desktop//meetings//EN")
    cal.add("version", "2.0")
    event = Event()
    event.add(
        "uid", f"livc-meeting-{meeting.id}-{uuid.uuid5(uuid.NAMESPACE_URL, str(session.path))}"
    )
    event.add("dtstamp", datetime.now().replace(microsecond=0))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=duration))
    event.add("summary", summary)
    if meeting.place:
        event.add("location", meeting.place)
    event.add("class", "CONFIDENTIAL")
    cal.add_component(event)
    return bytes(cal.to_ical())


# -- distribution -----------------------------------------------------------------
def _iso_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def record_distribution(
    session: Session,
    meeting_id: int,
    document: DocumentKind,
    recipients: Sequence[tuple[str, int | None]],
    *,
    data: bytes = b"",
    case_id: int | None = None,
    sent_on: str = "",
) -> list[int]:
    """Who received which document and when (recipients: (name, partner id))."""
    if sent_on and not _iso_day(sent_on[:10]):
        raise ValidationError({"sent_on": "invalid_date"})
    digest = hashlib.sha256(data).hexdigest() if data else ""
    r = repo(session)
    ids = []
    with session.register.transaction():
        for name, partner_id in recipients:
            if not name.strip():
                continue
            ids.append(
                r.add_distribution(
                    meeting_id,
                    document.value,
                    name.strip(),
                    partner_id=partner_id,
                    case_id=case_id,
                    content_hash=digest,
                    sent_at=sent_on,
                )
            )
    session.record(ChangeKind.DISTRIBUTION_RECORDED, meeting_id=meeting_id, document=document.value)
    return ids


def distribution(session: Session, meeting_id: int) -> list[dict[str, Any]]:
    return repo(session).distribution(meeting_id)
