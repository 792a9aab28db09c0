"""Every failure named for what it is, and copies of a register that looking never changes.

The sweep at the end damages a register, a backup and a manifest in many ways and checks
the exit code, the message and that nothing else on disk changed."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from livc_desktop.cli import main
from livc_desktop.domain.errors import (
    BackupDamaged,
    BackupManifestAltered,
    BackupWrongPassphrase,
    DiskFull,
    ReadOnlyCopy,
    RegisterDamaged,
    WrongPassphrase,
)
from livc_desktop.domain.meetings import (
    TableKind,
)
from livc_desktop.services import backup as backup_service
from livc_desktop.services import meetings
from livc_desktop.services import register as register_service
from livc_desktop.storage import RegisterLock, connection
from livc_desktop.storage.connection import load_params, params_path
from livc_desktop.ui.messages import error_message
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

WRONG_TEXT = "passphrase is not correct"
UNVERIFIED_TEXT = "does not open the register"
DAMAGED_TEXT = "damaged and cannot be used"
RESTORE_HINT = "File → Restore…"
ALTERED_TEXT = "manifest (the .json file beside it) was edited or damaged"
BACKUP_DAMAGED_TEXT = "backup file is damaged"
BACKUP_WRONG_TEXT = "this passphrase does not open it"
CHECK_FAILED_TEXT = "Integrity check FAILED"


def run(argv: list[str], stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    old_in, old_out, old_err = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), io.StringIO(), io.StringIO()
    try:
        code = main(argv)
        return code, sys.stdout.getvalue(), sys.stderr.getvalue()
    finally:
        out, err = sys.stdout, sys.stderr
        sys.stdin, sys.stdout, sys.stderr = old_in, old_out, old_err
        del out, err


EMPTY_SHA = hashlib.sha256(b"").hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    """SHA-256 of every file; the register's (empty) instance-lock file is left out: a
    command on the register itself holds it, and it carries no data."""
    found = {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
    assert found.pop("register.livc.lock", EMPTY_SHA) == EMPTY_SHA
    return found


def flip(path: Path, offset: int, bit: int = 0) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 1 << bit
    path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register with a meeting, its sidecar, and a backup with its sealed manifest."""
    folder = tmp_path_factory.mktemp("base")
    reg = folder / "register.livc"
    code, _, err = run(
        ["init", "--register", str(reg), "--municipality", "Demostad", "--passphrase-stdin"],
        f"{PASSPHRASE}\n{PASSPHRASE}\n",
    )
    assert code == 0, err
    session = register_service.unlock(reg, PASSPHRASE)
    try:
        meetings.create_meeting(
            session,
            meetings.MeetingDraft(
                TableKind.INTEGRATED,
                date(2026, 3, 10),
                "14:00",
                "Gemeentehuis Demostad, zaal 1",
                "Burgemeester Voorbeeld",
                "Ambtenaar Voorbeeld",
            ),
        )
        backup_service.make_backup(session, folder / "bk", register_passphrase=PASSPHRASE)
    finally:
        session.close()
    (folder / "register.livc.lock").unlink()
    return folder


@pytest.fixture
def work(base: Path, tmp_path: Path) -> Path:
    target = tmp_path / "w"
    shutil.copytree(base, target)
    return target


def backup_of(folder: Path) -> Path:
    return next((folder / "bk").glob("*.livcbak"))


# -- wrong passphrase, damage and the key verifier ---------------------------------------


def test_wrong_passphrase_and_damaged_page1_are_told_apart(work: Path) -> None:
    reg = work / "register.livc"
    flip(reg, 2000)
    before = snapshot(work)
    code, _, err = run(["check", "--register", str(reg), "--passphrase-stdin"])
    assert code == 4 and DAMAGED_TEXT in err and RESTORE_HINT in err
    # The sidecar knows the last backup's date: the message names it.
    assert "latest backup known was made on" in err
    code, _, err = run(
        ["check", "--register", str(reg), "--passphrase-stdin"], "Verkeerd-Demo-42\n"
    )
    assert code == 3 and WRONG_TEXT in err
    assert snapshot(work) == before


def test_without_a_sidecar_a_good_register_opens_and_the_sidecar_comes_back(work: Path) -> None:
    reg = work / "register.livc"
    params_path(reg).unlink()
    register_service.unlock(reg, PASSPHRASE).close()
    params = load_params(reg)
    assert params.sound and params.kdf_iter == connection.KDF_ITER


def test_without_a_sidecar_damage_is_never_claimed_for_a_plausible_file(work: Path) -> None:
    reg = work / "register.livc"
    params_path(reg).unlink()
    flip(reg, 2000)
    with pytest.raises(WrongPassphrase) as caught:
        register_service.unlock(reg, PASSPHRASE)
    assert caught.value.detail == "unverified"
    assert RESTORE_HINT in error_message(caught.value)
    assert not params_path(reg).exists()


