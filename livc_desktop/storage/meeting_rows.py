"""Helpers of the meeting repositories: the write guard that turns the frozen-minutes
trigger into `MinutesLocked`, and the conversion of rows to the domain's records."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlcipher3 import dbapi2

from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.meetings import (
    Action,
    AgendaItem,
    Attendance,
    AttendanceEntry,
    ItemKind,
    Meeting,
    MeetingStatus,
    MinutesLocked,
    MinutesState,
    Note,
    NoteKind,
)
from livc_desktop.storage.connection import Register


def now() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


def as_bool(value: Any) -> bool:
    return bool(value)


def db_value(value: Any) -> Any:
    """Booleans as 0/1, dates as ISO text (no implicit adapters), None as stored."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


@contextmanager
def guarded(register: Register) -> Iterator[Any]:
    try:
        with register.transaction() as conn:
            yield conn
    except dbapi2.IntegrityError as exc:
        if "minutes_frozen" in str(exc):
            raise MinutesLocked("frozen") from exc
        raise


def meeting_row(r: Any) -> Meeting:
    return Meeting(
        id=int(r["id"]),
        table_kind=TableKind(r["table_kind"]),
        on_date=date.fromisoformat(r["on_date"]),
        start_time=str(r["start_time"]),
        end_time=str(r["end_time"]),
        place=str(r["place"]),
        chair=str(r["chair"]),
        minute_taker=str(r["minute_taker"]),
        status=MeetingStatus(r["status"]),
        minutes_state=MinutesState(r["minutes_state"]),
        series_id=None if r["series_id"] is None else int(r["series_id"]),
        case_id=None if r["case_id"] is None else int(r["case_id"]),
        content_hash=str(r["content_hash"]),
        finalised_at=str(r["finalised_at"]),
        approved_on=date.fromisoformat(r["approved_on"]) if r["approved_on"] else None,
        approved_by_meeting_id=(
            None if r["approved_by_meeting_id"] is None else int(r["approved_by_meeting_id"])
        ),
        approval_remarks=str(r["approval_remarks"]),
        agenda_sent_at=str(r["agenda_sent_at"]),
    )


def item_row(r: Any) -> AgendaItem:
    return AgendaItem(
        id=int(r["id"]),
        meeting_id=int(r["meeting_id"]),
        position=int(r["position"]),
        kind=ItemKind(r["kind"]),
        title=str(r["title"]),
        case_id=None if r["case_id"] is None else int(r["case_id"]),
        case_code=str(r["case_code"]),
        signal_id=None if r["signal_id"] is None else int(r["signal_id"]),
        reason=str(r["reason"]),
        planned_minutes=int(r["planned_minutes"]),
        off_record=as_bool(r["off_record"]),
        secret=as_bool(r["secret"]),
    )


def note_row(r: Any) -> Note:
    return Note(
        int(r["id"]),
        int(r["item_id"]),
        NoteKind(r["kind"]),
        str(r["text"]),
        as_bool(r["off_record"]),
        as_bool(r["secret"]),
        int(r["position"]),
    )


def action_row(r: Any) -> Action:
    return Action(
        id=int(r["id"]),
        item_id=int(r["item_id"]),
        what=str(r["what"]),
        who=str(r["who"]),
        partner_id=None if r["partner_id"] is None else int(r["partner_id"]),
        due_on=date.fromisoformat(r["due_on"]) if r["due_on"] else None,
        off_record=as_bool(r["off_record"]),
        measure_id=None if r["measure_id"] is None else int(r["measure_id"]),
    )


def attendance_row(r: Any) -> AttendanceEntry:
    return AttendanceEntry(
        id=int(r["id"]),
        meeting_id=int(r["meeting_id"]),
        name=str(r["name"]),
        organisation=str(r["organisation"]),
        role=str(r["role"]),
        contact_id=None if r["contact_id"] is None else int(r["contact_id"]),
        partner_id=None if r["partner_id"] is None else int(r["partner_id"]),
        status=Attendance(r["status"]),
        sent_info=as_bool(r["sent_info"]),
        arrived_at=str(r["arrived_at"]),
        left_at=str(r["left_at"]),
    )
