"""Backup files at the storage level: export a verified copy, read one back read-only.

A backup is a complete SQLCipher database: under the register's own key and salt, the
register file copied byte for byte (its log written back into it first); under a separate
passphrase, SQLite's online backup from the register's connection, every page decrypted
with the register's key and written under the backup's (with a fresh salt). Reading a
backup never writes to it: it is opened read-only (`mode=ro`), so verifying a file on a
USB stick leaves it byte-identical."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from livc_desktop.domain.errors import (
    BackupDamaged,
    DestinationReadOnly,
    DiskFull,
    WriteFailed,
)
from livc_desktop.storage import connection
from livc_desktop.storage.connection import (
    APPLICATION_ID,
    Register,
    _storage_error,
)
from livc_desktop.storage.files import (
    claim_new,
    fsync_file,
    make_private,
    os_error,
    remove_quietly,
)

_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


@dataclass
class BackupContents:
    """What a backup file holds, read without changing it."""

    application_id: int
    schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    row_hashes: dict[str, str] = field(default_factory=dict)
    trail_head: str = ""


def is_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == _SQLITE_PLAIN_HEADER


def register_kdf_iter(register: Register) -> int:
    return int(register.scalar("PRAGMA kdf_iter"))


def _claim(target: Path) -> None:
    """Create the (empty) target ourselves first, exclusively and never through a link, so
    a read-only or forbidden folder is told apart from every other failure. (os.access
    would lie to root.)"""
    try:
        os.close(claim_new(target))
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise DestinationReadOnly(errno.errorcode.get(exc.errno or 0, "")) from exc
        raise os_error(exc) from exc


@dataclass(frozen=True)
class Exported:
    """A verified copy: the row counts it holds (those of the register) and its SHA-256."""

    counts: dict[str, int]
    sha256: str


def export_verified(register: Register, target: Path, key: bytes | None, kdf_iter: int) -> Exported:
    """Copy `register` into `target` (must not exist, in the destination folder), then
    re-open the copy read-only and check it: every page's HMAC, user_version,
    application_id and the row counts of every table against the register's; its SHA-256
    is computed meanwhile. fsync'ed on success; removed on any failure. `key=None` protects
    the copy with the register's own key (no passphrase needed); `kdf_iter` must then be
    the register's own.

    Under the register's own key the copy is the register file itself, copied byte for
    byte (hashed while it is written) with the register's writers held off; under another
    key it is SQLite's online backup (each page decrypted with the register's key and
    encrypted with the copy's). Never an SQL export: no index is rebuilt, and the copy's
    structure is the register's."""
    version = register.schema_version
    if key is None:
        keyspec = register.keyspec
        if not keyspec:
            raise BackupDamaged("no_key")  # only a register opened by open_register has one
    elif not key:
        raise BackupDamaged("empty_key")  # an empty key would mean plaintext
    else:
        keyspec = connection.derive_keyspec(key, os.urandom(16), kdf_iter)
    _claim(target)
    try:
        written = _export(register, target, keyspec if key is not None else None, kdf_iter, version)
        found, digest, counts = _check_copy(target, keyspec, kdf_iter, written, register)
        if found.application_id != APPLICATION_ID or found.schema_version != version:
            raise BackupDamaged("header")
        if found.problems or found.counts != counts:
            raise BackupDamaged("verify")
        make_private(target)
        fsync_file(target)
    except OSError as exc:
        remove_quietly(target)
        raise os_error(exc) from exc
    except dbapi2.DatabaseError as exc:
        remove_quietly(target)
        raise BackupDamaged("reopen") from exc
    except BaseException:
        remove_quietly(target)
        raise
    return Exported(counts, digest)


def _export(
    register: Register, target: Path, keyspec: bytes | None, kdf_iter: int, version: int
) -> str | None:
    """Write the copy; return its SHA-256 when it was computed while writing. `keyspec`
    None: under the register's own key (and salt)."""
    if keyspec is None:
        digest = _copy_file(register, target)
        if digest is not None:
            return digest
        keyspec = register.keyspec or b""
    _copy_pages(register.conn, target, keyspec, kdf_iter, version)
    return None


