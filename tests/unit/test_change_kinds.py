"""Typed changes: every trail kind belongs to areas, a session refuses unknown kinds, and
the areas an operation touched are what pages refresh on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livc_desktop.domain.changes import Area, ChangeKind, Changes, areas_of_event
from livc_desktop.services import audit as audit_service


def test_every_kind_touches_the_trail_and_a_feature_or_the_register():
    for kind in ChangeKind:
        assert Area.TRAIL in kind.areas
    assert ChangeKind.CASE_CREATED.areas == {Area.CASES, Area.TRAIL}
    assert ChangeKind.PARTNERS_IMPORTED.areas == {Area.PARTNERS, Area.TRAIL}
    assert Area.MEETINGS in ChangeKind.CASE_DECISION_RECORDED.areas
    assert Area.CASES in ChangeKind.CASE_DECISION_RECORDED.areas
    assert ChangeKind.EXPORT_PDF.areas == {Area.EXPORTS, Area.TRAIL}


def test_a_settings_change_names_the_area_of_its_key():
    assert Area.PROFILE in areas_of_event(ChangeKind.SETTINGS_CHANGED, {"key": "cell.profile"})
    assert Area.PREFERENCES in areas_of_event("settings_changed", {"key": "preferences"})
    assert Area.SETTINGS in areas_of_event(ChangeKind.SETTINGS_CHANGED, {"key": "backup"})


@given(st.sets(st.sampled_from(list(ChangeKind))), st.sets(st.sampled_from(list(Area))))
def test_changes_touch_exactly_the_union_of_their_kinds(kinds, asked):
    changes = Changes.of(*kinds)
    union = set().union(*(k.areas for k in kinds)) if kinds else set()
    assert changes.areas == union
    assert changes.touches(*asked) == bool(union & asked)
    assert bool(changes) == bool(kinds)


def test_everything_touches_every_area_and_nothing_none():
    assert all(Changes.everything().touches(area) for area in Area)
    assert not Changes().touches(*Area)


def test_the_session_refuses_a_kind_the_enum_does_not_know(session):
    seen: list[str] = []
    session.on_event(lambda kind, fields: seen.append(kind))
    with pytest.raises(ValueError):
        session.record("case_renamed_somehow", case_id=1)
    session.record("case_opened", case_id=1)
    assert seen == [ChangeKind.CASE_OPENED]
    assert isinstance(seen[0], ChangeKind)


def test_collecting_changes_gathers_the_areas_recorded_inside_only(session):
    session.record(ChangeKind.PARTNER_CREATED, partner_id=1)
    with session.collect_changes() as areas:
        session.record(ChangeKind.SIGNAL_TRIAGED, signal_id=3, outcome="case")
    session.record(ChangeKind.MEETING_CREATED, meeting_id=2)
    assert areas == {Area.SIGNALS, Area.CASES, Area.TRAIL}


def test_the_trail_stores_the_kind_value(session):
    session.record(ChangeKind.IDENTITY_SEARCHED, matches=0)
    assert "identity_searched" in audit_service.kinds(session)
