"""The strength meter and the refusal agree, wherever a new passphrase is chosen: the
first-start wizard (with the cell's names typed before), changing the passphrase, and a
separate backup passphrase."""

from __future__ import annotations

from pathlib import Path

from livc_desktop.domain import passphrase as pp
from livc_desktop.ui.dialogs.backup import MakeBackupDialog
from livc_desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog
from livc_desktop.ui.first_start import STEP_PASSPHRASE
from tests.conftest import PASSPHRASE

REFUSED_WORDS = {"Too short", "Weak", "Not strong enough"}


def test_wizard_meter_and_refusal_know_the_municipality(make_window, register_path: Path):
    wizard = make_window(register_path).wizard
    wizard.municipalities.set_municipalities(["Voorbeeldegem"])
    wizard.next_button.click()
    wizard.officer_edit.setText("Jan Fictief")
    wizard.next_button.click()
    assert wizard.current_step() == STEP_PASSPHRASE
    for text in ("Voorbeeldegem2026", "JanFictief!1987", "wachtwoord123"):
        wizard.passphrase_edit.setText(text)
        assert wizard.meter.word.text() in REFUSED_WORDS, text
        wizard.repeat_edit.setText(text)
        wizard.create_button.click()
        assert "too easy to guess" in wizard.problems_passphrase.text(), text
        assert not wizard.busy
    assert not register_path.exists()
    wizard.passphrase_edit.setText(PASSPHRASE)
    assert wizard.meter.word.text() in ("Good", "Strong")


def test_change_dialog_refuses_what_its_meter_calls_weak(qtbot, session):
    dialog = ChangePassphraseDialog(session)
    qtbot.addWidget(dialog)
    dialog.current_edit.setText(PASSPHRASE)
    dialog.new_edit.setText("Testdorp2026!")  # the session's municipality and a year
    assert dialog.meter.level < pp.ACCEPTED
    assert dialog.meter.word.text() in REFUSED_WORDS
    dialog.repeat_edit.setText("Testdorp2026!")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "too easy to guess" in dialog.problem_new.text()
    assert session.is_open


def test_backup_dialog_rates_the_separate_passphrase(qtbot, session, tmp_path):
    dialog = MakeBackupDialog(session)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "usb"))
    dialog.register_passphrase.setText(PASSPHRASE)
    dialog.use_separate.setChecked(True)
    dialog.separate.setText("Motdepasse2026!")
    assert dialog.separate_meter.word.text() in REFUSED_WORDS
    dialog.separate_repeat.setText("Motdepasse2026!")
    dialog.make_button.click()
    assert "too easy to guess" in dialog.separate_error.text()
    assert dialog.job is None
    dialog.separate.setText("een aparte back-upzin 2026")
    assert dialog.separate_meter.word.text() in ("Good", "Strong")
