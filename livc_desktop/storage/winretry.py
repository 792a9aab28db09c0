"""Windows: retry a file operation for a moment when another process holds the file open.

Antivirus scanners, the search indexer and backup agents open a file that was just written
for a fraction of a second, without FILE_SHARE_DELETE. Replacing it (os.replace) or
opening it then fails with ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33) or
ERROR_ACCESS_DENIED (5) although nothing is wrong; a short retry is what Windows programs
do. Only these Windows error codes are retried, and only on Windows: a lock held by
another LIVC Desktop (msvcrt.locking's EDEADLOCK, which carries no winerror) stays "busy",
and on POSIX a permission error is real and raised at once.

Where it belongs: storage.files.durable_replace (around os.replace) and
storage.lock.RegisterLock.acquire (around opening the lock file)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

ERROR_ACCESS_DENIED = 5
ERROR_SHARING_VIOLATION = 32
ERROR_LOCK_VIOLATION = 33
TRANSIENT_WINERRORS = frozenset(
    {ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION}
)

# About 2 s in all: longer than a scan of one file, short enough not to look hung.
DELAYS_S = (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8)


def is_transient_sharing_error(exc: OSError) -> bool:
    return getattr(exc, "winerror", None) in TRANSIENT_WINERRORS


def retry_on_sharing_violation(
    operation: Callable[[], T],
    *,
    windows: bool = os.name == "nt",
    delays: tuple[float, ...] = DELAYS_S,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run `operation`; on Windows, run it again after each delay while it fails with a
    sharing violation. The last error is raised unchanged when the delays are used up."""
    if not windows:
        return operation()
    for delay in delays:
        try:
            return operation()
        except OSError as exc:
            if not is_transient_sharing_error(exc):
                raise
        sleep(delay)
    return operation()


def replace_with_retry(src: os.PathLike[str] | str, dst: os.PathLike[str] | str) -> None:
    """os.replace(src, dst), retried on Windows sharing violations."""
    retry_on_sharing_violation(lambda: os.replace(src, dst))
