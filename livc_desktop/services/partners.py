"""Partner use cases shared by the GUI, the command line and the benchmarks.

Every write announces itself through `session.record(...)` with ids and codes only."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import LivcError, ValidationError
from livc_desktop.domain.partners import (
    Contact,
    Partner,
    PartnerRow,
    PartnerStatus,
    SectorEntry,
    SupportOrganisation,
    custom_sector_code,
    name_key,
)
from livc_desktop.domain.partners import (
    composition_warnings as _composition_warnings,
)
from livc_desktop.services.exports import save_export
from livc_desktop.services.session import Session
from livc_desktop.storage.partner_repo import PartnerRepository


class PartnerInUse(LivcError):
    """Delete refused: other records (cases, meetings...) refer to the partner."""

    code = "partner_in_use"


class PartnerMissing(LivcError):
    code = "partner_missing"


class SectorInUse(LivcError):
    code = "sector_in_use"


def repo(session: Session) -> PartnerRepository:
    return PartnerRepository(session.register)


# -- reading ---------------------------------------------------------------------------
def load_rows(session: Session) -> list[PartnerRow]:
    """Every partner as a list row, in a fixed number of queries (what the list model
    loads; benchmarks time this)."""
    return repo(session).list_rows()


def get_partner(session: Session, partner_id: int) -> Partner:
    partner = repo(session).get(partner_id)
    if partner is None:
        raise PartnerMissing(str(partner_id))
    return partner


def contacts_of(session: Session, partner_ids: Iterable[int]) -> dict[int, list[Contact]]:
    return repo(session).contacts_of(partner_ids)


HOUSE_RULES_UNSIGNED = "house_rules_unsigned"


def composition_warnings(session: Session) -> list[str]:
    """Codes for fixed members (Law of 30 July 2018, art. 3 §1) missing from the cell:
    mayor_missing, police_missing, police_clearance_missing, prevention_missing; and
    house_rules_unsigned when a partner at a table has not signed the current version."""
    found = [w.value for w in _composition_warnings(load_rows(session))]
    # The Overview's warnings also say when partners have not signed the current house
    # rules (one line; the House rules page lists who).
    from livc_desktop.services.house_rules import unsigned_partner_ids

    if unsigned_partner_ids(session):
        found.append(HOUSE_RULES_UNSIGNED)
    return found


def references(session: Session, partner_id: int) -> dict[str, int]:
    """Table -> rows elsewhere that refer to the partner (or its contacts/trainings)."""
    return repo(session).references(partner_id)


def find_by_name(session: Session, name: str) -> list[int]:
    key = name_key(name)
    return [
        pid
        for stored, entries in repo(session).name_index().items()
        if name_key(stored) == key
        for pid, _ in entries
    ]


def existing_name_keys(session: Session) -> dict[str, int]:
    """name_key -> id of the first partner with that name (for import duplicates)."""
    out: dict[str, int] = {}
    for stored, entries in repo(session).name_index().items():
        out.setdefault(name_key(stored), min(pid for pid, _ in entries))
    return out


# -- writing ---------------------------------------------------------------------------
def validate(partner: Partner) -> None:
    found = partner.all_problems()
    if found:
        raise ValidationError(found)


def save_partner(session: Session, partner: Partner) -> Partner:
    """Create or update; raises ValidationError with field codes
    ('name', 'contacts.0.email', ...)."""
    validate(partner)
    partner.normalized()
    created = partner.id is None
    if not created and not repo(session).exists(int(partner.id or 0)):
        raise PartnerMissing(str(partner.id))
    pid = repo(session).save(partner)
    session.record(
        ChangeKind.PARTNER_CREATED if created else ChangeKind.PARTNER_UPDATED, partner_id=pid
    )
    return partner


def archive_partner(session: Session, partner_id: int) -> None:
    repo(session).set_status(partner_id, PartnerStatus.ARCHIVED)
    session.record(ChangeKind.PARTNER_ARCHIVED, partner_id=partner_id)


def restore_partner(session: Session, partner_id: int) -> None:
    repo(session).set_status(partner_id, PartnerStatus.ACTIVE)
    session.record(ChangeKind.PARTNER_RESTORED, partner_id=partner_id)


def delete_partner(session: Session, partner_id: int) -> None:
    """Delete for good; refused (PartnerInUse) when anything refers to the partner.
    The UI confirms first and offers archiving instead."""
    r = repo(session)
    with session.register.transaction():
        if r.references(partner_id):
            raise PartnerInUse(str(partner_id))
        r.delete(partner_id)
    session.record(ChangeKind.PARTNER_DELETED, partner_id=partner_id)


def bulk_create(session: Session, partners: Sequence[Partner], *, record: bool = True) -> list[int]:
    """Create many partners in one transaction (demo data, benchmarks, import).
    Validates all first: nothing is written if any is invalid."""
    for partner in partners:
        validate(partner)
        partner.normalized()
    r = repo(session)
    with session.register.transaction():
        ids = [r.save(p) for p in partners]
    if record:
        for pid in ids:
            session.record(ChangeKind.PARTNER_CREATED, partner_id=pid)
    return ids


# -- sectors ---------------------------------------------------------------------------
def sectors(session: Session) -> list[SectorEntry]:
    return repo(session).sectors()


def add_sector(session: Session, label: str) -> str:
    label = " ".join(label.split())
    if not label:
        raise ValidationError({"label": "required"})
    if len(label) > 100:
        raise ValidationError({"label": "too_long"})
    existing = repo(session).sectors()
    if any(e.label and name_key(e.label) == name_key(label) for e in existing):
        raise ValidationError({"label": "duplicate"})
    code = custom_sector_code(label, [e.code for e in existing])
    repo(session).add_sector(code, label)
    session.record(ChangeKind.SECTOR_CREATED, sector=code)
    return code


def update_sector(session: Session, code: str, *, label: str | None = None, active: bool) -> None:
    if label is not None:
        label = " ".join(label.split())
        if not label:
            raise ValidationError({"label": "required"})
        if len(label) > 100:
            raise ValidationError({"label": "too_long"})
    repo(session).update_sector(code, label, active)
    session.record(ChangeKind.SECTOR_UPDATED, sector=code)


def delete_sector(session: Session, code: str) -> None:
    """Only custom sectors no partner uses; otherwise deactivate it."""
    r = repo(session)
    if r.sector_in_use(code):
        raise SectorInUse(code)
    r.delete_sector(code)
    session.record(ChangeKind.SECTOR_DELETED, sector=code)


# -- support directory -----------------------------------------------------------------
def support_entries(session: Session) -> list[SupportOrganisation]:
    return repo(session).support_entries()


def save_support(session: Session, entry: SupportOrganisation) -> SupportOrganisation:
    found = entry.problems()
    if found:
        raise ValidationError(found)
    created = entry.id is None
    entry.name = " ".join(entry.name.split())
    sid = repo(session).save_support(entry)
    session.record(
        ChangeKind.SUPPORT_CREATED if created else ChangeKind.SUPPORT_UPDATED, support_id=sid
    )
    return entry


def delete_support(session: Session, entry_id: int) -> None:
    repo(session).delete_support(entry_id)
    session.record(ChangeKind.SUPPORT_DELETED, support_id=entry_id)


# -- files -------------------------------------------------------------------------------
def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """Excel-friendly CSV: UTF-8 with BOM, ';' as in Belgian Excel, every field quoted
    when needed; cells that start like a formula are neutralised (CSV injection)."""
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([_safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([_safe_cell(c) for c in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@") and not _looks_like_phone(text):
        return "'" + text
    return text


def _looks_like_phone(text: str) -> bool:
    return text.startswith("+") and all(ch.isdigit() or ch in " ()./-+" for ch in text)


def export_list_csv(
    session: Session,
    path: Path,
    header: Sequence[str],
    listed: Iterable[tuple[PartnerRow, Sequence[str]]],
) -> int:
    """The partner list as shown (each row's cells as the screen has them), followed by its
    phone, e-mail and contact persons; `header` names every column. Returns the count."""
    rows = [[*cells, row.phone, row.email, ", ".join(row.contact_names)] for row, cells in listed]
    save_export(
        session, path, csv_bytes(header, rows), trail=ChangeKind.EXPORT_CSV, kind="partners"
    )
    return len(rows)
