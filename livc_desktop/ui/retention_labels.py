"""Translated labels and the translated content of the retention documents (subject access,
record of processing): the services give rows and codes, this module gives the words."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from livc_desktop.domain.cases import Flag, Phase
from livc_desktop.domain.retention import PurgeReason, RetentionReason
from livc_desktop.domain.signals import Channel, SignalStatus
from livc_desktop.services.retention import ProcessingFacts, SubjectAccess
from livc_desktop.ui.case_labels import (
    channel_label,
    cooperation_label,
    flag_label,
    measure_status_label,
    phase_label,
    sharing_label,
    signal_status_label,
)
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.meeting_labels import minutes_state_label
from livc_desktop.ui.partner_labels import sector_label

if TYPE_CHECKING:
    from livc_desktop.reports.common import PageFrame
    from livc_desktop.reports.subject_access import DocumentLabels, Section

translate = QCoreApplication.translate


def retention_reason_label(reason: RetentionReason) -> str:
    return {
        RetentionReason.CLOSURE_PERIOD_ENDED: translate(
            "RetentionLabels", "Closed: retention period ended"
        ),
        RetentionReason.NO_NEW_INFORMATION: translate(
            "RetentionLabels", "Indications only, nothing new for six months"
        ),
    }[reason]


def purge_reason_label(reason: PurgeReason) -> str:
    return {
        PurgeReason.RETENTION_PERIOD_ENDED: translate("RetentionLabels", "Retention period ended"),
        PurgeReason.NO_NEW_INFORMATION: translate(
            "RetentionLabels", "No new information for six months"
        ),
        PurgeReason.ERASURE_REQUEST: translate(
            "RetentionLabels", "Request for erasure (GDPR art. 17)"
        ),
        PurgeReason.REGISTERED_IN_ERROR: translate("RetentionLabels", "Registered in error"),
    }[reason]


def legal_bases() -> list[tuple[str, str]]:
    """(basis, what it covers): shown on the Retention page and in the record."""
    return [
        (
            translate("RetentionLabels", "Law of 30 July 2018 on local integrated security cells"),
            translate(
                "RetentionLabels",
                "Sets up the LIVC/CSIL-R by municipal decision: its task (prevention of "
                "terrorist and radicalisation offences through a person-centred, "
                "multidisciplinary approach), members and the processing of personal data.",
            ),
        ),
        (
            translate("RetentionLabels", "Art. 458ter Criminal Code (case consultation)"),
            translate(
                "RetentionLabels",
                "Sharing secrets inside the consultation set up by law is not an offence; "
                "participants keep what they hear secret; nobody is obliged to speak.",
            ),
        ),
        (
            translate("RetentionLabels", "GDPR art. 6(1)(e)"),
            translate(
                "RetentionLabels",
                "Processing necessary for a task carried out in the public interest, laid "
                "down by law.",
            ),
        ),
        (
            translate("RetentionLabels", "GDPR art. 9(2)(g)"),
            translate(
                "RetentionLabels",
                "Special categories (religion, political opinion, health) for reasons of "
                "substantial public interest, on the basis of the law above.",
            ),
        ),
        (
            translate("RetentionLabels", "GDPR art. 10"),
            translate(
                "RetentionLabels",
                "Data on suspected offences, only under the control of official authority "
                "and as authorised by law.",
            ),
        ),
    ]


def page_frame(title: str, municipalities: list[str], language: str = "nl-BE") -> PageFrame:
    from livc_desktop.reports.common import PageFrame  # heavy (reportlab): only when printing

    return PageFrame(
        title=title,
        header_left=translate("RetentionLabels", "LIVC {municipalities}").format(
            municipalities=", ".join(municipalities)
        ),
        confidentiality=translate(
            "RetentionLabels", "CONFIDENTIAL - personal data - for the data-protection officer"
        ),
        page_label=translate("RetentionLabels", "Page {page} of {pages}"),
        subject=title,
        language=language,
    )


def _generated() -> str:
    return translate("RetentionLabels", "Generated on {when} by LIVC Desktop.").format(
        when=format_date(datetime.now().isoformat(sep=" ", timespec="minutes"))
    )


def _day(value: object) -> str:
    """A date (or an ISO date string from a raw row) in the locale's format."""
    if isinstance(value, date):
        return format_date(value)
    try:
        return format_date(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value or "")


