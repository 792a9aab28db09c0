"""Small-number suppression: every suppressed figure keeps at least five possible values,
checked against an exhaustive count of what the printed figures allow."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from livc_desktop.domain.annual_report import (
    NOT_SET,
    OPEN_PHASES,
    AnnualFigures,
    PartnerAttendance,
    audit_report,
    publish_report,
)
from livc_desktop.domain.cases import Flag, FollowUp
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.disclosure import (
    INF,
    MIN_POSSIBLE,
    THRESHOLD,
    TOTAL,
    Breakdown,
    Figure,
    Group,
    Mark,
    PublishedBreakdown,
    PublishedGroup,
    audit,
    possible_range,
    publish,
)
from livc_desktop.domain.signals import Channel, SignalStatus

# Enumeration stops here; every raw total the strategies make is at most LARGEST, so a
# figure that reaches beyond it is unbounded for the reader.
CAP = 150
LARGEST = 5 * 14


def _prior_values(figure: Figure) -> range:
    if figure.mark is Mark.SHOWN:
        assert figure.value is not None
        return range(figure.value, figure.value + 1)
    if figure.mark is Mark.SMALL:
        return range(0, THRESHOLD)
    if figure.mark is Mark.HIDDEN:
        return range(THRESHOLD, CAP + 1)
    return range(0, CAP + 1)


def _sumset(ranges: list[range]) -> int:
    """Every sum one value from each range can make, as a bit set (bit s: sum s), to CAP."""
    sums = 1
    mask = (1 << (CAP + 1)) - 1
    for values in ranges:
        step = 0
        for v in values:
            step |= sums << v
        sums = step & mask
    return sums


def _has(bits: int, value: int) -> bool:
    return value >= 0 and bool(bits >> value & 1)


def brute_force(group: PublishedGroup) -> dict[tuple[str, str], set[int]]:
    """Every value each figure can take given the printed marks, by enumeration: for each
    possible total, each list's cells from the sums the other cells can make."""
    found: dict[tuple[str, str], set[int]] = {(TOTAL, TOTAL): set()}
    lists = []
    for b in group.breakdowns:
        cells = [(c, _prior_values(f)) for c, f in b.figures]
        others = {c: _sumset([r for c2, r in cells if c2 != c]) for c, _ in cells}
        lists.append((b.key, cells, others, _sumset([r for _, r in cells])))
        for c, _ in cells:
            found[(b.key, c)] = set()
    for n in _prior_values(group.total):
        if not all(_has(every, n) for _, _, _, every in lists):
            continue
        found[(TOTAL, TOTAL)].add(n)
        for key, cells, others, _ in lists:
            for c, values in cells:
                found[(key, c)] |= {v for v in values if _has(others[c], n - v)}
    return found


@st.composite
def groups(draw: st.DrawFn, print_total: bool | None = None) -> Group:
    small_or_any = st.one_of(st.integers(0, 4), st.integers(0, 14))
    first = draw(st.lists(small_or_any, min_size=1, max_size=5))
    total = sum(first)
    lists = [Breakdown("b0", tuple((f"c{i}", v) for i, v in enumerate(first)))]
    for n in range(draw(st.integers(0, 2))):
        size = draw(st.integers(1, 5))
        left = total
        counts = []
        for _ in range(size - 1):
            value = draw(st.integers(0, min(left, draw(st.sampled_from([4, 9, 14, 60])))))
            counts.append(value)
            left -= value
        counts.append(left)
        lists.append(Breakdown(f"b{n + 1}", tuple((f"c{i}", v) for i, v in enumerate(counts))))
    if print_total is None:
        print_total = draw(st.booleans())
    return Group("g", total, tuple(lists), print_total=print_total)


def _truthful_marks(draw: st.DrawFn, group: Group) -> PublishedGroup:
    """Any publication whose marks are true of the raw counts (not only `publish`'s)."""

    def mark(value: int, total: bool = False) -> Figure:
        if total and draw(st.booleans()):
            return Figure(Mark.OMITTED)
        if value < THRESHOLD:
            return Figure(Mark.SMALL)
        return draw(st.sampled_from([Figure(Mark.SHOWN, value), Figure(Mark.HIDDEN)]))

    return PublishedGroup(
        "g",
        mark(group.total, total=True),
        tuple(
            PublishedBreakdown(b.key, tuple((c, mark(v)) for c, v in b.counts))
            for b in group.breakdowns
        ),
    )


def _raw(group: Group) -> dict[tuple[str, str], int]:
    raw = {(TOTAL, TOTAL): group.total}
    raw.update({(b.key, c): v for b in group.breakdowns for c, v in b.counts})
    return raw


@given(groups())
def test_no_suppressed_figure_can_be_narrowed_below_five_values(group: Group) -> None:
    published = publish(group)
    assert audit([published]) == {}
    if published.withheld:
        return
    possible = brute_force(published)
    figures = {(TOTAL, TOTAL): published.total}
    figures.update({(b.key, c): f for b in published.breakdowns for c, f in b.figures})
    for key, figure in figures.items():
        if figure.mark is not Mark.SHOWN:
            values = possible[key]
            assert len(values) >= MIN_POSSIBLE, (key, sorted(values))


