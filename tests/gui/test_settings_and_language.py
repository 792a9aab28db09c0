"""The settings page (saved in the register, reloaded), changing the passphrase through the
dialog, and switching the language while the window runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThread
from PySide6.QtWidgets import QDialogButtonBox

from livc_desktop.domain.cell import CellStructure, MeetingFrequency
from livc_desktop.domain.errors import WrongPassphrase
from livc_desktop.services import audit
from livc_desktop.services import register as register_service
from livc_desktop.ui import i18n
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE
from tests.gui.conftest import unlock_with


@pytest.fixture
def window(qtbot, make_window, sentinel_register: Path):
    win = make_window(sentinel_register)
    unlock_with(qtbot, win)
    win.show_page("settings")
    return win


def test_settings_show_the_profile(window):
    page = window.page("settings")
    assert page.municipalities.model.stringList() == ["Zoë Testpersoongem", "Voorbeeldegem"]
    assert page.structure_combo.currentData() == CellStructure.MAIN_BODY_CASE_TEAMS.value
    assert page.structure_combo.currentText() == "Main body with case teams"
    assert page.frequency_combo.currentText() == "Quarterly"
    assert page.place_edit.text() == "Zaal Fictief 7"
    assert page.officer_edit.text() == "رانيا المثال"
    assert page.auto_lock_spin.value() == 5


def test_settings_saved_and_reloaded(qtbot, window, sentinel_register):
    page = window.page("settings")
    page.municipalities.name_edit.setText("Derde Fictiefdorp")
    page.municipalities.add_button.click()
    page.structure_combo.setCurrentIndex(page.structure_combo.findData("zonal"))
    page.place_edit.setText("Raadzaal, Markt 1")
    page.frequency_combo.setCurrentIndex(page.frequency_combo.findData("fortnightly"))
    page.officer_edit.setText("x" * 20)
    page.auto_lock_spin.setValue(12)
    with qtbot.waitSignal(page.data_changed):
        page.save_button.click()
    assert window.idle.timer.interval() == 12 * 60_000
    # The overview follows at once.
    assert "Derde Fictiefdorp" in window.page("overview").municipalities_value.text()

    window.lock()
    session = register_service.unlock(sentinel_register, PASSPHRASE)
    try:
        profile = session.profile()
        assert profile.municipalities[-1] == "Derde Fictiefdorp"
        assert profile.structure is CellStructure.ZONAL
        assert profile.default_place == "Raadzaal, Markt 1"
        assert profile.default_frequency is MeetingFrequency.FORTNIGHTLY
        assert profile.officer_name == "x" * 20
        assert session.preferences().auto_lock_minutes == 12
    finally:
        session.close()
    unlock_with(qtbot, window)
    assert page.place_edit.text() == "Raadzaal, Markt 1"
    assert page.auto_lock_spin.value() == 12
    # Nothing of the register went to QSettings.
    settings = QSettings()
    stored = " ".join(str(settings.value(k)) for k in settings.allKeys())
    assert "Raadzaal" not in stored and "Fictiefdorp" not in stored


def test_settings_problems_next_to_the_field(window):
    page = window.page("settings")
    page.municipalities.view.selectAll()
    page.municipalities.remove_button.click()
    page.save_button.click()
    assert page.problems["municipalities"].isVisible()
    assert page.problems["municipalities"].text() == "This field is required."
    page.municipalities.set_municipalities(["Eenzaamdorp"])
    page.structure_combo.setCurrentIndex(page.structure_combo.findData("zonal"))
    page.save_button.click()
    assert "at least two" in page.problems["structure"].text()
    assert window.session.profile().municipalities == ["Zoë Testpersoongem", "Voorbeeldegem"]
    page.revert_button.click()
    assert page.municipalities.model.stringList() == ["Zoë Testpersoongem", "Voorbeeldegem"]
    assert not page.problems["structure"].isVisible()


def test_long_names_are_capped(window):
    page = window.page("settings")
    page.place_edit.setText("lang " * 500)
    assert len(page.place_edit.text()) == 200


def test_change_passphrase_through_the_dialog(qtbot, window, sentinel_register):
    old_session = window.session
    closed_on_gui_thread = []
    old_session.on_close(
        lambda: closed_on_gui_thread.append(QThread.currentThread() is window.thread())
    )
    window.page("settings").change_button.click()
    dialog = window.passphrase_dialog
    assert dialog is not None and dialog.isVisible()

    # Wrong current passphrase: said next to the field; nothing changes.
    dialog.current_edit.setText("wrong passphrase, surely")
    dialog.new_edit.setText(OTHER_PASSPHRASE)
    dialog.repeat_edit.setText(OTHER_PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.busy and dialog.busy_bar.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.problem_current.isVisible()
    assert "not correct" in dialog.problem_current.text()
    assert window.session is old_session and old_session.is_open

    # Too short a new one.
    dialog.current_edit.setText(PASSPHRASE)
    dialog.new_edit.setText("short")
    assert dialog.meter.word.text() == "Too short"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "at least 12" in dialog.problem_new.text()

    dialog.new_edit.setText(OTHER_PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.passphrase_dialog is None, timeout=15_000)
    assert window.session is not old_session
    assert not old_session.is_open
    assert audit.entries(window.session)[-1].kind == "passphrase_changed"
    # The old session's close listeners ran once, on the GUI thread.
    assert closed_on_gui_thread == [True]
    # The window keeps working on the new session: backups use it too.
    assert window.backup._session is window.session
    page = window.page("settings")
    page.place_edit.setText("Na de wissel")
    page.save_button.click()
    assert window.session.profile().default_place == "Na de wissel"
    window.lock()
    with pytest.raises(WrongPassphrase):
        register_service.unlock(sentinel_register, PASSPHRASE)
    unlock_with(qtbot, window, OTHER_PASSPHRASE)
    assert window.page("settings").place_edit.text() == "Na de wissel"


def test_cancel_change_passphrase(window):
    window.change_passphrase_action.trigger()
    dialog = window.passphrase_dialog
    dialog.current_edit.setText(PASSPHRASE)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert dialog.current_edit.text() == ""
    assert window.session.is_open


def _compile_dutch(tmp_path: Path) -> Path:
    """A tiny Dutch catalogue, compiled with the real lrelease, for the live switch."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    ts = tmp_path / "livc_nl.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="nl_BE">
