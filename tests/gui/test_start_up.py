"""Starting the program: the unlock screen is painted before anything heavy is imported
(reportlab, pypdf: only when a document is made) and before the main window's pages are
built; the pages follow by themselves, and anything that asks for one earlier gets it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from livc_desktop.ui.main_window import MainWindow
from livc_desktop.ui.pages import PAGE_MODULES, page_factories

ROOT = Path(__file__).resolve().parents[2]
#: Imported only when a document is made or read.
HEAVY = ("reportlab", "pypdf", "livc_desktop.reports")

# A new process, as the program starts (GuiRun.prepare, then show): at the window's first
# paint it reports what is imported and built, then waits for the pages to follow.
_START = r"""
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from livc_desktop.ui.app import GuiRun, application

heavy, page_modules = json.loads(sys.argv[2]), json.loads(sys.argv[3])
report = {}

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not report:
            report["screen"] = window.screens.currentWidget().objectName()
            report["heavy"] = sorted(m for m in heavy if m in sys.modules)
            report["page_modules"] = sorted(m for m in page_modules if m in sys.modules)
            report["pages"] = len(window.findChildren(QWidget, "page_audit"))
            QTimer.singleShot(50, wait_for_pages)
        return False

def wait_for_pages():
    if window.findChild(QWidget, "page_audit") is None:
        QTimer.singleShot(50, wait_for_pages)
        return
    stack = window.page_stack
    report["later"] = [stack.widget(i).objectName() for i in range(stack.count())]
    report["heavy_later"] = sorted(m for m in heavy if m in sys.modules)
    print(json.dumps(report), flush=True)
    os._exit(0)

run = GuiRun(Path(sys.argv[1]), False, "en", False)
window = run.prepare()
watcher = Painted()
window.installEventFilter(watcher)
window.show()
QTimer.singleShot(60_000, lambda: os._exit(3))
application().exec()
"""


def _start(register: Path, tmp_path: Path) -> dict[str, object]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path / "home"),
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            _START,
            str(register),
            json.dumps(HEAVY),
            json.dumps(list(PAGE_MODULES)),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def test_the_unlock_screen_is_painted_before_anything_heavy_is_imported(
    sentinel_register: Path, tmp_path: Path
):
    report = _start(sentinel_register, tmp_path)
    assert report["screen"] == "unlock_screen"
    assert report["heavy"] == []  # reportlab and pypdf come with the first document
    assert report["page_modules"] == []
    assert report["pages"] == 0
    # Then the pages are built without anyone asking, still without the PDF machinery.
    assert report["later"] == [f"page_{f().page_id}" for f in page_factories()]
    assert report["heavy_later"] == []


def test_page_modules_are_those_of_the_page_factories():
    assert tuple(f.__module__ for f in page_factories()) == PAGE_MODULES


def test_a_page_asked_for_before_the_first_paint_is_there(qtbot, sentinel_register: Path):
    window = MainWindow(sentinel_register)
    qtbot.addWidget(window)  # never shown: nothing builds the pages in the background
    assert window.findChild(QWidget, "page_signals") is None
    assert window.page("signals").objectName() == "page_signals"
    assert [p.page_id for p in window.pages] == [f().page_id for f in page_factories()]
    assert window.navigation.count() == len(window.pages)
    assert window.current_page().page_id == "overview"
    window.shutdown()
