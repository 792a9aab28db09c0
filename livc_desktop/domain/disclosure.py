"""Small numbers in published figures: primary and secondary suppression, and the audit
that proves no suppressed figure can be worked out (plain Python, no Qt).

A published *group* is one population counted once as a total and broken down by one or
more lists of categories (signals by channel and by outcome share the total of signals).
The reader knows that every list adds up to the total. What each printed mark tells the
reader:

- a number: exactly that value;
- SMALL ("< 5"): a value from 0 to 4. Zero is a small number too, so the mark always leaves
  five possible values and does not tell "none" from "one";
- HIDDEN ("x"): a value of 5 or more, not shown so that a small number next to it cannot
  be worked out by subtraction (secondary suppression);
- OMITTED: a total left out of the report: it could be any number.

`possible_range` computes, from the printed marks and numbers alone, the exact interval
each figure of a group can take: with the total fixed at n, each list is one sum with
bounded terms (every value between its bounds is reachable), and the intervals for
consecutive n overlap, so the union over the feasible totals is one interval. `publish`
suppresses until every suppressed figure keeps at least `MIN_POSSIBLE` possible values;
when even suppressing every figure cannot achieve that, the group is withheld whole."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

THRESHOLD = 5  # counts below this are never printed
MIN_POSSIBLE = 5  # a suppressed figure must keep at least this many possible values
INF = math.inf
TOTAL = "__total__"  # the key of a group's total among its figures


class Mark(StrEnum):
    SHOWN = "shown"
    SMALL = "small"  # printed "< 5": 0 to 4
    HIDDEN = "hidden"  # printed "x": 5 or more, hidden to protect a small number
    OMITTED = "omitted"  # a total not printed at all: any value


@dataclass(frozen=True)
class Figure:
    """One printed figure: its mark and, only when shown, its value."""

    mark: Mark
    value: int | None = None

    @property
    def suppressed(self) -> bool:
        return self.mark is not Mark.SHOWN


@dataclass(frozen=True)
class Breakdown:
    """A list of categories (codes, in print order) with their raw counts."""

    key: str
    counts: tuple[tuple[str, int], ...]

    def total(self) -> int:
        return sum(count for _, count in self.counts)


@dataclass(frozen=True)
class Group:
    """Raw counts: a population's total and its breakdowns (each adds up to the total)."""

    key: str
    total: int
    breakdowns: tuple[Breakdown, ...] = ()
    print_total: bool = True  # False: the total is never printed (OMITTED)

    def __post_init__(self) -> None:
        if self.total < 0 or any(c < 0 for b in self.breakdowns for _, c in b.counts):
            raise ValueError("negative count")
        for breakdown in self.breakdowns:
            if breakdown.total() != self.total:
                raise ValueError(f"breakdown {breakdown.key} does not add up to the total")


@dataclass(frozen=True)
class PublishedBreakdown:
    key: str
    figures: tuple[tuple[str, Figure], ...]


@dataclass(frozen=True)
class PublishedGroup:
    """What is printed of a group. A withheld group prints nothing but a note."""

    key: str
    total: Figure
    breakdowns: tuple[PublishedBreakdown, ...] = ()
    withheld: bool = False


Bounds = tuple[float, float]


def _prior(figure: Figure) -> Bounds:
    if figure.mark is Mark.SHOWN:
        assert figure.value is not None
        return (figure.value, figure.value)
    if figure.mark is Mark.SMALL:
        return (0, THRESHOLD - 1)
    if figure.mark is Mark.OMITTED:
        return (0, INF)
    return (THRESHOLD, INF)


def possible_range(group: PublishedGroup) -> dict[tuple[str, str], Bounds]:
    """The exact interval of values each figure can take, given only what is printed.
    Keys are (breakdown key, category), and (TOTAL, TOTAL) for the total. A withheld
    group prints nothing, so nothing in it can be narrowed: it gives no entries."""
    if group.withheld:
        return {}
    total_lo, total_hi = _prior(group.total)
    for breakdown in group.breakdowns:
        bounds = [_prior(f) for _, f in breakdown.figures]
        total_lo = max(total_lo, sum(b[0] for b in bounds))
        total_hi = min(total_hi, sum(b[1] for b in bounds))
    ranges: dict[tuple[str, str], Bounds] = {(TOTAL, TOTAL): (total_lo, total_hi)}
    for breakdown in group.breakdowns:
        priors = [(c, _prior(f)) for c, f in breakdown.figures]
        for category, (lo, hi) in priors:
            # Summed afresh (not total minus own) so an unbounded term never meets inf - inf.
            others_lo = sum(p[0] for c, p in priors if c != category)
            others_hi = sum(p[1] for c, p in priors if c != category)
            ranges[(breakdown.key, category)] = (
                max(lo, total_lo - others_hi),
                min(hi, total_hi - others_lo),
            )
    return ranges


