"""Meetings as use cases shared by the GUI and the command line: prepare, run, minutes.

Cases belong to the cases feature; this module reaches them only through `CaseBridge`
(services/case_bridge.py; tests swap it with `set_case_bridge`). Every write announces
itself to the access trail with ids and codes only."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.meetings import (
    FLAGS,
    PHASES,
    STANDARD_FIRST_ITEMS,
    AgendaItem,
    AppliedToCase,
    Attendance,
    AttendanceEntry,
    DecideInCaseFile,
    DecisionKind,
    DocumentKind,
    FeedbackNeedsConsensus,
    FeedbackParticipant,
    FeedbackText,
    Guest,
    ItemKind,
    Meeting,
    MeetingNotFound,
    MinutesContent,
    MinutesSource,
    MinutesState,
    NoteKind,
    PrintedAttendee,
    Recurrence,
    action_problems,
    addendum_hash,
    check_addendum,
    check_approve,
    check_finalise,
    content_hash,
    dates_after,
    extract_of,
    feedback_allowed,
    feedback_problems,
    item_problems,
    meeting_problems,
    next_dates,
    printable_agenda,
    printable_minutes,
    redact_content,
    text_problems,
    valid_date,
    valid_time,
)
from livc_desktop.domain.redaction import IdentityRecord, Redactor, redactor_for
from livc_desktop.reports import minutes as minutes_report
from livc_desktop.reports.minutes import DocumentInfo
from livc_desktop.services.register import Session
from livc_desktop.storage.files import ensure_private_dir, os_error, write_atomic
from livc_desktop.storage.meetings_repo import MeetingRepository

LANGUAGE_TAGS = {"nl": "nl-BE", "fr": "fr-BE", "de": "de-BE", "en": "en-GB"}


# -- the bridge to the cases feature ---------------------------------------------------------
@dataclass(frozen=True)
class AgendaProposal:
    case_id: int
    code: str
    reason: str  # red_flag / black_flag / review_due / measure_due ...


class CaseBridge(Protocol):
    """What meetings need from the cases feature (services/cases.py provides it)."""

    def cases_for_agenda(self, session: Session, meeting_date: str) -> list[Any]:
        """Items with (case id, code, reason code): tuples or objects with those fields."""
        ...

    def signals_for_agenda(self, session: Session, meeting_date: str) -> list[int]:
        """Ids of signals awaiting weighing."""
        ...

    def add_measure(
        self,
        session: Session,
        case_id: int,
        partner_id: int | None,
        what: str,
        due_date: str,
        meeting_id: int | None = None,
    ) -> int | None: ...

    def change_flag(
        self,
        session: Session,
        case_id: int,
        flag: str,
        justification: str,
        next_review: str,
        decided_by_meeting_id: int | None = None,
        decided_on: str = "",
    ) -> Any:
        """`decided_on`: the meeting's date (ISO), "" for today."""
        ...

    def change_phase(
        self,
        session: Session,
        case_id: int,
        phase: str,
        meeting_id: int | None = None,
        changed_on: str = "",
    ) -> Any:
        """`changed_on`: the meeting's date (ISO), "" for today."""
        ...

    def identity_terms(self, session: Session, case_ids: Sequence[int]) -> list[str]:
        """Names and other identity fields of the persons concerned by these cases, so the
        minutes generator can make sure none of them is printed."""
        ...

    def identity_records(self, session: Session) -> list[IdentityRecord]:
        """What identifies the person of every case in the register: every printed text
        is redacted against all of them."""
        ...

    def follow_up(self, session: Session, case_id: int) -> str:
        """The case's follow-up type code (social / police / mixed), "" when not set."""
        ...

    def case_team_partner_ids(self, session: Session, case_id: int) -> list[int]:
        """The partners of the case's team (need-to-know): a case-team meeting invites
        their contacts."""
        ...


_bridge: CaseBridge | None = None


def set_case_bridge(bridge: CaseBridge | None) -> None:
    """Replace the bridge to the cases feature (tests use fakes); None restores the real one."""
    global _bridge
    _bridge = bridge


def case_bridge() -> CaseBridge:
    global _bridge
    if _bridge is None:
        from livc_desktop.services.case_bridge import CasesServiceBridge

        _bridge = CasesServiceBridge()
    return _bridge


def _proposal(raw: Any) -> AgendaProposal:
    if isinstance(raw, AgendaProposal):
        return raw
    if isinstance(raw, tuple | list):
        return AgendaProposal(int(raw[0]), str(raw[1]), str(raw[2]) if len(raw) > 2 else "")
    return AgendaProposal(int(raw.case_id), str(raw.code), str(getattr(raw, "reason", "") or ""))


def repo(session: Session) -> MeetingRepository:
    return MeetingRepository(session.register)


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = repo(session).get(meeting_id)
    if meeting is None:
        raise MeetingNotFound(str(meeting_id))
    return meeting


def list_meetings(session: Session) -> list[Meeting]:
    return repo(session).list_all()


# -- prepare -------------------------------------------------------------------------------
@dataclass
class MeetingDraft:
    table_kind: TableKind
    on_date: str
    start_time: str = ""
    place: str = ""
    chair: str = ""
    minute_taker: str = ""
    case_id: int | None = None

    def problems(self) -> dict[str, str]:
        return meeting_problems(
            on_date=self.on_date, start_time=self.start_time, place=self.place, chair=self.chair
        )


