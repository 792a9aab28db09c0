"""Backups as data: the manifest beside each backup file, the automatic-backup settings and
the backup file names. Plain Python; the manifest holds no personal data (versions, times,
table names with row counts, a checksum and the key-derivation parameters)."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

MANIFEST_FORMAT = "livc-backup"
# 2: sealed (an HMAC over every field with a key derived from the passphrase). Version 1
# manifests (no seal) are still read; they are checked but not authenticated.
MANIFEST_FORMAT_VERSION = 2
MANIFEST_SUFFIX = ".json"
BACKUP_SUFFIX = ".livcbak"
PARTIAL_SUFFIX = ".partial"
_NAME = re.compile(r"^livc-backup-(\d{8}-\d{6})(?:-(\d+))?\.livcbak$")

PROTECTION_REGISTER = "register_passphrase"
PROTECTION_SEPARATE = "backup_passphrase"


def backup_name(created: datetime, serial: int = 0) -> str:
    """`livc-backup-20261128-153000.livcbak`: sorts by time, says nothing about the cell."""
    stem = f"livc-backup-{created.strftime('%Y%m%d-%H%M%S')}"
    return f"{stem}-{serial}{BACKUP_SUFFIX}" if serial else f"{stem}{BACKUP_SUFFIX}"


def is_backup_name(name: str) -> bool:
    return _NAME.match(name) is not None


def manifest_name(backup_file_name: str) -> str:
    return backup_file_name + MANIFEST_SUFFIX


@dataclass(frozen=True)
class KdfParams:
    kdf_iter: int
    algorithm: str = "PBKDF2_HMAC_SHA512"
    cipher: str = "AES-256-CBC"
    hmac: str = "HMAC_SHA512"
    page_size: int = 4096

    def to_dict(self) -> dict[str, Any]:
        return {
            "algorithm": self.algorithm,
            "kdf_iter": self.kdf_iter,
            "cipher": self.cipher,
            "hmac": self.hmac,
            "page_size": self.page_size,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        return cls(
            kdf_iter=int(data["kdf_iter"]),
            algorithm=str(data.get("algorithm", "PBKDF2_HMAC_SHA512")),
            cipher=str(data.get("cipher", "AES-256-CBC")),
            hmac=str(data.get("hmac", "HMAC_SHA512")),
            page_size=int(data.get("page_size", 4096)),
        )


@dataclass(frozen=True)
class BackupManifest:
    program_version: str
    schema_version: int
    created: str  # YYYY-MM-DDTHH:MM:SS, local time
    file_name: str
    size: int
    sha256: str
    tables: dict[str, int]
    kdf: KdfParams
    protection: str = PROTECTION_REGISTER
    trail_head: str = ""  # hash of the newest access-trail entry: an outside anchor
    format_version: int = MANIFEST_FORMAT_VERSION
    seal_salt: str = ""  # hex; salt of the key derivation behind `verifier` and `seal`
    verifier: str = ""  # tells a wrong passphrase from an edited manifest or damaged file
    seal: str = ""  # HMAC-SHA256 over every other field
    # The canonical bytes of the manifest as read (every field but the seal, as found in
    # the file), so that an edit the parser would smooth over still breaks the seal.
    read_body: bytes = field(default=b"", compare=False, repr=False)

    @property
    def sealed(self) -> bool:
        return bool(self.seal_salt and self.verifier and self.seal)

    def body(self) -> bytes:
        """The canonical bytes the seal covers: every field but the seal itself."""
        return self.read_body or _canonical_body(self.to_dict())

    def sealed_with(self, derived: bytes, salt: bytes) -> BackupManifest:
        unsealed = replace(self, seal_salt=salt.hex(), verifier=seal_verifier(derived), seal="")
        return replace(unsealed, seal=seal_code(derived, unsealed.body()))

    def to_dict(self) -> dict[str, Any]:
        sealing = (
            {"seal_salt": self.seal_salt, "verifier": self.verifier, "seal": self.seal}
            if self.seal_salt
            else {}
        )
        return sealing | {
            "format": MANIFEST_FORMAT,
            "format_version": self.format_version,
            "program": "LIVC Desktop",
            "program_version": self.program_version,
            "schema_version": self.schema_version,
            "created": self.created,
            "file": self.file_name,
            "size": self.size,
            "sha256": self.sha256,
            "tables": dict(sorted(self.tables.items())),
            "kdf": self.kdf.to_dict(),
            "protection": self.protection,
            "trail_head": self.trail_head,
        }

    @classmethod
    def from_dict(cls, data: Any) -> BackupManifest:
        """Raise ValueError unless `data` is one of our manifests."""
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            raise ValueError("format")
        try:
            tables = {str(k): int(v) for k, v in dict(data["tables"]).items()}
            return cls(
                program_version=str(data["program_version"]),
                schema_version=int(data["schema_version"]),
                created=str(data["created"]),
                file_name=str(data["file"]),
                size=int(data["size"]),
                sha256=str(data["sha256"]).lower(),
                tables=tables,
                kdf=KdfParams.from_dict(dict(data["kdf"])),
                protection=str(data.get("protection", PROTECTION_REGISTER)),
                trail_head=str(data.get("trail_head", "")),
                format_version=int(data["format_version"]),
                seal_salt=str(data.get("seal_salt", "")),
                verifier=str(data.get("verifier", "")),
                seal=str(data.get("seal", "")),
                read_body=_canonical_body(data),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError("fields") from exc


def _canonical_body(data: dict[str, Any]) -> bytes:
    body = {k: v for k, v in data.items() if k != "seal"}
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal_verifier(derived: bytes) -> str:
    return hmac.new(derived, b"livc-backup-key-check", hashlib.sha256).hexdigest()


def seal_code(derived: bytes, body: bytes) -> str:
    return hmac.new(derived, b"livc-backup-seal\x00" + body, hashlib.sha256).hexdigest()


def seal_matches(manifest: BackupManifest, derived: bytes) -> tuple[bool, bool]:
    """(the key is the one that sealed it, the manifest is unchanged since)."""
    key_ok = hmac.compare_digest(seal_verifier(derived), manifest.verifier)
    seal_ok = hmac.compare_digest(seal_code(derived, manifest.body()), manifest.seal)
    return key_ok, seal_ok


DEFAULT_KEEP = 10
DEFAULT_MAX_AGE_DAYS = 7


@dataclass(frozen=True)
class BackupSettings:
    """Stored in the register (setting `backup.settings`)."""

    folder: str = ""
    automatic: bool = False
    keep: int = DEFAULT_KEEP
    max_age_days: int = DEFAULT_MAX_AGE_DAYS

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.automatic and not self.folder.strip():
            found["folder"] = "required"
        if not 1 <= self.keep <= 365:
            found["keep"] = "out_of_range"
        if not 1 <= self.max_age_days <= 365:
            found["max_age_days"] = "out_of_range"
        return found

    def to_dict(self) -> dict[str, Any]:
        return {
            "folder": self.folder,
            "automatic": self.automatic,
            "keep": self.keep,
            "max_age_days": self.max_age_days,
        }

    @classmethod
    def from_dict(cls, data: Any) -> BackupSettings:
        if not isinstance(data, dict):
            return cls()
        return cls(
            folder=str(data.get("folder", "")),
            automatic=bool(data.get("automatic", False)),
            keep=int(data.get("keep", DEFAULT_KEEP)),
            max_age_days=int(data.get("max_age_days", DEFAULT_MAX_AGE_DAYS)),
        )


@dataclass(frozen=True)
class BackupStatus:
    """What the status bar says: the age of the last good backup and whether it is too old."""

    last_created: datetime | None
    age_days: float | None
    max_age_days: int
    too_old: bool


def backup_status(last_created: datetime | None, now: datetime, max_age_days: int) -> BackupStatus:
    if last_created is None:
        return BackupStatus(None, None, max_age_days, True)
    age = max(0.0, (now - last_created).total_seconds() / 86400)
    return BackupStatus(last_created, age, max_age_days, age > max_age_days)


@dataclass
class BackupInfo:
    """What a verified backup contains (no personal data)."""

    file_name: str
    created: str
    program_version: str
    schema_version: int
    tables: dict[str, int] = field(default_factory=dict)
    protection: str = PROTECTION_REGISTER
    has_manifest: bool = True
    needs_migration: bool = False
    sealed: bool = False  # the manifest's seal was checked with the passphrase
    trail_head: str = ""  # the backup's newest access-trail entry
    # Whether the live register's trail still holds that entry (None: not compared).
    trail_in_register: bool | None = None


def rotation_victims(names: list[str], keep: int) -> list[str]:
    """The backup files beyond the newest `keep` (only names we make ourselves)."""
    ours = sorted(n for n in names if is_backup_name(n))
    return ours[: max(0, len(ours) - keep)]
