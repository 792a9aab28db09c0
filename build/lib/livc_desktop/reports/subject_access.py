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


# A table cell must fit on one page: long texts (an information item may hold 100,000
# characters) continue on following rows of the same table.
CELL_CHARS = 1200
CELL_LINES = 30


def _pieces(value: str) -> list[str]:
    """`value` cut at line or word boundaries into parts that fit a cell on one page."""
    lines: list[str] = []
    for line in value.split("\n"):
        while len(line) > CELL_CHARS:
            cut = line.rfind(" ", 0, CELL_CHARS)
            cut = cut if cut > CELL_CHARS // 2 else CELL_CHARS
            lines.append(line[:cut])
            line = line[cut:].lstrip(" ")
        lines.append(line)
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        if current and (size + len(line) > CELL_CHARS or len(current) >= CELL_LINES):
            parts.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    parts.append("\n".join(current))
    return parts


def split_rows(rows: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Rows whose long cells continue on extra rows (other cells left empty there)."""
    out: list[tuple[str, ...]] = []
    for row in rows:
        cells = [_pieces(str(c)) for c in row]
        for n in range(max(len(c) for c in cells) if cells else 0):
            out.append(tuple(c[n] if n < len(c) else "" for c in cells))
    return out


def facts_table(facts: Sequence[tuple[str, str]], width: float, st: Styles) -> Table:
    rows = [[para(k, st.cell_bold), para(v, st.cell)] for k, v in split_rows(facts)]
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
        out.append(data_table(section.columns, split_rows(section.rows), widths, st=st))
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
