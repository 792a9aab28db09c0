"""Domain rules for phases, flags, consent, triage, codes and review dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livc_desktop.domain.cases import (
    TRANSITIONS,
    AgendaCase,
    CaseClosed,
    ClosureReason,
    Flag,
    FlagChange,
    IllegalTransition,
    InformationItem,
    Phase,
    PhaseChange,
    ReviewReason,
    SharingLevel,
    agenda_reasons,
    check_flag_change,
    check_phase_change,
    format_case_code,
    next_case_code,
    review_reasons,
)
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.signals import (
    Channel,
    SignalIntake,
    SignalStatus,
    Triage,
    TriageOutcome,
)

phases = st.sampled_from(list(Phase))
flags = st.sampled_from(list(Flag))
days = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))
texts = st.text(max_size=30)


@given(phases, phases, texts, st.sampled_from([None, *ClosureReason]), texts)
def test_phase_change_allowed_exactly_when_the_table_says(current, target, note, reason, ev):
    change = PhaseChange(target, date(2026, 3, 1), reason, ev, note)
    try:
        check_phase_change(current, change)
    except CaseClosed:
        assert current is Phase.CLOSED
    except IllegalTransition:
        assert target not in TRANSITIONS[current]
    except ValidationError as exc:
        assert target is Phase.CLOSED
        assert set(exc.problems) <= {"closure_reason", "evaluation_note"}
        assert reason is None or not ev.strip()
    else:
        assert target in TRANSITIONS[current]
        if target is Phase.CLOSED:
            assert reason is not None and ev.strip()


@given(st.lists(phases, max_size=20))
def test_any_accepted_walk_starts_at_registration_and_never_leaves_closed(targets):
    current = Phase.REGISTRATION
    for target in targets:
        change = PhaseChange(target, date(2026, 1, 1), ClosureReason.OTHER, "evaluated")
        try:
            check_phase_change(current, change)
        except (IllegalTransition, CaseClosed):
            continue
        assert current is not Phase.CLOSED
        current = target
    # No phase is skipped forwards: approach is only reached through weighing or evaluation.
    for source, targets_ in TRANSITIONS.items():
        if Phase.APPROACH in targets_:
            assert source in {Phase.WEIGHING, Phase.EVALUATION}


def test_closed_phase_is_final_and_closing_needs_reason_and_note():
    assert TRANSITIONS[Phase.CLOSED] == frozenset()
    with pytest.raises(ValidationError) as exc:
        check_phase_change(Phase.EVALUATION, PhaseChange(Phase.CLOSED, date(2026, 1, 1)))
    assert exc.value.problems == {"closure_reason": "required", "evaluation_note": "required"}
    with pytest.raises(IllegalTransition):
        check_phase_change(Phase.REGISTRATION, PhaseChange(Phase.APPROACH, date(2026, 1, 1)))


@given(
    flags,
    days,
    texts,
    st.one_of(st.none(), days),
    st.one_of(st.none(), st.integers(1, 1000)),
    texts,
    texts,
    st.one_of(st.none(), days),
)
def test_flag_change_rules(flag, on, why, review, meeting, person, handed_to, handed_on):
    change = FlagChange(flag, on, why, review, meeting, person, handed_to, handed_on)
    found = change.problems()
    assert ("justification" in found) == (not why.strip())
    assert ("decided_by" in found) == (meeting is None and not person.strip())
    if flag is Flag.BLACK:
        assert ("handed_to" in found) == (not handed_to.strip())
        if handed_on is None:
            assert found["handed_on"] == "required"
    else:
        if review is None:
            assert found["next_review"] == "required"
        elif review < on:
            assert found["next_review"] == "before_decision"
        else:
            assert "next_review" not in found
        if handed_to.strip() or handed_on is not None:
            assert found["handed_to"] == "only_black"


@given(flags)
def test_no_flag_change_on_a_closed_case(flag):
    change = FlagChange(
        flag, date(2026, 1, 1), "x", date(2026, 2, 1), 1, "", "Parket", date(2026, 1, 1)
    )
    with pytest.raises(CaseClosed):
        check_flag_change(Phase.CLOSED, change)


intakes = st.builds(
    SignalIntake,
    received_on=days,
    channel=st.sampled_from(list(Channel)),
    observed=st.text(max_size=200),
    consent=st.booleans(),
    reporter_partner_id=st.one_of(st.none(), st.integers(1, 50)),
    reporter_contact_id=st.one_of(st.none(), st.integers(1, 50)),
    reporter_name=texts,
    reporter_contact=texts,
    person_label=texts,
)


@given(intakes)
def test_without_consent_only_a_trace_is_stored(intake):
    rec = intake.to_record()
    assert rec.received_on == intake.received_on
    assert rec.channel == intake.channel
    assert rec.reporter_partner_id == intake.reporter_partner_id
    if intake.consent:
        assert rec.registered and rec.status is SignalStatus.AWAITING
        assert rec.observed == intake.observed
    else:
        assert not rec.registered and rec.status is SignalStatus.NOT_REGISTERED
        assert all(v in ("", None) for v in rec.content_fields().values())


def test_low_threshold_minimum():
    empty = SignalIntake(received_on=None, channel=None, consent=True)
    assert set(empty.problems()) == {"received_on", "channel", "reporter", "observed"}
    minimal = SignalIntake(
        date(2026, 1, 5),
        Channel.PHONE,
        "Zegt vreemde dingen",
        True,
        reporter_name="Buurman Fictief",
    )
    assert minimal.problems(date(2026, 1, 5)) == {}
    assert minimal.problems(date(2026, 1, 4)) == {"received_on": "in_future"}
    # Without consent the details are not needed (nothing of them is kept).
    trace = SignalIntake(date(2026, 1, 5), Channel.EMAIL, consent=False, reporter_partner_id=3)
    assert trace.problems() == {}
    long_label = SignalIntake(
        date(2026, 1, 5),
        Channel.PHONE,
        "x",
        True,
        reporter_partner_id=1,
        person_label="Zoë Testpersoon, Voorbeeldstraat 12, Demostad",
    )
    assert long_label.problems() == {"person_label": "too_long"}


@given(st.sampled_from([None, *TriageOutcome]), st.one_of(st.none(), st.integers(1, 9)), texts)
def test_triage_requires_an_outcome_and_its_details(outcome, partner, reason):
    t = Triage(outcome, date(2026, 1, 1), partner_id=partner, reason=reason)
    found = t.problems(SignalStatus.AWAITING)
    if outcome is None:
        assert found == {"outcome": "required"}
    elif outcome is TriageOutcome.HANDED_TO_PARTNER:
        assert ("partner" in found) == (partner is None)
        assert ("reason" in found) == (not reason.strip())
    elif outcome is TriageOutcome.NOT_RETAINED:
        assert ("reason" in found) == (not reason.strip())
    else:
        assert found == {}
    assert Triage(outcome, date(2026, 1, 1)).problems(SignalStatus.CASE) == {
        "outcome": "already_triaged"
    }


@given(st.integers(2000, 2100), st.lists(st.integers(1, 999), max_size=20))
def test_case_code_is_year_plus_next_sequence(year, used):
    codes = [format_case_code(year, n) for n in used] + ["1999-950", "garbage"]
    code = next_case_code(year, codes)
    assert code == f"{year}-{max(used, default=0) + 1:03d}"
    assert code not in codes


def test_information_item_needs_consent_and_secret_stays_in_case_team():
    item = InformationItem(
        date(2026, 1, 1), 1, "Inhoud", consent=False, sharing=SharingLevel.WHOLE_CELL, secret=True
    )
    assert item.problems() == {"consent": "consent_required", "sharing": "secret_case_team_only"}


@given(days, days, st.one_of(st.none(), days), st.integers(1, 52), phases)
def test_review_reasons(today, weighed, review, weeks, phase):
    reasons = review_reasons(
        today=today, phase=phase, last_weighed_on=weighed, next_review=review, review_weeks=weeks
    )
    if phase is Phase.CLOSED:
        assert reasons == ()
        return
    assert (ReviewReason.NOT_WEIGHED in reasons) == (today - weighed >= timedelta(weeks=weeks))
    assert (ReviewReason.REVIEW_DATE_PASSED in reasons) == (review is not None and review <= today)


def test_agenda_reasons_order_and_black_once():
    base = dict(
        meeting_date=date(2026, 3, 10),
        phase=Phase.APPROACH,
        last_weighed_on=date(2026, 1, 1),
        next_review=date(2026, 3, 1),
        review_weeks=6,
        measures_due=True,
        flag_since=None,
    )
    assert agenda_reasons(flag=Flag.RED, **base) == (
        ReviewReason.FLAG_RED,
        ReviewReason.REVIEW_DATE_PASSED,
        ReviewReason.NOT_WEIGHED,
        ReviewReason.MEASURE_DUE,
    )
    black = {**base, "phase": Phase.CLOSED, "flag_since": date(2026, 3, 1)}
    assert agenda_reasons(flag=Flag.BLACK, **black) == (ReviewReason.FLAG_BLACK,)
    black["flag_since"] = date(2025, 1, 1)
    assert agenda_reasons(flag=Flag.BLACK, **black) == ()
    assert AgendaCase(1, "2026-001", ReviewReason.FLAG_RED).reasons == ()
