"""Backups: make, verify, restore, rotation, status; every bad input with its own error
and the live register byte-identical."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from livc_desktop.domain.backup import BackupSettings
from livc_desktop.domain.errors import (
    BackupDamaged,
    BackupEmpty,
    BackupTooNew,
    BackupTruncated,
    BackupUnreadable,
    BackupWrongPassphrase,
    DestinationReadOnly,
    DiskFull,
    NotABackup,
    ValidationError,
)
from livc_desktop.services import audit
from livc_desktop.services import backup as backup_service
from livc_desktop.services import register as register_service
from livc_desktop.storage import backup as store
from livc_desktop.storage import create_register, open_register
from livc_desktop.storage.migrations import LATEST_VERSION
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

BACKUP_PASSPHRASE = "een aparte back-upzin 2026"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def seed(session) -> None:
    session.settings.set("probe.zoe", {"name": "Zoë Testpersoon", "ar": "رانيا المثال"})
    session.record("partner_created", partner_id=7)


@pytest.fixture
def made(session, tmp_path):
    seed(session)
    result = backup_service.make_backup(session, tmp_path / "usb")
    return result


def test_backup_round_trip_has_manifest_without_personal_data(session, made, register_path):
    manifest = json.loads(backup_service.manifest_path(made.path).read_text())
    assert manifest["format"] == "livc-backup"
    assert manifest["schema_version"] == LATEST_VERSION
    assert manifest["sha256"] == sha256(made.path)
    # Afterwards the register also remembers the backup (one more setting).
    assert manifest["tables"]["setting"] == session.register.table_counts()["setting"] - 1
    assert manifest["kdf"]["kdf_iter"] > 0
    text = backup_service.manifest_path(made.path).read_text()
    assert "Zoë" not in text and "رانيا" not in text and "Testdorp" not in text
    assert b"Zo\xc3\xab" not in made.path.read_bytes()
    info = backup_service.verify_backup(made.path, PASSPHRASE)
    assert info.created == manifest["created"]
    assert info.tables == manifest["tables"]
    assert not list(made.path.parent.glob("*.partial"))


def test_round_trip_reproduces_identical_row_hashes(session, made, register_path, tmp_path):
    hashes_in_backup = backup_service.backup_row_hashes(made.path, PASSPHRASE)
    session.close()
    backup_service.restore_backup(register_path, made.path, PASSPHRASE)
    restored = open_register(register_path, PASSPHRASE.encode(), migrate=False)
    try:
        after = store.table_hashes(restored)
        # The restore itself appends one trail entry; every other table is identical.
        for table, digest in hashes_in_backup.items():
            if table != "audit_entry":
                assert after[table] == digest, table
        assert restored.table_counts()["audit_entry"] == made.manifest.tables["audit_entry"] + 1
    finally:
        restored.close()


def test_separate_backup_passphrase(session, tmp_path):
    result = backup_service.make_backup(
        session, tmp_path / "usb", passphrase=BACKUP_PASSPHRASE, repeated=BACKUP_PASSPHRASE
    )
    assert result.manifest.protection == "backup_passphrase"
    assert backup_service.verify_backup(result.path, BACKUP_PASSPHRASE).tables
    with pytest.raises(BackupWrongPassphrase):
        backup_service.verify_backup(result.path, PASSPHRASE)


def test_separate_passphrase_is_validated(session, tmp_path):
    with pytest.raises(ValidationError):
        backup_service.make_backup(session, tmp_path / "usb", passphrase="kort", repeated="kort")


def test_backup_is_recorded_in_the_trail_with_folder_name_only(session, made):
    last = audit.entries(session)[-1]
    assert last.kind == "export_backup"
    assert last.fields["destination"] == "usb"


# -- bad input: each its own error, the live register unchanged -------------------------
@pytest.fixture
def closed(session, made, register_path):
    session.close()
    return made.path, sha256(register_path)


def _restore_fails(register_path, backup, passphrase, error, before):
    with pytest.raises(error):
        backup_service.restore_backup(register_path, backup, passphrase)
    assert sha256(register_path) == before
    assert not backup_service.restoring_path(register_path).exists()


def test_wrong_passphrase(closed, register_path):
    backup, before = closed
    with pytest.raises(BackupWrongPassphrase):
        backup_service.verify_backup(backup, OTHER_PASSPHRASE)
    _restore_fails(register_path, backup, OTHER_PASSPHRASE, BackupWrongPassphrase, before)


def test_truncated(closed, register_path):
    backup, before = closed
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2])
    _restore_fails(register_path, backup, PASSPHRASE, BackupTruncated, before)


def test_zero_byte(closed, register_path):
    backup, before = closed
    backup.write_bytes(b"")
    _restore_fails(register_path, backup, PASSPHRASE, BackupEmpty, before)


def test_bit_flipped(closed, register_path):
    backup, before = closed
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x10
    backup.write_bytes(bytes(data))
    _restore_fails(register_path, backup, PASSPHRASE, BackupDamaged, before)


def test_bit_flipped_without_manifest_is_caught_by_the_hmac(closed, register_path):
    backup, before = closed
    backup_service.manifest_path(backup).unlink()
    data = bytearray(backup.read_bytes())
    data[len(data) - 100] ^= 0x01
    backup.write_bytes(bytes(data))
    # Without the manifest a flip in a schema page looks like a wrong passphrase to
    # SQLCipher ("unreadable"); a flip in a data page fails the page HMAC ("damaged").
    # Either way nothing is restored and the register is untouched.
    _restore_fails(register_path, backup, PASSPHRASE, (BackupDamaged, BackupUnreadable), before)


@pytest.mark.parametrize("kind", ["plaintext", "random", "text"])
def test_not_a_backup(closed, register_path, tmp_path, kind):
    _, before = closed
    other = tmp_path / "holiday.livcbak"
    if kind == "plaintext":
        con = sqlite3.connect(other)
        con.execute("CREATE TABLE t(x)")
        con.commit()
        con.close()
        error = NotABackup
    elif kind == "random":
        other.write_bytes(os.urandom(8192))
        error = BackupUnreadable
    else:
        other.write_text("not a backup at all\n")
        error = BackupTruncated
    _restore_fails(register_path, other, PASSPHRASE, error, before)


def test_foreign_manifest_is_not_a_backup(closed, register_path):
    backup, before = closed
    backup_service.manifest_path(backup).write_text('{"format": "something-else"}')
    _restore_fails(register_path, backup, PASSPHRASE, NotABackup, before)


def test_foreign_sqlcipher_file_is_not_a_backup(closed, register_path, tmp_path):
    _, before = closed
    foreign = tmp_path / "foreign.db"
    from livc_desktop.storage.connection import _connect

    conn = _connect(foreign)
    conn.set_key(PASSPHRASE.encode())
    conn.execute("PRAGMA kdf_iter = 64000")
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    _restore_fails(register_path, foreign, PASSPHRASE, NotABackup, before)


def test_newer_program_version(closed, register_path):
    backup, before = closed
    manifest = json.loads(backup_service.manifest_path(backup).read_text())
    manifest["schema_version"] = LATEST_VERSION + 1
    backup_service.manifest_path(backup).write_text(json.dumps(manifest))
    _restore_fails(register_path, backup, PASSPHRASE, BackupTooNew, before)


def test_newer_schema_inside_without_manifest(register_path, tmp_path):
    reg = create_register(register_path, PASSPHRASE.encode())
    reg.execute(f"PRAGMA user_version = {LATEST_VERSION + 3}")
    backup = tmp_path / "future.livcbak"
    reg.export_to(backup, PASSPHRASE.encode())
    reg.execute(f"PRAGMA user_version = {LATEST_VERSION}")
    reg.close()
    before = sha256(register_path)
    _restore_fails(register_path, backup, PASSPHRASE, BackupTooNew, before)


def test_destination_read_only(session, register_path, tmp_path, monkeypatch):
    before_files = set(register_path.parent.iterdir())
    real_open = os.open

    def refusing(path, flags, *args):
        if str(path).endswith(".partial"):
            raise OSError(errno.EROFS, "read-only file system")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing)
    with pytest.raises(DestinationReadOnly):
        backup_service.make_backup(session, tmp_path / "usb")
    monkeypatch.undo()
    assert list((tmp_path / "usb").iterdir()) == []
    assert set(register_path.parent.iterdir()) == before_files


def test_disk_full_during_export(session, tmp_path, monkeypatch):
    """A patched export that fails like SQLite does when the disk is full."""
    real = store._export

    def full(register, target, key, kdf_iter, version):
        target.write_bytes(b"\0" * 4096)
        raise store._storage_error(Exception("database or disk is full"))

    monkeypatch.setattr(store, "_export", full)
    with pytest.raises(DiskFull):
        backup_service.make_backup(session, tmp_path / "usb")
    monkeypatch.setattr(store, "_export", real)
    assert list((tmp_path / "usb").iterdir()) == []
    assert session.register.integrity_problems() == []


def test_disk_full_on_a_small_tmpfs(session, tmp_path):
    """A real full disk: a 1 MB tmpfs (root only; skipped where mount is not allowed)."""
    import subprocess

    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True
    ).returncode:
        pytest.skip("cannot mount a tmpfs here (the patched test covers this case)")
    try:
        session.settings.set("big", "x" * 3_000_000)  # fictional filler, larger than 1 MB
        with pytest.raises(DiskFull):
            backup_service.make_backup(session, mnt)
        assert [p.name for p in mnt.iterdir()] == []
        assert session.register.integrity_problems() == []
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


@pytest.mark.parametrize("crash_at", backup_service.RESTORE_STEPS)
def test_crash_at_each_restore_step_leaves_old_or_new(session, tmp_path, register_path, crash_at):
    session.settings.set("marker", "old")
    result = backup_service.make_backup(
        session, tmp_path / "usb", passphrase=BACKUP_PASSPHRASE, repeated=BACKUP_PASSPHRASE
    )
    session.settings.set("marker", "newer-than-backup")
    session.close()
    before = sha256(register_path)

    def crash(step: str) -> None:
        if step == crash_at:
            raise KeyboardInterrupt(step)

    with pytest.raises(KeyboardInterrupt):
        backup_service.restore_backup(
            register_path, result.path, BACKUP_PASSPHRASE, before_step=crash
        )
    # Never neither: the old register (old passphrase) is there, unchanged.
    assert sha256(register_path) == before
    old = register_service.unlock(register_path, PASSPHRASE)
    assert old.settings.get("marker") == "newer-than-backup"
    old.close()


def test_restore_keeps_safety_copy_and_swaps(session, tmp_path, register_path):
    session.settings.set("marker", "old")
    result = backup_service.make_backup(
        session, tmp_path / "usb", passphrase=BACKUP_PASSPHRASE, repeated=BACKUP_PASSPHRASE
    )
    session.settings.set("marker", "after")
    session.close()
    before = sha256(register_path)
    restored = backup_service.restore_backup(register_path, result.path, BACKUP_PASSPHRASE)
    assert restored.safety_copy is not None and sha256(restored.safety_copy) == before
    s = register_service.unlock(register_path, BACKUP_PASSPHRASE)
    try:
        assert s.settings.get("marker") == "old"
        kinds = [e.kind for e in audit.entries(s)]
        assert "backup_restored" in kinds
        assert audit.verify_trail(s).ok
    finally:
        s.close()
    keep = register_service.unlock(restored.safety_copy, PASSPHRASE)
    assert keep.settings.get("marker") == "after"
    keep.close()


def test_restore_older_schema_is_migrated_forward(tmp_path, register_path):
    old_path = tmp_path / "old" / "register.livc"
    old = create_register(old_path, PASSPHRASE.encode(), target_version=1)
    old.execute("INSERT INTO setting(key, value) VALUES('marker', '\"v1\"')")
    result = backup_service.create_backup(old, tmp_path / "usb")
    old.close()
    info = backup_service.verify_backup(result.path, PASSPHRASE)
    assert info.schema_version == 1 and info.needs_migration
    done = backup_service.restore_backup(register_path, result.path, PASSPHRASE)
    assert done.migrated_from == 1 and done.safety_copy is None
    s = register_service.unlock(register_path, PASSPHRASE)
    assert s.register.schema_version == LATEST_VERSION
    assert s.settings.get("marker") == "v1"
    s.close()


def test_rotation_keeps_the_last_k_and_status(session, tmp_path):
    folder = tmp_path / "auto"
    folder.mkdir()
    (folder / "holiday-photo.jpg").write_bytes(b"not ours")
    (folder / "notes.json.partial").write_bytes(b"not ours either")
    (folder / "livc-backup-20261101-080000.livcbak.partial").write_bytes(b"stale")
    backup_service.save_settings(
        session, BackupSettings(folder=str(folder), automatic=True, keep=3, max_age_days=2)
    )
    start = datetime(2026, 11, 1, 9, 0, 0)
    for day in range(5):
        backup_service.automatic_backup(session, now=start + timedelta(days=day))
    names = sorted(p.name for p in folder.iterdir())
    ours = [n for n in names if n.endswith(".livcbak")]
    assert ours == [
        "livc-backup-20261103-090000.livcbak",
        "livc-backup-20261104-090000.livcbak",
        "livc-backup-20261105-090000.livcbak",
    ]
    assert "holiday-photo.jpg" in names and "notes.json.partial" in names
    assert not [n for n in names if n.startswith("livc-backup") and n.endswith(".partial")]
    assert len([n for n in names if n.endswith(".livcbak.json")]) == 3
    fresh = backup_service.status(session, now=start + timedelta(days=5))
    assert fresh.age_days == pytest.approx(1.0) and not fresh.too_old
    stale = backup_service.status(session, now=start + timedelta(days=7, hours=1))
    assert stale.too_old
    for n in ours:
        assert backup_service.verify_backup(folder / n, PASSPHRASE).tables


def test_status_without_any_backup_is_too_old(session):
    st = backup_service.status(session)
    assert st.last_created is None and st.too_old


def test_automatic_backup_off_does_nothing(session):
    assert backup_service.automatic_backup(session) is None


def test_settings_are_validated(session):
    with pytest.raises(ValidationError):
        backup_service.save_settings(session, BackupSettings(automatic=True, folder=""))


def test_backup_holds_identical_per_table_row_hashes(session, tmp_path):
    seed(session)
    expected = store.table_hashes(session.register)
    result = backup_service.create_backup(session.register, tmp_path / "usb")
    assert backup_service.backup_row_hashes(result.path, PASSPHRASE) == expected
    assert len(expected) >= 2  # setting and audit_entry at least


def test_destination_on_a_read_only_mount(session, tmp_path):
    """A real read-only file system (root only; the patched test covers other machines)."""
    import subprocess

    mnt = tmp_path / "ro"
    mnt.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(mnt)], capture_output=True
    ).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        with pytest.raises(DestinationReadOnly):
            backup_service.make_backup(session, mnt)
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


def test_automatic_backup_once_a_day(session, tmp_path):
    """Every lock runs the automatic backup; only the first of the day writes one, so
    rotation keeps days rather than the last few locks."""
    folder = tmp_path / "auto"
    backup_service.save_settings(
        session, BackupSettings(folder=str(folder), automatic=True, keep=3)
    )
    morning = datetime(2026, 11, 2, 9, 0, 0)
    assert backup_service.automatic_backup(session, now=morning) is not None
    for hour in (10, 12, 17):
        assert backup_service.automatic_backup(session, now=morning.replace(hour=hour)) is None
    assert backup_service.automatic_backup(session, now=morning + timedelta(days=1)) is not None
    assert len(list(folder.glob("*.livcbak"))) == 2


def test_automatic_backups_are_sealed_with_a_key_prepared_at_unlock(session, tmp_path):
    """An automatic backup is made at lock time with nothing typed: the sealing key was
    derived at unlock, so its manifest is sealed and any edit to it is named."""
    from livc_desktop.domain.errors import BackupManifestAltered

    folder = tmp_path / "auto"
    backup_service.save_settings(session, BackupSettings(folder=str(folder), automatic=True))
    backup_service.prepare_seal(session, PASSPHRASE)
    made = backup_service.automatic_backup(session, now=datetime(2026, 11, 2, 9, 0, 0))
    assert made is not None and made.manifest.sealed
    assert backup_service.verify_backup(made.path, PASSPHRASE).sealed
    manifest = backup_service.manifest_path(made.path)
    data = json.loads(manifest.read_text("utf-8"))
    # The downgrade an attacker would try: claim the older, unsealed format.
    data["format_version"] = 1
    for key in ("seal", "seal_salt", "verifier"):
        data.pop(key)
    data["created"] = "2020-01-01T00:00:00"
    manifest.write_text(json.dumps(data), "utf-8")
    info_or_error = None
    try:
        info_or_error = backup_service.verify_backup(made.path, PASSPHRASE)
    except BackupManifestAltered as exc:
        info_or_error = exc
    # An unsealed manifest can only be reported as unsealed, never as proven.
    assert isinstance(info_or_error, BackupManifestAltered) or not info_or_error.sealed


def test_prepare_seal_does_nothing_without_automatic_backups(session):
    backup_service.prepare_seal(session, PASSPHRASE)
    assert session not in backup_service._seals


def test_a_page_damaged_while_writing_is_caught_before_the_rename(session, tmp_path, monkeypatch):
    """The copy is read back before it gets its name: a page changed on the way to the
    disk fails its HMAC, and neither the copy nor a manifest is left in the folder."""
    real = store._export

    def damaging(register, target, keyspec, kdf_iter, version):
        real(register, target, keyspec, kdf_iter, version)
        with target.open("r+b") as fh:
            fh.seek(2 * 4096 + 100)  # inside page 3, past the salt and the header
            byte = fh.read(1)
            fh.seek(2 * 4096 + 100)
            fh.write(bytes([byte[0] ^ 0x01]))

    seed(session)
    monkeypatch.setattr(store, "_export", damaging)
    with pytest.raises(BackupDamaged):
        backup_service.make_backup(session, tmp_path / "usb")
    assert list((tmp_path / "usb").iterdir()) == []


@pytest.mark.parametrize("separate", [False, True])
def test_backup_is_a_page_copy_under_its_own_key(session, tmp_path, separate):
    """Under a separate passphrase the backup has a salt of its own and does not open with
    the register's passphrase; under the register's own key it opens with that one. No
    journal or other file is left beside it."""
    seed(session)
    result = backup_service.make_backup(
        session, tmp_path / "usb", passphrase=BACKUP_PASSPHRASE if separate else None
    )
    register_salt = session.path.read_bytes()[:16]
    backup_salt = result.path.read_bytes()[:16]
    assert (backup_salt != register_salt) is separate
    names = sorted(p.name for p in (tmp_path / "usb").iterdir())
    assert names == sorted([result.path.name, backup_service.manifest_path(result.path).name])
    if separate:
        assert backup_service.verify_backup(result.path, BACKUP_PASSPHRASE).tables
        with pytest.raises(BackupWrongPassphrase):
            backup_service.verify_backup(result.path, PASSPHRASE)
    else:
        info = backup_service.verify_backup(result.path, PASSPHRASE)
        assert info.tables == result.manifest.tables
        assert info.tables["setting"] >= 1 and info.tables["audit_entry"] >= 1


def test_restore_copies_pages_under_a_salt_of_its_own(session, tmp_path, register_path):
    """Restoring is SQLite's online backup out of the backup file, like making one: the
    restored register gets a salt of its own and opens with the backup's passphrase."""
    seed(session)
    result = backup_service.make_backup(
        session, tmp_path / "usb", passphrase=BACKUP_PASSPHRASE, repeated=BACKUP_PASSPHRASE
    )
    session.close()
    copies: list[Path] = []
    real = store._copy_pages

    def spy(source, target, keyspec, kdf_iter, version):
        copies.append(Path(target))
        return real(source, target, keyspec, kdf_iter, version)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(store, "_copy_pages", spy)
        backup_service.restore_backup(register_path, result.path, BACKUP_PASSPHRASE)
    assert copies == [backup_service.restoring_path(register_path)]
    assert register_path.read_bytes()[:16] != result.path.read_bytes()[:16]
    s = register_service.unlock(register_path, BACKUP_PASSPHRASE)
    try:
        assert s.settings.get("probe.zoe")["name"] == "Zoë Testpersoon"
        assert audit.verify_trail(s).ok
    finally:
        s.close()


