"""Starting the GUI: single instance per register, demo mode, language choice, pseudo mode."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from livc_desktop.domain.errors import ExitCode
from livc_desktop.services.demo import DEMO_PASSPHRASE
from livc_desktop.storage import RegisterLock
from livc_desktop.ui import app as app_module
from livc_desktop.ui import i18n
from livc_desktop.ui.app import GuiRun, run_gui
from livc_desktop.ui.worker import jobs_running
from tests.gui.conftest import unlock_with, visible_texts


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        texts.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return texts


@pytest.fixture
def gui_runs(qtbot):
    runs: list[GuiRun] = []

    def start(*args, **kwargs) -> GuiRun:
        run = GuiRun(*args, **kwargs)
        runs.append(run)
        return run

    yield start
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=10_000)
    for run in runs:
        run.cleanup()


def test_second_instance_is_refused_without_touching_the_register(
    sentinel_register: Path, shown_boxes: list[str]
):
    before = sentinel_register.read_bytes()
    with RegisterLock(sentinel_register):
        files_before = sorted(p.name for p in sentinel_register.parent.iterdir())
        code = run_gui(sentinel_register, demo=False, language="en", pseudo=False)
        files_after = sorted(p.name for p in sentinel_register.parent.iterdir())
    assert code == int(ExitCode.BUSY) == 5
    assert len(shown_boxes) == 1
    assert "already open" in shown_boxes[0]
    assert sentinel_register.read_bytes() == before
    assert files_after == files_before


def test_the_lock_is_held_while_the_window_runs(gui_runs, sentinel_register, shown_boxes):
    run = gui_runs(sentinel_register, False, "en", False)
    window = run.prepare()
    assert window is not None
    second = GuiRun(sentinel_register, False, "en", False)
    assert second.prepare() is None
    assert second.exit_code == 5
    run.cleanup()
    with RegisterLock(sentinel_register):
        pass  # released at exit


def test_demo_mode_shows_the_passphrase_and_removes_its_folder(qtbot, gui_runs):
    run = gui_runs(Path("/nonexistent/ignored.livc"), True, "en", False)
    window = run.prepare()
    assert window is not None
    folder = run.demo_dir
    assert folder is not None and folder.is_dir()
    screen = window.unlock_screen
    # The demo register's unlock screen, never the first-start wizard, even while the
    # register is still being made.
    assert window.wizard is None
    assert window.screens.currentWidget() is screen
    assert DEMO_PASSPHRASE in screen.demo_label.text()
    assert "demo" in window.windowTitle()
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    assert run.register_path.is_file()
    unlock_with(qtbot, window, DEMO_PASSPHRASE)
    assert window.session is not None
    assert window.page("overview").municipalities_value.text() == "Demostad, Voorbeeldegem"
    run.cleanup()
    assert not folder.exists()


def test_language_comes_from_the_option_then_qsettings(gui_runs, register_path):
    QSettings().setValue("ui/language", "de")
    assert app_module.choose_language("fr") == "fr"
    assert app_module.choose_language(None) == "de"
    QSettings().remove("ui/language")
    assert app_module.choose_language(None) == i18n.system_language()
    run = gui_runs(register_path, False, "fr", False)
    run.prepare()
    assert i18n.current_language() == "fr"


def test_pseudo_mode_lengthens_every_text(gui_runs, register_path):
    run = gui_runs(register_path, False, "en", True)
    window = run.prepare()
    assert window is not None
    wizard = window.wizard
    assert wizard.title.text().startswith("[") and "~~" in wizard.title.text()
    assert "~~" in window.file_menu.title()
    assert "~~" in window.lock_action.text()
    assert all("~~" in window.navigation.item(i).text() for i in range(window.navigation.count()))
    # Placeholders survive: the step counter still shows real numbers.
    assert "1" in wizard.step_label.text() and "3" in wizard.step_label.text()
    texts = [t for t in visible_texts(window) if t.strip() and not t.isdigit()]
    untranslated = [
        t
        for t in texts
        if "~~" not in t
        and t not in ("LIVC Desktop", "English", "Nederlands", "Français", "Deutsch")
        and not t.startswith(("/", "register", "new"))
    ]
    assert untranslated == []


def test_a_link_planted_at_the_lock_file_is_refused_at_start(
    sentinel_register: Path, shown_boxes: list[str], tmp_path: Path
):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"Demostad")
    os.chmod(victim, 0o644)
    lock_file = sentinel_register.with_name(sentinel_register.name + ".lock")
    lock_file.unlink(missing_ok=True)
    lock_file.symlink_to(victim)
    before = sentinel_register.read_bytes()
    code = run_gui(sentinel_register, demo=False, language="en", pseudo=False)
    assert code == int(ExitCode.FAILURE)
    assert len(shown_boxes) == 1 and "link" in shown_boxes[0]
    assert victim.read_bytes() == b"Demostad" and victim.stat().st_mode & 0o777 == 0o644
    assert sentinel_register.read_bytes() == before
