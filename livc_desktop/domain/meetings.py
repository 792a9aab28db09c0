"""Meetings: preparation, the live run, and minutes (domain.md, "Meetings" and "Minutes").

Plain data and rules. The most important rule lives in `printable_minutes`: it is the one
gate between what was typed in the meeting and what may be printed. Off-record notes and
items, secret-covered items (art. 458ter) and the identity of persons concerned never pass
it; cases pass only as their code."""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from livc_desktop.domain.cases import Flag, Phase
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.errors import ExitCode, LivcError
from livc_desktop.domain.redaction import REDACTED as REDACTED  # re-exported
from livc_desktop.domain.redaction import IdentityRecord, Redactor, redact_terms, redactor_for

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
    on_date: str
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
    approved_on: str = ""
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
    due_on: str = ""
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
    feedback_consent: bool | None = None


@dataclass
class Guest:
    id: int
    meeting_id: int
    name: str
    organisation: str = ""
    capacity: str = ""
    undertaking_signed: bool = False
    feedback_consent: bool | None = None


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
def valid_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10


def valid_time(value: str) -> bool:
    return bool(_TIME.match(value or ""))


def meeting_problems(
    *, on_date: str, start_time: str, end_time: str = "", place: str = "", chair: str = ""
) -> dict[str, str]:
    found: dict[str, str] = {}
    if not on_date:
        found["on_date"] = "required"
    elif not valid_date(on_date):
        found["on_date"] = "invalid_date"
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


def action_problems(what: str, due_on: str) -> dict[str, str]:
    found: dict[str, str] = {}
    if not what.strip():
        found["what"] = "required"
    elif len(what) > MAX_TITLE * 4:
        found["what"] = "too_long"
    if due_on and not valid_date(due_on):
        found["due_on"] = "invalid_date"
    return found


def text_problems(text: str) -> dict[str, str]:
    return {"text": "too_long"} if len(text) > MAX_TEXT else {}


# -- series and timing -----------------------------------------------------------------------
def occurrence(start: str, rule: Recurrence, n: int, every_days: int = 7) -> str:
    """The date of the `n`-th meeting after `start` in a series, always computed from the
    start (never from the previous date), so monthly series do not drift: 31 January ->
    28 February -> 31 March. Monthly keeps the day of the month, clamped to the month."""
    first = date.fromisoformat(start)
    if rule is Recurrence.WEEKLY:
        return (first + timedelta(days=7 * n)).isoformat()
    if rule is Recurrence.MONTHLY:
        month_index = first.month - 1 + n
        year, month = first.year + month_index // 12, month_index % 12 + 1
        day = min(first.day, calendar.monthrange(year, month)[1])
        return date(year, month, day).isoformat()
    if every_days < 1:
        raise ValueError("every_days must be at least 1")
    return (first + timedelta(days=every_days * n)).isoformat()


def next_dates(start: str, rule: Recurrence, count: int, every_days: int = 7) -> list[str]:
    """The `count` dates after `start` in a series."""
    return [occurrence(start, rule, n, every_days) for n in range(1, count + 1)]


def dates_after(
    start: str, last: str, rule: Recurrence, count: int, every_days: int = 7
) -> list[str]:
    """The next `count` dates of the series that began on `start`, after `last`."""
    out: list[str] = []
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


def check_finalise(meeting: Meeting, today: str) -> None:
    """Finalising needs draft minutes of a meeting that has taken place (on or before
    `today`, an ISO date)."""
    if meeting.minutes_state is not MinutesState.DRAFT:
        raise MinutesLocked("not_draft")
    if meeting.status is MeetingStatus.CANCELLED:
        raise MinutesLocked("cancelled")
    if meeting.on_date > today:
        raise MeetingNotHeld("finalise_before_meeting")


def check_approve(meeting: Meeting, approving: Meeting, today: str) -> None:
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


# -- what may be printed --------------------------------------------------------------------
@dataclass
class PrintedAttendee:
    name: str
    organisation: str
    role: str
    note: str = ""  # e.g. "arrived 10:20", "sent information beforehand"
    status: str = ""


@dataclass
class PrintedAction:
    item_number: str
    who: str
    what: str
    due_on: str


@dataclass
class PrintedDecision:
    kind: str  # DecisionKind value
    case_code: str
    value: str  # flag or phase code
    justification: str
    next_review: str


@dataclass
class PrintedItem:
    number: str
    kind: str
    title: str
    case_code: str = ""
    planned_minutes: int = 0
    withheld: str = ""  # "" or "off_record" / "secret": nothing of the item is printed
    account: list[str] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    case_decisions: list[PrintedDecision] = field(default_factory=list)
    actions: list[PrintedAction] = field(default_factory=list)
    # A secret-covered note was part of the discussion: one neutral line says so.
    secret_discussed: bool = False