def _copy_file(register: Register, target: Path) -> str | None:
    """The register file copied byte for byte into `target` (our own empty file), hashed
    as it is written: a backup under the register's own key and salt holds exactly the
    register's encrypted pages, so nothing needs decrypting and encrypting again. The log
    is first written back into the file (checkpoint) and the register's write lock held
    while copying, so the file is one consistent state. None (nothing written) when that
    cannot be had: the caller then copies page by page."""
    conn = register.conn
    if register.readonly or conn.in_transaction:
        return None
    # Never wait here for a reader or a writer: copying page by page does not need them
    # gone, so a busy register is copied that way at once.
    waits = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("BEGIN IMMEDIATE")
    except dbapi2.Error:
        return None
    finally:
        conn.execute(f"PRAGMA busy_timeout = {waits}")
    try:
        wal = register.path.with_name(register.path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None  # written between the checkpoint and the lock: not in the file
        digest = hashlib.sha256()
        with register.path.open("rb") as source, target.open("r+b") as out:
            for block in iter(lambda: source.read(_BLOCK), b""):
                out.write(block)
                digest.update(block)
        return digest.hexdigest()
    finally:
        with contextlib.suppress(dbapi2.Error):
            conn.execute("ROLLBACK")


_BLOCK = 1 << 20


def _copy_pages(source: Any, target: Path, keyspec: bytes, kdf_iter: int, version: int) -> None:
    """SQLite's online backup from the `source` connection into `target` (our own empty
    file), keyed with `keyspec`. No journal beside the copy and no syncing while writing:
    a failed copy is removed, a finished one is fsync'ed once."""
    out = sqlcipher3.connect(str(target), isolation_level=None, check_same_thread=False)
    try:
        with contextlib.suppress(dbapi2.Error):
            out.execute("PRAGMA cipher_log_level = NONE")
        out.set_key(keyspec)
        out.execute(f"PRAGMA kdf_iter = {int(kdf_iter)}")
        connection.configure_memory(out)
        page_size = int(source.execute("PRAGMA page_size").fetchone()[0])
        out.execute(f"PRAGMA page_size = {page_size}")
        out.execute("PRAGMA journal_mode = OFF")
        out.execute("PRAGMA synchronous = OFF")
        source.backup(out)
        # The header came with the pages; set again so that the copy never depends on it.
        out.execute(f"PRAGMA user_version = {int(version)}")
        out.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except dbapi2.OperationalError as exc:
        raise _storage_error(exc) from exc
    finally:
        out.close()


def _check_copy(
    target: Path, keyspec: bytes, kdf_iter: int, digest: str | None, register: Register
) -> tuple[BackupContents, str, dict[str, int]]:
    """Re-open the written copy read-only (a fresh pager reads every page back and checks
    its HMAC) and count its rows on a second connection, while this thread counts the
    register's rows and another hashes the file (unless `digest` was computed while
    writing). SQLite and hashlib let go of the interpreter, so these share both cores.
    Returns the copy's contents, its SHA-256 and the register's counts."""
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="backup-check") as pool:
        hashed = pool.submit(file_sha256, target) if digest is None else None
        found = pool.submit(_read_contents, target, keyspec, kdf_iter, False)
        counts = register.table_counts()
        contents = found.result()
        return contents, hashed.result() if hashed is not None else str(digest), counts


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _contents(
    conn: Any, schema: str, *, with_hashes: bool = False, pages: Any = None
) -> BackupContents:
    """Header, problems, counts and trail head. The pages are checked by their HMACs, not
    by SQLite's structural check: a backup is a page-by-page copy of the register, so its
    structure is the register's own, and the HMACs prove every page is exactly what was
    written (the full structural check runs on a restored copy before it is swapped in).
    `pages`: a second connection to the same file that checks the HMACs in another
    thread while this one counts; None checks them here first."""

    def one(sql: str) -> Any:
        row = conn.execute(sql).fetchone()
        return None if row is None else row[0]

    problems: list[str] = []
    checker: Future[list[str]] | None = None
    pool: ThreadPoolExecutor | None = None
    if pages is None:
        problems.extend(_cipher_problems(conn, schema))
    else:
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-hmac")
        checker = pool.submit(_cipher_problems, pages, schema)
    try:
        app_id = int(one(f"PRAGMA {schema}.application_id"))
        version = int(one(f"PRAGMA {schema}.user_version"))
        counts: dict[str, int] = {}
        hashes: dict[str, str] = {}
        try:
            for name in _table_names(conn, schema):
                counts[name] = int(one(f'SELECT count(*) FROM {schema}."{name}"'))
                if with_hashes:
                    hashes[name] = _table_hash(conn, schema, name)
        except dbapi2.DatabaseError as exc:
            problems.append(f"read: {type(exc).__name__}")
        head = ""
        if "audit_entry" in counts:
            with contextlib.suppress(dbapi2.DatabaseError):
                head = str(
                    one(f"SELECT hash FROM {schema}.audit_entry ORDER BY seq DESC LIMIT 1") or ""
                )
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
    if checker is not None:
        problems[:0] = checker.result()
    return BackupContents(app_id, version, counts, problems, hashes, head)


