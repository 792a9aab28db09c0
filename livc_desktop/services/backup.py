"""Backups: make, verify, restore, rotate; the status bar's "last good backup".

Make: a verified SQLCipher export into `<name>.partial` in the destination folder, fsync'ed
and renamed into place, then the manifest beside it (written the same way). Verify reads
the backup without changing it. Restore checks everything first, copies the backup next to
the register (migrating an older schema forward on the copy), keeps the current register as
a safety copy and swaps atomically: at every moment the register's path holds either the
old or the new register, never neither.

The manifest (no personal data) is what tells "damaged" from "wrong passphrase": SQLCipher
says "file is not a database" for both, but only damage changes the file's SHA-256."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import time
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from livc_desktop import __version__
from livc_desktop.domain import audit as audit_rules
from livc_desktop.domain import passphrase as pp
from livc_desktop.domain.backup import (
    MANIFEST_FORMAT_VERSION,
    PARTIAL_SUFFIX,
    PROTECTION_REGISTER,
    PROTECTION_SEPARATE,
    BackupInfo,
    BackupManifest,
    BackupSettings,
    BackupStatus,
    KdfParams,
    backup_name,
    backup_status,
    is_backup_name,
    manifest_name,
    rotation_victims,
    seal_matches,
)
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import (
    BackupDamaged,
    BackupEmpty,
    BackupManifestAltered,
    BackupMissing,
    BackupTooNew,
    BackupTruncated,
    BackupUnreadable,
    BackupWrongPassphrase,
    LivcError,
    NotABackup,
    RegisterDamaged,
    ValidationError,
)
from livc_desktop.services.audit import now_iso
from livc_desktop.services.backup_seal import SealMaterial, seal_key
from livc_desktop.services.session import Session
from livc_desktop.storage import backup as store
from livc_desktop.storage import connection, migrations
from livc_desktop.storage.audit_repo import AuditRepository
from livc_desktop.storage.connection import Register, open_register, side_files, write_params
from livc_desktop.storage.files import (
    copy_new_all,
    ensure_private_dir,
    fsync_file,
    install_file,
    os_error,
    remove_quietly,
    write_atomic,
)
from livc_desktop.storage.lock import leftover_path, refresh_held

SETTINGS_KEY = "backup.settings"
LAST_GOOD_KEY = "backup.last_good"
RESTORE_STEPS = ("check", "copy", "migrate", "verify", "sync", "safety_copy", "swap")

Hook = Callable[[str], None]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: BackupManifest


# -- making a backup ------------------------------------------------------------------------
file_sha256 = store.file_sha256


def manifest_path(backup: Path) -> Path:
    return backup.with_name(manifest_name(backup.name))


def _unique_target(folder: Path, created: datetime) -> Path:
    serial = 0
    while True:
        candidate = folder / backup_name(created, serial)
        # lexists: a dangling link under a name also makes the name taken.
        if not os.path.lexists(candidate) and not os.path.lexists(manifest_path(candidate)):
            return candidate
        serial += 1


def _write_json_durably(target: Path, data: dict[str, object]) -> None:
    body = (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")
    write_atomic(target, body, part=target.with_name(target.name + PARTIAL_SUFFIX))


_seals: weakref.WeakKeyDictionary[Session, SealMaterial] = weakref.WeakKeyDictionary()


def prepare_seal(session: Session, passphrase: str) -> None:
    """Call right after unlocking, on the thread that opened the session: when automatic
    backups are on, start deriving their manifest sealing key (one key derivation, in a
    background thread, so unlocking does not wait for it). Forgotten when the session
    closes."""
    if session.register.readonly or not settings(session).automatic:
        return
    _seals[session] = SealMaterial(passphrase)

    def forget() -> None:
        _seals.pop(session, None)

    session.on_close(forget)


def create_backup(
    register: Register,
    folder: Path,
    *,
    passphrase: str | None = None,
    now: datetime | None = None,
    register_passphrase: str | None = None,
    seal: tuple[bytes, bytes] | None = None,
) -> BackupResult:
    """Write a verified backup of `register` into `folder`. `passphrase=None` protects it
    with the register's own passphrase (no need to type it); a separate backup passphrase
    otherwise. The manifest is sealed with the protecting passphrase when it is at hand
    (`register_passphrase` for a backup under the register's own one), or with `seal`
    (derived key, salt) prepared at unlock; without either, an unsealed manifest.
    Uses `register`'s connection: call from the one thread that owns it."""
    folder = Path(folder)
    if not folder.is_dir():
        try:
            ensure_private_dir(folder)
        except OSError as exc:  # a pulled USB stick, a file where the folder should be
            raise os_error(exc) from exc
    created = (now or datetime.now()).replace(microsecond=0)
    target = _unique_target(folder, created)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    if passphrase is None:
        key: bytes | None = None
        kdf_iter = store.register_kdf_iter(register)
        protection = PROTECTION_REGISTER
    else:
        key = pp.to_key(passphrase)
        kdf_iter = connection.KDF_ITER
        protection = PROTECTION_SEPARATE
    sealing = passphrase if passphrase is not None else register_passphrase
    # The sealing key's derivation runs beside the copy (both let go of the interpreter).
    sealer = SealMaterial(sealing) if sealing else None
    exported = store.export_verified(register, partial, key, kdf_iter)
    try:
        size = partial.stat().st_size
    except OSError as exc:
        remove_quietly(partial)
        raise os_error(exc) from exc
    install_file(partial, target, synced=True)  # export_verified synced it
    manifest = BackupManifest(
        program_version=__version__,
        schema_version=register.schema_version,
        created=created.isoformat(),
        file_name=target.name,
        size=size,
        sha256=exported.sha256,
        tables=exported.counts,
        kdf=KdfParams(kdf_iter=kdf_iter),
        protection=protection,
        trail_head=_trail_head(register),
    )
    if sealer is not None:
        manifest = manifest.sealed_with(*sealer.get())
    elif seal is not None and passphrase is None:
        manifest = manifest.sealed_with(seal[0], seal[1])
    else:
        # No passphrase at hand and no key prepared at unlock: the older, unsealed format,
        # whose manifest is checked against the file but not authenticated.
        manifest = dataclasses.replace(manifest, format_version=1)
    try:
        _write_json_durably(manifest_path(target), manifest.to_dict())
    except BaseException:
        remove_quietly(target)
        raise
    return BackupResult(target, manifest)


def _trail_head(register: Register) -> str:
    if "audit_entry" not in register.table_names():
        return ""
    return AuditRepository(register).head()


def make_backup(
    session: Session,
    folder: Path,
    *,
    passphrase: str | None = None,
    repeated: str | None = None,
    register_passphrase: str | None = None,
) -> BackupResult:
    """The use case behind "Make backup": validates a separate passphrase, writes the
    backup, remembers it as the last good one and records it in the trail."""
    if passphrase is not None:
        _check_new_passphrase(session, passphrase, repeated)
    result = create_backup(
        session.register, folder, passphrase=passphrase, register_passphrase=register_passphrase
    )
    after_backup(session, result)
    return result


def _check_new_passphrase(session: Session, passphrase: str, repeated: str | None) -> None:
    """A separate backup passphrase obeys the register's rules, the cell's names included."""
    again = passphrase if repeated is None else repeated
    found = pp.problems(passphrase, again, session.profile().names())
    if found:
        raise ValidationError(found)


def after_backup(session: Session, result: BackupResult) -> None:
    """Remember a backup made (possibly by a worker with its own connection) and record it.
    Call on the thread that owns `session`."""
    session.settings.set(
        LAST_GOOD_KEY,
        {"created": result.manifest.created, "file": result.path.name},
    )
    session.record(
        ChangeKind.EXPORT_BACKUP,
        destination=result.path.parent.name,
        file=result.path.name,
        protection=result.manifest.protection,
    )
    # Beside the register too (not secret): a register too damaged to open can still
    # name the backup to restore.
    with contextlib.suppress(LivcError):
        connection.record_last_backup(session.path, result.manifest.created)


def create_backup_from_file(
    register_path: Path,
    register_passphrase: str,
    folder: Path,
    *,
    backup_passphrase: str | None = None,
    repeated: str | None = None,
) -> BackupResult:
    """For a worker thread: its own connection to the register (proving the passphrase),
    so the GUI thread's connection is never shared. The GUI then calls `after_backup`."""
    register = open_register(Path(register_path), pp.to_key(register_passphrase), migrate=False)
    try:
        if backup_passphrase is not None:
            _check_new_passphrase(Session(register), backup_passphrase, repeated)
        return create_backup(
            register,
            folder,
            passphrase=backup_passphrase,
            register_passphrase=register_passphrase,
        )
    finally:
        register.close()


# -- settings, rotation, status --------------------------------------------------------------
def settings(session: Session) -> BackupSettings:
    return BackupSettings.from_dict(session.settings.get(SETTINGS_KEY))


def save_settings(session: Session, value: BackupSettings) -> None:
    found = value.problems()
    if found:
        raise ValidationError(found)
    session.settings.set(SETTINGS_KEY, value.to_dict())


def rotate(folder: Path, keep: int) -> list[str]:
    """Delete our own backups (file and manifest) beyond the newest `keep`, and stale
    partial files of ours. Returns the names removed."""
    folder = Path(folder)
    # Links are not ours to delete, even under one of our names.
    names = [p.name for p in folder.iterdir() if p.is_file() and not p.is_symlink()]
    removed: list[str] = []
    for name in rotation_victims(names, keep):
        remove_quietly(folder / name)
        remove_quietly(folder / manifest_name(name))
        removed.append(name)
    for name in names:
        stem = name.removesuffix(PARTIAL_SUFFIX)
        if name.endswith(PARTIAL_SUFFIX) and is_backup_name(stem.removesuffix(".json")):
            remove_quietly(folder / name)
    return removed


def automatic_backup(session: Session, *, now: datetime | None = None) -> BackupResult | None:
    """If automatic backups are on: one backup into the configured folder (under the
    register's passphrase), then rotation. None when switched off."""
    conf = settings(session)
    if not conf.automatic or not conf.folder:
        return None
    # Every lock would otherwise add a backup, and rotation would soon keep only the
    # last hours: one automatic backup a day is enough to lose at most a day.
    last = status(session, now).last_created
    today = (now or datetime.now()).date()
    if (
        last is not None
        and last.date() == today
        and any(is_backup_name(p.name) for p in Path(conf.folder).glob("*") if p.is_file())
    ):
        return None
    material = _seals.get(session)
    seal = material.get() if material is not None else None
    result = create_backup(session.register, Path(conf.folder), now=now, seal=seal)
    after_backup(session, result)
    rotate(Path(conf.folder), conf.keep)
    return result


def status(session: Session, now: datetime | None = None) -> BackupStatus:
    last = session.settings.get(LAST_GOOD_KEY)
    created: datetime | None = None
    if isinstance(last, dict):
        try:
            created = datetime.fromisoformat(str(last.get("created", "")))
        except ValueError:
            created = None
    return backup_status(created, now or datetime.now(), settings(session).max_age_days)


# -- reading a backup ------------------------------------------------------------------------
def read_manifest(backup: Path) -> BackupManifest | None:
    """None when there is no manifest; NotABackup when the file beside it is not one of
    ours; BackupManifestAltered when it is ours but no longer readable as such."""
    path = manifest_path(backup)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BackupManifestAltered("unreadable") from exc
    try:
        return BackupManifest.from_dict(data)
    except ValueError as exc:
        if isinstance(data, dict) and {"sha256", "file"} & set(data):
            raise BackupManifestAltered("fields") from exc
        raise NotABackup("manifest") from exc


def _precheck(backup: Path) -> BackupManifest | None:
    """What can be told without the passphrase: the file is there, not empty, not plain."""
    backup = Path(backup)
    if not backup.is_file():
        raise BackupMissing(backup.name)
    size = backup.stat().st_size
    if size == 0:
        raise BackupEmpty()
    if store.is_plain_sqlite(backup):
        raise NotABackup("plaintext")
    return read_manifest(backup)


def _check_bytes(backup: Path, manifest: BackupManifest, digest: Future[str] | None) -> None:
    """Size and SHA-256 (computed in `digest`, or now) against the manifest; too new is
    refused."""
    if (
        manifest.format_version > MANIFEST_FORMAT_VERSION
        or manifest.schema_version > migrations.LATEST_VERSION
    ):
        raise BackupTooNew(str(manifest.schema_version))
    size = backup.stat().st_size
    if size < manifest.size:
        raise BackupTruncated(f"{size}<{manifest.size}")
    found = digest.result() if digest is not None else file_sha256(backup)
    if size != manifest.size or found != manifest.sha256:
        raise BackupDamaged("sha256")


def _try_open(
    backup: Path, key: bytes, candidates: list[int], *, with_hashes: bool
) -> tuple[store.BackupContents, int] | None:
    """Open with each count in turn. `key` is the passphrase's (SQLCipher derives it, with
    less CPU than hashlib here) or, for a sealed manifest, the file's raw key, derived
    beside the seal's: then the pages are checked on a second connection while the rows
    are counted."""
    for kdf_iter in candidates:
        try:
            return store.read_backup(backup, key, kdf_iter, with_hashes=with_hashes), kdf_iter
        except Exception as exc:
            if not store.is_database_error(exc):
                raise
    return None


def _candidates(manifest: BackupManifest | None, backup: Path) -> list[int]:
    found: list[int] = []
    stated = manifest.kdf.kdf_iter if manifest else None
    # A count stated in a plain file is used only within bounds (an edited count must not
    # make the check hang for hours).
    for value in (stated, *connection.kdf_candidates(backup)):
        if connection.kdf_iter_in_bounds(value) and value not in found:
            found.append(int(value))  # type: ignore[arg-type]
    return found


def _file_key(backup: Path, key: bytes, kdf_iter: int) -> bytes:
    """The backup's raw key for `kdf_iter` (the passphrase itself for a file too short to
    hold a salt: it fails to open all the same)."""
    salt = bytes.fromhex(connection.file_salt(backup))
    return connection.derive_keyspec(key, salt, kdf_iter) if len(salt) == 16 else key


def _open_contents(
    backup: Path, passphrase: str, manifest: BackupManifest | None, *, with_hashes: bool = False
) -> tuple[store.BackupContents, int, bool]:
    """Open the backup read-only; return its contents, the count that opened it and whether
    the manifest's seal was proven. Every failure is named for what it is."""
    key = pp.to_key(passphrase)
    if not key:
        raise BackupWrongPassphrase("empty")
    # The file's SHA-256 and the key derivations run side by side: hashlib and SQLite let
    # go of the interpreter, so on two cores each costs no more than the longest.
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="backup-verify") as pool:
        digest = pool.submit(file_sha256, backup) if manifest is not None else None
        if manifest is not None and manifest.sealed:
            try:
                salt = bytes.fromhex(manifest.seal_salt)
            except ValueError:
                salt = b""
            stated = manifest.kdf.kdf_iter
            # Derived on the chance that the seal holds; never used unless it does.
            file_key = (
                pool.submit(_file_key, backup, key, stated)
                if connection.kdf_iter_in_bounds(stated)
                else None
            )
            key_ok, seal_ok = seal_matches(manifest, seal_key(key, salt))
            if seal_ok:
                # The manifest is exactly as written and the passphrase is the one that
                # sealed it: from here on every mismatch is damage.
                _check_bytes(backup, manifest, digest)
                if file_key is None:
                    raise BackupManifestAltered("kdf_iter")
                opened = _try_open(backup, file_key.result(), [stated], with_hashes=with_hashes)
                if opened is None:
                    raise BackupDamaged("page1")
                return opened[0], opened[1], True
            opened = _try_open(backup, key, _candidates(manifest, backup), with_hashes=with_hashes)
            if key_ok or opened is not None:
                # The passphrase is right, yet the seal does not match: the manifest was
                # edited.
                raise BackupManifestAltered("seal")
            raise BackupWrongPassphrase()
        if manifest is not None and manifest.format_version >= 2:
            # Every manifest of this format is sealed: a missing seal was removed.
            raise BackupManifestAltered("unsealed")
        if manifest is None and backup.stat().st_size % 1024 != 0:
            raise BackupTruncated("size")
        opened = _try_open(backup, key, _candidates(manifest, backup), with_hashes=with_hashes)
        if manifest is not None:
            # Before anything is read into the result: bytes that differ are damage.
            _check_bytes(backup, manifest, digest)
    if opened is not None:
        return opened[0], opened[1], False
    if manifest is not None:
        # The bytes are exactly what the (unsealed) manifest says: the passphrase is wrong.
        raise BackupWrongPassphrase()
    raise BackupUnreadable()


