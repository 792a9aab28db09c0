"""The encrypted register: one SQLCipher 4 database file per cell.

Opening runs the key derivation (about 0.15 s with SQLCipher 4 defaults), so callers keep
one long-lived `Register` and run `open_register` off the GUI thread. The connection is
created with `check_same_thread=False` so that a worker thread may open it and hand it to
the GUI thread; it is only ever used by one thread at a time.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from livc_desktop.domain.errors import (
    BindingUnfit,
    NotARegister,
    RegisterDamaged,
    RegisterExists,
    RegisterMissing,
    SchemaTooNew,
    WrongPassphrase,
)
from livc_desktop.storage import migrations
from livc_desktop.storage.files import (
    claim_empty,
    durable_replace,
    ensure_private_dir,
    fsync_file,
    make_private,
    os_error,
    remove_quietly,
    write_new,
)

# 'LIVC' in ASCII: tells our registers from any other SQLCipher/SQLite file.
APPLICATION_ID = 0x4C495643
PAGE_SIZE = 4096
_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

# Key derivation (PBKDF2-HMAC-SHA512, SQLCipher 4). SQLCipher's default is 256,000
# iterations: 0.076 s on this project's build VM (one AMD EPYC core). We aim at about one
# second of unlock time on a modest laptop (a low-voltage dual-core some years old, which
# computes SHA-512 roughly 2 to 2.5 times slower than that VM core): 1,500,000 iterations
# measured 0.45 s on the VM, so about 1 s there. The cost is paid once per unlock (one
# long-lived connection) and multiplies the price of every passphrase guess by ~6 against
# the default. Not secret: stored beside the register in `<register>.params.json`.
SQLCIPHER_DEFAULT_KDF_ITER = 256_000
KDF_ITER = 1_500_000
PARAMS_FORMAT = "livc-register-params"
# The page cache holds decrypted pages; a page read from the file is decrypted and its
# HMAC checked each time it comes back. At city size (a 130 MB register) a full-text
# search touches more than 16 MB of pages: 260 ms a search with 16 MB, 75 ms with 64 MB
# (plain SQLite: 55 ms). Measured by benchmarks/ (encryption overhead); 64 MB is well
# inside the 400 MB memory budget.
CACHE_KIB = 64_000


@dataclass(frozen=True)
class BindingInfo:
    cipher_version: str
    provider: str
    provider_version: str
    sqlite_version: str
    fts5: bool


def binding_info() -> BindingInfo:
    """Probe the SQLCipher binding on a throw-away in-memory database."""
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.set_key(b"probe")

        def one(sql: str) -> str:
            row = conn.execute(sql).fetchone()
            return str(row[0]) if row else ""

        fts5 = True
        try:
            conn.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
        except dbapi2.OperationalError:
            fts5 = False
        return BindingInfo(
            cipher_version=one("PRAGMA cipher_version"),
            provider=one("PRAGMA cipher_provider"),
            provider_version=one("PRAGMA cipher_provider_version"),
            sqlite_version=one("SELECT sqlite_version()"),
            fts5=fts5,
        )
    finally:
        conn.close()


def check_binding() -> BindingInfo:
    """Refuse a binding without encryption, a known crypto provider or FTS5 (the register
    relies on all three)."""
    info = binding_info()
    if not info.cipher_version or not info.cipher_version.startswith("4."):
        raise BindingUnfit("sqlcipher4")
    if info.provider.lower() not in {"openssl", "libtomcrypt", "commoncrypto", "nss"}:
        raise BindingUnfit("provider")
    if not info.fts5:
        raise BindingUnfit("fts5")
    return info


def params_path(path: Path) -> Path:
    """The sidecar with the register's (non-secret) key-derivation parameters."""
    return path.with_name(path.name + ".params.json")


