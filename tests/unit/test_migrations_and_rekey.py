"""Schema migrations from every earlier version, and passphrase changes that survive a
crash at every step."""

from __future__ import annotations

import subprocess
import sys

import pytest

from livc_desktop.domain.errors import ValidationError, WrongPassphrase
from livc_desktop.services import register as register_service
from livc_desktop.storage import create_register, open_register
from livc_desktop.storage.migrations import LATEST_VERSION, MIGRATIONS
from livc_desktop.storage.rekey import STEPS, rekey_path
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

KEY = PASSPHRASE.encode()


def schema_of(register) -> list[tuple[str, str, str]]:
    rows = register.query(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "ORDER BY type, name"
    )
    return [(r[0], r[1], " ".join(str(r[2]).split())) for r in rows]


def test_migrations_are_numbered_without_gaps():
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))


@pytest.mark.parametrize("start", range(0, LATEST_VERSION))
def test_migrate_from_every_earlier_version(tmp_path, start):
    fresh = create_register(tmp_path / "fresh.livc", KEY)
    expected = schema_of(fresh)
    fresh.close()

    old_path = tmp_path / "old.livc"
    old = create_register(old_path, KEY, target_version=start)
    assert old.schema_version == start
    old.close()

    migrated = open_register(old_path, KEY)
    try:
        assert migrated.schema_version == LATEST_VERSION
        assert schema_of(migrated) == expected
        assert migrated.integrity_problems() == []
    finally:
        migrated.close()
    copies = list(tmp_path.glob(f"old.livc-v{start}-*.bak"))
    if start > 0:
        # The copy made before migrating opens with the same key at the old version.
        assert len(copies) == 1
        kept = open_register(copies[0], KEY, migrate=False)
        assert kept.schema_version == start
        kept.close()
    else:
        assert copies == []


def test_failed_migration_rolls_back(tmp_path, monkeypatch):
    from livc_desktop.storage import migrations

    path = tmp_path / "r.livc"
    create_register(path, KEY, target_version=LATEST_VERSION - 1).close()

    def broken(conn):
        conn.execute("CREATE TABLE half_done(x)")
        raise RuntimeError("simulated failure")

    last = migrations.MIGRATIONS[-1]
    patched = (*migrations.MIGRATIONS[:-1], migrations.Migration(last.version, last.name, broken))
    monkeypatch.setattr(migrations, "MIGRATIONS", patched)
    with pytest.raises(RuntimeError):
        open_register(path, KEY)
    monkeypatch.undo()
    reg = open_register(path, KEY, migrate=False)
    assert reg.schema_version == LATEST_VERSION - 1
    assert "half_done" not in reg.table_names()
    reg.close()


def test_change_passphrase(session, register_path):
    session.settings.set("probe", "kept across the change")
    new = register_service.change_passphrase(
        session, PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE
    )
    assert not session.is_open
    assert new.settings.get("probe") == "kept across the change"
    new.close()
    with pytest.raises(WrongPassphrase):
        register_service.unlock(register_path, PASSPHRASE)
    register_service.unlock(register_path, OTHER_PASSPHRASE).close()
    assert not rekey_path(register_path).exists()


def test_change_passphrase_needs_the_current_one(session):
    with pytest.raises(WrongPassphrase):
        register_service.change_passphrase(
            session, "not the current one!", OTHER_PASSPHRASE, OTHER_PASSPHRASE
        )
    assert session.is_open
    with pytest.raises(ValidationError):
        register_service.change_passphrase(session, PASSPHRASE, "short", "short")
    with pytest.raises(ValidationError):
        register_service.change_passphrase(session, PASSPHRASE, PASSPHRASE, PASSPHRASE)


class SimulatedCrash(BaseException):
    pass


@pytest.mark.parametrize("crash_at", STEPS)
def test_crash_at_each_step_leaves_one_openable_register(session, register_path, crash_at):
    session.settings.set("probe", "still here")

    def before_step(name: str) -> None:
        if name == crash_at:
            raise SimulatedCrash(name)

    with pytest.raises(SimulatedCrash):
        register_service.change_passphrase(
            session, PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE, before_step=before_step
        )
    if session.is_open:
        session.close()
    # Whatever step it died at, the old passphrase still opens an intact register
    # (the swap is the single atomic step after which only the new one would).
    reopened = register_service.unlock(register_path, PASSPHRASE)
    assert reopened.settings.get("probe") == "still here"
    assert reopened.register.integrity_problems() == []
    reopened.close()
    assert not rekey_path(register_path).exists()


@pytest.mark.slow
def test_kill_during_passphrase_change_leaves_old_or_new(tmp_path):
    """A real kill -9 at random moments of a passphrase change on a few-MB register."""
    path = tmp_path / "r.livc"
    s = register_service.create(path, PASSPHRASE, PASSPHRASE, _profile())
    with s.register.transaction() as conn:
        for i in range(3000):
            conn.execute("INSERT INTO setting VALUES (?, ?)", (f"k{i}", '"' + "x" * 500 + '"'))
    s.close()
    script = (
        "import sys; from pathlib import Path;"
        "from livc_desktop.services import register as r;"
        f"s = r.unlock(Path({str(path)!r}), {PASSPHRASE!r});"
        "print('go', flush=True);"
        f"r.change_passphrase(s, {PASSPHRASE!r}, {OTHER_PASSPHRASE!r}, {OTHER_PASSPHRASE!r})"
    )
    outcomes = set()
    for delay in (0.0, 0.05, 0.1, 0.2, 0.3, 0.45):
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        proc.stdout.readline()
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.kill()
        proc.wait()
        opened = None
        for phrase in (PASSPHRASE, OTHER_PASSPHRASE):
            try:
                opened = register_service.unlock(path, phrase)
            except WrongPassphrase:
                continue
            outcomes.add(phrase)
            assert opened.register.integrity_problems() == []
            assert opened.register.table_counts()["setting"] >= 3000
            opened.close()
            break
        assert opened is not None, f"neither passphrase opens the register after {delay}s"
        if OTHER_PASSPHRASE in outcomes:
            break
    assert PASSPHRASE in outcomes or OTHER_PASSPHRASE in outcomes


def _profile():
    from livc_desktop.domain.cell import CellProfile

    return CellProfile(["Testdorp"])


def test_stale_rekey_copy_is_dropped_on_open(session, register_path):
    session.close()
    rekey_path(register_path).write_bytes(b"leftover")
    register_service.unlock(register_path, PASSPHRASE).close()
    assert not rekey_path(register_path).exists()
