"""The OS locking the screen locks the register (Linux: the screen saver's D-Bus signal).

Runs a child process on a private D-Bus session bus, so the test never touches the
desktop's real bus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

CHILD = textwrap.dedent(
    """
    import subprocess, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from livc_desktop.domain.cell import CellProfile
    from livc_desktop.services import register as register_service
    from livc_desktop.ui.main_window import MainWindow

    app = QApplication([])
    path = Path(sys.argv[1])
    register_service.create(path, sys.argv[2], sys.argv[2], CellProfile(["Testdorp"])).close()
    window = MainWindow(path)
    if "org.freedesktop.ScreenSaver.ActiveChanged" not in window.os_lock.dbus_watches:
        print("not watching", window.os_lock.dbus_watches)
        sys.exit(3)
    window._on_unlock_screen_unlocked(register_service.unlock(path, sys.argv[2]), 0)
    assert not window.locked
    subprocess.run(
        ["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
         "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"],
        check=True,
    )
    def check():
        if window.locked:
            app.exit(0)
    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(20)
    QTimer.singleShot(8000, lambda: app.exit(1))
    sys.exit(app.exec())
    """
)


@pytest.mark.slow
@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dbus-run-session") is None,
    reason="needs Linux and dbus-run-session (Debian package dbus)",
)
def test_screen_saver_signal_locks_the_window(tmp_path: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            "dbus-run-session",
            "--",
            sys.executable,
            "-c",
            CHILD,
            str(tmp_path / "register.livc"),
            PASSPHRASE,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_dbus_slot_locks_only_when_the_screen_saver_starts(qtbot):
    from livc_desktop.ui.locking import SessionLockWatcher

    watcher = SessionLockWatcher()
    seen: list[bool] = []
    watcher.os_locked.connect(lambda: seen.append(True))
    watcher._on_dbus_signal(False)
    assert seen == []
    watcher._on_dbus_signal(True)
    assert seen == [True]
