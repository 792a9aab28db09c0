"""The program's own SQL functions, added to every connection that runs its queries (the
register's, and the benchmark's plain-SQLite comparison)."""

from __future__ import annotations

from typing import Any

from livc_desktop.domain.redaction import folded

#: `livc_fold(text)` is the text without accents, marks and case (domain.redaction.folded),
#: so a search for "helene" finds "Hélène" and one for "HELENE" finds "hélène".
FOLD_FUNCTION = "livc_fold"


def _fold(value: object) -> str | None:
    return None if value is None else folded(str(value))


def add_functions(conn: Any) -> None:
    """Searches compare texts without accents or case, both ways, inside SQLite."""
    conn.create_function(FOLD_FUNCTION, 1, _fold, deterministic=True)
