"""The record of processing activities (GDPR art. 30) that supports the municipality's DPIA:
purposes and legal bases, categories held with counts, retention settings, the registered
partners, security measures. Laid out from translated sections given by the caller."""

from __future__ import annotations

from collections.abc import Sequence

from livc_desktop.reports.common import PageFrame, build_pdf
from livc_desktop.reports.subject_access import DocumentLabels, Section, sections_story


def build_processing_record(
    frame: PageFrame,
    labels: DocumentLabels,
    sections: Sequence[Section],
    *,
    invariant: bool = False,
) -> bytes:
    return build_pdf(
        frame, lambda st: sections_story(frame, labels, sections, st), invariant=invariant
    )
