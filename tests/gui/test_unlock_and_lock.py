"""Unlock (wrong passphrase, growing delay, busy indicator) and lock (manual, idle, OS),
and that a locked window holds no register data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from livc_desktop.services import audit
from livc_desktop.ui.unlock import MAX_DELAY_SECONDS, retry_delay_seconds
from tests.conftest import PASSPHRASE
from tests.gui.conftest import SENTINELS, model_texts, unlock_with, visible_texts

WRONG = "not the passphrase at all"


def test_retry_delay_grows_and_is_capped():
    assert [retry_delay_seconds(n) for n in range(0, 8)] == [0, 0, 1, 2, 4, 8, 16, 32]
    assert retry_delay_seconds(9) == MAX_DELAY_SECONDS
    assert retry_delay_seconds(1000) == MAX_DELAY_SECONDS


def test_unlock_screen_when_the_register_exists(make_window, sentinel_register: Path):
    window = make_window(sentinel_register)
    screen = window.unlock_screen
    assert window.wizard is None
    assert window.screens.currentWidget() is screen
    assert window.lock_status.text() == "Locked"
    assert not screen.unlock_button.isEnabled()  # nothing typed yet
    assert not screen.demo_label.isVisible()


def test_show_hide_toggle(make_window, sentinel_register: Path):
    edit = make_window(sentinel_register).unlock_screen.passphrase_edit
    from PySide6.QtWidgets import QLineEdit

    assert edit.echoMode() == QLineEdit.EchoMode.Password
    edit.toggle_action.trigger()
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    assert edit.toggle_action.text() == "Hide the passphrase"
    edit.wipe()
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert edit.text() == ""


def test_wrong_passphrase_message_file_unchanged_and_growing_delay(
    qtbot, make_window, sentinel_register: Path
):
    before = sentinel_register.read_bytes()
    window = make_window(sentinel_register)
    screen = window.unlock_screen

    screen.passphrase_edit.setText(WRONG)
    screen.unlock_button.click()
    assert screen.busy and screen.busy_bar.isVisible()
    assert not screen.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    assert screen.message.isVisible()
    assert screen.message.text().startswith("The passphrase is not correct.")
    assert screen.failures == 1
    assert screen.remaining == 0  # the first failure costs no wait
    assert window.session is None
    assert sentinel_register.read_bytes() == before

    delays = []
    for _ in range(3):
        qtbot.waitUntil(lambda: screen.unlock_button.isEnabled(), timeout=10_000)
        screen.passphrase_edit.setText(WRONG)
        screen.unlock_button.click()
        qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
        delays.append(screen.last_delay)
        # During the wait: a visible countdown, the button disabled, Enter ignored.
        assert screen.countdown.isVisible()
        assert f"{screen.remaining} s" in screen.countdown.text()
        assert not screen.unlock_button.isEnabled()
        screen._on_unlock_clicked()
        assert not screen.busy
    assert delays == [1, 2, 4]
    assert screen.failures == 4
    assert sentinel_register.read_bytes() == before

    qtbot.waitUntil(lambda: screen.remaining == 0, timeout=10_000)
    assert not screen.countdown.isVisible()
    unlock_with(qtbot, window)
    assert window.session is not None
    last = audit.entries(window.session)[-1]
    assert (last.kind, last.fields) == ("register_unlocked", {"failed_attempts": 4})
    assert screen.failures == 0
    assert window.screens.currentWidget() is window.content
    assert window.page("overview").officer_value.text() == "رانيا المثال"


def test_lock_by_action_and_shortcut_then_unlock_again(qtbot, make_window, sentinel_register):
    window = make_window(sentinel_register)
    unlock_with(qtbot, window)
    session = window.session
    events = []
    session.on_event(lambda k, f: events.append((k, f)))
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert window.lock_action in window.toolbar.actions()
    window.lock_action.trigger()
    assert window.locked
    assert not session.is_open
    assert events == [("register_locked", {"reason": "manual"})]
    assert window.screens.currentWidget() is window.unlock_screen
    assert window.lock_status.text() == "Locked"
    assert not window.lock_action.isEnabled()
    assert window.unlock_screen.passphrase_edit.text() == ""

    unlock_with(qtbot, window)
    assert not window.locked
    assert window.page("settings").place_edit.text() == "Zaal Fictief 7"
    assert window.page("overview").officer_value.text() == "رانيا المثال"


def test_idle_lock_with_a_short_interval(qtbot, make_window, sentinel_register):
    window = make_window(sentinel_register)
    unlock_with(qtbot, window)
    assert window.idle.timer.interval() == 5 * 60_000  # the default preference
    window.set_idle_interval_ms(80)
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert window.screens.currentWidget() is window.unlock_screen


def test_input_restarts_the_idle_timer(qtbot, make_window, sentinel_register):
    window = make_window(sentinel_register)
    unlock_with(qtbot, window)
    window.set_idle_interval_ms(60_000)
    timer = window.idle.timer
    qtbot.waitUntil(lambda: timer.remainingTime() < 59_900, timeout=2000)
    window.show_page("settings")
    qtbot.keyClick(window.page("settings").place_edit, Qt.Key.Key_A)
    assert timer.remainingTime() > 59_900
    assert not window.locked


def test_os_suspend_locks(qtbot, make_window, sentinel_register):
    window = make_window(sentinel_register)
    unlock_with(qtbot, window)
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    qtbot.waitUntil(lambda: window.locked, timeout=2000)


def test_lock_leaves_no_register_data_in_widgets_or_models(qtbot, make_window, sentinel_register):
    window = make_window(sentinel_register)
    unlock_with(qtbot, window)
    window.show_page("settings")
    # The data is really there while unlocked (so the scan below can fail).
    shown = visible_texts(window) + model_texts(window)
    for sentinel in SENTINELS:
        assert any(sentinel in t for t in shown), sentinel
    window.change_passphrase()
    qtbot.waitUntil(
        lambda: window.passphrase_dialog is not None and window.passphrase_dialog.isVisible()
    )
    window.passphrase_dialog.current_edit.setText(PASSPHRASE)
    # A feature's message box showing data, deleted when closed (as dialogs should be).
    box = QMessageBox(window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setText("Zaal Fictief 7")
    box.open()

    window.lock("manual")

    qtbot.waitUntil(
        lambda: window.passphrase_dialog is None and not window.findChildren(QMessageBox),
        timeout=2000,
    )
    leftovers = [
        t
        for t in visible_texts(window) + model_texts(window)
        for sentinel in SENTINELS
        if sentinel in t
    ]
    assert leftovers == []
    assert all(page.session is None for page in window.pages)


def test_lock_waits_for_a_running_job(qtbot, make_window, sentinel_register):
    window = make_window(sentinel_register)
    unlock_with(qtbot, window)
    window.job_started()
    window.lock("idle")
    assert not window.locked
    window.job_finished()
    assert window.locked


@pytest.mark.parametrize("action", ["about"])
def test_about_box_shows_versions(qtbot, make_window, sentinel_register, action):
    import PySide6
    from PySide6.QtCore import qVersion

    from livc_desktop import __version__
    from livc_desktop.storage import binding_info

    window = make_window(sentinel_register)
    window.about_action.trigger()
    from livc_desktop.ui.dialogs.about import AboutDialog

    box = window.findChild(AboutDialog, "about_box")
    assert box is not None
    text = box.text()
    for version in (__version__, qVersion(), PySide6.__version__, binding_info().cipher_version):
        assert version in text
    box.close()


def test_lock_completes_when_the_backup_and_the_trail_fail(
    qtbot, make_window, sentinel_register, monkeypatch
):
    """A USB stick pulled out under the automatic backup, or a full disk under the trail
    entry, must not leave the register open on screen."""
    import livc_desktop.ui.main_window as main_window_module

    window = make_window(sentinel_register)
    unlock_with(qtbot, window)
    session = window.session

    def pulled_stick(*_args, **_kwargs):
        raise OSError(5, "Input/output error")

    def full_disk(*_args, **_kwargs):
        raise RuntimeError("database or disk is full")

    monkeypatch.setattr(main_window_module, "before_session_closes", pulled_stick)
    monkeypatch.setattr(session, "record", full_disk)
    window.lock("idle")
    assert window.locked
    assert not session.is_open
    assert window.screens.currentWidget() is window.unlock_screen
    assert window.page("overview").officer_value.text() == ""


def test_lock_wipes_and_deletes_closed_dialogs(qtbot, make_window, sentinel_register):
    """A dialog closed with exec() but never deleted keeps what was typed in it."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    window = make_window(sentinel_register)
    unlock_with(qtbot, window)
    page = window.page("overview")
    dialog = QDialog(page)
    edit = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(edit)
    edit.setText("Zoë Testpersoon (identity typed in a form)")
    dialog.show()
    dialog.accept()  # closed, hidden, still alive
    assert not dialog.isVisible() and shiboken6.isValid(dialog)
    window.lock()
    assert edit.text() == ""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)


def test_a_read_only_folder_is_named_on_the_unlock_screen(
    qtbot, make_window, sentinel_register, monkeypatch
):
    from livc_desktop.services import register as register_service

    def read_only_folder(*_args, **_kwargs):
        raise OSError(30, "Read-only file system: Zoë Testpersoon")

    monkeypatch.setattr(register_service, "unlock", read_only_folder)
    window = make_window(sentinel_register)
    screen = window.unlock_screen
    screen.passphrase_edit.setText(PASSPHRASE)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    assert screen.message.text().startswith("This location is read-only")
    assert "Zoë" not in screen.message.text()
    assert window.session is None
