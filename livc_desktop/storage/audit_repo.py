"""The access trail's table: append, list with filters, verify, and the purge path."""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterator
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


@dataclass(frozen=True)
class AuditListQuery:
    """The access-trail page's list: its filters (as AuditFilter, the case code matched as
    a part, in any case) and its order: `sort` is one of SORTS. `kind_ranks` ranks each
    kind by its translated label (an order SQLite cannot know); kinds without a rank come
    last."""

    date_from: str = ""
    date_to: str = ""
    kind: str = ""
    case_code: str = ""
    sort: str = "seq"
    descending: bool = True
    kind_ranks: tuple[tuple[str, int], ...] = ()


#: The orders of the page's columns: number, time, event, case code, details.
SORTS = ("seq", "at", "kind", "case", "details")
#: Orders an index gives (the rest sort the whole trail, so only a worker thread runs them).
INDEXED_SORTS = frozenset({"seq", "at"})


# The distinct case codes of each open register's trail and the last seq they cover: the
# case-code filter matches them on every keystroke (reading them took 0.4 s at stress
# size); later entries top them up. Dropped when the register closes.
_CODES: weakref.WeakKeyDictionary[Register, tuple[int, set[str]]] = weakref.WeakKeyDictionary()


def case_code_matches(part: str, case_code: str) -> bool:
    """The page's case-code filter: `part` (trimmed) anywhere in the code, in any case."""
    needle = part.strip().casefold()
    return not needle or needle in case_code.casefold()


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

    def iter_entries(
        self, query: AuditListQuery | None = None, *, with_hashes: bool = True
    ) -> Iterator[AuditEntry]:
        """The entries that pass `query`'s filters (all without one) in seq order, one at
        a time from the cursor (a stress-size trail is a million entries: a walk over
        them never holds them all)."""
        where, params = self._where(query or AuditListQuery())
        columns = _COLUMNS if with_hashes else _DISPLAY_COLUMNS
        sql = f"SELECT {columns} FROM audit_entry{where} ORDER BY seq"
        for row in self._register.execute(sql, params):
            yield _entry(row)

    # the page's list: ids filtered, sorted and counted by SQLite --------------------------
    def _where(self, query: AuditListQuery) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if query.date_from:  # `at` is ISO: its day is at least date_from iff it is
            where.append("at >= ?")
            params.append(query.date_from)
        if query.date_to:  # the range lets the index on `at` help; substr is the rule
            where.append("at <= ? AND substr(at, 1, 10) <= ?")
            params += [query.date_to + "\U0010ffff", query.date_to]
        if query.kind:
            where.append("kind = ?")
            params.append(query.kind)
        if query.case_code.strip():
            # Python's casefold is the rule (SQLite's lower() knows ASCII only): it runs
            # on the distinct codes (some 50,000 at stress), then the index finds entries.
            codes = [c for c in self.case_codes() if case_code_matches(query.case_code, c)]
            where.append("case_code IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(codes))
        return (" WHERE " + " AND ".join(where) if where else ""), params

    def list_seqs(self, query: AuditListQuery, *, limit: int | None = None) -> list[int]:
        """The seqs of the entries the page shows, in its order (ties by seq, in the same
        direction); with `limit`, only the first ones (the first screen)."""
        where, params = self._where(query)
        direction = "DESC" if query.descending else "ASC"
        if query.sort == "at":
            keys = ["at"]
        elif query.sort == "kind":
            ranks = " ".join("WHEN ? THEN ?" for _ in query.kind_ranks)
            params += [v for pair in query.kind_ranks for v in pair]
            keys = [f"CASE kind {ranks} ELSE {len(query.kind_ranks)} END" if ranks else "kind"]
        elif query.sort == "case":
            keys = ["case_code COLLATE NOCASE"]  # the same as casefold for ASCII codes
        elif query.sort == "details":
            # The details column is the entry's ids and codes; SQLite sorts by their stored
            # text (JSON, keys in order), so entries about the same ids come together.
            keys = ["fields COLLATE NOCASE"]
        else:
            keys = []
        order = ", ".join(f"{k} {direction}" for k in [*keys, "seq"])
        sql = f"SELECT seq FROM audit_entry{where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self._register.conn.cursor()
        cur.row_factory = None  # plain tuples: a million of them at stress
        return [r[0] for r in cur.execute(sql, params)]

    def count_matching(self, query: AuditListQuery | None = None) -> int:
        where, params = self._where(query or AuditListQuery())
        return int(self._register.scalar(f"SELECT count(*) FROM audit_entry{where}", params))

    def rows_by_seqs(self, seqs: list[int]) -> dict[int, AuditEntry]:
        """The entries of `seqs` (no hashes: the list shows none), by seq."""
        if not seqs:
            return {}
        rows = self._register.query(
            f"SELECT {_DISPLAY_COLUMNS} FROM audit_entry"
            " WHERE seq IN (SELECT value FROM json_each(?))",
            (json.dumps(seqs),),
        )
        return {int(r["seq"]): _entry(r) for r in rows}

    def case_codes(self) -> list[str]:
        """Every distinct case code in the trail (read once per open register, then only
        those of newer entries)."""
        register = self._register
        last = int(register.scalar("SELECT coalesce(max(seq), 0) FROM audit_entry"))
        known = _CODES.get(register)
        if known is None:
            codes = set(self._distinct("case_code"))
            register.before_close(lambda: _CODES.pop(register, None))
        else:
            covered, codes = known
            if last > covered:
                rows = register.query(
                    "SELECT DISTINCT case_code FROM audit_entry WHERE seq > ?", (covered,)
                )
                codes |= {str(r[0]) for r in rows}
        _CODES[register] = (last, codes)
        return sorted(codes)

    def _distinct(self, column: str) -> list[str]:
        sql = (
            f"WITH RECURSIVE d(v) AS (SELECT min({column}) FROM audit_entry UNION ALL"
            f" SELECT (SELECT min({column}) FROM audit_entry WHERE {column} > d.v) FROM d"
            " WHERE d.v IS NOT NULL) SELECT v FROM d WHERE v IS NOT NULL"
        )
        cur = self._register.conn.cursor()
        cur.row_factory = None
        return [str(r[0]) for r in cur.execute(sql)]

    def case_code(self, case_id: object) -> str:
        """The code of a case by id ("" when unknown), so entries can be found by code."""
        if not isinstance(case_id, int) or isinstance(case_id, bool):
            return ""
        code = self._register.scalar("SELECT code FROM case_file WHERE id = ?", (case_id,))
        return "" if code is None else str(code)

    def kinds(self) -> list[str]:
        """The distinct kinds, one index seek each (a scan took 0.3 s at stress)."""
        return self._distinct("kind")

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
        return verify_chain(self.iter_entries())

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
