"""The one search across the register: partners, cases, signals and meetings, and the
person search in the identities. Every comparison runs inside SQLite, accents and case
folded both ways (`livc_fold` on both sides, or an FTS5 index with remove_diacritics for
what signals describe), with a LIMIT, so a city's register is never read into Python to
be filtered."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from livc_desktop.domain.redaction import folded
from livc_desktop.storage.connection import Register
from livc_desktop.storage.sql_functions import FOLD_FUNCTION

F = FOLD_FUNCTION
_WORD_CHAR = re.compile(r"\w")
_SIGNAL_INDEX = "signal_words"
# Contentless: the index keeps words, not a second copy of the texts.
_SIGNAL_INDEX_SQL = (
    f"CREATE VIRTUAL TABLE temp.{_SIGNAL_INDEX} USING fts5(observed, content='',"
    " contentless_delete=1, tokenize='unicode61 remove_diacritics 2')",
    f"INSERT INTO temp.{_SIGNAL_INDEX}(rowid, observed)"
    " SELECT id, observed FROM main.signal WHERE observed <> ''",
    f"CREATE TEMP TRIGGER {_SIGNAL_INDEX}_insert AFTER INSERT ON main.signal"
    f" BEGIN INSERT INTO temp.{_SIGNAL_INDEX}(rowid, observed) VALUES (new.id, new.observed);"
    " END",
    f"CREATE TEMP TRIGGER {_SIGNAL_INDEX}_delete AFTER DELETE ON main.signal"
    f" BEGIN DELETE FROM temp.{_SIGNAL_INDEX} WHERE rowid = old.id; END",
    f"CREATE TEMP TRIGGER {_SIGNAL_INDEX}_update AFTER UPDATE OF observed ON main.signal"
    f" BEGIN DELETE FROM temp.{_SIGNAL_INDEX} WHERE rowid = old.id;"
    f" INSERT INTO temp.{_SIGNAL_INDEX}(rowid, observed) VALUES (new.id, new.observed); END",
)


@dataclass(frozen=True, slots=True)
class PartnerHit:
    id: int
    name: str
    sector: str
    archived: bool
    contact: str  # the matching contact person's name, "" when the partner's name matched


@dataclass(frozen=True, slots=True)
class CaseHit:
    id: int
    code: str
    pseudonym: str
    flag: str | None
    phase: str


@dataclass(frozen=True, slots=True)
class SignalHit:
    id: int
    received_on: date
    status: str
    reporter_partner: str
    observed: str
    case_code: str


@dataclass(frozen=True, slots=True)
class MeetingHit:
    id: int
    on_date: date
    table_kind: str
    place: str
    status: str
    case_code: str


@dataclass(frozen=True, slots=True)
class PersonHit:
    case_id: int
    code: str


_DATE_PATTERNS = (
    re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"),
    re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b"),
)


def split_person_query(text: str) -> tuple[list[str], date | None, bool]:
    """The folded words and the birth date in what was typed for a person search, and
    whether a date-like part could not be read as a date."""
    rest = text
    found: date | None = None
    bad = False
    for pattern in _DATE_PATTERNS:
        match = pattern.search(rest)
        if match is None:
            continue
        a, b, c = (int(g) for g in match.groups())
        year, month, day = (a, b, c) if pattern is _DATE_PATTERNS[0] else (c, b, a)
        try:
            found = date(year, month, day)
        except ValueError:
            bad = True
        rest = rest[: match.start()] + " " + rest[match.end() :]
        break
    return [w for w in folded(rest).split() if w], found, bad


def _fold_sql(column: str) -> str:
    """SQL folding `column`: SQLite's own lower() for plain ASCII text (most names), the
    program's function only for text with other characters; the same result, without a
    call into Python for each row."""
    return f"(CASE WHEN {column} GLOB '*[^ -~]*' THEN {F}({column}) ELSE lower({column}) END)"


def _words(text: str) -> list[str]:
    return [w for w in folded(" ".join(text.split())).split() if w]


def _all_words(expr: str, words: list[str], params: dict[str, Any]) -> str:
    """SQL: every word occurs in `expr` (already folded)."""
    parts = []
    for n, word in enumerate(words):
        params[f"w{n}"] = word
        parts.append(f"instr({expr}, :w{n}) > 0")
    return " AND ".join(parts)


class SearchRepository:
    def __init__(self, register: Register) -> None:
        self._r = register

    def partners(self, text: str, limit: int) -> list[PartnerHit]:
        words = _words(text)
        if not words:
            return []
        params: dict[str, Any] = {"limit": limit}
        by_name = _all_words(_fold_sql("name"), words, params)
        by_contact = _all_words(_fold_sql("name"), words, params)
        # Each name folded once: the contacts' matches, less the partners found by name.
        rows = self._r.query(
            f"""
            WITH named AS (SELECT id FROM partner WHERE {by_name}),
                 contacted AS (SELECT partner_id AS id, min(name) AS contact
                               FROM partner_contact WHERE {by_contact} GROUP BY partner_id)
            SELECT p.id, p.name, p.sector, p.status, '' AS contact FROM partner p
            WHERE p.id IN named
            UNION ALL
            SELECT p.id, p.name, p.sector, p.status, c.contact
            FROM contacted c JOIN partner p ON p.id = c.id WHERE p.id NOT IN named
            ORDER BY 2 COLLATE NOCASE LIMIT :limit
            """,
            params,
        )
        return [
            PartnerHit(
                int(r["id"]),
                str(r["name"]),
                str(r["sector"]),
                r["status"] == "archived",
                str(r["contact"] or ""),
            )
            for r in rows
        ]

    def cases(self, text: str, limit: int) -> list[CaseHit]:
        """By code or pseudonym; the identity is searched only by `persons` (recorded)."""
        words = _words(text)
        if not words:
            return []
        params: dict[str, Any] = {"limit": limit}
        # Codes are ASCII: LIKE needs no folding and skips the function call per row.
        by_code = " AND ".join(f"c.code LIKE '%' || :w{n} || '%'" for n in range(len(words)))
        by_pseudonym = _all_words(_fold_sql("c.pseudonym"), words, params)
        rows = self._r.query(
            f"""
            SELECT c.id, c.code, c.pseudonym, c.flag, c.phase FROM case_file c
            WHERE ({by_code}) OR (c.pseudonym <> '' AND {by_pseudonym})
            ORDER BY c.code DESC LIMIT :limit
            """,
            params,
        )
        return [
            CaseHit(int(r["id"]), str(r["code"]), str(r["pseudonym"]), r["flag"], str(r["phase"]))
            for r in rows
        ]

    def signals(self, text: str, limit: int) -> list[SignalHit]:
        """Every word in what was observed (as word starts, through the in-memory index), in
        the reporting partner's name or in the case's code (a trace without consent holds
        none of these); the most recently registered first among many."""
        words = _words(text)
        if not words:
            return []
        self._ensure_signal_index()
        params: dict[str, Any] = {"limit": limit, "cap": limit * 10}
        by_partner = _all_words(_fold_sql("name"), words, params)
        by_code = " AND ".join(f"code LIKE '%' || :w{n} || '%'" for n in range(len(words)))
        terms = [w for w in words if _WORD_CHAR.search(w)]
        params["q"] = " AND ".join('"' + w.replace('"', '""') + '"*' for w in terms)
        observed = (
            f"SELECT rowid FROM temp.{_SIGNAL_INDEX} WHERE {_SIGNAL_INDEX} MATCH :q"
            if terms
            else "SELECT 0 WHERE 0"
        )
        # Every word in one of: what was observed, the reporter's name, the case's code.
        # Each part gives at most `cap` ids, the latest registered first, so a common word
        # among 200,000 signals does not build a set of them all.
        where = (
            f"s.id IN (SELECT * FROM ({observed} ORDER BY rowid DESC LIMIT :cap)"
            " UNION SELECT * FROM (SELECT id FROM signal WHERE reporter_partner_id IN"
            f" (SELECT id FROM partner WHERE {by_partner}) ORDER BY id DESC LIMIT :cap)"
            " UNION SELECT * FROM (SELECT id FROM signal WHERE case_id IN"
            f" (SELECT id FROM case_file WHERE {by_code}) ORDER BY id DESC LIMIT :cap))"
        )
        rows = self._r.query(
            f"""
            SELECT s.id, s.received_on, s.status, coalesce(p.name, '') AS partner, s.observed,
                   coalesce(c.code, '') AS case_code
            FROM signal s
            LEFT JOIN partner p ON p.id = s.reporter_partner_id
            LEFT JOIN case_file c ON c.id = s.case_id
            WHERE s.registered = 1 AND {where}
            ORDER BY s.received_on DESC, s.id DESC LIMIT :limit
            """,
            params,
        )
        return [
            SignalHit(
                int(r["id"]),
                date.fromisoformat(r["received_on"]),
                str(r["status"]),
                str(r["partner"]),
                str(r["observed"]),
                str(r["case_code"]),
            )
            for r in rows
        ]

    def _ensure_signal_index(self) -> None:
        """A word index of what signals describe, built on the first search after an
        unlock and kept current by triggers. It lives in this connection's TEMP schema:
        in memory only (temp_store = MEMORY), gone when the register locks, and not part
        of the file, its backups or its schema version. Folding every signal's text in
        Python took seconds at 200,000 signals; FTS5 folds accents itself, in C."""
        exists = self._r.scalar(
            "SELECT count(*) FROM temp.sqlite_master WHERE name = ?", (_SIGNAL_INDEX,)
        )
        if exists:
            return
        for sql in _SIGNAL_INDEX_SQL:
            self._r.execute(sql)

    def meetings(self, text: str, limit: int, table_words: dict[str, str]) -> list[MeetingHit]:
        """By date (as stored, yyyy-mm-dd), place, chair, the table's label in the
        interface language (`table_words`: kind -> folded label) or an agenda item's
        title."""
        # A typed date (12/11/2026) is compared as stored.
        words, day, _bad = split_person_query(text)
        if day is not None:
            words.append(day.isoformat())
        if not words:
            return []
        params: dict[str, Any] = {"limit": limit}
        kinds = " ".join(f"WHEN '{k}' THEN :t_{k}" for k in table_words if k.isidentifier())
        for kind, label in table_words.items():
            params[f"t_{kind}"] = folded(label)
        label_sql = f"(CASE m.table_kind {kinds} ELSE '' END)" if kinds else "''"
        haystack = (
            f"({F}(m.on_date || ' ' || m.place || ' ' || m.chair || ' ' || coalesce(c.code, ''))"
            f" || ' ' || {label_sql} || ' ' || coalesce((SELECT group_concat({F}(a.title), ' ')"
            " FROM agenda_item a WHERE a.meeting_id = m.id AND a.title <> ''), ''))"
        )
        rows = self._r.query(
            f"""
            SELECT m.id, m.on_date, m.table_kind, m.place, m.status,
                   coalesce(c.code, '') AS case_code
            FROM meeting m LEFT JOIN case_file c ON c.id = m.case_id
            WHERE {_all_words(haystack, words, params)}
            ORDER BY m.on_date DESC LIMIT :limit
            """,
            params,
        )
        return [
            MeetingHit(
                int(r["id"]),
                date.fromisoformat(r["on_date"]),
                str(r["table_kind"]),
                str(r["place"]),
                str(r["status"]),
                str(r["case_code"]),
            )
            for r in rows
        ]

    def persons(self, words: list[str], birth_date: date | None, limit: int) -> list[PersonHit]:
        """Cases whose person matches: every word in the name or the pseudonym, and the
        birth date when one was given. Codes only come back."""
        if not words and birth_date is None:
            return []
        params: dict[str, Any] = {"limit": limit}
        where = []
        if words:
            where.append(
                _all_words(
                    "("
                    + _fold_sql("coalesce(i.name, '')")
                    + " || ' ' || "
                    + _fold_sql("c.pseudonym")
                    + ")",
                    words,
                    params,
                )
            )
        if birth_date is not None:
            params["born"] = birth_date.isoformat()
            where.append("i.birth_date = :born")
        rows = self._r.query(
            "SELECT c.id, c.code FROM case_file c LEFT JOIN case_identity i ON i.case_id = c.id"
            f" WHERE {' AND '.join(where)} ORDER BY c.code LIMIT :limit",
            params,
        )
        return [PersonHit(int(r["id"]), str(r["code"])) for r in rows]
