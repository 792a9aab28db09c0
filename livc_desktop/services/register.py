"""Create, unlock, check and re-key a register; the `Session` an unlocked register gives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from livc_desktop import __version__
from livc_desktop.domain import passphrase as pp
from livc_desktop.domain.audit import TrailReport
from livc_desktop.domain.cell import CellProfile
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import RegisterDamaged, ValidationError, WrongPassphrase
from livc_desktop.domain.preferences import Preferences
from livc_desktop.services import audit
from livc_desktop.services.session import CREATED_KEY, PREFERENCES_KEY, PROFILE_KEY, Session
from livc_desktop.storage import Register, create_register, migrations, open_register
from livc_desktop.storage.audit_repo import AuditRepository
from livc_desktop.storage.backup import is_database_error
from livc_desktop.storage.binding import check_binding
from livc_desktop.storage.lock import refresh_held
from livc_desktop.storage.rekey import change_key

# Session lives in services/session.py (the trail listens to it without importing this
# module); it is re-exported here because opening a register gives one.
__all__ = ["CREATED_KEY", "PREFERENCES_KEY", "PROFILE_KEY", "Session"]


def create(
    path: Path,
    passphrase: str,
    repeated: str,
    profile: CellProfile,
    preferences: Preferences | None = None,
) -> Session:
    """First start: validate everything, then create the register in one go."""
    found = {**profile.problems(), **pp.problems(passphrase, repeated, profile.names())}
    if found:
        raise ValidationError(found)
    check_binding()
    register = create_register(Path(path), pp.to_key(passphrase))
    refresh_held(Path(path))  # the new file gets the identity lock of the lock already held
    session = Session(register)
    session.settings.set_many(
        {
            PROFILE_KEY: profile.to_dict(),
            PREFERENCES_KEY: (preferences or Preferences()).to_dict(),
            CREATED_KEY: __version__,
        }
    )
    audit.attach(session, opened=ChangeKind.REGISTER_CREATED)
    return session


def unlock(path: Path, passphrase: str, *, verify_pages: bool = False) -> Session:
    """Open the register; `verify_pages` first checks every page (for commands that read
    only part of the file and would otherwise succeed on a damaged one)."""
    if not passphrase:
        raise WrongPassphrase("empty")
    check_binding()
    try:
        register = open_register(Path(path), pp.to_key(passphrase), verify_pages=verify_pages)
    except WrongPassphrase:
        audit.count_failed_unlock(Path(path))
        raise
    session = Session(register)
    if not register.readonly:
        # A backup or another copy is looked at, never written: no trail entries in it.
        audit.attach(session)
    return session


def verify_passphrase(path: Path, passphrase: str) -> None:
    """Raise WrongPassphrase unless `passphrase` opens the register (one key derivation)."""
    probe = open_register(Path(path), pp.to_key(passphrase), migrate=False, readonly=True)
    probe.close()


def change_passphrase(
    session: Session,
    current: str,
    new: str,
    repeated: str,
    *,
    before_step: Callable[[str], None] | None = None,
) -> Session:
    """Re-encrypt the register under a new passphrase; returns the new session.
    The old session is closed on success and stays usable on failure."""
    found = pp.problems(new, repeated, session.profile().names())
    if found:
        raise ValidationError(found)
    if pp.normalize(new) == pp.normalize(current):
        raise ValidationError({"passphrase": "unchanged"})
    verify_passphrase(session.path, current)
    # The old session's close listeners (dialogs, clipboard) belong to the GUI thread:
    # the caller runs them with `session.close()` once the new session is in place.

    def record_in_copy(copy: Register) -> None:
        # Written into the new file before it is swapped in: a crash right after the
        # swap leaves a register whose trail already says its passphrase changed.
        audit.record_into(copy, ChangeKind.PASSPHRASE_CHANGED)

    register = change_key(
        session.register, pp.to_key(new), before_step=before_step, before_swap=record_in_copy
    )
    changed = Session(register)
    audit.attach(changed, opened=None)
    return changed


@dataclass
class CheckReport:
    schema_version: int
    latest_version: int
    program_version: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    trail: TrailReport | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and (self.trail is None or self.trail.ok)


def check(path: Path, passphrase: str) -> CheckReport:
    """Open read-only (the file stays byte-identical, a backup as well as the register),
    run both integrity checks, count rows and walk the access trail's hash chain. Pages
    too damaged to count are reported as problems, never as a crash."""
    if not passphrase:
        raise WrongPassphrase("empty")
    register = open_register(Path(path), pp.to_key(passphrase), migrate=False, readonly=True)
    try:
        problems = register.integrity_problems()
        try:
            counts = register.table_counts()
        except RegisterDamaged:
            counts = {}
            problems.append("counts: unreadable")
        trail: TrailReport | None = None
        if "audit_entry" in counts:
            try:
                trail = AuditRepository(register).verify()
            except Exception as exc:
                if not is_database_error(exc):
                    raise
                problems.append("trail: unreadable")
        return CheckReport(
            schema_version=register.schema_version,
            latest_version=migrations.LATEST_VERSION,
            program_version=__version__,
            counts=counts,
            problems=problems,
            trail=trail,
        )
    finally:
        register.close()
