"""Meetings: preparation, the live run and the minutes' lifecycle (domain.md, "Meetings").

Plain data and rules: records as stored, validation, series dates, the agenda's timing
and the minutes' state machine. What may be printed lives in domain/minutes.py."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from livc_desktop.domain.cases import Flag, Phase
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.errors import ExitCode, LivcError

MAX_TITLE = 300
MAX_TEXT = 200_000  # a 500-page note is refused long before it reaches a PDF
MAX_DURATION = 600
DEFAULT_DURATION = 10
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class MinutesState(StrEnum):
    DRAFT = "draft"
    FINALISED = "finalised"
    APPROVED = "approved"


class Recurrence(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    CUSTOM = "custom"  # every N days


class ItemKind(StrEnum):
    OPENING = "opening"
    APPROVE_MINUTES = "approve_minutes"
    FOLLOW_UP = "follow_up"  # follow-up of open actions
    CASE = "case"
    SIGNAL = "signal"  # new signal awaiting weighing
    GENERAL = "general"  # general / policy item
    AOB = "aob"  # any other business


STANDARD_FIRST_ITEMS: tuple[ItemKind, ...] = (
    ItemKind.OPENING,
    ItemKind.APPROVE_MINUTES,
    ItemKind.FOLLOW_UP,
)


class Attendance(StrEnum):
    INVITED = "invited"  # nothing recorded yet
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"  # absent without notice


class NoteKind(StrEnum):
    ACCOUNT = "account"  # concise account of the discussion
    DECISION = "decision"


class DecisionKind(StrEnum):
    FLAG = "flag"
    PHASE = "phase"


class DocumentKind(StrEnum):
    INVITATION = "invitation"
    ATTENDANCE_SHEET = "attendance_sheet"
    CALENDAR = "calendar"
    MINUTES = "minutes"
    EXTRACT = "extract"
    FEEDBACK = "feedback"


class MinutesLocked(LivcError):
    """Finalised minutes are frozen: corrections become numbered addenda. `detail` says
    which rule was hit (not_draft, still_draft, approve_at_later_meeting, frozen...)."""

    code = "minutes_frozen"
    exit_code = ExitCode.USAGE


class MeetingNotHeld(LivcError):
    """Minutes are finalised (and approved) only for a meeting that has taken place."""

    code = "meeting_not_held"
    exit_code = ExitCode.USAGE


class AppliedToCase(LivcError):
    """An agenda item or action whose decision or measure was applied to a case cannot be
    deleted: deleting it would not undo the case change."""

    code = "applied_to_case"
    exit_code = ExitCode.USAGE


class DecideInCaseFile(LivcError):
    """A hand-over (black flag) or closing a case needs fields the meeting screen does not
    ask for: it is recorded in the case file, with this meeting as its source."""

    code = "decide_in_case_file"
    exit_code = ExitCode.USAGE


class MeetingNotFound(LivcError):
    code = "meeting_not_found"
    exit_code = ExitCode.USAGE


class FeedbackNeedsConsensus(LivcError):
    """The feedback sheet to the police needs every participant's recorded consent."""

    code = "feedback_needs_consensus"
    exit_code = ExitCode.USAGE


# -- records as stored ---------------------------------------------------------------------
@dataclass
class Meeting:
    id: int
    table_kind: TableKind
    on_date: date
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    chair: str = ""
    minute_taker: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    minutes_state: MinutesState = MinutesState.DRAFT
    series_id: int | None = None
    case_id: int | None = None  # the case of a case-team meeting
    content_hash: str = ""
    finalised_at: str = ""
    approved_on: date | None = None
    approved_by_meeting_id: int | None = None
    approval_remarks: str = ""
    agenda_sent_at: str = ""


@dataclass
class AgendaItem:
    id: int
    meeting_id: int
    position: int
    kind: ItemKind
    title: str = ""
    case_id: int | None = None
    case_code: str = ""
    signal_id: int | None = None
    reason: str = ""  # code: why the item was proposed
    planned_minutes: int = DEFAULT_DURATION
    off_record: bool = False
    secret: bool = False


@dataclass
class Note:
    id: int
    item_id: int
    kind: NoteKind
    text: str = ""
    off_record: bool = False
    secret: bool = False
    position: int = 0


@dataclass
class Action:
    id: int
    item_id: int
    what: str
    who: str = ""  # free text or the partner's name
    partner_id: int | None = None
    due_on: date | None = None
    off_record: bool = False
    measure_id: int | None = None  # set when the action became a case measure


@dataclass
class AttendanceEntry:
    id: int
    meeting_id: int
    name: str
    organisation: str = ""
    role: str = ""  # role code (partner_role) or free text
    contact_id: int | None = None
    partner_id: int | None = None
    status: Attendance = Attendance.INVITED
    sent_info: bool = False
    arrived_at: str = ""  # HH:MM when late
    left_at: str = ""  # HH:MM when leaving early


@dataclass
class Guest:
    id: int
    meeting_id: int
    name: str
    organisation: str = ""
    capacity: str = ""
    undertaking_signed: bool = False


@dataclass
class CaseDecision:
    id: int
    item_id: int
    case_id: int
    kind: DecisionKind
    value: Flag | Phase
    justification: str = ""
    next_review: date | None = None


@dataclass
class Addendum:
    number: int
    text: str
    created_at: str
    content_hash: str