def inspect_backup(
    backup: Path, passphrase: str, *, live: Register | None = None
) -> tuple[BackupInfo, int]:
    """Check a backup completely without changing it; return what it holds and the
    iteration count that opened it. With `live` (the register, open), also whether the
    register's access trail still holds the backup's newest entry."""
    backup = Path(backup)
    manifest = _precheck(backup)
    contents, kdf_iter, sealed = _open_contents(backup, passphrase, manifest)
    if contents.application_id != connection.APPLICATION_ID:
        raise NotABackup("application_id")
    if contents.schema_version > migrations.LATEST_VERSION:
        raise BackupTooNew(str(contents.schema_version))
    if contents.problems:
        raise BackupDamaged("integrity")
    if manifest is not None and (
        contents.counts != manifest.tables or contents.schema_version != manifest.schema_version
    ):
        raise BackupDamaged("counts")
    if sealed and manifest is not None and contents.trail_head != manifest.trail_head:
        raise BackupDamaged("trail_head")
    info = BackupInfo(
        file_name=backup.name,
        created=manifest.created if manifest else "",
        program_version=manifest.program_version if manifest else "",
        schema_version=contents.schema_version,
        tables=contents.counts,
        protection=manifest.protection if manifest else "",
        has_manifest=manifest is not None,
        needs_migration=contents.schema_version < migrations.LATEST_VERSION,
        sealed=sealed,
        trail_head=contents.trail_head,
        trail_in_register=trail_in_register(live, contents.trail_head),
    )
    return info, kdf_iter


