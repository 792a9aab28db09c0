"""The encrypted register: one SQLCipher 4 database file per cell.

Opening runs the key derivation (about 0.15 s with SQLCipher 4 defaults), so callers keep
one long-lived `Register` and run `open_register` off the GUI thread. The connection is
created with `check_same_thread=False` so that a worker thread may open it and hand it to
the GUI thread; it is only ever used by one thread at a time.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from livc_desktop.domain.errors import (
    LivcError,
    NotARegister,
    ReadOnlyCopy,
    RegisterDamaged,
    RegisterExists,
    RegisterMissing,
    SchemaTooNew,
    WrongPassphrase,
)
from livc_desktop.storage import migrations
from livc_desktop.storage.failures import os_failure, sqlite_failure
from livc_desktop.storage.files import (
    claim_empty,
    ensure_private_dir,
    install_file,
    make_private,
    os_error,
    remove_quietly,
    write_atomic,
)
from livc_desktop.storage.sql_functions import add_functions

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
# Iteration counts read from a sidecar or a manifest (plain files anyone can edit) are
# accepted only between SQLCipher's default and this maximum (about 3 s on the build VM,
# some 7 s on a modest laptop): an edited count can neither weaken a new copy nor make an
# unlock hang for hours. The floor is a module constant, not a setting (tests lower it).
KDF_ITER_MIN = SQLCIPHER_DEFAULT_KDF_ITER
KDF_ITER_MAX = 10_000_000
PARAMS_FORMAT = "livc-register-params"
# The page cache holds decrypted pages; a page read from the file is decrypted and its
# HMAC checked each time it comes back. At city size (a 130 MB register) a full-text
# search touches more than 16 MB of pages: 260 ms a search with 16 MB, 75 ms with 64 MB
# (plain SQLite: 55 ms). Measured by benchmarks/ (encryption overhead); 64 MB is well
# inside the 400 MB memory budget.
CACHE_KIB = 64_000


def params_path(path: Path) -> Path:
    """The sidecar with the register's (non-secret) key-derivation parameters."""
    return path.with_name(path.name + ".params.json")


def kdf_iter_in_bounds(value: object) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and KDF_ITER_MIN <= value <= KDF_ITER_MAX
    )


@dataclass(frozen=True)
class Params:
    """What the sidecar says. `verifier` is a key check made with the full key derivation
    (see `key_verifier`); `register_salt` the salt of the file it was made for."""

    kdf_iter: int | None = None
    register_salt: str = ""
    verifier_salt: str = ""
    verifier: str = ""
    last_backup: str = ""
    sound: bool = False  # parsed, and every field present and in bounds


_HEX = re.compile(r"^[0-9a-f]*$")


