"""Make, verify and restore a backup. Each long step runs in a worker thread (ui.widgets.job)
with its own connection; the dialogs only show, ask and report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain import passphrase as pp
from livc_desktop.domain.backup import PROTECTION_SEPARATE, BackupInfo
from livc_desktop.domain.errors import LivcError, ValidationError
from livc_desktop.services import backup as backup_service
from livc_desktop.services.register import Session
from livc_desktop.ui import palette
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.destinations import backup_folder_warning
from livc_desktop.ui.messages import error_message, problem_message
from livc_desktop.ui.widgets.job import Job
from livc_desktop.ui.widgets.passphrase import StrengthMeter
from livc_desktop.ui.widgets.sizing import prefer_width

BACKUP_FILTER_SUFFIX = "*.livcbak"
translate = QCoreApplication.translate


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(280)
    return edit


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(palette.text_css(palette.ERROR))
    label.hide()
    return label


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _exception_text(exc: object) -> str:
    if isinstance(exc, LivcError):
        return error_message(exc)
    return error_message(LivcError())


class _BusyMixin:
    """Disable the inputs while a job runs; keep the Job referenced."""

    job: Job | None = None

    def _run(
        self,
        fn: Callable[[], Any],
        on_ok: Callable[[Any], None],
        on_fail: Callable[[object], None],
        inputs: list[QWidget],
    ) -> None:
        for widget in inputs:
            widget.setEnabled(False)
        job = Job(fn, self)  # type: ignore[arg-type]
        self.job = job

        def done() -> None:
            for widget in inputs:
                widget.setEnabled(True)

        job.finished.connect(done)
        job.succeeded.connect(on_ok)
        job.failed.connect(on_fail)
        job.start()


class MakeBackupDialog(_BusyMixin, QDialog):
    """Folder, the register passphrase (proves who makes the copy and gives the worker its
    own connection), and the protection: register passphrase or a separate one."""

    backup_made = Signal(object)  # services.backup.BackupResult

    def __init__(self, session: Session, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("make_backup_dialog")
        self.session = session
        self.result_value: backup_service.BackupResult | None = None
        self.setWindowTitle(self.tr("Make backup"))
        prefer_width(self, 560)

        intro = QLabel(
            self.tr(
                "The backup is a complete, encrypted copy of the register. Keep it on a USB "
                "stick or another drive in a locked place, away from this computer."
            )
        )
        intro.setWordWrap(True)

        self.folder_edit = QLineEdit(folder or backup_service.settings(session).folder)
        self.folder_edit.setObjectName("backup_folder")
        self.folder_edit.setMinimumWidth(320)
        self.browse_button = QPushButton(self.tr("Choose..."))
        self.browse_button.setObjectName("backup_browse")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.folder_error = _error_label("backup_folder_error")
        # A warning, not an error: the backup can still be made there.
        self.folder_warning = QLabel()
        self.folder_warning.setObjectName("backup_folder_warning")
        self.folder_warning.setWordWrap(True)
        self.folder_warning.setStyleSheet(palette.text_css(palette.WARNING))
        self.folder_warning.hide()

        self.register_passphrase = _password_edit("backup_register_passphrase")

        self.use_register = QRadioButton(self.tr("Protect with the register passphrase"))
        self.use_register.setObjectName("backup_use_register")
        self.use_separate = QRadioButton(self.tr("Protect with a separate backup passphrase"))
        self.use_separate.setObjectName("backup_use_separate")
        self.use_register.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_register)
        group.addButton(self.use_separate)
        self.separate = _password_edit("backup_separate_passphrase")
        self.separate_repeat = _password_edit("backup_separate_repeat")
        self.separate_error = _error_label("backup_separate_error")
        self.separate_meter = StrengthMeter(self)
        self.separate_meter.setObjectName("backup_separate_strength")
        self.separate_meter.set_context(session.profile().names())
        self.separate.textChanged.connect(self.separate_meter.update_for)

        form = QFormLayout()
        form.addRow(self.tr("Destination folder"), folder_row)
        form.addRow("", self.folder_error)
        form.addRow("", self.folder_warning)
        form.addRow(self.tr("Register passphrase"), self.register_passphrase)
        form.addRow("", self.use_register)
        form.addRow("", self.use_separate)
        form.addRow(self.tr("Backup passphrase"), self.separate)
        form.addRow(self.tr("Strength:"), self.separate_meter)
        form.addRow(self.tr("Repeat backup passphrase"), self.separate_repeat)
        form.addRow("", self.separate_error)

        self.message = _error_label("backup_message")
        self.done_label = QLabel()
        self.done_label.setObjectName("backup_done")
        self.done_label.setWordWrap(True)
        self.done_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make_button = self.buttons.addButton(
            self.tr("Make backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setObjectName("backup_make")
        self.make_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.done_label)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.folder_edit.editingFinished.connect(self.update_folder_warning)
        self.use_separate.toggled.connect(self._on_protection_toggled)
        self.make_button.clicked.connect(self._on_make_clicked)
        self.buttons.rejected.connect(self.reject)
        self._on_protection_toggled(False)
        self.update_folder_warning()

    def update_folder_warning(self) -> None:
        folder = self.folder_edit.text().strip()
        text = backup_folder_warning(Path(folder), self.session.path) if folder else ""
        self.folder_warning.setText(text)
        self.folder_warning.setVisible(bool(text))

    def _inputs(self) -> list[QWidget]:
        return [
            self.folder_edit,
            self.browse_button,
            self.register_passphrase,
            self.use_register,
            self.use_separate,
            self.separate,
            self.separate_repeat,
            self.make_button,
        ]

    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)
            self.update_folder_warning()

    def _on_protection_toggled(self, separate: bool) -> None:
        self.separate.setEnabled(separate)
        self.separate_repeat.setEnabled(separate)
        if not separate:
            self.separate.clear()
            self.separate_repeat.clear()
            _show_error(self.separate_error, "")

    def _on_make_clicked(self) -> None:
        _show_error(self.message, "")
        _show_error(self.folder_error, "")
        _show_error(self.separate_error, "")
        self.done_label.hide()
        folder = self.folder_edit.text().strip()
        ok = True
        if not folder:
            _show_error(self.folder_error, problem_message("folder", "required"))
            ok = False
        if not self.register_passphrase.text():
            _show_error(self.message, problem_message("passphrase", "required"))
            ok = False
        separate: str | None = None
        if self.use_separate.isChecked():
            separate = self.separate.text()
            found = pp.problems(
                separate, self.separate_repeat.text(), self.session.profile().names()
            )
            if found:
                _show_error(
                    self.separate_error,
                    " ".join(problem_message(f, p) for f, p in sorted(found.items())),
                )
                ok = False
        if not ok:
            return
        register_path = self.session.path
        secret = self.register_passphrase.text()
        repeated = self.separate_repeat.text() if separate is not None else None

        def job() -> backup_service.BackupResult:
            return backup_service.create_backup_from_file(
                register_path,
                secret,
                Path(folder),
                backup_passphrase=separate,
                repeated=repeated,
            )

        self._run(job, self._on_job_succeeded, self._on_job_failed, self._inputs())

    def _on_job_succeeded(self, result: backup_service.BackupResult) -> None:
        self.register_passphrase.clear()
        self.separate.clear()
        self.separate_repeat.clear()
        if self.session.is_open:
            backup_service.after_backup(self.session, result)
        self.result_value = result
        rows = sum(result.manifest.tables.values())
        self.done_label.setText(
            self.tr("Backup written and verified: {name} ({rows} rows).").format(
                name=result.path.name, rows=rows
            )
        )
        self.done_label.show()
        self.backup_made.emit(result)

    def _on_job_failed(self, exc: object) -> None:
        if isinstance(exc, ValidationError):
            _show_error(
                self.separate_error,
                " ".join(problem_message(f, p) for f, p in sorted(exc.problems.items())),
            )
            return
        _show_error(self.message, _exception_text(exc))


def backup_info_text(info: BackupInfo) -> str:
    """What a backup holds, as a few translated lines (no personal data)."""
    lines = [
        translate("BackupDialog", "File: {name}").format(name=info.file_name),
        translate("BackupDialog", "Made on: {created}").format(
            created=format_date(info.created)
            if info.created
            else translate("BackupDialog", "unknown")
        ),
        translate("BackupDialog", "Program version: {version}, register version {schema}").format(
            version=info.program_version or "?", schema=info.schema_version
        ),
    ]
    if info.protection == PROTECTION_SEPARATE:
        lines.append(translate("BackupDialog", "Protected by a separate backup passphrase."))
    if not info.has_manifest:
        lines.append(translate("BackupDialog", "Its manifest is missing; the content was checked."))
    elif not info.sealed:
        lines.append(
            translate(
                "BackupDialog",
                "Its manifest is not sealed (made by an older version, or the seal was "
                "removed): its details cannot be proven; the content was checked.",
            )
        )
    if info.trail_in_register is False:
        lines.append(
            translate(
                "BackupDialog",
                "Warning: the register's access trail no longer contains this backup's "
                "newest entry; entries were removed or rewritten since it was made.",
            )
        )
    if info.needs_migration:
        lines.append(
            translate("BackupDialog", "Made by an older version: it will be brought up to date.")
        )
    lines.append(translate("BackupDialog", "Rows per table:"))
    lines.extend(f"    {table}: {count}" for table, count in sorted(info.tables.items()))
    return "\n".join(lines)


class VerifyBackupDialog(_BusyMixin, QDialog):
    """Check a backup without restoring it; says what it contains. With `restore` it also
    offers to restore after a successful check (the Restore dialog)."""

    verified = Signal(object)  # BackupInfo
    restore_requested = Signal(object, str)  # backup path, passphrase

    def __init__(self, parent: QWidget | None = None, *, restore: bool = False) -> None:
        super().__init__(parent)
        self.restore_mode = restore
        self.setObjectName("restore_backup_dialog" if restore else "verify_backup_dialog")
        self.info: BackupInfo | None = None
        self.setWindowTitle(self.tr("Restore backup") if restore else self.tr("Verify backup"))
        prefer_width(self, 560)

        intro = QLabel(
            self.tr(
                "Restoring replaces the register by the backup. The current register is "
                "kept as a safety copy next to it; nothing is replaced before the backup "
                "has been checked completely."
            )
            if restore
            else self.tr(
                "Checks a backup completely (checksum, passphrase, integrity, version) "
                "without restoring or changing anything."
            )
        )
        intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("verify_file")
        self.file_edit.setMinimumWidth(320)
        self.browse_button = QPushButton(self.tr("Choose..."))
        self.browse_button.setObjectName("verify_browse")
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        self.passphrase = _password_edit("verify_passphrase")
        form = QFormLayout()
        form.addRow(self.tr("Backup file"), row)
        form.addRow(self.tr("Passphrase of the backup"), self.passphrase)

        self.message = _error_label("verify_message")
        self.contents = QLabel()
        self.contents.setObjectName("verify_contents")
        self.contents.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contents.setStyleSheet("font-family: monospace;")
        self.contents.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = self.buttons.addButton(
            self.tr("Check backup"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.setObjectName("verify_check")
        self.check_button.setDefault(True)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore..."), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("verify_restore")
        self.restore_button.setVisible(restore)
        self.restore_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.contents)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.check_button.clicked.connect(self._on_check_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.file_edit.textChanged.connect(self._on_input_changed)
        self.passphrase.textChanged.connect(self._on_input_changed)
        self.buttons.rejected.connect(self.reject)

    def _on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup file"),
            self.file_edit.text(),
            self.tr("LIVC backups ({pattern})").format(pattern=BACKUP_FILTER_SUFFIX),
        )
        if chosen:
            self.file_edit.setText(chosen)

    def _on_input_changed(self, *_: object) -> None:
        self.info = None
        self.restore_button.setEnabled(False)

    def _on_check_clicked(self) -> None:
        _show_error(self.message, "")
        self.contents.hide()
        path = Path(self.file_edit.text().strip())
        secret = self.passphrase.text()
        if not self.file_edit.text().strip():
            _show_error(self.message, problem_message("file", "required"))
            return
        self._run(
            lambda: backup_service.verify_backup(path, secret),
            self._on_job_succeeded,
            self._on_job_failed,
            [self.file_edit, self.browse_button, self.passphrase, self.check_button],
        )

    def _on_job_succeeded(self, info: BackupInfo) -> None:
        self.info = info
        self.contents.setText(backup_info_text(info))
        self.contents.show()
        self.restore_button.setEnabled(self.restore_mode)
        self.verified.emit(info)

    def _on_job_failed(self, exc: object) -> None:
        _show_error(self.message, _exception_text(exc))

    def _on_restore_clicked(self) -> None:
        if self.info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the register by the backup made on {created}? The register will "
                "be locked; the current one is kept as a safety copy. Afterwards, unlock "
                "with the passphrase of the backup."
            ).format(created=format_date(self.info.created) or "?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_requested.emit(Path(self.file_edit.text().strip()), self.passphrase.text())


def restore_backup_dialog(parent: QWidget | None = None) -> VerifyBackupDialog:
    """The Verify dialog in restore mode: check first, show what will be restored, confirm.
    (A factory, not a subclass: tr() contexts stay those of VerifyBackupDialog.)"""
    return VerifyBackupDialog(parent, restore=True)
