"""The case list holds ids only: SQLite filters, sorts and counts; the rows in view are
read in blocks; ids and the selection survive a refresh."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from livc_desktop.domain.cases import CaseDraft, Identity
from livc_desktop.services import audit as audit_service
from livc_desktop.services import cases as cs
from livc_desktop.storage.case_rows import CaseListQuery
from livc_desktop.ui.models.case_models import ROW_ROLE, CaseTableModel
from livc_desktop.ui.pages.cases import CasesPage
from livc_desktop.ui.privacy import privacy_mode

TODAY = date.today()
MANY = 300  # more than two blocks of rows


@pytest.fixture(autouse=True)
def _privacy_off():
    privacy_mode().set_enabled(False)
    yield
    privacy_mode().set_enabled(False)


def bulk_cases(session, count: int) -> None:
    """`count` fictional cases written at once (opening them one by one is slow)."""
    with session.register.transaction() as conn:
        conn.executemany(
            "INSERT INTO case_file(code, created_at, updated_at, opened_on, pseudonym,"
            " phase_since, last_weighed_on) VALUES (?, '2026-01-01T00:00:00',"
            " '2026-01-01T00:00:00', ?, ?, ?, ?)",
            [
                (
                    f"2020-{n:04d}",
                    TODAY.isoformat(),
                    f"Vink {n:04d}",
                    TODAY.isoformat(),
                    TODAY.isoformat(),
                )
                for n in range(count)
            ],
        )


def test_rows_are_read_lazily_in_blocks(session, qtbot):
    bulk_cases(session, MANY)
    model = CaseTableModel()
    reads: list[int] = []
    original = model.fetch_rows
    model.fetch_rows = lambda ids: reads.append(len(ids)) or original(ids)  # type: ignore[method-assign]
    model.set_session(session)
    qtbot.waitUntil(lambda: model.complete)
    assert model.rowCount() == MANY and model.total == MANY
    assert reads == [] and model.cached_count() == 0  # ids only until a row is shown
    assert model.index(0, CaseTableModel.COL_CODE).data() == f"2020-{MANY - 1:04d}"
    assert model.index(5, CaseTableModel.COL_CODE).data() == f"2020-{MANY - 6:04d}"
    assert reads == [CaseTableModel.BLOCK]  # one block read served both rows
    assert model.cached_count() < MANY
    assert model.index(MANY - 1, CaseTableModel.COL_CODE).data() == "2020-0000"
    assert len(reads) == 2


def test_sort_and_filter_run_in_sqlite(session):
    bulk_cases(session, 12)
    model = CaseTableModel()
    model.set_session(session)
    model.sort(CaseTableModel.COL_PSEUDONYM, Qt.SortOrder.AscendingOrder)
    shown = [model.index(r, CaseTableModel.COL_PSEUDONYM).data() for r in range(12)]
    assert shown == sorted(shown) and shown[0] == "Vink 0000"
    model.set_query(CaseListQuery(text="vink 001"))  # folded: case does not matter
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "2020-0010",
        "2020-0011",
    ]
    assert model.total == 12


@pytest.mark.parametrize("typed", ["helene", "HÉLÈNE", "voorbeeld hélène", "Hélène"])
def test_the_filter_finds_a_person_by_name_and_shows_only_the_list(session, typed):
    wanted = cs.open_case(
        session, CaseDraft(TODAY, pseudonym="Merel"), Identity(name="Hélène Voorbeeld")
    )
    cs.open_case(session, CaseDraft(TODAY, pseudonym="Kievit"), Identity(name="Jan Demo"))
    model = CaseTableModel()
    model.set_session(session)
    model.set_query(CaseListQuery(text=typed))
    assert model.ids() == [wanted]
    shown = {str(model.index(0, c).data()) for c in range(model.columnCount())}
    assert not any("Voorbeeld" in text or "Hélène" in text for text in shown)
    # Searching names is recorded once per typed text, not on every refresh.
    kinds = [e.kind for e in audit_service.entries(session)]
    assert kinds.count("identity_searched") == 1
    model.reload()
    assert [e.kind for e in audit_service.entries(session)].count("identity_searched") == 1


def test_a_changed_name_or_pseudonym_is_found_by_its_new_text(session):
    case_id = cs.open_case(session, CaseDraft(TODAY, pseudonym="Merel"), Identity(name="Ana Demo"))
    assert cs.case_list_ids(session, CaseListQuery(text="merel")) == [case_id]
    cs.update_case(session, case_id, CaseDraft(TODAY, pseudonym="Kauw"))
    cs.save_identity(session, case_id, Identity(name="Zoë Fictief"))
    assert cs.case_list_ids(session, CaseListQuery(text="merel")) == []
    assert cs.case_list_ids(session, CaseListQuery(text="ZOE")) == [case_id]
    assert cs.case_list_ids(session, CaseListQuery(text="kauw")) == [case_id]


def test_ids_stable_after_refresh_and_selection_kept(qtbot, session):
    bulk_cases(session, 40)
    page = CasesPage()
    qtbot.addWidget(page)
    page.set_session(session)
    before = page.model.ids()
    page.view.selectRow(7)
    chosen = page.model.index(7, 0).data(ROW_ROLE).id
    page.refresh()
    assert page.model.ids() == before
    assert page.view.selectionModel().selectedRows()[0].data(ROW_ROLE).id == chosen
    # A sort moves the row, the selection goes with it.
    page.view.sortByColumn(CaseTableModel.COL_CODE, Qt.SortOrder.AscendingOrder)
    assert page.model.ids() == list(reversed(before))
    assert page.view.selectionModel().selectedRows()[0].data(ROW_ROLE).id == chosen
    # A filter that keeps the case keeps it selected; the count says what is shown.
    code = page.model.index(page.model.row_of(chosen), 0).data()
    page.search.setText(code)
    # Codes, pseudonyms and names at once; the information items' matches follow.
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() == 1)
    assert page.view.selectionModel().selectedRows()[0].data(ROW_ROLE).id == chosen
    assert page.count_label.text() == "1 of 40 cases shown"
    assert page.open_button.isEnabled()


def test_the_signal_queue_is_lazy_sorted_in_sqlite_and_keeps_the_selection(qtbot, session):
    from datetime import timedelta

    from livc_desktop.domain.signals import Channel, SignalIntake
    from livc_desktop.services import signals as ss
    from livc_desktop.ui.models.signal_models import SignalListModel
    from livc_desktop.ui.pages.signals import VIEW_RECENT, SignalsPage

    partner = session.register.execute(
        "INSERT INTO partner(name, created_at, updated_at) VALUES ('Partner Fictief vzw',"
        " '2026-01-01T00:00:00', '2026-01-01T00:00:00')"
    ).lastrowid
    channels = [Channel.PHONE, Channel.EMAIL, Channel.PHONE, Channel.EMAIL]
    ids = [
        ss.register_signal(
            session, SignalIntake(TODAY - timedelta(days=9 - n), ch, f"obs {n}", True, partner)
        )
        for n, ch in enumerate(channels)
    ]
    page = SignalsPage()
    qtbot.addWidget(page)
    page.set_session(session)
    assert page.model.ids() == ids  # the queue, oldest first
    assert "4 signals await weighing" in page.hint.text()
    page.view.selectRow(2)
    page.view.sortByColumn(SignalListModel.COL_CHANNEL, Qt.SortOrder.AscendingOrder)
    labels = [page.model.index(r, SignalListModel.COL_CHANNEL).data() for r in range(4)]
    assert labels == sorted(labels, key=str.casefold)
    assert page.view.selectionModel().selectedRows()[0].data(ROW_ROLE).id == ids[2]
    page.refresh()
    assert page.view.selectionModel().selectedRows()[0].data(ROW_ROLE).id == ids[2]
    page.view_choice.setCurrentIndex(page.view_choice.findData(VIEW_RECENT))
    assert page.model.ids() == list(reversed(ids))  # newest first


def test_a_view_painting_after_the_lock_reads_nothing(session):
    """A lock closes the register while a list may still paint once: its rows come back
    empty instead of raising from a closed connection inside Qt's paint."""
    bulk_cases(session, 3)
    model = CaseTableModel()
    model.set_session(session)
    assert model.rowCount() == 3
    session.register.close()
    assert model.index(0, CaseTableModel.COL_CODE).data() is None
    assert model.index(2, CaseTableModel.COL_FLAG).data(ROW_ROLE) is None


