"""The one search across the register: partners, cases, signals and meetings, and the
person search in the identities. Every comparison runs inside SQLite, accents and case
folded both ways: on stored folded keys (migrations v0009, v0011) brought up to date
before each search, or an FTS5 index with remove_diacritics for what signals describe.
Each part reads its kind in the order it shows and stops at its limit, so a common word
costs no more than a rare one and a city's register is never read into Python."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from livc_desktop.domain.redaction import folded
from livc_desktop.storage.case_repo import CaseRepository
from livc_desktop.storage.connection import Register
from livc_desktop.storage.migrations.v0012_search_keys import SIGNAL_ID_MASK, fill_meeting_keys
from livc_desktop.storage.sql_functions import FOLD_FUNCTION

F = FOLD_FUNCTION
_WORD_CHAR = re.compile(r"\w")
#: Separates a case's folded code from its folded pseudonym in `case_file.search_fold`.
_SEP = "char(31)"
#: When the partners (or cases) a search matched have this many signals or more, their
#: newest are found by walking all signals newest first rather than sorting all of theirs.
_MANY = 2000


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


def _bind(words: list[str], params: dict[str, Any]) -> list[str]:
    """Adds the words to `params` under new names; the names."""
    names = []
    for word in words:
        name = f"w{len(params)}"
        params[name] = word
        names.append(name)
    return names


def _all_words(expr: str, words: list[str], params: dict[str, Any]) -> str:
    """SQL: every word occurs in `expr` (already folded)."""
    return " AND ".join(f"instr({expr}, :{n}) > 0" for n in _bind(words, params))


# A case's search key is its folded code, the separator, its folded pseudonym; no word
# holds the separator (it is white space to str.split), so none matches across it, and a
# word is in the code when its first place comes before the separator.
_SEP_AT = f"instr(search_fold, {_SEP})"
_PSEUDONYM_PART = f"substr(search_fold, {_SEP_AT})"


def _code_match(words: list[str], params: dict[str, Any]) -> str:
    """SQL: every word in the case's code."""
    return " AND ".join(
        f"instr(search_fold, :{n}) BETWEEN 1 AND {_SEP_AT}" for n in _bind(words, params)
    )


def _case_match(words: list[str], params: dict[str, Any]) -> str:
    """SQL: every word in the code, or every word in the pseudonym."""
    # The whole key first: most keys hold no word at all, and that test is the cheapest.
    anywhere = _all_words("search_fold", words, params)
    by_code = _code_match(words, params)
    by_pseudonym = _all_words(_PSEUDONYM_PART, words, params)
    return f"{anywhere} AND (({by_code}) OR ({by_pseudonym}))"


