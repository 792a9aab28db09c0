"""The access trail's table: append, list with filters, verify, and the purge path."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from livc_desktop.domain.audit import (
    GENESIS,
    AuditEntry,
    TrailReport,
    canonical_fields,
    entry_hash,
    sha256_text,
    verify_chain,
)
from livc_desktop.storage.connection import Register

_COLUMNS = "seq, at, kind, case_code, fields, fields_hash, prev_hash, hash, redacted"
# For display: the three hashes are only needed to verify (about 70 MB for a city's trail).
_DISPLAY_COLUMNS = "seq, at, kind, case_code, fields, '' AS fields_hash, '' AS prev_hash, "
_DISPLAY_COLUMNS += "'' AS hash, redacted"


@dataclass(frozen=True)
class AuditFilter:
    date_from: str = ""  # YYYY-MM-DD, inclusive
    date_to: str = ""  # YYYY-MM-DD, inclusive
    kind: str = ""
    case_code: str = ""
    limit: int = 0  # 0: all


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        seq=int(row["seq"]),
        at=str(row["at"]),
        kind=str(row["kind"]),
        case_code=str(row["case_code"]),
        fields=json.loads(row["fields"]),
        fields_hash=str(row["fields_hash"]),
        prev_hash=str(row["prev_hash"]),
        hash=str(row["hash"]),
        redacted=bool(row["redacted"]),
    )


class AuditRepository:
    def __init__(self, register: Register) -> None:
        self._register = register

    def append(self, at: str, kind: str, case_code: str, fields: dict[str, Any]) -> AuditEntry:
        """Chain a new entry onto the newest one, in its own (or the caller's) transaction."""
        text = canonical_fields(fields)
        fields_hash = sha256_text(text)
        with self._register.transaction() as conn:
            row = conn.execute("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
            last = row.fetchone()
            seq = int(last["seq"]) + 1 if last else 1
            prev = str(last["hash"]) if last else GENESIS
            digest = entry_hash(seq, at, kind, case_code, fields_hash, prev)
            conn.execute(
                f"INSERT INTO audit_entry({_COLUMNS}) VALUES(?, ?, ?, ?, ?, ?, ?, ?, 0)",
                (seq, at, kind, case_code, text, fields_hash, prev, digest),
            )
        return AuditEntry(seq, at, kind, case_code, fields, fields_hash, prev, digest)

    def entries(
        self, flt: AuditFilter | None = None, *, with_hashes: bool = True
    ) -> list[AuditEntry]:
        """Entries in order; `with_hashes=False` leaves the hashes empty (a viewer's list
        needs none of them, and they are most of an entry's memory)."""
        flt = flt or AuditFilter()
        where: list[str] = []
        params: list[Any] = []
        if flt.date_from:
            where.append("at >= ?")
            params.append(flt.date_from)
        if flt.date_to:
            where.append("at < ?")
            params.append(flt.date_to + "T99")  # every time on that day sorts below
        if flt.kind:
            where.append("kind = ?")
            params.append(flt.kind)
        if flt.case_code:
            where.append("case_code = ?")
            params.append(flt.case_code)
        sql = f"SELECT {_COLUMNS if with_hashes else _DISPLAY_COLUMNS} FROM audit_entry"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY seq"
        if flt.limit:
            sql += f" LIMIT {int(flt.limit)}"
        # Row by row from the cursor: never all raw rows and all entries at once.
        return [_entry(r) for r in self._register.execute(sql, params)]

    def case_code(self, case_id: object) -> str:
        """The code of a case by id ("" when unknown), so entries can be found by code."""
        if not isinstance(case_id, int) or isinstance(case_id, bool):
            return ""
        code = self._register.scalar("SELECT code FROM case_file WHERE id = ?", (case_id,))
        return "" if code is None else str(code)

    def kinds(self) -> list[str]:
        return [str(r[0]) for r in self._register.query("SELECT DISTINCT kind FROM audit_entry")]

    def count(self) -> int:
        return int(self._register.scalar("SELECT count(*) FROM audit_entry"))

    def head(self) -> str:
        value = self._register.scalar("SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
        return str(value) if value else GENESIS

    def contains(self, entry_hash_value: str) -> bool:
        """Whether the trail still holds the entry with this hash (a backup's trail head):
        if not, entries were removed or rewritten after that backup was made."""
        found = self._register.scalar(
            "SELECT 1 FROM audit_entry WHERE hash = ? LIMIT 1", (entry_hash_value,)
        )
        return found is not None

    def verify(self) -> TrailReport:
        return verify_chain(self.entries())

    def redact_case(self, case_code: str) -> int:
        """The purge path: blank the fields (ids) of every entry about `case_code`, keeping
        seq, time, kind, code and hashes. Runs inside the caller's purge transaction."""
        with self._register.transaction() as conn:
            conn.execute("INSERT INTO audit_gate(id) VALUES(1)")
            try:
                cur = conn.execute(
                    "UPDATE audit_entry SET fields = '{}', redacted = 1 "
                    "WHERE case_code = ? AND redacted = 0",
                    (case_code,),
                )
                changed = int(cur.rowcount)
            finally:
                conn.execute("DELETE FROM audit_gate")
        return changed
