"""Translated labels for the partner codes (the domain has codes only) and the texts of the
partner documents (printed in the register's language: ui/print_language.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.partners import (
    CompositionWarning,
    Participation,
    PartnerStatus,
    Role,
    Secrecy,
    Sector,
    SectorEntry,
    SupportKind,
    TrainingState,
)
from livc_desktop.services.session import Session
from livc_desktop.ui.labels import table_label as _table_label
from livc_desktop.ui.print_language import language_tag, register_language

if TYPE_CHECKING:
    from livc_desktop.reports.common import PageFrame
    from livc_desktop.reports.partners import PartnerTexts

# The report modules (reportlab) are imported when a document is made, not at start.
translate = QCoreApplication.translate


def sector_label(code: str, custom: dict[str, str] | None = None) -> str:
    """Built-in sectors translated; custom ones by their own label."""
    labels = {
        Sector.POLICE: translate("PartnerLabels", "Police"),
        Sector.SOCIAL_SERVICES: translate("PartnerLabels", "Social services (OCMW/CPAS)"),
        Sector.WELFARE: translate("PartnerLabels", "Welfare (CAW, JAC)"),
        Sector.YOUTH: translate("PartnerLabels", "Youth service"),
        Sector.EDUCATION: translate("PartnerLabels", "Education and pupil guidance (CLB)"),
        Sector.SPORT: translate("PartnerLabels", "Sport"),
        Sector.CULTURE: translate("PartnerLabels", "Culture"),
        Sector.RELIGIOUS: translate("PartnerLabels", "Religious community"),
        Sector.STREET_WORK: translate("PartnerLabels", "Street-corner and first-line work"),
        Sector.JUSTICE_ASSISTANTS: translate("PartnerLabels", "Justice assistants"),
        Sector.PREVENTION: translate("PartnerLabels", "Prevention service"),
        Sector.MUNICIPAL_ADMINISTRATION: translate("PartnerLabels", "Municipal administration"),
        Sector.JUDICIAL_AUTHORITY: translate("PartnerLabels", "Judicial authority"),
        Sector.OTHER: translate("PartnerLabels", "Other"),
    }
    try:
        return labels[Sector(code)]
    except ValueError:
        if custom and custom.get(code):
            return custom[code]
        return code


def sector_labels(entries: list[SectorEntry]) -> dict[str, str]:
    custom = {e.code: e.label for e in entries if e.label}
    return {e.code: sector_label(e.code, custom) for e in entries}


def participation_label(value: Participation) -> str:
    return {
        Participation.WORKS_ON: translate("PartnerLabels", "Works on it"),
        Participation.CONTRIBUTES: translate("PartnerLabels", "Contributes"),
        Participation.INFORMED: translate("PartnerLabels", "Kept informed"),
    }[value]


def participation_explanation(value: Participation) -> str:
    return {
        Participation.WORKS_ON: translate(
            "PartnerLabels", "Takes an active part in the cell's policy and case work."
        ),
        Participation.CONTRIBUTES: translate(
            "PartnerLabels", "Contributes content and expertise when asked."
        ),
        Participation.INFORMED: translate(
            "PartnerLabels", "Is kept informed only and has no active role (for now)."
        ),
    }[value]


def role_label(value: Role) -> str:
    return {
        Role.MAYOR: translate("PartnerLabels", "Mayor"),
        Role.CHAIR: translate("PartnerLabels", "Chair"),
        Role.MINUTE_TAKER: translate("PartnerLabels", "Minute-taker"),
        Role.INFORMATION_OFFICER: translate("PartnerLabels", "Information officer"),
        Role.PREVENTION_OFFICER: translate("PartnerLabels", "Prevention officer"),
        Role.MEMBER: translate("PartnerLabels", "Member"),
        Role.AD_HOC_EXPERT: translate("PartnerLabels", "Ad hoc expert"),
    }[value]


def secrecy_label(value: Secrecy) -> str:
    return {
        Secrecy.YES: translate("PartnerLabels", "Bound by professional secrecy"),
        Secrecy.NO: translate("PartnerLabels", "Not bound by professional secrecy"),
        Secrecy.UNKNOWN: translate("PartnerLabels", "Professional secrecy unknown"),
    }[value]


def status_label(value: PartnerStatus) -> str:
    return {
        PartnerStatus.ACTIVE: translate("PartnerLabels", "Active"),
        PartnerStatus.ARCHIVED: translate("PartnerLabels", "Archived"),
    }[value]


def training_state_label(value: TrainingState) -> str:
    return {
        TrainingState.FOLLOWED: translate("PartnerLabels", "Followed"),
        TrainingState.WANTED: translate("PartnerLabels", "Wanted"),
    }[value]


def support_kind_label(value: SupportKind) -> str:
    return {
        SupportKind.TRAINING: translate("PartnerLabels", "Training"),
        SupportKind.HELPLINE: translate("PartnerLabels", "Helpline"),
        SupportKind.FEDERAL: translate("PartnerLabels", "Federal support"),
        SupportKind.REGIONAL: translate("PartnerLabels", "Regional support"),
        SupportKind.NETWORK: translate("PartnerLabels", "Expert network"),
        SupportKind.INFORMATION: translate("PartnerLabels", "Information"),
        SupportKind.OTHER: translate("PartnerLabels", "Other"),
    }[value]


def language_label(code: str) -> str:
    return {
        "nl": translate("PartnerLabels", "Dutch"),
        "fr": translate("PartnerLabels", "French"),
        "de": translate("PartnerLabels", "German"),
        "en": translate("PartnerLabels", "English"),
        "": translate("PartnerLabels", "Not set"),
    }.get(code, code)


def composition_warning_text(code: str) -> str:
    texts = {
        CompositionWarning.MAYOR_MISSING: translate(
            "PartnerLabels",
            "No active partner has the role of mayor. The mayor (or a representative) is a "
            "fixed member of the cell (Law of 30 July 2018, art. 3 §1).",
        ),
        CompositionWarning.POLICE_MISSING: translate(
            "PartnerLabels",
            "No active partner of the police sector. The chief of police and/or a police "
            "representative are fixed members of the cell (Law of 30 July 2018, art. 3 §1).",
        ),
        CompositionWarning.POLICE_CLEARANCE_MISSING: translate(
            "PartnerLabels",
            "No active police contact is marked as holding a security clearance. The law "
            "asks for a police representative with a 'secret' clearance.",
        ),
        CompositionWarning.PREVENTION_MISSING: translate(
            "PartnerLabels",
            "No active partner has the role of prevention officer. The municipal official "
            "coordinating prevention is a fixed member of the cell (Law of 30 July 2018, "
            "art. 3 §1).",
        ),
    }
    if code == "house_rules_unsigned":
        return translate(
            "PartnerLabels",
            "Not every partner at a table has signed the current house rules (House rules → "
            "Signatures).",
        )
    try:
        return texts[CompositionWarning(code)]
    except ValueError:
        return code


# -- the partner documents ------------------------------------------------------------------
def document_texts(sectors: list[SectorEntry], kinds: list[str]) -> PartnerTexts:
    """The partner documents' words in the current translation (call it inside
    `document_language` to get the register's language)."""
    from livc_desktop.reports.partners import PartnerTexts

    return PartnerTexts(
        sectors=sector_labels(sectors),
        participation={p: participation_label(p) for p in Participation},
        participation_explanations={p: participation_explanation(p) for p in Participation},
        roles={r: role_label(r) for r in Role},
        tables={k: _table_label(k) for k in [*(t.value for t in TableKind), *kinds]},
        languages={code: language_label(code) for code in ("nl", "fr", "de", "en")},
        contact_header=[
            translate("PartnerDocuments", "Name"),
            translate("PartnerDocuments", "Function"),
            translate("PartnerDocuments", "Phone"),
            translate("PartnerDocuments", "E-mail"),
            translate("PartnerDocuments", "Language"),
            translate("PartnerDocuments", "Clearance"),
        ],
        overview_partner=translate("PartnerDocuments", "Partner"),
        overview_sector=translate("PartnerDocuments", "Sector"),
        overview_roles=translate("PartnerDocuments", "Roles"),
        yes=translate("PartnerDocuments", "Yes"),
        no_match=translate("PartnerDocuments", "No partners match the filter."),
        no_contacts=translate("PartnerDocuments", "No contact persons recorded."),
        nobody_at_level=translate("PartnerDocuments", "No partners at this level."),
    )


def document_frame(session: Session, title: str, *, landscape: bool = False) -> PageFrame:
    """The frame around every page of a partner document (call it inside
    `document_language`)."""
    from livc_desktop.reports.common import PageFrame

    profile = session.profile()
    return PageFrame(
        title=title,
        header_left=translate("PartnerDocuments", "LIVC {municipalities}").format(
            municipalities=", ".join(profile.municipalities)
        ),
        confidentiality=translate("PartnerDocuments", "CONFIDENTIAL – LIVC – do not distribute"),
        page_label=translate("PartnerDocuments", "Page {page} of {pages}"),
        author=profile.officer_name,
        language=language_tag(register_language(session)),
        landscape=landscape,
    )
