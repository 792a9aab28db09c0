"""The access-trail listener and the trail's use cases (list, verify, DPO report).

`attach(session)` is called once for every Session (services/register.py does it on
create, unlock and passphrase change); from then on every `session.record(kind, **ids)`
becomes a hash-chained entry, settings changes are recorded, and closing the session
records the lock. Fields are ids and codes only (see domain.audit.clean_fields)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from livc_desktop.domain import audit as rules
from livc_desktop.domain.audit import AuditEntry, TrailReport
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.services.exports import save_export
from livc_desktop.storage.audit_repo import (
    INDEXED_SORTS,
    AuditFilter,
    AuditListQuery,
    AuditRepository,
)

if TYPE_CHECKING:
    from livc_desktop.services.session import Session
    from livc_desktop.storage.connection import Register

log = logging.getLogger(__name__)

_ATTACHED = "_audit_attached"
# Settings written as a side effect of something already recorded (not a "change").
_QUIET_SETTINGS = frozenset({"backup.last_good"})

# Failed unlocks per register path in this process, reported with the next unlock.
_failed_unlocks: dict[str, int] = {}


def now_iso() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


def count_failed_unlock(path: Path) -> None:
    key = str(Path(path).resolve())
    _failed_unlocks[key] = _failed_unlocks.get(key, 0) + 1


def _take_failed_unlocks(path: Path) -> int:
    return _failed_unlocks.pop(str(Path(path).resolve()), 0)


class _RecordingSettings:
    """Wraps the session's settings so every change leaves a trail entry (key only)."""

    def __init__(self, inner: Any, record: Callable[..., None]) -> None:
        self._inner = inner
        self._record = record

    def set(self, key: str, value: Any) -> None:
        self._inner.set(key, value)
        if key not in _QUIET_SETTINGS:
            self._record(ChangeKind.SETTINGS_CHANGED, key=key)

    def set_many(self, values: dict[str, Any]) -> None:
        self._inner.set_many(values)
        for key in sorted(values):
            if key not in _QUIET_SETTINGS:
                self._record(ChangeKind.SETTINGS_CHANGED, key=key)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def record_into(register: Register, kind: ChangeKind, **fields: object) -> None:
    """One entry written straight into `register` (a copy about to replace the register,
    which has no session yet)."""
    AuditRepository(register).append(now_iso(), kind, "", rules.clean_fields(dict(fields)))


def attach(session: Session, *, opened: ChangeKind | None = ChangeKind.REGISTER_UNLOCKED) -> None:
    """Install the trail listener on `session` (idempotent) and record how it was opened:
    `register_unlocked` (with the failed attempts before it), `register_created` or
    `passphrase_changed`; None when the entry is already in the file (see record_into)."""
    if getattr(session, _ATTACHED, False):
        return
    setattr(session, _ATTACHED, True)
    repo = AuditRepository(session.register)

    lock_recorded = False

    def listener(kind: str, fields: dict[str, object]) -> None:
        nonlocal lock_recorded
        lock_recorded = lock_recorded or kind == ChangeKind.REGISTER_LOCKED
        cleaned = rules.clean_fields(dict(fields))
        case_code = str(cleaned.get("case_code") or "") or repo.case_code(cleaned.get("case_id"))
        repo.append(now_iso(), kind, case_code, cleaned)

    session.on_event(listener)
    session.settings = _RecordingSettings(session.settings, session.record)  # type: ignore[assignment]

    def on_close() -> None:
        # The GUI records its lock with the reason (manual, idle, OS); other closes here.
        if not session.register.closed and not lock_recorded:
            try:
                session.record(ChangeKind.REGISTER_LOCKED)
            except Exception:  # the lock must happen even if the entry cannot be written
                log.warning("could not record the lock in the access trail", exc_info=False)

    session.on_close(on_close)
    if opened == ChangeKind.REGISTER_UNLOCKED:
        session.record(opened, failed_attempts=_take_failed_unlocks(session.path))
    else:
        _take_failed_unlocks(session.path)
        if opened is not None:
            session.record(opened)