def read_params(path: Path) -> int | None:
    """The kdf_iter recorded beside `path`, or None (missing or unreadable sidecar)."""
    try:
        data = json.loads(params_path(path).read_text(encoding="utf-8"))
        value = int(data["kdf_iter"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return value if value > 0 else None


def write_params(path: Path, kdf_iter: int) -> None:
    """Record the parameters durably (write, fsync, rename)."""
    target = params_path(path)
    tmp = target.with_name(target.name + ".tmp")
    data = {"format": PARAMS_FORMAT, "kdf_algorithm": "PBKDF2_HMAC_SHA512", "kdf_iter": kdf_iter}
    # write_new: created exclusively, never through a link planted under the tmp name.
    write_new(tmp, (json.dumps(data, sort_keys=True) + "\n").encode("utf-8"))
    try:
        durable_replace(tmp, target)
    except BaseException:
        remove_quietly(tmp)
        raise


def kdf_candidates(path: Path) -> list[int]:
    """Iteration counts to try, most likely first: the sidecar's, ours, SQLCipher's default
    (registers made before the sidecar existed, or a crash between a swap and the sidecar
    update). The settings are not stored in the file, so a wrong one looks like a wrong key."""
    found: list[int] = []
    for value in (read_params(path), KDF_ITER, SQLCIPHER_DEFAULT_KDF_ITER):
        if value and value not in found:
            found.append(value)
    return found


def side_files(path: Path) -> list[Path]:
    """The journal/WAL files SQLite may keep next to the register."""
    return [path.with_name(path.name + s) for s in _SIDE_SUFFIXES]


class Register:
    """A keyed, open register. Repositories take it and use `conn` and `transaction()`."""

    def __init__(self, path: Path, conn: Any) -> None:
        self.path = path
        self.conn = conn
        self._closed = False

    # -- basic use ---------------------------------------------------------------------
    def execute(self, sql: str, params: Any = ()) -> Any:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        return list(self.conn.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction; nested use joins the outer one."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except dbapi2.OperationalError as exc:
            self._rollback()
            if "full" in str(exc).lower():
                # "database or disk is full" inside the body is the user's full disk.
                raise _storage_error(exc) from exc
            raise
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except dbapi2.OperationalError as exc:
                self._rollback()
                raise _storage_error(exc) from exc

    def _rollback(self) -> None:
        # SQLite may have rolled back by itself (disk full, I/O error): a second ROLLBACK
        # would raise "no transaction is active" and hide the real error.
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def close(self) -> None:
        """Checkpoint the WAL back into the file and close: nothing is left beside it."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(dbapi2.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    # -- inspection --------------------------------------------------------------------
    def table_names(self) -> list[str]:
        rows = self.query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        # FTS5 shadow tables are implementation detail, not records.
        names = [str(r[0]) for r in rows]
        fts = {str(r[0]) for r in rows if "VIRTUAL TABLE" in str(r[1] or "").upper()}
        return [n for n in names if not any(n.startswith(f + "_") for f in fts)]

    def table_counts(self) -> dict[str, int]:
        return {
            name: int(self.scalar(f'SELECT count(*) FROM "{name}"')) for name in self.table_names()
        }

    def integrity_problems(self) -> list[str]:
        """Both SQLCipher's page HMAC check and SQLite's structural check; empty when sound.
        On a damaged file `integrity_check` may raise instead of returning rows."""
        problems: list[str] = []
        for pragma in ("cipher_integrity_check", "integrity_check"):
            try:
                rows = self.query(f"PRAGMA {pragma}")
            except dbapi2.DatabaseError as exc:
                problems.append(f"{pragma}: {exc}")
                continue
            problems.extend(f"{pragma}: {r[0]}" for r in rows if str(r[0]) != "ok")
        try:
            fk = self.query("PRAGMA foreign_key_check")
        except dbapi2.DatabaseError as exc:
            problems.append(f"foreign_key_check: {exc}")
        else:
            problems.extend(f"foreign_key_check: {r[0]}" for r in fk)
        return problems

    # -- copies and re-keying ------------------------------------------------------------
    def export_to(self, target: Path, key: bytes, *, kdf_iter: int | None = None) -> None:
        """Write a complete encrypted copy under `key` (SQLCipher's export gives the copy a
        new salt) with `kdf_iter` iterations (default KDF_ITER; an attached database
        otherwise gets SQLCipher's default). user_version and application_id are not
        exported, so set them."""
        if not key:
            raise WrongPassphrase("empty")  # an empty KEY would attach a plaintext file
        version = self.schema_version
        self.conn.execute("ATTACH DATABASE ? AS export KEY ?", (str(target), key))
        try:
            self.conn.execute(f"PRAGMA export.kdf_iter = {int(kdf_iter or KDF_ITER)}")
            self.conn.execute("SELECT sqlcipher_export('export')")
            self.conn.execute(f"PRAGMA export.user_version = {version}")
            self.conn.execute(f"PRAGMA export.application_id = {APPLICATION_ID}")
        except dbapi2.OperationalError as exc:
            raise _storage_error(exc) from exc
        finally:
            self.conn.execute("DETACH DATABASE export")
        make_private(target)

    def copy_to(self, target: Path) -> None:
        """A copy under the same key (used before migrating)."""
        claim_empty(target)  # our own empty file: VACUUM INTO never writes through a link
        try:
            self.conn.execute("VACUUM INTO ?", (str(target),))
        except dbapi2.OperationalError as exc:
            raise _storage_error(exc) from exc
        make_private(target)


def _storage_error(exc: Exception) -> Exception:
    text = str(exc).lower()
    if "full" in text:
        import errno

        return os_error(OSError(errno.ENOSPC, "disk full"))
    return os_error(OSError(0, type(exc).__name__))


def _connect(path: Path) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=5.0)
    conn.row_factory = sqlcipher3.Row
    # SQLCipher logs "hmac check failed" to stderr on a wrong key: keep stderr clean.
    with contextlib.suppress(dbapi2.Error):
        conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _key_and_configure(conn: Any, key: bytes, kdf_iter: int | None = None) -> None:
    if not key:
        raise WrongPassphrase("empty")
    conn.set_key(key)
    # Before the first read: the key is derived with these settings on first access.
    conn.execute(f"PRAGMA kdf_iter = {int(kdf_iter or KDF_ITER)}")
    with contextlib.suppress(dbapi2.Error):
        conn.execute("PRAGMA cipher_memory_security = ON")


def _apply_pragmas(conn: Any) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def _classify_unreadable(path: Path) -> Exception:
    """SQLCipher says 'file is not a database' for a wrong key and for damage alike;
    tell apart what the file itself shows."""
    size = path.stat().st_size
    if size == 0 or size % 1024 != 0:
        return RegisterDamaged("size")
    return WrongPassphrase()


def open_register(
    path: Path,
    key: bytes,
    *,
    migrate: bool = True,
    backup_before_migrate: bool = True,
    kdf_iter: int | None = None,
) -> Register:
    """Open and key an existing register, check it is ours, and migrate it forward.
    `kdf_iter` forces one iteration count (a backup's manifest says it); otherwise the
    candidates of `kdf_candidates` are tried in turn.

    Raises WrongPassphrase, RegisterMissing, NotARegister, RegisterDamaged, SchemaTooNew.
    A failed open leaves the file byte-identical (nothing is written before the key is
    proven)."""
    path = Path(path)
    if not path.is_file():
        raise RegisterMissing(path.name)
    with path.open("rb") as fh:
        head = fh.read(16)
    if not head:
        raise RegisterDamaged("empty")
    if head == _SQLITE_PLAIN_HEADER:
        raise NotARegister("plaintext")
    # A crashed passphrase change may leave its new copy behind; the register itself is
    # intact, so the leftover is dropped.
    remove_quietly(path.with_name(path.name + ".rekey"))

    conn = _keyed_connection(path, key, [kdf_iter] if kdf_iter else kdf_candidates(path))
    try:
        try:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except dbapi2.DatabaseError as exc:
            raise RegisterDamaged("header") from exc
        if app_id != APPLICATION_ID:
            raise NotARegister("application_id")
        if version > migrations.LATEST_VERSION:
            raise SchemaTooNew(str(version))
        _apply_pragmas(conn)
    except BaseException:
        conn.close()
        raise

    register = Register(path, conn)
    for side in side_files(path):
        make_private(side)
    if migrate and version < migrations.LATEST_VERSION:
        try:
            if backup_before_migrate and version > 0:
                register.copy_to(pre_migration_copy_path(path, version))
            migrations.apply(conn, version)
        except BaseException:
            register.close()
            raise
    return register


def _keyed_connection(path: Path, key: bytes, candidates: list[int]) -> Any:
    """A connection whose key is proven (page 1 decrypts), trying each iteration count on
    a fresh connection. Reading never writes, so the file stays byte-identical."""
    last: Exception | None = None
    for kdf_iter in candidates:
        conn = _connect(path)
        try:
            _key_and_configure(conn, key, kdf_iter)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError as exc:
            conn.close()
            last = exc
            continue
        except BaseException:
            conn.close()
            raise
        return conn
    raise _classify_unreadable(path) from last


def pre_migration_copy_path(path: Path, version: int) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}-v{version}-{stamp}.bak")


def create_register(path: Path, key: bytes, *, target_version: int | None = None) -> Register:
    """Create a new, empty register at the latest schema (or `target_version`, for tests
    of migrations). Built under a temporary name and renamed into place, so a crash never
    leaves a half-made register where the program looks for one."""
    path = Path(path)
    if path.exists():
        raise RegisterExists(path.name)
    ensure_private_dir(path.parent)
    tmp = path.with_name(path.name + ".creating")
    for stale in [tmp, *side_files(tmp)]:
        remove_quietly(stale)
    claim_empty(tmp)  # our own new file: SQLite never creates it through a planted link
    conn = _connect(tmp)
    try:
        _key_and_configure(conn, key)
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrations.apply(
            conn, 0, migrations.LATEST_VERSION if target_version is None else target_version
        )
        # Rollback journal while building, so the finished file is self-contained.
        conn.close()
        make_private(tmp)
        fsync_file(tmp)
        write_params(path, KDF_ITER)
        durable_replace(tmp, path)
    except OSError as exc:
        remove_quietly(tmp)
        raise os_error(exc) from exc
    except BaseException:
        with contextlib.suppress(Exception):
            conn.close()
        remove_quietly(tmp)
        raise
    register = open_register(path, key, migrate=False)
    for side in side_files(path):
        make_private(side)
    return register