def test_the_first_screen_shows_at_once_and_the_rest_follows(session, qtbot):
    """More cases than a first screen: those come from the GUI thread's connection at
    once, every other id from a worker thread on a second connection; they are appended
    (the selection and the first rows stay), and the count follows."""
    bulk_cases(session, cs.FIRST_SCREEN + 50)
    page = CasesPage()
    qtbot.addWidget(page)
    page.set_session(session)
    model = page.model
    assert model.rowCount() == cs.FIRST_SCREEN
    first = model.ids()
    if not model.complete:  # the worker may already be done when the test looks
        assert "Counting" in page.count_label.text()
        page.view.selectRow(3)
        with qtbot.waitSignal(model.completed, timeout=10_000):
            pass
        assert page.view.selectionModel().selectedRows()[0].row() == 3
    assert model.complete and model.rowCount() == cs.FIRST_SCREEN + 50
    assert model.ids()[: cs.FIRST_SCREEN] == first
    assert page.count_label.text().startswith(f"{cs.FIRST_SCREEN + 50} of")
    assert model.index(cs.FIRST_SCREEN + 49, CaseTableModel.COL_CODE).data() == "2020-0000"


def test_an_older_answer_is_dropped_and_a_lock_cancels_the_read(session, qtbot):
    bulk_cases(session, cs.FIRST_SCREEN * 2)
    model = CaseTableModel()
    model.set_session(session)
    model.set_query(CaseListQuery(text="vink 00"))  # 100 matches: all on the first screen
    assert model.rowCount() == 100
    qtbot.waitUntil(lambda: model.complete)
    qtbot.wait(100)  # the first question's answer, if it came, must not replace this list
    assert model.rowCount() == 100
    model.set_query(CaseListQuery())
    assert not model.complete
    session.close()  # a lock while the worker reads: its read is cancelled, nothing raises
    qtbot.wait(200)
    assert model.rowCount() == cs.FIRST_SCREEN


