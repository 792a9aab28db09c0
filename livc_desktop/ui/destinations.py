"""The one place the GUI asks where to save an export (PDF, CSV, minutes) and the one place
that words the warnings about a destination: a cloud-synchronised folder, or a backup
folder on the register's own drive (services.destinations finds them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from livc_desktop.services import destinations

translate = QCoreApplication.translate


def cloud_warning(service: str) -> str:
    return translate(
        "Destinations",
        "This folder is synchronised with {service}: what is saved here is copied to the "
        "provider's servers and to every device signed in to that account. Information "
        "about persons must stay with the municipality.",
    ).format(service=service)


def backup_folder_warning(folder: Path, register_path: Path) -> str:
    """Empty when the folder is fine; else one or two sentences for under the field."""
    risk = destinations.backup_folder_risk(folder, register_path)
    parts: list[str] = []
    if risk.cloud_service:
        parts.append(cloud_warning(risk.cloud_service))
    if risk.same_drive_as_register:
        parts.append(
            translate(
                "Destinations",
                "This folder is on the same drive as the register: a stolen laptop or a "
                "broken disk takes the backup along. Prefer a USB drive kept in the "
                "municipal safe, or a network share.",
            )
        )
    return " ".join(parts)


def ask_save_path(
    parent: QWidget | None, caption: str, suggested: str, file_filter: str, suffix: str = ""
) -> Path | None:
    """A save-file dialog; a target in a cloud-synchronised folder is confirmed first (or
    another one chosen). `suffix` ('.pdf') is added when the user left it out."""
    start = suggested
    while True:
        chosen, _ = QFileDialog.getSaveFileName(parent, caption, start, file_filter)
        if not chosen:
            return None
        target = Path(chosen)
        if suffix and target.suffix.lower() != suffix.lower():
            target = target.with_name(target.name + suffix)
        service = destinations.export_risk(target).cloud_service
        if service is None or _save_anyway(parent, caption, service):
            return target
        start = str(target)


def _save_anyway(parent: QWidget | None, caption: str, service: str) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("cloud_folder_warning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(caption)
    box.setText(cloud_warning(service))
    save = box.addButton(
        translate("Destinations", "Save here anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    other = box.addButton(
        translate("Destinations", "Choose another folder"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(other)
    box.exec()
    return box.clickedButton() is save
