"""Translated labels for access-trail kinds and fields (the domain keeps codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def kind_labels() -> dict[str, str]:
    """Every event kind recorded anywhere in the program, translated (a test collects the
    kinds from the source and checks each one is here)."""
    t = translate
    c = "AuditKind"
    return {
        "register_created": t(c, "Register created"),
        "register_unlocked": t(c, "Register unlocked"),
        "register_locked": t(c, "Register locked"),
        "passphrase_changed": t(c, "Passphrase changed"),
        "settings_changed": t(c, "Settings changed"),
        "settings_updated": t(c, "Settings changed"),
        "identity_revealed": t(c, "Identity revealed"),
        "identity_searched": t(c, "Identities searched by name"),
        "case_opened": t(c, "Case file opened"),
        "case_purged": t(c, "Case file purged"),
        "case_created": t(c, "Case created"),
        "case_updated": t(c, "Case data changed"),
        "case_identity_updated": t(c, "Identity changed"),
        "case_phase_changed": t(c, "Phase changed"),
        "case_flag_changed": t(c, "Flag changed"),
        "case_handed_over": t(c, "Case handed over"),
        "case_team_joined": t(c, "Partner joined the case team"),
        "case_team_left": t(c, "Partner left the case team"),
        "case_cooperation_created": t(c, "Cooperation recorded"),
        "case_decision_recorded": t(c, "Case decision recorded at a meeting"),
        "measure_created": t(c, "Measure added"),
        "measure_updated": t(c, "Measure followed up"),
        "information_created": t(c, "Information item added"),
        "signal_created": t(c, "Signal registered"),
        "signal_trace_created": t(c, "Signal trace registered (no consent)"),
        "signal_triaged": t(c, "Signal weighed"),
        "partner_created": t(c, "Partner created"),
        "partner_updated": t(c, "Partner changed"),
        "partner_archived": t(c, "Partner archived"),
        "partner_restored": t(c, "Partner restored"),
        "partner_deleted": t(c, "Partner deleted"),
        "partners_imported": t(c, "Partners imported"),
        "sector_created": t(c, "Sector added"),
        "sector_updated": t(c, "Sector changed"),
        "sector_deleted": t(c, "Sector deleted"),
        "support_created": t(c, "Support organisation added"),
        "support_updated": t(c, "Support organisation changed"),
        "support_deleted": t(c, "Support organisation deleted"),
        "meeting_created": t(c, "Meeting planned"),
        "meeting_updated": t(c, "Meeting changed"),
        "meeting_deleted": t(c, "Meeting deleted"),
        "meeting_series_created": t(c, "Meeting series created"),
        "meeting_series_extended": t(c, "Meeting series extended"),
        "agenda_item_created": t(c, "Agenda item added"),
        "agenda_item_updated": t(c, "Agenda item changed"),
        "agenda_item_deleted": t(c, "Agenda item deleted"),
        "agenda_reordered": t(c, "Agenda reordered"),
        "agenda_sent": t(c, "Agenda sent"),
        "attendance_created": t(c, "Attendee added"),
        "attendance_updated": t(c, "Attendance changed"),
        "attendance_deleted": t(c, "Attendee removed"),
        "meeting_guest_created": t(c, "Guest added"),
        "meeting_guest_updated": t(c, "Guest changed"),
        "meeting_guest_deleted": t(c, "Guest removed"),
        "feedback_consent_recorded": t(c, "Consent to the feedback sheet recorded"),
        "meeting_note_created": t(c, "Meeting note added"),
        "meeting_note_updated": t(c, "Meeting note changed"),
        "meeting_note_deleted": t(c, "Meeting note deleted"),
        "meeting_action_created": t(c, "Meeting action added"),
        "meeting_action_deleted": t(c, "Meeting action deleted"),
        "minutes_finalised": t(c, "Minutes finalised"),
        "minutes_approved": t(c, "Minutes approved"),
        "minutes_addendum_created": t(c, "Addendum to the minutes added"),
        "distribution_recorded": t(c, "Distribution recorded"),
        "export_backup": t(c, "Backup made"),
        "backup_restored": t(c, "Backup restored"),
        "export_pdf": t(c, "PDF exported"),
        "export_csv": t(c, "CSV exported"),
        "export_file": t(c, "File exported"),
        "export_print": t(c, "Document printed"),
        "trail_verified": t(c, "Access trail verified"),
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
