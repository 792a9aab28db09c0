"""Services on a real encrypted register: intake, triage, case life cycle, agenda."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livc_desktop.domain.cases import (
    TRANSITIONS,
    CaseClosed,
    CaseDraft,
    ClosureReason,
    Flag,
    Identity,
    IllegalTransition,
    InformationItem,
    MeasureStatus,
    Phase,
    ReviewReason,
    SharingLevel,
)
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.signals import Channel, SignalIntake, SignalStatus, Triage, TriageOutcome
from livc_desktop.services import cases as cs
from livc_desktop.services import signals as ss

TODAY = date.today()


def add_partner(session, name="Partner Fictief vzw") -> int:
    cur = session.register.execute(
        "INSERT INTO partner(name, created_at, updated_at) VALUES (?, '2026-01-01T00:00:00',"
        " '2026-01-01T00:00:00')",
        (name,),
    )
    return int(cur.lastrowid)


@pytest.fixture
def events(session):
    seen: list[tuple[str, dict]] = []
    session.on_event(lambda kind, fields: seen.append((kind, fields)))
    return seen


def test_signal_without_consent_keeps_only_a_trace(session, events):
    pid = add_partner(session)
    sid = ss.register_signal(
        session,
        SignalIntake(
            TODAY,
            Channel.PHONE,
            "Zoë Testpersoon zegt rare dingen",
            consent=False,
            reporter_partner_id=pid,
            person_label="Z.T.",
            reporter_name="X",
        ),
    )
    row = ss.get_signal(session, sid)
    assert row.status is SignalStatus.NOT_REGISTERED and not row.registered
    assert row.observed == row.person_label == row.reporter_name == ""
    assert row.reporter_partner_id == pid
    assert ss.signals_awaiting(session) == []
    assert events == [("signal_trace_created", {"signal_id": sid})]
    # The schema refuses details on a trace even if a bug tried to store them.
    with pytest.raises(Exception, match="CHECK"):
        session.register.execute("UPDATE signal SET observed = 'x' WHERE id = ?", (sid,))


def test_queue_is_oldest_first_and_triage_opens_a_case(session, events):
    pid = add_partner(session)
    newer = ss.register_signal(session, SignalIntake(TODAY, Channel.EMAIL, "b", True, pid))
    older = ss.register_signal(
        session,
        SignalIntake(
            TODAY - timedelta(days=9), Channel.INFORMAL, "a", True, pid, person_label="رانيا"
        ),
    )
    assert [s.id for s in ss.signals_awaiting(session)] == [older, newer]
    with pytest.raises(ValidationError) as exc:
        ss.triage(session, older, Triage(None, TODAY))
    assert exc.value.problems == {"outcome": "required"}
    case_id = ss.triage(session, older, Triage(TriageOutcome.CASE, TODAY))
    row = cs.get_case(session, case_id)
    assert row.code == f"{TODAY.year}-001" and row.pseudonym == "رانيا"
    assert row.phase is Phase.REGISTRATION
    assert ss.get_signal(session, older).case_id == case_id
    # Joining an existing case, then a second triage is refused.
    assert ss.triage(session, newer, Triage(TriageOutcome.CASE, TODAY, case_id=case_id)) == case_id
    with pytest.raises(ValidationError):
        ss.triage(session, newer, Triage(TriageOutcome.NOT_RETAINED, TODAY, reason="x"))
    assert [s.id for s in ss.signals_of_case(session, case_id)] == [older, newer]
    assert ("case_created", {"case_id": case_id}) in events


def test_triage_handed_to_partner_and_not_retained_need_reasons(session):
    pid = add_partner(session)
    s1 = ss.register_signal(session, SignalIntake(TODAY, Channel.PHONE, "x", True, pid))
    with pytest.raises(ValidationError) as exc:
        ss.triage(session, s1, Triage(TriageOutcome.HANDED_TO_PARTNER, TODAY))
    assert exc.value.problems == {"partner": "required", "reason": "required"}
    ss.triage(
        session,
        s1,
        Triage(
            TriageOutcome.HANDED_TO_PARTNER, TODAY, partner_id=pid, reason="Jeugddienst volgt op"
        ),
    )
    row = ss.get_signal(session, s1)
    assert row.status is SignalStatus.HANDED_TO_PARTNER and row.handed_partner_id == pid
    s2 = ss.register_signal(session, SignalIntake(TODAY, Channel.PHONE, "y", True, pid))
    with pytest.raises(ValidationError):
        ss.triage(session, s2, Triage(TriageOutcome.NOT_RETAINED, TODAY, reason="  "))
    ss.triage(session, s2, Triage(TriageOutcome.NOT_RETAINED, TODAY, reason="Geen signaal"))
    assert ss.get_signal(session, s2).status is SignalStatus.NOT_RETAINED


def test_case_codes_never_come_from_the_person(session):
    ids = [
        cs.open_case(
            session,
            CaseDraft(date(2026, 2, 1), pseudonym="Vogel"),
            Identity(name="Zoë Testpersoon"),
        )
        for _ in range(3)
    ]
    other_year = cs.open_case(session, CaseDraft(date(2025, 12, 31)))
    codes = [cs.get_case(session, i).code for i in ids]
    assert codes == ["2026-001", "2026-002", "2026-003"]
    assert cs.get_case(session, other_year).code == "2025-001"


def test_next_code_follows_the_highest_number_not_the_text(session):
    """The year's highest code is found by SQLite (one index range, not every code read);
    a wider number and a code that is not a number do not confuse it."""
    first = cs.open_case(session, CaseDraft(date(2026, 3, 1)))
    for code, case_id in (("2026-999", first), ("2026-1000", None), ("2026-12a", None)):
        if case_id is None:
            case_id = cs.open_case(session, CaseDraft(date(2026, 3, 1)))
        session.register.execute("UPDATE case_file SET code = ? WHERE id = ?", (code, case_id))
    new = cs.open_case(session, CaseDraft(date(2026, 3, 2)))
    assert cs.get_case(session, new).code == "2026-1001"
    assert cs.get_case(session, cs.open_case(session, CaseDraft(date(2027, 1, 2)))).code == (
        "2027-001"
    )


def test_identity_reveal_is_recorded(session, events):
    case_id = cs.open_case(session, CaseDraft(TODAY), Identity(name="Zoë Testpersoon"))
    events.clear()
    cs.open_case_file(session, case_id)
    assert events == [("case_opened", {"case_id": case_id})]
    ident = cs.reveal_identity(session, case_id)
    assert ident is not None and ident.name == "Zoë Testpersoon"
    assert events[-1] == ("identity_revealed", {"case_id": case_id})
    # The register list never carries the identity.
    row = cs.list_cases(session)[0]
    assert "Zoë" not in repr(row)


def walk_to_approach(session, case_id):
    for p in (Phase.FILE_BUILDING, Phase.WEIGHING, Phase.APPROACH):
        cs.change_phase(session, case_id, p)


def test_phase_rules_and_closing(session, events):
    case_id = cs.open_case(session, CaseDraft(TODAY))
    with pytest.raises(IllegalTransition):
        cs.change_phase(session, case_id, Phase.APPROACH)
    walk_to_approach(session, case_id)
    with pytest.raises(ValidationError):
        cs.change_phase(session, case_id, Phase.CLOSED)
    cs.change_phase(session, case_id, Phase.EVALUATION)
    cs.change_phase(
        session,
        case_id,
        Phase.CLOSED,
        closure_reason=ClosureReason.GOALS_REACHED,
        evaluation_note="Doelen bereikt",
        meeting_id=4,
    )
    row = cs.get_case(session, case_id)
    assert row.phase is Phase.CLOSED and row.closure_reason is ClosureReason.GOALS_REACHED
    assert [p.to_phase for p in cs.phase_history(session, case_id)] == [
        Phase.REGISTRATION,
        Phase.FILE_BUILDING,
        Phase.WEIGHING,
        Phase.APPROACH,
        Phase.EVALUATION,
        Phase.CLOSED,
    ]
    with pytest.raises(CaseClosed):
        cs.change_phase(session, case_id, Phase.APPROACH)
    with pytest.raises(CaseClosed):
        cs.add_measure(session, case_id, add_partner(session), "x", None)
    assert events[-1] == ("case_phase_changed", {"case_id": case_id, "phase": "closed"})


def test_flag_history_is_append_only(session):
    case_id = cs.open_case(session, CaseDraft(TODAY))
    with pytest.raises(ValidationError):
        cs.change_flag(session, case_id, Flag.YELLOW, "", TODAY)
    cs.change_flag(
        session,
        case_id,
        Flag.YELLOW,
        "Zorgwekkend",
        TODAY + timedelta(weeks=4),
        decided_by_person="Fien Voorbeeld",
    )
    cs.change_flag(
        session, case_id, Flag.RED, "Ernstig", TODAY + timedelta(weeks=2), decided_by_meeting_id=12
    )
    hist = cs.flag_history(session, case_id)
    assert [h.flag for h in hist] == [Flag.YELLOW, Flag.RED]
    assert hist[1].meeting_id == 12
    assert cs.get_case(session, case_id).flag is Flag.RED
    with pytest.raises(Exception, match="append-only"):
        session.register.execute("UPDATE case_flag_change SET justification = 'weg'")


def test_black_flag_keeps_only_the_hand_over(session, events):
    pid = add_partner(session)
    sid = ss.register_signal(
        session, SignalIntake(TODAY, Channel.LTF_SHEET, "detail", True, pid, person_label="Z.T.")
    )
    case_id = ss.triage(session, sid, Triage(TriageOutcome.CASE, TODAY))
    cs.save_identity(session, case_id, Identity(name="Zoë Testpersoon", address="Straat 1"))
    cs.add_information(session, case_id, InformationItem(TODAY, pid, "geheim detail", True))
    cs.add_measure(session, case_id, pid, "Huisbezoek", TODAY)
    cs.join_team(session, case_id, add_partner(session, "Tweede Partner Fictief"), TODAY)
    cs.change_flag(
        session,
        case_id,
        Flag.YELLOW,
        "Zoë Testpersoon uit zich zorgwekkend",
        TODAY,
        decided_by_person="Fien",
    )
    with pytest.raises(ValidationError) as exc:
        cs.change_flag(session, case_id, Flag.BLACK, "Acuut", None, decided_by_person="Fien")
    assert set(exc.value.problems) == {"handed_to", "handed_on"}
    cs.change_flag(
        session,
        case_id,
        Flag.BLACK,
        "Acuut gevaar",
        None,
        decided_by_person="Fien",
        handed_to="Parket Fictief",
        handed_on=TODAY,
    )
    row = cs.get_case(session, case_id)
    assert row.phase is Phase.CLOSED and row.handed_to == "Parket Fictief"
    assert row.closure_reason is ClosureReason.HANDED_OVER and row.pseudonym == ""
    assert cs.reveal_identity(session, case_id) is None
    assert cs.information(session, case_id) == []
    assert cs.measures(session, case_id) == [] and cs.team(session, case_id) == []
    sig = ss.get_signal(session, sid)
    assert sig.observed == "" and sig.person_label == "" and not sig.registered
    assert cs.search_case_ids(session, "geheim") == set()
    assert ("case_handed_over", {"case_id": case_id}) in events
    # Earlier reasoning is blanked; the history itself (who, when, which flag) stays and
    # cannot be edited otherwise.
    history = cs.flag_history(session, case_id)
    assert [e.flag for e in history] == [Flag.YELLOW, Flag.BLACK]
    assert all(e.justification == "" for e in history)
    with pytest.raises(Exception, match="append-only"), session.register.transaction() as conn:
        conn.execute("UPDATE case_flag_change SET flag = 'green' WHERE case_id = ?", (case_id,))


def test_information_search_measures_and_team(session):
    pid = add_partner(session)
    case_id = cs.open_case(session, CaseDraft(TODAY, pseudonym="Merel"))
    other = cs.open_case(session, CaseDraft(TODAY))
    with pytest.raises(ValidationError) as exc:
        cs.add_information(session, case_id, InformationItem(TODAY, pid, "x", consent=False))
    assert exc.value.problems == {"consent": "consent_required"}
    cs.add_information(
        session,
        case_id,
        InformationItem(TODAY, pid, "Bezoekt het jeugdhuis", True, SharingLevel.WHOLE_CELL),
    )
    cs.add_information(
        session, case_id, InformationItem(TODAY, pid, "Bezoekt het jeugdhuis", True, secret=True)
    )
    assert len(cs.information(session, case_id)) == 2  # never merged
    assert cs.search_case_ids(session, "jeugdhu") == {case_id}
    assert cs.search_case_ids(session, '"bezoekt* (jeugdhuis') == {case_id}  # no FTS syntax leaks
    assert cs.search_case_ids(session, "Merel") == {case_id}
    mid = cs.add_measure(session, case_id, pid, "Gesprek", TODAY - timedelta(days=1))
    assert [m.id for m in cs.overdue_measures(session)] == [mid]
    with pytest.raises(ValidationError):
        cs.set_measure_status(session, mid, MeasureStatus.DONE, "")
    cs.set_measure_status(session, mid, MeasureStatus.DONE, "Gesprek gehad")
    assert cs.overdue_measures(session) == []
    tid = cs.join_team(session, case_id, pid, TODAY - timedelta(days=5))
    with pytest.raises(ValidationError):
        cs.join_team(session, case_id, pid, TODAY)
    assert cs.team_partner_case_ids(session, pid) == {case_id}
    with pytest.raises(ValidationError):
        cs.leave_team(session, tid, TODAY - timedelta(days=6))
    cs.leave_team(session, tid, TODAY)
    assert cs.team_partner_case_ids(session, pid) == set()
    assert other not in cs.search_case_ids(session, "jeugdhuis")
    kinds = [e.kind for e in cs.timeline(session, case_id)]
    assert kinds.count("information") == 2 and "measure_closed" in kinds


def test_cases_for_agenda(session):
    pid = add_partner(session)
    meeting = date(2026, 6, 15)
    red = cs.open_case(session, CaseDraft(date(2026, 6, 1)))
    cs.change_flag(
        session,
        red,
        Flag.RED,
        "r",
        date(2026, 7, 1),
        decided_by_person="F",
        decided_on=date(2026, 6, 1),
    )
    calm = cs.open_case(session, CaseDraft(date(2026, 6, 1)))
    cs.change_flag(
        session,
        calm,
        Flag.GREEN,
        "g",
        date(2026, 8, 1),
        decided_by_person="F",
        decided_on=date(2026, 6, 1),
    )
    stale = cs.open_case(session, CaseDraft(date(2026, 1, 1)))
    with_measure = cs.open_case(session, CaseDraft(date(2026, 6, 1)))
    cs.change_flag(
        session,
        with_measure,
        Flag.YELLOW,
        "y",
        date(2026, 9, 1),
        decided_by_person="F",
        decided_on=date(2026, 6, 1),
    )
    cs.add_measure(session, with_measure, pid, "Bellen", date(2026, 6, 15))
    agenda = cs.cases_for_agenda(session, meeting)
    assert [(a.case_id, a.reason) for a in agenda] == [
        (red, ReviewReason.FLAG_RED),
        (stale, ReviewReason.NOT_WEIGHED),
        # Yellow: its flag asks for the next meeting (and a measure falls due).
        (with_measure, ReviewReason.FLAG_NEXT_MEETING),
    ]
    assert ReviewReason.MEASURE_DUE in agenda[2].reasons
    assert agenda[0].code == cs.get_case(session, red).code
    cs.set_review_weeks(session, 52)
    assert stale not in [a.case_id for a in cs.cases_for_agenda(session, meeting)]


def test_overview_and_chart(session):
    a = cs.open_case(session, CaseDraft(TODAY - timedelta(days=40)))
    cs.change_flag(
        session,
        a,
        Flag.YELLOW,
        "y",
        TODAY + timedelta(days=3),
        decided_by_person="F",
        decided_on=TODAY - timedelta(days=40),
    )
    cs.change_flag(
        session,
        a,
        Flag.RED,
        "r",
        TODAY + timedelta(days=3),
        decided_by_person="F",
        decided_on=TODAY,
    )
    ov = cs.overview(session)
    assert ov.by_flag == {Flag.RED: 1} and ov.by_phase == {Phase.REGISTRATION: 1}
    points = cs.flag_counts_over_time(session, months=3)
    assert points[-1][1][Flag.RED] == 1 and points[-1][1][Flag.YELLOW] == 0
    assert sum(points[0][1].values()) in (0, 1)


cases_to_weigh = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=120),  # opened, days ago
        st.one_of(st.none(), st.integers(min_value=0, max_value=60)),  # weighed, days ago
        st.integers(min_value=1, max_value=90),  # next review, days after weighing
        st.booleans(),  # closed
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cases_to_weigh)
def test_overview_counts_and_due_list_follow_the_review_rule(session, drafts):
    """The Overview counts in SQL and reads only the cases that can be due: the same
    counts and the same due list, in the same order, as the review rule over every case."""
    for opened, weighed, review, closed in drafts:
        case_id = cs.open_case(session, CaseDraft(TODAY - timedelta(days=opened)))
        if weighed is not None and weighed <= opened:
            cs.change_flag(
                session,
                case_id,
                Flag.YELLOW,
                "Gewogen",
                TODAY - timedelta(days=weighed - review),
                decided_by_person="F",
                decided_on=TODAY - timedelta(days=weighed),
            )
        if closed:
            cs.change_phase(
                session,
                case_id,
                Phase.CLOSED,
                closure_reason=ClosureReason.OTHER,
                evaluation_note="Afgesloten",
            )
    weeks = cs.review_weeks(session)
    rows = cs.list_cases(session, TODAY)
    expected_due = [
        (row, cs.reasons_due(row, TODAY, weeks))
        for row in rows
        if cs.reasons_due(row, TODAY, weeks)
    ]
    by_phase: dict[Phase, int] = {}
    by_flag: dict[Flag | None, int] = {}
    for row in rows:
        by_phase[row.phase] = by_phase.get(row.phase, 0) + 1
        if row.phase is not Phase.CLOSED or row.flag is Flag.BLACK:
            by_flag[row.flag] = by_flag.get(row.flag, 0) + 1
    ov = cs.overview(session, TODAY)
    # The first OVERVIEW_ROWS are listed, every one counted (the case list shows them all).
    assert ov.due == expected_due[: cs.OVERVIEW_ROWS]
    assert ov.due_total == len(expected_due)
    assert ov.overdue_total == len(cs.overdue_measures(session, TODAY))
    assert ov.by_phase == by_phase and ov.by_flag == by_flag


actions = st.lists(
    st.one_of(
        st.tuples(st.just("phase"), st.sampled_from(list(Phase)), st.booleans()),
        st.tuples(st.just("flag"), st.sampled_from(list(Flag)), st.booleans()),
    ),
    max_size=12,
)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions)
def test_any_sequence_of_changes_keeps_the_rules(session, steps):
    """Through the services: refused changes leave no trace, accepted ones are all in
    the (append-only) histories, and a closed case takes nothing more."""
    case_id = cs.open_case(session, CaseDraft(TODAY))
    phases, flags = 1, 0
    for kind, value, complete in steps:
        before = cs.get_case(session, case_id)
        try:
            if kind == "phase":
                cs.change_phase(
                    session,
                    case_id,
                    value,
                    closure_reason=ClosureReason.OTHER if complete else None,
                    evaluation_note="Geëvalueerd" if complete else "",
                )
                phases += 1
            else:
                cs.change_flag(
                    session,
                    case_id,
                    value,
                    "Motivering" if complete else "",
                    None if value is Flag.BLACK else TODAY + timedelta(days=7),
                    decided_by_person="Fien",
                    handed_to="Parket Fictief" if value is Flag.BLACK else "",
                    handed_on=TODAY if value is Flag.BLACK else None,
                )
                flags += 1
                if value is Flag.BLACK:
                    phases += 1  # the hand-over closes the case
        except (IllegalTransition, CaseClosed, ValidationError):
            assert cs.get_case(session, case_id) == before
            if before.phase is Phase.CLOSED:
                continue
            if kind == "phase":
                assert value not in TRANSITIONS[before.phase] or not complete
            else:
                assert not complete
    after = cs.get_case(session, case_id)
    assert len(cs.phase_history(session, case_id)) == phases
    assert len(cs.flag_history(session, case_id)) == flags
    if after.flag is Flag.BLACK:
        assert after.phase is Phase.CLOSED and cs.reveal_identity(session, case_id) is None


def _flag_counts_reference(points, changes, closed):
    """The chart's rule read literally: at each point, every case's last flag decided on
    or before it, counted unless the case closed before it."""
    out = []
    for point in points:
        last = {}
        for case_id, flag, day in changes:
            if day <= point:
                last[case_id] = flag
        counts = {f: 0 for f in Flag}
        for case_id, flag in last.items():
            shut = closed.get(case_id)
            if shut is None or shut >= point:
                counts[flag] += 1
        out.append((point, counts))
    return out


@settings(max_examples=200)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 6),
            st.sampled_from(list(Flag)),
            st.integers(0, 40),
        ),
        max_size=25,
    ),
    st.dictionaries(st.integers(0, 6), st.integers(0, 40), max_size=7),
)
def test_the_flag_chart_counts_in_one_pass_what_the_rule_says(raw_changes, raw_closed):
    start = date(2026, 1, 1)
    changes = sorted(
        ((c, f, start + timedelta(days=d)) for c, f, d in raw_changes), key=lambda t: t[2]
    )
    closed = {c: start + timedelta(days=d) for c, d in raw_closed.items()}
    points = [start + timedelta(days=d) for d in (0, 5, 10, 20, 30, 40)]
    assert cs.flag_counts_at(points, changes, closed) == _flag_counts_reference(
        points, changes, closed
    )