def load_params(path: Path) -> Params:
    """The sidecar beside `path`; an empty Params when it is missing or garbled."""
    try:
        data = json.loads(params_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Params()
    if not isinstance(data, dict):
        return Params()
    value = data.get("kdf_iter")
    kdf_iter = value if kdf_iter_in_bounds(value) else None

    def text(key: str) -> str:
        found = data.get(key, "")
        return found if isinstance(found, str) and _HEX.match(found) else ""

    last = data.get("last_backup", "")
    last_backup = last if isinstance(last, str) and len(last) <= 32 else ""
    params = Params(
        kdf_iter=kdf_iter,
        register_salt=text("register_salt"),
        verifier_salt=text("verifier_salt"),
        verifier=text("verifier"),
        last_backup=last_backup,
    )
    complete = (
        kdf_iter is not None
        and data.get("format") == PARAMS_FORMAT
        and len(params.register_salt) == 32
        and len(params.verifier_salt) == 32
        and len(params.verifier) == 64
    )
    return Params(**{**params.__dict__, "sound": complete})


def read_params(path: Path) -> int | None:
    """The kdf_iter recorded beside `path`, or None (missing, unreadable or out of bounds)."""
    return load_params(path).kdf_iter


def key_verifier(key: bytes, salt: bytes, kdf_iter: int) -> str:
    """A check value for `key`: PBKDF2-HMAC-SHA512 at the register's own iteration count
    with a salt of its own, then SHA-256. Guessing a passphrase against it costs exactly one
    full key derivation, the same as guessing against the register's page 1."""
    derived = hashlib.pbkdf2_hmac("sha512", key, salt, kdf_iter, 64)
    return hashlib.sha256(b"livc-key-verifier\x00" + derived).hexdigest()


def file_salt(path: Path) -> str:
    """The first 16 bytes of a SQLCipher file: its (plain) key-derivation salt."""
    try:
        with path.open("rb") as fh:
            return fh.read(16).hex()
    except OSError:
        return ""


def write_params(
    path: Path,
    kdf_iter: int,
    key: bytes | None = None,
    *,
    last_backup: str | None = None,
) -> None:
    """Record the parameters durably (a fresh private file, fsync, rename). With `key`,
    also a key verifier bound to the register's current salt; without it (the key is not
    at hand) no verifier, which only means a failed unlock cannot be explained as damage.
    The date of the last backup is kept unless a new one is given."""
    old = load_params(path)
    data: dict[str, object] = {
        "format": PARAMS_FORMAT,
        "kdf_algorithm": "PBKDF2_HMAC_SHA512",
        "kdf_iter": kdf_iter,
    }
    if key:
        salt = os.urandom(16)
        data["register_salt"] = file_salt(path)
        data["verifier_salt"] = salt.hex()
        data["verifier"] = key_verifier(key, salt, kdf_iter)
    backup_date = old.last_backup if last_backup is None else last_backup
    if backup_date:
        data["last_backup"] = backup_date
    body = (json.dumps(data, sort_keys=True) + "\n").encode("utf-8")
    write_atomic(params_path(path), body)


def record_last_backup(path: Path, created: str) -> None:
    """Remember the date of the newest backup beside the register (not secret), so that a
    register too damaged to open can still say which backup to restore."""
    old = load_params(path)
    if old.sound:
        data = json.loads(params_path(path).read_text(encoding="utf-8"))
        data["last_backup"] = created
        write_atomic(params_path(path), (json.dumps(data, sort_keys=True) + "\n").encode())
    else:
        write_params(path, old.kdf_iter or KDF_ITER, last_backup=created)


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

    def __init__(
        self, path: Path, conn: Any, *, readonly: bool = False, keyspec: bytes | None = None
    ) -> None:
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self._closed = False
        # The raw key the connection was keyed with (storage only: a backup under the
        # register's own key is written with it); forgotten on close.
        self._keyspec = keyspec
        self._before_close: list[Callable[[], object]] = []

    @property
    def keyspec(self) -> bytes | None:
        return self._keyspec

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
        if self.readonly:
            raise ReadOnlyCopy(self.path.name)
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

    def open_reader(self) -> Register | None:
        """A second connection to this register, for reading on another thread while this
        one serves the GUI: it sees the last committed state (WAL) and never blocks a
        write here. Keyed with the raw key, so it costs no second key derivation; it
        cannot write (query_only). None when there is no raw key to key it with. The
        caller closes it, before this register is closed."""
        if self._closed or not self._keyspec:
            return None
        try:
            conn = _connect(self.path, readonly=self.readonly)
        except dbapi2.DatabaseError as exc:
            raise (sqlite_failure(exc, self.path) or damaged(self.path, "open")) from exc
        try:
            _key_and_configure(conn, b"", keyspec=self._keyspec)
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError as exc:
            conn.close()
            raise (sqlite_failure(exc, self.path) or damaged(self.path, "reader")) from exc
        return Register(self.path, conn, readonly=True)

    def before_close(self, callback: Callable[[], object]) -> None:
        """`callback()` runs when this register closes, before its connection does, by
        whatever path it closes (a lock, a passphrase change): a second connection
        opened with `open_reader` is closed so, and never outlives it."""
        self._before_close.append(callback)

    def interrupt(self) -> None:
        """Stops the statement this connection runs on another thread, at once (it then
        raises there); safe to call from any thread."""
        if not self._closed:
            with contextlib.suppress(dbapi2.Error):
                self.conn.interrupt()

    def close(self) -> None:
        """Checkpoint the WAL back into the file and close: nothing is left beside it."""
        if self._closed:
            return
        callbacks, self._before_close = self._before_close, []
        for callback in callbacks:
            with contextlib.suppress(Exception):
                callback()
        self._closed = True
        self._keyspec = None
        if not self.readonly:
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
        """Rows per table; a damaged page met while counting raises RegisterDamaged."""
        try:
            return {
                name: int(self.scalar(f'SELECT count(*) FROM "{name}"'))
                for name in self.table_names()
            }
        except dbapi2.DatabaseError as exc:
            raise damaged(self.path, "counts") from exc

    def cipher_problems(self) -> list[str]:
        """SQLCipher's page HMAC check alone: reads every page once, cheaper than the full
        structural check. Empty when every page is intact."""
        try:
            rows = self.query("PRAGMA cipher_integrity_check")
        except dbapi2.DatabaseError as exc:
            return [f"cipher_integrity_check: {type(exc).__name__}"]
        return [f"cipher_integrity_check: {r[0]}" for r in rows if str(r[0]) != "ok"]

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


def _connect(path: Path, *, readonly: bool = False) -> Any:
    if readonly:
        # immutable: SQLite takes no locks and creates no -wal/-shm/-journal beside a copy.
        uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=5.0
        )
    conn.row_factory = sqlcipher3.Row
    add_functions(conn)
    # SQLCipher logs "hmac check failed" to stderr on a wrong key: keep stderr clean.
    with contextlib.suppress(dbapi2.Error):
        conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def derive_keyspec(key: bytes, salt: bytes, kdf_iter: int) -> bytes:
    """SQLCipher 4's own key derivation (PBKDF2-HMAC-SHA512, 32 bytes), done here and
    given back as a raw key with its salt (`x'<key><salt>'`). A connection keyed with it
    opens that file, or makes a new file under the same key, without deriving again: a
    backup is written and re-read at the price of one derivation, not three."""
    raw = hashlib.pbkdf2_hmac("sha512", key, salt, int(kdf_iter), 32)
    return b"x'" + (raw + salt).hex().encode("ascii") + b"'"


