"""What features plug into: toolbar actions, the backup status, overview sections,
the session signals; and the window geometry kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from livc_desktop.ui.pages import page_factories
from tests.gui.conftest import unlock_with


def test_navigation_lists_exactly_the_registered_pages(make_window, sentinel_register):
    window = make_window(sentinel_register)
    ids = [factory().page_id for factory in page_factories()]
    assert [p.page_id for p in window.pages] == ids
    assert window.navigation.count() == len(ids)
    assert [window.navigation.item(i).text() for i in range(len(ids))] == [
        p.title() for p in window.pages
    ]


def test_toolbar_backup_status_and_overview_sections(qtbot, make_window, sentinel_register):
    window = make_window(sentinel_register)
    action = QAction("Privacy", window)
    window.add_toolbar_action(action)
    assert action in window.toolbar.actions()
    assert not window.toolbar.isEnabled()  # locked: no feature action can run
    unlock_with(qtbot, window)
    assert window.toolbar.isEnabled()

    # A fresh register has no backup yet: the status bar says so.
    assert window.backup_status.text().startswith("No backup yet")
    window.set_backup_status("Last backup: 2 days ago")
    assert window.backup_status.isVisible()
    assert window.backup_status.text() == "Last backup: 2 days ago"
    window.set_backup_status("")
    assert not window.backup_status.isVisible()

    overview = window.page("overview")
    panel = QLabel("A feature's panel")
    overview.add_section(panel)
    index = overview.sections.indexOf(panel)
    # After the other panels, below My month and above the cell's static profile.
    assert overview.sections.indexOf(overview.my_month) < index
    assert index == overview.sections.indexOf(overview.cell_box) - 1
    assert overview.sections.indexOf(overview.register_box) > index


def test_session_signals_order(qtbot, make_window, sentinel_register):
    window = make_window(sentinel_register)
    order: list[str] = []
    window.session_opened.connect(lambda s: order.append("opened"))
    window.session_closing.connect(lambda: order.append("closing"))
    window.lock_state_changed.connect(lambda locked: order.append(f"locked={locked}"))
    unlock_with(qtbot, window)
    window.lock()
    assert order == ["opened", "locked=False", "closing", "locked=True"]


def test_geometry_is_remembered(qtbot, make_window, sentinel_register):
    window = make_window(sentinel_register)
    window.show()
    qtbot.waitExposed(window)
    # A size the screen can hold, so restoring does not clamp it.
    size = window.minimumSizeHint().expandedTo(QSize(640, 480)) + QSize(7, 5)
    size = size.boundedTo(window.screen().availableGeometry().size())
    window.resize(size)
    window.close()
    assert QSettings().value("window/geometry") is not None
    again = make_window(sentinel_register)
    again.show()
    qtbot.waitExposed(again)
    # The offscreen screen is narrower than the window's minimum width, so only the
    # height survives unclamped there.
    assert again.height() == size.height()
    assert again.width() >= again.minimumSizeHint().width()
