"""Running a meeting: attendance, guests, notes, actions and case decisions. Decisions
and actions on a case item are applied to the case through the cases service, with this
meeting as their source."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from weakref import WeakKeyDictionary

from livc_desktop.domain.cases import Flag, MeasureStatus, Phase
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.meetings import (
    Action,
    AgendaItem,
    AppliedToCase,
    Attendance,
    AttendanceEntry,
    DecideInCaseFile,
    DecisionKind,
    Guest,
    ItemKind,
    MeetingNotFound,
    MinutesLocked,
    MinutesState,
    NoteKind,
    action_problems,
    text_problems,
    valid_time,
)
from livc_desktop.domain.redaction import IdentityRecord, Redactor
from livc_desktop.services import cases
from livc_desktop.services.meetings.planning import feedback_repo, get_meeting, repo
from livc_desktop.services.session import Session
from livc_desktop.storage import Register


# -- run: attendance ----------------------------------------------------------------------
def attendance(session: Session, meeting_id: int) -> list[AttendanceEntry]:
    return repo(session).attendance(meeting_id)


def set_attendance(
    session: Session,
    entry_id: int,
    status: Attendance,
    *,
    sent_info: bool | None = None,
    arrived_at: str | None = None,
    left_at: str | None = None,
) -> None:
    fields: dict[str, Any] = {"status": status.value}
    if sent_info is not None:
        fields["sent_info"] = sent_info
    for key, value in (("arrived_at", arrived_at), ("left_at", left_at)):
        if value is not None:
            if value and not valid_time(value):
                raise ValidationError({key: "invalid_time"})
            fields[key] = value
    repo(session).update_attendance(entry_id, **fields)
    session.record(ChangeKind.ATTENDANCE_UPDATED, attendance_id=entry_id, status=status.value)


def add_attendee(
    session: Session, meeting_id: int, name: str, organisation: str = "", role: str = ""
) -> int:
    if not name.strip():
        raise ValidationError({"name": "required"})
    entry = repo(session).add_attendance(
        meeting_id, name.strip(), organisation=organisation, role=role, position=10_000
    )
    session.record(ChangeKind.ATTENDANCE_CREATED, meeting_id=meeting_id, attendance_id=entry)
    return entry


def remove_attendee(session: Session, entry_id: int) -> None:
    repo(session).delete_attendance(entry_id)
    session.record(ChangeKind.ATTENDANCE_DELETED, attendance_id=entry_id)


def add_guest(
    session: Session,
    meeting_id: int,
    name: str,
    organisation: str = "",
    capacity: str = "",
    undertaking_signed: bool = False,
) -> int:
    if not name.strip():
        raise ValidationError({"name": "required"})
    guest_id = repo(session).add_guest(
        meeting_id,
        name.strip(),
        organisation=organisation,
        capacity=capacity,
        undertaking_signed=undertaking_signed,
    )
    session.record(ChangeKind.MEETING_GUEST_CREATED, meeting_id=meeting_id, guest_id=guest_id)
    return guest_id


def guests(session: Session, meeting_id: int) -> list[Guest]:
    return repo(session).guests(meeting_id)


def update_guest(session: Session, guest_id: int, **fields: Any) -> None:
    if "name" in fields and not str(fields["name"]).strip():
        raise ValidationError({"name": "required"})
    repo(session).update_guest(guest_id, **fields)
    session.record(ChangeKind.MEETING_GUEST_UPDATED, guest_id=guest_id)


def remove_guest(session: Session, guest_id: int) -> None:
    repo(session).delete_guest(guest_id)
    session.record(ChangeKind.MEETING_GUEST_DELETED, guest_id=guest_id)


# -- run: notes, actions, decisions ------------------------------------------------------------
def add_note(
    session: Session,
    item_id: int,
    kind: NoteKind = NoteKind.ACCOUNT,
    text: str = "",
    *,
    off_record: bool = False,
    secret: bool = False,
) -> int:
    found = text_problems(text)
    if found:
        raise ValidationError(found)
    note_id = repo(session).add_note(item_id, kind, text, off_record=off_record, secret=secret)
    session.record(ChangeKind.MEETING_NOTE_CREATED, item_id=item_id, note_id=note_id)
    return note_id


def save_note_text(session: Session, note_id: int, text: str) -> None:
    """Called by the run screen's debounced autosave: one short transaction."""
    found = text_problems(text)
    if found:
        raise ValidationError(found)
    repo(session).update_note(note_id, text=text)
    session.record(ChangeKind.MEETING_NOTE_UPDATED, note_id=note_id)


