"""The SQLCipher binding the program runs on: what it is, and whether it is fit (encryption,
a known crypto provider, FTS5)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3
from sqlcipher3 import dbapi2

from livc_desktop.domain.errors import BindingUnfit


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
