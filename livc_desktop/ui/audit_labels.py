"""Translated labels for access-trail kinds and fields (the domain keeps codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def audit_kind_label(kind: str) -> str:
    labels = {
        "register_created": translate("AuditKind", "Register created"),
        "register_unlocked": translate("AuditKind", "Register unlocked"),
        "register_locked": translate("AuditKind", "Register locked"),
        "passphrase_changed": translate("AuditKind", "Passphrase changed"),
        "settings_changed": translate("AuditKind", "Settings changed"),
        "identity_revealed": translate("AuditKind", "Identity revealed"),
        "case_opened": translate("AuditKind", "Case file opened"),
        "case_purged": translate("AuditKind", "Case file purged"),
        "export_backup": translate("AuditKind", "Backup made"),
        "backup_restored": translate("AuditKind", "Backup restored"),
        "export_pdf": translate("AuditKind", "PDF exported"),
        "export_csv": translate("AuditKind", "CSV exported"),
        "trail_verified": translate("AuditKind", "Access trail verified"),
    }
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
