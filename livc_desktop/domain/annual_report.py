"""The annual report: what the cell did in one calendar year, for the mayor, the council
and the regional authorities, without any person being recognisable (plain Python).

Figures are grouped by population (`domain.disclosure`): every list of a group adds up
to the group's total, so the reader's arithmetic is exactly what the audit checks.
Codes only; the UI and the documents turn them into words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from livc_desktop.domain.cases import Flag, FollowUp, Phase
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.disclosure import (
    Breakdown,
    Figure,
    Group,
    Mark,
    PublishedGroup,
    audit,
    publish,
)
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.signals import Channel, SignalStatus

K = TypeVar("K", bound=str)
FIRST_YEAR = 2015  # the circular that set up the first cells


class Section(StrEnum):
    """A group of the report, in print order."""

    SIGNALS = "signals"
    CASES_OPENED = "cases_opened"
    CASES_CLOSED = "cases_closed"
    OPEN_AT_YEAR_END = "open_at_year_end"
    FLAG_DECISIONS = "flag_decisions"
    MEASURES_DONE = "measures_done"
    MEASURES_OVERDUE = "measures_overdue"
    MEETINGS = "meetings"
    TRAININGS = "trainings"
    PARTNERS_TRAINED = "partners_trained"


class ListKind(StrEnum):
    """A breakdown's categories: which labels name them."""

    CHANNEL = "channel"
    OUTCOME = "outcome"
    FLAG = "flag"
    PHASE = "phase"
    FOLLOW_UP = "follow_up"
    TABLE = "table"
    ATTENDANCE = "attendance"


NOT_SET = "none"  # the category of a case without a flag or follow-up type yet
ATTENDED = "attended"
MISSED = "missed"  # excused or absent without notice
OPEN_PHASES: tuple[Phase, ...] = tuple(p for p in Phase if p is not Phase.CLOSED)


def year_problems(year: int | None, today: date) -> dict[str, str]:
    if year is None:
        return {"year": "required"}
    if not FIRST_YEAR <= year <= today.year:
        return {"year": "out_of_range"}
    return {}


def check_year(year: int | None, today: date) -> int:
    found = year_problems(year, today)
    if found:
        raise ValidationError(found)
    assert year is not None
    return year


def year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


@dataclass(frozen=True)
class PartnerAttendance:
    """One partner organisation's attendance at the meetings held that year (a meeting
    counts once per organisation, attended when any of its representatives was present)."""

    partner: str
    attended: int
    missed: int


@dataclass(frozen=True)
class AnnualFigures:
    """The raw counts of one year, as the register holds them. Never printed as such."""

    year: int
    signals_by_channel: Mapping[Channel, int]
    signals_by_outcome: Mapping[SignalStatus, int]  # the status at year end
    cases_opened: int
    cases_closed: int
    open_by_flag: Mapping[str, int]  # Flag value or NOT_SET
    open_by_phase: Mapping[Phase, int]
    open_by_follow_up: Mapping[str, int]  # FollowUp value or NOT_SET
    flag_decisions: Mapping[Flag, int]
    measures_done: int
    measures_overdue: int
    meetings_by_table: Mapping[TableKind, int]
    trainings_followed: int
    partners_trained: int  # partner organisations with at least one training followed
    attendance: Sequence[PartnerAttendance] = ()


def _breakdown(kind: ListKind, counts: Mapping[K, int], order: Sequence[K]) -> Breakdown:
    return Breakdown(kind.value, tuple((str(code), int(counts.get(code, 0))) for code in order))