def test_the_second_connection_reads_what_was_committed_and_cannot_write(session):
    bulk_cases(session, 3)
    reader = session.register.open_reader()
    assert reader is not None
    try:
        assert reader.scalar("SELECT count(*) FROM case_file") == 3
        session.register.execute("UPDATE case_file SET pseudonym = 'Gaai' WHERE code = '2020-0001'")
        assert reader.scalar("SELECT pseudonym FROM case_file WHERE code = '2020-0001'") == "Gaai"
        with pytest.raises(Exception, match=r"readonly|read-only|query_only|attempt to write"):
            reader.execute("DELETE FROM case_file")
        assert reader.scalar("SELECT count(*) FROM case_file") == 3
    finally:
        reader.close()
    assert session.register.scalar("SELECT count(*) FROM case_file") == 3


def test_every_column_sorts_in_sqlite(session, qtbot):
    """A click on any header sorts (the follow-up column too: its order is its labels')."""
    bulk_cases(session, 5)
    model = CaseTableModel()
    model.set_session(session)
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            qtbot.waitUntil(lambda: model.complete)
            assert sorted(model.ids()) == sorted(cs.case_list_ids(session, CaseListQuery()))


def test_a_long_signal_queue_shows_its_first_screen_and_finds_a_late_signal(qtbot, session):
    """The queue beyond a first screen comes from the worker thread; the search's "show
    this signal" waits for it instead of saying the signal is not in the list."""
    from livc_desktop.services import signals as ss
    from livc_desktop.ui.pages.signals import SignalsPage

    many = ss.FIRST_SCREEN + 30
    with session.register.transaction() as conn:
        conn.executemany(
            "INSERT INTO signal(received_on, created_at, channel, registered, status,"
            " reporter_name, observed) VALUES (?, '2026-01-01T00:00:00', 'phone', 1,"
            " 'awaiting', 'Buur Demo', 'Fictief')",
            [((TODAY - timedelta(days=n % 300)).isoformat(),) for n in range(many)],
        )
    last = session.register.scalar(
        "SELECT id FROM signal ORDER BY received_on DESC, id DESC LIMIT 1"
    )
    page = SignalsPage()
    qtbot.addWidget(page)
    page.set_session(session)
    assert page.model.rowCount() == ss.FIRST_SCREEN and not page.model.complete
    assert page.show_signal(last)  # the newest is the queue's last row
    qtbot.waitUntil(lambda: page.model.complete)
    assert page.model.rowCount() == many
    assert page.view.selectionModel().selectedRows()[0].data(ROW_ROLE).id == last