@dataclass
class PrintedAgendaLine:
    number: str
    kind: str
    title: str
    case_code: str
    planned_minutes: int
    start: str = ""
    item_id: int = 0


@dataclass
class MinutesContent:
    """Everything a minutes PDF shows, already filtered. This is what is frozen and hashed."""

    meeting_id: int
    table_kind: str
    municipalities: list[str]
    on_date: str
    start_time: str
    end_time: str
    place: str
    chair: str
    minute_taker: str
    agenda: list[PrintedAgendaLine]
    present: list[PrintedAttendee]
    excused: list[PrintedAttendee]
    absent: list[PrintedAttendee]
    guests: list[PrintedAttendee]
    items: list[PrintedItem]
    next_meeting: str = ""
    next_meeting_time: str = ""
    next_meeting_place: str = ""

    def actions(self) -> list[PrintedAction]:
        return [a for item in self.items for a in item.actions]

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> MinutesContent:
        d = dict(data)

        def people(key: str) -> list[PrintedAttendee]:
            return [PrintedAttendee(**p) for p in d.pop(key)]  # type: ignore[attr-defined]

        agenda = [PrintedAgendaLine(**a) for a in d.pop("agenda")]  # type: ignore[attr-defined]
        present, excused, absent, guests = (
            people("present"),
            people("excused"),
            people("absent"),
            people("guests"),
        )
        items = []
        for raw in d.pop("items"):  # type: ignore[attr-defined]
            raw = dict(raw)
            raw["actions"] = [PrintedAction(**a) for a in raw["actions"]]
            raw["case_decisions"] = [PrintedDecision(**c) for c in raw["case_decisions"]]
            items.append(PrintedItem(**raw))
        return cls(
            agenda=agenda,
            present=present,
            excused=excused,
            absent=absent,
            guests=guests,
            items=items,
            **d,  # type: ignore[arg-type]
        )


def content_hash(content: MinutesContent) -> str:
    data = content.to_dict()
    for item in data["items"]:  # type: ignore[attr-defined]
        # Absent from contents frozen before the field existed: their hash must not move.
        if not item.get("secret_discussed"):
            item.pop("secret_discussed", None)
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def addendum_hash(previous_hash: str, number: int, text: str) -> str:
    """Each addendum is chained to the frozen minutes (and the addenda before it)."""
    raw = f"{previous_hash}\n{number}\n{text}".encode()
    return hashlib.sha256(raw).hexdigest()


def redact(value: str, terms: list[str]) -> str:
    """Blank plain identity phrases (names in either order) from `value`; the full rules
    live in domain/redaction.py (`Redactor`)."""
    return redact_terms(value, terms)


def item_numbers(items: list[AgendaItem]) -> dict[int, str]:
    return {item.id: str(n) for n, item in enumerate(items, start=1)}


@dataclass
class MinutesSource:
    """The raw material of one meeting, as stored (may hold off-record and secret text)."""

    meeting: Meeting
    municipalities: list[str]
    items: list[AgendaItem]
    notes: list[Note]
    actions: list[Action]
    decisions: list[CaseDecision]
    attendance: list[AttendanceEntry]
    guests: list[Guest]
    case_codes: dict[int, str]
    identity_terms: list[str] = field(default_factory=list)  # plain phrases, blanked everywhere
    # Every identity of the register: what to blank from each free text.
    identities: list[IdentityRecord] = field(default_factory=list)
    agenda_as_sent: list[PrintedAgendaLine] | None = None
    next_meeting: Meeting | None = None


def _redactor(redactor: Redactor | Sequence[str]) -> Redactor:
    return redactor if isinstance(redactor, Redactor) else Redactor(extra_terms=redactor)


def _item_cases(item: AgendaItem, case_codes: dict[int, str]) -> list[int | str]:
    """The cases a text of `item` is about (their lone names are blanked too)."""
    if item.case_id is None:
        return []
    return [item.case_id, case_codes.get(item.case_id, "")]


def printable_agenda(
    items: list[AgendaItem],
    case_codes: dict[int, str],
    start_time: str,
    redactor: Redactor | Sequence[str],
) -> list[PrintedAgendaLine]:
    clean = _redactor(redactor)
    slots = agenda_schedule(start_time, [i.planned_minutes for i in items])
    lines = []
    for n, (item, slot) in enumerate(zip(items, slots, strict=True), start=1):
        code = case_codes.get(item.case_id, "") if item.case_id is not None else ""
        # A case item is named by its code only: a typed title could carry a name.
        # An off-record item keeps only its kind ("General item"): its title is not printed.
        title = (
            ""
            if item.kind is ItemKind.CASE or item.off_record
            else clean(item.title, _item_cases(item, case_codes))
        )
        lines.append(
            PrintedAgendaLine(
                str(n), item.kind.value, title, code, item.planned_minutes, slot.start, item.id
            )
        )
    return lines


