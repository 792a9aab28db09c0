"""The GUI warns before a backup or an export goes to a cloud-synchronised folder or, for
backups, to the register's own drive; the user may choose another place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from livc_desktop.services import backup as backup_service
from livc_desktop.ui import destinations as ui_dest
from livc_desktop.ui.dialogs.backup import MakeBackupDialog
from tests.conftest import PASSPHRASE

SEPARATE = "een aparte back-upzin 2026"


def test_backup_folder_in_dropbox_on_the_same_drive_is_warned(qtbot, session, tmp_path):
    dialog = MakeBackupDialog(session)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "Dropbox" / "LIVC"))
    dialog.folder_edit.editingFinished.emit()
    text = dialog.folder_warning.text()
    assert not dialog.folder_warning.isHidden()
    assert "Dropbox" in text and "same drive" in text and "USB" in text
    # Only a warning: the backup is still made there.
    dialog.register_passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.backup_made, timeout=10000):
        dialog.make_button.click()


def test_no_warning_without_a_folder(qtbot, session):
    dialog = MakeBackupDialog(session)
    qtbot.addWidget(dialog)
    dialog.folder_edit.clear()
    dialog.update_folder_warning()
    assert dialog.folder_warning.isHidden()


def test_saving_into_a_cloud_folder_asks_first(qtbot, tmp_path, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    cloud = tmp_path / "OneDrive - Gemeente Demostad" / "minutes.pdf"
    local = tmp_path / "usb" / "minutes"
    answers = iter([str(cloud), str(local)])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (next(answers), ""))
    )
    asked: list[str] = []

    def choose_another(parent, caption, service):
        asked.append(service)
        return False

    monkeypatch.setattr(ui_dest, "_save_anyway", choose_another)
    target = ui_dest.ask_save_path(parent, "Save", "minutes.pdf", "*.pdf", ".pdf")
    assert asked == ["OneDrive"]
    assert target == Path(str(local) + ".pdf")

    answers = iter([str(cloud)])
    monkeypatch.setattr(ui_dest, "_save_anyway", lambda *a: True)
    assert ui_dest.ask_save_path(parent, "Save", "minutes.pdf", "*.pdf", ".pdf") == cloud


def test_the_cloud_question_names_the_service(qtbot, monkeypatch):
    seen: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.text())
        box.buttons()[0].click()  # "Save here anyway"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert ui_dest._save_anyway(None, "Save", "Google Drive")
    assert "Google Drive" in seen[0]


def test_restore_announces_the_passphrase_change(
    qtbot, session, register_path, tmp_path, monkeypatch
):
    from livc_desktop.ui.backup_actions import create_backup_actions
    from livc_desktop.ui.dialogs.backup import VerifyBackupDialog

    made = backup_service.make_backup(
        session, tmp_path / "usb", passphrase=SEPARATE, repeated=SEPARATE
    )
    window = QWidget()
    qtbot.addWidget(window)

    def close_session() -> Path:
        session.close()
        return register_path

    actions = create_backup_actions(window, close_session=close_session)
    actions.set_session(session)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: told.append(a[2])))

    def drive() -> None:
        dialog = actions._dialog
        assert dialog is not None
        dialog.file_edit.setText(str(made.path))
        dialog.passphrase.setText(SEPARATE)
        dialog.check_button.click()
        qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10000)
        with qtbot.waitSignal(actions.restored, timeout=10000):
            dialog.restore_button.click()

    monkeypatch.setattr(VerifyBackupDialog, "exec", lambda self: drive())
    actions.restore_action.trigger()
    assert len(told) == 1 and "passphrase has changed" in told[0]