def groups(f: AnnualFigures, tables: Sequence[TableKind] = ()) -> list[Group]:
    """The report's groups in print order. Every category is listed, zero included, so
    that "< 5" always leaves 0 to 4: the meetings list has the cell's own `tables` and
    any other table that met."""
    signals = sum(f.signals_by_channel.values())
    open_cases = sum(f.open_by_phase.values())
    flag_order = [*(flag.value for flag in Flag), NOT_SET]
    follow_order = [*(kind.value for kind in FollowUp), NOT_SET]
    listed = [kind for kind in TableKind if kind in tables or f.meetings_by_table.get(kind, 0)]
    return [
        Group(
            Section.SIGNALS.value,
            signals,
            (
                _breakdown(ListKind.CHANNEL, f.signals_by_channel, list(Channel)),
                _breakdown(ListKind.OUTCOME, f.signals_by_outcome, list(SignalStatus)),
            ),
        ),
        Group(Section.CASES_OPENED.value, f.cases_opened),
        Group(Section.CASES_CLOSED.value, f.cases_closed),
        Group(
            Section.OPEN_AT_YEAR_END.value,
            open_cases,
            (
                _breakdown(ListKind.FLAG, f.open_by_flag, flag_order),
                _breakdown(ListKind.PHASE, f.open_by_phase, list(OPEN_PHASES)),
                _breakdown(ListKind.FOLLOW_UP, f.open_by_follow_up, follow_order),
            ),
        ),
        Group(
            Section.FLAG_DECISIONS.value,
            sum(f.flag_decisions.values()),
            (_breakdown(ListKind.FLAG, f.flag_decisions, list(Flag)),),
        ),
        Group(Section.MEASURES_DONE.value, f.measures_done),
        Group(Section.MEASURES_OVERDUE.value, f.measures_overdue),
        Group(
            Section.MEETINGS.value,
            sum(f.meetings_by_table.values()),
            (_breakdown(ListKind.TABLE, f.meetings_by_table, listed),) if listed else (),
        ),
        Group(Section.TRAININGS.value, f.trainings_followed),
        Group(Section.PARTNERS_TRAINED.value, f.partners_trained),
    ]


@dataclass(frozen=True)
class AttendanceLine:
    """A partner organisation's printed attendance; the rate only when both counts are
    printed (a rate next to a hidden count would give the count away)."""

    partner: str
    attended: Figure
    missed: Figure
    rate_percent: int | None


def attendance_group(item: PartnerAttendance) -> Group:
    # The number of meetings an organisation was expected at is never printed, so each
    # organisation is a group whose total is left out.
    return Group(
        item.partner,
        item.attended + item.missed,
        (
            Breakdown(
                ListKind.ATTENDANCE.value,
                ((ATTENDED, item.attended), (MISSED, item.missed)),
            ),
        ),
        print_total=False,
    )


def attendance_line(published: PublishedGroup) -> AttendanceLine:
    # Two counts under a total that is never printed cannot give each other away.
    assert not published.withheld
    figures = dict(published.breakdowns[0].figures)
    attended, missed = figures[ATTENDED], figures[MISSED]
    rate = None
    if attended.mark is Mark.SHOWN and missed.mark is Mark.SHOWN:
        assert attended.value is not None and missed.value is not None
        rate = round(100 * attended.value / (attended.value + missed.value))
    return AttendanceLine(published.key, attended, missed, rate)


@dataclass(frozen=True)
class AnnualReport:
    """What may be printed of one year: the published groups and attendance lines."""

    year: int
    groups: tuple[PublishedGroup, ...]
    attendance_groups: tuple[PublishedGroup, ...] = ()

    def group(self, section: Section) -> PublishedGroup:
        return next(g for g in self.groups if g.key == section.value)

    @property
    def attendance(self) -> tuple[AttendanceLine, ...]:
        return tuple(attendance_line(group) for group in self.attendance_groups)


def audit_report(report: AnnualReport) -> dict[str, list[tuple[str, str]]]:
    """Every figure of the report that what it prints narrows below five values: empty
    for a report `publish_report` made. The groups share no figure (each population is
    counted in one group only), so auditing each group is auditing the report."""
    return audit([*report.groups, *report.attendance_groups])


def publish_report(figures: AnnualFigures, tables: Sequence[TableKind] = ()) -> AnnualReport:
    """`tables`: the tables of the cell's structure (listed even without meetings)."""
    report = AnnualReport(
        figures.year,
        tuple(publish(group) for group in groups(figures, tables)),
        tuple(
            publish(attendance_group(item))
            for item in sorted(figures.attendance, key=lambda a: a.partner.casefold())
            if item.attended + item.missed > 0
        ),
    )
    # What publish returns passes the audit by construction; a report that did not would
    # never be printed.
    if audit_report(report):
        raise AssertionError("annual report failed its disclosure audit")
    return report