def possible_count(bounds: Bounds) -> float:
    """How many integer values lie in `bounds` (inf when unbounded)."""
    lo, hi = bounds
    if hi == INF:
        return INF
    return max(0, math.floor(hi) - math.ceil(lo) + 1)


def _figures(group: PublishedGroup) -> dict[tuple[str, str], Figure]:
    found = {(TOTAL, TOTAL): group.total}
    for breakdown in group.breakdowns:
        for category, figure in breakdown.figures:
            found[(breakdown.key, category)] = figure
    return found


def narrowed(group: PublishedGroup) -> list[tuple[str, str]]:
    """The suppressed figures of `group` that the printed figures narrow to fewer than
    MIN_POSSIBLE values (empty when the group is safe to print)."""
    ranges = possible_range(group)
    figures = _figures(group)
    return [
        key
        for key, bounds in ranges.items()
        if figures[key].suppressed and possible_count(bounds) < MIN_POSSIBLE
    ]


def audit(groups: Sequence[PublishedGroup]) -> dict[str, list[tuple[str, str]]]:
    """Every group of one report whose printed figures narrow a suppressed one; empty when
    the report is safe. Groups share no figures, so each is audited on its own."""
    found: dict[str, list[tuple[str, str]]] = {}
    for group in groups:
        keys = narrowed(group)
        if keys:
            found[group.key] = keys
    return found


def _primary(value: int) -> Figure:
    return Figure(Mark.SMALL) if value < THRESHOLD else Figure(Mark.SHOWN, value)


def _build(
    group: Group, suppressed: set[tuple[str, str]], *, omit_total: bool = False
) -> PublishedGroup:
    def figure(key: tuple[str, str], value: int) -> Figure:
        # Only figures of 5 or more are ever hidden: smaller ones are SMALL from the start.
        return Figure(Mark.HIDDEN) if key in suppressed else _primary(value)

    return PublishedGroup(
        key=group.key,
        total=Figure(Mark.OMITTED) if omit_total else figure((TOTAL, TOTAL), group.total),
        breakdowns=tuple(
            PublishedBreakdown(b.key, tuple((c, figure((b.key, c), v)) for c, v in b.counts))
            for b in group.breakdowns
        ),
    )


def _raw_values(group: Group) -> dict[tuple[str, str], int]:
    values = {(TOTAL, TOTAL): group.total}
    for breakdown in group.breakdowns:
        for category, count in breakdown.counts:
            values[(breakdown.key, category)] = count
    return values


def _candidates(
    group: Group, published: PublishedGroup, target: tuple[str, str]
) -> list[tuple[str, str]]:
    """Printed figures whose hiding can widen `target`'s range: first those in the same
    list, then the total, then the other lists (they pin the total down)."""
    figures = _figures(published)
    same = [(target[0], c) for b in group.breakdowns if b.key == target[0] for c, _ in b.counts]
    total = [(TOTAL, TOTAL)]
    others = [(b.key, c) for b in group.breakdowns if b.key != target[0] for c, _ in b.counts]
    return [key for key in same + total + others if not figures[key].suppressed]


def publish(group: Group) -> PublishedGroup:
    """The figures of `group` as they may be printed: counts below five as SMALL, and as
    few other figures HIDDEN as this greedy search needs until `narrowed` is empty. It
    hides, for the first narrowed figure, the smallest printed figure that makes it safe
    on its own, else the largest candidate, and looks again; when no printed figure is
    left to hide, the total is left out (its mark "x" still tells "5 or more"), and if
    that is not enough either, the whole group is withheld."""
    values = _raw_values(group)
    hidden: set[tuple[str, str]] = set()
    omit_total = not group.print_total
    while True:
        published = _build(group, hidden, omit_total=omit_total)
        unsafe = narrowed(published)
        if not unsafe:
            return published
        target = unsafe[0]
        candidates = _candidates(group, published, target)
        if not candidates:
            if not omit_total and group.breakdowns:
                omit_total = True
                continue
            return replace(published, withheld=True)
        candidates.sort(key=lambda key: (values[key], key))
        chosen = candidates[-1]
        for key in candidates:
            trial = _build(group, hidden | {key}, omit_total=omit_total)
            if target not in narrowed(trial):
                chosen = key
                break
        hidden.add(chosen)


def publish_all(groups: Sequence[Group]) -> list[PublishedGroup]:
    return [publish(group) for group in groups]


def printed_values(group: PublishedGroup) -> Mapping[tuple[str, str], Figure]:
    """Every printed figure of the group by key (nothing for a withheld group)."""
    return {} if group.withheld else _figures(group)
