"""Translated labels for meeting codes and meeting documents (QtCore only, so the command
line builds exactly the same PDFs as the GUI)."""

from __future__ import annotations

from datetime import date

from livc_desktop.domain.cases import Flag, Phase
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.meetings import (
    Attendance,
    DocumentKind,
    ItemKind,
    MeetingStatus,
    MinutesState,
    Recurrence,
)
from livc_desktop.domain.partners import Role
from livc_desktop.services.exports import file_name
from livc_desktop.services.meetings import Labels
from livc_desktop.services.session import Session
from livc_desktop.ui.case_labels import builtin_flag_label, phase_label
from livc_desktop.ui.dates import date_formatter, format_date

# Table names live in ui/labels.py; re-exported for the meeting screens.
from livc_desktop.ui.labels import table_label as table_label
from livc_desktop.ui.partner_labels import role_label as partner_role_label
from livc_desktop.ui.print_language import document_language, register_language, translate


def item_kind_label(kind: ItemKind | str) -> str:
    return {
        "opening": translate("MeetingLabels", "Opening"),
        "approve_minutes": translate("MeetingLabels", "Approval of the previous minutes"),
        "follow_up": translate("MeetingLabels", "Follow-up of open actions"),
        "case": translate("MeetingLabels", "Case"),
        "signal": translate("MeetingLabels", "New signal for weighing"),
        "general": translate("MeetingLabels", "General item"),
        "aob": translate("MeetingLabels", "Any other business"),
    }.get(str(kind), str(kind))


def status_label(status: MeetingStatus | str) -> str:
    return {
        "planned": translate("MeetingLabels", "Planned"),
        "held": translate("MeetingLabels", "Held"),
        "cancelled": translate("MeetingLabels", "Cancelled"),
    }.get(str(status), str(status))


def document_kind_label(kind: DocumentKind | str) -> str:
    return {
        "invitation": translate("MeetingLabels", "Invitation"),
        "attendance_sheet": translate("MeetingLabels", "Attendance register"),
        "calendar": translate("MeetingLabels", "Calendar entry"),
        "minutes": translate("MeetingLabels", "Minutes"),
        "extract": translate("MeetingLabels", "Case-team extract"),
        "feedback": translate("MeetingLabels", "Feedback sheet"),
    }.get(str(kind), str(kind))


def document_file_name(
    kind: DocumentKind | str, language: str, *parts: object, suffix: str = "pdf"
) -> str:
    """A default file name in the document's language, e.g. "notulen-2026-03-10.pdf"."""
    with document_language(language):
        title = document_kind_label(kind)
    return file_name(title, *parts, suffix=suffix)


def ui_date(value: str | date | None) -> str:
    """A meeting date on screen, in the interface language (ui/dates.py)."""
    return format_date(value)


def minutes_state_label(state: MinutesState | str) -> str:
    return {
        "draft": translate("MeetingLabels", "Draft minutes"),
        "finalised": translate("MeetingLabels", "Minutes finalised"),
        "approved": translate("MeetingLabels", "Minutes approved"),
    }.get(str(state), str(state))


def attendance_label(status: Attendance | str) -> str:
    return {
        "invited": translate("MeetingLabels", "Not recorded"),
        "present": translate("MeetingLabels", "Present"),
        "excused": translate("MeetingLabels", "Excused"),
        "absent": translate("MeetingLabels", "Absent without notice"),
    }.get(str(status), str(status))


def recurrence_label(rule: Recurrence | str) -> str:
    return {
        "weekly": translate("MeetingLabels", "Weekly"),
        "monthly": translate("MeetingLabels", "Monthly"),
        "custom": translate("MeetingLabels", "Every N days"),
    }.get(str(rule), str(rule))


def reason_label(reason: str) -> str:
    return {
        "red_flag": translate("MeetingLabels", "red flag"),
        "black_flag": translate("MeetingLabels", "black flag"),
        "review_due": translate("MeetingLabels", "review due"),
        "measure_due": translate("MeetingLabels", "measure due"),
        # The cases feature's own reason codes (domain/cases.py ReviewReason).
        "flag_red": translate("MeetingLabels", "red flag"),
        "flag_black": translate("MeetingLabels", "black flag"),
        "review_date_passed": translate("MeetingLabels", "review due"),
        "not_weighed": translate("MeetingLabels", "not weighed for a while"),
        "flag_next_meeting": translate("MeetingLabels", "flag: weigh again now"),
    }.get(reason, reason)


