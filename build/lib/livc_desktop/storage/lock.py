"""One program instance per register: an OS lock on `<register>.lock`.

The OS drops the lock when the process dies, so a crash never leaves a stale lock.
The lock file holds no data."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from livc_desktop.domain.errors import RegisterBusy
from livc_desktop.storage.files import PRIVATE_FILE_MODE, ensure_private_dir, make_private


def lock_path_for(register_path: Path) -> Path:
    return register_path.with_name(register_path.name + ".lock")


class RegisterLock:
    def __init__(self, register_path: Path) -> None:
        self.path = lock_path_for(register_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        ensure_private_dir(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        try:
            _lock_fd(fd)
        except OSError as exc:
            os.close(fd)
            raise RegisterBusy(self.path.name) from exc
        make_private(self.path)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock_fd(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> RegisterLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