@given(groups())
def test_printed_figures_are_true_and_small_counts_never_printed(group: Group) -> None:
    published = publish(group)
    raw = _raw(group)
    if published.withheld:
        return
    figures = {(TOTAL, TOTAL): published.total}
    figures.update({(b.key, c): f for b in published.breakdowns for c, f in b.figures})
    for key, figure in figures.items():
        value = raw[key]
        if value < THRESHOLD:
            assert figure.mark in (Mark.SMALL, Mark.OMITTED)
        elif figure.mark is Mark.SHOWN:
            assert figure.value == value
        else:
            assert figure.mark in (Mark.HIDDEN, Mark.OMITTED)
    if not group.print_total:
        assert published.total.mark is Mark.OMITTED


@given(st.data())
def test_possible_range_is_exactly_what_enumeration_finds(data: st.DataObject) -> None:
    group = data.draw(groups())
    published = _truthful_marks(data.draw, group)
    exact = brute_force(published)
    for key, (lo, hi) in possible_range(published).items():
        values = exact[key]
        assert values, key  # the truth is always possible
        assert min(values) == lo
        if hi == INF:
            assert max(values) > LARGEST
            assert set(range(int(lo), LARGEST + 1)) <= values
        else:
            assert max(values) == hi
            assert values == set(range(int(lo), int(hi) + 1))


def test_two_small_counts_under_a_printed_total_are_protected() -> None:
    group = Group("meetings", 7, (Breakdown("table", (("strategic", 3), ("operational", 4))),))
    published = publish(group)
    assert audit([published]) == {}
    assert published.withheld or published.total.mark is Mark.OMITTED


def test_a_small_count_beside_a_large_one_hides_the_large_one_or_the_total() -> None:
    group = Group("signals", 23, (Breakdown("channel", (("email", 2), ("phone", 21))),))
    published = publish(group)
    figures = dict(published.breakdowns[0].figures)
    assert figures["email"].mark is Mark.SMALL
    assert figures["phone"].mark is Mark.HIDDEN or published.total.mark is not Mark.SHOWN
    assert audit([published]) == {}


def test_large_counts_are_printed_as_they_are() -> None:
    group = Group("signals", 30, (Breakdown("channel", (("email", 12), ("phone", 18))),))
    published = publish(group)
    assert published.total == Figure(Mark.SHOWN, 30)
    assert dict(published.breakdowns[0].figures) == {
        "email": Figure(Mark.SHOWN, 12),
        "phone": Figure(Mark.SHOWN, 18),
    }


def test_the_audit_names_a_figure_that_subtraction_reveals() -> None:
    leaky = PublishedGroup(
        "signals",
        Figure(Mark.SHOWN, 23),
        (
            PublishedBreakdown(
                "channel", (("email", Figure(Mark.SMALL)), ("phone", Figure(Mark.SHOWN, 21)))
            ),
        ),
    )
    assert audit([leaky]) == {"signals": [("channel", "email")]}


def _split(draw: st.DrawFn, total: int, keys: list[str]) -> dict[str, int]:
    """`total` spread over `keys` at random (the lists of one population add up)."""
    left, out = total, {}
    for key in keys[:-1]:
        out[key] = draw(st.integers(0, left))
        left -= out[key]
    out[keys[-1]] = left
    return out


@st.composite
def annual_figures(draw: st.DrawFn) -> AnnualFigures:
    count = st.integers(0, 8)
    channel = {c.value: draw(count) for c in Channel}
    phases = {p.value: draw(count) for p in OPEN_PHASES}
    open_cases = sum(phases.values())
    return AnnualFigures(
        year=2025,
        signals_by_channel=channel,
        signals_by_outcome=_split(draw, sum(channel.values()), [s.value for s in SignalStatus]),
        cases_opened=draw(count),
        cases_closed=draw(count),
        open_by_flag=_split(draw, open_cases, [*(f.value for f in Flag), NOT_SET]),
        open_by_phase=phases,
        open_by_follow_up=_split(draw, open_cases, [*(f.value for f in FollowUp), NOT_SET]),
        flag_decisions={f.value: draw(count) for f in Flag},
        measures_done=draw(count),
        measures_overdue=draw(count),
        meetings_by_table={
            TableKind.STRATEGIC.value: draw(count),
            TableKind.OPERATIONAL.value: draw(count),
        },
        trainings_followed=draw(count),
        partners_trained=draw(count),
        attendance=[
            PartnerAttendance(f"Partner Fictief {n}", draw(st.integers(0, 12)), draw(count))
            for n in range(draw(st.integers(0, 3)))
        ],
    )


@given(annual_figures())
def test_no_figure_of_a_whole_annual_report_can_be_narrowed_below_five_values(
    figures: AnnualFigures,
) -> None:
    report = publish_report(figures, (TableKind.STRATEGIC, TableKind.OPERATIONAL))
    assert audit_report(report) == {}
    for group in [*report.groups, *report.attendance_groups]:
        if group.withheld:
            continue
        possible = brute_force(group)
        printed = {(TOTAL, TOTAL): group.total}
        printed.update({(b.key, c): f for b in group.breakdowns for c, f in b.figures})
        for key, figure in printed.items():
            if figure.mark is not Mark.SHOWN:
                assert len(possible[key]) >= MIN_POSSIBLE, (group.key, key)
