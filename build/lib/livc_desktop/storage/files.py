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


def write_atomic(target: Path, data: bytes) -> None:
    """Write `data` to `target` all or nothing: a private temporary file in the same folder,
    flushed and fsynced, then renamed over `target` (durably). On failure the previous
    `target` is untouched, the temporary file removed, and the OSError mapped to DiskFull /
    WriteFailed (so callers show the translated message, never "internal error")."""
    target = Path(target)
    part = target.with_name(f".{target.name}.{os.getpid()}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(part, flags, PRIVATE_FILE_MODE)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            make_private(part)
        except BaseException:
            remove_quietly(part)
            raise
    except OSError as exc:
        raise os_error(exc) from exc
    try:
        durable_replace(part, target)
    except BaseException:
        remove_quietly(part)
        raise


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def os_error(exc: OSError) -> DiskFull | WriteFailed:
    """Map an OSError to the error the user is told about (errno name only, no paths
    that could hold a person's name beyond what the user chose)."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFull(errno.errorcode.get(exc.errno or 0, "ENOSPC"))
    return WriteFailed(errno.errorcode.get(exc.errno or 0, type(exc).__name__))