def trail_in_register(live: Register | None, head: str) -> bool | None:
    """Whether the live register's trail still contains a backup's trail head. None when
    there is nothing to compare (no register, or a backup without a trail)."""
    if live is None or not head or head == audit_rules.GENESIS:
        return None
    if "audit_entry" not in live.table_names():
        return None
    return AuditRepository(live).contains(head)


def compare_with_register(register_path: Path, passphrase: str, info: BackupInfo) -> BackupInfo:
    """Fill `info.trail_in_register` from the register at `register_path`, opened read-only
    with `passphrase`; left None when it does not open with it (another passphrase)."""
    register_path = Path(register_path)
    if not register_path.is_file() or not info.trail_head:
        return info
    try:
        live = open_register(register_path, pp.to_key(passphrase), migrate=False, readonly=True)
    except LivcError:
        return info
    try:
        info.trail_in_register = trail_in_register(live, info.trail_head)
    finally:
        live.close()
    return info


def verify_backup(backup: Path, passphrase: str, *, live: Register | None = None) -> BackupInfo:
    """ "Verify backup": raises the specific error, or says what the backup contains."""
    return inspect_backup(backup, passphrase, live=live)[0]


def backup_row_hashes(backup: Path, passphrase: str) -> dict[str, str]:
    manifest = _precheck(Path(backup))
    contents, _, _ = _open_contents(Path(backup), passphrase, manifest, with_hashes=True)
    return contents.row_hashes


