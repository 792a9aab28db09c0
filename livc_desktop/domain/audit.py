"""The access trail's rules: what an entry is, its canonical form and hash chain.

Each entry stores the SHA-256 of the previous entry and its own hash over a canonical
encoding of (seq, at, kind, case_code, fields_hash, prev_hash). The fields (ids and codes,
never content) are hashed separately, so that a purge can blank them (`redacted`) without
breaking the chain: the fact, the time and the case code of every access stay provable."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

GENESIS = "0" * 64
MAX_FIELD_TEXT = 80  # codes and ids are short; anything longer is not a code

# The kinds of entries are domain.changes.ChangeKind (shared with the screens' refresh).


def clean_fields(fields: dict[str, object]) -> dict[str, Any]:
    """Keep only scalar ids and codes; cut long text (a code is never long), reduce a
    `destination` to its last path component (a folder name, not a full path)."""
    out: dict[str, Any] = {}
    for key, value in sorted(fields.items()):
        if value is None or isinstance(value, bool | int):
            out[str(key)] = value
        elif isinstance(value, float):
            out[str(key)] = round(value, 3)
        else:
            text = str(value)
            if key == "destination":
                text = text.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
            out[str(key)] = text[:MAX_FIELD_TEXT]
    return out


def canonical_fields(fields: dict[str, Any]) -> str:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_hash(
    seq: int, at: str, kind: str, case_code: str, fields_hash: str, prev_hash: str
) -> str:
    content = json.dumps(
        [seq, at, kind, case_code, fields_hash, prev_hash],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return sha256_text(content)


# slots: a city's trail is some 200,000 entries in the access-trail list.
@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    kind: str
    case_code: str
    fields: dict[str, Any]
    fields_hash: str
    prev_hash: str
    hash: str
    redacted: bool = False


@dataclass
class TrailReport:
    """`problems` lists (seq, code): "hash" (entry edited), "chain" (an entry before it was
    deleted, inserted or moved), "fields" (ids edited), "sequence" (gap or reorder)."""

    count: int = 0
    head: str = GENESIS
    problems: list[tuple[int, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_bad_seq(self) -> int | None:
        return self.problems[0][0] if self.problems else None


def verify_chain(entries: Iterable[AuditEntry]) -> TrailReport:
    """Walk the entries in seq order and report every break. `entries` is read once, one
    at a time (a cursor over a million entries streams through here)."""
    report = TrailReport()
    prev = GENESIS
    expected_seq = 1
    for entry in entries:
        report.count += 1
        if entry.seq != expected_seq:
            report.problems.append((entry.seq, "sequence"))
        if entry.prev_hash != prev:
            report.problems.append((entry.seq, "chain"))
        if (
            entry_hash(
                entry.seq, entry.at, entry.kind, entry.case_code, entry.fields_hash, entry.prev_hash
            )
            != entry.hash
        ):
            report.problems.append((entry.seq, "hash"))
        if not entry.redacted and sha256_text(canonical_fields(entry.fields)) != entry.fields_hash:
            report.problems.append((entry.seq, "fields"))
        prev = entry.hash
        expected_seq = entry.seq + 1
    report.head = prev
    return report
