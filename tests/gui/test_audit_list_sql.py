"""The access-trail list as ids: SQLite filters, sorts and counts as the page's rules say,
the rows in view are read in blocks, and a long trail shows a first screen at once and the
rest from a worker thread."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from livc_desktop.domain.changes import ChangeKind
from livc_desktop.services import audit as audit_service
from livc_desktop.storage.audit_repo import AuditListQuery, AuditRepository
from livc_desktop.ui.audit_labels import audit_fields_text, audit_kind_label
from livc_desktop.ui.models.audit import (
    COL_CASE,
    COL_DETAILS,
    COL_KIND,
    COL_SEQ,
    COL_TIME,
    AuditTableModel,
    kind_ranks,
)
from livc_desktop.ui.pages.audit import AuditPage

KINDS = ["case_opened", "partner_created", "identity_revealed", "signal_created", "widget_made"]
# Codes with letters whose casefold is not SQLite's lower(): the rule is Python's.
CODES = ["", "LIVC-2026-001", "LIVC-2026-002", "livc-2025-010", "STRASSE-1", "Straße-2", "İ-3"]
DAYS = ["2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02"]


def _add_entries(session, count: int, seed: int = 7) -> None:
    """Fictional entries written straight into the table (the list does not read hashes)."""
    rng = random.Random(seed)
    first = int(session.register.scalar("SELECT coalesce(max(seq), 0) FROM audit_entry")) + 1
    rows = []
    for seq in range(first, first + count):
        at = f"{rng.choice(DAYS)}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00"
        fields = {"case_id": rng.randrange(50)} if rng.random() < 0.7 else {"partner_id": seq}
        redacted = int(rng.random() < 0.1)
        text = "{}" if redacted else json.dumps(fields, sort_keys=True, separators=(",", ":"))
        rows.append((seq, at, rng.choice(KINDS), rng.choice(CODES), text, "", "", "", redacted))
    with session.register.transaction() as conn:
        conn.executemany("INSERT INTO audit_entry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _python_rule(entry, q: AuditListQuery) -> bool:
    """The rule the page's proxy applied to every entry in Python."""
    day = entry.at[:10]
    if q.date_from and day < q.date_from:
        return False
    if q.date_to and day > q.date_to:
        return False
    if q.kind and entry.kind != q.kind:
        return False
    needle = q.case_code.strip().casefold()
    return not (needle and needle not in entry.case_code.casefold())


@pytest.fixture
def filled(session):
    _add_entries(session, 400)
    return session


_days = st.sampled_from(["", *DAYS, "2025-12-31", "2026-03-01"])
_parts = st.sampled_from(["", " 2026 ", "livc", "LIVC-2026-00", "ss", "SS", "ß", "i", "İ", "x"])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    date_from=_days,
    date_to=_days,
    kind=st.sampled_from(["", *KINDS, "case_purged"]),
    case_code=_parts | st.text(max_size=4),
)
def test_sql_filters_equal_the_python_rule(filled, date_from, date_to, kind, case_code):
    query = AuditListQuery(date_from, date_to, kind, case_code, sort="seq", descending=False)
    repo = AuditRepository(filled.register)
    everything = audit_service.entries(filled, with_hashes=False)
    expected = [e.seq for e in everything if _python_rule(e, query)]
    assert repo.list_seqs(query) == expected
    assert repo.count_matching(query) == len(expected)
    assert [e.seq for e in repo.iter_entries(query)] == expected


def _ascii_casefold_key(entry, column: int):
    if column == COL_SEQ:
        return entry.seq
    if column == COL_TIME:
        return entry.at
    if column == COL_KIND:
        return audit_kind_label(entry.kind).casefold()
    if column == COL_CASE:  # SQLite's NOCASE: ASCII letters only
        return entry.case_code.translate({c: c + 32 for c in range(65, 91)})
    return None


