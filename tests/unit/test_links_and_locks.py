"""One instance per register whatever name reaches it; no file created beside the register
or a backup through a planted link; restore and passphrase change leave nothing behind and
say what they did, even when killed right after the swap."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from livc_desktop.domain import passphrase as pp
from livc_desktop.domain.backup import PARTIAL_SUFFIX, backup_name, manifest_name
from livc_desktop.domain.errors import DiskFull, RegisterBusy, UnsafeLink
from livc_desktop.services import audit
from livc_desktop.services import backup as backup_service
from livc_desktop.services import register as register_service
from livc_desktop.storage import RegisterLock, open_register
from livc_desktop.storage import backup as store
from livc_desktop.storage import lock as lock_module
from livc_desktop.storage import rekey as rekey_module
from livc_desktop.storage.connection import params_path, write_params
from livc_desktop.storage.files import claim_new, copy_new, write_atomic, write_new
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

BACKUP_PASSPHRASE = "een aparte back-upzin 2026"
VICTIM_TEXT = b"Voorbeeldegem: a file that must not change\n"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file outside the register's folder that a planted link points at."""
    path = tmp_path / "elsewhere" / "victim.txt"
    path.parent.mkdir()
    path.write_bytes(VICTIM_TEXT)
    os.chmod(path, 0o644)
    return path


def assert_untouched(victim: Path) -> None:
    assert victim.read_bytes() == VICTIM_TEXT
    assert victim.stat().st_mode & 0o777 == 0o644


# -- item: one instance per register, by real path and file identity --------------------------
def test_a_symlink_to_the_register_cannot_open_it_twice(session, register_path, tmp_path):
    session.close()
    before = sha256(register_path)
    alias = tmp_path / "alias.livc"
    alias.symlink_to(register_path)
    with RegisterLock(register_path), pytest.raises(RegisterBusy):
        RegisterLock(alias).acquire()
    with RegisterLock(alias), pytest.raises(RegisterBusy):
        RegisterLock(register_path).acquire()
    assert sha256(register_path) == before


def test_a_symlinked_folder_cannot_open_it_twice(session, register_path, tmp_path):
    session.close()
    folder_alias = tmp_path / "cell-alias"
    folder_alias.symlink_to(register_path.parent, target_is_directory=True)
    with RegisterLock(folder_alias / register_path.name), pytest.raises(RegisterBusy):
        RegisterLock(register_path).acquire()


def test_a_hard_link_cannot_open_it_twice(session, register_path, tmp_path):
    session.close()
    before = sha256(register_path)
    other = tmp_path / "other-folder"
    other.mkdir()
    hard = other / "copy-by-name.livc"
    os.link(register_path, hard)
    with RegisterLock(register_path), pytest.raises(RegisterBusy):
        RegisterLock(hard).acquire()
    with RegisterLock(hard), pytest.raises(RegisterBusy):
        RegisterLock(register_path).acquire()
    # Both free again once released: nothing stale is left.
    with RegisterLock(hard), RegisterLock(other / "unrelated.livc"):
        pass
    assert sha256(register_path) == before


