"""Private files and folders, and durable renames."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from livc_desktop.domain.errors import DiskFull, WriteFailed

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> None:
    """Create the folder owner-only. An existing folder is tightened only if we made it
    (a user-chosen folder like a USB stick keeps its own permissions)."""
    if path.exists():
        return
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, PRIVATE_DIR_MODE)


def make_private(path: Path) -> None:
    if os.name == "posix" and path.exists():
        os.chmod(path, PRIVATE_FILE_MODE)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory fsync; os.replace is durable enough there.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def durable_replace(src: Path, dst: Path) -> None:
    """Atomically put `src` in the place of `dst` and make the rename itself durable."""
    try:
        os.replace(src, dst)
        fsync_dir(dst.parent)
    except OSError as exc:
        raise os_error(exc) from exc


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def os_error(exc: OSError) -> DiskFull | WriteFailed:
    """Map an OSError to the error the user is told about (errno name only, no paths
    that could hold a person's name beyond what the user chose)."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFull(errno.errorcode.get(exc.errno or 0, "ENOSPC"))
    return WriteFailed(errno.errorcode.get(exc.errno or 0, type(exc).__name__))
