"""One program instance per register, whatever name it is reached by.

Two OS locks, both dropped by the OS when the process dies (a crash never leaves a stale
lock; the lock files hold no data):

- the path lock on `<real path>.lock`: symbolic links, `..` and other spellings of the path
  resolve to the same real path, hence the same lock file; it exists before the register
  does (creating a register) and survives the register being swapped by a restore;
- the identity lock on `<data dir>/locks/<st_dev>-<st_ino>.lock`: a hard link gives a
  register a second real path, but never a second file identity.

Lock files are opened through `files.open_lock_file`, which refuses a link planted in
their place instead of following it. Whoever takes the lock also removes the copies an
interrupted restore or passphrase change left beside the register: the register's path
always holds a whole register, so they are never needed."""

from __future__ import annotations

import contextlib
import os
import weakref
from pathlib import Path
from types import TracebackType

import platformdirs

from livc_desktop import APP_ID
from livc_desktop.domain.errors import LivcError, RegisterBusy
from livc_desktop.storage.files import ensure_private_dir, open_lock_file, remove_quietly

# Work copies beside the register (restore, passphrase change); SQLite's side files too.
LEFTOVER_SUFFIXES = (".restoring", ".rekey")
_SIDE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def leftover_path(register_path: Path, suffix: str) -> Path:
    return register_path.with_name(register_path.name + suffix)


def remove_leftovers(register_path: Path) -> None:
    for base in {Path(register_path), resolved(register_path)}:
        for suffix in LEFTOVER_SUFFIXES:
            copy = leftover_path(base, suffix)
            for side in _SIDE_SUFFIXES:
                remove_quietly(copy.with_name(copy.name + side))


def resolved(register_path: Path) -> Path:
    """The register's real path: links in the file name and its folders followed."""
    return Path(os.path.realpath(register_path))


def lock_path_for(register_path: Path) -> Path:
    real = resolved(register_path)
    return real.with_name(real.name + ".lock")


def identity_lock_dir() -> Path:
    # Per user and non-roaming, like the register's default folder.
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False)) / "locks"


def identity_lock_path(register_path: Path, folder: Path | None = None) -> Path | None:
    """None while no file exists at `register_path` (creating a register), or when the
    file system reports no file number."""
    try:
        st = os.stat(register_path)
    except FileNotFoundError:
        return None
    if not st.st_ino:
        return None  # some network file systems give no file number: the path lock remains
    return (folder or identity_lock_dir()) / f"{st.st_dev}-{st.st_ino}.lock"


# The locks this process holds, by lock file: a swap (restore, passphrase change, creation)
# moves the identity lock to the new file without the caller having to pass the lock along.
_HELD: weakref.WeakValueDictionary[Path, RegisterLock] = weakref.WeakValueDictionary()


def refresh_held(register_path: Path) -> None:
    """After a new file took the register's place: move this process's identity lock to it.
    Never fails the swap that already happened."""
    held = _HELD.get(lock_path_for(register_path))
    if held is not None:
        with contextlib.suppress(LivcError, OSError):
            held.refresh()


class RegisterLock:
    def __init__(self, register_path: Path, *, identity_dir: Path | None = None) -> None:
        self.register_path = Path(register_path)
        self.path = lock_path_for(self.register_path)
        self._identity_dir = identity_dir
        self._fd: int | None = None
        self._identity: tuple[Path, int] | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        ensure_private_dir(self.path.parent)
        self._fd = _lock_file(self.path, remove_on_race=False)
        try:
            self.refresh()
            remove_leftovers(self.register_path)
        except BaseException:
            self.release()
            raise
        _HELD[self.path] = self

    def refresh(self) -> None:
        """Take the identity lock of the file now at the register's path (after creating
        the register, or after a restore or passphrase change swapped in a new file)."""
        if self._fd is None:
            return
        target = identity_lock_path(self.register_path, self._identity_dir)
        if self._identity is not None and self._identity[0] == target:
            # The same (device, file number) can come back for a new file once the old one
            # is gone; the lock file is still ours and still locked, so nothing to do.
            return
        self._drop_identity()
        if target is None:
            return
        ensure_private_dir(target.parent)
        self._identity = (target, _lock_file(target, remove_on_race=True))

    def _drop_identity(self) -> None:
        if self._identity is None:
            return
        path, fd = self._identity
        self._identity = None
        # Unlinked while still locked: a process that opened the old name re-checks the
        # name after locking (see _lock_file) and starts over, so two never share it.
        with contextlib.suppress(OSError):
            remove_quietly(path)
        _release_fd(fd)

    def release(self) -> None:
        self._drop_identity()
        if self._fd is None:
            return
        if _HELD.get(self.path) is self:
            del _HELD[self.path]
        fd, self._fd = self._fd, None
        _release_fd(fd)

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


def _lock_file(path: Path, *, remove_on_race: bool) -> int:
    """Open and lock `path`; RegisterBusy when another holder has it. With
    `remove_on_race`, the holder removes the file on release, so the name is re-checked
    after locking to be sure the lock is on the file that still bears it."""
    for _attempt in range(20):
        fd = open_lock_file(path)
        try:
            _lock_fd(fd)
        except OSError as exc:
            os.close(fd)
            raise RegisterBusy(path.name) from exc
        if not remove_on_race or _same_file(path, fd):
            return fd
        _release_fd(fd)
    raise RegisterBusy(path.name)


def _same_file(path: Path, fd: int) -> bool:
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def _release_fd(fd: int) -> None:
    try:
        _unlock_fd(fd)
    finally:
        os.close(fd)


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
