"""The cell's profile: which municipalities it covers and how it is structured (domain.md,
"Four possible structures")."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class CellStructure(StrEnum):
    INTEGRATED = "integrated"  # one table, cases handled there
    STRATEGIC_OPERATIONAL = "strategic_operational"  # strategic + operational table
    MAIN_BODY_CASE_TEAMS = "main_body_case_teams"  # main body + a case team per case
    ZONAL = "zonal"  # several municipalities of one police zone


class TableKind(StrEnum):
    INTEGRATED = "integrated"
    STRATEGIC = "strategic"
    OPERATIONAL = "operational"
    MAIN_BODY = "main_body"
    CASE_TEAM = "case_team"
    ZONAL = "zonal"


TABLES_BY_STRUCTURE: dict[CellStructure, tuple[TableKind, ...]] = {
    CellStructure.INTEGRATED: (TableKind.INTEGRATED,),
    CellStructure.STRATEGIC_OPERATIONAL: (TableKind.STRATEGIC, TableKind.OPERATIONAL),
    CellStructure.MAIN_BODY_CASE_TEAMS: (TableKind.MAIN_BODY, TableKind.CASE_TEAM),
    CellStructure.ZONAL: (TableKind.ZONAL, TableKind.CASE_TEAM),
}


class MeetingFrequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    AD_HOC = "ad_hoc"


LANGUAGES: tuple[str, ...] = ("nl", "fr", "de", "en")
DEFAULT_LANGUAGE = "nl"
# The one map from a register language to its regional tag: Belgian usage for the
# national languages, British English (day-month-year dates) for English.
LANGUAGE_TAGS: dict[str, str] = {"nl": "nl-BE", "fr": "fr-BE", "de": "de-BE", "en": "en-GB"}
MAX_NAME_LENGTH = 200


def language_tag(language: str) -> str:
    """BCP 47 tag of `language` ("nl" -> "nl-BE"; unknown -> "en-GB"), e.g. a PDF's /Lang."""
    return LANGUAGE_TAGS.get((language or "").replace("_", "-").split("-")[0].lower(), "en-GB")


def locale_name(language: str) -> str:
    """Qt/ICU locale name of `language` ("nl" -> "nl_BE"; unknown -> "en_GB")."""
    return language_tag(language).replace("-", "_")


def tables_for(structure: CellStructure) -> tuple[TableKind, ...]:
    return TABLES_BY_STRUCTURE[structure]


def clean_municipalities(raw: list[str]) -> list[str]:
    """Trimmed, non-empty, de-duplicated (case-insensitively), order kept."""
    seen: set[str] = set()
    out: list[str] = []
    for name in raw:
        name = " ".join(name.split())
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            out.append(name)
    return out


@dataclass
class CellProfile:
    municipalities: list[str]
    structure: CellStructure = CellStructure.INTEGRATED
    officer_name: str = ""
    default_place: str = ""
    default_frequency: MeetingFrequency = MeetingFrequency.MONTHLY
    tables: tuple[TableKind, ...] = field(default=())

    def __post_init__(self) -> None:
        self.municipalities = clean_municipalities(self.municipalities)
        if not self.tables:
            self.tables = tables_for(self.structure)

    @property
    def is_joint(self) -> bool:
        """Law of 30 July 2018, art. 2: two or more mayors may set up one cell."""
        return len(self.municipalities) > 1

    def names(self) -> list[str]:
        """The cell's own names (municipalities, officer, meeting place): words a
        passphrase made here must not lean on."""
        return [n for n in (*self.municipalities, self.officer_name, self.default_place) if n]

    def problems(self) -> dict[str, str]:
        """Field -> problem code; empty when the profile may be saved."""
        found: dict[str, str] = {}
        if not self.municipalities:
            found["municipalities"] = "required"
        elif any(len(m) > MAX_NAME_LENGTH for m in self.municipalities):
            found["municipalities"] = "too_long"
        if len(self.officer_name) > MAX_NAME_LENGTH:
            found["officer_name"] = "too_long"
        if self.structure is CellStructure.ZONAL and len(self.municipalities) < 2:
            found["structure"] = "zonal_needs_several"
        return found

    def to_dict(self) -> dict[str, object]:
        return {
            "municipalities": list(self.municipalities),
            "structure": self.structure.value,
            "officer_name": self.officer_name,
            "default_place": self.default_place,
            "default_frequency": self.default_frequency.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> CellProfile:
        munis = data.get("municipalities", [])
        return cls(
            municipalities=[str(m) for m in munis] if isinstance(munis, list) else [],
            structure=CellStructure(str(data.get("structure", CellStructure.INTEGRATED))),
            officer_name=str(data.get("officer_name", "")),
            default_place=str(data.get("default_place", "")),
            default_frequency=MeetingFrequency(
                str(data.get("default_frequency", MeetingFrequency.MONTHLY))
            ),
        )