def create_meeting(
    session: Session,
    draft: MeetingDraft,
    *,
    series_id: int | None = None,
    invite_members: bool = True,
    standard_items: bool = True,
) -> int:
    """A new meeting with the standard first items and the table's members invited."""
    found = draft.problems()
    if found:
        raise ValidationError(found)
    r = repo(session)
    with session.register.transaction():
        meeting_id = r.create(
            draft.table_kind,
            draft.on_date,
            start_time=draft.start_time,
            place=draft.place,
            chair=draft.chair,
            minute_taker=draft.minute_taker,
            case_id=draft.case_id,
            series_id=series_id,
        )
        if standard_items:
            for kind in STANDARD_FIRST_ITEMS:
                r.add_item(meeting_id, kind, planned_minutes=5)
            r.add_item(meeting_id, ItemKind.AOB, planned_minutes=5, title="")
        if invite_members:
            _invite_members(session, meeting_id, draft.table_kind, draft.case_id)
    session.record("meeting_created", meeting_id=meeting_id)
    return meeting_id


def _invite_members(
    session: Session, meeting_id: int, table_kind: TableKind, case_id: int | None
) -> None:
    """The table's members; for a case-team meeting, the contacts of that case's team."""
    r = repo(session)
    existing = {e.contact_id for e in r.attendance(meeting_id)}
    members = r.table_members(table_kind)
    if case_id is not None:
        team = set(case_bridge().case_team_partner_ids(session, case_id))
        if team:
            members = r.partner_contacts(sorted(team))
    for n, member in enumerate(members, start=len(existing)):
        if member["contact_id"] in existing:
            continue
        r.add_attendance(
            meeting_id,
            str(member["name"]),
            contact_id=int(member["contact_id"]),
            partner_id=int(member["partner_id"]),
            organisation=str(member["organisation"]),
            role=str(member["roles"] or member["function"] or ""),
            position=n,
        )


def invite_table_members(session: Session, meeting_id: int) -> None:
    meeting = get_meeting(session, meeting_id)
    _invite_members(session, meeting_id, meeting.table_kind, meeting.case_id)
    session.record("meeting_updated", meeting_id=meeting_id)


def update_meeting(session: Session, meeting_id: int, **fields: Any) -> None:
    current = get_meeting(session, meeting_id)
    merged = {
        "on_date": fields.get("on_date", current.on_date),
        "start_time": fields.get("start_time", current.start_time),
        "end_time": fields.get("end_time", current.end_time),
        "place": fields.get("place", current.place),
        "chair": fields.get("chair", current.chair),
    }
    found = meeting_problems(**merged)
    if found:
        raise ValidationError(found)
    repo(session).update(meeting_id, **fields)
    session.record("meeting_updated", meeting_id=meeting_id)


def delete_meeting(session: Session, meeting_id: int) -> None:
    repo(session).delete(meeting_id)
    session.record("meeting_deleted", meeting_id=meeting_id)


def create_series(
    session: Session, draft: MeetingDraft, rule: Recurrence, count: int, every_days: int = 7
) -> list[int]:
    """The first meeting and `count` more at the series' rhythm."""
    if not 0 <= count <= 60:
        raise ValidationError({"count": "out_of_range"})
    if rule is Recurrence.CUSTOM and not 1 <= every_days <= 366:
        raise ValidationError({"every_days": "out_of_range"})
    found = draft.problems()
    if found:
        raise ValidationError(found)
    r = repo(session)
    with session.register.transaction():
        series_id = r.create_series(draft.table_kind, rule, every_days)
        ids = [create_meeting(session, draft, series_id=series_id)]
        for day in next_dates(draft.on_date, rule, count, every_days):
            ids.append(create_meeting(session, replace(draft, on_date=day), series_id=series_id))
    session.record("meeting_series_created", series_id=series_id)
    return ids


def extend_series(session: Session, meeting_id: int, count: int = 1) -> list[int]:
    """Create the next `count` dates of the meeting's series after its last date. Dates are
    computed from the series' first date and the occurrence number (no monthly drift)."""
    if not 1 <= count <= 60:
        raise ValidationError({"count": "out_of_range"})
    ids = _extend_series(session, meeting_id, count)
    session.record("meeting_series_extended", meeting_id=meeting_id)
    return ids


def _extend_series(session: Session, meeting_id: int, count: int) -> list[int]:
    meeting = get_meeting(session, meeting_id)
    r = repo(session)
    if meeting.series_id is None:
        raise ValidationError({"series": "required"})
    rule = r.series_rule(meeting.series_id)
    if rule is None:
        raise ValidationError({"series": "required"})
    dates = r.series_dates(meeting.series_id)
    draft = MeetingDraft(
        meeting.table_kind,
        dates[-1],
        meeting.start_time,
        meeting.place,
        meeting.chair,
        meeting.minute_taker,
        meeting.case_id,
    )
    ids = []
    with session.register.transaction():
        for day in dates_after(dates[0], dates[-1], rule[0], count, rule[1]):
            new = replace(draft, on_date=day)
            ids.append(create_meeting(session, new, series_id=meeting.series_id))
    return ids