def subject_access_document(
    data: SubjectAccess, municipalities: list[str]
) -> tuple[DocumentLabels, list[Section]]:
    from livc_desktop.reports.subject_access import DocumentLabels, Section

    case = data.case
    who = data.identity
    facts = [
        (translate("SubjectAccess", "Case code"), case.code),
        (
            translate("SubjectAccess", "Name"),
            who.name if who else translate("SubjectAccess", "(no identity recorded)"),
        ),
        (translate("SubjectAccess", "Date of birth"), _day(who.birth_date) if who else ""),
        (translate("SubjectAccess", "Address"), who.address if who else ""),
        (translate("SubjectAccess", "School or work"), who.school_work if who else ""),
        (translate("SubjectAccess", "Languages"), who.languages if who else ""),
        (translate("SubjectAccess", "Pseudonym"), case.pseudonym),
        (translate("SubjectAccess", "Municipality"), case.municipality),
        (translate("SubjectAccess", "Opened on"), _day(case.opened_on)),
        (translate("SubjectAccess", "Phase"), phase_label(case.phase)),
        (translate("SubjectAccess", "Flag"), flag_label(case.flag)),
        (translate("SubjectAccess", "Next review"), _day(case.next_review)),
        (translate("SubjectAccess", "Closed on"), _day(case.closed_on)),
        (translate("SubjectAccess", "Lead partner"), case.lead_partner),
    ]
    sections = [
        Section(
            translate("SubjectAccess", "Signals"),
            (
                translate("SubjectAccess", "Received"),
                translate("SubjectAccess", "Channel"),
                translate("SubjectAccess", "Status"),
                translate("SubjectAccess", "What was observed"),
            ),
            [
                (
                    _day(s["received_on"]),
                    channel_label(Channel(s["channel"])),
                    signal_status_label(SignalStatus(s["status"])),
                    "\n".join(x for x in (s["person_label"], s["observed"]) if x),
                )
                for s in data.signals
            ],
            (0.14, 0.16, 0.18, 0.52),
            translate("SubjectAccess", "No signals."),
            translate(
                "SubjectAccess", "The persons who reported a signal are not named (their own data)."
            ),
        ),
        Section(
            translate("SubjectAccess", "Information items"),
            (
                translate("SubjectAccess", "Received"),
                translate("SubjectAccess", "Source"),
                translate("SubjectAccess", "Shared with"),
                translate("SubjectAccess", "Content"),
            ),
            [
                (
                    _day(i.received_on),
                    i.source_partner,
                    sharing_label(i.sharing)
                    + (
                        " · " + translate("SubjectAccess", "professional secret")
                        if i.secret
                        else ""
                    ),
                    i.content,
                )
                for i in data.information
            ],
            (0.14, 0.2, 0.18, 0.48),
            translate("SubjectAccess", "No information items."),
            translate(
                "SubjectAccess",
                "Items covered by professional secrecy are marked: the municipality decides "
                "whether an exception to the right of access applies to them.",
            ),
        ),
        Section(
            translate("SubjectAccess", "Flag history"),
            (
                translate("SubjectAccess", "Decided on"),
                translate("SubjectAccess", "Flag"),
                translate("SubjectAccess", "Justification"),
                translate("SubjectAccess", "Next review"),
            ),
            [
                (_day(f.decided_on), flag_label(f.flag), f.justification, _day(f.next_review))
                for f in data.flags
            ],
            (0.14, 0.14, 0.56, 0.16),
            translate("SubjectAccess", "No flag decisions."),
        ),
        Section(
            translate("SubjectAccess", "Phases"),
            (
                translate("SubjectAccess", "Changed on"),
                translate("SubjectAccess", "From"),
                translate("SubjectAccess", "To"),
                translate("SubjectAccess", "Note"),
            ),
            [
                (
                    _day(p.changed_on),
                    phase_label(p.from_phase) if p.from_phase else "",
                    phase_label(p.to_phase),
                    "\n".join(x for x in (p.reason, p.note) if x),
                )
                for p in data.phases
            ],
            (0.14, 0.18, 0.18, 0.5),
            translate("SubjectAccess", "No phase changes."),
        ),
        Section(
            translate("SubjectAccess", "Measures"),
            (
                translate("SubjectAccess", "Agreed on"),
                translate("SubjectAccess", "Partner"),
                translate("SubjectAccess", "Measure"),
                translate("SubjectAccess", "Status"),
            ),
            [
                (
                    _day(m.created_on),
                    m.partner,
                    "\n".join(x for x in (m.what, m.result) if x),
                    measure_status_label(m.status),
                )
                for m in data.measures
            ],
            (0.14, 0.2, 0.5, 0.16),
            translate("SubjectAccess", "No measures."),
        ),
        Section(
            translate("SubjectAccess", "Case team"),
            (
                translate("SubjectAccess", "Partner"),
                translate("SubjectAccess", "Joined on"),
                translate("SubjectAccess", "Left on"),
            ),
            [(m.partner, _day(m.joined_on), _day(m.left_on)) for m in data.team],
            (0.5, 0.25, 0.25),
            translate("SubjectAccess", "No case team."),
        ),
        Section(
            translate("SubjectAccess", "Cooperation with other bodies"),
            (
                translate("SubjectAccess", "Kind"),
                translate("SubjectAccess", "Body"),
                translate("SubjectAccess", "Exchanged on"),
            ),
            [(cooperation_label(c.kind), c.name, _day(c.exchanged_on)) for c in data.cooperation],
            (0.3, 0.5, 0.2),
            translate("SubjectAccess", "No cooperation recorded."),
        ),
        Section(
            translate("SubjectAccess", "Decisions at meetings"),
            (
                translate("SubjectAccess", "Meeting"),
                translate("SubjectAccess", "Decision"),
                translate("SubjectAccess", "Justification"),
                translate("SubjectAccess", "Next review"),
            ),
            [
                (
                    _day(d["on_date"]),
                    flag_label(Flag(d["value"]))
                    if d["kind"] == "flag"
                    else phase_label(Phase(d["value"])),
                    str(d["justification"]),
                    _day(d["next_review"]),
                )
                for d in data.decisions
            ],
            (0.14, 0.18, 0.52, 0.16),
            translate("SubjectAccess", "No decisions at meetings."),
        ),
        Section(
            translate("SubjectAccess", "Discussed at meetings"),
            (
                translate("SubjectAccess", "Meeting"),
                translate("SubjectAccess", "Minutes"),
                translate("SubjectAccess", "Account and decisions"),
                translate("SubjectAccess", "Actions"),
            ),
            [
                (
                    _day(m.on_date),
                    minutes_state_label(m.minutes_state),
                    translate("SubjectAccess", "(off the record: nothing kept)")
                    if m.withheld
                    else "\n".join(text for _kind, text in m.notes),
                    "\n".join(f"{what} ({_day(due)})" if due else what for what, due in m.actions),
                )
                for m in data.meetings
            ],
            (0.13, 0.14, 0.45, 0.28),
            translate("SubjectAccess", "Not discussed at any meeting."),
            translate(
                "SubjectAccess", "Attendees and the persons responsible for actions are not named."
            ),
        ),
    ]
    labels = DocumentLabels(
        intro=translate(
            "SubjectAccess",
            "Everything the LIVC register of {municipalities} holds on the person of case "
            "{code}, for the answer to a request for access (GDPR art. 15).",
        ).format(municipalities=", ".join(municipalities), code=case.code),
        notice=translate(
            "SubjectAccess",
            "Check every section before it is handed over: information about other persons "
            "and information whose disclosure would harm an ongoing approach may have to be "
            "withheld. Contains special-category personal data.",
        ),
        facts=facts,
        generated=_generated(),
    )
    return labels, sections


