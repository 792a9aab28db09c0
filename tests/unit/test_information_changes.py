"""Correcting and removing a case's information items: checked like adding, refused on a
closed case, gone from search and documents, recorded in the trail without text."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from livc_desktop.domain.cases import (
    CaseClosed,
    CaseDraft,
    ClosureReason,
    Flag,
    InformationItem,
    InformationRemoval,
    NotFound,
    Phase,
    SharingLevel,
)
from livc_desktop.domain.errors import ValidationError
from livc_desktop.services import audit
from livc_desktop.services import cases as cs
from livc_desktop.services import retention as rs
from tests.unit.test_cases_services import add_partner

TODAY = date.today()
OLD_TEXT = "Fietst dagelijks langs het Kwakkelplein"
NEW_TEXT = "Wandelt dagelijks langs de Snoezelvijver"


@pytest.fixture
def case_with_item(session):
    pid = add_partner(session)
    case_id = cs.open_case(session, CaseDraft(TODAY, pseudonym="Demostad-Merel"))
    item_id = cs.add_information(session, case_id, InformationItem(TODAY, pid, OLD_TEXT, True))
    return case_id, item_id, pid


def trail_after(session, kind):
    return [e for e in audit.entries(session) if e.kind == kind]


def test_correct_changes_the_item_and_writes_one_entry_without_text(session, case_with_item):
    case_id, item_id, _pid = case_with_item
    other = add_partner(session, "Tweede Partner Fictief")
    earlier = TODAY - timedelta(days=3)
    cs.correct_information(
        session, item_id, InformationItem(earlier, other, NEW_TEXT, True, secret=True)
    )
    [row] = cs.information(session, case_id)
    assert (row.id, row.content, row.received_on) == (item_id, NEW_TEXT, earlier)
    assert row.source_partner_id == other and row.secret
    assert row.sharing is SharingLevel.CASE_TEAM
    assert cs.search_case_ids(session, "Snoezelvijver") == {case_id}
    assert cs.search_case_ids(session, "Kwakkelplein") == set()
    [entry] = trail_after(session, "information_updated")
    assert entry.case_code == cs.get_case(session, case_id).code
    assert entry.fields["item_id"] == item_id and entry.fields["secret"] is True
    written = repr(entry)
    assert "Snoezel" not in written and "Kwakkel" not in written


@pytest.mark.parametrize(
    ("item", "problems"),
    [
        (InformationItem(TODAY, None, "x", True), {"source_partner": "required"}),
        (InformationItem(TODAY, 1, "  ", True), {"content": "required"}),
        (InformationItem(TODAY, 1, "x", False), {"consent": "consent_required"}),
        (
            InformationItem(TODAY, 1, "x", True, SharingLevel.WHOLE_CELL, secret=True),
            {"sharing": "secret_case_team_only"},
        ),
        (InformationItem(TODAY, 9999, "x", True), {"source_partner": "unknown_partner"}),
    ],
)
def test_a_bad_correction_is_refused_and_changes_nothing(session, case_with_item, item, problems):
    case_id, item_id, pid = case_with_item
    if item.source_partner_id == 1:
        item.source_partner_id = pid
    with pytest.raises(ValidationError) as exc:
        cs.correct_information(session, item_id, item)
    assert exc.value.problems == problems
    assert [r.content for r in cs.information(session, case_id)] == [OLD_TEXT]
    assert trail_after(session, "information_updated") == []


def test_remove_takes_it_out_of_file_search_and_documents(session, case_with_item):
    from livc_desktop.reports.subject_access import build_subject_access
    from livc_desktop.ui.retention_labels import page_frame, subject_access_document

    case_id, item_id, pid = case_with_item
    kept = cs.add_information(session, case_id, InformationItem(TODAY, pid, NEW_TEXT, True))
    cs.remove_information(session, item_id, InformationRemoval.WRONG_CASE)
    assert [r.id for r in cs.information(session, case_id)] == [kept]
    assert cs.search_case_ids(session, "Kwakkelplein") == set()
    assert cs.search_case_ids(session, "Snoezelvijver") == {case_id}
    assert "information" in [e.kind for e in cs.timeline(session, case_id)]
    assert len([e for e in cs.timeline(session, case_id) if e.kind == "information"]) == 1
    data = rs.subject_access(session, case_id)
    labels, sections = subject_access_document(data, ["Demostad"])
    pdf = build_subject_access(page_frame("Subject access", ["Demostad"]), labels, sections)
    from tests.unit.test_retention import pdf_text

    text = pdf_text(pdf).replace("\n", " ")
    assert "Snoezelvijver" in text and "Kwakkelplein" not in text
    assert rs.purge_preview(session, case_id).information == 1
    [entry] = trail_after(session, "information_deleted")
    assert entry.fields["reason"] == "wrong_case" and entry.fields["item_id"] == item_id
    assert "Kwakkel" not in repr(entry)
    # The same item cannot be removed twice.
    with pytest.raises(NotFound):
        cs.remove_information(session, item_id)


def test_remove_without_a_reason_and_with_an_unknown_one(session, case_with_item):
    case_id, item_id, _pid = case_with_item
    with pytest.raises(ValidationError) as exc:
        cs.remove_information(session, item_id, "because I said so")
    assert exc.value.problems == {"reason": "invalid"}
    assert len(cs.information(session, case_id)) == 1
    cs.remove_information(session, item_id)
    [entry] = trail_after(session, "information_deleted")
    assert "reason" not in entry.fields
    assert cs.information(session, case_id) == []


def test_unknown_item_is_not_found(session):
    pid = add_partner(session)
    with pytest.raises(NotFound):
        cs.correct_information(session, 4242, InformationItem(TODAY, pid, "x", True))
    with pytest.raises(NotFound):
        cs.remove_information(session, 4242)


def test_a_closed_case_refuses_corrections_and_removals(session, case_with_item):
    case_id, item_id, pid = case_with_item
    for p in (Phase.FILE_BUILDING, Phase.WEIGHING, Phase.APPROACH, Phase.EVALUATION):
        cs.change_phase(session, case_id, p)
    cs.change_phase(
        session,
        case_id,
        Phase.CLOSED,
        closure_reason=ClosureReason.GOALS_REACHED,
        evaluation_note="Doelen bereikt",
    )
    with pytest.raises(CaseClosed):
        cs.add_information(session, case_id, InformationItem(TODAY, pid, "x", True))
    with pytest.raises(CaseClosed):
        cs.correct_information(session, item_id, InformationItem(TODAY, pid, NEW_TEXT, True))
    with pytest.raises(CaseClosed):
        cs.remove_information(session, item_id)
    assert [r.content for r in cs.information(session, case_id)] == [OLD_TEXT]
    assert trail_after(session, "information_updated") == []
    assert trail_after(session, "information_deleted") == []


def test_a_handed_over_case_has_nothing_left_to_correct(session, case_with_item):
    case_id, item_id, pid = case_with_item
    cs.change_flag(
        session,
        case_id,
        Flag.BLACK,
        "Acuut",
        None,
        decided_by_person="Fien",
        handed_to="Parket Fictief",
        handed_on=TODAY,
    )
    # The hand-over erased the items; whatever id is asked for, nothing is changed.
    with pytest.raises(NotFound):
        cs.correct_information(session, item_id, InformationItem(TODAY, pid, NEW_TEXT, True))
    with pytest.raises(CaseClosed):
        cs.add_information(session, case_id, InformationItem(TODAY, pid, NEW_TEXT, True))
