"""Minutes content: what may be printed of a meeting (domain.md, "Minutes").

The most important rule lives in `printable_minutes`: it is the one gate between what
was typed in the meeting and what may be printed. Off-record notes and items,
secret-covered items (art. 458ter) and the identity of persons concerned never pass it;
cases pass only as their code. The feedback text to the police is kept here too."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from livc_desktop.domain.meetings import (
    MAX_TITLE,
    Action,
    AgendaItem,
    Attendance,
    AttendanceEntry,
    CaseDecision,
    Guest,
    ItemKind,
    Meeting,
    Note,
    NoteKind,
    agenda_schedule,
)
from livc_desktop.domain.redaction import IdentityRecord, Redactor, redact_terms, redactor_for


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
                    PrintedAction(
                        numbers[item.id],
                        clean(act.who),
                        clean(act.what),
                        act.due_on.isoformat() if act.due_on else "",
                    )
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
        on_date=m.on_date.isoformat(),
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
        next_meeting=nxt.on_date.isoformat() if nxt else "",
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

    @property
    def attendance_id(self) -> int | None:
        """The attendance entry this participant is (None for a guest)."""
        kind, _, number = self.key.partition(":")
        return int(number) if kind == "attendance" else None

    @property
    def guest_id(self) -> int | None:
        """The ad hoc guest this participant is (None for an attendee)."""
        kind, _, number = self.key.partition(":")
        return int(number) if kind == "guest" else None
