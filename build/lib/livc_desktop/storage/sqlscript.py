"""Multi-statement SQL inside one transaction."""

from __future__ import annotations

from typing import Any

from sqlcipher3 import dbapi2


def execute_script(conn: Any, script: str) -> None:
    """Run several statements inside the caller's transaction (the driver's
    `executescript` would COMMIT first, breaking one-transaction-per-migration)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if dbapi2.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError("incomplete SQL statement at the end of a migration script")