def _category_texts() -> dict[str, tuple[str, str]]:
    return {
        "cases_open": (
            translate("ProcessingRecord", "Case files, open"),
            translate("ProcessingRecord", "Case code, phase, flag, review dates, lead partner"),
        ),
        "cases_closed": (
            translate("ProcessingRecord", "Case files, closed"),
            translate("ProcessingRecord", "Kept until their retention period ends"),
        ),
        "identities": (
            translate("ProcessingRecord", "Identities"),
            translate(
                "ProcessingRecord", "Name, date of birth, address, school or work, languages"
            ),
        ),
        "information_items": (
            translate("ProcessingRecord", "Information items"),
            translate("ProcessingRecord", "Source partner, consent, sharing level, text"),
        ),
        "secret_items": (
            translate("ProcessingRecord", "of which under professional secrecy"),
            translate("ProcessingRecord", "Shared with the case team only"),
        ),
        "flag_decisions": (
            translate("ProcessingRecord", "Flag decisions"),
            translate("ProcessingRecord", "Flag, date, justification, who decided"),
        ),
        "phase_changes": (
            translate("ProcessingRecord", "Phase changes"),
            translate("ProcessingRecord", "Phase, date, reason"),
        ),
        "measures": (
            translate("ProcessingRecord", "Measures"),
            translate("ProcessingRecord", "What, partner, due date, status, result"),
        ),
        "case_teams": (
            translate("ProcessingRecord", "Case team memberships"),
            translate("ProcessingRecord", "Partner organisations per case"),
        ),
        "cooperation": (
            translate("ProcessingRecord", "Cooperation"),
            translate("ProcessingRecord", "Other LIVCs and LTFs contacted per case"),
        ),
        "signals": (
            translate("ProcessingRecord", "Signals"),
            translate("ProcessingRecord", "Date, channel, reporter, what was observed"),
        ),
        "signal_traces": (
            translate("ProcessingRecord", "Signal traces"),
            translate("ProcessingRecord", "Date and channel only (no consent)"),
        ),
        "meetings": (
            translate("ProcessingRecord", "Meetings"),
            translate("ProcessingRecord", "Date, place, chair, agenda"),
        ),
        "finalised_minutes": (
            translate("ProcessingRecord", "Finalised minutes"),
            translate("ProcessingRecord", "Frozen, cases by code only"),
        ),
        "attendance": (
            translate("ProcessingRecord", "Attendance"),
            translate("ProcessingRecord", "Name, organisation, presence"),
        ),
        "guests": (
            translate("ProcessingRecord", "Guests"),
            translate("ProcessingRecord", "Name, organisation, signed confidentiality undertaking"),
        ),
        "partners": (
            translate("ProcessingRecord", "Partner organisations"),
            translate("ProcessingRecord", "Name, sector, contact details"),
        ),
        "contacts": (
            translate("ProcessingRecord", "Partner contacts"),
            translate("ProcessingRecord", "Name, function, phone, e-mail, clearance"),
        ),
        "trail_entries": (
            translate("ProcessingRecord", "Access-trail entries"),
            translate("ProcessingRecord", "Time, event, case code, ids: never content"),
        ),
    }


