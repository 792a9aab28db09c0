"""What the main window wires for backups: three menu/toolbar actions, the status-bar text,
and the offer to make a backup after an unlock (or on quit) when none is recent.

    actions = create_backup_actions(window, close_session=window.lock_for_restore)
    for action in actions.actions(): window.add_toolbar_action(action)   # or a menu
    actions.set_session(session)                  # after unlock; None on lock
    window.set_backup_status(backup_status_text(session))
    actions.status_changed.connect(window.set_backup_status)
    actions.restored.connect(window.show_unlock)   # the register was replaced
    # on lock / quit, once the screen is cleared, before session.close():
    before_session_closes(window, session, ask=reason == "quit")
    # after an unlock, once the register's screen shows:
    after_unlock(window, session)

`close_session()` must lock the window (close the session, which clears pages) and return
the register path; the restore runs after that, in a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from livc_desktop.domain.errors import LivcError
from livc_desktop.services import backup as backup_service
from livc_desktop.services.register import Session
from livc_desktop.ui.messages import error_message
from livc_desktop.ui.widgets.job import Job

if TYPE_CHECKING:
    from livc_desktop.ui.dialogs.backup import VerifyBackupDialog

# The dialogs are imported when one opens: the program starts faster without them.
translate = QCoreApplication.translate


def backup_status_text(session: Session | None, now: datetime | None = None) -> str:
    """ "Last backup: today" / "... 3 days ago" / "No backup yet"; a warning when too old."""
    if session is None or not session.is_open:
        return ""
    status = backup_service.status(session, now)
    if status.last_created is None or status.age_days is None:
        return translate("BackupStatus", "No backup yet: make one (File > Make backup).")
    days = int(status.age_days)
    if days == 0:
        age = translate("BackupStatus", "Last backup: today")
    elif days == 1:
        age = translate("BackupStatus", "Last backup: yesterday")
    else:
        age = translate("BackupStatus", "Last backup: {days} days ago").format(days=days)
    if status.too_old:
        return translate("BackupStatus", "{age} (older than {limit} days: make a new one)").format(
            age=age, limit=status.max_age_days
        )
    return age


class BackupActions(QObject):
    status_changed = Signal(str)
    restored = Signal(object)  # the register's Path; unlock it again with the backup's passphrase

    def __init__(self, window: QWidget, *, close_session: Callable[[], Path | None]) -> None:
        super().__init__(window)
        self._window = window
        self._close_session = close_session
        self._session: Session | None = None
        self._dialog: VerifyBackupDialog | None = None
        self._job: Job | None = None
        self.make_action = QAction(QIcon.fromTheme("document-save-as"), "", self)
        self.make_action.setObjectName("action_make_backup")
        self.verify_action = QAction(QIcon.fromTheme("dialog-ok"), "", self)
        self.verify_action.setObjectName("action_verify_backup")
        self.restore_action = QAction(QIcon.fromTheme("document-revert"), "", self)
        self.restore_action.setObjectName("action_restore_backup")
        self.make_action.triggered.connect(self._on_make_triggered)
        self.verify_action.triggered.connect(self._on_verify_triggered)
        self.restore_action.triggered.connect(self._on_restore_triggered)
        self.retranslate()
        self.set_session(None)

    def actions(self) -> list[QAction]:
        return [self.make_action, self.verify_action, self.restore_action]

    def retranslate(self) -> None:
        self.make_action.setText(self.tr("Make backup..."))
        self.make_action.setToolTip(self.tr("Write an encrypted copy of the register"))
        self.verify_action.setText(self.tr("Verify backup..."))
        self.verify_action.setToolTip(self.tr("Check a backup file without restoring it"))
        self.restore_action.setText(self.tr("Restore..."))
        self.restore_action.setToolTip(self.tr("Replace the register by a backup"))

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.make_action.setEnabled(session is not None)
        self.status_changed.emit(backup_status_text(session))

    # -- slots -------------------------------------------------------------------------
    def _on_make_triggered(self) -> None:
        if self._session is None:
            return
        from livc_desktop.ui.dialogs.backup import MakeBackupDialog

        dialog = MakeBackupDialog(self._session, self._window)
        # Deleted when closed: it held passphrases.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.backup_made.connect(self._on_dialog_backup_made)
        dialog.exec()

    def _on_dialog_backup_made(self, _result: object) -> None:
        self.status_changed.emit(backup_status_text(self._session))

    def _on_verify_triggered(self) -> None:
        from livc_desktop.ui.dialogs.backup import VerifyBackupDialog

        dialog = VerifyBackupDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def _on_restore_triggered(self) -> None:
        from livc_desktop.ui.dialogs.backup import restore_backup_dialog

        dialog = restore_backup_dialog(self._window)
        dialog.restore_requested.connect(self._on_dialog_restore_requested)
        self._dialog = dialog
        dialog.exec()
        self._dialog = None
        dialog.deleteLater()

    def _on_dialog_restore_requested(self, backup: Path, passphrase: str) -> None:
        register_path = self._close_session()
        if register_path is None:
            return
        self.set_session(None)
        dialog = self._dialog

        def job() -> backup_service.RestoreResult:
            return backup_service.restore_backup(register_path, backup, passphrase)

        def done(result: backup_service.RestoreResult) -> None:
            text = self.tr(
                "The register was restored. Unlock it with the passphrase of the backup."
            )
            if result.passphrase_changed:
                text = self.tr(
                    "The register was restored. Its passphrase has changed: from now on it "
                    "opens only with the passphrase of the backup, not with the one used "
                    "until now. Tell everyone who opens this register."
                )
            QMessageBox.information(dialog or self._window, self.tr("Restore backup"), text)
            if dialog is not None:
                dialog.accept()
            self.restored.emit(register_path)

        def failed(exc: object) -> None:
            text = error_message(exc if isinstance(exc, LivcError) else LivcError())
            QMessageBox.warning(dialog or self._window, self.tr("Restore backup"), text)
            self.restored.emit(register_path)  # the old register is in place: unlock it

        if dialog is not None:
            dialog.setEnabled(False)
        self._job = Job(job, self)
        self._job.succeeded.connect(done)
        self._job.failed.connect(failed)
        self._job.start()


def create_backup_actions(
    window: QWidget, *, close_session: Callable[[], Path | None]
) -> BackupActions:
    return BackupActions(window, close_session=close_session)


_offered = False
# An automatic backup that failed at a lock, told after the next unlock (nobody may be there
# to read it at the lock, and a message must not keep the register's screen in view).
_failed_automatic: list[str] = []


def before_session_closes(parent: QWidget | None, session: Session, *, ask: bool = True) -> None:
    """On lock/quit: run the automatic backup if configured (on this thread, which owns the
    connection). With `ask` (quit only) offer a backup when none is recent; a lock never
    asks: the reminder comes after the next unlock (`after_unlock`)."""
    if not session.is_open:
        return
    conf = backup_service.settings(session)
    if conf.automatic and conf.folder:
        try:
            backup_service.automatic_backup(session)
        except LivcError as exc:
            if ask:
                QMessageBox.warning(
                    parent, translate("BackupStatus", "Automatic backup"), error_message(exc)
                )
            else:
                _failed_automatic[:] = [error_message(exc)]
        return
    if ask:
        offer_backup(parent, session)


def after_unlock(parent: QWidget | None, session: Session) -> None:
    """After an unlock: say that an automatic backup failed at the lock, or offer a backup
    when there is none yet or the last one is too old (once per program run)."""
    if not session.is_open:
        return
    if _failed_automatic:
        text = _failed_automatic.pop()
        QMessageBox.warning(parent, translate("BackupStatus", "Automatic backup"), text)
        return
    offer_backup(parent, session)


def offer_backup(parent: QWidget | None, session: Session) -> None:
    global _offered
    status = backup_service.status(session)
    if _offered or not status.too_old:
        return
    _offered = True  # once per program run: unlocking must not become a chore
    if status.age_days is None:
        text = translate("BackupStatus", "There is no backup of this register yet. Make one now?")
    else:
        text = translate(
            "BackupStatus",
            "The last backup is {age} days old (older than {days} days). Make one now?",
        ).format(age=int(status.age_days), days=status.max_age_days)
    answer = QMessageBox.question(
        parent,
        translate("BackupStatus", "Make backup"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes and session.is_open:
        from livc_desktop.ui.dialogs.backup import MakeBackupDialog

        dialog = MakeBackupDialog(session, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()