class SearchRepository:
    def __init__(self, register: Register) -> None:
        self._r = register

    def refresh_keys(self) -> None:
        """Folds the search keys a write made stale (NULL): none, usually; partial indexes
        find them without reading the tables."""
        if self._r.readonly:
            return
        CaseRepository(self._r).refresh_search_keys()
        stale_partners = self._r.query("SELECT id, name FROM partner WHERE name_fold IS NULL")
        stale_contacts = self._r.query(
            "SELECT id, name FROM partner_contact WHERE name_fold IS NULL"
        )
        stale_meetings = self._r.scalar(
            "SELECT count(*) FROM meeting_search_key WHERE fold IS NULL"
        )
        if not (stale_partners or stale_contacts or stale_meetings):
            return
        with self._r.transaction() as conn:
            conn.executemany(
                "UPDATE partner SET name_fold = ? WHERE id = ?",
                [(folded(str(r[1])), r[0]) for r in stale_partners],
            )
            conn.executemany(
                "UPDATE partner_contact SET name_fold = ? WHERE id = ?",
                [(folded(str(r[1])), r[0]) for r in stale_contacts],
            )
            if stale_meetings:
                fill_meeting_keys(conn)

    def partners(self, text: str, limit: int) -> list[PartnerHit]:
        """Every word in the partner's name or in one of its contact persons' names."""
        words = _words(text)
        if not words:
            return []
        self.refresh_keys()
        params: dict[str, Any] = {"limit": limit}
        match = _all_words("name_fold", words, params)
        # The partners found by name or by a contact, ordered by name from the covering
        # index; the matching contact's name is read only for those shown.
        rows = self._r.query(
            f"""
            WITH found AS (SELECT id FROM partner INDEXED BY partner_search WHERE {match}
                           UNION
                           SELECT partner_id FROM partner_contact
                           INDEXED BY partner_contact_search WHERE {match}),
                 shown AS (SELECT id, name, {match} AS by_name FROM partner
                           INDEXED BY partner_search WHERE id IN found
                           ORDER BY name COLLATE NOCASE, id LIMIT :limit)
            SELECT s.id, s.name, p.sector, p.status,
                   CASE WHEN s.by_name THEN '' ELSE
                       (SELECT min(name) FROM partner_contact INDEXED BY partner_contact_partner
                        WHERE partner_id = s.id AND {match}) END AS contact
            FROM shown s JOIN partner p ON p.id = s.id
            ORDER BY s.name COLLATE NOCASE, s.id
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
        """Every word in the code, or every word in the pseudonym; the identity is searched
        only by `persons` (recorded)."""
        words = _words(text)
        if not words:
            return []
        self.refresh_keys()
        params: dict[str, Any] = {"limit": limit}
        rows = self._r.query(
            f"""
            SELECT c.id, c.code, c.pseudonym, c.flag, c.phase FROM case_file c
            WHERE c.id IN (SELECT id FROM case_file INDEXED BY case_file_list
                           WHERE {_case_match(words, params)}
                           ORDER BY code DESC LIMIT :limit)
            ORDER BY c.code DESC
            """,
            params,
        )
        return [
            CaseHit(int(r["id"]), str(r["code"]), str(r["pseudonym"]), r["flag"], str(r["phase"]))
            for r in rows
        ]

    def signals(self, text: str, limit: int) -> list[SignalHit]:
        """Every word in what was observed (as word starts), in the reporting partner's
        name or in the case's code (a trace without consent holds none of these); the
        most recently received first."""
        words = _words(text)
        if not words:
            return []
        self.refresh_keys()
        ids: set[int] = set()
        terms = [w for w in words if _WORD_CHAR.search(w)]
        if terms:
            query = " AND ".join('"' + w.replace('"', '""') + '"*' for w in terms)
            ids.update(
                int(r[0]) & SIGNAL_ID_MASK
                for r in self._r.query(
                    "SELECT rowid FROM signal_fts WHERE signal_fts MATCH ?"
                    " ORDER BY rowid DESC LIMIT ?",
                    (query, limit),
                )
            )
        params: dict[str, Any] = {}
        partners = [
            int(r[0])
            for r in self._r.query(
                "SELECT id FROM partner INDEXED BY partner_search"
                f" WHERE {_all_words('name_fold', words, params)}",
                params,
            )
        ]
        ids.update(self._newest_signals("reporter_partner_id", partners, limit))
        params = {}
        cases = [
            int(r[0])
            for r in self._r.query(
                "SELECT id FROM case_file INDEXED BY case_file_list"
                f" WHERE {_code_match(words, params)}",
                params,
            )
        ]
        ids.update(self._newest_signals("case_id", cases, limit))
        if not ids:
            return []
        rows = self._r.query(
            f"""
            SELECT s.id, s.received_on, s.status, coalesce(p.name, '') AS partner, s.observed,
                   coalesce(c.code, '') AS case_code
            FROM signal s
            LEFT JOIN partner p ON p.id = s.reporter_partner_id
            LEFT JOIN case_file c ON c.id = s.case_id
            WHERE s.registered = 1 AND s.id IN ({",".join(str(i) for i in sorted(ids))})
            ORDER BY s.received_on DESC, s.id DESC LIMIT ?
            """,
            (limit,),
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

    def _newest_signals(self, column: str, owners: list[int], limit: int) -> list[int]:
        """The `limit` newest registered signals whose `column` is one of `owners`. When
        the owners have few signals, all of theirs are sorted; when they have many, all
        signals are walked newest first until enough are theirs (a narrow index either way,
        so the cost follows the answer, not the register)."""
        if not owners:
            return []
        index = (
            "signal_reporter_received"
            if column == "reporter_partner_id"
            else "signal_case_received"
        )
        wanted = f"{column} IN (SELECT value FROM json_each(:owners)) AND registered = 1"
        params = {"owners": json.dumps(owners), "limit": limit, "many": _MANY}
        theirs = self._r.scalar(
            f"SELECT count(*) FROM (SELECT 1 FROM signal INDEXED BY {index} WHERE {wanted}"
            " LIMIT :many)",
            params,
        )
        walk = "signal_received_owners" if theirs >= _MANY else index
        return [
            int(r[0])
            for r in self._r.query(
                f"SELECT id FROM signal INDEXED BY {walk} WHERE {wanted}"
                " ORDER BY received_on DESC, id DESC LIMIT :limit",
                params,
            )
        ]

    def meetings(self, text: str, limit: int, table_words: dict[str, str]) -> list[MeetingHit]:
        """By date (as stored, yyyy-mm-dd), place, chair, case code, the table's label in
        the interface language (`table_words`: kind -> label) or an agenda item's title;
        the latest first."""
        # A typed date (12/11/2026) is compared as stored.
        words, day, _bad = split_person_query(text)
        if day is not None:
            words.append(day.isoformat())
        if not words:
            return []
        self.refresh_keys()
        params: dict[str, Any] = {"limit": limit}
        labels = {kind: folded(label) for kind, label in table_words.items()}
        # No word holds a space: each is in the stored key or in the table's label, and
        # which labels hold it is known before SQLite reads a key.
        parts = []
        for word, name in zip(words, _bind(words, params), strict=True):
            kinds = sorted(kind for kind, label in labels.items() if word in label)
            in_label = f" OR k.table_kind IN (SELECT value FROM json_each(:{name}_kinds))"
            params[f"{name}_kinds"] = json.dumps(kinds)
            parts.append(f"(instr(k.fold, :{name}) > 0{in_label if kinds else ''})")
        match = " AND ".join(parts)
        rows = self._r.query(
            f"""
            SELECT m.id, m.on_date, m.table_kind, m.place, m.status,
                   coalesce(c.code, '') AS case_code
            FROM meeting m LEFT JOIN case_file c ON c.id = m.case_id
            WHERE m.id IN (SELECT k.meeting_id FROM meeting_search_key k
                           WHERE {match}
                           ORDER BY k.on_date DESC, k.meeting_id DESC LIMIT :limit)
            ORDER BY m.on_date DESC, m.id DESC
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