def feedback_consent_label(consent: bool | None) -> str:
    """A participant's answer to a feedback text (None: not asked yet)."""
    if consent is None:
        return translate("MeetingLabels", "Not asked")
    if consent:
        return translate("MeetingLabels", "Agrees")
    return translate("MeetingLabels", "Refuses")


def code_labels() -> dict[str, str]:
    """Flags and phases by their codes, worded as the cases feature words them."""
    return {
        **{f.value: builtin_flag_label(f) for f in Flag},
        **{p.value: phase_label(p) for p in Phase},
    }


def role_labels() -> dict[str, str]:
    """Attendance roles: the partner inventory's roles as the partners feature words them,
    plus the two only a meeting has."""
    return {
        **{r.value: partner_role_label(r) for r in Role},
        "secretary": translate("MeetingLabels", "Secretary / minute-taker"),
        "guest": translate("MeetingLabels", "Ad hoc expert / guest"),
    }


def document_words() -> dict[str, str]:
    return {
        "cell": translate("MeetingDocuments", "LIVC"),
        "minutes_title": translate("MeetingDocuments", "Minutes"),
        "extract_title": translate("MeetingDocuments", "Case-team extract of the minutes"),
        "invitation_title": translate("MeetingDocuments", "Invitation and agenda"),
        "attendance_sheet_title": translate("MeetingDocuments", "Attendance register"),
        "feedback_title": translate("MeetingDocuments", "Feedback sheet to the police"),
        "confidentiality": translate(
            "MeetingDocuments",
            "CONFIDENTIAL: LIVC, professional secrecy (art. 458ter Criminal Code). Do not pass on.",
        ),
        "page_label": translate("MeetingDocuments", "Page {page} of {pages}"),
        "draft": translate("MeetingDocuments", "DRAFT"),
        "table": translate("MeetingDocuments", "Table"),
        "date": translate("MeetingDocuments", "Date"),
        "place": translate("MeetingDocuments", "Place"),
        "time": translate("MeetingDocuments", "Time"),
        "start_time": translate("MeetingDocuments", "Start"),
        "end_time": translate("MeetingDocuments", "End"),
        "chair": translate("MeetingDocuments", "Chair"),
        "minute_taker": translate("MeetingDocuments", "Minute-taker"),
        "agenda": translate("MeetingDocuments", "Agenda"),
        "agenda_as_sent": translate("MeetingDocuments", "Agenda (as sent)"),
        "planned": translate("MeetingDocuments", "Planned"),
        "minutes_unit": translate("MeetingDocuments", "min"),
        "expected_end": translate("MeetingDocuments", "Expected end"),
        "attendance": translate("MeetingDocuments", "Attendance"),
        "present": translate("MeetingDocuments", "Present"),
        "excused": translate("MeetingDocuments", "Excused"),
        "absent": translate("MeetingDocuments", "Absent without notice"),
        "guests": translate("MeetingDocuments", "Ad hoc attendees"),
        "name": translate("MeetingDocuments", "Name"),
        "organisation": translate("MeetingDocuments", "Organisation"),
        "role": translate("MeetingDocuments", "Role"),
        "capacity": translate("MeetingDocuments", "Capacity"),
        "remark": translate("MeetingDocuments", "Remark"),
        "signature": translate("MeetingDocuments", "Signature"),
        "none": translate("MeetingDocuments", "None."),
        "sent_info": translate("MeetingDocuments", "sent information beforehand"),
        "arrived": translate("MeetingDocuments", "arrived at {time}"),
        "left": translate("MeetingDocuments", "left at {time}"),
        "undertaking": translate("MeetingDocuments", "confidentiality undertaking signed"),
        "undertaking_no": translate("MeetingDocuments", "no confidentiality undertaking"),
        "items": translate("MeetingDocuments", "Items discussed"),
        "account": translate("MeetingDocuments", "Account"),
        "decisions": translate("MeetingDocuments", "Decisions"),
        "case_decisions": translate("MeetingDocuments", "Case decisions"),
        "actions": translate("MeetingDocuments", "Actions"),
        "all_actions": translate("MeetingDocuments", "All actions"),
        "item": translate("MeetingDocuments", "Item"),
        "who": translate("MeetingDocuments", "Who"),
        "what": translate("MeetingDocuments", "What"),
        "due": translate("MeetingDocuments", "By when"),
        "withheld_off_record": translate(
            "MeetingDocuments", "Discussed off the record: not minuted."
        ),
        "withheld_secret": translate(
            "MeetingDocuments",
            "Secret-covered information was discussed; see the case file.",
        ),
        "secret_discussed": translate(
            "MeetingDocuments",
            "Secret-covered information was discussed; see the case file.",
        ),
        "conclusion": translate("MeetingDocuments", "Conclusion shared with the police"),
        "follow_up": translate("MeetingDocuments", "Follow-up"),
        "police_contact": translate("MeetingDocuments", "Contact for the police"),
        "follow_up_social": translate("MeetingDocuments", "social sector"),
        "follow_up_police": translate("MeetingDocuments", "police"),
        "follow_up_mixed": translate("MeetingDocuments", "mixed (social and police)"),
        "next_meeting": translate("MeetingDocuments", "Next meeting"),
        "no_next_meeting": translate("MeetingDocuments", "Not yet planned."),
        "addenda": translate("MeetingDocuments", "Addenda"),
        "addendum": translate("MeetingDocuments", "Addendum {number} ({date})"),
        "status": translate("MeetingDocuments", "Status"),
        "finalised_on": translate("MeetingDocuments", "Finalised on"),
        "content_hash": translate("MeetingDocuments", "Content fingerprint (SHA-256)"),
        "approved": translate("MeetingDocuments", "Approved at the meeting of"),
        "approval_remarks": translate("MeetingDocuments", "Remarks at approval"),
        "case": translate("MeetingDocuments", "Case"),
        "flag_change": translate("MeetingDocuments", "flag"),
        "phase_change": translate("MeetingDocuments", "phase"),
        "next_review": translate("MeetingDocuments", "next review on {date}"),
        "invitees": translate("MeetingDocuments", "Invited"),
        "invitation_text": translate(
            "MeetingDocuments",
            "You are invited to the meeting below. The agenda and the documents are "
            "confidential; bring them back or destroy them after the meeting.",
        ),
        "extract_note": translate(
            "MeetingDocuments",
            "This extract holds only the items of one case and is meant for that case "
            "team's partners only.",
        ),
        "feedback_text": translate(
            "MeetingDocuments",
            "Feedback to the police agreed by consensus of every member who took part "
            "(art. 458ter Criminal Code). It holds no information covered by professional "
            "secrecy.",
        ),
        "feedback_consensus": translate("MeetingDocuments", "Consensus recorded for"),
        "participants": translate("MeetingDocuments", "Participants"),
    }


def document_labels(language: str = "en", flag_labels: dict[str, str] | None = None) -> Labels:
    """Every word a meeting document needs, in `language`. `flag_labels`: the cell's own
    names for the flags (settings of the cases feature), used where set."""
    with document_language(language):
        codes = code_labels()
        codes.update({k: v for k, v in (flag_labels or {}).items() if v.strip()})
        return Labels(
            words=document_words(),
            kinds={k.value: item_kind_label(k) for k in ItemKind},
            tables={k.value: table_label(k) for k in TableKind},
            codes=codes,
            roles=role_labels(),
            language=language,
            format_date=date_formatter(language),
        )


def labels_for(session: Session, ui_language: str = "") -> Labels:
    """Documents are written in the register's language (ui/print_language.py)."""
    from livc_desktop.services.cases import flag_texts

    own = {flag.value: text.label for flag, text in flag_texts(session).items()}
    return document_labels(register_language(session, ui_language), own)