def set_note_flags(
    session: Session, note_id: int, *, off_record: bool | None = None, secret: bool | None = None
) -> None:
    fields: dict[str, Any] = {}
    if off_record is not None:
        fields["off_record"] = off_record
    if secret is not None:
        fields["secret"] = secret
    repo(session).update_note(note_id, **fields)
    session.record(ChangeKind.MEETING_NOTE_UPDATED, note_id=note_id)


def delete_note(session: Session, note_id: int) -> None:
    r = repo(session)
    item_id = r.item_of_note(note_id)
    item = r.item(item_id) if item_id is not None else None
    r.delete_note(note_id)
    # The trail says what kind of item and which meeting and case, never the text.
    where = _trail_fields(session, item) if item is not None else {}
    session.record(ChangeKind.MEETING_NOTE_DELETED, note_id=note_id, **where)


def notes_of_item(session: Session, item_id: int) -> list[Any]:
    r = repo(session)
    meeting_id = r.meeting_of_item(item_id)
    if meeting_id is None:
        return []
    return [n for n in r.notes(meeting_id) if n.item_id == item_id]


def actions_of_item(session: Session, item_id: int) -> list[Any]:
    r = repo(session)
    meeting_id = r.meeting_of_item(item_id)
    if meeting_id is None:
        return []
    return [a for a in r.actions(meeting_id) if a.item_id == item_id]


@dataclass(frozen=True)
class PartnerChoices:
    """Who may carry an action of one agenda item: the case team first (on a case item),
    then the partners at the meeting's table; `default` is the case's lead partner or its
    first team member. `required`: a case item's action becomes a measure of the case,
    and a measure always has a responsible partner."""

    partners: tuple[tuple[int, str], ...]
    default: int | None
    required: bool


def action_partner_choices(session: Session, item_id: int) -> PartnerChoices:
    r = repo(session)
    item = r.item(item_id)
    if item is None:
        raise MeetingNotFound(f"item {item_id}")
    meeting = get_meeting(session, item.meeting_id)
    names = dict(cases.partner_choices(session))
    ordered: list[int] = []
    default: int | None = None
    is_case = item.kind is ItemKind.CASE and item.case_id is not None
    if is_case:
        assert item.case_id is not None
        team = [t.partner_id for t in cases.team(session, item.case_id) if t.left_on is None]
        lead = cases.get_case(session, item.case_id).lead_partner_id
        ordered += [p for p in ([lead] if lead in team else []) + team if p not in ordered]
        if lead is not None and lead in names:
            default = lead
        elif team:
            default = team[0]
    for member in r.table_members(meeting.table_kind):
        pid = int(member["partner_id"])
        if pid not in ordered:
            ordered.append(pid)
    if not ordered:
        # No team and nobody at this table yet: every active partner, rather than none.
        ordered = list(names)
    return PartnerChoices(
        tuple((p, names[p]) for p in ordered if p in names),
        default if default in names else None,
        is_case,
    )


def _check_action(
    session: Session, item: AgendaItem, what: str, partner_id: int | None, off_record: bool
) -> None:
    found = action_problems(what)
    if item.kind is ItemKind.CASE and item.case_id is not None and not off_record:
        # It becomes a measure of the case: refused here, by field, before anything is written.
        if partner_id is None:
            found["partner"] = "required"
        elif partner_id not in dict(cases.partner_choices(session)):
            found["partner"] = "invalid"
    if found:
        raise ValidationError(found)


def _who(session: Session, who: str, partner_id: int | None) -> str:
    """The name printed in the minutes: as typed, else the responsible partner's."""
    if who.strip() or partner_id is None:
        return who.strip()
    return dict(cases.partner_choices(session)).get(partner_id, "")


def _draft_item(session: Session, item_id: int) -> AgendaItem:
    """The item, refused (MinutesLocked) once its meeting's minutes are finalised: frozen
    minutes change only through numbered addenda, never silently."""
    item = repo(session).item(item_id)
    if item is None:
        raise MeetingNotFound(f"item {item_id}")
    if get_meeting(session, item.meeting_id).minutes_state is not MinutesState.DRAFT:
        raise MinutesLocked("frozen")
    return item


def _trail_fields(session: Session, item: AgendaItem) -> dict[str, object]:
    """What the access trail says of an item: its kind, meeting and case code, never text."""
    fields: dict[str, object] = {"meeting_id": item.meeting_id, "item_kind": item.kind.value}
    if item.case_id is not None:
        fields["case_id"] = item.case_id
        fields["case_code"] = item.case_code
    return fields


