"""Reads for worker threads run on a second, read-only connection that never outlives
the register, whichever way the register closes, and a lock stops a running read."""

from __future__ import annotations

import threading
import time

import pytest

from livc_desktop.services.background import ReadCancelled

SLOW = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000)"
    " SELECT count(*) FROM n"
)


def test_a_read_runs_on_its_own_connection_and_sees_the_register(session):
    seen = session.read_in_background(lambda s: (s.register, s.profile().municipalities))
    reader, municipalities = seen
    assert reader is not session.register and reader.readonly
    assert municipalities == session.profile().municipalities
    # The same connection serves the next read.
    assert session.read_in_background(lambda s: s.register) is reader


def test_closing_the_register_by_any_path_closes_the_reader_first(session):
    reader = session.read_in_background(lambda s: s.register)
    session.register.close()  # not through the session (as a passphrase change does)
    assert reader.closed
    with pytest.raises(ReadCancelled):
        session.read_in_background(lambda s: s.profile())


def test_a_lock_stops_a_running_read_at_once(session):
    outcome: list[object] = []
    begun = threading.Event()

    def count(reader):  # type: ignore[no-untyped-def]
        begun.set()
        return reader.scalar(SLOW)  # many seconds, unless interrupted

    def work() -> None:
        try:
            outcome.append(session.background.run(count))
        except ReadCancelled:
            outcome.append("cancelled")

    thread = threading.Thread(target=work)
    thread.start()
    assert begun.wait(timeout=30)
    time.sleep(0.1)
    session.close()  # interrupts the count, waits for it to stop, closes both
    thread.join(timeout=60)
    assert outcome == ["cancelled"]
    assert not session.is_open