def processing_document(
    facts: ProcessingFacts, municipalities: list[str], officer: str = ""
) -> tuple[DocumentLabels, list[Section]]:
    from livc_desktop.reports.subject_access import DocumentLabels, Section

    texts = _category_texts()
    security = [
        (
            translate("ProcessingRecord", "Encryption"),
            translate(
                "ProcessingRecord",
                "The whole register is one SQLCipher file (AES-256, page HMAC); nothing is "
                "written unencrypted; temporary data stays in memory.",
            ),
        ),
        (
            translate("ProcessingRecord", "Key derivation"),
            translate(
                "ProcessingRecord",
                "PBKDF2-HMAC-SHA512 with {iterations} iterations from the passphrase; the "
                "passphrase is never stored.",
            ).format(iterations=f"{facts.kdf_iter:,}"),
        ),
        (
            translate("ProcessingRecord", "Deletion"),
            translate(
                "ProcessingRecord",
                "Deleted data is overwritten (secure_delete) and the file is rebuilt after a "
                "purge.",
            ),
        ),
        (
            translate("ProcessingRecord", "Backups"),
            translate(
                "ProcessingRecord",
                "Encrypted copies with a manifest and checksums; last good backup: {when}.",
            ).format(
                when=facts.last_backup.replace("T", " ")
                or translate("ProcessingRecord", "none yet")
            ),
        ),
        (
            translate("ProcessingRecord", "Access trail"),
            translate(
                "ProcessingRecord",
                "Every unlock, opened case file, revealed identity, change and export is "
                "recorded, hash-chained ({count} entries); ids and codes only.",
            ).format(count=facts.trail_entries),
        ),
        (
            translate("ProcessingRecord", "Locking"),
            translate(
                "ProcessingRecord",
                "The program locks after inactivity and with the session; printed documents "
                "name cases by code only.",
            ),
        ),
    ]
    sections = [
        Section(
            translate("ProcessingRecord", "Purpose and legal bases"),
            (
                translate("ProcessingRecord", "Legal basis"),
                translate("ProcessingRecord", "What it covers"),
            ),
            legal_bases(),
            (0.35, 0.65),
            "",
        ),
        Section(
            translate("ProcessingRecord", "Categories of data held"),
            (
                translate("ProcessingRecord", "Category"),
                translate("ProcessingRecord", "Data"),
                translate("ProcessingRecord", "Records"),
            ),
            [(texts[k][0], texts[k][1], str(n)) for k, n in facts.counts.items()],
            (0.32, 0.53, 0.15),
            "",
        ),
        Section(
            translate("ProcessingRecord", "Retention"),
            (translate("ProcessingRecord", "Rule"), translate("ProcessingRecord", "Setting")),
            [
                (
                    translate("ProcessingRecord", "Closed case proposed for purge"),
                    translate("ProcessingRecord", "{months} months after closure").format(
                        months=facts.months_after_closure
                    ),
                ),
                (
                    translate("ProcessingRecord", "Open case with indications only"),
                    translate(
                        "ProcessingRecord",
                        "proposed for review after six months without anything new",
                    ),
                ),
                (
                    translate("ProcessingRecord", "Open case re-weighed"),
                    translate("ProcessingRecord", "at least every {weeks} weeks").format(
                        weeks=facts.review_weeks
                    ),
                ),
                (
                    translate("ProcessingRecord", "Purge"),
                    translate(
                        "ProcessingRecord",
                        "removes the case with everything about it; the access trail keeps "
                        "only the code, the date and the reason",
                    ),
                ),
            ],
            (0.4, 0.6),
            "",
        ),
        Section(
            translate("ProcessingRecord", "Registered partners (recipients)"),
            (
                translate("ProcessingRecord", "Organisation"),
                translate("ProcessingRecord", "Sector"),
                translate("ProcessingRecord", "Active contacts"),
                translate("ProcessingRecord", "Status"),
            ),
            [
                (
                    name,
                    sector_label(code, {code: own} if own else None),
                    str(contacts),
                    translate("ProcessingRecord", "archived")
                    if archived
                    else translate("ProcessingRecord", "active"),
                )
                for name, code, own, contacts, archived in facts.partners
            ],
            (0.4, 0.3, 0.15, 0.15),
            translate("ProcessingRecord", "No partners registered."),
        ),
        Section(
            translate("ProcessingRecord", "Security measures"),
            (
                translate("ProcessingRecord", "Measure"),
                translate("ProcessingRecord", "Description"),
            ),
            security,
            (0.25, 0.75),
            "",
        ),
    ]
    labels = DocumentLabels(
        intro=translate(
            "ProcessingRecord",
            "Processing of personal data by the local integrated security cell (LIVC) of "
            "{municipalities}, to support the municipality's data-protection impact "
            "assessment (GDPR art. 30 and 35).",
        ).format(municipalities=", ".join(municipalities)),
        notice=translate(
            "ProcessingRecord", "Controller: the municipality. Contact: {officer}."
        ).format(officer=officer or translate("ProcessingRecord", "the prevention official")),
        generated=_generated(),
    )
    return labels, sections
