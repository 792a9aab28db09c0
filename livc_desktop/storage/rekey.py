"""Change the passphrase by exporting to a new file and swapping it into place.

SQLCipher's in-place rekey rewrites every page inside one transaction; an export gives the
same safety with a fresh salt and lets us verify the copy before it replaces anything.
At every step a crash leaves either the old register (old passphrase) or the new one (new
passphrase) intact at the register's path, never neither:

  export   -> <register>.rekey holds the copy; the register is untouched
  verify   -> the copy is reopened with the new key and checked; `before_swap` writes
              into it (the access-trail entry), so the swapped-in file already says so
  sync     -> the copy is fsync'ed
  close    -> the live connection is checkpointed and closed (no WAL left behind)
  swap     -> the KDF sidecar is written, then os.replace(copy, register): atomic;
              then the folder is fsync'ed
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from livc_desktop.domain.errors import RegisterDamaged
from livc_desktop.storage import connection
from livc_desktop.storage.connection import (
    Register,
    open_register,
    side_files,
    write_params,
)
from livc_desktop.storage.files import claim_empty, fsync_file, install_file, remove_quietly
from livc_desktop.storage.lock import leftover_path, refresh_held

STEPS = ("export", "verify", "sync", "close", "swap")

Hook = Callable[[str], None]
CopyHook = Callable[[Register], None]


def rekey_path(path: Path) -> Path:
    return leftover_path(path, ".rekey")


def change_key(
    register: Register,
    new_key: bytes,
    *,
    before_step: Hook | None = None,
    before_swap: CopyHook | None = None,
) -> Register:
    """Return the register reopened under `new_key`. `register` is closed on success.
    `before_step(name)` is called before each step (tests raise there to simulate a crash);
    `before_swap(copy)` may write into the verified copy before it replaces the register."""

    def step(name: str) -> None:
        if before_step is not None:
            before_step(name)

    path = register.path
    copy = rekey_path(path)
    counts = register.table_counts()
    try:
        step("export")
        # Our own new empty file: a link planted under the copy's name is refused.
        claim_empty(copy)
        register.export_to(copy, new_key)
        step("verify")
        check = open_register(copy, new_key, migrate=False)
        try:
            if check.integrity_problems() or check.table_counts() != counts:
                raise RegisterDamaged("rekey_verify")
            if before_swap is not None:
                before_swap(check)
        finally:
            check.close()
        for side in side_files(copy):
            remove_quietly(side)
        step("sync")
        fsync_file(copy)
    except BaseException:
        for stale in [copy, *side_files(copy)]:
            remove_quietly(stale)
        raise
    step("close")
    register.close()
    leftovers = [p for p in side_files(path) if p.exists() and p.stat().st_size > 0]
    if leftovers:
        # An un-checkpointed WAL under the old key must never meet the new file.
        remove_quietly(copy)
        raise RegisterDamaged("wal_not_checkpointed")
    step("swap")
    for side in side_files(path):
        remove_quietly(side)
    # The sidecar first: until the rename, the old file still opens through the fallback
    # candidates of `kdf_candidates`.
    write_params(path, connection.KDF_ITER)
    install_file(copy, path, synced=True)
    refresh_held(path)
    return open_register(path, new_key)
