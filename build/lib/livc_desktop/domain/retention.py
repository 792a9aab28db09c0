"""Retention rules: when a case is proposed for review and purge.

Two reasons exist (codes; the UI translates them):
- `closure_period_ended`: a closed case (or one handed over) reaches its review date,
  N months after closure (house rule, default 12, kept in the register's settings);
- `no_new_information`: an open case that holds no more than indications (not weighed yet,
  or weighed yellow: worrying but ambiguous) and has had nothing new for six months: no
  information item, signal, flag decision, phase change or measure. Red and black cases are
  in an active approach or handed over and are reviewed through their flag's review date,
  not here; a green open case is proposed too, since green means "no concern"."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from livc_desktop.domain.cases import Flag, Phase

# The house rule when the register holds none (municipality may change it in Retention).
DEFAULT_MONTHS_AFTER_CLOSURE = 12
MONTHS_MIN = 1
MONTHS_MAX = 120
DORMANT_MONTHS = 6
SETTINGS_KEY = "retention.months_after_closure"


class RetentionReason(StrEnum):
    CLOSURE_PERIOD_ENDED = "closure_period_ended"
    NO_NEW_INFORMATION = "no_new_information"


class PurgeReason(StrEnum):
    """Why a case was purged: the only thing, with code and date, the trail keeps."""

    RETENTION_PERIOD_ENDED = "retention_period_ended"
    NO_NEW_INFORMATION = "no_new_information"
    ERASURE_REQUEST = "erasure_request"  # GDPR art. 17, where it applies
    REGISTERED_IN_ERROR = "registered_in_error"


# Flags that mean "indications only" for the dormant rule (None: never weighed).
INDICATION_FLAGS: frozenset[Flag | None] = frozenset({None, Flag.GREEN, Flag.YELLOW})


def clamp_months(value: object) -> int:
    try:
        months: int = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_MONTHS_AFTER_CLOSURE
    return max(MONTHS_MIN, min(MONTHS_MAX, months))


def add_months(day: date, months: int) -> date:
    """`day` plus whole months, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know about one case: codes and dates only."""

    case_id: int
    code: str
    phase: Phase
    flag: Flag | None
    opened_on: date
    closed_on: date | None
    last_activity: date  # newest dated event of the case (at least the opening day)


@dataclass(frozen=True)
class RetentionDue:
    case_id: int
    code: str
    reason: RetentionReason
    due_on: date  # the day the case became due
    phase: Phase
    flag: Flag | None
    closed_on: date | None
    last_activity: date


def review_date(closed_on: date, months: int) -> date:
    return add_months(closed_on, clamp_months(months))


def retention_due(facts: CaseFacts, today: date, months: int) -> RetentionDue | None:
    """The case's retention proposal on `today`, or None when it is not due."""
    if facts.phase is Phase.CLOSED:
        closed = facts.closed_on or facts.last_activity
        due_on = review_date(closed, months)
        reason = RetentionReason.CLOSURE_PERIOD_ENDED
    elif facts.flag in INDICATION_FLAGS:
        due_on = add_months(max(facts.last_activity, facts.opened_on), DORMANT_MONTHS)
        reason = RetentionReason.NO_NEW_INFORMATION
    else:
        return None
    if today < due_on:
        return None
    return RetentionDue(
        facts.case_id,
        facts.code,
        reason,
        due_on,
        facts.phase,
        facts.flag,
        facts.closed_on,
        facts.last_activity,
    )


def cases_due(facts: list[CaseFacts], today: date, months: int) -> list[RetentionDue]:
    """Every due case, longest overdue first, then by code."""
    found = [d for f in facts if (d := retention_due(f, today, months)) is not None]
    return sorted(found, key=lambda d: (d.due_on, d.code))


def purge_confirmed(case_code: str, typed: str) -> bool:
    """A purge needs the case code typed exactly (surrounding spaces forgiven)."""
    return bool(case_code) and typed.strip() == case_code