def test_a_hard_link_is_refused_across_processes(session, register_path, tmp_path):
    session.close()
    hard = tmp_path / "hard.livc"
    os.link(register_path, hard)
    code = (
        "import time; from pathlib import Path;"
        "from livc_desktop.storage import RegisterLock;"
        f"l = RegisterLock(Path({str(hard)!r})); l.acquire(); print('held', flush=True);"
        "time.sleep(60)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        with pytest.raises(RegisterBusy):
            RegisterLock(register_path).acquire()
    finally:
        proc.kill()
        proc.wait()
    with RegisterLock(register_path):
        pass


def test_the_identity_lock_file_goes_with_its_holder(session, register_path, tmp_path):
    session.close()
    lock = RegisterLock(register_path, identity_dir=tmp_path / "locks")
    lock.acquire()
    held = lock_module.identity_lock_path(register_path, tmp_path / "locks")
    assert held is not None and held.exists()
    lock.release()
    assert not held.exists()


def test_the_identity_lock_follows_the_file_that_takes_the_registers_place(register_path, tmp_path):
    from livc_desktop.domain.cell import CellProfile, CellStructure

    locks = tmp_path / "locks"
    with RegisterLock(register_path, identity_dir=locks):
        # Created while the lock is held (first start): its identity is locked from then on.
        created = register_service.create(
            register_path,
            PASSPHRASE,
            PASSPHRASE,
            CellProfile(["Demostad"], CellStructure.INTEGRATED, officer_name="Test Ambtenaar"),
        )
        first = lock_module.identity_lock_path(register_path, locks)
        assert first is not None and first.exists()
        changed = register_service.change_passphrase(
            created, PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE
        )
        created.close()
        changed.close()
        second = lock_module.identity_lock_path(register_path, locks)
        assert second is not None and second.exists()
        hard = tmp_path / "hard.livc"
        os.link(register_path, hard)
        with pytest.raises(RegisterBusy):
            RegisterLock(hard, identity_dir=locks).acquire()
    assert list(locks.iterdir()) == []


# -- item: files beside the register are created exclusively, never through a link ----------
def test_a_link_planted_at_the_lock_file_is_refused(session, register_path, victim):
    session.close()
    lock_file = lock_module.lock_path_for(register_path)
    lock_file.unlink(missing_ok=True)
    lock_file.symlink_to(victim)
    with pytest.raises(UnsafeLink):
        RegisterLock(register_path).acquire()
    assert_untouched(victim)
    lock_file.unlink()
    os.link(victim, lock_file)  # a hard link is refused as well
    with pytest.raises(UnsafeLink):
        RegisterLock(register_path).acquire()
    assert_untouched(victim)


def test_a_link_planted_at_the_params_temporary_files_is_never_followed(
    session, register_path, victim
):
    target = params_path(register_path)
    # The old temporary name is no longer written; the one write_atomic uses is refused.
    old_tmp = target.with_name(target.name + ".tmp")
    old_tmp.symlink_to(victim)
    write_params(register_path, 64_000)
    assert_untouched(victim)
    part = target.with_name(f".{target.name}.{os.getpid()}.part")
    part.symlink_to(victim)
    before = target.read_bytes()
    with pytest.raises(UnsafeLink):
        write_params(register_path, 64_000)
    assert_untouched(victim)
    assert target.read_bytes() == before


def test_a_link_planted_at_the_manifest_partial_is_refused(session, tmp_path, victim):
    folder = tmp_path / "usb"
    folder.mkdir()
    created = datetime(2026, 3, 1, 10, 0, 0)
    partial = folder / (manifest_name(backup_name(created, 0)) + PARTIAL_SUFFIX)
    partial.symlink_to(victim)
    with pytest.raises(UnsafeLink):
        backup_service.create_backup(session.register, folder, now=created)
    assert_untouched(victim)
    assert sorted(p.name for p in folder.iterdir()) == [partial.name]  # no half backup


def test_a_link_planted_at_the_safety_copy_is_refused(
    session, register_path, tmp_path, victim, monkeypatch
):
    made = backup_service.make_backup(session, tmp_path / "usb")
    session.close()
    before = sha256(register_path)
    monkeypatch.setattr(backup_service.time, "strftime", lambda fmt: "20260301-100000")
    backup_service.safety_copy_path(register_path).symlink_to(victim)
    with pytest.raises(UnsafeLink):
        backup_service.restore_backup(register_path, made.path, PASSPHRASE)
    assert_untouched(victim)
    assert sha256(register_path) == before
    assert not backup_service.restoring_path(register_path).exists()


def test_a_link_planted_at_the_rekey_copy_is_refused(session, register_path, victim):
    # The session is open (its WAL not yet checkpointed): compare contents, not bytes.
    before = store.table_hashes(session.register)

    def plant(step: str) -> None:
        # Just before the copy is made (opening the register drops older leftovers).
        if step == "export":
            rekey_module.rekey_path(register_path).symlink_to(victim)

    with pytest.raises(UnsafeLink):
        register_service.change_passphrase(
            session, PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE, before_step=plant
        )
    assert_untouched(victim)
    assert store.table_hashes(session.register) == before
    session.close()
    register_service.unlock(register_path, PASSPHRASE).close()


def test_a_link_planted_at_a_pre_migration_copy_is_refused(session, tmp_path, victim):
    target = tmp_path / "cell" / "register.livc-v1-20260301-100000.bak"
    target.symlink_to(victim)
    with pytest.raises(UnsafeLink):
        session.register.copy_to(target)
    assert_untouched(victim)


def test_an_export_target_that_is_a_link_is_refused(tmp_path, victim):
    target = tmp_path / "minutes.pdf"
    target.symlink_to(victim)
    with pytest.raises(UnsafeLink):
        write_atomic(target, b"%PDF-1.4 fictional")
    assert_untouched(victim)
    assert target.is_symlink()


@pytest.mark.parametrize("make", ["claim", "write", "copy"])
def test_every_creator_refuses_links_and_replaces_only_its_own_leftovers(tmp_path, victim, make):
    source = tmp_path / "source.bin"
    source.write_bytes(b"Demostad")
    target = tmp_path / "beside.partial"

    def create() -> None:
        if make == "claim":
            os.close(claim_new(target))
        elif make == "write":
            write_new(target, b"Demostad")
        else:
            copy_new(source, target)

    target.symlink_to(victim)
    with pytest.raises(UnsafeLink):
        create()
    assert_untouched(victim)
    target.unlink()
    os.link(victim, target)
    with pytest.raises(UnsafeLink):
        create()
    assert_untouched(victim)
    target.unlink()
    target.write_bytes(b"a stale leftover of ours")
    create()
    assert not target.is_symlink() and target.stat().st_mode & 0o777 == 0o600
    assert target.read_bytes() in (b"", b"Demostad")


# -- item: restore leaves no .restoring, writes its entry before the swap -----------------
@pytest.mark.parametrize("fail_at", backup_service.RESTORE_STEPS)
def test_a_failed_restore_leaves_no_restoring_copy(session, register_path, tmp_path, fail_at):
    made = backup_service.make_backup(session, tmp_path / "usb")
    session.close()
    before = sha256(register_path)

    def stop(step: str) -> None:
        if step == fail_at:
            raise RuntimeError(f"stopped before {step}")

    with pytest.raises(RuntimeError):
        backup_service.restore_backup(register_path, made.path, PASSPHRASE, before_step=stop)
    leftovers = [p.name for p in register_path.parent.iterdir() if ".restoring" in p.name]
    assert leftovers == []
    assert sha256(register_path) == before


def test_a_full_disk_at_the_swap_leaves_no_restoring_copy(
    session, register_path, tmp_path, monkeypatch
):
    made = backup_service.make_backup(session, tmp_path / "usb")
    session.close()
    before = sha256(register_path)

    def full(src: Path, dst: Path, **_: object) -> None:
        raise DiskFull("ENOSPC")

    monkeypatch.setattr(backup_service, "install_file", full)
    with pytest.raises(DiskFull):
        backup_service.restore_backup(register_path, made.path, PASSPHRASE)
    assert not backup_service.restoring_path(register_path).exists()
    assert sha256(register_path) == before


def test_a_killed_restore_leftover_is_removed_at_the_next_start(session, register_path):
    session.close()
    before = sha256(register_path)
    leftover = backup_service.restoring_path(register_path)
    leftover.write_bytes(b"half a copy")
    leftover.with_name(leftover.name + "-wal").write_bytes(b"x")
    with RegisterLock(register_path):
        assert not leftover.exists()
        assert not leftover.with_name(leftover.name + "-wal").exists()
    assert sha256(register_path) == before


class Killed(BaseException):
    """Stands for the process being killed: nothing after it runs."""


def _kill_after(real):
    def replace_then_die(src: Path, dst: Path, **kw: object) -> None:
        real(src, dst, **kw)
        raise Killed()

    return replace_then_die


def test_a_kill_right_after_the_restore_swap_keeps_the_trail_entry(
    session, register_path, tmp_path, monkeypatch
):
    made = backup_service.make_backup(session, tmp_path / "usb")
    session.close()
    monkeypatch.setattr(backup_service, "install_file", _kill_after(backup_service.install_file))
    with pytest.raises(Killed):
        backup_service.restore_backup(register_path, made.path, PASSPHRASE)
    monkeypatch.undo()
    reopened = register_service.unlock(register_path, PASSPHRASE)
    try:
        kinds = [e.kind for e in audit.entries(reopened)]
        assert kinds[-2:] == ["backup_restored", "register_unlocked"]
    finally:
        reopened.close()


def test_a_kill_right_after_the_passphrase_swap_keeps_the_trail_entry(
    session, register_path, monkeypatch
):
    monkeypatch.setattr(rekey_module, "install_file", _kill_after(rekey_module.install_file))
    with pytest.raises(Killed):
        register_service.change_passphrase(session, PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE)
    monkeypatch.undo()
    reopened = register_service.unlock(register_path, OTHER_PASSPHRASE)
    try:
        kinds = [e.kind for e in audit.entries(reopened)]
        assert kinds[-2:] == ["passphrase_changed", "register_unlocked"]
    finally:
        reopened.close()


def test_a_passphrase_change_is_recorded_once(session, register_path):
    changed = register_service.change_passphrase(
        session, PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE
    )
    session.close()
    try:
        kinds = [e.kind for e in audit.entries(changed)]
        assert kinds.count("passphrase_changed") == 1 and kinds[-1] == "passphrase_changed"
    finally:
        changed.close()


@pytest.mark.parametrize(
    ("backup_passphrase", "changes"), [(None, False), (BACKUP_PASSPHRASE, True)]
)
def test_restore_says_when_it_changes_the_passphrase(
    session, register_path, tmp_path, backup_passphrase, changes
):
    made = backup_service.make_backup(
        session, tmp_path / "usb", passphrase=backup_passphrase, repeated=backup_passphrase
    )
    session.close()
    used = backup_passphrase or PASSPHRASE
    result = backup_service.restore_backup(register_path, made.path, used)
    assert result.passphrase_changed is changes
    restored = open_register(register_path, pp.to_key(used), migrate=False)
    restored.close()
    reopened = register_service.unlock(register_path, used)
    try:
        entry = [e for e in audit.entries(reopened) if e.kind == "backup_restored"][-1]
        assert bool(entry.fields.get("passphrase_changed")) is changes
    finally:
        reopened.close()


def test_restore_over_a_register_changed_since_the_backup_says_so(session, register_path, tmp_path):
    # A backup under the register's passphrase, then the passphrase changed: restoring
    # brings the old passphrase back, which is a change too.
    made = backup_service.make_backup(session, tmp_path / "usb")
    changed = register_service.change_passphrase(
        session, PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE
    )
    session.close()
    changed.close()
    result = backup_service.restore_backup(register_path, made.path, PASSPHRASE)
    assert result.passphrase_changed


def test_rotation_leaves_links_alone(tmp_path, victim):
    folder = tmp_path / "usb"
    folder.mkdir()
    name = backup_name(datetime(2020, 1, 1), 0)
    (folder / name).symlink_to(victim)
    assert backup_service.rotate(folder, 0) == []
    assert (folder / name).is_symlink()
    assert_untouched(victim)
