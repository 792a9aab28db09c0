"""Backup dialogs and actions: make (worker thread), verify, restore with confirmation,
status-bar text; errors shown as translated sentences."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from livc_desktop.services import audit
from livc_desktop.services import backup as backup_service
from livc_desktop.services import register as register_service
from livc_desktop.ui import backup_actions
from livc_desktop.ui.backup_actions import backup_status_text, create_backup_actions
from livc_desktop.ui.dialogs.backup import (
    MakeBackupDialog,
    VerifyBackupDialog,
    restore_backup_dialog,
)
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

SEPARATE = "een aparte back-upzin 2026"


def _make(qtbot, session, folder: Path, *, separate: str | None = None) -> Path:
    dialog = MakeBackupDialog(session)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(folder))
    dialog.register_passphrase.setText(PASSPHRASE)
    if separate:
        dialog.use_separate.setChecked(True)
        dialog.separate.setText(separate)
        dialog.separate_repeat.setText(separate)
    with qtbot.waitSignal(dialog.backup_made, timeout=10000) as blocker:
        dialog.make_button.click()
    assert dialog.done_label.isVisible() or not dialog.isVisible()
    assert dialog.register_passphrase.text() == ""
    return blocker.args[0].path


def test_make_backup_in_a_worker_and_record_it(qtbot, session, tmp_path):
    path = _make(qtbot, session, tmp_path / "usb")
    assert path.exists() and backup_service.manifest_path(path).exists()
    assert audit.entries(session)[-1].kind == "export_backup"
    assert "today" in backup_status_text(session)


def test_make_backup_shows_problems_next_to_fields(qtbot, session, tmp_path):
    dialog = MakeBackupDialog(session)
    qtbot.addWidget(dialog)
    dialog.folder_edit.clear()
    dialog.use_separate.setChecked(True)
    dialog.separate.setText("kort")
    dialog.separate_repeat.setText("anders")
    dialog.make_button.click()
    assert dialog.folder_error.text() and dialog.separate_error.text()
    assert dialog.job is None


def test_make_backup_wrong_register_passphrase(qtbot, session, tmp_path):
    dialog = MakeBackupDialog(session)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "usb"))
    dialog.register_passphrase.setText(OTHER_PASSPHRASE)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running, timeout=10000)
    assert "passphrase" in dialog.message.text().lower()


def test_verify_dialog_says_what_the_backup_holds(qtbot, session, tmp_path, monkeypatch):
    path = _make(qtbot, session, tmp_path / "usb", separate=SEPARATE)
    dialog = VerifyBackupDialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    dialog.browse_button.click()
    dialog.passphrase.setText(SEPARATE)
    with qtbot.waitSignal(dialog.verified, timeout=10000):
        dialog.check_button.click()
    text = dialog.contents.text()
    assert "setting:" in text and "separate backup passphrase" in text
    assert not dialog.restore_button.isVisible()


def test_verify_dialog_wrong_passphrase_and_damage(qtbot, session, tmp_path):
    path = _make(qtbot, session, tmp_path / "usb")
    dialog = VerifyBackupDialog()
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(path))
    dialog.passphrase.setText(OTHER_PASSPHRASE)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
    assert "intact" in dialog.message.text()
    data = bytearray(path.read_bytes())
    data[-10] ^= 1
    path.write_bytes(bytes(data))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.message.clear()
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
    assert "damaged" in dialog.message.text()


def test_restore_through_the_actions(qtbot, session, register_path, tmp_path, monkeypatch):
    session.settings.set("marker", "in backup")
    path = _make(qtbot, session, tmp_path / "usb")
    session.settings.set("marker", "after backup")
    window = QWidget()
    qtbot.addWidget(window)
    closed: list[Path] = []

    def close_session() -> Path:
        session.close()
        closed.append(register_path)
        return register_path

    actions = create_backup_actions(window, close_session=close_session)
    actions.set_session(session)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))

    def drive() -> None:
        dialog = actions._dialog
        assert dialog is not None and dialog.restore_mode
        dialog.file_edit.setText(str(path))
        dialog.passphrase.setText(PASSPHRASE)
        dialog.check_button.click()
        qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10000)
        assert "setting:" in dialog.contents.text()
        with qtbot.waitSignal(actions.restored, timeout=10000):
            dialog.restore_button.click()

    monkeypatch.setattr(VerifyBackupDialog, "exec", lambda self: drive())
    actions.restore_action.trigger()
    assert closed == [register_path]
    again = register_service.unlock(register_path, PASSPHRASE)
    assert again.settings.get("marker") == "in backup"
    again.close()


def test_restore_declined_changes_nothing(qtbot, session, tmp_path, monkeypatch):
    path = _make(qtbot, session, tmp_path / "usb")
    dialog = restore_backup_dialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    dialog.file_edit.setText(str(path))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.check_button.click()
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10000)
    with qtbot.assertNotEmitted(dialog.restore_requested):
        dialog.restore_button.click()


def test_status_text_warns_when_too_old(session):
    assert "No backup yet" in backup_status_text(session)
    session.settings.set(
        backup_service.LAST_GOOD_KEY,
        {"created": (datetime.now() - timedelta(days=9)).isoformat(timespec="seconds")},
    )
    text = backup_status_text(session)
    assert "9 days ago" in text and "older than 7 days" in text
    assert backup_status_text(None) == ""


@pytest.mark.parametrize("automatic", [True, False])
def test_before_session_closes(qtbot, session, tmp_path, monkeypatch, automatic):
    monkeypatch.setattr(backup_actions, "_offered", False)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append("q") or QMessageBox.StandardButton.No),
    )
    if automatic:
        from livc_desktop.domain.backup import BackupSettings

        backup_service.save_settings(
            session, BackupSettings(folder=str(tmp_path / "auto"), automatic=True, keep=2)
        )
    backup_actions.before_session_closes(None, session)
    if automatic:
        assert len(list((tmp_path / "auto").glob("*.livcbak"))) == 1 and not asked
    else:
        assert asked == ["q"]
        # Offered once per program run, and never for a lock nobody answers.
        backup_actions.before_session_closes(None, session)
        assert asked == ["q"]
        monkeypatch.setattr(backup_actions, "_offered", False)
        backup_actions.before_session_closes(None, session, ask=False)
        assert asked == ["q"]
