"""Every word of the annual report, in the register's language (QtCore only, so the
command line writes exactly the same PDF and CSV as the GUI). Category names come from
their homes (case, signal and table labels); the cell's own flag names win."""

from __future__ import annotations

from livc_desktop.domain.annual_report import (
    ATTENDED,
    MISSED,
    NOT_SET,
    OPEN_PHASES,
    ListKind,
    Section,
)
from livc_desktop.domain.cases import Flag, FollowUp
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.signals import Channel, SignalStatus
from livc_desktop.services.annual_report import AnnualLabels
from livc_desktop.services.cases import flag_texts
from livc_desktop.services.session import Session
from livc_desktop.ui import case_labels
from livc_desktop.ui.dates import date_formatter
from livc_desktop.ui.labels import table_label
from livc_desktop.ui.print_language import document_language, register_language, translate


def section_titles() -> dict[str, str]:
    return {
        Section.SIGNALS: translate("AnnualReport", "Signals received"),
        Section.CASES_OPENED: translate("AnnualReport", "Cases opened"),
        Section.CASES_CLOSED: translate("AnnualReport", "Cases closed"),
        Section.OPEN_AT_YEAR_END: translate("AnnualReport", "Cases open on 31 December"),
        Section.FLAG_DECISIONS: translate("AnnualReport", "Flag decisions"),
        Section.MEASURES_DONE: translate("AnnualReport", "Measures carried out"),
        Section.MEASURES_OVERDUE: translate("AnnualReport", "Measures overdue on 31 December"),
        Section.MEETINGS: translate("AnnualReport", "Meetings held"),
        Section.TRAININGS: translate("AnnualReport", "Trainings followed by partners"),
        Section.PARTNERS_TRAINED: translate(
            "AnnualReport", "Partner organisations that followed a training"
        ),
    }


def list_titles() -> dict[str, str]:
    return {
        ListKind.CHANNEL: translate("AnnualReport", "By channel"),
        ListKind.OUTCOME: translate("AnnualReport", "By outcome on 31 December"),
        ListKind.FLAG: translate("AnnualReport", "By flag"),
        ListKind.PHASE: translate("AnnualReport", "By phase"),
        ListKind.FOLLOW_UP: translate("AnnualReport", "By follow-up type"),
        ListKind.TABLE: translate("AnnualReport", "By table"),
    }


def words() -> dict[str, str]:
    return {
        "title": translate("AnnualReport", "Annual report {year}"),
        "cell": translate("AnnualReport", "LIVC {municipalities}"),
        "subtitle": translate(
            "AnnualReport", "Local Integrated Security Cell · 1 January to 31 December {year}"
        ),
        "made_on": translate("AnnualReport", "Made on {date}"),
        "confidentiality": translate(
            "AnnualReport", "No person can be recognised: counts below 5 are not printed."
        ),
        "page_label": translate("AnnualReport", "Page {page} of {pages}"),
        "key_figures": translate("AnnualReport", "Key figures"),
        "details": translate("AnnualReport", "In detail"),
        "category": translate("AnnualReport", "Category"),
        "number": translate("AnnualReport", "Number"),
        "chart": translate("AnnualReport", "Chart"),
        "total": translate("AnnualReport", "Total"),
        "small": translate("AnnualReport", "< 5"),
        "hidden": translate("AnnualReport", "x"),
        "not_shown": translate("AnnualReport", "not shown"),
        "withheld": translate(
            "AnnualReport",
            "Not shown: these numbers are too small to print without anyone becoming recognisable.",
        ),
        "attendance": translate("AnnualReport", "Attendance per partner organisation"),
        "attendance_intro": translate(
            "AnnualReport",
            "Meetings held this year at which the organisation was expected: attended (any "
            "of its representatives present) and missed (excused or absent). The rate is "
            "printed only where both numbers are.",
        ),
        "partner": translate("AnnualReport", "Partner organisation"),
        "attended": translate("AnnualReport", "Attended"),
        "missed": translate("AnnualReport", "Missed"),
        "rate": translate("AnnualReport", "Attendance rate"),
        "percent": translate("AnnualReport", "{rate} %"),
        "no_attendance": translate("AnnualReport", "No attendance was recorded this year."),
        "note_small": translate(
            "AnnualReport",
            '< 5: a number from 0 to 4. Zero is not printed either, so "none" '
            'and "one" cannot be told apart.',
        ),
        "note_hidden": translate(
            "AnnualReport",
            "x: a number of 5 or more, left out so that a small number next to it cannot "
            "be worked out by subtraction.",
        ),
        "note_year_end": translate(
            "AnnualReport",
            "Flags and phases on 31 December come from the dated history of each case; "
            "the follow-up type is the one recorded today.",
        ),
        "section": translate("AnnualReport", "Section"),
        "list": translate("AnnualReport", "Breakdown"),
        "value": translate("AnnualReport", "Value"),
    }


def categories(session: Session) -> dict[str, dict[str, str]]:
    own = flag_texts(session)
    flags = {flag.value: case_labels.flag_label(flag, own) for flag in Flag}
    return {
        ListKind.CHANNEL: {c.value: case_labels.channel_label(c) for c in Channel},
        ListKind.OUTCOME: {s.value: case_labels.signal_status_label(s) for s in SignalStatus},
        ListKind.FLAG: {**flags, NOT_SET: case_labels.flag_label(None)},
        ListKind.PHASE: {p.value: case_labels.phase_label(p) for p in OPEN_PHASES},
        ListKind.FOLLOW_UP: {
            **{f.value: case_labels.follow_up_label(f) for f in FollowUp},
            NOT_SET: case_labels.follow_up_label(None),
        },
        ListKind.TABLE: {k.value: table_label(k) for k in TableKind},
        ListKind.ATTENDANCE: {
            ATTENDED: translate("AnnualReport", "Attended"),
            MISSED: translate("AnnualReport", "Missed"),
        },
    }


def labels_for(session: Session, ui_language: str = "") -> AnnualLabels:
    """The report's words in the register's language, else the interface's."""
    language = register_language(session, ui_language)
    with document_language(language):
        return AnnualLabels(
            words=words(),
            sections={str(k): v for k, v in section_titles().items()},
            lists={str(k): v for k, v in list_titles().items()},
            categories={str(k): v for k, v in categories(session).items()},
            language=language,
            format_date=date_formatter(language),
        )