def make_recurring(
    session: Session, meeting_id: int, rule: Recurrence, count: int, every_days: int = 7
) -> list[int]:
    """Turn a meeting into the first of a series (if it is not in one) and create the
    next `count` dates."""
    if not 1 <= count <= 60:
        raise ValidationError({"count": "out_of_range"})
    if rule is Recurrence.CUSTOM and not 1 <= every_days <= 366:
        raise ValidationError({"every_days": "out_of_range"})
    meeting = get_meeting(session, meeting_id)
    r = repo(session)
    with session.register.transaction():
        if meeting.series_id is None:
            series_id = r.create_series(meeting.table_kind, rule, every_days)
            r.update(meeting_id, series_id=series_id)
        ids = _extend_series(session, meeting_id, count)
    # Recorded once, here (not also by the extension inside).
    session.record("meeting_series_extended", meeting_id=meeting_id)
    return ids


def case_choices(session: Session) -> list[tuple[int, str]]:
    """(case id, code) for choosing the case of a case-team meeting; codes only."""
    return sorted(((i, c) for c, i in repo(session).case_ids_by_code().items()), key=lambda x: x[1])


# -- agenda -------------------------------------------------------------------------------
def agenda(session: Session, meeting_id: int) -> list[AgendaItem]:
    return repo(session).items(meeting_id)


def add_item(
    session: Session,
    meeting_id: int,
    kind: ItemKind,
    title: str = "",
    planned_minutes: int = 10,
    *,
    case_id: int | None = None,
    signal_id: int | None = None,
    reason: str = "",
    before_aob: bool = True,
) -> int:
    found = item_problems(title, planned_minutes, kind)
    if found:
        raise ValidationError(found)
    r = repo(session)
    with session.register.transaction():
        item_id = r.add_item(
            meeting_id,
            kind,
            title=title,
            planned_minutes=planned_minutes,
            case_id=case_id,
            signal_id=signal_id,
            reason=reason,
        )
        if before_aob and kind is not ItemKind.AOB:
            # New items go before "any other business", which stays last.
            ids = [i.id for i in r.items(meeting_id)]
            aob = [i.id for i in r.items(meeting_id) if i.kind is ItemKind.AOB]
            if aob:
                order = [i for i in ids if i not in aob and i != item_id] + [item_id] + aob
                r.reorder(meeting_id, order)
    session.record("agenda_item_created", meeting_id=meeting_id, item_id=item_id)
    return item_id


def update_item(session: Session, item_id: int, **fields: Any) -> None:
    r = repo(session)
    item = r.item(item_id)
    if item is None:
        raise MeetingNotFound(f"item {item_id}")
    found = item_problems(
        fields.get("title", item.title),
        int(fields.get("planned_minutes", item.planned_minutes)),
        item.kind,
    )
    if found:
        raise ValidationError(found)
    r.update_item(item_id, **fields)
    session.record("agenda_item_updated", meeting_id=item.meeting_id, item_id=item_id)


def delete_item(session: Session, item_id: int) -> None:
    """Delete an agenda item; refused (AppliedToCase) when a flag or phase decision or a
    measure was applied to a case from it: deleting would not undo that."""
    r = repo(session)
    if r.applied_to_case(item_id=item_id):
        raise AppliedToCase(f"item {item_id}")
    meeting_id = r.meeting_of_item(item_id)
    r.delete_item(item_id)
    session.record("agenda_item_deleted", meeting_id=meeting_id, item_id=item_id)


def reorder_items(session: Session, meeting_id: int, item_ids: Sequence[int]) -> None:
    current = {i.id for i in repo(session).items(meeting_id)}
    if set(item_ids) != current or len(item_ids) != len(current):
        raise ValidationError({"order": "invalid"})
    repo(session).reorder(meeting_id, item_ids)
    session.record("agenda_reordered", meeting_id=meeting_id)


def move_item(session: Session, item_id: int, delta: int) -> None:
    r = repo(session)
    meeting_id = r.meeting_of_item(item_id)
    if meeting_id is None:
        return
    ids = [i.id for i in r.items(meeting_id)]
    here = ids.index(item_id)
    there = max(0, min(len(ids) - 1, here + delta))
    if here == there:
        return
    ids.insert(there, ids.pop(here))
    reorder_items(session, meeting_id, ids)


# Tables that discuss individual cases and signals (a case team only its own case).
OPERATIONAL_TABLES = frozenset(
    {
        TableKind.INTEGRATED,
        TableKind.OPERATIONAL,
        TableKind.MAIN_BODY,
        TableKind.ZONAL,
        TableKind.CASE_TEAM,
    }
)


