"""A crash while typing in meeting mode loses at most the last keystrokes: every autosave is
its own committed transaction, so a process killed right after one keeps it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from livc_desktop.services import meetings as svc
from livc_desktop.services import register as register_service
from livc_desktop.storage import connection
from tests.conftest import PASSPHRASE
from tests.fixtures.meetings import FakeCaseBridge, full_meeting


@pytest.mark.slow
def test_autosaved_text_survives_a_hard_exit(session, register_path):
    bridge = FakeCaseBridge()
    svc.set_case_bridge(bridge)
    try:
        ids = full_meeting(session, bridge)
    finally:
        svc.set_case_bridge(None)
    note = svc.add_note(session, ids["general"])
    session.close()
    script = textwrap.dedent(
        f"""
        import os, sys
        from livc_desktop.services import register, meetings
        from livc_desktop.storage import connection
        connection.KDF_ITER_MIN = {connection.KDF_ITER_MIN}  # the suite's lowered floor
        s = register.unlock({str(register_path)!r}, sys.stdin.readline().rstrip("\\n"))
        text = ""
        for word in "dit is wat er gezegd werd tot de stroom uitviel".split():
            text += word + " "
            meetings.save_note_text(s, {note}, text)
        os._exit(9)  # no close, no checkpoint: as a power cut
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 9, result.stderr
    reopened = register_service.unlock(register_path, PASSPHRASE)
    try:
        texts = [n.text for n in svc.notes_of_item(reopened, ids["general"]) if n.id == note]
        assert texts == ["dit is wat er gezegd werd tot de stroom uitviel "]
    finally:
        reopened.close()