# -- validation ------------------------------------------------------------------------------
def valid_time(value: str) -> bool:
    return bool(_TIME.match(value or ""))


def meeting_problems(
    *,
    on_date: date | None,
    start_time: str,
    end_time: str = "",
    place: str = "",
    chair: str = "",
) -> dict[str, str]:
    found: dict[str, str] = {}
    if on_date is None:
        found["on_date"] = "required"
    if start_time and not valid_time(start_time):
        found["start_time"] = "invalid_time"
    if end_time and not valid_time(end_time):
        found["end_time"] = "invalid_time"
    elif end_time and start_time and valid_time(start_time) and end_time < start_time:
        found["end_time"] = "before_start"
    if len(place) > MAX_TITLE:
        found["place"] = "too_long"
    if len(chair) > MAX_TITLE:
        found["chair"] = "too_long"
    return found


def item_problems(title: str, planned_minutes: int, kind: ItemKind) -> dict[str, str]:
    found: dict[str, str] = {}
    if kind in (ItemKind.GENERAL, ItemKind.AOB) and not title.strip():
        found["title"] = "required"
    if len(title) > MAX_TITLE:
        found["title"] = "too_long"
    if not 0 <= planned_minutes <= MAX_DURATION:
        found["planned_minutes"] = "out_of_range"
    return found


def action_problems(what: str) -> dict[str, str]:
    found: dict[str, str] = {}
    if not what.strip():
        found["what"] = "required"
    elif len(what) > MAX_TITLE * 4:
        found["what"] = "too_long"
    return found


def text_problems(text: str) -> dict[str, str]:
    return {"text": "too_long"} if len(text) > MAX_TEXT else {}


# -- series and timing -----------------------------------------------------------------------
def occurrence(start: date, rule: Recurrence, n: int, every_days: int = 7) -> date:
    """The date of the `n`-th meeting after `start` in a series, always computed from the
    start (never from the previous date), so monthly series do not drift: 31 January ->
    28 February -> 31 March. Monthly keeps the day of the month, clamped to the month."""
    if rule is Recurrence.WEEKLY:
        return start + timedelta(days=7 * n)
    if rule is Recurrence.MONTHLY:
        month_index = start.month - 1 + n
        year, month = start.year + month_index // 12, month_index % 12 + 1
        day = min(start.day, calendar.monthrange(year, month)[1])
        return date(year, month, day)
    if every_days < 1:
        raise ValueError("every_days must be at least 1")
    return start + timedelta(days=every_days * n)


def next_dates(start: date, rule: Recurrence, count: int, every_days: int = 7) -> list[date]:
    """The `count` dates after `start` in a series."""
    return [occurrence(start, rule, n, every_days) for n in range(1, count + 1)]


def dates_after(
    start: date, last: date, rule: Recurrence, count: int, every_days: int = 7
) -> list[date]:
    """The next `count` dates of the series that began on `start`, after `last`."""
    out: list[date] = []
    n = 1
    while len(out) < count:
        day = occurrence(start, rule, n, every_days)
        if day > last:
            out.append(day)
        n += 1
    return out


@dataclass(frozen=True)
class Slot:
    start: str
    end: str


def agenda_schedule(start_time: str, durations: list[int]) -> list[Slot]:
    """Planned start and end (HH:MM) of each item, back to back from `start_time`."""
    if not valid_time(start_time):
        return [Slot("", "") for _ in durations]
    clock = datetime.strptime(start_time, "%H:%M")
    out: list[Slot] = []
    for minutes in durations:
        end = clock + timedelta(minutes=max(0, minutes))
        out.append(Slot(clock.strftime("%H:%M"), end.strftime("%H:%M")))
        clock = end
    return out


def expected_end(start_time: str, durations: list[int]) -> str:
    slots = agenda_schedule(start_time, durations)
    return slots[-1].end if slots else start_time if valid_time(start_time) else ""


# -- state machine -----------------------------------------------------------------------------
def can_edit(state: MinutesState) -> bool:
    return state is MinutesState.DRAFT


def check_finalise(meeting: Meeting, today: date) -> None:
    """Finalising needs draft minutes of a meeting that has taken place (on or before
    `today`)."""
    if meeting.minutes_state is not MinutesState.DRAFT:
        raise MinutesLocked("not_draft")
    if meeting.status is MeetingStatus.CANCELLED:
        raise MinutesLocked("cancelled")
    if meeting.on_date > today:
        raise MeetingNotHeld("finalise_before_meeting")


def check_approve(meeting: Meeting, approving: Meeting, today: date) -> None:
    """Approval happens at a later meeting that is being or has been held (on or before
    `today`) and was not cancelled."""
    if meeting.minutes_state is not MinutesState.FINALISED:
        raise MinutesLocked("not_finalised")
    if approving.id == meeting.id or approving.on_date <= meeting.on_date:
        raise MinutesLocked("approve_at_later_meeting")
    if approving.on_date > today or approving.status is MeetingStatus.CANCELLED:
        raise MeetingNotHeld("approve_at_held_meeting")


def check_addendum(meeting: Meeting) -> None:
    if meeting.minutes_state is MinutesState.DRAFT:
        raise MinutesLocked("still_draft")


def feedback_allowed(consents: list[bool | None]) -> bool:
    """Art. 458ter / Constitutional Court 52/2021: the feedback sheet to the police needs
    the consensus of every member who effectively took part."""
    return bool(consents) and all(c is True for c in consents)
