"""The rows the case repository hands out, and the conversions between register columns and
`datetime.date`: plain frozen dataclasses, so screens and services can hold them freely."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar, cast

from livc_desktop.domain.cases import (
    ClosureReason,
    CooperationKind,
    Flag,
    FollowUp,
    MeasureStatus,
    Phase,
    SharingLevel,
)


def now_stamp() -> str:
    return datetime.now().isoformat(timespec="seconds")


def d(value: Any) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


_E = TypeVar("_E", bound=Enum)
_MEMBERS: dict[type[Enum], dict[object, Enum]] = {}


def member(kind: type[_E], value: object) -> _E:
    """`kind(value)` through a plain dict: Enum's own call costs microseconds, and lists
    and the Overview read several per row of the whole register."""
    table = _MEMBERS.get(kind)
    if table is None:
        table = _MEMBERS[kind] = {m.value: m for m in kind}
    found = table.get(value)
    return cast(_E, found) if found is not None else kind(value)


@dataclass(frozen=True)
class CaseRow:
    """One line of the case register: codes and counters, never identity or content."""

    id: int
    code: str
    pseudonym: str
    opened_on: date
    phase: Phase
    phase_since: date
    flag: Flag | None
    flag_since: date | None
    next_review: date | None
    last_weighed_on: date
    follow_up: FollowUp | None
    lead_partner_id: int | None
    lead_partner: str
    open_measures: int
    overdue_measures: int
    closure_reason: ClosureReason | None = None
    closure_note: str = ""
    closed_on: date | None = None
    handed_to: str = ""
    handed_on: date | None = None
    municipality: str = ""


class CaseSort(Enum):
    """The columns the case list sorts by, each sorted by SQLite."""

    CODE = "code"
    PSEUDONYM = "pseudonym"
    FLAG = "flag"
    PHASE = "phase"
    FOLLOW_UP = "follow_up"
    LEAD_PARTNER = "lead_partner"
    NEXT_REVIEW = "next_review"
    MEASURES = "measures"
    OPENED = "opened"


@dataclass(frozen=True)
class CaseListQuery:
    """What the case list shows and in which order; every field narrows the list.

    `flag` None means any flag, `unweighed_only` cases without one; `phase` None with
    `open_only` every phase but closed. `due` is (today, weighed on or before): the review
    rule of domain.cases.review_reasons written as a condition. `text` matches the code
    and pseudonym (substring), the person's name (every word) and information items
    (full-text), accents and case folded both ways. `follow_up_order` is the order of the
    follow-up values when sorting by them (their labels' order, which SQLite cannot know)."""

    flag: Flag | None = None
    unweighed_only: bool = False
    phase: Phase | None = None
    open_only: bool = True
    follow_up: FollowUp | None = None
    team_partner_id: int | None = None
    due: tuple[date, date] | None = None
    overdue_only: bool = False
    text: str = ""
    sort: CaseSort = CaseSort.CODE
    descending: bool = True
    follow_up_order: tuple[FollowUp, ...] = ()


@dataclass(frozen=True)
class FlagEntry:
    id: int
    flag: Flag
    decided_on: date
    meeting_id: int | None
    decided_by_person: str
    justification: str
    next_review: date | None
    handed_to: str
    handed_on: date | None


@dataclass(frozen=True)
class PhaseEntry:
    id: int
    from_phase: Phase | None
    to_phase: Phase
    changed_on: date
    meeting_id: int | None
    reason: str
    note: str


@dataclass(frozen=True)
class MeasureRow:
    id: int
    case_id: int
    case_code: str
    partner_id: int | None
    partner: str
    what: str
    due_on: date | None
    status: MeasureStatus
    result: str
    meeting_id: int | None
    created_on: date
    closed_on: date | None


@dataclass(frozen=True)
class InfoRow:
    id: int
    case_id: int
    received_on: date
    source_partner_id: int | None
    source_partner: str
    content: str
    sharing: SharingLevel
    secret: bool
    not_for_minutes: bool


@dataclass(frozen=True)
class TeamRow:
    id: int
    partner_id: int
    partner: str
    joined_on: date
    left_on: date | None


@dataclass(frozen=True)
class CooperationRow:
    id: int
    kind: CooperationKind
    name: str
    contact: str
    exchanged_on: date | None


CASE_SELECT = """
    SELECT c.*, coalesce(p.name, '') AS lead_partner,
           coalesce(m.open_n, 0) AS open_n, coalesce(m.overdue_n, 0) AS overdue_n
    FROM case_file c
    LEFT JOIN partner p ON p.id = c.lead_partner_id
    LEFT JOIN (SELECT case_id, count(*) AS open_n,
                      sum(due_on IS NOT NULL AND due_on < :today) AS overdue_n
               FROM measure WHERE status = 'open' GROUP BY case_id) m ON m.case_id = c.id
"""


# One case: counters by correlated subqueries on measure(case_id), not the whole table.
# The unary + keeps the planner off measure_open_due(status, due_on), which it otherwise
# prefers for the overdue count: a scan of every overdue measure of the register for each
# case read (0.6 ms a call at city size, 100,000 calls while generating it).
CASE_ONE = """
    SELECT c.*, coalesce(p.name, '') AS lead_partner,
           (SELECT count(*) FROM measure WHERE case_id = c.id AND status = 'open') AS open_n,
           (SELECT count(*) FROM measure WHERE case_id = c.id AND +status = 'open'
                   AND due_on IS NOT NULL AND +due_on < :today) AS overdue_n
    FROM case_file c
    LEFT JOIN partner p ON p.id = c.lead_partner_id
    WHERE c.id = :id
"""

# CASE_ONE's counters for the rows a query picks (a LIMIT reads only those): CASE_SELECT
# counts the measures of the whole register first, whatever the rows wanted.
CASE_EACH = CASE_ONE.replace("WHERE c.id = :id", "")

# Rows of the case list, for the ids in view only (CASE_ONE's counters, a list of ids).
CASE_SOME = CASE_ONE.replace(
    "WHERE c.id = :id", "WHERE c.id IN (SELECT value FROM json_each(:ids))"
)


def case_row(r: Any) -> CaseRow:
    return CaseRow(
        id=int(r["id"]),
        code=str(r["code"]),
        pseudonym=str(r["pseudonym"]),
        opened_on=date.fromisoformat(r["opened_on"]),
        phase=member(Phase, r["phase"]),
        phase_since=date.fromisoformat(r["phase_since"]),
        flag=member(Flag, r["flag"]) if r["flag"] else None,
        flag_since=d(r["flag_since"]),
        next_review=d(r["next_review"]),
        last_weighed_on=date.fromisoformat(r["last_weighed_on"]),
        follow_up=member(FollowUp, r["follow_up"]) if r["follow_up"] else None,
        lead_partner_id=r["lead_partner_id"],
        lead_partner=str(r["lead_partner"]),
        open_measures=int(r["open_n"]),
        overdue_measures=int(r["overdue_n"] or 0),
        closure_reason=(
            member(ClosureReason, r["closure_reason"]) if r["closure_reason"] else None
        ),
        closure_note=str(r["closure_note"]),
        closed_on=d(r["closed_on"]),
        handed_to=str(r["handed_to"]),
        handed_on=d(r["handed_on"]),
        municipality=str(r["municipality"]),
    )
