"""The meeting list at scale: sorted by the model (one key per row) exactly as the proxy
sorted it through data(), filtered as before, read on a worker thread when long, and a
page that opens without building the register's redactor."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.meetings import MeetingStatus
from livc_desktop.domain.redaction import folded
from livc_desktop.services import meetings as svc
from livc_desktop.services.meetings import running
from livc_desktop.ui.models.meetings import (
    ROW_ROLE,
    SORT_ROLE,
    MeetingFilterProxy,
    MeetingTableModel,
)
from livc_desktop.ui.pages.meetings import MeetingsPage

PLACES = ["Zaal Noord", "zaal noord", "Salle Hélène", "Élysée", "", "Zaal Zuid"]
TIMES = ["09:00", "14:00", "", "09:00"]


def _meetings(session) -> list[int]:
    ids = []
    for n in range(24):
        table = [TableKind.INTEGRATED, TableKind.STRATEGIC][n % 2]
        day = date(2026, 3, 1) + timedelta(days=(n * 7) % 5)  # equal days on purpose
        mid = svc.create_meeting(
            session, svc.MeetingDraft(table, day, TIMES[n % len(TIMES)], PLACES[n % len(PLACES)])
        )
        if n % 3 == 0:
            svc.update_meeting(session, mid, status=MeetingStatus.CANCELLED)
        ids.append(mid)
    return ids


class _OldFilter(QSortFilterProxyModel):
    """The proxy as it was: sorts through data(SORT_ROLE), filters every column's text."""

    def __init__(self, needle: str = "") -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.needle = folded(needle.strip())

    def filterAcceptsRow(self, source_row, source_parent):
        model = self.sourceModel()
        return not self.needle or any(
            self.needle in folded(str(model.index(source_row, col, source_parent).data() or ""))
            for col in range(model.columnCount(source_parent))
        )


def _ids(proxy) -> list[int]:
    return [proxy.index(r, 0).data(ROW_ROLE).id for r in range(proxy.rowCount())]


@pytest.mark.parametrize("needle", ["", "noord", "HELENE", "09:0", "2026", "élysée"])
def test_sort_and_filter_equal_the_proxy_over_every_row(session, needle):
    _meetings(session)
    meetings = svc.list_meetings(session)
    model, old_model = MeetingTableModel(), MeetingTableModel()
    model.set_meetings(meetings)
    old_model.set_meetings(meetings)
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString(needle)
    labels = [
        model.cell(m, MeetingTableModel.STATUS, Qt.ItemDataRole.DisplayRole) for m in meetings
    ]
    assert len(set(labels)) > 1  # ties and differences in every column
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy.sort(column, order)
            # Against a fresh proxy: ties as the proxy ordered a list it was given (on a
            # second click it kept the previous sort's order among ties).
            old = _OldFilter(needle)
            old.setSourceModel(old_model)
            old.sort(column, order)
            assert _ids(proxy) == _ids(old), (column, order)
    assert 0 < proxy.rowCount() <= len(meetings)
    # A new list keeps the chosen order; row_of follows it.
    proxy.sort(MeetingTableModel.PLACE, Qt.SortOrder.AscendingOrder)
    model.set_meetings(list(reversed(meetings)))
    keys = [
        proxy.index(r, MeetingTableModel.PLACE).data(SORT_ROLE) for r in range(proxy.rowCount())
    ]
    assert keys == sorted(keys)
    for n, mid in enumerate(model.meeting_at(r).id for r in range(model.rowCount())):
        assert model.row_of(mid) == n


def test_a_long_list_is_read_on_a_worker_thread(qtbot, session, monkeypatch):
    today = date.today()
    past = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, today - timedelta(7)))
    later = svc.create_meeting(
        session, svc.MeetingDraft(TableKind.INTEGRATED, today + timedelta(9))
    )
    following = svc.create_meeting(
        session, svc.MeetingDraft(TableKind.INTEGRATED, today + timedelta(2), "10:00")
    )
    monkeypatch.setattr(MeetingsPage, "LIST_AT_ONCE", 1)
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.set_session(session)
    # The next meeting from today is shown at once, before the list is in.
    assert page.current_meeting().id == following
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    current = page.view.currentIndex()
    assert current.isValid() and current.data(ROW_ROLE).id == following
    assert {page.model.meeting_at(r).id for r in range(3)} == {past, later, following}
    # A lock before the list comes drops it.
    page.reload()
    page.set_session(None)
    qtbot.wait(50)
    assert page.model.rowCount() == 0


def test_opening_the_page_builds_no_redactor(qtbot, session, monkeypatch):
    from tests.fixtures.meetings import full_meeting

    full_meeting(session)
    built = []
    real = running.Redactor

    def counting(*args, **kwargs):
        built.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(running, "Redactor", counting)
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.show()
    assert built == [] and page.current_meeting() is not None
    page.tabs.setCurrentWidget(page.minutes_panel)
    assert built == [1]
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentWidget(page.minutes_panel)
    page.refresh()
    assert built == [1]  # kept: no identity changed