def _cipher_problems(conn: Any, schema: str) -> list[str]:
    """Every page's HMAC checked (SQLCipher reads the whole file once)."""
    try:
        rows = conn.execute(f"PRAGMA {schema}.cipher_integrity_check").fetchall()
    except dbapi2.DatabaseError as exc:
        return [f"cipher_integrity_check: {type(exc).__name__}"]
    return [f"cipher_integrity_check: {r[0]}" for r in rows if str(r[0]) != "ok"]


def _table_names(conn: Any, schema: str) -> list[str]:
    rows = conn.execute(
        f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    names = [str(r[0]) for r in rows]
    fts = {str(r[0]) for r in rows if r[1] and "VIRTUAL TABLE" in str(r[1]).upper()}
    return [n for n in names if not any(n.startswith(f + "_") for f in fts)]


def _table_hash(conn: Any, schema: str, name: str) -> str:
    """SHA-256 over every row in rowid order (or full-row order for WITHOUT ROWID)."""
    digest = hashlib.sha256()
    try:
        cur = conn.execute(f'SELECT * FROM {schema}."{name}" ORDER BY rowid')
    except dbapi2.OperationalError:
        cur = conn.execute(f'SELECT * FROM {schema}."{name}" ORDER BY 1')
    for row in cur:
        digest.update(repr(tuple(row)).encode("utf-8"))
    return digest.hexdigest()


def table_hashes(register: Register) -> dict[str, str]:
    """Per-table row hashes of an open register (for round-trip checks)."""
    return {n: _table_hash(register.conn, "main", n) for n in _table_names(register.conn, "main")}


def open_backup_readonly(path: Path, key: bytes, kdf_iter: int) -> Any:
    """A read-only connection to a backup whose key (a passphrase, or a raw key from
    `connection.derive_keyspec`) is proven; raises dbapi2.DatabaseError when page 1 does
    not decrypt (wrong key, wrong settings, damage, not SQLCipher)."""
    # immutable: no lock, no -journal/-wal/-shm beside the backup; it stays byte-identical.
    uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlcipher3.Row
    try:
        with contextlib.suppress(dbapi2.Error):
            conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(key)
        conn.execute(f"PRAGMA kdf_iter = {int(kdf_iter)}")
        connection.configure_memory(conn)
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def read_backup(
    path: Path, key: bytes, kdf_iter: int, *, with_hashes: bool = False
) -> BackupContents:
    """Open read-only and report header, integrity problems and counts.
    Raises dbapi2.DatabaseError if the key does not open it (the service classifies).
    With a raw key (`connection.derive_keyspec`) the page HMACs are checked on a second
    connection while the rows are counted; a passphrase would cost a second derivation."""
    return _read_contents(path, key, kdf_iter, with_hashes)


def _read_contents(path: Path, key: bytes, kdf_iter: int, with_hashes: bool) -> BackupContents:
    conn = open_backup_readonly(path, key, kdf_iter)
    try:
        if not is_raw_key(key):
            return _contents(conn, "main", with_hashes=with_hashes)
        pages = open_backup_readonly(path, key, kdf_iter)
        try:
            return _contents(conn, "main", with_hashes=with_hashes, pages=pages)
        finally:
            pages.close()
    finally:
        conn.close()


def is_raw_key(key: bytes) -> bool:
    """A key SQLCipher uses as it is (`x'<hex>'`), without deriving."""
    return key.startswith(b"x'") and key.endswith(b"'")


def copy_backup_to(path: Path, key: bytes, kdf_iter: int, target: Path) -> None:
    """Write the backup's content to `target` (a new file next to the register) under the
    same passphrase, with a salt of its own and the program's kdf_iter; user_version and
    application_id copied. SQLite's online backup, page by page like the backup itself
    (no SQL export that rebuilds every table and index); the caller verifies the copy."""
    conn = open_backup_readonly(path, key, kdf_iter)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        remove_quietly(target)
        _claim(target)
        try:
            keyspec = connection.derive_keyspec(key, os.urandom(16), connection.KDF_ITER)
            _copy_pages(conn, target, keyspec, connection.KDF_ITER, version)
        except BaseException:
            remove_quietly(target)
            raise
    finally:
        conn.close()
    make_private(target)


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, dbapi2.DatabaseError)


__all__ = [
    "BackupContents",
    "DiskFull",
    "Exported",
    "WriteFailed",
    "copy_backup_to",
    "export_verified",
    "file_sha256",
    "is_database_error",
    "is_plain_sqlite",
    "is_raw_key",
    "open_backup_readonly",
    "read_backup",
    "register_kdf_iter",
    "table_hashes",
]
