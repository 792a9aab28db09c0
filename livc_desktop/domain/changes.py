"""What a change touched, typed: the access trail's kinds and the areas screens refresh on.

`ChangeKind` is every kind of access-trail entry the program records (`session.record`
accepts nothing else). Each kind belongs to one or more `Area`s; `Changes` is the set of
areas one operation touched, which the GUI hands to every page so that each reloads only
what it shows (the idea of Anki's OpChanges). One enum serves both, so a new kind cannot
be recorded without saying which screens it affects.

    changes = Changes.of(ChangeKind.CASE_CREATED)     # from trail kinds
    changes = Changes.of(Area.PROFILE)                 # or from areas directly
    changes.touches(Area.CASES, Area.SIGNALS)          # -> True if any of them
    Changes.everything().touches(Area.PARTNERS)        # -> True (a full reload)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Area(StrEnum):
    """A part of the register a screen can show."""

    REGISTER = "register"  # opened, locked, passphrase
    PROFILE = "profile"  # the cell's profile (name, municipalities, officer)
    PREFERENCES = "preferences"  # language, auto-lock and other preferences
    SETTINGS = "settings"  # other stored settings (flag texts, retention, backup)
    PARTNERS = "partners"
    CASES = "cases"
    SIGNALS = "signals"
    MEETINGS = "meetings"
    EXPORTS = "exports"  # a file, PDF or backup left the register
    TRAIL = "trail"  # the access trail itself (every kind adds an entry to it)


class ChangeKind(StrEnum):
    """Every access-trail entry kind; the value is what the trail stores."""

    REGISTER_CREATED = "register_created"
    REGISTER_UNLOCKED = "register_unlocked"
    REGISTER_LOCKED = "register_locked"
    PASSPHRASE_CHANGED = "passphrase_changed"
    SETTINGS_CHANGED = "settings_changed"
    TRAIL_VERIFIED = "trail_verified"

    IDENTITY_REVEALED = "identity_revealed"
    IDENTITY_SEARCHED = "identity_searched"
    CASE_OPENED = "case_opened"
    CASE_PURGED = "case_purged"
    CASE_CREATED = "case_created"
    CASE_UPDATED = "case_updated"
    CASE_IDENTITY_UPDATED = "case_identity_updated"
    CASE_PHASE_CHANGED = "case_phase_changed"
    CASE_FLAG_CHANGED = "case_flag_changed"
    CASE_HANDED_OVER = "case_handed_over"
    CASE_TEAM_JOINED = "case_team_joined"
    CASE_TEAM_LEFT = "case_team_left"
    CASE_COOPERATION_CREATED = "case_cooperation_created"
    CASE_DECISION_RECORDED = "case_decision_recorded"
    MEASURE_CREATED = "measure_created"
    MEASURE_UPDATED = "measure_updated"
    INFORMATION_CREATED = "information_created"
    INFORMATION_UPDATED = "information_updated"
    INFORMATION_DELETED = "information_deleted"
    CASE_TRANSFER_RECEIVED = "case_transfer_received"

    SIGNAL_CREATED = "signal_created"
    SIGNAL_TRACE_CREATED = "signal_trace_created"
    SIGNAL_TRIAGED = "signal_triaged"
    SIGNAL_FORM_IMPORTED = "signal_form_imported"  # a filled reporting form was read

    HOUSE_RULES_DRAFTED = "house_rules_drafted"
    HOUSE_RULES_SAVED = "house_rules_saved"
    HOUSE_RULES_ADOPTED = "house_rules_adopted"
    HOUSE_RULES_DELETED = "house_rules_deleted"
    HOUSE_RULES_SIGNED = "house_rules_signed"

    PARTNER_CREATED = "partner_created"
    PARTNER_UPDATED = "partner_updated"
    PARTNER_ARCHIVED = "partner_archived"
    PARTNER_RESTORED = "partner_restored"
    PARTNER_DELETED = "partner_deleted"
    PARTNERS_IMPORTED = "partners_imported"
    SECTOR_CREATED = "sector_created"
    SECTOR_UPDATED = "sector_updated"
    SECTOR_DELETED = "sector_deleted"
    SUPPORT_CREATED = "support_created"
    SUPPORT_UPDATED = "support_updated"
    SUPPORT_DELETED = "support_deleted"

    MEETING_CREATED = "meeting_created"
    MEETING_UPDATED = "meeting_updated"
    MEETING_DELETED = "meeting_deleted"
    MEETING_SERIES_CREATED = "meeting_series_created"
    MEETING_SERIES_EXTENDED = "meeting_series_extended"
    MEETING_TEXTS_REDACTED = "meeting_texts_redacted"
    AGENDA_ITEM_CREATED = "agenda_item_created"
    AGENDA_ITEM_UPDATED = "agenda_item_updated"
    AGENDA_ITEM_DELETED = "agenda_item_deleted"
    AGENDA_REORDERED = "agenda_reordered"
    AGENDA_SENT = "agenda_sent"
    ATTENDANCE_CREATED = "attendance_created"
    ATTENDANCE_UPDATED = "attendance_updated"
    ATTENDANCE_DELETED = "attendance_deleted"
    MEETING_GUEST_CREATED = "meeting_guest_created"
    MEETING_GUEST_UPDATED = "meeting_guest_updated"
    MEETING_GUEST_DELETED = "meeting_guest_deleted"
    FEEDBACK_TEXT_SAVED = "feedback_text_saved"
    FEEDBACK_CONSENT_RECORDED = "feedback_consent_recorded"
    MEETING_NOTE_CREATED = "meeting_note_created"
    MEETING_NOTE_UPDATED = "meeting_note_updated"
    MEETING_NOTE_DELETED = "meeting_note_deleted"
    MEETING_ACTION_CREATED = "meeting_action_created"
    MEETING_ACTION_UPDATED = "meeting_action_updated"
    MEETING_ACTION_DELETED = "meeting_action_deleted"
    MINUTES_FINALISED = "minutes_finalised"
    MINUTES_APPROVED = "minutes_approved"
    MINUTES_ADDENDUM_CREATED = "minutes_addendum_created"
    DISTRIBUTION_RECORDED = "distribution_recorded"

    EXPORT_BACKUP = "export_backup"
    BACKUP_RESTORED = "backup_restored"
    EXPORT_PDF = "export_pdf"
    EXPORT_CSV = "export_csv"
    EXPORT_FILE = "export_file"
    EXPORT_PRINT = "export_print"
    EXPORT_CASE_TRANSFER = "export_case_transfer"

    @property
    def areas(self) -> frozenset[Area]:
        """The parts of the register this kind of change touches (the trail always)."""
        return _AREAS[self] | {Area.TRAIL}


_PREFIX_AREAS: tuple[tuple[str, frozenset[Area]], ...] = (
    ("register_", frozenset({Area.REGISTER})),
    ("passphrase_", frozenset({Area.REGISTER})),
    ("settings_", frozenset({Area.SETTINGS})),
    ("trail_", frozenset()),
    ("identity_", frozenset({Area.CASES})),
    # A decision taken at a meeting changes the case and shows in the meeting.
    ("case_decision_", frozenset({Area.CASES, Area.MEETINGS})),
    # Purging a case also blanks its names in meeting texts.
    ("case_purged", frozenset({Area.CASES, Area.MEETINGS, Area.SIGNALS})),
    ("case_", frozenset({Area.CASES})),
    ("measure_", frozenset({Area.CASES})),
    ("information_", frozenset({Area.CASES})),
    ("signal_", frozenset({Area.SIGNALS, Area.CASES})),
    ("partner", frozenset({Area.PARTNERS})),
    # Signatures show beside the partners (and in the Overview's warnings).
    ("house_rules_", frozenset({Area.PARTNERS})),
    ("sector_", frozenset({Area.PARTNERS})),
    ("support_", frozenset({Area.PARTNERS})),
    ("meeting_", frozenset({Area.MEETINGS})),
    ("agenda_", frozenset({Area.MEETINGS})),
    ("attendance_", frozenset({Area.MEETINGS})),
    ("feedback_", frozenset({Area.MEETINGS})),
    ("minutes_", frozenset({Area.MEETINGS})),
    ("distribution_", frozenset({Area.MEETINGS})),
    ("backup_restored", frozenset(Area)),
    ("export_", frozenset({Area.EXPORTS})),
)


def _areas_of(kind: ChangeKind) -> frozenset[Area]:
    for prefix, areas in _PREFIX_AREAS:
        if kind.value.startswith(prefix):
            return areas
    raise AssertionError(f"no area for {kind.value}")  # caught by the import of this module


_AREAS: dict[ChangeKind, frozenset[Area]] = {kind: _areas_of(kind) for kind in ChangeKind}

# Stored settings whose change other screens show under their own area.
_SETTING_AREAS: dict[str, Area] = {
    "cell.profile": Area.PROFILE,
    "preferences": Area.PREFERENCES,
}


def areas_of_event(kind: ChangeKind | str, fields: Mapping[str, object]) -> frozenset[Area]:
    """The areas one recorded event touches; a settings change names its key."""
    kind = ChangeKind(kind)
    if kind is ChangeKind.SETTINGS_CHANGED:
        key = str(fields.get("key", ""))
        return frozenset({_SETTING_AREAS.get(key, Area.SETTINGS), Area.TRAIL})
    return kind.areas


@dataclass(frozen=True)
class Changes:
    """The areas one operation touched. Empty means nothing changed."""

    areas: frozenset[Area] = frozenset()

    @classmethod
    def of(cls, *items: ChangeKind | Area) -> Changes:
        found: set[Area] = set()
        for item in items:
            found |= {item} if isinstance(item, Area) else ChangeKind(item).areas
        return cls(frozenset(found))

    @classmethod
    def everything(cls) -> Changes:
        """A full reload (after an unlock, a restore or a language change)."""
        return cls(frozenset(Area))

    def touches(self, *areas: Area) -> bool:
        return not self.areas.isdisjoint(areas)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas)

    def __bool__(self) -> bool:
        return bool(self.areas)