def _key_and_configure(
    conn: Any, key: bytes, kdf_iter: int | None = None, *, keyspec: bytes | None = None
) -> None:
    if not key and not keyspec:
        raise WrongPassphrase("empty")
    conn.set_key(keyspec or key)
    # Before the first read: the key is derived with these settings on first access.
    conn.execute(f"PRAGMA kdf_iter = {int(kdf_iter or KDF_ITER)}")
    configure_memory(conn)


def configure_memory(conn: Any) -> None:
    """Memory wiping off (SQLCipher's default since 4.5): with it every query took about
    twice as long, and the decrypted text lives on in Python objects that nothing wipes,
    so it bought little. README's security model says what this asks of the laptop."""
    with contextlib.suppress(dbapi2.Error):
        conn.execute("PRAGMA cipher_memory_security = OFF")


def _apply_pragmas(conn: Any, readonly: bool = False) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    if readonly:
        conn.execute("PRAGMA query_only = ON")
        return
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


# SQLite's primary result codes that say something about the disk, not the key.
def damaged(path: Path, detail: str) -> RegisterDamaged:
    """RegisterDamaged carrying the date of the newest backup known from the sidecar, so
    the message can say which backup to restore."""
    exc = RegisterDamaged(detail)
    exc.last_backup = load_params(path).last_backup  # type: ignore[attr-defined]
    return exc


def _classify_unreadable(path: Path, key: bytes) -> LivcError:
    """SQLCipher says 'file is not a database' for a wrong key and for a damaged page 1
    alike. The sidecar's key verifier tells them apart without depending on the page: it
    is consulted only now, after opening failed, so a normal unlock costs nothing more.
    A verifier made for another file (the salt differs) or none at all decides nothing;
    then only what the file shows for certain (a size no register has) says damage."""
    params = load_params(path)
    salt = file_salt(path)
    if params.sound and params.kdf_iter and params.register_salt == salt:
        check = key_verifier(key, bytes.fromhex(params.verifier_salt), params.kdf_iter)
        if hmac.compare_digest(check, params.verifier):
            return damaged(path, "page1")
        return WrongPassphrase()
    size = path.stat().st_size
    if size == 0 or size % 1024 != 0:
        return damaged(path, "size")
    return WrongPassphrase("unverified")


def is_register_copy(path: Path) -> bool:
    """A file that is a copy of a register rather than the register at its own path: a
    backup (by its name or the manifest beside it), the copy kept before a restore or a
    migration. Such files are only ever opened read-only."""
    from livc_desktop.domain.backup import BACKUP_SUFFIX, MANIFEST_SUFFIX

    path = Path(path)
    name = path.name
    return (
        name.endswith(BACKUP_SUFFIX)
        or path.with_name(name + MANIFEST_SUFFIX).is_file()
        or ".before-restore-" in name
        or re.search(r"-v\d+-\d{8}-\d{6}\.bak$", name) is not None
    )


