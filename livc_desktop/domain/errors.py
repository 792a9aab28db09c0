"""Errors that cross layers. Each carries a stable code and a CLI exit code; the UI
maps the code to a translated sentence (ui/labels.py). Messages never carry case content
or the passphrase."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILURE = 1
    USAGE = 2
    WRONG_PASSPHRASE = 3
    NOT_A_REGISTER = 4
    BUSY = 5
    DISK_FULL = 6
    NO_PERMISSION = 7
    READ_ONLY = 8
    TOO_NEW = 9


class LivcError(Exception):
    """Base of every error the program explains to its user."""

    code: str = "error"
    exit_code: ExitCode = ExitCode.FAILURE

    def __init__(self, detail: str = "") -> None:
        # `detail` is technical (a path, an errno name); never case content.
        super().__init__(detail or self.code)
        self.detail = detail


class WrongPassphrase(LivcError):
    code = "wrong_passphrase"
    exit_code = ExitCode.WRONG_PASSPHRASE


class RegisterMissing(LivcError):
    code = "register_missing"
    exit_code = ExitCode.NOT_A_REGISTER


class NotARegister(LivcError):
    code = "not_a_register"
    exit_code = ExitCode.NOT_A_REGISTER


class RegisterDamaged(LivcError):
    code = "register_damaged"
    exit_code = ExitCode.NOT_A_REGISTER


class SchemaTooNew(LivcError):
    code = "schema_too_new"
    exit_code = ExitCode.TOO_NEW


class RegisterBusy(LivcError):
    code = "register_busy"
    exit_code = ExitCode.BUSY


class RegisterExists(LivcError):
    code = "register_exists"
    exit_code = ExitCode.USAGE


class DiskFull(LivcError):
    code = "disk_full"
    exit_code = ExitCode.DISK_FULL


class WriteFailed(LivcError):
    code = "write_failed"
    exit_code = ExitCode.FAILURE


class BindingUnfit(LivcError):
    """The SQLCipher binding lacks something the register depends on (FTS5, a cipher)."""

    code = "binding_unfit"
    exit_code = ExitCode.FAILURE


class ValidationError(LivcError):
    """A form or import value that breaks a rule. `problems` maps field -> problem code."""

    code = "invalid"
    exit_code = ExitCode.USAGE

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(", ".join(f"{k}:{v}" for k, v in sorted(problems.items())))
        self.problems = problems


class BackupMissing(LivcError):
    code = "backup_missing"
    exit_code = ExitCode.NOT_A_REGISTER


class BackupEmpty(LivcError):
    """A zero-byte file where a backup should be."""

    code = "backup_empty"
    exit_code = ExitCode.NOT_A_REGISTER


class BackupTruncated(LivcError):
    """Shorter than its manifest says (an interrupted copy to a USB stick)."""

    code = "backup_truncated"
    exit_code = ExitCode.NOT_A_REGISTER


class BackupDamaged(LivcError):
    """The bytes differ from the manifest's SHA-256, or an integrity check fails."""

    code = "backup_damaged"
    exit_code = ExitCode.NOT_A_REGISTER


class BackupWrongPassphrase(LivcError):
    """The file is intact (its SHA-256 matches the manifest) but the key does not open it."""

    code = "backup_wrong_passphrase"
    exit_code = ExitCode.WRONG_PASSPHRASE


class BackupUnreadable(LivcError):
    """No manifest, and the key does not open it: wrong passphrase or not a backup."""

    code = "backup_unreadable"
    exit_code = ExitCode.NOT_A_REGISTER


class NotABackup(LivcError):
    code = "not_a_backup"
    exit_code = ExitCode.NOT_A_REGISTER


class BackupTooNew(LivcError):
    """Made by a newer program (schema or backup format); refused, never downgraded."""

    code = "backup_too_new"
    exit_code = ExitCode.TOO_NEW


class DestinationReadOnly(LivcError):
    code = "destination_read_only"
    exit_code = ExitCode.FAILURE


class NoPermission(LivcError):
    """The operating system refuses access to a file or folder (permissions, ACL)."""

    code = "no_permission"
    exit_code = ExitCode.NO_PERMISSION


class ReadOnlyLocation(LivcError):
    """The register's folder or medium is read-only (a write-protected stick, a CD)."""

    code = "read_only_location"
    exit_code = ExitCode.READ_ONLY


class BackupManifestAltered(LivcError):
    """The backup's manifest was edited or damaged: its authentication code does not match,
    although the passphrase is right (or the manifest cannot be read at all)."""

    code = "backup_manifest_altered"
    exit_code = ExitCode.NOT_A_REGISTER


class TrailBroken(LivcError):
    """The access trail's hash chain is broken; `detail` is the first bad entry's number."""

    code = "trail_broken"
    exit_code = ExitCode.NOT_A_REGISTER


class ReadOnlyCopy(LivcError):
    """A change was asked of a backup or another copy of a register, which is only ever
    opened read-only."""

    code = "read_only_copy"
    exit_code = ExitCode.READ_ONLY


class UnsafeLink(LivcError):
    """A link (symbolic or hard) or another non-regular file sits where the program was
    about to create or lock one of its own files; it is refused, its target left alone."""

    code = "unsafe_link"
    exit_code = ExitCode.FAILURE
