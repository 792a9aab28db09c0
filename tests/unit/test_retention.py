"""Retention rules (hypothesis), purge (nothing left anywhere, trail and minutes verify),
data-subject access and the record of processing (PDF text through pypdf)."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from livc_desktop.domain.cases import (
    CaseDraft,
    ClosureReason,
    Cooperation,
    CooperationKind,
    Flag,
    Identity,
    InformationItem,
    Phase,
)
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.meetings import (
    DecisionKind,
    ItemKind,
    NoteKind,
)
from livc_desktop.domain.retention import (
    DEFAULT_MONTHS_AFTER_CLOSURE,
    DORMANT_MONTHS,
    CaseFacts,
    PurgeReason,
    RetentionReason,
    add_months,
    cases_due,
    clamp_months,
    purge_confirmed,
    retention_due,
)
from livc_desktop.domain.signals import Channel, SignalIntake, Triage, TriageOutcome
from livc_desktop.services import audit
from livc_desktop.services import cases as cs
from livc_desktop.services import meetings as ms
from livc_desktop.services import retention as rs
from livc_desktop.services import signals as ss

NAME = "Zoë Testpersoon"
ITEM_TEXT = "Kwispelvogel gezien bij de fictieve Blauwbessenschool"
SIGNAL_TEXT = "Zegt Snorrewiebel-dingen op het fictieve plein"
NOTE_TEXT = "Zoë Testpersoon kwam Pruttelmolen-gesprek halen"
TODAY = date.today()
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


# -- domain ---------------------------------------------------------------------------------
@given(dates, st.integers(min_value=-240, max_value=240))
def test_add_months_stays_in_month_and_never_overshoots(day, months):
    out = add_months(day, months)
    assert (out.year * 12 + out.month) - (day.year * 12 + day.month) == months
    assert out.day <= day.day
    if out.day < day.day:  # clamped: it is the last day of that month
        assert (out + timedelta(days=1)).day == 1


@given(st.one_of(st.integers(), st.text(), st.none()))
def test_clamp_months_always_in_range(value):
    assert 1 <= clamp_months(value) <= 120


def facts(**kw) -> CaseFacts:
    base = dict(
        case_id=1,
        code="2026-001",
        phase=Phase.WEIGHING,
        flag=Flag.YELLOW,
        opened_on=date(2025, 1, 10),
        closed_on=None,
        last_activity=date(2025, 1, 10),
    )
    base.update(kw)
    return CaseFacts(**base)


@given(dates, st.integers(min_value=1, max_value=120), st.integers(min_value=0, max_value=4000))
def test_closed_case_is_due_exactly_from_its_review_date(closed_on, months, offset):
    f = facts(phase=Phase.CLOSED, closed_on=closed_on, last_activity=closed_on)
    today = closed_on + timedelta(days=offset)
    due = retention_due(f, today, months)
    review = add_months(closed_on, months)
    assert (due is not None) == (today >= review)
    if due:
        assert due.reason is RetentionReason.CLOSURE_PERIOD_ENDED and due.due_on == review


@given(
    dates,
    st.integers(min_value=0, max_value=800),
    st.sampled_from([None, *Flag]),
    st.sampled_from([p for p in Phase if p is not Phase.CLOSED]),
)
def test_open_case_with_indications_only_is_due_after_six_quiet_months(last, offset, flag, phase):
    f = facts(phase=phase, flag=flag, opened_on=last, last_activity=last)
    today = last + timedelta(days=offset)
    due = retention_due(f, today, DEFAULT_MONTHS_AFTER_CLOSURE)
    if flag in (Flag.RED, Flag.BLACK):
        assert due is None  # active approach or handed over: the flag's review date applies
    else:
        assert (due is not None) == (today >= add_months(last, DORMANT_MONTHS))
        if due:
            assert due.reason is RetentionReason.NO_NEW_INFORMATION


def test_cases_due_sorted_by_due_date_then_code():
    a = facts(case_id=1, code="2025-002", phase=Phase.CLOSED, closed_on=date(2024, 1, 1))
    b = facts(case_id=2, code="2025-001", phase=Phase.CLOSED, closed_on=date(2024, 1, 1))
    c = facts(
        case_id=3, code="2025-000", opened_on=date(2023, 1, 1), last_activity=date(2023, 1, 1)
    )
    d = facts(case_id=4, code="2025-003", flag=Flag.RED, last_activity=date(2020, 1, 1))
    out = cases_due([a, b, c, d], date(2026, 1, 1), 12)
    assert [x.code for x in out] == ["2025-000", "2025-001", "2025-002"]


def test_purge_needs_the_exact_code():
    assert purge_confirmed("2026-001", " 2026-001 ")
    assert not purge_confirmed("2026-001", "2026-00")
    assert not purge_confirmed("2026-001", "")
    assert not purge_confirmed("", "")


# -- a full case ----------------------------------------------------------------------------
def add_partner(session, name="Partner Fictief vzw", sector="police") -> int:
    cur = session.register.execute(
        "INSERT INTO partner(name, sector, created_at, updated_at) VALUES (?, ?, "
        "'2026-01-01T00:00:00', '2026-01-01T00:00:00')",
        (name, sector),
    )
    return int(cur.lastrowid)


def full_case(session, name=NAME, text=ITEM_TEXT, *, finalise=True, other=False):
    """A case with everything: identity, signal, items, measure, flags, team, cooperation,
    a finalised meeting (with notes naming the person) and a draft one."""
    signal_text, note, measure, address = (
        ("Iets anders gezien", "Ander gesprek", "Ander plan", "Andere Laan 2")
        if other
        else (SIGNAL_TEXT, NOTE_TEXT, "Pruttelmolen-coach", "Fictieve Dreef 1")
    )
    pid = add_partner(session)
    sid = ss.register_signal(
        session,
        SignalIntake(
            TODAY - timedelta(days=30),
            Channel.PHONE,
            signal_text,
            True,
            pid,
            person_label="Z.T.",
        ),
    )
    case_id = ss.triage(
        session,
        sid,
        Triage(TriageOutcome.CASE, TODAY - timedelta(days=29)),
        CaseDraft(TODAY - timedelta(days=29), pseudonym="Vlinder"),
    )
    cs.save_identity(session, case_id, Identity(name=name, address=address))
    cs.add_information(
        session, case_id, InformationItem(TODAY - timedelta(days=20), pid, text, True)
    )
    cs.add_measure(session, case_id, pid, measure, None)
    cs.join_team(session, case_id, pid, TODAY - timedelta(days=20))
    cs.add_cooperation(
        session,
        case_id,
        Cooperation(
            CooperationKind.LTF, "LTF Fictiefstad" if not other else "LTF Elders", "x@fictief.test"
        ),
    )
    mid = ms.create_meeting(
        session, ms.MeetingDraft(TableKind.INTEGRATED, TODAY - timedelta(days=10))
    )
    item = ms.add_item(session, mid, ItemKind.CASE, case_id=case_id)
    ms.add_note(session, item, NoteKind.ACCOUNT, note)
    ms.decide(
        session,
        item,
        DecisionKind.FLAG,
        "yellow",
        "Pruttelmolen-twijfel" if not other else "Andere twijfel",
        TODAY + timedelta(days=30),
    )
    ms.add_action(session, item, "Huisbezoek " + measure, "Partner", "", partner_id=pid)
    if finalise:
        ms.finalise(session, mid)
    draft = ms.create_meeting(
        session,
        ms.MeetingDraft(TableKind.CASE_TEAM, TODAY + timedelta(days=10), case_id=case_id),
    )
    ms.add_item(session, draft, ItemKind.CASE, case_id=case_id)
    return case_id, mid, draft, pid


def all_values(session) -> list[bytes]:
    """Every value of every table (FTS shadow tables, blobs and the trail included)."""
    out: list[bytes] = []
    names = session.register.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    )
    for (name,) in names:
        for row in session.register.query(f'SELECT * FROM "{name}"'):
            for value in row:
                if isinstance(value, bytes):
                    out.append(value)
                elif isinstance(value, str):
                    out.append(value.encode("utf-8"))
    return out


SECRETS = [
    "Testpersoon",
    "Zoë",
    "Kwispelvogel",
    "Blauwbessenschool",
    "Snorrewiebel",
    "Pruttelmolen",
    "Fictieve Dreef",
    "Fictiefstad",
]


def found_anywhere(session, words) -> set[str]:
    values = all_values(session)
    hits = set()
    for word in words:
        # FTS stores tokens folded (lower case, no diacritics).
        forms = {word.encode(), word.lower().encode()}
        if any(f in v.lower() or f in v for v in values for f in forms):
            hits.add(word)
    return hits


def test_purge_leaves_nothing_and_keeps_trail_and_minutes_verifiable(session):
    case_id, mid, draft, _pid = full_case(session)
    other, *_ = full_case(session, name="رانيا المثال", text="Andere fictieve tekst", other=True)
    code = cs.get_case(session, case_id).code
    assert found_anywhere(session, SECRETS) >= {"Testpersoon", "Kwispelvogel", "Pruttelmolen"}
    assert ms.verify_frozen(session, mid)

    preview = rs.purge_preview(session, case_id)
    counts = rs.purge_case(session, case_id, PurgeReason.ERASURE_REQUEST.value)
    assert counts == preview
    assert counts.information == 1 and counts.signals == 1 and counts.measures == 2

    # Only the other person's case remains; nothing of the purged one, anywhere.
    assert [c.id for c in cs.list_cases(session)] == [other]
    assert (
        found_anywhere(
            session,
            [
                "Testpersoon",
                "Zoë",
                "Kwispelvogel",
                "Snorrewiebel",
                "Blauwbessenschool",
                "Fictieve Dreef",
            ],
        )
        == set()
    )
    # By design the frozen minutes keep what they printed: the case by code only, names
    # redacted, the meeting's own account and actions ("Pruttelmolen"); nowhere else.
    assert found_anywhere(session, ["Pruttelmolen"]) == {"Pruttelmolen"}
    frozen = session.register.scalar("SELECT frozen_content FROM meeting WHERE id = ?", (mid,))
    assert "Pruttelmolen" in frozen and "Testpersoon" not in frozen and code in frozen
    hits = [
        t
        for (t,) in session.register.query(
            "SELECT 'meeting' FROM meeting WHERE frozen_content LIKE '%Pruttelmolen%'"
        )
    ]
    assert hits == ["meeting"]
    # The frozen minutes still verify; the draft lost the case item.
    assert ms.verify_frozen(session, mid)
    assert all(i.case_id != case_id for i in ms.agenda(session, draft))
    assert session.register.scalar("SELECT count(*) FROM meeting WHERE id = ?", (draft,)) in (0, 1)
    # Frozen-minutes triggers are back in force.
    with pytest.raises(Exception, match="minutes_frozen"):
        session.register.execute("DELETE FROM agenda_item WHERE meeting_id = ?", (mid,))
    report = audit.check_trail(session)
    assert report.ok
    purge = [e for e in audit.entries(session) if e.kind == "case_purged"]
    assert len(purge) == 1
    assert purge[0].case_code == code
    assert purge[0].fields == {"case_code": code, "reason": "erasure_request"}
    assert session.register.integrity_problems() == []
    # VACUUM ran: no free pages left holding anything.
    assert session.register.scalar("PRAGMA freelist_count") == 0


def test_purge_of_unknown_case_or_reason_changes_nothing(session):
    case_id, *_ = full_case(session, finalise=False)
    before = session.register.table_counts()
    with pytest.raises(ValidationError):
        rs.purge_case(session, case_id, "because")
    with pytest.raises(Exception, match=r"not_found|999"):
        rs.purge_case(session, 999, PurgeReason.REGISTERED_IN_ERROR.value)
    after = session.register.table_counts()
    after.pop("audit_entry"), before.pop("audit_entry")
    assert after == before


def test_purge_rolls_back_entirely_when_the_trail_cannot_be_written(session, monkeypatch):
    case_id, *_ = full_case(session)
    before = session.register.table_counts()

    def broken(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(rs.audit, "record_purge", broken)
    with pytest.raises(RuntimeError):
        rs.purge_case(session, case_id, PurgeReason.NO_NEW_INFORMATION.value)
    assert session.register.table_counts() == before
    assert found_anywhere(session, ["Kwispelvogel"]) == {"Kwispelvogel"}
    # Triggers were restored by the rollback as well.
    names = {
        r[0]
        for r in session.register.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    assert "meeting_frozen_fields" in names and "item_note_frozen_delete" in names


def test_cases_due_on_the_register(session):
    case_id, *_ = full_case(session, finalise=False)
    cs.change_phase(
        session,
        case_id,
        Phase.CLOSED,
        closure_reason=ClosureReason.GOALS_REACHED,
        evaluation_note="Doelen bereikt",
    )
    assert rs.months_after_closure(session) == DEFAULT_MONTHS_AFTER_CLOSURE
    assert rs.cases_due(session, TODAY) == []
    later = add_months(TODAY, 12)
    due = rs.cases_due(session, later)
    assert [(d.case_id, d.reason) for d in due] == [(case_id, RetentionReason.CLOSURE_PERIOD_ENDED)]
    rs.set_months_after_closure(session, 24)
    assert rs.months_after_closure(session) == 24
    assert rs.cases_due(session, later) == []


# -- subject access and processing record -------------------------------------------------
def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_find_person_is_recorded_without_the_search_text(session):
    seen = []
    session.on_event(lambda kind, fields: seen.append((kind, fields)))
    case_id, *_ = full_case(session, finalise=False)
    assert rs.find_person(session, "testpers") == [(case_id, cs.get_case(session, case_id).code)]
    assert rs.find_person(session, "z") == []
    assert seen[-2:] == [
        ("identity_searched", {"matches": 1}),
        ("identity_searched", {"matches": 0}),
    ]


def test_subject_access_pdf_holds_the_person_and_not_others(session, tmp_path):
    from livc_desktop.reports.subject_access import build_subject_access
    from livc_desktop.ui.retention_labels import page_frame, subject_access_document

    case_id, _mid, draft, _pid = full_case(session)
    # A general item of the case-team meeting held for this case is about the person too.
    general = ms.add_item(session, draft, ItemKind.GENERAL, "Opvolging")
    ms.add_note(session, general, NoteKind.ACCOUNT, "Hommelvlieg-overleg")
    full_case(session, name="رانيا المثال", text="Andere fictieve Hommelbloem-tekst", other=True)
    data = rs.subject_access(session, case_id)
    labels, sections = subject_access_document(data, ["Testdorp"])
    pdf = build_subject_access(page_frame("Subject access", ["Testdorp"]), labels, sections)
    text = pdf_text(pdf)
    for expected in (
        "Testpersoon",
        "Kwispelvogel",
        "Snorrewiebel",
        "Pruttelmolen",
        "Partner Fictief vzw",
        "LTF Fictiefstad",
        "Hommelvlieg-overleg",
        data.case.code,
    ):
        assert expected in text.replace("\n", " "), expected
    assert "Hommelbloem" not in text and "رانيا" not in text
    target = tmp_path / "out" / "access.pdf"
    target.parent.mkdir()
    seen = []
    session.on_event(lambda kind, fields: seen.append((kind, fields)))
    rs.save_subject_access(session, case_id, target, pdf)
    assert target.read_bytes() == pdf
    assert seen == [
        (
            "export_pdf",
            {
                "kind": "subject_access",
                "destination": "out",
                "case_id": case_id,
                "case_code": data.case.code,
            },
        )
    ]


def test_processing_record_pdf(session):
    from livc_desktop.reports.processing_record import build_processing_record
    from livc_desktop.ui.retention_labels import page_frame, processing_document

    full_case(session, finalise=False)
    add_partner(session, "Fictieve Jeugdwerking vzw", "youth_work")
    facts = rs.processing_facts(session)
    assert facts.counts["cases_open"] == 1 and facts.counts["information_items"] == 1
    assert facts.months_after_closure == 12
    labels, sections = processing_document(facts, ["Testdorp"])
    pdf = build_processing_record(
        page_frame("Record of processing", ["Testdorp"]), labels, sections
    )
    text = pdf_text(pdf).replace("\n", " ")
    assert "Record of processing" in text
    assert "Fictieve Jeugdwerking vzw" in text and "Partner Fictief vzw" in text
    assert "458ter" in text and "30 July 2018" in text
    assert NAME not in text and "Kwispelvogel" not in text


@given(st.text(alphabet=st.sampled_from("ab ë\nر"), max_size=6000))
def test_long_cells_are_cut_into_pieces_that_fit_a_page(value):
    from livc_desktop.reports.subject_access import CELL_CHARS, CELL_LINES, _pieces

    pieces = _pieces(value)
    for piece in pieces:
        assert len(piece) <= CELL_CHARS + CELL_LINES
        assert piece.count("\n") < CELL_LINES
    # Nothing is lost: the same words in the same order.
    assert " ".join(pieces).split() == value.split()


def test_subject_access_with_a_book_length_item_and_arabic_name(session):
    from livc_desktop.reports.subject_access import build_subject_access
    from livc_desktop.ui.retention_labels import page_frame, subject_access_document

    pid = add_partner(session)
    case_id = cs.open_case(session, CaseDraft(TODAY), Identity(name="رانيا المثال"))
    book = ("Lang verslag over de fictieve Zonnebloemstraat. " * 2100)[:100_000]
    cs.add_information(session, case_id, InformationItem(TODAY, pid, book, True))
    cs.add_information(session, case_id, InformationItem(TODAY, pid, "x" * 5000, True))
    labels, sections = subject_access_document(rs.subject_access(session, case_id), ["Testdorp"])
    pdf = build_subject_access(page_frame("Subject access", ["Testdorp"]), labels, sections)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 20
    text = " ".join(p.extract_text() for p in reader.pages)
    assert text.count("Zonnebloemstraat") > 1500
    # The Arabic name prints whole, joined and right to left (see tests/rtl_text.py).
    from tests.rtl_text import reading_text

    assert "رانيا المثال" in reading_text(pdf)


def test_subject_access_of_an_empty_case(session):
    from livc_desktop.reports.subject_access import build_subject_access
    from livc_desktop.ui.retention_labels import page_frame, subject_access_document

    case_id = cs.open_case(session, CaseDraft(TODAY))
    labels, sections = subject_access_document(rs.subject_access(session, case_id), ["Testdorp"])
    pdf = build_subject_access(page_frame("Subject access", ["Testdorp"]), labels, sections)
    text = pdf_text(pdf)
    assert "(no identity recorded)" in text and "No information items." in text


def test_purge_commits_even_when_vacuum_is_busy(session, monkeypatch, caplog):
    from livc_desktop.storage.retention_repo import RetentionRepository

    case_id, *_ = full_case(session, finalise=False)
    monkeypatch.setattr(RetentionRepository, "vacuum", lambda self: False)
    rs.purge_case(session, case_id, PurgeReason.REGISTERED_IN_ERROR.value)
    assert cs.list_cases(session) == []
    assert "VACUUM" in caplog.text and "Testpersoon" not in caplog.text
