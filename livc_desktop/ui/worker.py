"""Running slow work (key derivation, re-encryption) off the GUI thread.

`run_in_background(fn, on_done, on_failed)` runs `fn()` on the global QThreadPool and
delivers its result or exception back on the GUI thread, so the window never freezes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from livc_desktop.services.background import ReadCancelled

_running: set[_Job] = set()


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Receiver(QObject):
    """Created on the GUI thread; its slots run there (queued from the worker)."""

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_failed = on_failed

    @Slot(object)
    def deliver(self, result: object) -> None:
        self._on_done(result)

    @Slot(object)
    def fail(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self._on_failed(exc)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.relay = _Relay()
        self.receiver: _Receiver | None = None

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the GUI thread, which decides
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> None:
    job = _Job(fn)
    _running.add(job)

    def done(result: Any) -> None:
        _running.discard(job)
        on_done(result)

    def failed(exc: BaseException) -> None:
        _running.discard(job)
        on_failed(exc)

    job.receiver = _Receiver(done, failed)
    job.relay.finished.connect(job.receiver.deliver)
    job.relay.failed.connect(job.receiver.fail)
    QThreadPool.globalInstance().start(job)


def jobs_running() -> int:
    return len(_running)


class LatestRead:
    """One owner's background reads, of which only the newest counts: `run(fn, on_done)`
    runs `fn()` on the pool and calls `on_done(result)` on the GUI thread unless a newer
    run or `cancel()` came since, or `still_wanted()` says no (a lock came first). A lock
    that cancelled the read (ReadCancelled) is silent; another failure goes to `on_error`,
    or to the application's error handler. `loading` is True while the newest runs."""

    def __init__(self) -> None:
        self.loading = False
        self._generation = 0

    def cancel(self) -> None:
        self._generation += 1
        self.loading = False

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        still_wanted: Callable[[], bool],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True

        def done(result: Any) -> None:
            if generation == self._generation and still_wanted():
                self.loading = False
                on_done(result)

        def failed(exc: BaseException) -> None:
            if generation != self._generation or isinstance(exc, ReadCancelled):
                return
            self.loading = False
            if on_error is None:
                raise exc  # the application's error handler reports it
            on_error(exc)

        run_in_background(fn, done, failed)
