"""The access-trail page loads its (possibly 200,000) entries only when it can be seen:
hidden in the main window's stack it waits until first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from livc_desktop.domain.changes import ChangeKind, Changes
from livc_desktop.ui.pages.audit import AuditPage


def test_hidden_page_loads_when_first_shown(qtbot, session):
    session.record(ChangeKind.CASE_OPENED, case_id=1)
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    front = QWidget()
    page = AuditPage()
    stack.addWidget(front)
    stack.addWidget(page)
    stack.show()
    page.set_session(session)
    assert page.model.rowCount() == 0  # not visible: nothing read yet
    page.on_changes(Changes.of(ChangeKind.CASE_OPENED))
    assert page.model.rowCount() == 0
    stack.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    shown = page.model.rowCount()
    session.record(ChangeKind.CASE_OPENED, case_id=2)
    page.refresh()  # visible: reloads at once
    assert page.model.rowCount() == shown + 1
    page.set_session(None)
    assert page.model.rowCount() == 0
