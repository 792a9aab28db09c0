"""The first-start wizard: validation next to the fields, then creating the register."""

from __future__ import annotations

from pathlib import Path

from livc_desktop.domain.cell import CellStructure
from livc_desktop.services import audit
from livc_desktop.services import register as register_service
from livc_desktop.ui.first_start import STEP_CELL, STEP_OFFICER, STEP_PASSPHRASE
from tests.conftest import PASSPHRASE


def test_wizard_is_shown_when_there_is_no_register(make_window, register_path: Path):
    window = make_window(register_path)
    assert window.wizard is not None
    assert window.screens.currentWidget() is window.wizard
    assert window.lock_status.text() == "Not created yet"
    assert not window.lock_action.isEnabled()


def test_empty_form_shows_the_problem_next_to_the_field(make_window, register_path: Path):
    window = make_window(register_path)
    wizard = window.wizard
    wizard.next_button.click()
    problem = wizard.problems["municipalities"]
    assert problem.isVisible()
    assert problem.text() == "This field is required."
    assert wizard.current_step() == STEP_CELL
    # Typing a name is enough (it need not be added to the list first).
    wizard.municipalities.name_edit.setText("Demostad")
    wizard.next_button.click()
    assert wizard.current_step() == STEP_OFFICER
    assert not problem.isVisible()


def test_zonal_cell_needs_two_municipalities(make_window, register_path: Path):
    wizard = make_window(register_path).wizard
    wizard.municipalities.set_municipalities(["Demostad"])
    wizard.structure_buttons[CellStructure.ZONAL].setChecked(True)
    wizard.next_button.click()
    assert wizard.problems["structure"].isVisible()
    assert "at least two" in wizard.problems["structure"].text()
    assert wizard.current_step() == STEP_CELL


def test_short_and_mismatched_passphrases_are_refused(make_window, register_path: Path):
    wizard = make_window(register_path).wizard
    wizard.municipalities.set_municipalities(["Demostad"])
    wizard.next_button.click()
    wizard.next_button.click()
    assert wizard.current_step() == STEP_PASSPHRASE
    assert "cannot be recovered" in wizard.warning.text()
    assert "safe" in wizard.warning.text()

    wizard.passphrase_edit.setText("short")
    assert wizard.meter.word.text() == "Too short"
    wizard.create_button.click()
    assert wizard.problems_passphrase.isVisible()
    assert "at least 12 characters" in wizard.problems_passphrase.text()
    assert not wizard.busy

    wizard.passphrase_edit.setText(PASSPHRASE)
    assert wizard.meter.word.text() not in ("", "Too short")
    wizard.repeat_edit.setText(PASSPHRASE + "x")
    wizard.create_button.click()
    assert wizard.problems_repeat.text() == "The two passphrases are not the same."
    assert not register_path.exists()


def test_wizard_creates_the_register_off_the_gui_thread(qtbot, make_window, register_path):
    window = make_window(register_path)
    wizard = window.wizard
    editor = wizard.municipalities
    for name in ("Zoë Testpersoongem", "رانيا المثال", "zoë testpersoongem"):
        editor.name_edit.setText(name)
        editor.add_button.click()
    assert editor.model.stringList() == ["Zoë Testpersoongem", "رانيا المثال"]
    editor.view.setCurrentIndex(editor.model.index(1, 0))
    editor.remove_button.click()
    editor.name_edit.setText("Voorbeeldegem")
    editor.add_button.click()
    wizard.structure_buttons[CellStructure.ZONAL].setChecked(True)
    wizard.next_button.click()
    wizard.officer_edit.setText("  Fien   Voorbeeld ")
    wizard.next_button.click()
    wizard.passphrase_edit.setText(PASSPHRASE)
    wizard.repeat_edit.setText(PASSPHRASE)
    wizard.create_button.click()
    # The key derivation runs in a worker: the GUI shows the busy indicator meanwhile.
    assert wizard.busy
    assert wizard.busy_bar.isVisible()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)

    assert window.wizard is None
    assert window.screens.currentWidget() is window.content
    assert window.lock_status.text() == "Unlocked"
    assert [e.kind for e in audit.entries(window.session)] == ["register_created"]
    profile = window.session.profile()
    assert profile.municipalities == ["Zoë Testpersoongem", "Voorbeeldegem"]
    assert profile.structure is CellStructure.ZONAL
    assert profile.officer_name == "Fien Voorbeeld"
    overview = window.page("overview")
    assert overview.municipalities_value.text() == "Zoë Testpersoongem, Voorbeeldegem"
    window.lock()
    register_service.unlock(register_path, PASSPHRASE).close()


def test_choosing_a_language_in_the_wizard_applies_it(make_window, register_path):
    from PySide6.QtCore import QSettings

    window = make_window(register_path)
    wizard = window.wizard
    wizard.language_combo.setCurrentIndex(wizard.language_combo.findData("fr"))
    assert window.language == "fr"
    assert QSettings().value("ui/language") == "fr"


def test_officer_step_asks_for_full_disk_encryption(make_window, register_path: Path):
    """Decrypted pages of an open register can reach the swap file: the wizard says that
    the laptop needs full-disk encryption."""
    window = make_window(register_path)
    wizard = window.wizard
    wizard.municipalities.set_municipalities(["Demostad"])
    wizard.next_button.click()
    assert wizard.current_step() == STEP_OFFICER
    note = wizard.disk_note
    assert note.isVisible()
    assert all(word in note.text() for word in ("BitLocker", "FileVault", "LUKS", "swap"))
