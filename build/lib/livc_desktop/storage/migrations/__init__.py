"""Versioned schema migrations, tracked in PRAGMA user_version.

Each migration lives in its own module `vNNNN_<name>.py` with `VERSION: int` and
`upgrade(conn)`; this package finds them, so features add migrations without touching a
shared list. Each runs in one transaction together with its user_version bump."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    upgrade: Callable[[Any], None]


def _discover() -> tuple[Migration, ...]:
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("v") or "_" not in info.name:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(int(module.VERSION), info.name, module.upgrade))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a version: {versions}")
    # That they run 1..N without gaps is checked by the test suite.
    return tuple(found)


MIGRATIONS: tuple[Migration, ...] = _discover()
LATEST_VERSION: int = MIGRATIONS[-1].version if MIGRATIONS else 0


def apply(conn: Any, current: int, target: int = LATEST_VERSION) -> list[int]:
    """Apply every migration above `current` up to `target`; return the versions applied."""
    applied: list[int] = []
    for migration in MIGRATIONS:
        if current < migration.version <= target:
            conn.execute("BEGIN IMMEDIATE")
            try:
                migration.upgrade(conn)
                conn.execute(f"PRAGMA user_version = {int(migration.version)}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            applied.append(migration.version)
    return applied
