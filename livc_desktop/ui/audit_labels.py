"""Translated labels for access-trail kinds and fields (the domain keeps codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from livc_desktop.domain.changes import ChangeKind

translate = QCoreApplication.translate


def kind_labels() -> dict[str, str]:
    """Every ChangeKind, translated (a test checks that each one is here)."""
    return {
        ChangeKind.REGISTER_CREATED: translate("AuditKind", "Register created"),
        ChangeKind.REGISTER_UNLOCKED: translate("AuditKind", "Register unlocked"),
        ChangeKind.REGISTER_LOCKED: translate("AuditKind", "Register locked"),
        ChangeKind.PASSPHRASE_CHANGED: translate("AuditKind", "Passphrase changed"),
        ChangeKind.SETTINGS_CHANGED: translate("AuditKind", "Settings changed"),
        ChangeKind.IDENTITY_REVEALED: translate("AuditKind", "Identity revealed"),
        ChangeKind.IDENTITY_SEARCHED: translate("AuditKind", "Identities searched by name"),
        ChangeKind.CASE_OPENED: translate("AuditKind", "Case file opened"),
        ChangeKind.CASE_PURGED: translate("AuditKind", "Case file purged"),
        ChangeKind.CASE_CREATED: translate("AuditKind", "Case created"),
        ChangeKind.CASE_UPDATED: translate("AuditKind", "Case data changed"),
        ChangeKind.CASE_IDENTITY_UPDATED: translate("AuditKind", "Identity changed"),
        ChangeKind.CASE_PHASE_CHANGED: translate("AuditKind", "Phase changed"),
        ChangeKind.CASE_FLAG_CHANGED: translate("AuditKind", "Flag changed"),
        ChangeKind.CASE_HANDED_OVER: translate("AuditKind", "Case handed over"),
        ChangeKind.CASE_TEAM_JOINED: translate("AuditKind", "Partner joined the case team"),
        ChangeKind.CASE_TEAM_LEFT: translate("AuditKind", "Partner left the case team"),
        ChangeKind.CASE_COOPERATION_CREATED: translate("AuditKind", "Cooperation recorded"),
        ChangeKind.CASE_DECISION_RECORDED: translate(
            "AuditKind", "Case decision recorded at a meeting"
        ),
        ChangeKind.MEASURE_CREATED: translate("AuditKind", "Measure added"),
        ChangeKind.MEASURE_UPDATED: translate("AuditKind", "Measure followed up"),
        ChangeKind.INFORMATION_CREATED: translate("AuditKind", "Information item added"),
        ChangeKind.INFORMATION_UPDATED: translate("AuditKind", "Information item corrected"),
        ChangeKind.INFORMATION_DELETED: translate("AuditKind", "Information item removed"),
        ChangeKind.CASE_TRANSFER_RECEIVED: translate(
            "AuditKind", "Case received from another cell"
        ),
        ChangeKind.SIGNAL_CREATED: translate("AuditKind", "Signal registered"),
        ChangeKind.SIGNAL_TRACE_CREATED: translate(
            "AuditKind", "Signal trace registered (no consent)"
        ),
        ChangeKind.SIGNAL_TRIAGED: translate("AuditKind", "Signal weighed"),
        ChangeKind.SIGNAL_FORM_IMPORTED: translate("AuditKind", "Reporting form imported"),
        ChangeKind.HOUSE_RULES_DRAFTED: translate("AuditKind", "House rules draft made"),
        ChangeKind.HOUSE_RULES_SAVED: translate("AuditKind", "House rules draft saved"),
        ChangeKind.HOUSE_RULES_ADOPTED: translate("AuditKind", "House rules adopted"),
        ChangeKind.HOUSE_RULES_DELETED: translate("AuditKind", "House rules draft deleted"),
        ChangeKind.HOUSE_RULES_SIGNED: translate("AuditKind", "House rules signature recorded"),
        ChangeKind.PARTNER_CREATED: translate("AuditKind", "Partner created"),
        ChangeKind.PARTNER_UPDATED: translate("AuditKind", "Partner changed"),
        ChangeKind.PARTNER_ARCHIVED: translate("AuditKind", "Partner archived"),
        ChangeKind.PARTNER_RESTORED: translate("AuditKind", "Partner restored"),
        ChangeKind.PARTNER_DELETED: translate("AuditKind", "Partner deleted"),
        ChangeKind.PARTNERS_IMPORTED: translate("AuditKind", "Partners imported"),
        ChangeKind.SECTOR_CREATED: translate("AuditKind", "Sector added"),
        ChangeKind.SECTOR_UPDATED: translate("AuditKind", "Sector changed"),
        ChangeKind.SECTOR_DELETED: translate("AuditKind", "Sector deleted"),
        ChangeKind.SUPPORT_CREATED: translate("AuditKind", "Support organisation added"),
        ChangeKind.SUPPORT_UPDATED: translate("AuditKind", "Support organisation changed"),
        ChangeKind.SUPPORT_DELETED: translate("AuditKind", "Support organisation deleted"),
        ChangeKind.MEETING_CREATED: translate("AuditKind", "Meeting planned"),
        ChangeKind.MEETING_UPDATED: translate("AuditKind", "Meeting changed"),
        ChangeKind.MEETING_DELETED: translate("AuditKind", "Meeting deleted"),
        ChangeKind.MEETING_SERIES_CREATED: translate("AuditKind", "Meeting series created"),
        ChangeKind.MEETING_SERIES_EXTENDED: translate("AuditKind", "Meeting series extended"),
        ChangeKind.MEETING_TEXTS_REDACTED: translate(
            "AuditKind", "Names removed from meeting texts"
        ),
        ChangeKind.AGENDA_ITEM_CREATED: translate("AuditKind", "Agenda item added"),
        ChangeKind.AGENDA_ITEM_UPDATED: translate("AuditKind", "Agenda item changed"),
        ChangeKind.AGENDA_ITEM_DELETED: translate("AuditKind", "Agenda item deleted"),
        ChangeKind.AGENDA_REORDERED: translate("AuditKind", "Agenda reordered"),
        ChangeKind.AGENDA_SENT: translate("AuditKind", "Agenda sent"),
        ChangeKind.ATTENDANCE_CREATED: translate("AuditKind", "Attendee added"),
        ChangeKind.ATTENDANCE_UPDATED: translate("AuditKind", "Attendance changed"),
        ChangeKind.ATTENDANCE_DELETED: translate("AuditKind", "Attendee removed"),
        ChangeKind.MEETING_GUEST_CREATED: translate("AuditKind", "Guest added"),
        ChangeKind.MEETING_GUEST_UPDATED: translate("AuditKind", "Guest changed"),
        ChangeKind.MEETING_GUEST_DELETED: translate("AuditKind", "Guest removed"),
        ChangeKind.FEEDBACK_TEXT_SAVED: translate("AuditKind", "Feedback sheet text saved"),
        ChangeKind.FEEDBACK_CONSENT_RECORDED: translate(
            "AuditKind", "Consent to the feedback sheet recorded"
        ),
        ChangeKind.MEETING_NOTE_CREATED: translate("AuditKind", "Meeting note added"),
        ChangeKind.MEETING_NOTE_UPDATED: translate("AuditKind", "Meeting note changed"),
        ChangeKind.MEETING_NOTE_DELETED: translate("AuditKind", "Meeting note deleted"),
        ChangeKind.MEETING_ACTION_CREATED: translate("AuditKind", "Meeting action added"),
        ChangeKind.MEETING_ACTION_UPDATED: translate("AuditKind", "Meeting action corrected"),
        ChangeKind.MEETING_ACTION_DELETED: translate("AuditKind", "Meeting action deleted"),
        ChangeKind.MINUTES_FINALISED: translate("AuditKind", "Minutes finalised"),
        ChangeKind.MINUTES_APPROVED: translate("AuditKind", "Minutes approved"),
        ChangeKind.MINUTES_ADDENDUM_CREATED: translate(
            "AuditKind", "Addendum to the minutes added"
        ),
        ChangeKind.DISTRIBUTION_RECORDED: translate("AuditKind", "Distribution recorded"),
        ChangeKind.EXPORT_BACKUP: translate("AuditKind", "Backup made"),
        ChangeKind.BACKUP_RESTORED: translate("AuditKind", "Backup restored"),
        ChangeKind.EXPORT_PDF: translate("AuditKind", "PDF exported"),
        ChangeKind.EXPORT_CSV: translate("AuditKind", "CSV exported"),
        ChangeKind.EXPORT_FILE: translate("AuditKind", "File exported"),
        ChangeKind.EXPORT_PRINT: translate("AuditKind", "Document printed"),
        ChangeKind.EXPORT_CASE_TRANSFER: translate("AuditKind", "Case passed on to another cell"),
        ChangeKind.TRAIL_VERIFIED: translate("AuditKind", "Access trail verified"),
    }


def audit_kind_label(kind: str) -> str:
    labels = kind_labels()
    if kind in labels:
        return labels[kind]
    # A trail written by another version may hold kinds this one does not know; they
    # follow the "<thing>_created/_updated/_archived/_deleted" pattern.
    thing, _, action = kind.rpartition("_")
    actions = {
        "created": translate("AuditKind", "{thing} created"),
        "updated": translate("AuditKind", "{thing} changed"),
        "archived": translate("AuditKind", "{thing} archived"),
        "deleted": translate("AuditKind", "{thing} deleted"),
    }
    if thing and action in actions:
        return actions[action].format(thing=thing.replace("_", " ").capitalize())
    return kind


def audit_fields_text(fields: dict[str, object], redacted: bool) -> str:
    if redacted:
        return translate("AuditPage", "(details removed by a purge)")
    return ", ".join(f"{k}={v}" for k, v in sorted(fields.items()) if k != "case_code")
