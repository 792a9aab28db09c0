"""The key that seals a backup's manifest: derived from the protecting passphrase at the
program's own iteration count; for automatic backups, derived in the background at unlock."""

from __future__ import annotations

import hashlib
import os
import threading

from livc_desktop.domain import passphrase as pp
from livc_desktop.storage import connection


def seal_key(key: bytes, salt: bytes) -> bytes:
    """The manifest's sealing key: PBKDF2-HMAC-SHA512 at the program's own iteration count,
    never the count the manifest states (an edited count must not weaken the check)."""
    return hashlib.pbkdf2_hmac("sha512", key, salt, connection.KDF_ITER, 32)


class SealMaterial:
    """A manifest sealing key derived from the register's passphrase in a background thread
    right after unlocking, so that automatic backups (made at lock time, with nothing typed)
    are sealed too. Only the derived key and its salt are kept, never the passphrase."""

    def __init__(self, passphrase: str) -> None:
        self.salt = os.urandom(16)
        self._derived = b""
        key = pp.to_key(passphrase)
        self._thread = threading.Thread(target=self._derive, args=(key,), daemon=True)
        self._thread.start()

    def _derive(self, key: bytes) -> None:
        self._derived = seal_key(key, self.salt)

    def get(self) -> tuple[bytes, bytes]:
        self._thread.join()
        return self._derived, self.salt
