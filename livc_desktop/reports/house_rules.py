"""House rules PDFs: the adopted version with a signature block per partner
representative, and the one-page confidentiality undertaking for ad hoc guests.

Builders receive translated words and the texts; nothing here reads the register."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from livc_desktop.reports.common import (
    FONT,
    RULE,
    PageFrame,
    Styles,
    build_pdf,
    para,
    usable_width,
)


@dataclass(frozen=True)
class SignatureBlock:
    partner: str
    representative: str
    signed: str = ""  # "Signed on 03/04/2026" when the register knows it, else blank


@dataclass(frozen=True)
class HouseRulesDocument:
    title: str
    subtitle: str  # "Version 2 · adopted on 01/03/2026"
    cell: str
    chapters: Sequence[tuple[str, str]]  # (heading, text)
    signatures_title: str
    signatures_intro: str
    signature_words: tuple[str, str, str, str]  # organisation, representative, signature, date
    blocks: Sequence[SignatureBlock]


@dataclass(frozen=True)
class UndertakingDocument:
    title: str
    cell: str
    paragraphs: Sequence[str]
    fields: Sequence[str]  # labels of the lines to fill in by hand


def _paragraphs(value: str, st: Styles) -> list[Flowable]:
    return [para(block.strip(), st.body) for block in value.split("\n\n") if block.strip()]


def _lines_table(
    rows: Sequence[tuple[str, str]], width: float, st: Styles, space: float = 7
) -> Table:
    """Label and a line to write on (or a value already known); `space` above each line
    leaves room for handwriting."""
    data = [[para(label, st.cell_bold), para(value, st.cell)] for label, value in rows]
    table = Table(data, colWidths=[width * 0.32, width * 0.68])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), space),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def house_rules_pdf(frame: PageFrame, doc: HouseRulesDocument, *, invariant: bool = False) -> bytes:
    width = usable_width(frame)

    def story(st: Styles) -> list[Flowable]:
        out: list[Flowable] = [
            para(doc.title, st.title),
            para(doc.cell, st.subheading),
            para(doc.subtitle, st.subtitle),
        ]
        for heading, body in doc.chapters:
            out.append(para(heading, st.heading))
            out += _paragraphs(body, st)
        out.append(para(doc.signatures_title, st.heading))
        out.append(para(doc.signatures_intro, st.body))
        organisation, representative, signature, day = doc.signature_words
        for block in doc.blocks:
            rows = [
                (organisation, block.partner),
                (representative, block.representative),
                (day, block.signed),
                (signature, ""),
            ]
            out.append(KeepTogether([Spacer(1, 3 * mm), _lines_table(rows, width, st)]))
        return out

    return build_pdf(frame, story, invariant=invariant)


def undertaking_pdf(
    frame: PageFrame, doc: UndertakingDocument, *, invariant: bool = False
) -> bytes:
    width = usable_width(frame)

    def story(st: Styles) -> list[Flowable]:
        out: list[Flowable] = [para(doc.title, st.title), para(doc.cell, st.subtitle)]
        out += [para(p, st.body) for p in doc.paragraphs]
        out.append(Spacer(1, 6 * mm))
        out.append(_lines_table([(label, "") for label in doc.fields], width, st, space=16))
        return out

    return build_pdf(frame, story, invariant=invariant)
