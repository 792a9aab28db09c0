"""Translated labels for access-trail kinds and fields (the domain keeps codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def kind_labels() -> dict[str, str]:
    """Every event kind recorded anywhere in the program, translated (a test collects the
    kinds from the source and checks each one is here)."""
    return {
        "register_created": translate("AuditKind", "Register created"),
        "register_unlocked": translate("AuditKind", "Register unlocked"),
        "register_locked": translate("AuditKind", "Register locked"),
        "passphrase_changed": translate("AuditKind", "Passphrase changed"),
        "settings_changed": translate("AuditKind", "Settings changed"),
        "identity_revealed": translate("AuditKind", "Identity revealed"),
        "identity_searched": translate("AuditKind", "Identities searched by name"),
        "case_opened": translate("AuditKind", "Case file opened"),
        "case_purged": translate("AuditKind", "Case file purged"),
        "case_created": translate("AuditKind", "Case created"),
        "case_updated": translate("AuditKind", "Case data changed"),
        "case_identity_updated": translate("AuditKind", "Identity changed"),
        "case_phase_changed": translate("AuditKind", "Phase changed"),
        "case_flag_changed": translate("AuditKind", "Flag changed"),
        "case_handed_over": translate("AuditKind", "Case handed over"),
        "case_team_joined": translate("AuditKind", "Partner joined the case team"),
        "case_team_left": translate("AuditKind", "Partner left the case team"),
        "case_cooperation_created": translate("AuditKind", "Cooperation recorded"),
        "case_decision_recorded": translate("AuditKind", "Case decision recorded at a meeting"),
        "measure_created": translate("AuditKind", "Measure added"),
        "measure_updated": translate("AuditKind", "Measure followed up"),
        "information_created": translate("AuditKind", "Information item added"),
        "signal_created": translate("AuditKind", "Signal registered"),
        "signal_trace_created": translate("AuditKind", "Signal trace registered (no consent)"),
        "signal_triaged": translate("AuditKind", "Signal weighed"),
        "partner_created": translate("AuditKind", "Partner created"),
        "partner_updated": translate("AuditKind", "Partner changed"),
        "partner_archived": translate("AuditKind", "Partner archived"),
        "partner_restored": translate("AuditKind", "Partner restored"),
        "partner_deleted": translate("AuditKind", "Partner deleted"),
        "partners_imported": translate("AuditKind", "Partners imported"),
        "sector_created": translate("AuditKind", "Sector added"),
        "sector_updated": translate("AuditKind", "Sector changed"),
        "sector_deleted": translate("AuditKind", "Sector deleted"),
        "support_created": translate("AuditKind", "Support organisation added"),
        "support_updated": translate("AuditKind", "Support organisation changed"),
        "support_deleted": translate("AuditKind", "Support organisation deleted"),
        "meeting_created": translate("AuditKind", "Meeting planned"),
        "meeting_updated": translate("AuditKind", "Meeting changed"),
        "meeting_deleted": translate("AuditKind", "Meeting deleted"),
        "meeting_series_created": translate("AuditKind", "Meeting series created"),
        "meeting_series_extended": translate("AuditKind", "Meeting series extended"),
        "meeting_texts_redacted": translate("AuditKind", "Names removed from meeting texts"),
        "agenda_item_created": translate("AuditKind", "Agenda item added"),
        "agenda_item_updated": translate("AuditKind", "Agenda item changed"),
        "agenda_item_deleted": translate("AuditKind", "Agenda item deleted"),
        "agenda_reordered": translate("AuditKind", "Agenda reordered"),
        "agenda_sent": translate("AuditKind", "Agenda sent"),
        "attendance_created": translate("AuditKind", "Attendee added"),
        "attendance_updated": translate("AuditKind", "Attendance changed"),
        "attendance_deleted": translate("AuditKind", "Attendee removed"),
        "meeting_guest_created": translate("AuditKind", "Guest added"),
        "meeting_guest_updated": translate("AuditKind", "Guest changed"),
        "meeting_guest_deleted": translate("AuditKind", "Guest removed"),
        "feedback_text_saved": translate("AuditKind", "Feedback sheet text saved"),
        "feedback_consent_recorded": translate(
            "AuditKind", "Consent to the feedback sheet recorded"
        ),
        "meeting_note_created": translate("AuditKind", "Meeting note added"),
        "meeting_note_updated": translate("AuditKind", "Meeting note changed"),
        "meeting_note_deleted": translate("AuditKind", "Meeting note deleted"),
        "meeting_action_created": translate("AuditKind", "Meeting action added"),
        "meeting_action_deleted": translate("AuditKind", "Meeting action deleted"),
        "minutes_finalised": translate("AuditKind", "Minutes finalised"),
        "minutes_approved": translate("AuditKind", "Minutes approved"),
        "minutes_addendum_created": translate("AuditKind", "Addendum to the minutes added"),
        "distribution_recorded": translate("AuditKind", "Distribution recorded"),
        "export_backup": translate("AuditKind", "Backup made"),
        "backup_restored": translate("AuditKind", "Backup restored"),
        "export_pdf": translate("AuditKind", "PDF exported"),
        "export_csv": translate("AuditKind", "CSV exported"),
        "export_file": translate("AuditKind", "File exported"),
        "export_print": translate("AuditKind", "Document printed"),
        "trail_verified": translate("AuditKind", "Access trail verified"),
    }


def audit_kind_label(kind: str) -> str:
    labels = kind_labels()
    if kind in labels:
        return labels[kind]
    # Features record "<thing>_created/_updated/_archived/_deleted".
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
