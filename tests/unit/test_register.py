"""The encrypted register: create, unlock, wrong passphrase, foreign files, locking."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from livc_desktop.domain.cell import CellProfile, CellStructure
from livc_desktop.domain.errors import (
    NotARegister,
    RegisterBusy,
    RegisterDamaged,
    RegisterExists,
    RegisterMissing,
    SchemaTooNew,
    ValidationError,
    WrongPassphrase,
)
from livc_desktop.services import register as register_service
from livc_desktop.storage import RegisterLock, open_register
from livc_desktop.storage.migrations import LATEST_VERSION
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_and_unlock_round_trip(session, register_path):
    profile = session.profile()
    assert profile.municipalities == ["Testdorp"]
    session.close()
    again = register_service.unlock(register_path, PASSPHRASE)
    try:
        assert again.profile().officer_name == "Test Ambtenaar"
        assert again.register.schema_version == LATEST_VERSION
    finally:
        again.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_register_is_private(session, register_path):
    session.settings.set("probe", 1)
    assert stat.S_IMODE(register_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(register_path.stat().st_mode) == 0o600
    for side in register_path.parent.iterdir():
        assert stat.S_IMODE(side.stat().st_mode) & 0o077 == 0, side.name


def test_wrong_passphrase_leaves_file_byte_identical(session, register_path):
    session.close()
    before = sha256(register_path)
    with pytest.raises(WrongPassphrase):
        register_service.unlock(register_path, OTHER_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        register_service.unlock(register_path, "")
    assert sha256(register_path) == before
    assert sorted(p.name for p in register_path.parent.iterdir()) == [
        "register.livc",
        "register.livc.params.json",
    ]


def test_passphrase_is_unicode_normalised(register_path):
    composed = "café au lait près de l’église"
    decomposed = "cafe\u0301 au lait pre\u0300s de l’e\u0301glise"
    s = register_service.create(register_path, composed, composed, CellProfile(["Testdorp"]))
    s.close()
    register_service.unlock(register_path, decomposed).close()


def test_missing_register(tmp_path):
    with pytest.raises(RegisterMissing):
        register_service.unlock(tmp_path / "nothing.livc", PASSPHRASE)


def test_plain_sqlite_file_is_not_a_register(tmp_path):
    path = tmp_path / "plain.livc"
    with sqlite3.connect(path) as conn:
        conn.execute("create table t(x)")
    with pytest.raises(NotARegister):
        register_service.unlock(path, PASSPHRASE)


def test_foreign_sqlcipher_file_is_not_a_register(tmp_path):
    import sqlcipher3

    path = tmp_path / "foreign.db"
    conn = sqlcipher3.connect(str(path))
    conn.set_key(PASSPHRASE.encode())
    conn.execute("create table t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotARegister):
        register_service.unlock(path, PASSPHRASE)


@pytest.mark.parametrize("content", [b"", b"hello, not a database", os.urandom(1000)])
def test_damaged_or_random_files(tmp_path, content):
    path = tmp_path / "odd.livc"
    path.write_bytes(content)
    with pytest.raises(RegisterDamaged):
        register_service.unlock(path, PASSPHRASE)
    assert path.read_bytes() == content


def test_truncated_register_is_damaged(session, register_path):
    session.close()
    data = register_path.read_bytes()
    register_path.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises((RegisterDamaged, WrongPassphrase)):
        register_service.unlock(register_path, PASSPHRASE)


def test_schema_from_the_future_is_refused(session, register_path):
    session.register.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    session.close()
    before = sha256(register_path)
    with pytest.raises(SchemaTooNew):
        register_service.unlock(register_path, PASSPHRASE)
    assert sha256(register_path) == before


def test_create_refuses_existing_file(session, register_path):
    session.close()
    with pytest.raises(RegisterExists):
        register_service.create(register_path, PASSPHRASE, PASSPHRASE, CellProfile(["Testdorp"]))


def test_create_validates_everything_first(register_path):
    with pytest.raises(ValidationError) as info:
        register_service.create(register_path, "short", "short", CellProfile([]))
    assert info.value.problems == {"municipalities": "required", "passphrase": "too_short"}
    assert not register_path.exists()


def test_joint_and_zonal_cells(register_path):
    profile = CellProfile(["Oostdorp", " Westdorp ", "oostdorp"], CellStructure.ZONAL)
    assert profile.municipalities == ["Oostdorp", "Westdorp"]
    assert profile.is_joint
    assert CellProfile(["Oostdorp"], CellStructure.ZONAL).problems() == {
        "structure": "zonal_needs_several"
    }


def test_second_instance_is_refused_without_touching_the_register(session, register_path):
    session.close()
    before = sha256(register_path)
    with RegisterLock(register_path), pytest.raises(RegisterBusy):
        RegisterLock(register_path).acquire()
    assert sha256(register_path) == before
    # The lock is gone with its holder.
    with RegisterLock(register_path):
        pass


def test_lock_is_released_when_the_process_dies(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "r.livc"
    code = (
        "import sys, time; from pathlib import Path;"
        "from livc_desktop.storage import RegisterLock;"
        f"l = RegisterLock(Path({str(path)!r})); l.acquire(); print('held', flush=True);"
        "time.sleep(60)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        with pytest.raises(RegisterBusy):
            RegisterLock(path).acquire()
    finally:
        proc.kill()
        proc.wait()
    with RegisterLock(path):
        pass


def test_check_reports_counts_and_no_problems(session, register_path):
    session.close()
    report = register_service.check(register_path, PASSPHRASE)
    assert report.ok
    assert report.schema_version == LATEST_VERSION
    assert report.counts["setting"] >= 2


def test_nothing_readable_reaches_disk(session, register_path):
    secrets = ["Zoë Testpersoon-Fictief", "رانيا المثال", "dossier 2026-0042 rode vlag"]
    for i, text in enumerate(secrets):
        session.settings.set(f"probe.{i}", text * 50)
    # Look while the register is open (WAL, shm) and after it is closed.
    files_open = [p for p in register_path.parent.iterdir() if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files_open)
    blobs = [p.read_bytes() for p in files_open]
    session.close()
    blobs += [p.read_bytes() for p in register_path.parent.iterdir() if p.is_file()]
    for text in secrets:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            needle = text.encode(encoding)
            assert not any(needle in blob for blob in blobs), (text, encoding)
    assert b"SQLite format 3" not in register_path.read_bytes()[:16]


def test_pragmas_in_force(session):
    r = session.register
    assert r.scalar("PRAGMA foreign_keys") == 1
    assert r.scalar("PRAGMA secure_delete") == 1
    assert r.scalar("PRAGMA temp_store") == 2  # MEMORY
    assert r.scalar("PRAGMA cipher_memory_security") in (0, "0")
    # The program's count (lowered for the tests in conftest), recorded in the sidecar.
    from livc_desktop.storage import connection

    assert int(r.scalar("PRAGMA kdf_iter")) == connection.KDF_ITER


def test_open_register_direct_with_bytes_key(session, register_path):
    session.close()
    reg = open_register(register_path, PASSPHRASE.encode())
    assert reg.integrity_problems() == []
    reg.close()


def test_disk_full_inside_a_transaction_is_reported_as_such(session, monkeypatch):
    """SQLite rolls back by itself on SQLITE_FULL; our rollback must not hide that."""
    from livc_desktop.domain.errors import DiskFull

    with pytest.raises(DiskFull), session.register.transaction() as conn:
        conn.execute("INSERT INTO setting VALUES ('probe', '1')")
        conn.execute("PRAGMA max_page_count = 1")
        conn.execute("INSERT INTO setting VALUES ('big', ?)", ("x" * 100_000,))
    session.register.execute("PRAGMA max_page_count = 1073741823")
    assert session.settings.get("probe") is None  # nothing half-written