def _attendee(entry: AttendanceEntry) -> PrintedAttendee:
    notes = []
    if entry.status is Attendance.EXCUSED and entry.sent_info:
        notes.append("sent_info")
    if entry.status is Attendance.PRESENT and entry.arrived_at:
        notes.append(f"arrived:{entry.arrived_at}")
    if entry.status is Attendance.PRESENT and entry.left_at:
        notes.append(f"left:{entry.left_at}")
    return PrintedAttendee(
        entry.name, entry.organisation, entry.role, ";".join(notes), entry.status.value
    )


def source_redactor(src: MinutesSource) -> Redactor:
    return redactor_for(src.identities, src.identity_terms)


def printable_minutes(
    src: MinutesSource, *, case_id: int | None = None, redactor: Redactor | None = None
) -> MinutesContent:
    """The single gate from stored meeting content to printable content.

    - off-record notes, actions and whole items: never passed;
    - secret-covered items and notes: never passed, in no document; an item where such a
      note was discussed says so in one neutral line (`secret_discussed`);
    - cases: only their code; typed titles of case items are dropped;
    - identities of every case in the register: blanked from every free text
      (domain/redaction.py), lone names in the texts about their own case;
    - `case_id`: keep only that case's items (case-team extract).
    The attendance lists are not redacted: attendees are named."""
    m = src.meeting
    redact_text = redactor or source_redactor(src)

    numbers = item_numbers(src.items)
    notes_by_item: dict[int, list[Note]] = {}
    for note in sorted(src.notes, key=lambda n: (n.position, n.id)):
        notes_by_item.setdefault(note.item_id, []).append(note)
    actions_by_item: dict[int, list[Action]] = {}
    for action in src.actions:
        actions_by_item.setdefault(action.item_id, []).append(action)
    decisions_by_item: dict[int, list[CaseDecision]] = {}
    for dec in src.decisions:
        decisions_by_item.setdefault(dec.item_id, []).append(dec)
    # Every item of a case-team meeting is about that meeting's case.
    meeting_cases: list[int | str] = (
        [m.case_id, src.case_codes.get(m.case_id, "")] if m.case_id is not None else []
    )

    items: list[PrintedItem] = []
    for item in src.items:
        if case_id is not None and item.case_id != case_id:
            continue
        cases = [*meeting_cases, *_item_cases(item, src.case_codes)]
        # An item that names a case's code anywhere is about that case in all its texts.
        texts = [item.title]
        texts += [n.text for n in notes_by_item.get(item.id, []) if not n.off_record]
        texts += [a.what for a in actions_by_item.get(item.id, [])]
        cases += redact_text.cases_named(texts)

        def clean(
            value: str, extra: Sequence[int | str] = (), cases: list[int | str] = cases
        ) -> str:
            return redact_text(value, [*cases, *extra])

        code = src.case_codes.get(item.case_id, "") if item.case_id is not None else ""
        title = "" if item.kind is ItemKind.CASE or item.off_record else clean(item.title)
        printed = PrintedItem(numbers[item.id], item.kind.value, title, code, item.planned_minutes)
        if item.off_record:
            printed.withheld = "off_record"
        elif item.secret:
            printed.withheld = "secret"
        else:
            for note in notes_by_item.get(item.id, []):
                if note.off_record or not note.text.strip():
                    continue
                if note.secret:
                    printed.secret_discussed = True
                    continue
                target = printed.account if note.kind is NoteKind.ACCOUNT else printed.decisions
                target.append(clean(note.text))
            for dec in decisions_by_item.get(item.id, []):
                dec_code = src.case_codes.get(dec.case_id, "")
                printed.case_decisions.append(
                    PrintedDecision(
                        dec.kind.value,
                        dec_code,
                        dec.value.value,
                        clean(dec.justification, [dec.case_id, dec_code]),
                        dec.next_review.isoformat() if dec.next_review else "",
                    )
                )
            for act in actions_by_item.get(item.id, []):
                if act.off_record:
                    continue
                printed.actions.append(
                    PrintedAction(numbers[item.id], clean(act.who), clean(act.what), act.due_on)
                )
        items.append(printed)

    def clean_line(line: PrintedAgendaLine) -> str:
        return redact_text(line.title, [*meeting_cases, line.case_code])

    agenda = (
        src.agenda_as_sent
        if src.agenda_as_sent is not None
        else printable_agenda(src.items, src.case_codes, m.start_time, redact_text)
    )
    if case_id is not None:
        wanted = {i.number for i in items}
        agenda = [line for line in agenda if line.number in wanted]
    # Marked off the record after the agenda was sent: the title is not printed again.
    off_record_ids = {i.id for i in src.items if i.off_record}

    by_status: dict[Attendance, list[PrintedAttendee]] = {a: [] for a in Attendance}
    for entry in src.attendance:
        by_status[entry.status].append(_attendee(entry))
    guests = [
        PrintedAttendee(
            g.name, g.organisation, g.capacity, "undertaking" if g.undertaking_signed else ""
        )
        for g in src.guests
    ]
    nxt = src.next_meeting
    return MinutesContent(
        meeting_id=m.id,
        table_kind=m.table_kind.value,
        municipalities=list(src.municipalities),
        on_date=m.on_date,
        start_time=m.start_time,
        end_time=m.end_time,
        place=m.place,
        chair=m.chair,
        minute_taker=m.minute_taker,
        agenda=[
            PrintedAgendaLine(
                a.number,
                a.kind,
                "" if a.item_id in off_record_ids else clean_line(a),
                a.case_code,
                a.planned_minutes,
                a.start,
                a.item_id,
            )
            for a in agenda
        ],
        present=by_status[Attendance.PRESENT],
        # Invited people with nothing recorded count as absent without notice.
        excused=by_status[Attendance.EXCUSED],
        absent=by_status[Attendance.ABSENT] + by_status[Attendance.INVITED],
        guests=guests,
        items=items,
        next_meeting=nxt.on_date if nxt else "",
        next_meeting_time=nxt.start_time if nxt else "",
        next_meeting_place=nxt.place if nxt else "",
    )


