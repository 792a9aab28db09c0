"""Sensitive clipboard: platform hints, cleared after the delay, on lock, left alone if changed."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from livc_desktop.ui import clipboard as cb


def test_copy_marks_the_content_sensitive(qtbot):
    mime = cb.sensitive_mime("Zoë Testpersoon")
    assert mime.text() == "Zoë Testpersoon"
    assert bytes(mime.data(cb.KDE_HINT)) == b"secret"
    assert mime.hasFormat(cb.WIN_EXCLUDE)
    assert bytes(mime.data(cb.WIN_NO_HISTORY)) == b"\0\0\0\0"
    assert mime.hasFormat(cb.MAC_CONCEALED)


def test_cleared_after_the_delay_if_unchanged(qtbot):
    board = cb.SensitiveClipboard(clear_after_ms=50)
    board.copy("Zoë Testpersoon")
    assert QGuiApplication.clipboard().text() == "Zoë Testpersoon"
    qtbot.waitUntil(lambda: not board.pending, timeout=3000)
    assert QGuiApplication.clipboard().text() == ""


def test_left_alone_when_the_user_copied_something_else(qtbot):
    board = cb.SensitiveClipboard(clear_after_ms=50)
    board.copy("Zoë Testpersoon")
    QGuiApplication.clipboard().setText("boodschappenlijst")
    qtbot.waitUntil(lambda: not board.pending, timeout=3000)
    assert QGuiApplication.clipboard().text() == "boodschappenlijst"


def test_cleared_on_lock(qtbot, session):
    cb.clear_on_close(session)
    cb.copy_sensitive("رانيا المثال")
    session.close()
    assert QGuiApplication.clipboard().text() == ""
    assert not cb.sensitive_clipboard().pending


def test_copies_from_the_programs_fields_are_marked_and_cleared(qtbot):
    from PySide6.QtWidgets import QLineEdit

    if cb._instance is not None:  # the application's watcher, from an earlier test
        QGuiApplication.clipboard().dataChanged.disconnect(cb._instance._on_clipboard_data_changed)
        cb._instance = None
    board = cb.SensitiveClipboard(clear_after_ms=50)
    board.watch()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setText("Zoë Testpersoon, Kerkstraat 1")
    edit.selectAll()
    edit.copy()  # what Ctrl+C does
    qtbot.waitUntil(lambda: board.pending, timeout=3000)
    mime = QGuiApplication.clipboard().mimeData()
    assert bytes(mime.data(cb.KDE_HINT)) == b"secret"
    qtbot.waitUntil(lambda: not board.pending, timeout=3000)
    assert QGuiApplication.clipboard().text() == ""
    QGuiApplication.clipboard().dataChanged.disconnect(board._on_clipboard_data_changed)
