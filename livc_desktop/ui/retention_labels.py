"""Translated labels and the translated content of the retention documents (subject access,
record of processing): the services give rows and codes, this module gives the words."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from livc_desktop.domain.cases import Flag, Phase
from livc_desktop.domain.retention import PurgeReason, RetentionReason
from livc_desktop.domain.signals import Channel, SignalStatus
from livc_desktop.reports.common import PageFrame
from livc_desktop.reports.subject_access import DocumentLabels, Section
from livc_desktop.services.retention import ProcessingFacts, SubjectAccess
from livc_desktop.ui.case_labels import (
    channel_label,
    cooperation_label,
    flag_label,
    format_date,
    measure_status_label,
    phase_label,
    sharing_label,
    signal_status_label,
)
from livc_desktop.ui.meeting_labels import minutes_state_label
from livc_desktop.ui.partner_labels import sector_label

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
        when=datetime.now().strftime("%Y-%m-%d %H:%M")
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
    t = translate
    ctx = "SubjectAccess"
    case = data.case
    who = data.identity
    facts = [
        (t(ctx, "Case code"), case.code),
        (t(ctx, "Name"), who.name if who else t(ctx, "(no identity recorded)")),
        (t(ctx, "Date of birth"), _day(who.birth_date) if who else ""),
        (t(ctx, "Address"), who.address if who else ""),
        (t(ctx, "School or work"), who.school_work if who else ""),
        (t(ctx, "Languages"), who.languages if who else ""),
        (t(ctx, "Pseudonym"), case.pseudonym),
        (t(ctx, "Municipality"), case.municipality),
        (t(ctx, "Opened on"), _day(case.opened_on)),
        (t(ctx, "Phase"), phase_label(case.phase)),
        (t(ctx, "Flag"), flag_label(case.flag)),
        (t(ctx, "Next review"), _day(case.next_review)),
        (t(ctx, "Closed on"), _day(case.closed_on)),
        (t(ctx, "Lead partner"), case.lead_partner),
    ]
    sections = [
        Section(
            t(ctx, "Signals"),
            (t(ctx, "Received"), t(ctx, "Channel"), t(ctx, "Status"), t(ctx, "What was observed")),
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
            t(ctx, "No signals."),
            t(ctx, "The persons who reported a signal are not named (their own data)."),
        ),
        Section(
            t(ctx, "Information items"),
            (t(ctx, "Received"), t(ctx, "Source"), t(ctx, "Shared with"), t(ctx, "Content")),
            [
                (
                    _day(i.received_on),
                    i.source_partner,
                    sharing_label(i.sharing)
                    + (" · " + t(ctx, "professional secret") if i.secret else ""),
                    i.content,
                )
                for i in data.information
            ],
            (0.14, 0.2, 0.18, 0.48),
            t(ctx, "No information items."),
            t(
                ctx,
                "Items covered by professional secrecy are marked: the municipality decides "
                "whether an exception to the right of access applies to them.",
            ),
        ),
        Section(
            t(ctx, "Flag history"),
            (t(ctx, "Decided on"), t(ctx, "Flag"), t(ctx, "Justification"), t(ctx, "Next review")),
            [
                (_day(f.decided_on), flag_label(f.flag), f.justification, _day(f.next_review))
                for f in data.flags
            ],
            (0.14, 0.14, 0.56, 0.16),
            t(ctx, "No flag decisions."),
        ),
        Section(
            t(ctx, "Phases"),
            (t(ctx, "Changed on"), t(ctx, "From"), t(ctx, "To"), t(ctx, "Note")),
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
            t(ctx, "No phase changes."),
        ),
        Section(
            t(ctx, "Measures"),
            (t(ctx, "Agreed on"), t(ctx, "Partner"), t(ctx, "Measure"), t(ctx, "Status")),
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
            t(ctx, "No measures."),
        ),
        Section(
            t(ctx, "Case team"),
            (t(ctx, "Partner"), t(ctx, "Joined on"), t(ctx, "Left on")),
            [(m.partner, _day(m.joined_on), _day(m.left_on)) for m in data.team],
            (0.5, 0.25, 0.25),
            t(ctx, "No case team."),
        ),
        Section(
            t(ctx, "Cooperation with other bodies"),
            (t(ctx, "Kind"), t(ctx, "Body"), t(ctx, "Exchanged on")),
            [(cooperation_label(c.kind), c.name, _day(c.exchanged_on)) for c in data.cooperation],
            (0.3, 0.5, 0.2),
            t(ctx, "No cooperation recorded."),
        ),
        Section(
            t(ctx, "Decisions at meetings"),
            (t(ctx, "Meeting"), t(ctx, "Decision"), t(ctx, "Justification"), t(ctx, "Next review")),
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
            t(ctx, "No decisions at meetings."),
        ),
        Section(
            t(ctx, "Discussed at meetings"),
            (
                t(ctx, "Meeting"),
                t(ctx, "Minutes"),
                t(ctx, "Account and decisions"),
                t(ctx, "Actions"),
            ),
            [
                (
                    _day(m.on_date),
                    minutes_state_label(m.minutes_state),
                    t(ctx, "(off the record: nothing kept)")
                    if m.withheld
                    else "\n".join(text for _kind, text in m.notes),
                    "\n".join(f"{what} ({_day(due)})" if due else what for what, due in m.actions),
                )
                for m in data.meetings
            ],
            (0.13, 0.14, 0.45, 0.28),
            t(ctx, "Not discussed at any meeting."),
            t(ctx, "Attendees and the persons responsible for actions are not named."),
        ),
    ]
    labels = DocumentLabels(
        intro=t(
            ctx,
            "Everything the LIVC register of {municipalities} holds on the person of case "
            "{code}, for the answer to a request for access (GDPR art. 15).",
        ).format(municipalities=", ".join(municipalities), code=case.code),
        notice=t(
            ctx,
            "Check every section before it is handed over: information about other persons "
            "and information whose disclosure would harm an ongoing approach may have to be "
            "withheld. Contains special-category personal data.",
        ),
        facts=facts,
        generated=_generated(),
    )
    return labels, sections


def _category_texts() -> dict[str, tuple[str, str]]:
    t = translate
    c = "ProcessingRecord"
    return {
        "cases_open": (
            t(c, "Case files, open"),
            t(c, "Case code, phase, flag, review dates, lead partner"),
        ),
        "cases_closed": (
            t(c, "Case files, closed"),
            t(c, "Kept until their retention period ends"),
        ),
        "identities": (
            t(c, "Identities"),
            t(c, "Name, date of birth, address, school or work, languages"),
        ),
        "information_items": (
            t(c, "Information items"),
            t(c, "Source partner, consent, sharing level, text"),
        ),
        "secret_items": (
            t(c, "of which under professional secrecy"),
            t(c, "Shared with the case team only"),
        ),
        "flag_decisions": (t(c, "Flag decisions"), t(c, "Flag, date, justification, who decided")),
        "phase_changes": (t(c, "Phase changes"), t(c, "Phase, date, reason")),
        "measures": (t(c, "Measures"), t(c, "What, partner, due date, status, result")),
        "case_teams": (t(c, "Case team memberships"), t(c, "Partner organisations per case")),
        "cooperation": (t(c, "Cooperation"), t(c, "Other LIVCs and LTFs contacted per case")),
        "signals": (t(c, "Signals"), t(c, "Date, channel, reporter, what was observed")),
        "signal_traces": (t(c, "Signal traces"), t(c, "Date and channel only (no consent)")),
        "meetings": (t(c, "Meetings"), t(c, "Date, place, chair, agenda")),
        "finalised_minutes": (t(c, "Finalised minutes"), t(c, "Frozen, cases by code only")),
        "attendance": (t(c, "Attendance"), t(c, "Name, organisation, presence")),
        "guests": (t(c, "Guests"), t(c, "Name, organisation, signed confidentiality undertaking")),
        "partners": (t(c, "Partner organisations"), t(c, "Name, sector, contact details")),
        "contacts": (t(c, "Partner contacts"), t(c, "Name, function, phone, e-mail, clearance")),
        "trail_entries": (
            t(c, "Access-trail entries"),
            t(c, "Time, event, case code, ids: never content"),
        ),
    }


def processing_document(
    facts: ProcessingFacts, municipalities: list[str], officer: str = ""
) -> tuple[DocumentLabels, list[Section]]:
    t = translate
    c = "ProcessingRecord"
    texts = _category_texts()
    security = [
        (
            t(c, "Encryption"),
            t(
                c,
                "The whole register is one SQLCipher file (AES-256, page HMAC); nothing is "
                "written unencrypted; temporary data stays in memory.",
            ),
        ),
        (
            t(c, "Key derivation"),
            t(
                c,
                "PBKDF2-HMAC-SHA512 with {iterations} iterations from the passphrase; the "
                "passphrase is never stored.",
            ).format(iterations=f"{facts.kdf_iter:,}"),
        ),
        (
            t(c, "Deletion"),
            t(
                c,
                "Deleted data is overwritten (secure_delete) and the file is rebuilt after a "
                "purge.",
            ),
        ),
        (
            t(c, "Backups"),
            t(
                c, "Encrypted copies with a manifest and checksums; last good backup: {when}."
            ).format(when=facts.last_backup.replace("T", " ") or t(c, "none yet")),
        ),
        (
            t(c, "Access trail"),
            t(
                c,
                "Every unlock, opened case file, revealed identity, change and export is "
                "recorded, hash-chained ({count} entries); ids and codes only.",
            ).format(count=facts.trail_entries),
        ),
        (
            t(c, "Locking"),
            t(
                c,
                "The program locks after inactivity and with the session; printed documents "
                "name cases by code only.",
            ),
        ),
    ]
    sections = [
        Section(
            t(c, "Purpose and legal bases"),
            (t(c, "Legal basis"), t(c, "What it covers")),
            legal_bases(),
            (0.35, 0.65),
            "",
        ),
        Section(
            t(c, "Categories of data held"),
            (t(c, "Category"), t(c, "Data"), t(c, "Records")),
            [(texts[k][0], texts[k][1], str(n)) for k, n in facts.counts.items()],
            (0.32, 0.53, 0.15),
            "",
        ),
        Section(
            t(c, "Retention"),
            (t(c, "Rule"), t(c, "Setting")),
            [
                (
                    t(c, "Closed case proposed for purge"),
                    t(c, "{months} months after closure").format(months=facts.months_after_closure),
                ),
                (
                    t(c, "Open case with indications only"),
                    t(c, "proposed for review after six months without anything new"),
                ),
                (
                    t(c, "Open case re-weighed"),
                    t(c, "at least every {weeks} weeks").format(weeks=facts.review_weeks),
                ),
                (
                    t(c, "Purge"),
                    t(
                        c,
                        "removes the case with everything about it; the access trail keeps "
                        "only the code, the date and the reason",
                    ),
                ),
            ],
            (0.4, 0.6),
            "",
        ),
        Section(
            t(c, "Registered partners (recipients)"),
            (t(c, "Organisation"), t(c, "Sector"), t(c, "Active contacts"), t(c, "Status")),
            [
                (
                    name,
                    sector_label(code, {code: own} if own else None),
                    str(contacts),
                    t(c, "archived") if archived else t(c, "active"),
                )
                for name, code, own, contacts, archived in facts.partners
            ],
            (0.4, 0.3, 0.15, 0.15),
            t(c, "No partners registered."),
        ),
        Section(
            t(c, "Security measures"),
            (t(c, "Measure"), t(c, "Description")),
            security,
            (0.25, 0.75),
            "",
        ),
    ]
    labels = DocumentLabels(
        intro=t(
            c,
            "Processing of personal data by the local integrated security cell (LIVC) of "
            "{municipalities}, to support the municipality's data-protection impact "
            "assessment (GDPR art. 30 and 35).",
        ).format(municipalities=", ".join(municipalities)),
        notice=t(c, "Controller: the municipality. Contact: {officer}.").format(
            officer=officer or t(c, "the prevention official")
        ),
        generated=_generated(),
    )
    return labels, sections
