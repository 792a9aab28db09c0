"""Demo partners: a plausible, fictional partner set for the demo register, fitted to the
cell's structure (which tables exist) and municipalities. Every name is invented."""

from __future__ import annotations

import random

from livc_desktop.domain.cell import CellStructure, TableKind
from livc_desktop.domain.partners import (
    Contact,
    Participation,
    Partner,
    Role,
    Secrecy,
    Sector,
    Training,
    TrainingState,
)
from livc_desktop.services import partners as partner_service
from livc_desktop.services.session import Session

_FIRST = [
    "An",
    "Bram",
    "Chloë",
    "Dries",
    "Elif",
    "Fatima",
    "Geert",
    "Hanne",
    "Ilias",
    "Jolien",
    "Karim",
    "Lotte",
    "Mehmet",
    "Nora",
    "Olivier",
    "Pieter",
    "Rania",
    "Sofie",
    "Tom",
    "Yasmina",
    "Zoë",
    "Jürgen",
    "François",
    "Anaïs",
]
_LAST = [
    "Voorbeeld",
    "Fictief",
    "Testman",
    "Demo",
    "Verzonnen",
    "Proefmans",
    "Bedacht",
    "Denkbeeld",
    "Nepper",
    "Ficti",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _phone(rng: random.Random) -> str:
    return f"050 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())[:20] or "demo"


def _tables(structure: CellStructure, core: bool, strategic: bool) -> set[str]:
    """Which tables a demo partner sits at, for each structure (domain.md, Deel 3)."""
    if structure is CellStructure.INTEGRATED:
        return {TableKind.INTEGRATED.value}
    if structure is CellStructure.STRATEGIC_OPERATIONAL:
        out = {TableKind.OPERATIONAL.value} if not strategic or core else set()
        if strategic:
            out.add(TableKind.STRATEGIC.value)
        return out or {TableKind.OPERATIONAL.value}
    if structure is CellStructure.MAIN_BODY_CASE_TEAMS:
        return {TableKind.MAIN_BODY.value} if core else {TableKind.CASE_TEAM.value}
    return {TableKind.ZONAL.value} if core else {TableKind.CASE_TEAM.value}


def demo_partners(
    structure: CellStructure, municipalities: list[str], rng: random.Random
) -> list[Partner]:
    towns = municipalities or ["Demostad"]
    main = towns[0]
    partners: list[Partner] = []

    def add(
        name: str,
        sector: Sector,
        participation: Participation,
        *,
        roles: set[Role] | None = None,
        core: bool = False,
        strategic: bool = False,
        secrecy: Secrecy = Secrecy.UNKNOWN,
        basis: str = "",
        contacts: int = 1,
        cleared: bool = False,
        town: str = main,
        notes: str = "",
    ) -> Partner:
        domain = _slug(name) + ".example"
        p = Partner(
            name=name,
            sector=sector.value,
            participation=participation,
            roles=roles or {Role.MEMBER},
            tables=_tables(structure, core, strategic),
            secrecy=secrecy,
            secrecy_basis=basis,
            address=f"Verzonnenstraat {rng.randint(1, 120)}, 9999 {town}",
            phone=_phone(rng),
            email=f"info@{domain}",
            municipality=town,
            notes=notes,
        )
        for i in range(contacts):
            person = _person(rng)
            p.contacts.append(
                Contact(
                    name=person,
                    function="",
                    phone=_phone(rng),
                    email=f"{_slug(person)}@{domain}",
                    language=rng.choice(["nl", "nl", "fr"]),
                    clearance=cleared and i == 0,
                )
            )
        partners.append(p)
        return p

    for town in towns:
        add(
            f"Burgemeester {town}",
            Sector.MUNICIPAL_ADMINISTRATION,
            Participation.WORKS_ON,
            roles={Role.MAYOR, Role.CHAIR},
            core=True,
            strategic=True,
            town=town,
            secrecy=Secrecy.NO,
        ).contacts[0].function = "Burgemeester"
    police_zone = "Politiezone " + "-".join(towns[:2])
    police = add(
        police_zone,
        Sector.POLICE,
        Participation.WORKS_ON,
        roles={Role.INFORMATION_OFFICER, Role.MEMBER},
        core=True,
        strategic=True,
        contacts=2,
        cleared=True,
        secrecy=Secrecy.YES,
        basis="Wet op het politieambt, art. 44/1",
    )
    police.contacts[0].function = "Information officer"
    police.contacts[1].function = "Korpschef"
    prevention = add(
        f"Preventiedienst {main}",
        Sector.PREVENTION,
        Participation.WORKS_ON,
        roles={Role.PREVENTION_OFFICER, Role.MINUTE_TAKER},
        core=True,
        strategic=structure is CellStructure.STRATEGIC_OPERATIONAL,
        secrecy=Secrecy.YES,
        basis="Gedeeld beroepsgeheim, art. 458ter Sw.",
    )
    prevention.contacts[0].function = "Deradicaliseringsambtenaar"
    prevention.trainings.append(
        Training("Bounce Up (train de trainer)", "Arktos vzw", "2026-03-12")
    )
    add(
        f"OCMW {main}",
        Sector.SOCIAL_SERVICES,
        Participation.WORKS_ON,
        core=True,
        secrecy=Secrecy.YES,
        basis="Art. 458 Strafwetboek",
        contacts=2,
    )
    add(
        "CAW Voorbeeldregio",
        Sector.WELFARE,
        Participation.CONTRIBUTES,
        secrecy=Secrecy.YES,
        basis="Art. 458 Strafwetboek",
    )
    add(f"JAC {main}", Sector.WELFARE, Participation.CONTRIBUTES, secrecy=Secrecy.YES)
    add(f"Jeugddienst {main}", Sector.YOUTH, Participation.CONTRIBUTES, core=True)
    clb = add(
        "CLB Fictief Netwerk",
        Sector.EDUCATION,
        Participation.CONTRIBUTES,
        secrecy=Secrecy.YES,
        basis="Decreet leerlingenbegeleiding",
    )
    clb.trainings.append(
        Training("Signalen van radicalisering herkennen", "Motief vzw", None, TrainingState.WANTED)
    )
    add("Basisschool De Verzonnen Boom", Sector.EDUCATION, Participation.INFORMED)
    add(f"Atheneum {main}", Sector.EDUCATION, Participation.INFORMED)
    add(
        "Straathoekwerk Voorbeeldregio",
        Sector.STREET_WORK,
        Participation.WORKS_ON,
        secrecy=Secrecy.YES,
        contacts=2,
    )
    add(
        "Justitiehuis Voorbeeldarrondissement",
        Sector.JUSTICE_ASSISTANTS,
        Participation.CONTRIBUTES,
        roles={Role.AD_HOC_EXPERT},
        secrecy=Secrecy.YES,
    )
    add(
        "Parket Fictief Arrondissement",
        Sector.JUDICIAL_AUTHORITY,
        Participation.INFORMED,
        roles={Role.AD_HOC_EXPERT},
        strategic=True,
        secrecy=Secrecy.YES,
    )
    add(
        "Moskeevereniging Voorbeeld vzw",
        Sector.RELIGIOUS,
        Participation.CONTRIBUTES,
        notes="Vertrouwenspersoon voor jongeren; contact via de voorzitter.",
    )
    add("FC Demo Sportief", Sector.SPORT, Participation.INFORMED)
    add(f"Cultuurcentrum {main}", Sector.CULTURE, Participation.INFORMED)
    if len(towns) > 1:
        for town in towns[1:]:
            add(
                f"Sociaal Huis {town}",
                Sector.SOCIAL_SERVICES,
                Participation.WORKS_ON,
                core=True,
                town=town,
                secrecy=Secrecy.YES,
            )
    if structure in (CellStructure.MAIN_BODY_CASE_TEAMS, CellStructure.ZONAL):
        add(
            "Centrum Geestelijke Gezondheidszorg Fictief",
            Sector.OTHER,
            Participation.CONTRIBUTES,
            roles={Role.AD_HOC_EXPERT},
            secrecy=Secrecy.YES,
        )
    old = add(
        "Vzw Opgeheven Voorbeeld",
        Sector.OTHER,
        Participation.INFORMED,
        notes="Werking stopgezet; bewaard voor oude vergaderingen.",
    )
    old.roles = set()
    return partners


def fill_partners(session: Session, rng: random.Random) -> None:
    """Demo filler (services/demo.py FILLERS)."""
    profile = session.profile()
    partners = demo_partners(profile.structure, list(profile.municipalities), rng)
    ids = partner_service.bulk_create(session, partners, record=False)
    # The last one shows what an archived partner looks like.
    partner_service.archive_partner(session, ids[-1])


def synthetic_partners(count: int, contacts_each: int = 5, seed: int = 1) -> list[Partner]:
    """Many invented partners for benchmarks (e.g. 2,000 x 5 = 10,000 contacts); feed them
    to `partners.bulk_create(session, ..., record=False)`."""
    rng = random.Random(seed)
    sectors = list(Sector)
    levels = list(Participation)
    tables = [t.value for t in TableKind]
    out: list[Partner] = []
    for i in range(count):
        p = Partner(
            name=f"Partner Fictief {i:05d} {rng.choice(_LAST)}",
            sector=rng.choice(sectors).value,
            participation=rng.choice(levels),
            roles={rng.choice(list(Role))},
            tables={rng.choice(tables)},
            municipality=rng.choice(["Demostad", "Voorbeeldegem"]),
            notes=" ".join(rng.choice(_LAST) for _ in range(rng.randint(0, 30))),
            phone=_phone(rng),
            email=f"info{i}@fictief.example",
        )
        p.contacts = [
            Contact(name=_person(rng), phone=_phone(rng), email=f"c{i}.{j}@fictief.example")
            for j in range(contacts_each)
        ]
        out.append(p)
    return out