def add_action(
    session: Session,
    item_id: int,
    what: str,
    who: str = "",
    due_on: date | None = None,
    *,
    partner_id: int | None = None,
    off_record: bool = False,
) -> int:
    """An action (who / what / by when). On a case item, it also becomes a measure of that
    case through the cases service, with this meeting as its source; it needs the partner
    responsible for it (`action_partner_choices` offers them)."""
    item = _draft_item(session, item_id)
    _check_action(session, item, what, partner_id, off_record)
    r = repo(session)
    with session.register.transaction():
        action_id = r.add_action(
            item_id,
            what.strip(),
            who=_who(session, who, partner_id),
            due_on=due_on,
            partner_id=partner_id,
            off_record=off_record,
        )
        if item.kind is ItemKind.CASE and item.case_id is not None and not off_record:
            measure = cases.add_measure(
                session,
                item.case_id,
                partner_id,
                what.strip(),
                due_on,
                meeting_id=item.meeting_id,
            )
            r.update_action(action_id, measure_id=measure)
    session.record(
        ChangeKind.MEETING_ACTION_CREATED,
        item_id=item_id,
        action_id=action_id,
        **_trail_fields(session, item),
    )
    return action_id


def _action(session: Session, action_id: int) -> Action:
    action = repo(session).action(action_id)
    if action is None:
        raise MeetingNotFound(f"action {action_id}")
    return action


def correct_action(
    session: Session,
    action_id: int,
    what: str,
    who: str = "",
    due_on: date | None = None,
    *,
    partner_id: int | None = None,
) -> None:
    """Correct an action of draft minutes; the case measure it became follows, as long as
    that measure is still open (a measure already followed up is refused: AppliedToCase).
    The trail records that an action was corrected, never its text."""
    action = _action(session, action_id)
    item = _draft_item(session, action.item_id)
    _check_action(session, item, what, partner_id, action.off_record)
    r = repo(session)
    if action.measure_id is not None and not r.measure_open(action.measure_id):
        raise AppliedToCase(f"action {action_id}")
    with session.register.transaction():
        r.update_action(
            action_id,
            what=what.strip(),
            who=_who(session, who, partner_id),
            due_on=due_on,
            partner_id=partner_id,
        )
        if action.measure_id is not None:
            r.correct_open_measure(action.measure_id, what.strip(), partner_id, due_on)
    session.record(
        ChangeKind.MEETING_ACTION_UPDATED,
        action_id=action_id,
        measure_id=action.measure_id,
        **_trail_fields(session, item),
    )


def delete_action(session: Session, action_id: int) -> None:
    """Remove an action of draft minutes. The case measure it became goes with it while
    still open (removing undoes it); one already followed up is refused (AppliedToCase).
    The trail records the removal with the item's kind, meeting and case code."""
    action = _action(session, action_id)
    item = _draft_item(session, action.item_id)
    r = repo(session)
    if action.measure_id is not None and not r.measure_open(action.measure_id):
        raise AppliedToCase(f"action {action_id}")
    with session.register.transaction():
        r.delete_action(action_id)
        if action.measure_id is not None:
            r.delete_open_measure(action.measure_id)
    session.record(
        ChangeKind.MEETING_ACTION_DELETED,
        action_id=action_id,
        measure_id=action.measure_id,
        **_trail_fields(session, item),
    )


def decide(
    session: Session,
    item_id: int,
    kind: DecisionKind,
    value: Flag | Phase,
    justification: str = "",
    next_review: date | None = None,
) -> int:
    """A flag or phase decision on a case item: recorded here and applied to the case with
    this meeting as the decision source and its date as the decision date. A black flag
    (hand-over) or closing is refused here (DecideInCaseFile): the case file records it."""
    problems: dict[str, str] = {}
    # The cases feature's own codes; a code typed on the command line arrives as text.
    decided: Flag | Phase | None
    try:
        decided = Flag(value) if kind is DecisionKind.FLAG else Phase(value)
    except ValueError:
        decided = None
        problems["value"] = "invalid"
    if kind is DecisionKind.FLAG and not justification.strip():
        problems["justification"] = "required"
    r = repo(session)
    item = r.item(item_id)
    if item is None:
        raise MeetingNotFound(f"item {item_id}")
    if item.case_id is None:
        problems["item"] = "not_a_case_item"
    if problems:
        raise ValidationError(problems)
    assert item.case_id is not None and decided is not None
    if decided in (Flag.BLACK, Phase.CLOSED):
        # A hand-over needs to whom and when, closing a reason and an evaluation: the
        # case file asks for them (with this meeting as the source).
        raise DecideInCaseFile(decided.value)
    on_date = get_meeting(session, item.meeting_id).on_date
    with session.register.transaction():
        decision_id = r.add_decision(
            item_id, item.case_id, kind, decided, justification.strip(), next_review
        )
        if isinstance(decided, Flag):
            cases.change_flag(
                session,
                item.case_id,
                decided,
                justification.strip(),
                next_review,
                decided_by_meeting_id=item.meeting_id,
                decided_on=on_date,
            )
        else:
            cases.change_phase(
                session, item.case_id, decided, meeting_id=item.meeting_id, changed_on=on_date
            )
    session.record(
        ChangeKind.CASE_DECISION_RECORDED,
        item_id=item_id,
        case_id=item.case_id,
        decision=kind.value,
    )
    return decision_id


