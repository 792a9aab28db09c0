"""The admin command line: passphrases never on argv, documented exit codes."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys

import pytest

from livc_desktop.cli import main
from livc_desktop.storage import RegisterLock
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def run(monkeypatch, capsys, argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def init(monkeypatch, capsys, path, *extra):
    return run(
        monkeypatch,
        capsys,
        [
            "init",
            "--register",
            str(path),
            "--municipality",
            "Testdorp",
            *extra,
            "--passphrase-stdin",
        ],
        f"{PASSPHRASE}\n{PASSPHRASE}\n",
    )


def test_init_then_check(monkeypatch, capsys, tmp_path):
    path = tmp_path / "r.livc"
    code, out, _ = init(
        monkeypatch, capsys, path, "--municipality", "Andersdorp", "--structure", "zonal"
    )
    assert code == 0 and path.exists()
    assert PASSPHRASE not in out
    code, out, err = run(
        monkeypatch,
        capsys,
        ["check", "--register", str(path), "--passphrase-stdin"],
        PASSPHRASE + "\n",
    )
    assert code == 0, err
    assert "schema_version\t" in out
    assert "rows\tsetting\t" in out


def test_init_refuses_short_passphrase_and_existing_register(monkeypatch, capsys, tmp_path):
    path = tmp_path / "r.livc"
    code, _, err = run(
        monkeypatch,
        capsys,
        ["init", "--register", str(path), "--municipality", "X", "--passphrase-stdin"],
        "short\nshort\n",
    )
    assert code == 2 and not path.exists()
    assert "12" in err
    assert init(monkeypatch, capsys, path)[0] == 0
    assert init(monkeypatch, capsys, path)[0] == 2


def test_exit_codes(monkeypatch, capsys, tmp_path):
    path = tmp_path / "r.livc"
    init(monkeypatch, capsys, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    check = ["check", "--register", str(path), "--passphrase-stdin"]
    assert run(monkeypatch, capsys, check, OTHER_PASSPHRASE + "\n")[0] == 3
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a register at all" * 100)
    assert (
        run(
            monkeypatch,
            capsys,
            ["check", "--register", str(foreign), "--passphrase-stdin"],
            PASSPHRASE + "\n",
        )[0]
        == 4
    )
    with RegisterLock(path):
        assert run(monkeypatch, capsys, check, PASSPHRASE + "\n")[0] == 5
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    with pytest.raises(SystemExit) as info:
        main(["check", "--no-such-option"])
    assert info.value.code == 2


def test_demo_register(monkeypatch, capsys, tmp_path):
    from livc_desktop.services.demo import DEMO_PASSPHRASE

    path = tmp_path / "demo.livc"
    code, out, _ = run(monkeypatch, capsys, ["demo", "--register", str(path)])
    assert code == 0 and DEMO_PASSPHRASE in out
    code, _, _ = run(
        monkeypatch,
        capsys,
        ["check", "--register", str(path), "--passphrase-stdin"],
        DEMO_PASSPHRASE + "\n",
    )
    assert code == 0


def test_module_entry_point_runs():
    result = subprocess.run(
        [sys.executable, "-m", "livc_desktop", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "livc-desktop" in result.stdout