def propose_agenda(session: Session, meeting_id: int) -> list[int]:
    """Add case items (flags, reviews, measures due) and signals awaiting weighing that are
    not on the agenda yet; return the new item ids. Only at operational-level tables: the
    strategic table gets none, a case team only its own case and no signals."""
    meeting = get_meeting(session, meeting_id)
    if meeting.table_kind not in OPERATIONAL_TABLES:
        # The strategic table discusses policy, never individual cases (need-to-know).
        return []
    if meeting.table_kind is TableKind.CASE_TEAM and meeting.case_id is None:
        return []
    items = repo(session).items(meeting_id)
    have_cases = {i.case_id for i in items if i.case_id is not None}
    have_signals = {i.signal_id for i in items if i.signal_id is not None}
    added = []
    for raw in case_bridge().cases_for_agenda(session, meeting.on_date):
        prop = _proposal(raw)
        if meeting.case_id is not None and prop.case_id != meeting.case_id:
            continue
        if prop.case_id in have_cases:
            continue
        have_cases.add(prop.case_id)
        added.append(
            add_item(
                session, meeting_id, ItemKind.CASE, "", 15, case_id=prop.case_id, reason=prop.reason
            )
        )
    if meeting.case_id is None:
        for signal_id in case_bridge().signals_for_agenda(session, meeting.on_date):
            if signal_id in have_signals:
                continue
            added.append(
                add_item(session, meeting_id, ItemKind.SIGNAL, "", 10, signal_id=int(signal_id))
            )
    return added


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
    session.record("attendance_updated", attendance_id=entry_id, status=status.value)


def add_attendee(
    session: Session, meeting_id: int, name: str, organisation: str = "", role: str = ""
) -> int:
    if not name.strip():
        raise ValidationError({"name": "required"})
    entry = repo(session).add_attendance(
        meeting_id, name.strip(), organisation=organisation, role=role, position=10_000
    )
    session.record("attendance_created", meeting_id=meeting_id, attendance_id=entry)
    return entry


def remove_attendee(session: Session, entry_id: int) -> None:
    repo(session).delete_attendance(entry_id)
    session.record("attendance_deleted", attendance_id=entry_id)


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
    session.record("meeting_guest_created", meeting_id=meeting_id, guest_id=guest_id)
    return guest_id


def guests(session: Session, meeting_id: int) -> list[Guest]:
    return repo(session).guests(meeting_id)


def update_guest(session: Session, guest_id: int, **fields: Any) -> None:
    if "name" in fields and not str(fields["name"]).strip():
        raise ValidationError({"name": "required"})
    repo(session).update_guest(guest_id, **fields)
    session.record("meeting_guest_updated", guest_id=guest_id)


def remove_guest(session: Session, guest_id: int) -> None:
    repo(session).delete_guest(guest_id)
    session.record("meeting_guest_deleted", guest_id=guest_id)


def set_feedback_consent(
    session: Session,
    *,
    attendance_id: int | None = None,
    guest_id: int | None = None,
    consent: bool | None,
) -> None:
    if attendance_id is not None:
        repo(session).update_attendance(attendance_id, feedback_consent=consent)
    if guest_id is not None:
        repo(session).update_guest(guest_id, feedback_consent=consent)
    session.record("feedback_consent_recorded", attendance_id=attendance_id, guest_id=guest_id)


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
    session.record("meeting_note_created", item_id=item_id, note_id=note_id)
    return note_id


def save_note_text(session: Session, note_id: int, text: str) -> None:
    """Called by the run screen's debounced autosave: one short transaction."""
    found = text_problems(text)
    if found:
        raise ValidationError(found)
    repo(session).update_note(note_id, text=text)
    session.record("meeting_note_updated", note_id=note_id)


def set_note_flags(
    session: Session, note_id: int, *, off_record: bool | None = None, secret: bool | None = None
) -> None:
    fields: dict[str, Any] = {}
    if off_record is not None:
        fields["off_record"] = off_record
    if secret is not None:
        fields["secret"] = secret
    repo(session).update_note(note_id, **fields)
    session.record("meeting_note_updated", note_id=note_id)


def delete_note(session: Session, note_id: int) -> None:
    repo(session).delete_note(note_id)
    session.record("meeting_note_deleted", note_id=note_id)


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


def add_action(
    session: Session,
    item_id: int,
    what: str,
    who: str = "",
    due_on: str = "",
    *,
    partner_id: int | None = None,
    off_record: bool = False,
) -> int:
    """An action (who / what / by when). On a case item, it also becomes a measure of that
    case through the case bridge, with this meeting as its source."""
    found = action_problems(what, due_on)
    if found:
        raise ValidationError(found)
    r = repo(session)
    item = r.item(item_id)
    if item is None:
        raise MeetingNotFound(f"item {item_id}")
    with session.register.transaction():
        action_id = r.add_action(
            item_id,
            what.strip(),
            who=who.strip(),
            due_on=due_on,
            partner_id=partner_id,
            off_record=off_record,
        )
        if item.kind is ItemKind.CASE and item.case_id is not None and not off_record:
            measure = case_bridge().add_measure(
                session, item.case_id, partner_id, what.strip(), due_on, meeting_id=item.meeting_id
            )
            if isinstance(measure, int):
                r.update_action(action_id, measure_id=measure)
    session.record("meeting_action_created", item_id=item_id, action_id=action_id)
    return action_id


def delete_action(session: Session, action_id: int) -> None:
    """Delete an action; refused (AppliedToCase) when it became a measure of a case."""
    if repo(session).applied_to_case(action_id=action_id):
        raise AppliedToCase(f"action {action_id}")
    repo(session).delete_action(action_id)
    session.record("meeting_action_deleted", action_id=action_id)


