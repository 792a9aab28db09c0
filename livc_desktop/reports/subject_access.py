"""The data-subject access document: everything the register holds on one person, for the
municipality's answer to a GDPR access request (art. 15). The caller (UI) turns the
register's rows into translated sections; this module only lays them out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from livc_desktop.reports.common import (
    FONT,
    RULE,
    PageFrame,
    Styles,
    build_pdf,
    data_table,
    para,
    usable_width,
)


@dataclass(frozen=True)
class Section:
    """One titled table. `widths` are fractions of the usable width (they sum to 1)."""

    heading: str
    columns: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]
    widths: tuple[float, ...]
    empty: str
    note: str = ""


@dataclass(frozen=True)
class DocumentLabels:
    """Translated by the caller."""

    intro: str
    notice: str  # e.g. what was left out and why (other persons, off-record notes)
    facts: Sequence[tuple[str, str]] = field(default_factory=tuple)  # label, value
    generated: str = ""


def facts_table(facts: Sequence[tuple[str, str]], width: float, st: Styles) -> Table:
    rows = [[para(k, st.cell_bold), para(v, st.cell)] for k, v in facts]
    table = Table(rows, colWidths=[width * 0.32, width * 0.68])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def sections_story(
    frame: PageFrame, labels: DocumentLabels, sections: Sequence[Section], st: Styles
) -> list[Flowable]:
    width = usable_width(frame)
    out: list[Flowable] = [para(frame.title, st.title), para(labels.intro, st.subtitle)]
    if labels.notice:
        out.append(para(labels.notice, st.body))
    if labels.facts:
        out += [Spacer(1, 2 * mm), facts_table(labels.facts, width, st)]
    for section in sections:
        out.append(para(section.heading, st.heading))
        if section.note:
            out.append(para(section.note, st.small))
        if not section.rows:
            out.append(para(section.empty, st.body))
            continue
        widths = [width * w for w in section.widths]
        out.append(data_table(section.columns, section.rows, widths, st=st))
    if labels.generated:
        out += [Spacer(1, 5 * mm), para(labels.generated, st.small)]
    return out


def build_subject_access(
    frame: PageFrame,
    labels: DocumentLabels,
    sections: Sequence[Section],
    *,
    invariant: bool = False,
) -> bytes:
    return build_pdf(
        frame, lambda st: sections_story(frame, labels, sections, st), invariant=invariant
    )