<context><name>OverviewPage</name>
<message><source>Overview</source><translation>Overzicht</translation></message>
</context>
<context><name>MainWindow</name>
<message><source>&amp;Lock</source><translation>&amp;Vergrendelen</translation></message>
</context>
<context><name>UnlockScreen</name>
<message><source>The register is locked</source>
<translation>Het register is vergrendeld</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "livc_nl.qm")], check=True
    )
    return tmp_path


def test_language_switch_changes_visible_texts(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "QM_DIR", _compile_dutch(tmp_path / "qm"))
    page = window.page("settings")
    assert window.navigation.item(0).text() == "Overview"
    page.language_combo.setCurrentIndex(page.language_combo.findData("nl"))
    assert i18n.current_language() == "nl"
    assert QSettings().value("ui/language") == "nl"
    # Qt posts LanguageChange to every widget; the texts follow on the next event round.
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Overzicht", timeout=2000)
    assert window.page("overview").heading.text() == "Overzicht"
    assert window.lock_action.text() == "&Vergrendelen"
    assert window.unlock_screen.title.text() == "Het register is vergrendeld"
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Overview", timeout=2000)
    assert window.lock_action.text() == "&Lock"


def test_lock_saves_valid_edits_and_drops_invalid_ones(qtbot, window, sentinel_register):
    page = window.page("settings")
    page.place_edit.setText("Opgeslagen bij vergrendelen")
    window.lock()
    unlock_with(qtbot, window)
    assert page.place_edit.text() == "Opgeslagen bij vergrendelen"
    page.municipalities.clear()  # invalid: no municipality
    window.lock()
    unlock_with(qtbot, window)
    assert page.municipalities.model.stringList() == ["Zoë Testpersoongem", "Voorbeeldegem"]


def test_leaving_settings_with_invalid_edits_stays_and_says_why(window):
    page = window.page("settings")
    page.municipalities.clear()
    window.navigation.setCurrentRow(0)
    assert window.current_page() is page
    assert page.problems["municipalities"].isVisible()
    page.revert_button.click()
    window.navigation.setCurrentRow(0)
    assert window.current_page() is window.page("overview")