def decide(
    session: Session,
    item_id: int,
    kind: DecisionKind,
    value: str,
    justification: str = "",
    next_review: str = "",
) -> int:
    """A flag or phase decision on a case item: recorded here and applied to the case with
    this meeting as the decision source and its date as the decision date. A black flag
    (hand-over) or closing is refused here (DecideInCaseFile): the case file records it."""
    problems: dict[str, str] = {}
    if kind is DecisionKind.FLAG and value not in FLAGS:
        problems["value"] = "invalid"
    if kind is DecisionKind.PHASE and value not in PHASES:
        problems["value"] = "invalid"
    if kind is DecisionKind.FLAG and not justification.strip():
        problems["justification"] = "required"
    if next_review and not valid_date(next_review):
        problems["next_review"] = "invalid_date"
    r = repo(session)
    item = r.item(item_id)
    if item is None:
        raise MeetingNotFound(f"item {item_id}")
    if item.case_id is None:
        problems["item"] = "not_a_case_item"
    if problems:
        raise ValidationError(problems)
    assert item.case_id is not None
    if (kind is DecisionKind.FLAG and value == "black") or (
        kind is DecisionKind.PHASE and value == "closed"
    ):
        # A hand-over needs to whom and when, closing a reason and an evaluation: the
        # case file asks for them (with this meeting as the source).
        raise DecideInCaseFile(value)
    on_date = get_meeting(session, item.meeting_id).on_date
    with session.register.transaction():
        decision_id = r.add_decision(
            item_id, item.case_id, kind, value, justification.strip(), next_review
        )
        if kind is DecisionKind.FLAG:
            case_bridge().change_flag(
                session,
                item.case_id,
                value,
                justification.strip(),
                next_review,
                decided_by_meeting_id=item.meeting_id,
                decided_on=on_date,
            )
        else:
            case_bridge().change_phase(
                session, item.case_id, value, meeting_id=item.meeting_id, changed_on=on_date
            )
    session.record(
        "case_decision_recorded", item_id=item_id, case_id=item.case_id, decision=kind.value
    )
    return decision_id


def redactor(session: Session) -> Redactor:
    """Blanks every identity of the register (domain/redaction.py)."""
    return redactor_for(case_bridge().identity_records(session))


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
        for row_id, conclusion, contact, case_id in r.feedback_texts():
            new = one(conclusion, [case_id]), one(contact, [case_id])
            if new != (conclusion, contact):
                r.blank_feedback_text(row_id, *new)
                changed += 1
    if changed:
        session.record("meeting_texts_redacted", case_id=record.case_id, count=changed)
    return changed


def scrub_case_identity(session: Session, case_id: int, terms: Sequence[str]) -> int:
    """`scrub_identity` for plain phrases (names) of one case."""
    return scrub_identity(session, IdentityRecord(case_id, other_terms=tuple(terms)))


# -- minutes ---------------------------------------------------------------------------------
def minutes_source(session: Session, meeting_id: int) -> MinutesSource:
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
        identities=list(case_bridge().identity_records(session)),
        agenda_as_sent=r.agenda_as_sent(meeting_id),
        next_meeting=r.next_after(meeting),
    )


def minutes_content(session: Session, meeting_id: int) -> MinutesContent:
    """The printable content: the frozen snapshot once finalised, else built live."""
    frozen = repo(session).frozen_content(meeting_id)
    if frozen is not None:
        # Redacted when frozen; a second pass with today's register can only blank more.
        return redact_content(MinutesContent.from_dict(frozen), redactor(session))
    return printable_minutes(minutes_source(session, meeting_id))


