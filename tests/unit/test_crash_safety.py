"""kill -9 at random moments during writes and during a passphrase change: every time the
register opens (with the old or the new passphrase), passes both integrity checks and holds
every transaction the child reported as committed."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import time

import pytest

from livc_desktop.domain.cell import CellProfile
from livc_desktop.domain.errors import WrongPassphrase
from livc_desktop.services import register as register_service
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

RUNS = 50

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from livc_desktop.storage import connection
    connection.KDF_ITER = 64_000  # as in the tests' conftest: keeps 50 runs fast
    from livc_desktop.services import register as r

    path, run, current, other = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    s = r.unlock(path, current)
    print("go", flush=True)
    for i in range(15):
        s.settings.set(f"crash.{run}.a{i}", i)
        print(f"c crash.{run}.a{i}", flush=True)
    s = r.change_passphrase(s, current, other, other)
    print("rekeyed", flush=True)
    for i in range(15):
        s.settings.set(f"crash.{run}.b{i}", i)
        print(f"c crash.{run}.b{i}", flush=True)
    s.close()
    print("done", flush=True)
    """
)


@pytest.mark.slow
def test_kill_during_writes_and_passphrase_changes(tmp_path):
    path = tmp_path / "r.livc"
    s = register_service.create(path, PASSPHRASE, PASSPHRASE, CellProfile(["Testdorp"]))
    with s.register.transaction() as conn:
        for i in range(1500):  # about 1 MB, so the passphrase change takes a while
            conn.execute("INSERT INTO setting VALUES (?, ?)", (f"fill{i}", '"' + "x" * 500 + '"'))
    s.close()
    rng = random.Random(20261128)
    committed: set[str] = set()
    phrases = [PASSPHRASE, OTHER_PASSPHRASE]
    current = 0
    killed_during_rekey = killed_during_writes = 0
    started = time.monotonic()
    for run in range(RUNS):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                CHILD,
                str(path),
                str(run),
                phrases[current],
                phrases[1 - current],
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "go"
        time.sleep(rng.uniform(0.0, 0.35))  # a random moment (the child is not a Qt test)
        proc.kill()
        proc.wait()
        lines = [line.strip() for line in proc.stdout.read().splitlines()]
        proc.stdout.close()
        committed.update(line[2:] for line in lines if line.startswith("c "))
        rekeyed = "rekeyed" in lines
        if "done" not in lines:
            if rekeyed or any(".b" in line for line in lines):
                killed_during_writes += 1
            elif any(line.startswith("c ") and line.endswith("a14") for line in lines):
                killed_during_rekey += 1
            else:
                killed_during_writes += 1
        order = [1 - current, current] if rekeyed else [current, 1 - current]
        opened = None
        for index in order:
            try:
                opened = register_service.unlock(path, phrases[index])
            except WrongPassphrase:
                continue
            current = index
            break
        assert opened is not None, f"run {run}: neither passphrase opens the register"
        try:
            if rekeyed:
                assert phrases[current] != phrases[order[1]], f"run {run}: rekey lost"
            assert opened.register.integrity_problems() == [], f"run {run}"
            present = {
                str(r[0])
                for r in opened.register.query("SELECT key FROM setting WHERE key LIKE 'crash.%'")
            }
            missing = committed - present
            assert not missing, f"run {run}: committed but missing: {sorted(missing)[:3]}"
        finally:
            opened.close()
    assert killed_during_rekey > 0, "no kill landed during a passphrase change"
    assert killed_during_writes > 0
    assert time.monotonic() - started < 90


RESTORE_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from livc_desktop.storage import connection
    connection.KDF_ITER = 64_000
    from livc_desktop.services import backup as b

    print("go", flush=True)
    b.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
    print("restored", flush=True)
    """
)


@pytest.mark.slow
def test_kill_during_restore_leaves_old_or_new(tmp_path):
    """kill -9 at random moments of a restore: the old register (its passphrase, its data)
    or the restored one (the backup's) opens, never neither."""
    from livc_desktop.services import backup as backup_service

    path = tmp_path / "r.livc"
    s = register_service.create(path, PASSPHRASE, PASSPHRASE, CellProfile(["Testdorp"]))
    with s.register.transaction() as conn:
        for i in range(1500):
            conn.execute("INSERT INTO setting VALUES (?, ?)", (f"fill{i}", '"' + "x" * 500 + '"'))
    s.settings.set("marker", "backup")
    made = backup_service.make_backup(
        s, tmp_path / "usb", passphrase=OTHER_PASSPHRASE, repeated=OTHER_PASSPHRASE
    )
    s.settings.set("marker", "live")
    s.close()
    rng = random.Random(7)
    outcomes: set[str] = set()
    for run in range(10):
        proc = subprocess.Popen(
            [sys.executable, "-c", RESTORE_CHILD, str(path), str(made.path), OTHER_PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "go"
        time.sleep(rng.uniform(0.0, 0.3))
        proc.kill()
        proc.wait()
        restored = "restored" in proc.stdout.read()
        proc.stdout.close()
        opened = None
        for phrase, marker in ((PASSPHRASE, "live"), (OTHER_PASSPHRASE, "backup")):
            try:
                opened = register_service.unlock(path, phrase)
            except WrongPassphrase:
                continue
            try:
                assert opened.settings.get("marker") == marker, f"run {run}"
                assert opened.register.integrity_problems() == [], f"run {run}"
            finally:
                opened.close()
            outcomes.add(marker)
            if restored:
                assert marker == "backup", f"run {run}: reported restored, old one in place"
            break
        assert opened is not None, f"run {run}: neither register opens"
        if marker == "backup":
            break  # restored: later runs would restore the same thing again
    assert outcomes
