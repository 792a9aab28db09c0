"""Planning meetings: the meeting itself, series, and the agenda (with the cases and
signals the cases feature proposes for it). Every write announces itself to the access
trail with ids and codes only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from livc_desktop.domain.cases import Phase
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import ExitCode, LivcError, ValidationError
from livc_desktop.domain.meetings import (
    STANDARD_FIRST_ITEMS,
    AgendaItem,
    AppliedToCase,
    ItemKind,
    Meeting,
    MeetingNotFound,
    MeetingStatus,
    MinutesLocked,
    MinutesState,
    Recurrence,
    dates_after,
    item_problems,
    meeting_problems,
    next_dates,
)
from livc_desktop.domain.signals import SignalStatus
from livc_desktop.services import cases, signals
from livc_desktop.services.session import Session
from livc_desktop.storage.feedback_repo import FeedbackRepository
from livc_desktop.storage.meetings_repo import MeetingRepository


def repo(session: Session) -> MeetingRepository:
    return MeetingRepository(session.register)


def feedback_repo(session: Session) -> FeedbackRepository:
    return FeedbackRepository(session.register)


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = repo(session).get(meeting_id)
    if meeting is None:
        raise MeetingNotFound(str(meeting_id))
    return meeting


def list_meetings(session: Session) -> list[Meeting]:
    return repo(session).list_all()


def meeting_count(session: Session) -> int:
    return repo(session).count()


def meeting_exists(session: Session, meeting_id: int) -> bool:
    return repo(session).exists(meeting_id)


def default_meeting_id(session: Session, today: date | None = None) -> int | None:
    """The meeting the meetings page starts on: the next one from today, else the latest."""
    return repo(session).default_id(today or date.today())


def later_meetings(session: Session, meeting: Meeting) -> list[Meeting]:
    """The meetings of the same table after the day of `meeting` (the ones that can approve
    its minutes), latest first."""
    return repo(session).later_of_table(meeting)


# -- prepare -------------------------------------------------------------------------------
@dataclass
class MeetingDraft:
    table_kind: TableKind
    on_date: date
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
    session.record(ChangeKind.MEETING_CREATED, meeting_id=meeting_id)
    return meeting_id


def _invite_members(
    session: Session, meeting_id: int, table_kind: TableKind, case_id: int | None
) -> tuple[int, int]:
    """The table's members; for a case-team meeting, the contacts of that case's team.
    Returns (members found, newly invited)."""
    r = repo(session)
    existing = {e.contact_id for e in r.attendance(meeting_id)}
    members = r.table_members(table_kind)
    if case_id is not None:
        team = {t.partner_id for t in cases.team(session, case_id) if t.left_on is None}
        if team:
            members = r.partner_contacts(sorted(team))
    added = 0
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
        added += 1
    return len(members), added


@dataclass(frozen=True)
class InviteOutcome:
    """`members`: contacts found for the table (0: no partner with an active contact is
    ticked for it); `added`: newly invited; `partners_at_table`: partners ticked for the
    table, with or without contacts (tells "tick the table" from "add a contact")."""

    members: int
    added: int
    partners_at_table: int


def invite_table_members(session: Session, meeting_id: int) -> InviteOutcome:
    meeting = get_meeting(session, meeting_id)
    members, added = _invite_members(session, meeting_id, meeting.table_kind, meeting.case_id)
    if added:
        session.record(ChangeKind.MEETING_UPDATED, meeting_id=meeting_id, invited=added)
    return InviteOutcome(members, added, repo(session).partners_at_table(meeting.table_kind))


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
    session.record(ChangeKind.MEETING_UPDATED, meeting_id=meeting_id)


def delete_meeting(session: Session, meeting_id: int) -> None:
    repo(session).delete(meeting_id)
    session.record(ChangeKind.MEETING_DELETED, meeting_id=meeting_id)


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
    session.record(ChangeKind.MEETING_SERIES_CREATED, series_id=series_id)
    return ids


def extend_series(session: Session, meeting_id: int, count: int = 1) -> list[int]:
    """Create the next `count` dates of the meeting's series after its last date. Dates are
    computed from the series' first date and the occurrence number (no monthly drift)."""
    if not 1 <= count <= 60:
        raise ValidationError({"count": "out_of_range"})
    ids = _extend_series(session, meeting_id, count)
    session.record(ChangeKind.MEETING_SERIES_EXTENDED, meeting_id=meeting_id)
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
    session.record(ChangeKind.MEETING_SERIES_EXTENDED, meeting_id=meeting_id)
    return ids


def case_code(session: Session, case_id: int) -> str:
    """The code of one case ("" when it is gone)."""
    return repo(session).case_codes([case_id]).get(case_id, "")


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
    session.record(ChangeKind.AGENDA_ITEM_CREATED, meeting_id=meeting_id, item_id=item_id)
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
    session.record(ChangeKind.AGENDA_ITEM_UPDATED, meeting_id=item.meeting_id, item_id=item_id)