def redact_content(content: MinutesContent, redactor: Redactor) -> MinutesContent:
    """`content` with every free text passed through `redactor` once more: printing frozen
    content again with the register's current identities can only blank more, never
    reveal. The attendance lists are left as they are (attendees are named)."""
    data = MinutesContent.from_dict(content.to_dict())
    for item in data.items:
        cases: list[int | str] = [item.case_code] if item.case_code else []
        texts = [item.title, *item.account, *item.decisions, *(a.what for a in item.actions)]
        cases += redactor.cases_named(texts)

        def clean(value: str, cases: list[int | str] = cases) -> str:
            return redactor(value, cases)

        item.title = clean(item.title)
        item.account = [clean(t) for t in item.account]
        item.decisions = [clean(t) for t in item.decisions]
        for dec in item.case_decisions:
            dec.justification = redactor(dec.justification, [dec.case_code, *cases])
        for act in item.actions:
            act.who, act.what = clean(act.who), clean(act.what)
    for line in data.agenda:
        line.title = redactor(line.title, [line.case_code] if line.case_code else [])
    return data


def extract_of(content: MinutesContent, case_code: str) -> MinutesContent:
    """The case-team extract: the items (and agenda lines) of one case only, taken from
    the printable content so it carries exactly what the minutes may carry."""
    data = MinutesContent.from_dict(content.to_dict())
    data.items = [i for i in data.items if i.case_code == case_code]
    numbers = {i.number for i in data.items}
    data.agenda = [a for a in data.agenda if a.number in numbers]
    return data


# -- the feedback sheet to the police ---------------------------------------------------------
MAX_FEEDBACK = 4_000


@dataclass(frozen=True)
class FeedbackText:
    """What the cell agreed to feed back to the police about one case (art. 458ter,
    Constitutional Court 52/2021): never the account of the discussion, other items,
    secret-covered or off-record content, or identity. Stored redacted."""

    case_code: str
    on_date: str
    conclusion: str = ""
    follow_up: str = ""  # FollowUp code of the case: social / police / mixed, "" unknown
    police_contact: str = ""
    saved: bool = False  # False: a proposal from the meeting's decisions, not yet agreed

    def fingerprint(self) -> str:
        """What consent is given to: any change of the text asks everyone again."""
        raw = "\n".join(
            [self.case_code, self.on_date, self.conclusion, self.follow_up, self.police_contact]
        )
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def feedback_problems(conclusion: str, police_contact: str) -> dict[str, str]:
    found: dict[str, str] = {}
    if not conclusion.strip():
        found["conclusion"] = "required"
    elif len(conclusion) > MAX_FEEDBACK:
        found["conclusion"] = "too_long"
    if len(police_contact) > MAX_TITLE:
        found["police_contact"] = "too_long"
    return found


@dataclass(frozen=True)
class FeedbackParticipant:
    """A member who took part (present attendee or guest) and their consent to one text."""

    key: str  # "attendance:<id>" or "guest:<id>"
    name: str
    organisation: str
    consent: bool | None
