"""Partners of the cell (domain.md, "Partners"): organisations, their contact persons,
participation level, roles, tables, professional secrecy, trainings; the fixed members the
law requires (Law of 30 July 2018, art. 3 §1). Codes only, never translated text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from livc_desktop.domain.redaction import folded

MAX_NAME = 200
MAX_FIELD = 500
MAX_NOTES = 20_000


class Sector(StrEnum):
    POLICE = "police"
    SOCIAL_SERVICES = "social_services"  # OCMW / CPAS / ÖSHZ
    WELFARE = "welfare"  # CAW, JAC
    YOUTH = "youth"
    EDUCATION = "education"  # schools, CLB
    SPORT = "sport"
    CULTURE = "culture"
    RELIGIOUS = "religious"
    STREET_WORK = "street_work"  # street-corner and first-line work
    JUSTICE_ASSISTANTS = "justice_assistants"
    PREVENTION = "prevention"
    MUNICIPAL_ADMINISTRATION = "municipal_administration"
    JUDICIAL_AUTHORITY = "judicial_authority"
    OTHER = "other"


class Participation(StrEnum):
    WORKS_ON = "works_on"  # meewerken
    CONTRIBUTES = "contributes"  # meedenken
    INFORMED = "informed"  # meeweten


class Role(StrEnum):
    MAYOR = "mayor"
    CHAIR = "chair"
    MINUTE_TAKER = "minute_taker"
    INFORMATION_OFFICER = "information_officer"
    PREVENTION_OFFICER = "prevention_officer"
    MEMBER = "member"
    AD_HOC_EXPERT = "ad_hoc_expert"


class Secrecy(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class PartnerStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"


class TrainingState(StrEnum):
    FOLLOWED = "followed"
    WANTED = "wanted"


class SupportKind(StrEnum):
    TRAINING = "training"
    HELPLINE = "helpline"
    FEDERAL = "federal"
    REGIONAL = "regional"
    NETWORK = "network"
    INFORMATION = "information"
    OTHER = "other"


class CompositionWarning(StrEnum):
    """Art. 3 §1 of the Law of 30 July 2018: the mayor (or representative), the police
    (korpschef and/or a representative with a security clearance) and the municipal
    official coordinating prevention are fixed members."""

    MAYOR_MISSING = "mayor_missing"
    POLICE_MISSING = "police_missing"
    POLICE_CLEARANCE_MISSING = "police_clearance_missing"
    PREVENTION_MISSING = "prevention_missing"


# -- value checks ----------------------------------------------------------------------
_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./\-]+$")


def email_problem(value: str) -> str | None:
    """Lenient: something@domain.tld with no spaces; empty is fine."""
    value = value.strip()
    if not value:
        return None
    if len(value) > 254 or not _EMAIL.match(value):
        return "invalid_email"
    return None


def phone_problem(value: str) -> str | None:
    """Lenient: digits with spaces, dots, slashes, dashes, brackets, an optional leading +
    (e.g. "059 70 10 14", "+32 (0)2 123 45 67", "0800-200 98"); 6 to 20 digits."""
    value = value.strip()
    if not value:
        return None
    if not _PHONE_CHARS.match(value):
        return "invalid_phone"
    digits = sum(ch.isdigit() for ch in value)
    if not 6 <= digits <= 20:
        return "invalid_phone"
    return None


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")


def parse_date(value: str) -> str | None:
    """ISO date from 'YYYY-MM-DD' or the Belgian 'DD/MM/YYYY' (also - and .); None if
    not a date. Empty input is not a date either: callers check emptiness first."""
    value = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def name_key(name: str) -> str:
    """What makes two names 'the same partner': case and spacing do not count."""
    return " ".join(name.split()).casefold()


def clean_name(name: str) -> str:
    return " ".join(name.split())


# -- records ---------------------------------------------------------------------------
@dataclass
class Contact:
    name: str
    function: str = ""
    phone: str = ""
    email: str = ""
    language: str = ""  # nl / fr / de / en / ''
    clearance: bool = False
    status: PartnerStatus = PartnerStatus.ACTIVE
    id: int | None = None
    partner_id: int | None = None

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.name.strip():
            found["name"] = "required"
        elif len(self.name) > MAX_NAME:
            found["name"] = "too_long"
        if len(self.function) > MAX_FIELD:
            found["function"] = "too_long"
        for key, check in (("phone", phone_problem), ("email", email_problem)):
            problem = check(getattr(self, key))
            if problem:
                found[key] = problem
        return found


@dataclass
class Training:
    title: str
    provider: str = ""
    on_date: str | None = None
    state: TrainingState = TrainingState.FOLLOWED
    id: int | None = None
    partner_id: int | None = None

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.title.strip():
            found["title"] = "required"
        elif len(self.title) > MAX_FIELD:
            found["title"] = "too_long"
        if len(self.provider) > MAX_FIELD:
            found["provider"] = "too_long"
        if self.on_date and parse_date(self.on_date) is None:
            found["on_date"] = "invalid_date"
        return found


@dataclass
class Partner:
    name: str
    sector: str = Sector.OTHER.value  # a Sector value or a custom sector code
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    municipality: str = ""
    notes: str = ""
    participation: Participation = Participation.INFORMED
    secrecy: Secrecy = Secrecy.UNKNOWN
    secrecy_basis: str = ""
    roles: set[Role] = field(default_factory=set)
    tables: set[str] = field(default_factory=set)  # TableKind values
    contacts: list[Contact] = field(default_factory=list)
    trainings: list[Training] = field(default_factory=list)
    status: PartnerStatus = PartnerStatus.ACTIVE
    archived_on: str | None = None
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""

    def problems(self) -> dict[str, str]:
        """Field -> problem code for the partner's own fields (see `all_problems`)."""
        found: dict[str, str] = {}
        if not self.name.strip():
            found["name"] = "required"
        elif len(self.name) > MAX_NAME:
            found["name"] = "too_long"
        for key in ("address", "website", "municipality", "secrecy_basis"):
            if len(getattr(self, key)) > MAX_FIELD:
                found[key] = "too_long"
        if len(self.notes) > MAX_NOTES:
            found["notes"] = "too_long"
        for key, check in (("phone", phone_problem), ("email", email_problem)):
            problem = check(getattr(self, key))
            if problem:
                found[key] = problem
        if not self.sector.strip():
            found["sector"] = "required"
        return found

    def all_problems(self) -> dict[str, str]:
        """Own problems plus 'contacts.N.field' / 'trainings.N.field' for the sub-lists."""
        found = self.problems()
        for i, contact in enumerate(self.contacts):
            for key, problem in contact.problems().items():
                found[f"contacts.{i}.{key}"] = problem
        for i, training in enumerate(self.trainings):
            for key, problem in training.problems().items():
                found[f"trainings.{i}.{key}"] = problem
        return found

    def normalized(self) -> Partner:
        """Trimmed copy with dates in ISO form (call after validation)."""
        self.name = clean_name(self.name)
        for key in ("phone", "email", "website", "municipality", "secrecy_basis"):
            setattr(self, key, getattr(self, key).strip())
        for contact in self.contacts:
            contact.name = clean_name(contact.name)
            contact.phone = contact.phone.strip()
            contact.email = contact.email.strip()
        for training in self.trainings:
            training.title = training.title.strip()
            if training.on_date is not None:
                text = training.on_date.strip()
                training.on_date = parse_date(text) if text else None
        return self