# The register's redactor, by connection, with the identity state it was built from.
_REDACTORS: WeakKeyDictionary[Register, tuple[object, Redactor]] = WeakKeyDictionary()


def redactor(session: Session) -> Redactor:
    """Blanks every identity of the register (domain/redaction.py). Built once and kept
    while no identity changes (a register of 50,000 cases takes seconds to read and
    index): any change to a name, address, code, pseudonym or person label, by whatever
    path, gives a new identity state and the next call builds it again."""
    state = repo(session).identity_state()
    kept = _REDACTORS.get(session.register)
    if kept is not None and kept[0] == state:
        return kept[1]
    built = Redactor(cases.identity_records(session))
    _REDACTORS[session.register] = (state, built)
    return built


def scrub_identity(session: Session, record: IdentityRecord) -> int:
    """Blank one person's identity from every stored meeting text that is not frozen:
    texts of draft minutes (the full name, address, birth date ... everywhere; lone names
    in the texts about that case) and the feedback texts. Called before a hand-over, a
    purge or an identity change erases or replaces the identity, in the same transaction:
    afterwards nothing could tell the printing which words to blank. Returns how many
    texts changed."""
    one = Redactor([record])
    r = repo(session)
    changed = 0
    with session.register.transaction():
        for table, row_id, column, text, case_id in r.draft_texts():
            clean = one(text, [case_id] if case_id is not None else [])
            if clean != text:
                r.set_text(table, row_id, column, clean)
                changed += 1
        for meeting_id, lines in r.draft_agendas_sent():
            blanked = [
                replace(line, title=one(line.title, [line.case_code] if line.case_code else []))
                for line in lines
            ]
            if blanked != lines:
                r.replace_agenda_as_sent(meeting_id, blanked)
                changed += 1
        for row_id, conclusion, contact, case_id in feedback_repo(session).feedback_texts():
            new = one(conclusion, [case_id]), one(contact, [case_id])
            if new != (conclusion, contact):
                feedback_repo(session).blank_feedback_text(row_id, *new)
                changed += 1
    if changed:
        session.record(ChangeKind.MEETING_TEXTS_REDACTED, case_id=record.case_id, count=changed)
    return changed


def scrub_case_identity(session: Session, case_id: int, terms: Sequence[str]) -> int:
    """`scrub_identity` for plain phrases (names) of one case."""
    return scrub_identity(session, IdentityRecord(case_id, other_terms=tuple(terms)))


# -- the case beside its item ------------------------------------------------------------------
@dataclass(frozen=True)
class CaseSummary:
    """What the meeting needs to see beside a case item: codes, enums and dates, the team's
    and measures' partners, and the last decision (its justification is case content: the
    screen masks it in privacy mode)."""

    code: str
    flag: Flag | None
    flag_since: date | None
    phase: Phase
    next_review: date | None
    team: tuple[str, ...]
    open_measures: tuple[tuple[str, str, date | None], ...]  # what, partner, due
    last_decision: tuple[str, str, date, str] | None  # kind, value code, on, justification


def case_summary(session: Session, case_id: int) -> CaseSummary:
    row = cases.get_case(session, case_id)
    team = tuple(t.partner for t in cases.team(session, case_id) if t.left_on is None)
    measures = tuple(
        (m.what, m.partner, m.due_on)
        for m in cases.measures(session, case_id)
        if m.status is MeasureStatus.OPEN
    )
    last: tuple[str, str, date, str] | None = None
    flags = cases.flag_history(session, case_id)
    # The first phase entry is the opening of the case, not a decision.
    phases = [p for p in cases.phase_history(session, case_id) if p.from_phase is not None]
    flag = max(flags, key=lambda f: (f.decided_on, f.id), default=None)
    phase = max(phases, key=lambda p: (p.changed_on, p.id), default=None)
    if flag is not None:
        last = (DecisionKind.FLAG.value, flag.flag.value, flag.decided_on, flag.justification)
    if phase is not None and (last is None or phase.changed_on > last[2]):
        last = (DecisionKind.PHASE.value, phase.to_phase.value, phase.changed_on, "")
    return CaseSummary(
        row.code,
        row.flag,
        row.flag_since,
        row.phase,
        row.next_review,
        tuple(t for t in team if t),
        measures,
        last,
    )
