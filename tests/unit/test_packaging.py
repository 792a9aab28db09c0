"""Packaging: entry points, licence and notices, desktop entry and AppStream metadata."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from livc_desktop import cli_main, gui_main, resources

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import notices  # noqa: E402


def test_entry_points_are_declared_for_gui_and_console():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["scripts"]["livc-desktop"] == "livc_desktop.cli:main"
    assert project["scripts"]["livc-desktop-cli"] == "livc_desktop.cli_main:main"
    assert project["gui-scripts"]["livc-desktop-gui"] == "livc_desktop.gui_main:main"
    assert "pyinstaller" in " ".join(project["optional-dependencies"]["build"]).lower()
    assert project["license"] == "EUPL-1.2"


def test_the_cli_entry_point_wants_a_command_instead_of_starting_the_gui(capsys):
    assert cli_main.main([]) == 2
    err = capsys.readouterr().err
    assert "usage: livc-desktop-cli" in err and "a command is required" in err


def test_the_cli_entry_point_runs_commands(capsys):
    with pytest.raises(SystemExit) as done:
        cli_main.main(["--version"])
    assert done.value.code == 0
    from livc_desktop import __version__

    assert __version__ in capsys.readouterr().out


def test_a_windowed_start_without_standard_streams_gets_null_devices(monkeypatch):
    """pythonw.exe / the windowed bundle have sys.stdout None: --version must not crash."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdin", None)
    gui_main.ensure_streams()
    try:
        assert sys.stdout is not None and sys.stderr is not None and sys.stdin is not None
        print("goes nowhere")
        assert sys.stdout.name == os.devnull
    finally:
        for stream in (sys.stdout, sys.stderr, sys.stdin):
            stream.close()


def test_the_licence_is_the_eupl_1_2_and_reaches_the_program():
    text = resources.licence_text()
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Appendix" in text and len(text) > 12_000
    assert text == (ROOT / "LICENSE").read_text("utf-8")


def test_the_notices_name_every_runtime_distribution_with_its_licence():
    text = resources.notices_text()
    assert notices.missing_from(text) == []
    for name in ("PySide6_Essentials", "sqlcipher3", "reportlab", "python-bidi"):
        assert f"\n{name} " in text
    for embedded in ("SQLCipher", "OpenSSL", "Qt 6", "DejaVu", "LGPL-3.0 text"):
        assert embedded in text


def test_missing_from_spots_an_absent_distribution():
    text = resources.notices_text().replace("\nreportlab ", "\nsomething-else ")
    assert notices.missing_from(text) == ["reportlab"]


def test_the_icon_exists_in_every_size():
    files = resources.icon_files()
    assert all(f.is_file() for f in files)
    assert files[0].read_text("utf-8").lstrip().startswith("<svg")
    for f in files[1:]:
        assert f.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ico = (ROOT / "resources" / "icons" / "livc-desktop.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 5


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="make system-deps")
def test_the_desktop_entry_validates():
    done = subprocess.run(
        ["desktop-file-validate", str(ROOT / "build" / "livc-desktop.desktop")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="make system-deps")
def test_the_appstream_metadata_validates():
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net",
         str(ROOT / "build" / "be.livc.LivcDesktop.metainfo.xml")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="make system-deps")
def test_install_desktop_installs_a_valid_entry_for_the_user(tmp_path: Path):
    exe = tmp_path / "bin" / "livc desktop"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"), HOME=str(tmp_path))
    subprocess.run(
        ["bash", str(ROOT / "tools" / "install-desktop.sh"), str(exe)],
        check=True, env=env, capture_output=True,
    )  # fmt: skip
    share = tmp_path / "share"
    entry = share / "applications" / "livc-desktop.desktop"
    assert f'Exec="{exe}"' in entry.read_text("utf-8")
    assert subprocess.run(["desktop-file-validate", str(entry)], check=False).returncode == 0
    assert (share / "icons/hicolor/scalable/apps/livc-desktop.svg").is_file()
    assert (share / "icons/hicolor/48x48/apps/livc-desktop.png").is_file()
    assert (share / "metainfo/be.livc.LivcDesktop.metainfo.xml").is_file()


def test_install_desktop_refuses_a_missing_program(tmp_path: Path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"))
    done = subprocess.run(
        ["bash", str(ROOT / "tools" / "install-desktop.sh"), str(tmp_path / "nothing")],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and "not an executable" in done.stderr
    assert not (tmp_path / "share").exists()