def test_a_restore_that_fails_while_copying_pages_loses_nothing(closed, register_path):
    backup, before = closed

    def disk_full(source, target, keyspec, kdf_iter, version):
        Path(target).write_bytes(b"\0" * 4096)  # part of a copy, then the disk is full
        raise store._storage_error(store.dbapi2.OperationalError("database or disk is full"))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(store, "_copy_pages", disk_full)
        _restore_fails(register_path, backup, PASSPHRASE, DiskFull, before)
    s = register_service.unlock(register_path, PASSPHRASE)
    assert s.settings.get("probe.zoe")["name"] == "Zoë Testpersoon"
    s.close()


def test_a_backup_under_the_register_key_is_the_register_file_itself(session, tmp_path):
    """Under the register's own key the copy is the register file byte for byte, the log
    written back into it first: nothing is decrypted and encrypted again, no key is
    derived, and what was last saved is in the backup."""
    seed(session)
    session.settings.set("probe.latest", "in het logboek, nog niet in het bestand")
    calls: list[str] = []
    real_pages, real_derive = store._copy_pages, store.connection.derive_keyspec
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(store, "_copy_pages", lambda *a: calls.append("pages") or real_pages(*a))
        mp.setattr(
            store.connection,
            "derive_keyspec",
            lambda *a: calls.append("derive") or real_derive(*a),
        )
        result = backup_service.create_backup(session.register, tmp_path / "usb")
    assert calls == []
    assert result.path.read_bytes() == session.path.read_bytes()
    assert result.manifest.sha256 == sha256(result.path)
    assert backup_service.verify_backup(result.path, PASSPHRASE).tables == result.manifest.tables
    # The register's write lock is let go: saving goes on.
    session.settings.set("probe.after", "nog een")
    assert session.settings.get("probe.after") == "nog een"