def test_a_stale_sidecar_never_turns_a_good_register_into_damaged(work: Path, tmp_path) -> None:
    """A register copied over by hand (other salt, other passphrase) keeps its old
    sidecar: the other passphrase opens it, the old one is told wrong, not damaged."""
    reg = work / "register.livc"
    other = tmp_path / "other.livc"
    register_service.create(other, OTHER_PASSPHRASE, OTHER_PASSPHRASE, _profile(), None).close()
    shutil.copyfile(other, reg)
    with pytest.raises(WrongPassphrase):
        register_service.unlock(reg, PASSPHRASE)
    register_service.unlock(reg, OTHER_PASSPHRASE).close()
    assert load_params(reg).register_salt == reg.read_bytes()[:16].hex()


def _profile():
    from livc_desktop.domain.cell import CellProfile

    return CellProfile(["Voorbeeldegem"])


def test_an_absurd_kdf_iter_in_the_sidecar_is_ignored_and_repaired(work: Path) -> None:
    reg = work / "register.livc"
    data = json.loads(params_path(reg).read_text())
    data["kdf_iter"] = 60_000_000
    params_path(reg).write_text(json.dumps(data))
    assert connection.read_params(reg) is None
    assert connection.kdf_candidates(reg)[0] == connection.KDF_ITER
    register_service.unlock(reg, PASSPHRASE).close()
    assert json.loads(params_path(reg).read_text())["kdf_iter"] == connection.KDF_ITER


def test_a_garbled_sidecar_is_repaired_after_unlocking(work: Path) -> None:
    reg = work / "register.livc"
    params_path(reg).write_bytes(b"{\x00garbled")
    register_service.unlock(reg, PASSPHRASE).close()
    assert load_params(reg).sound


def test_the_kdf_bounds_are_not_lowered_by_any_file_or_variable() -> None:
    import livc_desktop.storage.connection as module

    source = Path(module.__file__).read_text(encoding="utf-8")
    assert "KDF_ITER_MIN = SQLCIPHER_DEFAULT_KDF_ITER" in source
    assert "environ" not in source and "getenv" not in source


def test_the_verifier_costs_one_full_key_derivation(monkeypatch) -> None:
    calls: list[int] = []
    real = hashlib.pbkdf2_hmac

    def counting(name, password, salt, iterations, dklen=None):
        calls.append(iterations)
        return real(name, password, salt, iterations, dklen)

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", counting)
    connection.key_verifier(b"demo", b"s" * 16, connection.KDF_ITER)
    assert calls == [connection.KDF_ITER]


def test_a_normal_unlock_does_not_compute_the_verifier(work: Path, monkeypatch) -> None:
    reg = work / "register.livc"
    called: list[int] = []
    monkeypatch.setattr(connection, "key_verifier", lambda *a: called.append(1) or "")
    register_service.unlock(reg, PASSPHRASE).close()
    assert called == []


# -- disk, permissions -------------------------------------------------------------------


def test_a_full_disk_while_opening_is_told_and_leaves_no_side_files(work: Path, monkeypatch):
    reg = work / "register.livc"
    real = connection._apply_pragmas

    def full(conn, readonly=False):
        real(conn, readonly)  # creates -wal and -shm
        raise connection.dbapi2.OperationalError("database or disk is full")

    monkeypatch.setattr(connection, "_apply_pragmas", full)
    before = reg.read_bytes()
    with pytest.raises(DiskFull):
        register_service.unlock(reg, PASSPHRASE)
    assert reg.read_bytes() == before
    assert not any(p.exists() for p in connection.side_files(reg))


@pytest.mark.parametrize(
    ("err", "code", "text"),
    [
        (errno.EROFS, 8, "read-only"),
        (errno.EACCES, 7, "no permission"),
        (errno.ENOSPC, 6, "disk is full"),
    ],
)
def test_a_lock_that_cannot_be_made_is_named(work: Path, monkeypatch, err, code, text) -> None:
    def refuse(self):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(RegisterLock, "acquire", refuse)
    reg = work / "register.livc"
    before = snapshot(work)
    found, _, message = run(["meetings", "--register", str(reg), "--passphrase-stdin"])
    assert found == code and text in message and "internal error" not in message
    assert snapshot(work) == before


# -- copies of a register are never written ----------------------------------------------


@pytest.mark.parametrize("command", ["check", "meetings"])
def test_looking_at_a_backup_leaves_it_byte_identical(work: Path, command: str) -> None:
    backup = backup_of(work)
    before = snapshot(work)
    code, _, err = run([command, "--register", str(backup), "--passphrase-stdin"])
    assert code == 0, err
    assert snapshot(work) == before  # no WAL switch, no .lock, no trail entries
    code, _, err = run(["backup", "verify", "--file", str(backup), "--passphrase-stdin"])
    assert code == 0, err
    assert snapshot(work) == before