# -- restoring -----------------------------------------------------------------------------
def restoring_path(register_path: Path) -> Path:
    # The lock removes this name's leftovers at the next start (storage.lock).
    return leftover_path(register_path, ".restoring")


def safety_copy_path(register_path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return register_path.with_name(f"{register_path.name}.before-restore-{stamp}")


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    safety_copy: Path | None
    migrated_from: int | None
    # The register existed and its passphrase did not open the backup: from now on the
    # register opens only with the backup's passphrase, which the user must be told.
    passphrase_changed: bool = False


def remove_restore_leftovers(register_path: Path) -> None:
    """A restore killed mid-way leaves its copy beside the register; whoever holds the
    register lock can remove it (the register's path always holds a whole register)."""
    copy = restoring_path(Path(register_path))
    for stale in [copy, *side_files(copy)]:
        remove_quietly(stale)


def restore_backup(
    register_path: Path,
    backup: Path,
    passphrase: str,
    *,
    before_step: Hook | None = None,
) -> RestoreResult:
    """Replace the register at `register_path` by the backup. The caller holds the
    register lock and has closed any session on it. The restored register is protected by
    the backup's passphrase. Raises before touching anything if the backup is not fit.
    Whatever fails, no `.restoring` copy is left behind."""

    def step(name: str) -> None:
        if before_step is not None:
            before_step(name)

    register_path = Path(register_path)
    backup = Path(backup)
    step("check")
    info, kdf_iter = inspect_backup(backup, passphrase)
    key = pp.to_key(passphrase)
    changes_passphrase = _passphrase_changes(register_path, key)
    ensure_private_dir(register_path.parent)
    copy = restoring_path(register_path)
    remove_restore_leftovers(register_path)
    migrated_from: int | None = None
    try:
        step("copy")
        store.copy_backup_to(backup, key, kdf_iter, copy)
        step("migrate")
        restored = open_register(
            copy, key, migrate=True, backup_before_migrate=False, kdf_iter=connection.KDF_ITER
        )
        try:
            if info.needs_migration:
                migrated_from = info.schema_version
            step("verify")
            if restored.integrity_problems():
                raise BackupDamaged("restored_copy")
            if not info.needs_migration and restored.table_counts() != info.tables:
                raise BackupDamaged("restored_counts")
            # Inside the new file before the swap: a crash right after the rename must
            # not leave a restored register whose trail does not say so.
            _record_restore(restored, info, migrated_from, changes_passphrase)
        finally:
            restored.close()
        for side in side_files(copy):
            remove_quietly(side)
        step("sync")
        fsync_file(copy)
        step("safety_copy")
        safety = _keep_safety_copy(register_path)
        step("swap")
        # The sidecar first: until the rename, the old file opens through the fallback list.
        write_params(register_path, connection.KDF_ITER)
        for side in side_files(register_path):
            remove_quietly(side)  # preserved with the safety copy; must not meet the new file
        install_file(copy, register_path, synced=True)
    except BaseException:
        remove_restore_leftovers(register_path)
        raise
    refresh_held(register_path)
    return RestoreResult(info, safety, migrated_from, changes_passphrase)


def _passphrase_changes(register_path: Path, key: bytes) -> bool:
    """Whether restoring under `key` changes the passphrase the register opens with: true
    when the current register exists and `key` does not open it (also when it is too
    damaged to open: the user must then use the backup's passphrase all the same)."""
    if not register_path.exists():
        return False
    try:
        probe = open_register(register_path, key, migrate=False)
    except Exception:  # wrong key, damaged, unreadable: in every case the key changes
        return True
    probe.close()
    return False


def _keep_safety_copy(register_path: Path) -> Path | None:
    """Copy the current register (with a WAL a crash left behind, and its sidecar) aside,
    all or nothing; every copy is a new file of our own."""
    if not register_path.exists():
        return None
    safety = safety_copy_path(register_path)
    pairs = [(register_path, safety)]
    wal = register_path.with_name(register_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        pairs.append((wal, safety.with_name(safety.name + "-wal")))
    params = connection.params_path(register_path)
    if params.exists():
        pairs.append((params, connection.params_path(safety)))
    copy_new_all(pairs)
    return safety


def _record_restore(
    register: Register, info: BackupInfo, migrated_from: int | None, passphrase_changed: bool
) -> None:
    if "audit_entry" not in register.table_names():
        raise RegisterDamaged("no_trail")
    fields = audit_rules.clean_fields(
        {
            "file": info.file_name,
            "backup_created": info.created,
            "migrated_from": migrated_from,
            "passphrase_changed": passphrase_changed or None,
        }
    )
    AuditRepository(register).append(now_iso(), ChangeKind.BACKUP_RESTORED, "", fields)