def test_a_reader_holding_the_log_makes_the_backup_copy_page_by_page(session, tmp_path):
    """Another connection still reading an older state keeps the log from being written
    back: the file alone would miss the newest changes, so the pages are copied through
    SQLite instead, and the backup holds them."""
    seed(session)
    reader = store.sqlcipher3.connect(str(session.path), isolation_level=None)
    copies: list[Path] = []
    real = store._copy_pages
    try:
        reader.set_key(session.register.keyspec)
        reader.execute(f"PRAGMA kdf_iter = {store.register_kdf_iter(session.register)}")
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM setting").fetchone()
        session.settings.set("probe.latest", "alleen in het logboek")
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(store, "_copy_pages", lambda *a: copies.append(a[1]) or real(*a))
            result = backup_service.create_backup(session.register, tmp_path / "usb")
    finally:
        reader.close()
    assert len(copies) == 1
    contents = store.read_backup(result.path, PASSPHRASE.encode(), result.manifest.kdf.kdf_iter)
    assert contents.problems == []
    assert contents.counts == result.manifest.tables == session.register.table_counts()
    session.close()
    backup_service.restore_backup(session.path, result.path, PASSPHRASE)
    restored = register_service.unlock(session.path, PASSPHRASE)
    try:
        assert restored.settings.get("probe.latest") == "alleen in het logboek"
    finally:
        restored.close()