def test_minutes_from_a_backup_write_only_the_pdf(work: Path, tmp_path) -> None:
    backup = backup_of(work)
    before = snapshot(work)
    out = tmp_path / "minutes.pdf"
    argv = ["minutes", "--register", str(backup), "--meeting", "1", "--out", str(out)]
    code, _, err = run([*argv, "--passphrase-stdin"])
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
    assert snapshot(work) == before


def test_the_service_tells_damage_from_a_wrong_passphrase(work: Path) -> None:
    reg = work / "register.livc"
    flip(reg, 3000)
    with pytest.raises(RegisterDamaged) as caught:
        register_service.unlock(reg, PASSPHRASE)
    assert caught.value.detail == "page1"
    with pytest.raises(WrongPassphrase) as wrong:
        register_service.unlock(reg, OTHER_PASSPHRASE)
    assert wrong.value.detail != "unverified"


# -- the manifest's seal -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (("kdf", "kdf_iter"), 1_400_000),
        (("kdf", "cipher"), "AES-128-CBC"),
        (("trail_head",), "0" * 64),
        (("created",), "2020-01-01T00:00:00"),
    ],
)
def test_any_edit_of_the_manifest_is_named(work: Path, field, value) -> None:
    backup = backup_of(work)
    path = backup_service.manifest_path(backup)
    data = json.loads(path.read_text())
    target = data
    for key in field[:-1]:
        target = target[key]
    target[field[-1]] = value
    path.write_text(json.dumps(data, indent=2))
    with pytest.raises(BackupManifestAltered):
        backup_service.verify_backup(backup, PASSPHRASE)
    with pytest.raises(BackupWrongPassphrase):
        backup_service.verify_backup(backup, OTHER_PASSPHRASE)


def test_a_removed_seal_is_noticed(work: Path) -> None:
    backup = backup_of(work)
    path = backup_service.manifest_path(backup)
    data = json.loads(path.read_text())
    for key in ("seal", "seal_salt", "verifier"):
        data.pop(key)
    path.write_text(json.dumps(data))
    with pytest.raises(BackupManifestAltered):
        backup_service.verify_backup(backup, PASSPHRASE)


def test_a_damaged_backup_with_the_right_passphrase_is_damaged(work: Path) -> None:
    backup = backup_of(work)
    flip(backup, 100)
    with pytest.raises(BackupDamaged):
        backup_service.verify_backup(backup, PASSPHRASE)
    with pytest.raises(BackupWrongPassphrase):
        backup_service.verify_backup(backup, OTHER_PASSPHRASE)


# -- the access trail ---------------------------------------------------------------------


def _edit_trail(reg: Path, sql: str) -> None:
    """What someone holding the passphrase can do with any SQLCipher shell."""
    register = connection.open_register(reg, PASSPHRASE.encode(), migrate=False)
    try:
        with register.transaction() as conn:
            names = conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'"
            ).fetchall()
            for (name,) in names:
                conn.execute(f'DROP TRIGGER "{name}"')
            conn.execute(sql)
    finally:
        register.close()


def test_check_verifies_the_trail_and_names_the_first_bad_entry(work: Path) -> None:
    reg = work / "register.livc"
    _edit_trail(reg, "UPDATE audit_entry SET kind = kind || '_edited' WHERE seq = 2")
    code, _, err = run(["check", "--register", str(reg), "--passphrase-stdin"])
    assert code == 4 and "entry 2" in err


def test_verify_says_when_the_live_trail_no_longer_holds_the_backup(work: Path) -> None:
    reg = work / "register.livc"
    backup = backup_of(work)
    code, out, err = run(
        ["backup", "verify", "--file", str(backup), "--register", str(reg), "--passphrase-stdin"]
    )
    assert code == 0 and "trail_in_register\tyes" in out, err
    head = backup_service.read_manifest(backup).trail_head
    _edit_trail(
        reg,
        f"DELETE FROM audit_entry WHERE seq >= (SELECT seq FROM audit_entry WHERE hash = '{head}')",
    )
    code, out, err = run(
        ["backup", "verify", "--file", str(backup), "--register", str(reg), "--passphrase-stdin"]
    )
    assert code == 0 and "trail_in_register\tno" in out
    assert "no longer contains" in err


# -- the sweep ----------------------------------------------------------------------------