def entries(
    session: Session, flt: AuditFilter | None = None, *, with_hashes: bool = True
) -> list[AuditEntry]:
    return AuditRepository(session.register).entries(flt, with_hashes=with_hashes)


#: Entries the page reads at once on the GUI thread (a screen or two).
FIRST_SCREEN = 200


def list_first(
    session: Session, query: AuditListQuery, limit: int = FIRST_SCREEN
) -> tuple[list[int], bool]:
    """The first `limit` seqs of the page's list, and whether that is all of them (else
    `list_rest` gives every seq, on a worker thread)."""
    seqs = AuditRepository(session.register).list_seqs(query, limit=limit + 1)
    return seqs[:limit], len(seqs) <= limit


def first_screen_is_quick(query: AuditListQuery) -> bool:
    """Whether an index gives the first screen at once; other orders sort the whole trail
    (seconds at stress size), which only a worker thread may do."""
    return query.sort in INDEXED_SORTS


def list_rest(session: Session, query: AuditListQuery) -> list[int]:
    """Every seq of the page's list, for a worker thread (the session's second
    connection); raises ReadCancelled when a lock came first."""
    return session.read_in_background(lambda s: AuditRepository(s.register).list_seqs(query))


def count_all(session: Session) -> int:
    """How many entries the trail holds, for a worker thread (a count scans an index:
    0.3 s at stress size); raises ReadCancelled when a lock came first."""
    return session.read_in_background(lambda s: AuditRepository(s.register).count_matching())


def entries_by_seqs(session: Session, seqs: list[int]) -> dict[int, AuditEntry]:
    """The entries in view (without hashes), by seq."""
    return AuditRepository(session.register).rows_by_seqs(seqs)


def iter_entries(session: Session, query: AuditListQuery | None = None) -> Iterator[AuditEntry]:
    """The entries that pass `query`'s filters (its order aside), by seq, one at a time,
    without hashes."""
    return AuditRepository(session.register).iter_entries(query, with_hashes=False)


def kinds(session: Session) -> list[str]:
    return sorted(AuditRepository(session.register).kinds())


def verify_trail(session: Session) -> TrailReport:
    """Walk the whole chain; record that it was verified (and the outcome)."""
    report = AuditRepository(session.register).verify()
    record_verified(session, report)
    return report


def check_trail_in_background(session: Session) -> TrailReport:
    """`check_trail` for a worker thread, on the session's second connection (a walk over
    a stress-size trail takes half a minute); raises ReadCancelled when a lock came first.
    Record the outcome with `record_verified` on the session's own thread."""
    return session.read_in_background(lambda s: AuditRepository(s.register).verify())


def record_verified(session: Session, report: TrailReport) -> None:
    session.record(ChangeKind.TRAIL_VERIFIED, ok=report.ok, entries=report.count)


def check_trail(session: Session) -> TrailReport:
    """Verify without recording (used while building the DPO report, which records its
    own export entry)."""
    return AuditRepository(session.register).verify()


def trail_head(session: Session) -> str:
    return AuditRepository(session.register).head()


def record_purge(session: Session, case_code: str, reason: str) -> None:
    """For the purge of a case (later round): blank the ids of its earlier entries and
    leave one entry with only the code, the date and the reason code. Call inside the
    purge's transaction so that both happen or neither."""
    with session.register.transaction():
        AuditRepository(session.register).redact_case(case_code)
        session.record(ChangeKind.CASE_PURGED, case_code=case_code, reason=reason)


__all__ = [
    "AuditFilter",
    "AuditListQuery",
    "attach",
    "count_failed_unlock",
    "entries",
    "kinds",
    "record_purge",
    "save_report",
    "trail_head",
    "verify_trail",
]


def save_report(session: Session, target: Path, pdf: bytes) -> None:
    """Save the DPO report (built in memory) and record the export."""
    save_export(session, Path(target), pdf, kind="access_trail")
