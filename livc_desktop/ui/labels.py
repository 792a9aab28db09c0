"""Translated labels for the domain's enums and codes (the domain never holds text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from livc_desktop.domain.cell import CellStructure, MeetingFrequency, TableKind
from livc_desktop.domain.passphrase import Strength

translate = QCoreApplication.translate


def structure_label(structure: CellStructure) -> str:
    return {
        CellStructure.INTEGRATED: translate("Labels", "Integrated cell"),
        CellStructure.STRATEGIC_OPERATIONAL: translate("Labels", "Strategic and operational table"),
        CellStructure.MAIN_BODY_CASE_TEAMS: translate("Labels", "Main body with case teams"),
        CellStructure.ZONAL: translate("Labels", "Zonal cell"),
    }[structure]


def structure_explanation(structure: CellStructure) -> str:
    return {
        CellStructure.INTEGRATED: translate(
            "Labels", "One table with one representative per partner; cases are handled there."
        ),
        CellStructure.STRATEGIC_OPERATIONAL: translate(
            "Labels",
            "A strategic table sets policy and priorities; an operational table manages cases.",
        ),
        CellStructure.MAIN_BODY_CASE_TEAMS: translate(
            "Labels",
            "The main body decides on follow-up; a case team per case with only the partners "
            "it needs.",
        ),
        CellStructure.ZONAL: translate(
            "Labels", "Several municipalities of one police zone, with case teams."
        ),
    }[structure]


def table_label(kind: TableKind | str) -> str:
    """The one wording of each table kind, on every screen and in every document (the cell's
    profile, partners, meetings). A code this version does not know shows as itself."""
    try:
        known = TableKind(kind)
    except ValueError:
        return str(kind)
    return {
        TableKind.INTEGRATED: translate("Labels", "Integrated table"),
        TableKind.STRATEGIC: translate("Labels", "Strategic table"),
        TableKind.OPERATIONAL: translate("Labels", "Operational table"),
        TableKind.MAIN_BODY: translate("Labels", "Main body"),
        TableKind.CASE_TEAM: translate("Labels", "Case team"),
        TableKind.ZONAL: translate("Labels", "Zonal table"),
    }[known]


def frequency_label(frequency: MeetingFrequency) -> str:
    return {
        MeetingFrequency.WEEKLY: translate("Labels", "Weekly"),
        MeetingFrequency.FORTNIGHTLY: translate("Labels", "Every two weeks"),
        MeetingFrequency.MONTHLY: translate("Labels", "Monthly"),
        MeetingFrequency.QUARTERLY: translate("Labels", "Quarterly"),
        MeetingFrequency.YEARLY: translate("Labels", "Yearly"),
        MeetingFrequency.AD_HOC: translate("Labels", "When needed"),
    }[frequency]


def strength_label(strength: Strength) -> str:
    return {
        Strength.TOO_SHORT: translate("Labels", "Too short"),
        Strength.WEAK: translate("Labels", "Weak"),
        Strength.FAIR: translate("Labels", "Not strong enough"),
        Strength.GOOD: translate("Labels", "Good"),
        Strength.STRONG: translate("Labels", "Strong"),
    }[strength]


def language_label(language: str) -> str:
    """Each language in its own words, so a user can find theirs in any interface language."""
    return {"nl": "Nederlands", "fr": "Français", "de": "Deutsch", "en": "English"}.get(
        language, language
    )
