"""A seeded generator of fictional registers at three sizes, through the program's own
services (the same code paths the GUI uses)."""

from __future__ import annotations

import random
from pathlib import Path

from livc_desktop.domain.cell import CellProfile, CellStructure
from livc_desktop.services import register as register_service

SIZES: dict[str, dict[str, int]] = {
    "small": {
        "partners": 30,
        "contacts": 90,
        "cases": 50,
        "signals": 100,
        "items": 500,
        "meetings": 40,
    },
    "city": {
        "partners": 500,
        "contacts": 3000,
        "cases": 5000,
        "signals": 20000,
        "items": 100000,
        "meetings": 2000,
    },
    "stress": {
        "partners": 5000,
        "contacts": 30000,
        "cases": 50000,
        "signals": 200000,
        "items": 1000000,
        "meetings": 20000,
    },
}


def generate(path: Path, passphrase: str, size: str, seed: int = 7) -> dict[str, int]:
    """Create the register at `path` and fill it; return the row counts per table."""
    rng = random.Random(seed)
    session = register_service.create(
        path,
        passphrase,
        passphrase,
        CellProfile(
            ["Benchdorp", "Proefgem"],
            CellStructure.MAIN_BODY_CASE_TEAMS,
            officer_name="Bench Ambtenaar",
        ),
    )
    try:
        _ = SIZES[size], rng  # feature generators are added as the features land
        return session.register.table_counts()
    finally:
        session.close()
