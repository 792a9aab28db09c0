"""The annual report: figures of one year from the register, small numbers suppressed
(domain.disclosure), as a PDF with charts and as CSV, each export in the access trail.

Everything printed, charts included, comes from the published figures: the raw counts
never leave this module's `build`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from livc_desktop.domain.annual_report import (
    AnnualReport,
    AttendanceLine,
    Section,
    check_year,
    publish_report,
)
from livc_desktop.domain.cell import language_tag
from livc_desktop.domain.disclosure import Figure, Mark, PublishedGroup
from livc_desktop.services.exports import save_export
from livc_desktop.services.partners import csv_bytes
from livc_desktop.services.session import Session
from livc_desktop.storage.annual_report_repo import AnnualReportRepository

if TYPE_CHECKING:
    from livc_desktop.reports.annual_report import AnnualReportDocument, Bar, BarTable
    from livc_desktop.reports.common import PageFrame

# The report builders (reportlab) are imported when a document is made: the program
# must start without them.
DOCUMENT = "annual_report"
# The key figures, in print order; those with breakdowns also get tables in the details.
_KEY_FIGURES = (
    Section.SIGNALS,
    Section.CASES_OPENED,
    Section.CASES_CLOSED,
    Section.OPEN_AT_YEAR_END,
    Section.FLAG_DECISIONS,
    Section.MEASURES_DONE,
    Section.MEASURES_OVERDUE,
    Section.MEETINGS,
    Section.TRAININGS,
    Section.PARTNERS_TRAINED,
)


@dataclass(frozen=True)
class AnnualLabels:
    """The report's words in one language (built by the UI's label homes)."""

    words: Mapping[str, str]
    sections: Mapping[str, str]
    lists: Mapping[str, str]
    categories: Mapping[str, Mapping[str, str]]
    language: str = "en"
    format_date: Callable[[str], str] = str


def available_years(session: Session, today: date | None = None) -> list[int]:
    """Years to offer, newest first: this year and every year the register has data of."""
    this_year = (today or date.today()).year
    years = set(AnnualReportRepository(session.register).years_with_data())
    return sorted({this_year, *(y for y in years if y <= this_year)}, reverse=True)


def build(session: Session, year: int | None, today: date | None = None) -> AnnualReport:
    """The publishable report of `year` (a ValidationError names a year out of range)."""
    checked = check_year(year, today or date.today())
    figures = AnnualReportRepository(session.register).figures(checked)
    return publish_report(figures, session.profile().tables)


def printed(figure: Figure, labels: AnnualLabels) -> str:
    if figure.mark is Mark.SHOWN:
        return str(figure.value)
    if figure.mark is Mark.SMALL:
        return labels.words["small"]
    if figure.mark is Mark.HIDDEN:
        return labels.words["hidden"]
    return ""


def _bar(label: str, figure: Figure, labels: AnnualLabels) -> Bar:
    from livc_desktop.reports.annual_report import Bar

    return Bar(label, printed(figure, labels), figure.mark.value, figure.value)


def _tables(group: PublishedGroup, labels: AnnualLabels) -> list[BarTable]:
    from livc_desktop.reports.annual_report import BarTable

    tables = []
    for breakdown in group.breakdowns:
        names = labels.categories.get(breakdown.key, {})
        bars = [_bar(names.get(code, code), fig, labels) for code, fig in breakdown.figures]
        total = None
        if group.total.mark is not Mark.OMITTED:
            total = _bar(labels.words["total"], group.total, labels)
        tables.append(BarTable(labels.lists.get(breakdown.key, breakdown.key), bars, total))
    return tables


def document(report: AnnualReport, labels: AnnualLabels) -> AnnualReportDocument:
    """What the PDF prints: texts and marks of the published figures only."""
    from livc_desktop.reports.annual_report import AnnualReportDocument, Bar, BarTable

    w = labels.words
    key_bars = []
    details = []
    for section in _KEY_FIGURES:
        group = report.group(section)
        title = labels.sections[section.value]
        if group.withheld or group.total.mark is Mark.OMITTED:
            key_bars.append(Bar(title, w["not_shown"], "withheld", None))
        else:
            key_bars.append(_bar(title, group.total, labels))
        if group.breakdowns or group.withheld:
            details.append(
                (title, [] if group.withheld else _tables(group, labels), group.withheld)
            )
    attendance = [_attendance_row(line, labels) for line in report.attendance]
    return AnnualReportDocument(
        subtitle=w["subtitle"].format(year=report.year),
        made_on=w["made_on"].format(date=labels.format_date(date.today().isoformat())),
        key_figures=BarTable(w["key_figures"], key_bars, None),
        details=details,
        attendance_header=(w["partner"], w["attended"], w["missed"], w["rate"]),
        attendance=attendance,
        words=dict(w),
    )


def _attendance_row(line: AttendanceLine, labels: AnnualLabels) -> tuple[str, str, str, str]:
    rate = (
        "" if line.rate_percent is None else labels.words["percent"].format(rate=line.rate_percent)
    )
    return (line.partner, printed(line.attended, labels), printed(line.missed, labels), rate)


def page_frame(session: Session, report: AnnualReport, labels: AnnualLabels) -> PageFrame:
    from livc_desktop.reports.common import PageFrame

    w = labels.words
    title = w["title"].format(year=report.year)
    return PageFrame(
        title=title,
        header_left=w["cell"].format(municipalities=", ".join(session.profile().municipalities)),
        confidentiality=w["confidentiality"],
        page_label=w["page_label"],
        author=session.profile().officer_name,
        subject=title,
        language=language_tag(labels.language),
    )


def pdf_bytes(session: Session, report: AnnualReport, labels: AnnualLabels) -> bytes:
    from livc_desktop.reports.annual_report import annual_report_pdf

    return annual_report_pdf(page_frame(session, report, labels), document(report, labels))


def csv_rows(report: AnnualReport, labels: AnnualLabels) -> list[tuple[str, str, str, str]]:
    """One row per printed figure: section, breakdown, category, printed value."""
    w = labels.words
    rows: list[tuple[str, str, str, str]] = []
    for group in report.groups:
        title = labels.sections.get(group.key, group.key)
        if group.withheld:
            rows.append((title, "", "", w["withheld"]))
            continue
        if group.total.mark is not Mark.OMITTED:
            rows.append((title, "", w["total"], printed(group.total, labels)))
        for breakdown in group.breakdowns:
            names = labels.categories.get(breakdown.key, {})
            list_title = labels.lists.get(breakdown.key, breakdown.key)
            for code, figure in breakdown.figures:
                rows.append((title, list_title, names.get(code, code), printed(figure, labels)))
    for line in report.attendance:
        partner, attended, missed, rate = _attendance_row(line, labels)
        rows.append((w["attendance"], partner, w["attended"], attended))
        rows.append((w["attendance"], partner, w["missed"], missed))
        if rate:
            rows.append((w["attendance"], partner, w["rate"], rate))
    return rows


def csv_content(report: AnnualReport, labels: AnnualLabels) -> bytes:
    w = labels.words
    return csv_bytes((w["section"], w["list"], w["category"], w["value"]), csv_rows(report, labels))


def export(
    session: Session,
    year: int | None,
    labels: AnnualLabels,
    *,
    pdf: Path | None = None,
    csv: Path | None = None,
    today: date | None = None,
) -> list[Path]:
    """Write the report of `year` as PDF and/or CSV; each file is one access-trail entry
    (the kind of document and the year, never a figure)."""
    report = build(session, year, today)
    written = []
    if pdf is not None:
        written.append(
            save_export(
                session,
                pdf,
                lambda: pdf_bytes(session, report, labels),
                kind=DOCUMENT,
                year=report.year,
            )
        )
    if csv is not None:
        written.append(
            save_export(
                session, csv, lambda: csv_content(report, labels), kind=DOCUMENT, year=report.year
            )
        )
    return written