def _register_cases(size: int) -> list[tuple[str, object]]:
    page = connection.PAGE_SIZE
    cases: list[tuple[str, object]] = []
    for offset in (5, 16, 40, 700, 2048, 3000, 4000, page - 1):
        cases.append((f"page1@{offset}", ("flip", offset)))
    for n in (1, 2, 5, size // page // 2, size // page - 1):
        cases.append((f"page{n + 1}", ("flip", n * page + 1234)))
    cases += [
        ("truncate-odd", ("truncate", size - 100)),
        ("truncate-page", ("truncate", size - page)),
        ("truncate-half", ("truncate", size // 2)),
        ("empty", ("truncate", 0)),
        ("extend-odd", ("extend", 100)),
        ("extend-page", ("extend", page)),
    ]
    return cases


def _apply(path: Path, change: object) -> None:
    kind, amount = change  # type: ignore[misc]
    if kind == "flip":
        flip(path, amount)
    elif kind == "truncate":
        with path.open("r+b") as fh:
            fh.truncate(amount)
    else:
        with path.open("ab") as fh:
            fh.write(b"\x5a" * amount)


def test_sweep_every_damage_gets_its_exit_code_and_message(base: Path, tmp_path) -> None:
    reg_size = (base / "register.livc").stat().st_size
    seen = 0
    for name, change in _register_cases(reg_size):
        for command in ("check", "meetings"):
            work = tmp_path / f"{name}-{command}"
            shutil.copytree(base, work)
            reg = work / "register.livc"
            _apply(reg, change)
            before = snapshot(work)
            code, _, err = run([command, "--register", str(reg), "--passphrase-stdin"])
            after = snapshot(work)
            assert after == before, (name, command)
            assert "internal error" not in err
            if name == "page1@5":
                # The salt itself: the verifier cannot vouch for this file any more.
                assert (code, UNVERIFIED_TEXT in err) == (3, True), (name, command, err)
            else:
                assert code == 4, (name, command, code, err)
                assert DAMAGED_TEXT in err or CHECK_FAILED_TEXT in err, (name, err)
                assert RESTORE_HINT in err
            seen += 1
            shutil.rmtree(work)

    backup_size = backup_of(base).stat().st_size
    for name, change in _register_cases(backup_size):
        work = tmp_path / f"bk-{name}"
        shutil.copytree(base, work)
        backup = backup_of(work)
        _apply(backup, change)
        before = snapshot(work)
        code, _, err = run(["backup", "verify", "--file", str(backup), "--passphrase-stdin"])
        assert snapshot(work) == before
        assert code == 4, (name, code, err)
        if name == "empty":
            assert "empty (0 bytes)" in err
        elif name.startswith("truncate"):
            assert "incomplete" in err
        else:
            assert BACKUP_DAMAGED_TEXT in err, (name, err)
        seen += 1
        shutil.rmtree(work)

    manifest = backup_service.manifest_path(backup_of(base))
    length = manifest.stat().st_size
    for offset in range(0, length, max(1, length // 40)):
        work = tmp_path / f"mf-{offset}"
        shutil.copytree(base, work)
        target = backup_service.manifest_path(backup_of(work))
        flip(target, offset, offset % 7)
        before = snapshot(work)
        code, _, err = run(
            ["backup", "verify", "--file", str(backup_of(work)), "--passphrase-stdin"]
        )
        assert snapshot(work) == before
        assert code == 4 and ALTERED_TEXT in err, (offset, code, err)
        seen += 1
        shutil.rmtree(work)

    # And the untouched ones still pass, with the wrong passphrase told as such.
    work = tmp_path / "intact"
    shutil.copytree(base, work)
    assert run(["backup", "verify", "--file", str(backup_of(work)), "--passphrase-stdin"])[0] == 0
    code, _, err = run(
        ["backup", "verify", "--file", str(backup_of(work)), "--passphrase-stdin"],
        OTHER_PASSPHRASE + "\n",
    )
    assert code == 3 and BACKUP_WRONG_TEXT in err
    assert seen > 80


def test_working_copies_get_no_sidecar_of_their_own(work: Path) -> None:
    reg = work / "register.livc"
    copy = reg.with_name(reg.name + ".restoring")
    shutil.copyfile(reg, copy)
    connection.open_register(copy, PASSPHRASE.encode(), migrate=False).close()
    assert not params_path(copy).exists()


def test_a_change_asked_of_a_backup_is_refused_by_name(work: Path) -> None:
    backup = backup_of(work)
    before = snapshot(work)
    session = register_service.unlock(backup, PASSPHRASE)
    try:
        with pytest.raises(ReadOnlyCopy) as caught:
            session.settings.set("preferences", {})
        assert "restore it" in error_message(caught.value)
    finally:
        session.close()
    assert snapshot(work) == before


@pytest.mark.parametrize(
    ("detail", "text"), [("EACCES", "no permission"), ("EROFS", "read-only"), ("EIO", "written")]
)
def test_a_failed_write_says_why(detail: str, text: str) -> None:
    from livc_desktop.domain.errors import WriteFailed

    assert text in error_message(WriteFailed(detail))