def finalise(session: Session, meeting_id: int) -> str:
    meeting = get_meeting(session, meeting_id)
    check_finalise(meeting, today())
    content = printable_minutes(minutes_source(session, meeting_id))
    digest = content_hash(content)
    repo(session).freeze(meeting_id, content.to_dict(), digest)
    session.record("minutes_finalised", meeting_id=meeting_id)
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
    check_approve(meeting, approving, today())
    # Remarks may name a person concerned: stored redacted, like everything printed.
    clean = redactor(session)(remarks.strip(), _meeting_cases(session, meeting_id))
    repo(session).approve(meeting_id, approving_meeting_id, approving.on_date, clean)
    session.record("minutes_approved", meeting_id=meeting_id, by_meeting_id=approving_meeting_id)


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
    session.record("minutes_addendum_created", meeting_id=meeting_id, number=number)
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
            "approved_on": meeting.approved_on,
            "approval_remarks": clean(meeting.approval_remarks, cases),
            "addenda": [replace(a, text=clean(a.text, cases)) for a in r.addenda(meeting.id)],
        }
    return DocumentInfo(
        labels=labels.words,
        language=LANGUAGE_TAGS.get(labels.language, "en-GB"),
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
    return minutes_report.minutes_pdf(content, _info(session, labels, meeting))


def _case_code(session: Session, meeting_id: int, case_id: int) -> str:
    code = repo(session).case_codes([case_id]).get(case_id, "")
    if not code:
        sheet = repo(session).feedback_sheet(meeting_id, case_id)
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
    return minutes_report.minutes_pdf(content, info)


def feedback_cases(session: Session, meeting_id: int) -> list[tuple[int, str]]:
    """(case id, code) of the cases a feedback sheet can be made for: the case items."""
    r = repo(session)
    ids = [i.case_id for i in r.items(meeting_id) if i.case_id is not None]
    codes = r.case_codes(ids)
    seen: dict[int, str] = {}
    for case_id in ids:
        seen.setdefault(case_id, codes.get(case_id, ""))
    for sheet in r.feedback_sheets(meeting_id):
        seen.setdefault(int(sheet["case_id"]), str(sheet["case_code"]))
    return [(c, code) for c, code in seen.items() if code]


def _proposed_conclusion(session: Session, meeting_id: int, case_id: int, code: str) -> str:
    """The decisions noted on that case's items (not the account of the discussion)."""
    content = extract_of(minutes_content(session, meeting_id), code)
    lines = [d for item in content.items if not item.withheld for d in item.decisions]
    for item in content.items:
        for dec in item.case_decisions:
            if dec.justification:
                lines.append(dec.justification)
    return "\n".join(lines)


def feedback_text(session: Session, meeting_id: int, case_id: int) -> FeedbackText:
    """The exact text the feedback sheet for this case would carry: the stored, agreed
    text, or (not yet saved) a proposal from the decisions noted on that case's items."""
    meeting = get_meeting(session, meeting_id)
    code = _case_code(session, meeting_id, case_id)
    sheet = repo(session).feedback_sheet(meeting_id, case_id)
    clean = redactor(session)
    if sheet is not None:
        return FeedbackText(
            code,
            meeting.on_date,
            clean(str(sheet["conclusion"]), [case_id, code]),
            str(sheet["follow_up"]),
            clean(str(sheet["police_contact"]), [case_id, code]),
            saved=True,
        )
    follow_up = case_bridge().follow_up(session, case_id)
    return FeedbackText(
        code,
        meeting.on_date,
        _proposed_conclusion(session, meeting_id, case_id, code),
        follow_up,
    )


FOLLOW_UPS = ("social", "police", "mixed")


def save_feedback_text(
    session: Session,
    meeting_id: int,
    case_id: int,
    conclusion: str,
    follow_up: str = "",
    police_contact: str = "",
) -> FeedbackText:
    """Store the text the cell agrees to feed back about one case, redacted with every
    identity of the register. A changed text drops every consent given so far."""
    found = feedback_problems(conclusion, police_contact)
    if follow_up and follow_up not in FOLLOW_UPS:
        found["follow_up"] = "invalid"
    if found:
        raise ValidationError(found)
    meeting = get_meeting(session, meeting_id)
    code = _case_code(session, meeting_id, case_id)
    clean = redactor(session)
    text = FeedbackText(
        code,
        meeting.on_date,
        clean(conclusion.strip(), [case_id, code]),
        follow_up,
        clean(police_contact.strip(), [case_id, code]),
        saved=True,
    )
    changed = repo(session).save_feedback_sheet(
        meeting_id,
        case_id,
        code,
        text.conclusion,
        text.follow_up,
        text.police_contact,
        text.fingerprint(),
    )
    if changed:
        session.record("feedback_text_saved", meeting_id=meeting_id, case_id=case_id)
    return text


def _participants(session: Session, meeting_id: int) -> list[tuple[str, str, str]]:
    """(key, name, organisation) of every member who took part, guests included."""
    r = repo(session)
    people = [
        (f"attendance:{e.id}", e.name, e.organisation)
        for e in r.attendance(meeting_id)
        if e.status is Attendance.PRESENT
    ]
    people += [(f"guest:{g.id}", g.name, g.organisation) for g in r.guests(meeting_id)]
    return people


def feedback_consents(session: Session, meeting_id: int, case_id: int) -> list[FeedbackParticipant]:
    """Every participant with their consent to the stored text (None: not asked yet, or
    asked about a text that has changed since)."""
    r = repo(session)
    sheet = r.feedback_sheet(meeting_id, case_id)
    given = r.feedback_consents(meeting_id, case_id) if sheet else {}
    out = []
    for key, name, organisation in _participants(session, meeting_id):
        consent, fingerprint = given.get(key, (None, ""))
        valid = sheet is not None and fingerprint == sheet["fingerprint"]
        out.append(FeedbackParticipant(key, name, organisation, consent if valid else None))
    return out


def record_feedback_consent(
    session: Session,
    meeting_id: int,
    case_id: int,
    *,
    attendance_id: int | None = None,
    guest_id: int | None = None,
    consent: bool | None,
) -> None:
    """Record (True / False) or reset (None) one participant's consent to the stored text;
    during the meeting or after finalising."""
    r = repo(session)
    sheet = r.feedback_sheet(meeting_id, case_id)
    if sheet is None:
        raise ValidationError({"conclusion": "required"})
    key = f"attendance:{attendance_id}" if attendance_id is not None else f"guest:{guest_id}"
    if key not in {k for k, _, _ in _participants(session, meeting_id)}:
        raise ValidationError({"participant": "not_a_participant"})
    r.set_feedback_consent(meeting_id, case_id, key, consent, str(sheet["fingerprint"]))
    session.record(
        "feedback_consent_recorded",
        meeting_id=meeting_id,
        case_id=case_id,
        attendance_id=attendance_id,
        guest_id=guest_id,
    )


def feedback_participants(session: Session, meeting_id: int) -> list[tuple[str, str, bool | None]]:
    """The meeting-wide consent ticks of the meeting screen (per attendee and guest)."""
    r = repo(session)
    people = [
        (e.name, e.organisation, e.feedback_consent)
        for e in r.attendance(meeting_id)
        if e.status is Attendance.PRESENT
    ]
    people += [(g.name, g.organisation, g.feedback_consent) for g in r.guests(meeting_id)]
    return people


def feedback_possible(session: Session, meeting_id: int, case_id: int | None = None) -> bool:
    """A sheet can be made: a stored text and every participant's consent to it (for
    `case_id`, or for at least one case of the meeting)."""
    cases = (
        [case_id] if case_id is not None else [c for c, _ in feedback_cases(session, meeting_id)]
    )
    for one in cases:
        if repo(session).feedback_sheet(meeting_id, one) is None:
            continue
        if feedback_allowed([p.consent for p in feedback_consents(session, meeting_id, one)]):
            return True
    return False


def feedback_pdf(
    session: Session, meeting_id: int, labels: Labels, *, case_id: int | None = None
) -> bytes:
    """Feedback sheet to the police about one case (art. 458ter): the agreed text only
    (case code, date, conclusion, follow-up type, police contact), refused unless every
    participant consented to exactly that text."""
    if case_id is None:
        ready = [
            c
            for c, _ in feedback_cases(session, meeting_id)
            if feedback_possible(session, meeting_id, c)
        ]
        if not ready:
            raise FeedbackNeedsConsensus(str(meeting_id))
        case_id = ready[0]
    people = feedback_consents(session, meeting_id, case_id)
    if repo(session).feedback_sheet(meeting_id, case_id) is None or not feedback_allowed(
        [p.consent for p in people]
    ):
        raise FeedbackNeedsConsensus(str(meeting_id))
    meeting = get_meeting(session, meeting_id)
    text = feedback_text(session, meeting_id, case_id)
    content = _preparation_content(session, meeting_id)
    participants = [PrintedAttendee(p.name, p.organisation, "") for p in people]
    info = replace(
        _info(session, labels, meeting), content_hash="", addenda=(), case_code=text.case_code
    )
    return minutes_report.feedback_pdf(content, text, participants, info)


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
    return minutes_report.invitation_pdf(
        content, _invitees(session, meeting_id), _info(session, labels, None)
    )


def attendance_sheet_pdf(session: Session, meeting_id: int, labels: Labels) -> bytes:
    get_meeting(session, meeting_id)
    content = _preparation_content(session, meeting_id)
    return minutes_report.attendance_sheet_pdf(
        content, _invitees(session, meeting_id), _info(session, labels, None)
    )


def mark_agenda_sent(session: Session, meeting_id: int) -> None:
    """Freeze the agenda "as sent" (the minutes print this one, even if items move later)."""
    meeting = get_meeting(session, meeting_id)
    src = minutes_source(session, meeting_id)
    lines = printable_agenda(src.items, src.case_codes, meeting.start_time, redactor(session))
    repo(session).mark_agenda_sent(meeting_id, lines)
    session.record("agenda_sent", meeting_id=meeting_id)


def ics_bytes(session: Session, meeting_id: int, summary: str, *, minutes: int = 0) -> bytes:
    """An iCalendar file for one meeting (summary is translated by the caller). Nothing
    about cases goes in: only table, date, time and place."""
    from icalendar import Calendar, Event

    meeting = get_meeting(session, meeting_id)
    items = repo(session).items(meeting_id)
    start_clock = meeting.start_time or "09:00"
    start = datetime.fromisoformat(f"{meeting.on_date}T{start_clock}:00")
    duration = minutes or sum(i.planned_minutes for i in items) or 60
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


# -- writing and distribution -----------------------------------------------------------------
def write_document(
    session: Session,
    meeting_id: int,
    document: DocumentKind,
    data: bytes,
    target: Path,
    *,
    case_id: int | None = None,
) -> Path:
    """Write `data` once to `target` (private permissions) and record the export."""
    target = Path(target)
    try:
        ensure_private_dir(target.parent)
    except OSError as exc:
        raise os_error(exc) from exc
    # All or nothing: a failed write (disk full) leaves the previous file as it was.
    write_atomic(target, data)
    session.record(
        "export_pdf" if target.suffix.lower() == ".pdf" else "export_file",
        document=document.value,
        meeting_id=meeting_id,
        case_id=case_id,
        destination=target.parent.name,
    )
    return target


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
    if sent_on and not valid_date(sent_on[:10]):
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
    session.record("distribution_recorded", meeting_id=meeting_id, document=document.value)
    return ids


def distribution(session: Session, meeting_id: int) -> list[dict[str, Any]]:
    return repo(session).distribution(meeting_id)


def today() -> str:
    return date.today().isoformat()


def sample_source(items: int = 40, attendees: int = 30) -> MinutesSource:
    """A large fictional meeting held in memory (benchmarks, layout checks)."""
    from livc_desktop.domain.meetings import Action, AttendanceEntry, Guest, Note

    meeting = Meeting(
        1,
        TableKind.OPERATIONAL,
        "2026-05-12",
        "09:00",
        "12:30",
        "Gemeentehuis Demostad",
        "Burgemeester Fictief",
        "Fien Voorbeeld",
    )
    kinds = [ItemKind.CASE, ItemKind.SIGNAL, ItemKind.GENERAL]
    agenda_items = [
        AgendaItem(
            n,
            1,
            n,
            kinds[n % 3],
            "" if n % 3 == 0 else f"Agendapunt {n} over de werking",
            case_id=n if n % 3 == 0 else None,
            planned_minutes=5,
        )
        for n in range(1, items + 1)
    ]
    notes = [
        Note(n, item.id, NoteKind.ACCOUNT, "Verslag van de bespreking. " * 6, off_record=n % 7 == 0)
        for n, item in enumerate(agenda_items, start=1)
    ]
    actions = [
        Action(
            n,
            item.id,
            f"Actie {n}: contact opnemen en terugkoppelen",
            "Partner Fictief vzw",
            due_on="2026-06-01",
        )
        for n, item in enumerate(agenda_items, start=1)
    ]
    statuses = [Attendance.PRESENT, Attendance.PRESENT, Attendance.EXCUSED, Attendance.ABSENT]
    people = [
        AttendanceEntry(
            n,
            1,
            f"Deelnemer Fictief {n}",
            f"Organisatie Fictief {n % 9}",
            "member",
            status=statuses[n % 4],
            sent_info=n % 8 == 2,
        )
        for n in range(1, attendees + 1)
    ]
    return MinutesSource(
        meeting=meeting,
        municipalities=["Demostad", "Voorbeeldegem"],
        items=agenda_items,
        notes=notes,
        actions=actions,
        decisions=[],
        attendance=people,
        guests=[Guest(1, 1, "Gast Fictief", "Expertisecentrum X", "deskundige", True)],
        case_codes={i.case_id: f"2026-{i.case_id:03d}" for i in agenda_items if i.case_id},
    )


def render_sample_minutes(labels: Labels, items: int = 40, attendees: int = 30) -> bytes:
    """Render the minutes of a large fictional meeting (the benchmark's entry point)."""
    content = printable_minutes(sample_source(items, attendees))
    return minutes_report.minutes_pdf(content, _sample_info(labels))


def _sample_info(labels: Labels) -> DocumentInfo:
    return DocumentInfo(
        labels=labels.words,
        language=LANGUAGE_TAGS.get(labels.language, "en-GB"),
        author="Fien Voorbeeld",
        kinds=labels.kinds,
        tables=labels.tables,
        codes=labels.codes,
        roles=labels.roles,
        format_date=labels.format_date,
        draft=True,
    )


# -- demo ------------------------------------------------------------------------------------
_DEMO_PEOPLE = [
    ("Burgemeester Fictief", "Gemeente Demostad", "mayor"),
    ("Inspecteur Jan Voorbeeld", "Lokale Politie Fictief", "information_officer"),
    ("Fien Voorbeeld", "Gemeente Demostad", "prevention_officer"),
    ("رانيا المثال", "Jeugddienst Fictief", "member"),
    ("François Exemple", "OCMW Voorbeeldegem", "member"),
    ("Jürgen Beispiel", "CLB Nergensland", "member"),
]


def fill_demo(session: Session, rng: Any) -> None:
    """Two past meetings (one approved, one finalised) and two upcoming ones, fictional."""
    profile = session.profile()
    table = profile.tables[-1] if profile.tables else TableKind.INTEGRATED
    place = profile.default_place or "Gemeentehuis Demostad"
    first = date.today() - timedelta(days=56)
    ids = create_series(
        session,
        MeetingDraft(
            table,
            first.isoformat(),
            "14:00",
            place,
            "Burgemeester Fictief",
            profile.officer_name or "Fien Voorbeeld",
        ),
        Recurrence.CUSTOM,
        3,
        every_days=28,
    )
    for meeting_id in ids:
        if not attendance(session, meeting_id):
            for n, (name, org, role) in enumerate(_DEMO_PEOPLE):
                repo(session).add_attendance(
                    meeting_id, name, organisation=org, role=role, position=n
                )
        add_item(session, meeting_id, ItemKind.GENERAL, "Jaarplanning preventie", 20)
        add_item(session, meeting_id, ItemKind.GENERAL, "Vorming voor partners", 15)
    for meeting_id in ids[:2]:
        items = agenda(session, meeting_id)
        for entry in attendance(session, meeting_id):
            status = rng.choice(
                [Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT, Attendance.EXCUSED]
            )
            set_attendance(session, entry.id, status, sent_info=status is Attendance.EXCUSED)
        add_guest(session, meeting_id, "Dr. Gast Fictief", "Expertisecentrum X", "deskundige", True)
        general = next(i for i in items if i.kind is ItemKind.GENERAL)
        add_note(session, general.id, text="De jaarplanning werd overlopen en goedgekeurd.")
        add_note(
            session,
            general.id,
            text="Gevoelige achtergrond, niet voor het verslag.",
            off_record=True,
        )
        add_action(
            session,
            general.id,
            "Jaarplan rondsturen",
            "Fien Voorbeeld",
            (
                date.fromisoformat(_meeting_date(session, meeting_id)) + timedelta(days=14)
            ).isoformat(),
        )
        update_meeting(session, meeting_id, end_time="16:00", status="held")
        finalise(session, meeting_id)
    approve(session, ids[0], ids[1], "Goedgekeurd zonder opmerkingen.")


def _meeting_date(session: Session, meeting_id: int) -> str:
    return get_meeting(session, meeting_id).on_date
