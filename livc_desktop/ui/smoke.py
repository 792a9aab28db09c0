"""Start-up self-check for packagers (the bundle's smoke test, the Windows CI job): with
LIVC_DESKTOP_SMOKE_TEST=1 the program starts as usual and, once the unlock screen (or the
first-start wizard) is on screen, prints which one and quits; exit code 0 if it got there
within the time limit, 1 otherwise. It reads nothing from the register."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ENV = "LIVC_DESKTOP_SMOKE_TEST"
TIME_LIMIT_S = 30.0


def requested() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


def _help_sections(language: str) -> int:
    from livc_desktop import resources

    try:
        return int(resources.help_html(language).count('<a name="'))
    except OSError:
        return 0


def install(app: QApplication) -> QTimer:
    """Poll for the main window's first screen; quit the event loop when it shows."""
    from livc_desktop.ui import i18n
    from livc_desktop.ui.main_window import MainWindow

    started = time.monotonic()
    timer = QTimer(app)

    def check() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                current = widget.screens.currentWidget()
                name = current.objectName() if current is not None else ""
                if name in ("unlock_screen", "first_start_wizard"):
                    timer.stop()
                    # The menu title tells whether the program's translations were found;
                    # the manual's sections whether the help travelled with the program.
                    print(
                        f"smoke: {name} shown;"
                        f" language {i18n.current_language()};"
                        f" file menu {widget.file_menu.title()!r};"
                        f" help sections {_help_sections(i18n.current_language())}"
                    )
                    sys.stdout.flush()
                    app.exit(0)
                    return
        if time.monotonic() - started > TIME_LIMIT_S:
            timer.stop()
            print("smoke: no unlock screen", file=sys.stderr)
            app.exit(1)

    timer.timeout.connect(check)
    timer.start(50)
    return timer
