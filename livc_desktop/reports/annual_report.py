"""The annual report PDF: key figures and breakdowns as tables with a bar beside each
number (reportlab's own graphics). Builders receive the printed texts and marks only:
a bar is drawn from the printed number, "< 5" as a pale band over 0 to 4 (it says no
more than the text), "x" and withheld figures with no bar at all."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from livc_desktop.reports.common import (
    RULE,
    PageFrame,
    Styles,
    build_pdf,
    data_table,
    para,
    usable_width,
)

BAR_FILL = colors.HexColor("#3e6a8a")
SMALL_FILL = colors.HexColor("#c9d6e0")
SMALL = 5  # a "< 5" band covers 0 to 4
# The scale reaches at least this far, so a "< 5" band never fills a chart on its own.
MIN_SCALE = 10
BAR_HEIGHT = 3.2 * mm


@dataclass(frozen=True)
class Bar:
    """One printed figure: its label, the printed text, its mark ("shown", "small",
    "hidden", "omitted" or "withheld") and, only when shown, its number."""

    label: str
    text: str
    mark: str
    value: int | None = None


@dataclass(frozen=True)
class BarTable:
    title: str
    bars: Sequence[Bar]
    total: Bar | None = None


@dataclass(frozen=True)
class AnnualReportDocument:
    subtitle: str
    made_on: str
    key_figures: BarTable
    # (section title, its breakdowns, withheld?)
    details: Sequence[tuple[str, Sequence[BarTable], bool]]
    attendance_header: Sequence[str]
    attendance: Sequence[Sequence[str]]
    words: Mapping[str, str] = field(default_factory=dict)


def _scale(table: BarTable) -> float:
    shown = [b.value for b in table.bars if b.mark == "shown" and b.value is not None]
    return float(max([MIN_SCALE, *shown]))


def bar_drawing(bar: Bar, scale: float, width: float) -> Drawing:
    """The bar of one figure, drawn from what is printed and nothing else."""
    drawing = Drawing(width, BAR_HEIGHT + 1)
    drawing.add(Line(0, 0, 0, BAR_HEIGHT + 1, strokeColor=RULE, strokeWidth=0.5))
    if bar.mark == "shown" and bar.value:
        drawing.add(
            Rect(
                0, 0.5, width * bar.value / scale, BAR_HEIGHT, fillColor=BAR_FILL, strokeColor=None
            )
        )
    elif bar.mark == "small":
        drawing.add(
            Rect(
                0,
                0.5,
                width * (SMALL - 1) / scale,
                BAR_HEIGHT,
                fillColor=SMALL_FILL,
                strokeColor=BAR_FILL,
                strokeWidth=0.4,
                strokeDashArray=[1.5, 1.5],
            )
        )
    return drawing


def _bar_table(
    table: BarTable,
    frame: PageFrame,
    words: Mapping[str, str],
    st: Styles,
    heading: Sequence[Flowable] = (),
) -> Flowable:
    width = usable_width(frame)
    widths = [width * 0.42, width * 0.12, width * 0.46]
    chart_width = widths[2] - 10
    scale = _scale(table)
    rows: list[list[object]] = [
        [para(b.label, st.cell), para(b.text, st.cell_bold), bar_drawing(b, scale, chart_width)]
        for b in table.bars
    ]
    if table.total is not None:
        rows.append(
            [para(table.total.label, st.cell_bold), para(table.total.text, st.cell_bold), ""]
        )
    header = (words.get("category", ""), words.get("number", ""), words.get("chart", ""))
    # A section's heading stays with its first table, never alone at a page's foot.
    return KeepTogether(
        [*heading, para(table.title, st.subheading), data_table(header, rows, widths, st=st)]
    )


def annual_report_pdf(
    frame: PageFrame, doc: AnnualReportDocument, *, invariant: bool = False
) -> bytes:
    words = doc.words

    def story(st: Styles) -> list[Flowable]:
        out: list[Flowable] = [
            para(frame.title, st.title),
            para(doc.subtitle, st.subtitle),
            para(doc.made_on, st.small),
            Spacer(1, 3 * mm),
            _bar_table(doc.key_figures, frame, words, st),
        ]
        if doc.details:
            out.append(para(words.get("details", ""), st.heading))
        for title, tables, withheld in doc.details:
            heading = [para(title, st.heading)]
            if withheld:
                out.append(KeepTogether([*heading, para(words.get("withheld", ""), st.body)]))
            for number, table in enumerate(tables):
                out.append(_bar_table(table, frame, words, st, heading if number == 0 else ()))
        out.append(para(words.get("attendance", ""), st.heading))
        out.append(para(words.get("attendance_intro", ""), st.small))
        out.append(Spacer(1, 1.5 * mm))
        if doc.attendance:
            width = usable_width(frame)
            out.append(
                data_table(
                    doc.attendance_header,
                    doc.attendance,
                    [width * 0.52, width * 0.16, width * 0.16, width * 0.16],
                    st=st,
                )
            )
        else:
            out.append(para(words.get("no_attendance", ""), st.body))
        out.append(Spacer(1, 4 * mm))
        for key in ("note_small", "note_hidden", "note_year_end"):
            out.append(para(words.get(key, ""), st.small))
        return out

    return build_pdf(frame, story, invariant=invariant)