@pytest.mark.parametrize("column", [COL_SEQ, COL_TIME, COL_KIND, COL_CASE, COL_DETAILS])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_column_sorts_in_sql(qtbot, filled, column, order):
    model = AuditTableModel()
    model.session = filled
    model.sort(column, order)
    qtbot.waitUntil(lambda: model.complete)
    everything = {e.seq: e for e in audit_service.entries(filled, with_hashes=False)}
    assert sorted(model.ids()) == sorted(everything)
    descending = order == Qt.SortOrder.DescendingOrder
    if column == COL_DETAILS:
        # By the stored ids text (JSON), entries with the same ids together, then by seq.
        text = {
            s: filled.register.scalar("SELECT fields FROM audit_entry WHERE seq = ?", (s,))
            for s in everything
        }
        expected = sorted(everything, key=lambda s: (text[s].lower(), s), reverse=descending)
    else:
        expected = sorted(
            everything,
            key=lambda s: (_ascii_casefold_key(everything[s], column), s),
            reverse=descending,
        )
    assert model.ids() == expected
    # What the view shows follows the same order.
    shown = [model.index(r, column).data() for r in range(5)]
    assert shown == [
        model.cell(everything[s], column, Qt.ItemDataRole.DisplayRole) for s in expected[:5]
    ]


def test_kind_order_is_the_translated_labels(filled):
    ranks = dict(kind_ranks(KINDS))
    by_label = sorted(KINDS, key=lambda k: audit_kind_label(k).casefold())
    assert [ranks[k] for k in by_label] == sorted(ranks.values())
    assert audit_fields_text({"a": 1}, False) == "a=1"


def test_rows_are_read_in_blocks_not_all(qtbot, session):
    _add_entries(session, 1500)
    model = AuditTableModel()
    reads: list[int] = []
    fetch = model.fetch_rows
    model.fetch_rows = lambda ids: reads.append(len(ids)) or fetch(ids)  # type: ignore[method-assign]
    model.set_session(session)
    qtbot.waitUntil(lambda: model.complete)
    assert model.rowCount() == len(audit_service.entries(session)) > 1500
    assert reads == []  # ids only until something is shown
    assert model.index(700, COL_SEQ).data() == str(model.id_at(700))
    assert model.index(701, COL_SEQ).data() == str(model.id_at(701))
    assert reads == [model.BLOCK]  # one block around the row, the next row from it
    assert model.cached_count() == model.BLOCK


def test_page_opens_with_a_first_screen_then_the_rest(qtbot, session):
    _add_entries(session, 900)
    total = len(audit_service.entries(session))
    page = AuditPage()
    qtbot.addWidget(page)
    page.set_session(session)
    assert page.model.rowCount() == audit_service.FIRST_SCREEN and not page.model.complete
    assert page.model.id_at(0) == total  # newest first
    assert page.count_label.text() == "Counting entries..."
    qtbot.waitUntil(lambda: page.model.complete and page.total is not None)
    assert page.model.rowCount() == total
    assert page.count_label.text() == f"{total} of {total} entries"
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("widget_made"))
    qtbot.waitUntil(lambda: page.model.complete)
    matching = [e for e in audit_service.entries(session) if e.kind == "widget_made"]
    assert page.model.rowCount() == len(matching)
    assert page.count_label.text() == f"{len(matching)} of {total} entries"
    page.table.sortByColumn(COL_KIND, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.complete)
    assert sorted(page.model.ids()) == sorted(e.seq for e in matching)
    page.set_session(None)
    assert page.model.rowCount() == 0


def test_verify_streams_from_the_cursor(session, monkeypatch):
    """The walk reads one entry at a time: the verifier gets an iterator, not a list."""
    session.record(ChangeKind.CASE_OPENED, case_id=1, case_code="LIVC-2026-001")
    from livc_desktop.domain.audit import verify_chain as real

    seen = []

    def spy(entries):
        seen.append(type(entries))
        return real(entries)

    monkeypatch.setattr("livc_desktop.storage.audit_repo.verify_chain", spy)
    report = audit_service.check_trail(session)
    assert report.ok and report.count == len(audit_service.entries(session))
    assert seen and not issubclass(seen[0], list | tuple)


def test_case_filter_finds_codes_of_entries_written_after_it_first_ran(session):
    repo = AuditRepository(session.register)
    query = AuditListQuery(case_code="2026-777", sort="seq", descending=False)
    assert repo.list_seqs(query) == []
    session.record(ChangeKind.CASE_OPENED, case_id=9, case_code="LIVC-2026-777")
    newest = int(session.register.scalar("SELECT max(seq) FROM audit_entry"))
    assert repo.list_seqs(query) == [newest]
    assert AuditRepository(session.register).count_matching(query) == 1
