"""`livc-desktop meetings` and `livc-desktop minutes` on a real register."""

from __future__ import annotations

import io
import sys

import pytest

from livc_desktop.cli import main
from livc_desktop.services import meetings as svc
from livc_desktop.storage import RegisterLock
from livc_desktop.ui.meeting_labels import document_labels
from tests.conftest import PASSPHRASE
from tests.fixtures.meetings import FakeCaseBridge, full_meeting, pdf_text


def _run(monkeypatch, capsys, *argv):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main([*argv, "--passphrase-stdin"])
    return code, capsys.readouterr()


@pytest.fixture
def register_with_meeting(session, register_path):
    bridge = FakeCaseBridge()
    svc.set_case_bridge(bridge)
    ids = full_meeting(session, bridge)
    expected = svc.minutes_pdf(session, ids["meeting"], document_labels("en"))
    session.close()
    # The bridge stays wired for the command line too (as at start-up in the program).
    yield register_path, ids, expected
    svc.set_case_bridge(None)


def test_meetings_lists_tab_separated(monkeypatch, capsys, register_with_meeting):
    path, ids, _ = register_with_meeting
    code, out = _run(monkeypatch, capsys, "meetings", "--register", str(path))
    assert code == 0
    assert out.out.splitlines() == [f"{ids['meeting']}\t2026-03-10\tintegrated\tplanned"]


def test_minutes_writes_the_same_pdf_as_the_gui(
    monkeypatch, capsys, register_with_meeting, tmp_path
):
    path, ids, expected = register_with_meeting
    out = tmp_path / "export" / "minutes.pdf"
    code, _ = _run(
        monkeypatch,
        capsys,
        "minutes",
        "--register",
        str(path),
        "--meeting",
        str(ids["meeting"]),
        "--out",
        str(out),
    )
    assert code == 0
    # Same content (creation stamps in the PDF differ): compare the extracted text.
    assert pdf_text(out.read_bytes()) == pdf_text(expected)
    assert "Testpersoon" not in "".join(pdf_text(out.read_bytes()))


@pytest.mark.slow
def test_minutes_unknown_meeting_and_busy_register(
    monkeypatch, capsys, register_with_meeting, tmp_path
):
    path, _, _ = register_with_meeting
    code, out = _run(
        monkeypatch,
        capsys,
        "minutes",
        "--register",
        str(path),
        "--meeting",
        "999",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 2 and "no such meeting" in out.err
    assert not (tmp_path / "x.pdf").exists()
    lock = RegisterLock(path)
    lock.acquire()
    try:
        import subprocess

        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "livc_desktop",
                "meetings",
                "--register",
                str(path),
                "--passphrase-stdin",
            ],
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 5
    finally:
        lock.release()