def test_disk_full_in_the_middle_of_the_file_copy(session, tmp_path, monkeypatch):
    """The disk fills after the first block of the byte copy: DiskFull, nothing left in
    the folder, the register intact and writable."""
    seed(session)
    real_open = Path.open

    class FillsUp:
        def __init__(self, fh):
            self.fh, self.written = fh, 0

        def write(self, block):
            if self.written:
                raise OSError(errno.ENOSPC, "No space left on device")
            self.written += len(block)
            return self.fh.write(block)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    def opening(path, mode="r", *args, **kwargs):
        fh = real_open(path, mode, *args, **kwargs)
        return FillsUp(fh) if str(path).endswith(".partial") and "+" in mode else fh

    monkeypatch.setattr(store, "_BLOCK", 4096)
    monkeypatch.setattr(Path, "open", opening)
    with pytest.raises(DiskFull):
        backup_service.create_backup(session.register, tmp_path / "usb")
    monkeypatch.undo()
    assert list((tmp_path / "usb").iterdir()) == []
    assert session.register.integrity_problems() == []
    session.settings.set("probe.after", "nog een")
    assert session.settings.get("probe.after") == "nog een"


@pytest.mark.parametrize("sealed", [False, True])
def test_verifying_checks_pages_beside_the_counting_when_the_key_is_derived(
    session, tmp_path, sealed
):
    """A sealed manifest: the file's key is derived beside the seal's, and with it the
    page HMACs are checked on one connection while the rows are counted on another. An
    unsealed one: SQLCipher derives the key from the passphrase on one connection (a
    second one would cost a second derivation)."""
    seed(session)
    result = backup_service.create_backup(
        session.register, tmp_path / "usb", register_passphrase=PASSPHRASE if sealed else None
    )
    assert result.manifest.sealed is sealed
    keys: list[bytes] = []
    pragmas: list[tuple[int, str]] = []
    real_open = store.open_backup_readonly

    class Spy:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *args):
            pragmas.append((id(self), sql))
            return self.conn.execute(sql, *args)

        def close(self):
            self.conn.close()

    def opening(path, key, kdf_iter):
        keys.append(key)
        return Spy(real_open(path, key, kdf_iter))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(store, "open_backup_readonly", opening)
        info = backup_service.verify_backup(result.path, PASSPHRASE)
    assert info.tables == result.manifest.tables and info.sealed is sealed
    checking = {conn for conn, sql in pragmas if sql.endswith("cipher_integrity_check")}
    counting = {conn for conn, sql in pragmas if "count(*)" in sql}
    assert len(checking) == 1 and len(counting) == 1
    if sealed:
        assert len(keys) == 2 and keys[0] == keys[1] and store.is_raw_key(keys[0])
        assert checking != counting
    else:
        assert keys == [PASSPHRASE.encode()]
        assert checking == counting
