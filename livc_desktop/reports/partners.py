"""Partner PDFs: the partner list, the contact sheet and the participation overview.

Builders receive translated labels from the caller (the UI, in the register's language)
and the partners as the register gives them; nothing here translates or reads the register."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from livc_desktop.domain.partners import Contact, Participation, PartnerRow, PartnerStatus, Role
from livc_desktop.reports.common import (
    PageFrame,
    Styles,
    build_pdf,
    content_widths,
    data_table,
    para,
    usable_width,
)


@dataclass(frozen=True)
class ListDocument:
    """A titled table: the partner list (as filtered in the program)."""

    subtitle: str  # e.g. "12 partners · filter: police · 28/11/2026"
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]  # relative column widths
    empty_text: str = ""  # shown instead of an empty table


@dataclass(frozen=True)
class ContactSection:
    """One partner on the contact sheet."""

    title: str  # partner name
    details: Sequence[str]  # lines under the name: sector, address, phone, e-mail...
    contact_header: Sequence[str]
    contacts: Sequence[Sequence[str]]
    no_contacts_text: str = ""


@dataclass(frozen=True)
class ContactSheetDocument:
    subtitle: str
    sections: Sequence[ContactSection]
    widths: Sequence[float]  # relative widths of the contact columns
    empty_text: str = ""


@dataclass(frozen=True)
class ParticipationGroup:
    """A participation level with its explanation and its partners."""

    title: str  # e.g. "Works on it (meewerken)"
    explanation: str
    rows: Sequence[Sequence[str]]  # name, sector, then one "x"/"" cell per table, roles
    empty_text: str = ""


@dataclass(frozen=True)
class ParticipationDocument:
    subtitle: str
    header: Sequence[str]
    widths: Sequence[float]
    groups: Sequence[ParticipationGroup] = field(default_factory=tuple)


def _widths(frame: PageFrame, relative: Sequence[float]) -> list[float]:
    total = float(sum(relative)) or 1.0
    width = usable_width(frame)
    return [width * r / total for r in relative]


def partner_list(frame: PageFrame, doc: ListDocument, *, invariant: bool = False) -> bytes:
    def story(st: Styles) -> list[Flowable]:
        out: list[Flowable] = [para(frame.title, st.title), para(doc.subtitle, st.subtitle)]
        if doc.rows:
            out.append(data_table(doc.header, doc.rows, _widths(frame, doc.widths), st=st))
        else:
            out.append(para(doc.empty_text, st.body))
        return out

    return build_pdf(frame, story, invariant=invariant)


def contact_sheet(frame: PageFrame, doc: ContactSheetDocument, *, invariant: bool = False) -> bytes:
    # Landscape: a phone number and an e-mail address are printed whole, on one line,
    # beside the name, function, language and clearance.
    frame = replace(frame, landscape=True)

    def story(st: Styles) -> list[Flowable]:
        out: list[Flowable] = [para(frame.title, st.title), para(doc.subtitle, st.subtitle)]
        if not doc.sections:
            out.append(para(doc.empty_text, st.body))
        # One set of columns for every partner, sized to all their contacts.
        header = doc.sections[0].contact_header if doc.sections else ()
        people = [row for section in doc.sections for row in section.contacts]
        widths = content_widths(
            header, people, usable_width(frame), _widths(frame, doc.widths), st=st
        )
        for section in doc.sections:
            head: list[Flowable] = [para(section.title, st.heading)]
            head += [para(line, st.small) for line in section.details if line]
            head.append(Spacer(1, 1.5 * mm))
            if section.contacts:
                table = data_table(
                    section.contact_header, section.contacts, widths, st=st, fixed=True
                )
                # A short partner stays on one page; a long one may break (header repeats).
                if len(section.contacts) <= 8:
                    out.append(KeepTogether([*head, table]))
                else:
                    out += [*head, table]
            else:
                out.append(KeepTogether([*head, para(section.no_contacts_text, st.small)]))
        return out

    return build_pdf(frame, story, invariant=invariant)


def participation_overview(
    frame: PageFrame, doc: ParticipationDocument, *, invariant: bool = False
) -> bytes:
    def story(st: Styles) -> list[Flowable]:
        out: list[Flowable] = [para(frame.title, st.title), para(doc.subtitle, st.subtitle)]
        # One set of columns for every group, so the tick columns line up.
        rows = [row for group in doc.groups for row in group.rows]
        widths = content_widths(
            doc.header, rows, usable_width(frame), _widths(frame, doc.widths), st=st
        )
        for group in doc.groups:
            out.append(para(f"{group.title} ({len(group.rows)})", st.heading))
            # The explanation stays with its heading and the first rows of the table.
            explanation = para(group.explanation, st.small)
            gap = Spacer(1, 1.5 * mm)
            explanation.keepWithNext = gap.keepWithNext = 1
            out += [explanation, gap]
            if group.rows:
                out.append(data_table(doc.header, group.rows, widths, st=st, fixed=True))
            else:
                out.append(para(group.empty_text, st.body))
        return out

    return build_pdf(frame, story, invariant=invariant)


# -- the documents assembled from the register's partners ------------------------------------
@dataclass(frozen=True)
class PartnerTexts:
    """What the partner documents say, already translated into the register's language."""

    sectors: Mapping[str, str]
    participation: Mapping[Participation, str]
    participation_explanations: Mapping[Participation, str]
    roles: Mapping[Role, str]
    tables: Mapping[str, str]
    languages: Mapping[str, str]
    contact_header: Sequence[str]  # name, function, phone, e-mail, language, clearance
    overview_partner: str
    overview_sector: str
    overview_roles: str
    yes: str
    no_match: str
    no_contacts: str
    nobody_at_level: str


