"""The demo filler: fictional cases in every phase and flag."""

from __future__ import annotations

import random

from livc_desktop.domain.cases import Flag, Phase
from livc_desktop.domain.signals import SignalStatus
from livc_desktop.services import cases as cs
from livc_desktop.services import signals as ss
from livc_desktop.services.case_demo import fill_cases


def test_demo_cases_cover_every_phase_and_flag(session):
    for name in ("OCMW Demostad (fictief)", "Jeugddienst Fictief", "Lokale politie Demozone"):
        session.register.execute(
            "INSERT INTO partner(name, created_at, updated_at) VALUES (?, 'x', 'x')", (name,)
        )
    fill_cases(session, random.Random(1))
    rows = cs.list_cases(session)
    assert {r.phase for r in rows} == set(Phase)
    assert {r.flag for r in rows} >= set(Flag)
    statuses = ss.counts_by_status(session)
    assert set(statuses) == set(SignalStatus)
    open_with_measures = [r for r in rows if r.open_measures]
    assert open_with_measures
    assert any(cs.information(session, r.id) for r in rows)
    assert cs.due_for_review(session)


def test_demo_cases_without_partners(session):
    fill_cases(session, random.Random(1))
    rows = cs.list_cases(session)
    assert {r.phase for r in rows} == set(Phase)
    assert all(cs.measures(session, r.id) == [] for r in rows)


def test_bulk_generator_for_benchmarks(session):
    from livc_desktop.services.case_demo import generate_cases

    for n in range(3):
        session.register.execute(
            "INSERT INTO partner(name, created_at, updated_at) VALUES (?, 'x', 'x')",
            (f"Partner {n} Fictief",),
        )
    generate_cases(session, random.Random(2), cases=30, signals=40, items=95, batch=10)
    counts = session.register.table_counts()
    assert counts["case_file"] == 30 and counts["signal"] == 40 and counts["info_item"] == 95
    assert len(ss.signals_awaiting(session)) == 10
