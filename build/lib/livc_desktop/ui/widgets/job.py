"""Run one long job (backup, restore, verify) in a worker thread and report back on the
GUI thread through signals. The job gets no Qt objects and must use its own database
connection: the GUI thread's connection is never touched from the worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Worker(QObject):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn = fn

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # reported to the GUI thread, which decides what to say
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Job(QObject):
    """`Job(fn).start()`; signals `succeeded(result)` / `failed(exception)` / `finished()`,
    all delivered on the thread that created the Job."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._worker = _Worker(fn)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.failed.connect(self._on_worker_failed)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._thread.start()

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.running = False
        self.finished.emit()

    def _on_worker_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    def _on_worker_failed(self, exc: object) -> None:
        self._finish()
        self.failed.emit(exc)
