"""What a failed file or SQLite operation was, as the user is told it: no space left, a
read-only medium, no permission, or a failed write."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from livc_desktop.domain.errors import DiskFull, LivcError, NoPermission, ReadOnlyLocation
from livc_desktop.storage.files import os_error

_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 3, 8, 10, 13, 14


def os_failure(exc: OSError) -> LivcError:
    """An OSError as the failure the user is told about: no space, read-only medium, no
    permission; anything else as a failed write."""
    if exc.errno == errno.EROFS:
        return ReadOnlyLocation("EROFS")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return NoPermission(errno.errorcode.get(exc.errno or 0, ""))
    return os_error(exc)


def sqlite_failure(exc: BaseException, path: Path) -> LivcError | None:
    """The disk-side failure behind a SQLite error (full, read-only, no permission), or
    None when the error is about the file's content or key."""
    code = int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(exc).lower()
    if code == _SQLITE_FULL or "disk is full" in text:
        return DiskFull("ENOSPC")
    if code == _SQLITE_READONLY or "readonly" in text:
        return _folder_failure(path) or ReadOnlyLocation("readonly")
    if code in (_SQLITE_PERM, _SQLITE_CANTOPEN, _SQLITE_IOERR):
        folder = _folder_failure(path)
        if folder is not None:
            return folder
        if code == _SQLITE_IOERR:
            return os_error(OSError(errno.EIO, "I/O error"))
        return NoPermission("cantopen")
    return None


def _folder_failure(path: Path) -> LivcError | None:
    """Why files cannot be created beside `path`, if they cannot: no space, read-only
    medium, no permission."""
    folder = Path(path).parent
    with contextlib.suppress(OSError, AttributeError):
        stats = os.statvfs(folder)
        if stats.f_flag & getattr(os, "ST_RDONLY", 1):
            return ReadOnlyLocation("EROFS")
        if stats.f_bavail == 0:
            return DiskFull("ENOSPC")
    if not os.access(folder, os.W_OK):
        return NoPermission("EACCES")
    if not os.access(path, os.R_OK):
        return NoPermission("EACCES")
    return None