@dataclass(frozen=True)
class PartnerRow:
    """One line of the partner list (loaded in bulk, no per-row queries)."""

    id: int
    name: str
    sector: str
    participation: Participation
    status: PartnerStatus
    municipality: str
    phone: str
    email: str
    notes: str
    roles: frozenset[Role]
    tables: frozenset[str]
    contact_names: tuple[str, ...]
    has_cleared_contact: bool
    archived_on: str | None = None


@dataclass
class SectorEntry:
    code: str
    label: str  # custom label; '' for built-in sectors (translated by the UI)
    builtin: bool
    active: bool = True


@dataclass
class SupportOrganisation:
    name: str
    kind: SupportKind = SupportKind.OTHER
    description: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    source: str = ""  # 'booklet' for shipped entries
    source_date: str | None = None
    verified_on: str | None = None
    id: int | None = None

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.name.strip():
            found["name"] = "required"
        elif len(self.name) > MAX_NAME:
            found["name"] = "too_long"
        if len(self.description) > MAX_NOTES:
            found["description"] = "too_long"
        for key, check in (("phone", phone_problem), ("email", email_problem)):
            problem = check(getattr(self, key))
            if problem:
                found[key] = problem
        if self.verified_on and parse_date(self.verified_on) is None:
            found["verified_on"] = "invalid_date"
        return found


def custom_sector_code(label: str, existing: Iterable[str]) -> str:
    """A stable code for a user's own sector: 'custom_<slug>', unique among `existing`."""
    slug = re.sub(r"[^a-z0-9]+", "_", name_key(label).encode("ascii", "ignore").decode())
    base = "custom_" + (slug.strip("_")[:40] or "sector")
    taken = set(existing)
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def composition_warnings(rows: Iterable[PartnerRow]) -> list[CompositionWarning]:
    """Which fixed members are missing among the ACTIVE partners."""
    active = [r for r in rows if r.status is PartnerStatus.ACTIVE]
    found: list[CompositionWarning] = []
    if not any(Role.MAYOR in r.roles for r in active):
        found.append(CompositionWarning.MAYOR_MISSING)
    police = [r for r in active if r.sector == Sector.POLICE]
    if not police:
        found.append(CompositionWarning.POLICE_MISSING)
    elif not any(r.has_cleared_contact for r in police):
        found.append(CompositionWarning.POLICE_CLEARANCE_MISSING)
    if not any(Role.PREVENTION_OFFICER in r.roles for r in active):
        found.append(CompositionWarning.PREVENTION_MISSING)
    return found


def search_text(row: PartnerRow, sector_label: str) -> str:
    """The folded text (no accents, no case) search-as-you-type matches, computed once
    per row; the typed words are folded the same way."""
    return folded("\n".join([row.name, sector_label, *row.contact_names, row.notes]))
