"""`case export` and `case import` from a demo register to another cell's register."""

from __future__ import annotations

import io
import re
import sys

import pytest

from livc_desktop.cli import main
from livc_desktop.services import cases as cs
from livc_desktop.services import transfer as tr
from livc_desktop.services.demo import DEMO_PASSPHRASE, create_demo
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def run(monkeypatch, capsys, argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "register.livc"
    session = create_demo(path)
    session.close()
    return path


@pytest.fixture
def demo_case(demo_path):
    from livc_desktop.services import register as register_service

    session = register_service.unlock(demo_path, DEMO_PASSPHRASE)
    try:
        row = next(r for r in cs.list_cases(session) if r.flag and r.flag.value != "black")
        return row.code
    finally:
        session.close()


@pytest.fixture
def receiver(monkeypatch, capsys, tmp_path):
    path = tmp_path / "other" / "register.livc"
    argv = ["init", "--register", str(path), "--municipality", "Voorbeeldegem"]
    code, _, err = run(
        monkeypatch, capsys, [*argv, "--passphrase-stdin"], f"{PASSPHRASE}\n{PASSPHRASE}\n"
    )
    assert code == 0, err
    return path


def export_argv(register, code, out, *extra):
    return [
        "case", "export", "--register", str(register), "--case", code, "--out", str(out),
        "--legal-basis", "case_consultation", "--approved-on", "2026-01-10",
        "--approval-ref", "BGM/2026/3", "--email", "preventie@demostad.example",
        *extra, "--passphrase-stdin",
    ]  # fmt: skip


def test_export_then_import_from_a_demo_register(
    monkeypatch, capsys, tmp_path, demo_path, demo_case, receiver
):
    out = tmp_path / "pakket.livccase"
    code, stdout, err = run(
        monkeypatch, capsys, export_argv(demo_path, demo_case, out), DEMO_PASSPHRASE + "\n"
    )
    assert code == 0, err
    found = re.findall(r"[A-Z2-7]{5}(?:-[A-Z2-7]{5}){4}", stdout)
    assert len(found) == 1 and stdout.count(found[0]) == 1  # printed once
    secret = found[0]
    assert secret not in err and out.exists()
    assert DEMO_PASSPHRASE not in stdout + err

    imp = ["case", "import", "--register", str(receiver), "--file", str(out), "--passphrase-stdin"]
    code, stdout, err = run(monkeypatch, capsys, [*imp, "--preview"], f"{PASSPHRASE}\n{secret}\n")
    assert code == 0, err
    assert demo_case in stdout and "Demostad" in stdout
    code, stdout, err = run(monkeypatch, capsys, imp, f"{PASSPHRASE}\n{secret}\n")
    assert code == 0, err
    assert re.search(r"\b20\d\d-001\b", stdout.splitlines()[-1])
    # The same package again: refused with exit 1, nothing added.
    code, _, err = run(monkeypatch, capsys, imp, f"{PASSPHRASE}\n{secret}\n")
    assert code == 1 and "already" in err


def test_import_errors_have_their_exit_codes(
    monkeypatch, capsys, tmp_path, demo_path, demo_case, receiver
):
    out = tmp_path / "p.livccase"
    code, _, err = run(
        monkeypatch, capsys, export_argv(demo_path, demo_case, out), DEMO_PASSPHRASE + "\n"
    )
    assert code == 0, err
    imp = ["case", "import", "--register", str(receiver), "--passphrase-stdin", "--file"]
    # Wrong package passphrase: 3.
    code, _, err = run(
        monkeypatch, capsys, [*imp, str(out)], f"{PASSPHRASE}\n{tr.new_passphrase()}\n"
    )
    assert code == 3 and "not its passphrase" in err
    # Truncated, altered, foreign: 4.
    data = out.read_bytes()
    cut = tmp_path / "cut.livccase"
    cut.write_bytes(data[: len(data) // 2])
    assert run(monkeypatch, capsys, [*imp, str(cut)], f"{PASSPHRASE}\nX\n")[0] == 4
    bad = tmp_path / "bad.livccase"
    bad.write_bytes(data[:100] + bytes([data[100] ^ 1]) + data[101:])
    code, _, err = run(monkeypatch, capsys, [*imp, str(bad)], f"{PASSPHRASE}\nX\n")
    assert code == 4 and "changed or damaged" in err
    foreign = tmp_path / "notes.livccase"
    foreign.write_text("Beste collega, zie bijlage.")
    code, _, err = run(monkeypatch, capsys, [*imp, str(foreign)], f"{PASSPHRASE}\nX\n")
    assert code == 4 and "not a case transfer package" in err
    code, _, err = run(
        monkeypatch, capsys, [*imp, str(tmp_path / "nergens.livccase")], f"{PASSPHRASE}\nX\n"
    )
    assert code == 4 and "no package file" in err
    # Newer format: 9.
    newer = tmp_path / "newer.livccase"
    newer.write_bytes(tr.MAGIC + b"\x00\x07" + data[10:])
    assert run(monkeypatch, capsys, [*imp, str(newer)], f"{PASSPHRASE}\nX\n")[0] == 9
    # The register's own passphrase wrong: 3, before the package is looked at.
    assert run(monkeypatch, capsys, [*imp, str(out)], f"{OTHER_PASSPHRASE}\nX\n")[0] == 3


def test_export_usage_errors(monkeypatch, capsys, tmp_path, demo_path, demo_case):
    out = tmp_path / "p.livccase"
    code, _, err = run(
        monkeypatch, capsys, export_argv(demo_path, "1999-999", out), DEMO_PASSPHRASE + "\n"
    )
    assert code == 2 and "1999-999" in err and not out.exists()
    argv = export_argv(demo_path, demo_case, tmp_path / "p.pdf")
    assert run(monkeypatch, capsys, argv, DEMO_PASSPHRASE + "\n")[0] == 2
    argv = export_argv(demo_path, demo_case, out)
    argv[argv.index("2026-01-10")] = "10/01/2026"
    assert run(monkeypatch, capsys, argv, DEMO_PASSPHRASE + "\n")[0] == 2
    argv = export_argv(demo_path, demo_case, out)
    argv[argv.index("BGM/2026/3")] = "zie nota van Zoë"
    code, _, err = run(monkeypatch, capsys, argv, DEMO_PASSPHRASE + "\n")
    assert code == 2 and "reference" in err and not out.exists()
    argv = export_argv(demo_path, demo_case, out)
    del argv[argv.index("--email") : argv.index("--email") + 2]
    code, _, err = run(monkeypatch, capsys, argv, DEMO_PASSPHRASE + "\n")
    assert code == 2 and "e-mail address or phone number" in err and not out.exists()
    # The passphrase is never an argument.
    with pytest.raises(SystemExit):
        main(["case", "import", "--file", str(out), "--passphrase", "x"])
