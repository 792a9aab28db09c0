"""`livc-desktop backup create|verify|restore`: exit codes, passphrases from stdin."""

from __future__ import annotations

import hashlib
import io
import sys

import pytest

from livc_desktop.cli import main
from livc_desktop.services import register as register_service
from livc_desktop.storage import RegisterLock
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def run(monkeypatch, argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


@pytest.fixture
def closed_register(session, register_path):
    session.settings.set("marker", "before")
    session.close()
    return register_path


def _make(monkeypatch, register_path, folder):
    code = run(
        monkeypatch,
        [
            "backup",
            "create",
            "--register",
            str(register_path),
            "--to",
            str(folder),
            "--passphrase-stdin",
        ],
        PASSPHRASE + "\n",
    )
    assert code == 0
    (backup,) = folder.glob("*.livcbak")
    return backup


def test_create_verify_restore(monkeypatch, capsys, closed_register, tmp_path):
    backup = _make(monkeypatch, closed_register, tmp_path / "usb")
    assert (
        run(
            monkeypatch,
            ["backup", "verify", "--file", str(backup), "--passphrase-stdin"],
            PASSPHRASE + "\n",
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "rows\tsetting\t" in out and "created\t" in out
    s = register_service.unlock(closed_register, PASSPHRASE)
    s.settings.set("marker", "after")
    s.close()
    assert (
        run(
            monkeypatch,
            [
                "backup",
                "restore",
                "--register",
                str(closed_register),
                "--file",
                str(backup),
                "--yes",
                "--passphrase-stdin",
            ],
            PASSPHRASE + "\n",
        )
        == 0
    )
    s = register_service.unlock(closed_register, PASSPHRASE)
    assert s.settings.get("marker") == "before"
    s.close()


def test_restore_asks_and_no_changes_nothing(monkeypatch, closed_register, tmp_path):
    backup = _make(monkeypatch, closed_register, tmp_path / "usb")
    before = hashlib.sha256(closed_register.read_bytes()).hexdigest()
    from livc_desktop.cli import backup_commands

    asked = []
    monkeypatch.setattr(backup_commands, "_confirm", lambda q: asked.append(q) or False)
    code = run(
        monkeypatch,
        [
            "backup",
            "restore",
            "--register",
            str(closed_register),
            "--file",
            str(backup),
            "--passphrase-stdin",
        ],
        PASSPHRASE + "\n",
    )
    assert code == 1 and asked
    assert hashlib.sha256(closed_register.read_bytes()).hexdigest() == before


def test_exit_codes(monkeypatch, closed_register, tmp_path):
    backup = _make(monkeypatch, closed_register, tmp_path / "usb")
    verify = ["backup", "verify", "--file", str(backup), "--passphrase-stdin"]
    assert run(monkeypatch, verify, OTHER_PASSPHRASE + "\n") == 3
    data = bytearray(backup.read_bytes())
    data[5000] ^= 1
    backup.write_bytes(bytes(data))
    assert run(monkeypatch, verify, PASSPHRASE + "\n") == 4
    empty = tmp_path / "empty.livcbak"
    empty.write_bytes(b"")
    assert (
        run(
            monkeypatch,
            ["backup", "verify", "--file", str(empty), "--passphrase-stdin"],
            PASSPHRASE + "\n",
        )
        == 4
    )


def test_busy_register_gives_5(monkeypatch, closed_register, tmp_path):
    with RegisterLock(closed_register):
        code = run(
            monkeypatch,
            [
                "backup",
                "create",
                "--register",
                str(closed_register),
                "--to",
                str(tmp_path / "usb"),
                "--passphrase-stdin",
            ],
            PASSPHRASE + "\n",
        )
    assert code == 5


@pytest.mark.parametrize("own_passphrase", [False, True])
def test_restore_announces_a_changed_passphrase(
    monkeypatch, capsys, session, register_path, tmp_path, own_passphrase
):
    from livc_desktop.services import backup as backup_service

    backup_pass = OTHER_PASSPHRASE if own_passphrase else None
    made = backup_service.make_backup(
        session, tmp_path / "usb", passphrase=backup_pass, repeated=backup_pass
    )
    session.close()
    capsys.readouterr()
    code = run(
        monkeypatch,
        [
            "backup",
            "restore",
            "--register",
            str(register_path),
            "--file",
            str(made.path),
            "--yes",
            "--passphrase-stdin",
        ],
        (backup_pass or PASSPHRASE) + "\n",
    )
    assert code == 0
    out = capsys.readouterr().out
    assert ("passphrase has changed" in out) is own_passphrase


def test_a_closed_standard_input_at_the_prompt_is_a_usage_error(monkeypatch, capsys, tmp_path):
    import getpass

    def closed(prompt=""):
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", closed)
    code = main(["check", "--register", str(tmp_path / "register.livc")])
    assert code == 2
    assert "No passphrase was given" in capsys.readouterr().err


def test_admin_messages_follow_lang(monkeypatch, capsys, closed_register):
    from PySide6.QtCore import QCoreApplication

    from livc_desktop.ui import i18n

    had_app = QCoreApplication.instance() is not None
    code = run(
        monkeypatch,
        ["--lang", "nl", "check", "--register", str(closed_register), "--passphrase-stdin"],
        "dit is niet de juiste wachtwoordzin\n",
    )
    assert code == 3
    assert "wachtwoordzin" in capsys.readouterr().err.lower()
    if had_app:
        i18n.install("en")  # the suite's own application keeps English for later tests
    else:
        # The command's own Qt application is gone with it: a later one can start.
        assert QCoreApplication.instance() is None
