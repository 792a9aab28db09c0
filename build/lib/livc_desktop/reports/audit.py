"""The access-trail report for the data-protection officer: every entry in the chosen range
(time, event, case code, ids), the chain's verification result and its head hash (an anchor
the officer can keep outside the register)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from livc_desktop.reports.common import (
    PageFrame,
    Styles,
    build_pdf,
    data_table,
    para,
    usable_width,
)


@dataclass(frozen=True)
class AuditReportLabels:
    """Translated by the caller."""

    intro: str  # e.g. "Access trail of the register, 2026-01-01 to 2026-11-28"
    filters: str  # the filters in force, as a sentence
    verification: str  # e.g. "Chain verified: 312 entries, intact."
    head: str  # e.g. "Newest entry hash: ..."
    columns: tuple[str, str, str, str, str]
    empty: str


def build_audit_report(
    frame: PageFrame,
    labels: AuditReportLabels,
    rows: Sequence[tuple[str, str, str, str, str]],
    *,
    invariant: bool = False,
) -> bytes:
    """`rows`: (no., time, event label, case code, details), already formatted."""

    def story(st: Styles) -> list[Flowable]:
        width = usable_width(frame)
        out: list[Flowable] = [
            para(frame.title, st.title),
            para(labels.intro, st.subtitle),
            para(labels.filters, st.body),
            para(labels.verification, st.body),
            para(labels.head, st.small),
            Spacer(1, 4 * mm),
        ]
        if not rows:
            out.append(para(labels.empty, st.body))
            return out
        widths = [14 * mm, 40 * mm, 50 * mm, 32 * mm]
        widths.append(width - sum(widths))
        out.append(data_table(labels.columns, rows, widths, st=st))
        return out

    return build_pdf(frame, story, invariant=invariant)
