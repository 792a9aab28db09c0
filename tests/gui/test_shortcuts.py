"""Standard actions use the platform's standard keys (QKeySequence.StandardKey)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from tests.gui.test_fit import demo_register, open_window, settle  # noqa: F401

UI = Path(__file__).resolve().parents[2] / "livc_desktop" / "ui"
#: Keys that QKeySequence.StandardKey names (Save, Print, Quit, Find, Close, Help...).
STANDARD_KEYS = re.compile(r"""QKeySequence\(\s*["'](Ctrl\+[SPQFWO]|F1|Ctrl\+F4)["']""")


def test_standard_keys_are_never_written_out():
    found = [
        f"{path.relative_to(UI)}: {match.group(0)}"
        for path in sorted(UI.rglob("*.py"))
        for match in STANDARD_KEYS.finditer(path.read_text("utf-8"))
    ]
    assert found == []
    assert STANDARD_KEYS.search('QKeySequence("Ctrl+S")')


def test_quit_follows_the_platform(make_window, demo_register):  # noqa: F811
    window, _session = open_window(make_window, demo_register, "en")
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    expected = platform or [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q)]
    assert window.quit_action.shortcuts() == expected


def test_save_keys_save_the_partner_form(make_window, demo_register, qtbot):  # noqa: F811
    window, _session = open_window(make_window, demo_register, "en")
    window.show_page("partners")
    page = window.page("partners")
    page.list_tab.table.selectRow(0)  # type: ignore[attr-defined]
    settle()
    editor = page.editor  # type: ignore[attr-defined]
    editor.name.setFocus()
    editor.name.setText(editor.name.text() + " vzw")
    editor.name.textEdited.emit(editor.name.text())
    assert editor.dirty
    with qtbot.waitSignal(editor.save_requested, timeout=2000):
        QTest.keySequence(editor.name, QKeySequence(QKeySequence.StandardKey.Save))
