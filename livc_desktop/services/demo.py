"""A register filled with fictional demo data, so a newcomer sees a working program.

Every name here is invented and looks it (the municipalities are made-up places). Features
add their own filler to `FILLERS`; each gets the session and a seeded random generator."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from livc_desktop.domain.cell import CellProfile, CellStructure, MeetingFrequency
from livc_desktop.domain.preferences import Preferences
from livc_desktop.services import register as register_service
from livc_desktop.services.partner_demo import fill_partners
from livc_desktop.services.register import Session

DEMO_PASSPHRASE = "demo-passphrase-not-for-real-data"
DEMO_MUNICIPALITIES = ["Demostad", "Voorbeeldegem"]

Filler = Callable[[Session, random.Random], None]


def _fill_cases(session: Session, rng: random.Random) -> None:
    from livc_desktop.services.case_demo import fill_cases

    fill_cases(session, rng)


def _fill_meetings(session: Session, rng: random.Random) -> None:
    from livc_desktop.services.meeting_demo import fill_demo

    fill_demo(session, rng)


def _fill_house_rules(session: Session, rng: random.Random) -> None:
    from livc_desktop.services.house_rules import fill_demo

    fill_demo(session, rng)


# Partners first: cases draw on them, and meetings on both.
FILLERS: list[Filler] = [fill_partners, _fill_cases, _fill_meetings, _fill_house_rules]


def demo_profile(structure: CellStructure = CellStructure.STRATEGIC_OPERATIONAL) -> CellProfile:
    return CellProfile(
        municipalities=list(DEMO_MUNICIPALITIES),
        structure=structure,
        officer_name="Fien Voorbeeld",
        default_place="Gemeentehuis Demostad, vergaderzaal 2",
        default_frequency=MeetingFrequency.MONTHLY,
    )


def create_demo(path: Path, *, seed: int = 20181030, language: str = "") -> Session:
    session = register_service.create(
        path,
        DEMO_PASSPHRASE,
        DEMO_PASSPHRASE,
        demo_profile(),
        Preferences(language=language),
    )
    rng = random.Random(seed)
    for fill in FILLERS:
        fill(session, rng)
    return session
