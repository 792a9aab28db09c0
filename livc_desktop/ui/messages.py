"""Translated sentences for errors and validation problems, shared by GUI and CLI.

Domain and services raise errors with codes; this is the one place that turns a code into
words. QtCore only (no widgets), so the command line can use it too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from livc_desktop.domain.errors import LivcError, ValidationError
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.transfer_labels import transfer_message

# lupdate picks up every `translate("Context", "literal")` call.
translate = QCoreApplication.translate


def error_message(exc: LivcError) -> str:
    code = exc.code
    if isinstance(exc, ValidationError):
        return validation_message(exc)
    if code == "wrong_passphrase":
        if exc.detail == "unverified":
            # No key check beside the file: a damaged first page cannot be ruled out.
            return translate(
                "Messages",
                "This passphrase does not open the register. Check Caps Lock and the "
                "keyboard layout. If you are sure it is right, the file may be damaged: "
                "restore the latest backup: File → Restore…",
            )
        return translate(
            "Messages", "The passphrase is not correct. Check Caps Lock and the keyboard layout."
        )
    if code == "register_missing":
        return translate("Messages", "There is no register at this location.")
    if code == "not_a_register":
        return translate("Messages", "This file is not an LIVC register.")
    if code == "register_damaged":
        last = str(getattr(exc, "last_backup", "") or "")
        if last:
            return translate(
                "Messages",
                "The register file is damaged and cannot be used. Restore the latest "
                "backup: File → Restore… (the latest backup known was made on {date}).",
            ).format(date=format_date(last))
        return translate(
            "Messages",
            "The register file is damaged and cannot be used. Restore the latest "
            "backup: File → Restore…",
        )
    if code == "schema_too_new":
        return translate(
            "Messages",
            "This register was made by a newer version of LIVC Desktop. "
            "Install the newer version to open it.",
        )
    if code == "register_busy":
        return translate(
            "Messages",
            "This register is already open in another LIVC Desktop window or by another "
            "user. Close it there first.",
        )
    if code == "register_exists":
        return translate("Messages", "A register already exists at this location.")
    if code == "write_failed" and exc.detail in ("EACCES", "EPERM"):
        code = "no_permission"  # told as what it is, wherever the OSError was mapped
    if code == "write_failed" and exc.detail == "EROFS":
        code = "read_only_location"
    if code == "no_permission":
        return translate(
            "Messages",
            "You have no permission to use this file or folder. Nothing was changed; ask "
            "your IT service or choose another location.",
        )
    if code == "read_only_location":
        return translate(
            "Messages",
            "This location is read-only (a write-protected drive or folder). Nothing was "
            "changed; copy the register to a writable folder or choose another location.",
        )
    if code == "read_only_copy":
        return translate(
            "Messages",
            "This file is a backup or a copy of a register: it is only looked at, never "
            "changed. To work with it, restore it: File → Restore…",
        )
    if code == "trail_broken":
        return translate(
            "Messages",
            "The access trail was changed after it was written (first bad entry: {seq}).",
        ).format(seq=exc.detail)
    if code == "disk_full":
        return translate(
            "Messages", "The disk is full. Nothing was changed; free some space and try again."
        )
    if code == "write_failed":
        return translate("Messages", "The file could not be written. Nothing was changed.")
    if code == "unsafe_link":
        return translate(
            "Messages",
            "A link or another unexpected item is in the way of {name} in this folder. "
            "LIVC Desktop does not write through links; nothing was changed. Remove it, or "
            "ask your IT contact to check the folder.",
        ).format(name=exc.detail)
    if code == "binding_unfit":
        return translate(
            "Messages",
            "The encryption library on this computer is not suitable; the register was "
            "not opened. Reinstall LIVC Desktop.",
        )
    backup = _backup_message(code) or transfer_message(code)
    if backup:
        return backup
    if code.startswith("intake_form_"):
        from livc_desktop.ui.house_rules_labels import intake_form_message

        return intake_form_message(code)
    if code == "house_rules_missing":
        return translate(
            "Messages",
            "There is no adopted version of the house rules yet: adopt a version first "
            "(the House rules page).",
        )
    if code == "partner_in_use":
        return translate(
            "Messages",
            "This partner cannot be deleted because other records refer to it. Archive it instead.",
        )
    if code == "partner_missing":
        return translate("Messages", "This partner no longer exists in the register.")
    if code == "sector_in_use":
        return translate(
            "Messages",
            "Partners still belong to this sector. Give them another sector first, or "
            "switch the sector off instead.",
        )
    if code == "empty_file":
        return translate("Messages", "The file is empty.")
    if code == "too_large":
        return translate("Messages", "The file is too large to import (more than 20 MB).")
    if code == "not_text":
        return translate(
            "Messages",
            "The file is not a text (CSV) file. In Excel, use Save As and choose 'CSV UTF-8'.",
        )
    if code == "malformed":
        return translate(
            "Messages", "The file could not be read as a CSV sheet (a cell may be too long)."
        )
    if code == "too_many_rows":
        return translate("Messages", "The file has too many rows (more than 50,000).")
    if code == "no_header":
        return translate("Messages", "The first row of the file must name the columns.")
    if code == "minutes_frozen":
        return translate(
            "Messages",
            "These minutes are finalised and can no longer be changed. Add a numbered "
            "addendum instead.",
        )
    if code == "meeting_not_held":
        if exc.detail == "approve_at_held_meeting":
            return translate(
                "Messages",
                "Minutes are approved at a later meeting that has taken place (today or "
                "earlier) and was not cancelled.",
            )
        return translate(
            "Messages",
            "The minutes can be finalised only once the meeting has taken place.",
        )
    if code == "applied_to_case":
        return translate(
            "Messages",
            "This was already applied to the case (a flag or phase decision, or a measure). "
            "Deleting it here would not undo that, so it cannot be deleted. Change the case "
            "in its case file instead.",
        )
    if code == "decide_in_case_file":
        return translate(
            "Messages",
            "A hand-over (black flag) or closing a case needs more details (to whom and "
            "when; the reason and an evaluation). Record it in the case file.",
        )
    if code == "no_next_meeting":
        return translate(
            "Messages",
            "No meeting is planned yet. Plan the next meeting on the Meetings page (New "
            "meeting), then put this on its agenda.",
        )
    if code == "meeting_not_found":
        return translate("Messages", "There is no such meeting in this register.")
    if code == "feedback_needs_consensus":
        return translate(
            "Messages",
            "The feedback sheet needs the recorded consent of every member who took part.",
        )
    if code == "illegal_phase_transition":
        return translate("Messages", "The case cannot move to that phase from its current phase.")
    if code == "case_closed":
        return translate("Messages", "This case is closed; it takes no more changes.")
    if code == "not_found":
        return translate("Messages", "This record no longer exists.")
    return translate("Messages", "Something went wrong. Nothing was changed.")


def _backup_message(code: str) -> str:
    if code == "backup_missing":
        return translate("Messages", "There is no backup file at this location.")
    if code == "backup_empty":
        return translate(
            "Messages", "The backup file is empty (0 bytes). Nothing was restored or changed."
        )
    if code == "backup_truncated":
        return translate(
            "Messages",
            "The backup file is incomplete: it is shorter than when it was made (an "
            "interrupted copy?). Nothing was restored or changed.",
        )
    if code == "backup_damaged":
        return translate(
            "Messages",
            "The backup file is damaged: its content no longer matches its checksum. "
            "Nothing was restored or changed. Use another backup.",
        )
    if code == "backup_wrong_passphrase":
        return translate(
            "Messages",
            "The file is intact, but this passphrase does not open it. Use the passphrase "
            "that protected the register (or the separate backup passphrase) when the backup "
            "was made.",
        )
    if code == "backup_unreadable":
        return translate(
            "Messages",
            "This file could not be opened: the passphrase is wrong or it is not an LIVC "
            "backup. Its manifest (the .json file beside it) is missing, so the program "
            "cannot tell which.",
        )
    if code == "backup_manifest_altered":
        return translate(
            "Messages",
            "The backup's manifest (the .json file beside it) was edited or damaged: its "
            "seal no longer matches. Nothing was restored or changed. Use another backup.",
        )
    if code == "not_a_backup":
        return translate("Messages", "This file is not an LIVC Desktop backup.")
    if code == "backup_too_new":
        return translate(
            "Messages",
            "This backup was made by a newer version of LIVC Desktop. Install the newer "
            "version to restore it; nothing was changed.",
        )
    if code == "destination_read_only":
        return translate(
            "Messages",
            "The chosen folder cannot be written to (read-only or no permission). Choose "
            "another folder; nothing was written.",
        )
    return ""


def problem_message(field: str, problem: str) -> str:
    """One validation problem as a sentence."""
    if problem == "required":
        return translate("Messages", "This field is required.")
    if problem == "too_long":
        return translate("Messages", "This text is too long.")
    if problem == "too_short" and field == "passphrase":
        return translate("Messages", "The passphrase must be at least 12 characters long.")
    if problem == "too_weak":
        return translate(
            "Messages",
            "This passphrase is too easy to guess (common words, names of the cell, "
            "dates). Use four or more words that do not belong together, or a longer "
            "sentence of your own.",
        )
    if problem == "mismatch":
        return translate("Messages", "The two passphrases are not the same.")
    if problem == "surrounding_space":
        return translate("Messages", "The passphrase must not begin or end with a space.")
    if problem == "unchanged":
        return translate("Messages", "The new passphrase is the same as the current one.")
    if problem == "zonal_needs_several":
        return translate("Messages", "A zonal cell covers at least two municipalities.")
    if problem == "invalid_email":
        return translate("Messages", "This does not look like an e-mail address.")
    if problem == "invalid_phone":
        return translate("Messages", "This does not look like a phone number.")
    if problem == "invalid_date":
        return translate("Messages", "This is not a valid date.")
    if problem == "out_of_range":
        return translate("Messages", "This number is outside the allowed range.")
    if problem == "unknown_value":
        return translate("Messages", "This value is not one of the known choices.")
    if problem == "duplicate":
        return translate("Messages", "This name is already in use.")
    if problem == "invalid_time":
        return translate("Messages", "This is not a valid time (HH:MM).")
    if problem == "before_start":
        return translate("Messages", "The end time is before the start time.")
    if problem == "out_of_range":
        return translate("Messages", "This number is out of range.")
    if problem == "not_a_case_item":
        return translate("Messages", "Flag and phase decisions belong to a case item.")
    # Signals and cases
    if problem == "in_future":
        return translate("Messages", "This date lies in the future.")
    if problem == "before_decision":
        return translate("Messages", "The review date cannot lie before the decision.")
    if problem == "only_black":
        return translate("Messages", "A hand-over is only recorded with a black flag.")
    if problem == "consent_required":
        return translate(
            "Messages",
            "Without the contributing partner's consent this information is not registered.",
        )
    if problem == "secret_case_team_only":
        return translate(
            "Messages", "Information covered by professional secrecy stays within the case team."
        )
    if problem == "unknown_partner":
        return translate("Messages", "This partner is not in the register.")
    if problem == "already_in_team":
        return translate("Messages", "This partner is already in the case team.")
    if problem == "already_left":
        return translate("Messages", "This partner has already left the case team.")
    if problem == "before_joined":
        return translate("Messages", "The leaving date cannot lie before the joining date.")
    if problem == "already_triaged":
        return translate("Messages", "This signal has already been weighed.")
    if problem == "contact_required":
        return translate(
            "Messages", "Give your e-mail address or phone number, so the other cell can reach you."
        )
    if problem == "wrong_suffix":
        return translate("Messages", "The package file must end in .livccase.")
    if problem == "preview_first":
        return translate("Messages", "Show the package's contents first.")
    if problem == "not_a_reference":
        return translate(
            "Messages", "Give the reference number only (letters, digits, / . - _), no sentence."
        )
    if problem == "contact_without_partner":
        return translate("Messages", "Choose the partner this contact person belongs to.")
    # House rules
    if problem == "frozen":
        return translate(
            "Messages",
            "This version of the house rules has been adopted and can no longer be changed: "
            "make a new draft from it.",
        )
    if problem == "before_previous":
        return translate(
            "Messages", "The adoption date lies before that of the current house rules."
        )
    if problem == "not_adopted":
        return translate("Messages", "Only an adopted version of the house rules can be signed.")
    if problem == "before_adoption":
        return translate("Messages", "The signature date lies before the version was adopted.")
    return translate("Messages", "This value is not valid.")


def validation_message(exc: ValidationError) -> str:
    return " ".join(problem_message(f, p) for f, p in sorted(exc.problems.items()))
