"""The one search across the register: partners, cases, signals and meetings, and the
person search in the identities. Every comparison runs inside SQLite with `livc_fold` on
both sides (accents and case folded both ways) and a LIMIT, so a city's register is never
read into Python to be filtered."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from livc_desktop.domain.redaction import folded
from livc_desktop.storage.connection import Register
from livc_desktop.storage.sql_functions import FOLD_FUNCTION

F = FOLD_FUNCTION


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
        by_name = _all_words(f"{F}(p.name)", words, params)
        by_contact = _all_words(f"{F}(pc.name)", words, params)
        rows = self._r.query(
            f"""
            SELECT p.id, p.name, p.sector, p.status, '' AS contact FROM partner p
            WHERE {by_name}
            UNION ALL
            SELECT p.id, p.name, p.sector, p.status, min(pc.name) AS contact
            FROM partner_contact pc JOIN partner p ON p.id = pc.partner_id
            WHERE {by_contact} AND NOT ({by_name})
            GROUP BY p.id
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
        by_pseudonym = _all_words(f"{F}(c.pseudonym)", words, params)
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
        """By what was observed, the reporting partner or the case's code (a trace without
        consent holds none of these)."""
        words = _words(text)
        if not words:
            return []
        params: dict[str, Any] = {"limit": limit}
        haystack = f"{F}(s.observed || ' ' || coalesce(p.name, '') || ' ' || coalesce(c.code, ''))"
        rows = self._r.query(
            f"""
            SELECT s.id, s.received_on, s.status, coalesce(p.name, '') AS partner, s.observed,
                   coalesce(c.code, '') AS case_code
            FROM signal s
            LEFT JOIN partner p ON p.id = s.reporter_partner_id
            LEFT JOIN case_file c ON c.id = s.case_id
            WHERE s.registered = 1 AND {_all_words(haystack, words, params)}
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
                _all_words(f"({F}(coalesce(i.name, '')) || ' ' || {F}(c.pseudonym))", words, params)
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