def _roles_text(roles: Iterable[Role], texts: PartnerTexts) -> str:
    order = list(Role)
    return ", ".join(texts.roles[r] for r in sorted(roles, key=order.index))


def list_document(
    subtitle: str, header: Sequence[str], rows: Sequence[Sequence[str]], texts: PartnerTexts
) -> ListDocument:
    """The partner list as the program shows it: `rows` are the list's own cells."""
    return ListDocument(
        subtitle=subtitle,
        header=header,
        rows=rows,
        widths=(22, 16, 10, 14, 13, 9, 12, 8),
        empty_text=texts.no_match,
    )


def contact_sheet_document(
    subtitle: str,
    rows: Sequence[PartnerRow],
    contacts: Mapping[int, Sequence[Contact]],
    texts: PartnerTexts,
) -> ContactSheetDocument:
    """One section per partner with its active contact persons."""
    sections = []
    for r in rows:
        details = [
            " · ".join(
                x
                for x in (
                    texts.sectors.get(r.sector, r.sector),
                    texts.participation[r.participation],
                    r.municipality,
                )
                if x
            ),
            " · ".join(x for x in (r.phone, r.email) if x),
        ]
        people = [
            [
                c.name,
                c.function,
                c.phone,
                c.email,
                texts.languages.get(c.language, c.language) if c.language else "",
                texts.yes if c.clearance else "",
            ]
            for c in contacts.get(r.id, [])
            if c.status is PartnerStatus.ACTIVE
        ]
        sections.append(
            ContactSection(
                title=r.name,
                details=details,
                contact_header=texts.contact_header,
                contacts=people,
                no_contacts_text=texts.no_contacts,
            )
        )
    return ContactSheetDocument(
        subtitle=subtitle,
        sections=sections,
        widths=(20, 15, 13, 26, 13, 13),
        empty_text=texts.no_match,
    )


def participation_document(
    subtitle: str, rows: Sequence[PartnerRow], kinds: Sequence[str], texts: PartnerTexts
) -> ParticipationDocument:
    """The active partners grouped by participation level, one tick column per table."""
    active = [r for r in rows if r.status is PartnerStatus.ACTIVE]
    header = [
        texts.overview_partner,
        texts.overview_sector,
        *(texts.tables.get(k, k) for k in kinds),
        texts.overview_roles,
    ]
    groups = []
    for level in Participation:
        members = [r for r in active if r.participation is level]
        groups.append(
            ParticipationGroup(
                title=texts.participation[level],
                explanation=texts.participation_explanations[level],
                rows=[
                    [r.name, texts.sectors.get(r.sector, r.sector)]
                    + ["✓" if k in r.tables else "" for k in kinds]
                    + [_roles_text(r.roles, texts)]
                    for r in members
                ],
                empty_text=texts.nobody_at_level,
            )
        )
    return ParticipationDocument(
        subtitle=subtitle,
        header=header,
        widths=[28, 18] + [9] * len(kinds) + [22],
        groups=groups,
    )