def open_register(
    path: Path,
    key: bytes,
    *,
    migrate: bool = True,
    backup_before_migrate: bool = True,
    kdf_iter: int | None = None,
    readonly: bool | None = None,
    verify_pages: bool = False,
) -> Register:
    """Open and key an existing register, check it is ours, and migrate it forward.
    `kdf_iter` forces one iteration count (a backup's manifest says it); otherwise the
    candidates of `kdf_candidates` are tried in turn. `readonly` (default: for copies of a
    register, see `is_register_copy`) opens without writing a byte: no WAL switch, no
    migration, no sidecar. `verify_pages` checks every page's HMAC before anything is
    written (one read of the file), so a damaged register is refused untouched.

    Raises WrongPassphrase, RegisterMissing, NotARegister, RegisterDamaged, SchemaTooNew,
    DiskFull, ReadOnlyLocation, NoPermission. A failed open leaves the file byte-identical
    and no -wal/-shm behind (nothing is written before the key is proven)."""
    path = Path(path)
    if readonly is None:
        readonly = is_register_copy(path)
    if not path.is_file():
        raise RegisterMissing(path.name)
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise os_failure(exc) from exc
    if not head:
        raise damaged(path, "empty")
    if head == _SQLITE_PLAIN_HEADER:
        raise NotARegister("plaintext")
    if not readonly:
        # A crashed passphrase change may leave its new copy behind; the register itself
        # is intact, so the leftover is dropped.
        remove_quietly(path.with_name(path.name + ".rekey"))

    existing = {p for p in side_files(path) if p.exists()}
    candidates = [kdf_iter] if kdf_iter else kdf_candidates(path)
    try:
        conn, used, keyspec = _keyed_connection(path, key, candidates, readonly)
        try:
            try:
                app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            except dbapi2.DatabaseError as exc:
                raise damaged(path, "header") from exc
            if app_id != APPLICATION_ID:
                raise NotARegister("application_id")
            if version > migrations.LATEST_VERSION:
                raise SchemaTooNew(str(version))
            if verify_pages and Register(path, conn, readonly=True).cipher_problems():
                raise damaged(path, "pages")
            try:
                _apply_pragmas(conn, readonly)
            except dbapi2.DatabaseError as exc:
                raise (sqlite_failure(exc, path) or damaged(path, "pragmas")) from exc
        except BaseException:
            conn.close()
            raise
    except BaseException:
        # A full disk or a refused WAL switch must not leave files beside the register.
        for side in side_files(path):
            if side not in existing:
                remove_quietly(side)
        raise

    register = Register(path, conn, readonly=readonly, keyspec=keyspec)
    if readonly:
        return register
    for side in side_files(path):
        make_private(side)
    if migrate and version < migrations.LATEST_VERSION:
        try:
            if backup_before_migrate and version > 0:
                register.copy_to(pre_migration_copy_path(path, version))
            migrations.apply(conn, version)
        except dbapi2.DatabaseError as exc:
            register.close()
            raise (sqlite_failure(exc, path) or damaged(path, "migrate")) from exc
        except BaseException:
            register.close()
            raise
    _refresh_params(path, key, used)
    return register


# Copies the program builds beside the register (restore, passphrase change, creation).
_WORK_SUFFIXES = (".restoring", ".rekey", ".creating")


def _refresh_params(path: Path, key: bytes, kdf_iter: int) -> None:
    """After a successful unlock, rewrite a sidecar that is missing, garbled or made for
    another file or count (one extra key derivation, only then)."""
    if path.name.endswith(_WORK_SUFFIXES):
        return  # a copy being built; it takes the register's sidecar when swapped in
    params = load_params(path)
    if params.sound and params.kdf_iter == kdf_iter and params.register_salt == file_salt(path):
        return
    # The register is open and sound; a sidecar that cannot be written (a read-only
    # medium) only costs the explanation of a later failed unlock.
    with contextlib.suppress(LivcError, OSError):
        write_params(path, kdf_iter, key)


def _keyed_connection(
    path: Path, key: bytes, candidates: list[int], readonly: bool
) -> tuple[Any, int, bytes | None]:
    """A connection whose key is proven (page 1 decrypts), trying each iteration count on
    a fresh connection, the count that worked and the raw key. Reading never writes, so
    the file stays byte-identical."""
    if not key:
        raise WrongPassphrase("empty")
    salt = bytes.fromhex(file_salt(path))
    last: Exception | None = None
    for kdf_iter in candidates:
        try:
            conn = _connect(path, readonly=readonly)
        except dbapi2.DatabaseError as exc:
            raise (sqlite_failure(exc, path) or damaged(path, "open")) from exc
        try:
            # A file too short to hold a salt is keyed with the passphrase: it fails to
            # open all the same, and is then classified.
            keyspec = derive_keyspec(key, salt, kdf_iter) if len(salt) == 16 else b""
            _key_and_configure(conn, key, kdf_iter, keyspec=keyspec)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError as exc:
            conn.close()
            disk = sqlite_failure(exc, path)
            if disk is not None:
                raise disk from exc
            last = exc
            continue
        except BaseException:
            conn.close()
            raise
        return conn, kdf_iter, keyspec or None
    raise _classify_unreadable(path, key) from last


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
        write_params(path, KDF_ITER)
        install_file(tmp, path)
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
