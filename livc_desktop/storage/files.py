"""Private files and folders, and durable renames.

Every file the program creates beside the register, a backup or an export goes through
`claim_new` / `write_new` / `copy_new` / `write_atomic` / `open_lock_file`: created
exclusively and never through a link, so a link planted in a shared folder cannot make us
overwrite or chmod its target (POSIX: O_EXCL | O_NOFOLLOW; Windows: O_EXCL maps to
CREATE_NEW, which fails on any existing name, links included)."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from livc_desktop.domain.errors import DiskFull, UnsafeLink, WriteFailed
from livc_desktop.storage.winretry import replace_with_retry, retry_on_sharing_violation

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NEW_FILE_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | _NOFOLLOW
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def ensure_private_dir(path: Path) -> None:
    """Create the folder owner-only. An existing folder is tightened only if we made it
    (a user-chosen folder like a USB stick keeps its own permissions)."""
    if path.exists():
        return
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, PRIVATE_DIR_MODE)


def _refuse_unless_own_file(path: Path) -> bool:
    """True when `path` exists as a plain file with one name (a leftover of ours);
    UnsafeLink for a symbolic link, a hard link, a folder or a device; False if absent."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1 or _is_reparse_point(st):
        raise UnsafeLink(path.name)
    return True


def _is_reparse_point(st: os.stat_result) -> bool:
    # Windows junctions and symlinks are reparse points; lstat reports them as such.
    attrs = getattr(st, "st_file_attributes", 0)
    return bool(attrs & getattr(stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0))


def _create_exclusive(path: Path) -> int:
    """A new private file at `path`; never opens an existing name or follows a link."""
    try:
        fd = os.open(path, _NEW_FILE_FLAGS, PRIVATE_FILE_MODE)
    except FileExistsError as exc:
        raise UnsafeLink(path.name) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnsafeLink(path.name) from exc
        raise
    if os.name == "posix":
        os.fchmod(fd, PRIVATE_FILE_MODE)  # on the open file: nothing else can be hit
    return fd


def claim_new(path: Path, *, replace_stale: bool = True) -> int:
    """Create `path` as a new, empty, owner-only file and return its open descriptor.
    A stale plain file of ours is removed first (`replace_stale`); a link or anything
    else in its place is refused with UnsafeLink and left untouched."""
    path = Path(path)
    if _refuse_unless_own_file(path):
        if not replace_stale:
            raise UnsafeLink(path.name)
        remove_quietly(path)
    return _create_exclusive(path)


def claim_empty(path: Path) -> None:
    """Create `path` empty for a library (SQLite) that opens it by name afterwards."""
    try:
        os.close(claim_new(path))
    except OSError as exc:
        raise os_error(exc) from exc


def write_new(path: Path, data: bytes) -> None:
    """Write `data` into a newly created `path` (see claim_new), flushed and fsynced.
    On failure the partial file is removed and the OSError mapped."""
    path = Path(path)
    try:
        fd = claim_new(path)
    except OSError as exc:
        raise os_error(exc) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        remove_quietly(path)
        raise os_error(exc) from exc
    except BaseException:
        remove_quietly(path)
        raise


def copy_new(src: Path, dst: Path) -> None:
    """Copy `src` into a newly created `dst` (see claim_new), fsynced."""
    dst = Path(dst)
    try:
        fd = claim_new(dst)
    except OSError as exc:
        raise os_error(exc) from exc
    try:
        with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
            for block in iter(lambda: fin.read(1 << 20), b""):
                fout.write(block)
            fout.flush()
            os.fsync(fout.fileno())
    except OSError as exc:
        remove_quietly(dst)
        raise os_error(exc) from exc
    except BaseException:
        remove_quietly(dst)
        raise


def copy_new_all(pairs: list[tuple[Path, Path]]) -> None:
    """`copy_new` each (source, copy), then make the new names durable: all or nothing
    (a failure removes the copies made and maps the OSError)."""
    made: list[Path] = []
    try:
        for src, dst in pairs:
            copy_new(src, dst)
            made.append(Path(dst))
        if made:
            fsync_dir(made[0].parent)
    except BaseException as exc:
        for path in made:
            remove_quietly(path)
        if isinstance(exc, OSError):
            raise os_error(exc) from exc
        raise


def open_lock_file(path: Path) -> int:
    """Open (creating if needed) a lock file that is ours: a plain file with one name.
    A link or anything else there is refused rather than opened, so locking never
    changes another file's mode or contents."""
    path = Path(path)
    try:
        return _create_exclusive(path)
    except UnsafeLink:
        pass  # the name exists: accept it only if it is our own plain file
    _refuse_unless_own_file(path)  # the only check Windows gets (it has no O_NOFOLLOW)
    try:
        fd = retry_on_sharing_violation(
            lambda: os.open(path, os.O_RDWR | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
        )
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # swapped for a link since the check
            raise UnsafeLink(path.name) from exc
        raise
    st = os.fstat(fd)
    try:
        if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
            raise UnsafeLink(path.name)
    except BaseException:
        os.close(fd)
        raise
    return fd


def make_private(path: Path) -> None:
    """Owner-only mode for a file the program made; a link there is refused, not followed."""
    if os.name != "posix" or not os.path.lexists(path):
        return
    if not _refuse_unless_own_file(Path(path)):
        return
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | os.O_NONBLOCK)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)


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
        replace_with_retry(src, dst)
        fsync_dir(dst.parent)
    except OSError as exc:
        raise os_error(exc) from exc


def write_atomic(target: Path, data: bytes, *, part: Path | None = None) -> None:
    """Write `data` to `target` all or nothing: a private temporary file in the same folder
    (`part`, by default a hidden name with the process id), flushed and fsynced, then
    renamed over `target` (durably). On failure the previous `target` is untouched, the
    temporary file removed, and the OSError mapped to DiskFull / WriteFailed (so callers
    show the translated message, never "internal error")."""
    target = Path(target)
    if os.path.islink(target):
        # Replacing it would be harmless to its target, but the user meant the target.
        raise UnsafeLink(target.name)
    part = part or target.with_name(f".{target.name}.{os.getpid()}.part")
    write_new(part, data)
    install_file(part, target, synced=True)


def install_file(finished: Path, target: Path, *, synced: bool = False) -> None:
    """Put the finished file `finished` (in `target`'s folder) in the place of `target`,
    durably: its data fsynced (unless `synced` says it already is), then an atomic rename
    made durable itself. On failure `finished` is removed, `target` is as it was and the
    OSError is mapped to DiskFull / WriteFailed. Every durable write ends here."""
    try:
        if not synced:
            fsync_file(finished)
        durable_replace(finished, target)
    except OSError as exc:
        remove_quietly(finished)
        raise os_error(exc) from exc
    except BaseException:
        remove_quietly(finished)
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
