"""Reads done off the GUI thread, on a second connection to the open register.

A list that grows with the register shows its first screen from the GUI thread's own
connection at once and leaves the rest (every matching id, the count) to a worker thread:
`session.background.run(fn)` runs `fn(reader)` there on a read-only connection keyed with
the register's raw key (no second key derivation). One statement at a time; closing the
session interrupts a running one and waits for it to stop before the register closes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from livc_desktop.storage import Register

T = TypeVar("T")


class ReadCancelled(Exception):
    """The session closed (a lock) while or before the read ran: nobody wants its result."""


class BackgroundReads:
    def __init__(self, register: Register) -> None:
        self._register = register
        self._reader: Register | None = None
        self._lock = threading.Lock()
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def run(self, fn: Callable[[Register], T]) -> T:
        """`fn(reader)` on this thread (a worker's), on the second connection, opened on
        first use. Raises ReadCancelled once the session is closing or closed. Without a
        raw key (never for a register opened by the program) it reads on the register's
        own connection: correct, only not off the GUI thread's connection."""
        with self._lock:
            if self._closed or self._register.closed:
                raise ReadCancelled
            if self._reader is None:
                self._reader = self._register.open_reader() or self._register
                if self._reader is not self._register:
                    # However the register closes (a lock, a passphrase change), this
                    # connection closes first.
                    self._register.before_close(self.close)
            try:
                return fn(self._reader)
            except Exception as exc:
                if self._closed:
                    raise ReadCancelled from exc
                raise

    def close(self) -> None:
        """Stops a running read (it raises ReadCancelled in its thread), waits for it,
        closes the second connection. Safe to call twice."""
        self._closed = True
        reader = self._reader
        if reader is not None and reader is not self._register:
            reader.interrupt()
        with self._lock:
            if self._reader is not None and self._reader is not self._register:
                self._reader.close()
            self._reader = None


__all__ = ["BackgroundReads", "ReadCancelled"]
