"""Starting the GUI: the application object, the language, the single-instance lock, the
demo register, and the main window."""

from __future__ import annotations

import shutil
import signal
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from livc_desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from livc_desktop.domain.errors import ExitCode, LivcError, RegisterBusy
from livc_desktop.services.paths import REGISTER_FILENAME
from livc_desktop.storage import RegisterLock
from livc_desktop.ui import i18n
from livc_desktop.ui.identity import app_icon
from livc_desktop.ui.main_window import SETTINGS_LANGUAGE, MainWindow
from livc_desktop.ui.messages import error_message
from livc_desktop.ui.wheel_guard import install_wheel_guard
from livc_desktop.ui.worker import run_in_background

translate = QCoreApplication.translate


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain("livc-desktop.invalid")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    install_wheel_guard()
    return app


def choose_language(language: str | None) -> str:
    """--lang, else the one chosen before (QSettings), else the system's."""
    if language:
        return language
    stored = QSettings().value(SETTINGS_LANGUAGE)
    return str(stored) if stored else i18n.system_language()


def show_busy_message(parent: QWidget | None, exc: LivcError) -> None:
    box = QMessageBox(parent)
    box.setObjectName("busy_message")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(error_message(exc))
    box.exec()


class GuiRun:
    """One start of the GUI; `prepare()` returns the window (or None with an exit code),
    `cleanup()` closes everything. `run_gui` puts them around the event loop; tests call
    them directly."""

    def __init__(self, register_path: Path, demo: bool, language: str | None, pseudo: bool):
        self.register_path = Path(register_path)
        self.demo = demo
        self.language = language
        self.pseudo = pseudo
        self.demo_dir: Path | None = None
        self.lock: RegisterLock | None = None
        self.window: MainWindow | None = None
        self.exit_code = int(ExitCode.OK)

    def prepare(self) -> MainWindow | None:
        application()
        lang = i18n.install(choose_language(self.language), pseudo_mode=self.pseudo)
        if self.demo:
            self.demo_dir = Path(tempfile.mkdtemp(prefix="livc-demo-"))
            self.register_path = self.demo_dir / REGISTER_FILENAME
        # The lock comes before anything touches the register.
        lock = RegisterLock(self.register_path)
        try:
            lock.acquire()
        except RegisterBusy as exc:
            show_busy_message(None, exc)
            self.exit_code = int(ExitCode.BUSY)
            self.cleanup()
            return None
        except LivcError as exc:  # a link planted at the lock file, an unwritable folder
            show_busy_message(None, exc)
            self.exit_code = int(exc.exit_code)
            self.cleanup()
            return None
        self.lock = lock
        if self.demo:
            # Only a demo start needs the demo data's modules.
            from livc_desktop.services import demo as demo_service

            self.window = MainWindow(
                self.register_path,
                language=lang,
                pseudo=self.pseudo,
                demo_passphrase=demo_service.DEMO_PASSPHRASE,
            )
            self._make_demo()
        else:
            self.window = MainWindow(self.register_path, language=lang, pseudo=self.pseudo)
        return self.window

    def _make_demo(self) -> None:
        """Build the demo register in a worker while the unlock screen waits."""
        assert self.window is not None
        screen = self.window.unlock_screen
        screen.set_preparing(True)
        path, lang = self.register_path, i18n.current_language()

        def make() -> None:
            from livc_desktop.services import demo as demo_service

            demo_service.create_demo(path, language=lang).close()

        def done(_result: object) -> None:
            screen.set_preparing(False)
            screen.focus()

        def failed(exc: BaseException) -> None:
            screen.set_preparing(False)
            raise exc

        run_in_background(make, done, failed)

    def cleanup(self) -> None:
        # A demo register still being written must finish before its folder goes.
        QThreadPool.globalInstance().waitForDone(30_000)
        if self.window is not None:
            self.window.shutdown()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)
            self.demo_dir = None


def _quit_on_signals(window: MainWindow) -> QTimer:
    """Ctrl+C or a polite kill closes the window properly: the session is locked (its
    connection closed) and a demo folder removed. Python only runs signal handlers when
    it gets control, hence the idle timer."""

    def on_signal(_signum: int, _frame: object) -> None:
        window.close()
        application().quit()

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), on_signal)
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def run_gui(register_path: Path, demo: bool, language: str | None, pseudo: bool) -> int:
    run = GuiRun(register_path, demo, language, pseudo)
    try:
        window = run.prepare()
        if window is None:
            return run.exit_code
        _quit_on_signals(window)
        window.show()
        return int(application().exec())
    finally:
        run.cleanup()
