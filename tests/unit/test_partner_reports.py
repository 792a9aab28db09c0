"""Partner PDFs read back with pypdf: title, page X of Y, confidentiality, Unicode names;
the contact sheet and participation overview assembled from the register's rows."""

from __future__ import annotations

import io

from pypdf import PdfReader

from livc_desktop.domain.partners import (
    Contact,
    Participation,
    PartnerRow,
    PartnerStatus,
    Role,
)
from livc_desktop.reports import partners as report
from livc_desktop.reports.common import PageFrame
from tests.rtl_text import has_unshaped_arabic, reading_text

NAMES = ["Partner Fictief vzw", "Zoë Testpersoon", "رانيا المثال", "François Démo"]


def _frame(title: str, landscape: bool = False) -> PageFrame:
    return PageFrame(
        title=title,
        header_left="LIVC Testdorp",
        confidentiality="VERTROUWELIJK – LIVC – niet verspreiden",
        page_label="Pagina {page} van {pages}",
        language="nl-BE",
        landscape=landscape,
    )


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def _check_frame(pages: list[str], title: str) -> None:
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in text
        assert "VERTROUWELIJK – LIVC – niet verspreiden" in text
        assert title in text


def test_partner_list_pages_and_names():
    rows = [
        [NAMES[i % 4] + f" {i}", "Politie", "Meewerken", "", "", "1", "Testdorp", "Actief"]
        for i in range(120)
    ]
    pdf = report.partner_list(
        _frame("Partnerlijst", landscape=True),
        report.ListDocument(
            "120 partners",
            ["Naam", "Sector", "P", "R", "T", "C", "G", "S"],
            rows,
            (24, 16, 11, 15, 13, 8, 11, 8),
        ),
    )
    pages = _pages(pdf)
    _check_frame(pages, "Partnerlijst")
    text = "\n".join(pages)
    assert "Partner Fictief vzw" in text
    assert "Zoë Testpersoon" in text and "François Démo" in text
    # The Arabic name is drawn joined (presentation forms) and right to left; the number
    # after it belongs to the right-to-left run (Unicode bidi), so it is drawn on its left.
    assert "2 رانيا المثال Politie" in reading_text(pdf)
    assert not has_unshaped_arabic(text)
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "Partnerlijst"


def test_empty_list_says_so():
    pdf = report.partner_list(
        _frame("Partnerlijst"),
        report.ListDocument("0", ["Naam"], [], (1,), empty_text="Geen partners."),
    )
    assert "Geen partners." in _pages(pdf)[0]


def test_contact_sheet_and_participation_overview():
    sections = [
        report.ContactSection(
            title=f"{NAMES[i % 4]} {i}",
            details=["Politie · Meewerken", "050 12 34 56"],
            contact_header=[
                "Naam",
                "Functie",
                "Telefoon",
                "E-mail",
                "Taal",
                "Veiligheidsmachtiging",
            ],
            contacts=[[NAMES[(i + 1) % 4], "Agent", "050", "a@b.be", "nl", "Ja"]] * (i % 12),
            no_contacts_text="Geen contactpersonen.",
        )
        for i in range(30)
    ]
    pages = _pages(
        report.contact_sheet(
            _frame("Contactlijst"),
            report.ContactSheetDocument("30 partners", sections, (22, 16, 14, 28, 10, 10)),
        )
    )
    _check_frame(pages, "Contactlijst")
    assert "Geen contactpersonen." in "\n".join(pages)
    groups = [
        report.ParticipationGroup(
            "Meewerken", "Werkt actief mee.", [["Zoë Testpersoon", "Politie", "✓", "", "Lid"]] * 40
        ),
        report.ParticipationGroup("Meeweten", "Blijft op de hoogte.", [], "Geen partners."),
    ]
    pages = _pages(
        report.participation_overview(
            _frame("Participatieoverzicht", landscape=True),
            report.ParticipationDocument(
                "40", ["Partner", "Sector", "A", "B", "Rollen"], [28, 18, 9, 9, 22], groups
            ),
        )
    )
    _check_frame(pages, "Participatieoverzicht")
    text = "\n".join(pages)
    assert "Meewerken (40)" in text and "Meeweten (0)" in text and "Geen partners." in text


def _texts() -> report.PartnerTexts:

    return report.PartnerTexts(
        sectors={"police": "Politie"},
        participation={p: f"niveau-{p.value}" for p in Participation},
        participation_explanations={p: f"uitleg-{p.value}" for p in Participation},
        roles={r: f"rol-{r.value}" for r in Role},
        tables={"integrated": "Integrale tafel"},
        languages={"fr": "Frans"},
        contact_header=["Naam", "Functie", "Telefoon", "E-mail", "Taal", "Machtiging"],
        overview_partner="Partner",
        overview_sector="Sector",
        overview_roles="Rollen",
        yes="Ja",
        no_match="Geen partners.",
        no_contacts="Geen contactpersonen.",
        nobody_at_level="Niemand op dit niveau.",
    )


def _row(pid: int, name: str, **kw: object):

    base: dict[str, object] = dict(
        id=pid,
        name=name,
        sector="police",
        participation=Participation.WORKS_ON,
        status=PartnerStatus.ACTIVE,
        municipality="Demostad",
        phone="050 12 34 56",
        email="",
        notes="",
        roles=frozenset(),
        tables=frozenset(),
        contact_names=(),
        has_cleared_contact=False,
    )
    base.update(kw)
    return PartnerRow(**base)  # type: ignore[arg-type]


def test_contact_sheet_lists_only_active_contacts_in_the_documents_words():

    rows = [_row(1, "Partner Fictief vzw"), _row(2, "OCMW Demostad")]
    contacts = {
        1: [
            Contact(name="Zoë Testpersoon", language="fr", clearance=True),
            Contact(name="Oud Contact", status=PartnerStatus.ARCHIVED),
        ]
    }
    doc = report.contact_sheet_document("2 partners", rows, contacts, _texts())
    first, second = doc.sections
    assert first.details[0] == "Politie · niveau-works_on · Demostad"
    assert first.contacts == [["Zoë Testpersoon", "", "", "", "Frans", "Ja"]]
    assert second.contacts == [] and second.no_contacts_text == "Geen contactpersonen."
    text = "\n".join(_pages(report.contact_sheet(_frame("Contactblad"), doc)))
    assert "Zoë Testpersoon" in text and "Oud Contact" not in text


def test_participation_overview_groups_active_partners_with_a_tick_per_table():

    rows = [
        _row(
            1,
            "Partner Fictief vzw",
            tables=frozenset({"integrated"}),
            roles=frozenset({Role.MEMBER, Role.MAYOR}),
        ),
        _row(2, "Gearchiveerd vzw", status=PartnerStatus.ARCHIVED),
        _row(3, "CAW Voorbeeldegem", participation=Participation.INFORMED),
    ]
    doc = report.participation_document("3", rows, ["integrated", "case_team"], _texts())
    assert list(doc.header) == ["Partner", "Sector", "Integrale tafel", "case_team", "Rollen"]
    by_title = {g.title: g for g in doc.groups}
    assert by_title["niveau-works_on"].rows == [
        ["Partner Fictief vzw", "Politie", "✓", "", "rol-mayor, rol-member"]
    ]
    assert by_title["niveau-informed"].rows == [["CAW Voorbeeldegem", "Politie", "", "", ""]]
    assert by_title["niveau-contributes"].rows == []
    assert all("Gearchiveerd vzw" not in r for g in doc.groups for r in g.rows)
