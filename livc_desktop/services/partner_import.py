"""Import partners from a CSV sheet: read and plan without writing, then apply the plan
the user confirmed in ONE transaction (all rows or none)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.partner_import import (
    CsvSheet,
    ImportPlan,
    fill_from,
    guess_mapping,
    plan_import,
    read_sheet,
    word_key,
)
from livc_desktop.domain.partners import Partner
from livc_desktop.services import partners as partner_service
from livc_desktop.services.session import Session


@dataclass
class ImportResult:
    created: list[int]
    merged: list[int]
    skipped: int
    failed: int


def read(data: bytes) -> tuple[CsvSheet, dict[str, int | None]]:
    """The sheet and a guessed column mapping; raises ImportFileError."""
    sheet = read_sheet(data)
    return sheet, guess_mapping(sheet.header)


def plan(
    session: Session,
    sheet: CsvSheet,
    mapping: Mapping[str, int | None],
    sector_lookup: Mapping[str, str] | None = None,
) -> ImportPlan:
    """Validate every row against the register (duplicates by name); writes nothing."""
    lookup = dict(sector_lookup or {})
    for entry in partner_service.sectors(session):
        lookup.setdefault(word_key(entry.code), entry.code)
        if entry.label:
            lookup.setdefault(word_key(entry.label), entry.code)
    municipalities = session.profile().municipalities
    return plan_import(
        sheet,
        mapping,
        partner_service.existing_name_keys(session),
        lookup,
        default_municipality=municipalities[0] if len(municipalities) == 1 else "",
    )


def apply(session: Session, plan_: ImportPlan, *, merge_duplicates: bool) -> ImportResult:
    """Write the plan's valid rows in one transaction. Duplicates of existing partners are
    merged (empty fields filled, new contacts added) or skipped; rows of the file with the
    same name are folded into the first. Rows with problems are never written."""
    repo = partner_service.repo(session)
    created: list[int] = []
    merged: list[int] = []
    skipped = 0
    by_line = {row.line: row for row in plan_.rows}
    targets: dict[int, Partner] = {}  # line of first row -> Partner being built
    with session.register.transaction():
        for row in plan_.rows:
            if not row.ok or row.partner is None:
                continue
            if row.same_as_line is not None:
                first = by_line.get(row.same_as_line)
                target = targets.get(row.same_as_line)
                if first is None or target is None:
                    skipped += 1
                    continue
                fill_from(target, row.partner)
                continue
            if row.duplicate_of is not None:
                if not merge_duplicates:
                    skipped += 1
                    continue
                existing = repo.get(row.duplicate_of)
                if existing is None:
                    skipped += 1
                    continue
                fill_from(existing, row.partner)
                targets[row.line] = existing
                continue
            targets[row.line] = row.partner
        for line, partner in targets.items():
            partner_service.validate(partner)
            is_new = by_line[line].duplicate_of is None
            pid = repo.save(partner)
            (created if is_new else merged).append(pid)
    for pid in created:
        session.record(ChangeKind.PARTNER_CREATED, partner_id=pid)
    for pid in merged:
        session.record(ChangeKind.PARTNER_UPDATED, partner_id=pid)
    session.record(ChangeKind.PARTNERS_IMPORTED, created=len(created), merged=len(merged))
    return ImportResult(created, merged, skipped, len(plan_.errors))