def delete_item(session: Session, item_id: int) -> None:
    """Delete an agenda item; refused (AppliedToCase) when a flag or phase decision or a
    measure was applied to a case from it: deleting would not undo that."""
    r = repo(session)
    if r.applied_to_case(item_id=item_id):
        raise AppliedToCase(f"item {item_id}")
    item = r.item(item_id)
    if item is None:
        raise MeetingNotFound(f"item {item_id}")
    r.delete_item(item_id)
    # What kind of item, which meeting and case: never its title or notes.
    session.record(
        ChangeKind.AGENDA_ITEM_DELETED,
        meeting_id=item.meeting_id,
        item_id=item_id,
        item_kind=item.kind.value,
        case_id=item.case_id,
        case_code=item.case_code,
    )


def reorder_items(session: Session, meeting_id: int, item_ids: Sequence[int]) -> None:
    current = {i.id for i in repo(session).items(meeting_id)}
    if set(item_ids) != current or len(item_ids) != len(current):
        raise ValidationError({"order": "invalid"})
    repo(session).reorder(meeting_id, item_ids)
    session.record(ChangeKind.AGENDA_REORDERED, meeting_id=meeting_id)


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
    for prop in cases.cases_for_agenda(session, meeting.on_date):
        if meeting.case_id is not None and prop.case_id != meeting.case_id:
            continue
        if prop.case_id in have_cases:
            continue
        have_cases.add(prop.case_id)
        added.append(
            add_item(
                session,
                meeting_id,
                ItemKind.CASE,
                "",
                15,
                case_id=prop.case_id,
                reason=prop.reason.value,
            )
        )
    if meeting.case_id is None:
        for signal in signals.signals_awaiting(session):
            if signal.id in have_signals:
                continue
            added.append(
                add_item(session, meeting_id, ItemKind.SIGNAL, "", 10, signal_id=signal.id)
            )
    return added


def _meeting_date(session: Session, meeting_id: int) -> date:
    return get_meeting(session, meeting_id).on_date


# -- choosing any case or signal, and the next meeting -------------------------------------------
class NoNextMeeting(LivcError):
    """No meeting is planned after today whose agenda can still change."""

    code = "no_next_meeting"
    exit_code = ExitCode.USAGE


@dataclass(frozen=True)
class AgendaChoice:
    """A case or signal that can be put on an agenda: codes and pseudonyms only."""

    case_id: int | None
    signal_id: int | None
    code: str  # the case code, or the signal's number
    pseudonym: str  # a case's pseudonym ("" for a signal)
    received_on: date | None  # a signal's date
    on_agenda: bool


def agenda_choices(session: Session, meeting_id: int) -> list[AgendaChoice]:
    """Every case that is not closed and every registered signal not linked to a case,
    marked when already on this meeting's agenda."""
    items = repo(session).items(meeting_id)
    have_cases = {i.case_id for i in items if i.case_id is not None}
    have_signals = {i.signal_id for i in items if i.signal_id is not None}
    out = [
        AgendaChoice(row.id, None, row.code, row.pseudonym, None, row.id in have_cases)
        for row in cases.list_cases(session)
        if row.phase is not Phase.CLOSED
    ]
    out.sort(key=lambda c: c.code)
    out += [
        AgendaChoice(None, s.id, f"#{s.id}", "", s.received_on, s.id in have_signals)
        for s in signals.recent_signals(session)
        if s.case_id is None and s.status is not SignalStatus.NOT_REGISTERED
    ]
    return out


def add_to_agenda(
    session: Session, meeting_id: int, *, case_id: int | None = None, signal_id: int | None = None
) -> int:
    """Put one case or signal on the agenda (before "any other business"); the item that
    is already there is returned instead of a second one."""
    if (case_id is None) == (signal_id is None):
        raise ValidationError({"item": "required"})
    meeting = get_meeting(session, meeting_id)
    if meeting.minutes_state is not MinutesState.DRAFT:
        raise MinutesLocked("frozen")
    for item in repo(session).items(meeting_id):
        if (case_id is not None and item.case_id == case_id) or (
            signal_id is not None and item.signal_id == signal_id
        ):
            return item.id
    if case_id is not None:
        cases.get_case(session, case_id)  # NotFound for an unknown id
        return add_item(session, meeting_id, ItemKind.CASE, "", 15, case_id=case_id)
    assert signal_id is not None
    signals.get_signal(session, signal_id)
    return add_item(session, meeting_id, ItemKind.SIGNAL, "", 10, signal_id=signal_id)


def next_meeting(session: Session, today: date | None = None) -> Meeting | None:
    """The first meeting from today on, at a table that discusses cases, with draft
    minutes and not cancelled (a case-team meeting only for its own case: not here)."""
    day = today or date.today()
    upcoming = [
        m
        for m in repo(session).list_all()
        if m.on_date >= day
        and m.minutes_state is MinutesState.DRAFT
        and m.status is not MeetingStatus.CANCELLED
        and m.table_kind in OPERATIONAL_TABLES
        and m.table_kind is not TableKind.CASE_TEAM
    ]
    return min(upcoming, key=lambda m: (m.on_date, m.start_time, m.id), default=None)


def put_on_next_meeting(
    session: Session,
    *,
    case_id: int | None = None,
    signal_id: int | None = None,
    today: date | None = None,
) -> tuple[Meeting, int]:
    """Put a case or signal on the next meeting's agenda; NoNextMeeting when none is
    planned. Returns the meeting and the item (an existing one when already there)."""
    meeting = next_meeting(session, today)
    if meeting is None:
        raise NoNextMeeting()
    return meeting, add_to_agenda(session, meeting.id, case_id=case_id, signal_id=signal_id)
