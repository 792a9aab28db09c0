"""Case files and everything kept per case. Dates in and out are `datetime.date`."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from livc_desktop.domain.cases import (
    Cooperation,
    CooperationKind,
    Flag,
    FlagChange,
    FollowUp,
    Identity,
    InformationItem,
    Measure,
    MeasureStatus,
    Phase,
    SharingLevel,
)
from livc_desktop.domain.redaction import IdentityRecord, folded
from livc_desktop.storage.case_rows import (
    CASE_EACH,
    CASE_ONE,
    CASE_SELECT,
    CASE_SOME,
    CaseListQuery,
    CaseRow,
    CaseSort,
    CooperationRow,
    FlagEntry,
    InfoRow,
    MeasureRow,
    PhaseEntry,
    TeamRow,
    case_row,
    d,
    iso,
    member,
    now_stamp,
)
from livc_desktop.storage.connection import Register
from livc_desktop.storage.migrations.v0009_case_search_fold import case_key

#: The order of the enum members, as SQL (the list sorts flags and phases as declared).
_FLAG_ORDER = "CASE c.flag " + " ".join(f"WHEN '{f.value}' THEN {n}" for n, f in enumerate(Flag))
_PHASE_ORDER = "CASE c.phase " + " ".join(f"WHEN '{p.value}' THEN {n}" for n, p in enumerate(Phase))
_SORT_SQL = {
    CaseSort.CODE: "c.code",
    CaseSort.PSEUDONYM: "c.pseudonym COLLATE NOCASE",
    CaseSort.FLAG: f"coalesce({_FLAG_ORDER} END, -1)",
    CaseSort.PHASE: f"{_PHASE_ORDER} END",
    CaseSort.LEAD_PARTNER: "coalesce((SELECT name FROM partner WHERE id = c.lead_partner_id),"
    " '') COLLATE NOCASE",
    CaseSort.NEXT_REVIEW: "coalesce(c.next_review, '9999')",
    CaseSort.MEASURES: "(SELECT 10000 * coalesce(sum(due_on IS NOT NULL AND due_on < :today), 0)"
    " + count(*) FROM measure WHERE case_id = c.id AND status = 'open')",
    CaseSort.OPENED: "c.opened_on",
}


class CaseRepository:
    def __init__(self, register: Register) -> None:
        self._r = register

    # -- case files ------------------------------------------------------------------
    def codes_for_year(self, year: int) -> list[str]:
        """The year's highest numbered code (a list of at most one), found by SQLite in the
        year's range of the unique index ('2026-' <= code < '2026.'): reading every code
        of the year made each new case cost more than the one before."""
        rows = self._r.query(
            "SELECT code FROM case_file WHERE code >= ? AND code < ?"
            " AND length(code) > 5 AND substr(code, 6) NOT GLOB '*[^0-9]*'"
            " ORDER BY CAST(substr(code, 6) AS INTEGER) DESC LIMIT 1",
            (f"{year:04d}-", f"{year:04d}."),
        )
        return [str(r[0]) for r in rows]

    def insert_case(
        self,
        code: str,
        opened_on: date,
        pseudonym: str,
        follow_up: FollowUp | None,
        lead_partner_id: int | None,
        municipality: str,
    ) -> int:
        stamp = now_stamp()
        with self._r.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO case_file(code, created_at, updated_at, opened_on, pseudonym,"
                " municipality, phase, phase_since, last_weighed_on, follow_up,"
                " lead_partner_id) VALUES (?, ?, ?, ?, ?, ?, 'registration', ?, ?, ?, ?)",
                (
                    code,
                    stamp,
                    stamp,
                    opened_on.isoformat(),
                    pseudonym,
                    municipality,
                    opened_on.isoformat(),
                    opened_on.isoformat(),
                    follow_up.value if follow_up else None,
                    lead_partner_id,
                ),
            )
            case_id = int(cur.lastrowid)
            conn.execute(
                "INSERT INTO case_phase_change(case_id, from_phase, to_phase, changed_on,"
                " created_at) VALUES (?, NULL, 'registration', ?, ?)",
                (case_id, opened_on.isoformat(), stamp),
            )
        return case_id

    def update_case(
        self,
        case_id: int,
        *,
        pseudonym: str,
        follow_up: FollowUp | None,
        lead_partner_id: int | None,
        municipality: str,
    ) -> None:
        self._r.execute(
            "UPDATE case_file SET pseudonym = ?, follow_up = ?, lead_partner_id = ?,"
            " municipality = ?, updated_at = ? WHERE id = ?",
            (
                pseudonym,
                follow_up.value if follow_up else None,
                lead_partner_id,
                municipality,
                now_stamp(),
                case_id,
            ),
        )

    def get(self, case_id: int, today: date) -> CaseRow | None:
        rows = self._r.query(CASE_ONE, {"id": case_id, "today": iso(today)})
        return case_row(rows[0]) if rows else None

    def list_cases(self, today: date) -> list[CaseRow]:
        """The whole register in one query (5,000 rows of codes and counters)."""
        rows = self._r.query(CASE_SELECT + " ORDER BY c.code DESC", {"today": iso(today)})
        return [case_row(r) for r in rows]

    def count(self) -> int:
        return int(self._r.scalar("SELECT count(*) FROM case_file"))

    def case_list_ids(
        self,
        query: CaseListQuery,
        today: date,
        *,
        limit: int | None = None,
        with_items: bool = True,
    ) -> list[int]:
        """The ids of the case list, filtered and sorted by SQLite: the list holds these
        and reads the rows in view (cases_by_ids), so its cost follows the screen. With
        `limit`, only the first ones (the first screen: SQLite stops early when an index
        gives the order). `with_items=False` leaves the full-text search of the
        information items out (a common word is in a hundred thousand of them)."""
        where: list[str] = []
        params: dict[str, Any] = {"today": iso(today)}
        if query.phase is not None:
            where.append("c.phase = :phase")
            params["phase"] = query.phase.value
        elif query.open_only:
            where.append("c.phase != 'closed'")
        if query.unweighed_only:
            where.append("c.flag IS NULL")
        elif query.flag is not None:
            where.append("c.flag = :flag")
            params["flag"] = query.flag.value
        if query.follow_up is not None:
            where.append("c.follow_up = :follow_up")
            params["follow_up"] = query.follow_up.value
        if query.team_partner_id is not None:
            where.append(
                "c.id IN (SELECT case_id FROM case_team WHERE partner_id = :partner"
                " AND left_on IS NULL)"
            )
            params["partner"] = query.team_partner_id
        if query.due is not None:
            where.append(
                "c.phase != 'closed' AND ((c.next_review IS NOT NULL AND c.next_review <= :due)"
                " OR c.last_weighed_on <= :weighed)"
            )
            params["due"], params["weighed"] = iso(query.due[0]), iso(query.due[1])
        if query.overdue_only:
            where.append(
                "c.id IN (SELECT case_id FROM measure WHERE status = 'open'"
                " AND due_on IS NOT NULL AND due_on < :today)"
            )
        text = query.text.strip()
        if text:
            where.append(self._text_condition(text, params, with_items=with_items))
        order = _SORT_SQL.get(query.sort, "c.code")  # follow-up: its labels' order, below
        direction = "DESC" if query.descending else "ASC"
        if query.sort is CaseSort.FOLLOW_UP:
            ranks = {f: n for n, f in enumerate(query.follow_up_order or tuple(FollowUp))}
            order = (
                "CASE c.follow_up "
                + " ".join(f"WHEN '{f.value}' THEN {ranks.get(f, len(ranks))}" for f in FollowUp)
                + " ELSE -1 END"
            )
        sql = "SELECT c.id FROM case_file c"
        if where:
            sql += " WHERE " + " AND ".join(f"({w})" for w in where)
        sql += f" ORDER BY {order} {direction}"
        if query.sort is not CaseSort.CODE:
            sql += f", c.code {direction}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self._r.conn.cursor()
        cur.row_factory = None  # plain tuples: tens of thousands of ids per call
        return [r[0] for r in cur.execute(sql, params)]

    def _text_condition(self, text: str, params: dict[str, Any], *, with_items: bool = True) -> str:
        self.refresh_search_keys()
        needle = folded(text)
        words = needle.split()
        parts = ["0"]  # nothing matches text that folds to nothing
        if needle:
            parts.append("instr(c.search_fold, :needle) > 0")
            params["needle"] = needle
        if words:
            names = " AND ".join(f"instr(name_fold, :w{n}) > 0" for n in range(len(words[:8])))
            parts.append(f"c.id IN (SELECT case_id FROM case_identity WHERE {names})")
            params.update({f"w{n}": w for n, w in enumerate(words[:8])})
        query = fts_query(text) if with_items else ""
        if query:
            parts.append(
                "c.id IN (SELECT i.case_id FROM info_item i INDEXED BY info_item_id_case"
                " WHERE i.id IN (SELECT rowid FROM info_item_fts WHERE info_item_fts MATCH :fts))"
            )
            params["fts"] = query
        return " OR ".join(parts)

    def name_match_count(self, text: str) -> int:
        """How many cases the person's name matches (every word, folded both ways)."""
        words = folded(text.strip()).split()[:8]
        if not words:
            return 0
        self.refresh_search_keys()
        names = " AND ".join("instr(name_fold, ?) > 0" for _ in words)
        return int(self._r.scalar(f"SELECT count(*) FROM case_identity WHERE {names}", words))

    def refresh_search_keys(self) -> None:
        """Folds the search keys a write made stale (NULL): none, usually; a partial index
        finds them without reading the table."""
        if self._r.readonly:
            return
        stale_cases = self._r.query(
            "SELECT id, code, pseudonym FROM case_file WHERE search_fold IS NULL"
        )
        stale_names = self._r.query(
            "SELECT case_id, name FROM case_identity WHERE name_fold IS NULL"
        )
        if not stale_cases and not stale_names:
            return
        with self._r.transaction() as conn:
            conn.executemany(
                "UPDATE case_file SET search_fold = ? WHERE id = ?",
                [(case_key(str(r[1]), str(r[2])), r[0]) for r in stale_cases],
            )
            conn.executemany(
                "UPDATE case_identity SET name_fold = ? WHERE case_id = ?",
                [(folded(str(r[1])), r[0]) for r in stale_names],
            )

    def cases_by_ids(self, ids: list[int], today: date) -> dict[int, CaseRow]:
        """The list rows of `ids` (those in view), by id; a vanished case is left out."""
        if not ids:
            return {}
        rows = self._r.query(CASE_SOME, {"ids": json.dumps(ids), "today": iso(today)})
        return {int(r["id"]): case_row(r) for r in rows}

    def tallies(self) -> list[tuple[Phase, Flag | None, int]]:
        """Cases per (phase, flag), counted by SQLite."""
        rows = self._r.query(
            "SELECT phase, flag, count(*) FROM case_file INDEXED BY case_file_state"
            " GROUP BY phase, flag"
        )
        return [
            (member(Phase, r[0]), member(Flag, r[1]) if r[1] else None, int(r[2])) for r in rows
        ]

    _DUE = (
        " WHERE c.phase != 'closed' AND ((c.next_review IS NOT NULL"
        " AND c.next_review <= :today) OR c.last_weighed_on <= :weighed)"
    )

    def review_candidates(
        self, today: date, weighed_before: date, *, limit: int | None = None
    ) -> list[CaseRow]:
        """Open cases whose review date has come or that were last weighed on or before
        `weighed_before`: the only ones the review rule can find due (it decides). With
        `limit`, the first ones by code (newest first)."""
        sql = (CASE_SELECT if limit is None else CASE_EACH) + self._DUE + " ORDER BY c.code DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._r.query(sql, {"today": iso(today), "weighed": iso(weighed_before)})
        return [case_row(r) for r in rows]

    def count_review_candidates(self, today: date, weighed_before: date) -> int:
        return int(
            self._r.scalar(
                # The narrow state index holds every column the rule reads.
                "SELECT count(*) FROM case_file c INDEXED BY case_file_state" + self._DUE,
                {"today": iso(today), "weighed": iso(weighed_before)},
            )
        )

    def case_ids_with_team_partner(self, partner_id: int) -> set[int]:
        rows = self._r.query(
            "SELECT DISTINCT case_id FROM case_team WHERE partner_id = ? AND left_on IS NULL",
            (partner_id,),
        )
        return {int(r[0]) for r in rows}

    def search_case_ids(self, text: str) -> set[int]:
        """Cases whose code or pseudonym contains `text` (accents and case folded both
        ways, in SQLite), or with an information item matching it (FTS5, which folds
        accents itself). The identity is not searched here (see case_list_ids)."""
        needle = folded(text.strip())
        found: set[int] = set()
        if needle:
            self.refresh_search_keys()
            found.update(
                int(r[0])
                for r in self._r.query(
                    "SELECT id FROM case_file WHERE instr(search_fold, ?) > 0", (needle,)
                )
            )
        query = fts_query(text)
        if query:
            found.update(
                int(r[0])
                for r in self._r.query(
                    "SELECT DISTINCT i.case_id FROM info_item i INDEXED BY info_item_id_case"
                    " WHERE i.id IN (SELECT rowid FROM info_item_fts WHERE info_item_fts"
                    " MATCH ?)",
                    (query,),
                )
            )
        return found

    # -- phase and flag ----------------------------------------------------------------
    def set_phase(
        self,
        case_id: int,
        from_phase: Phase,
        to_phase: Phase,
        changed_on: date,
        *,
        meeting_id: int | None = None,
        reason: str = "",
        note: str = "",
    ) -> None:
        stamp = now_stamp()
        with self._r.transaction() as conn:
            conn.execute(
                "INSERT INTO case_phase_change(case_id, from_phase, to_phase, changed_on,"
                " meeting_id, reason, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    case_id,
                    from_phase.value,
                    to_phase.value,
                    changed_on.isoformat(),
                    meeting_id,
                    reason,
                    note,
                    stamp,
                ),
            )
            if to_phase is Phase.CLOSED:
                conn.execute(
                    "UPDATE case_file SET phase = 'closed', phase_since = ?, closed_on = ?,"
                    " closure_reason = ?, closure_note = ?, next_review = NULL,"
                    " updated_at = ? WHERE id = ?",
                    (changed_on.isoformat(), changed_on.isoformat(), reason, note, stamp, case_id),
                )
            else:
                conn.execute(
                    "UPDATE case_file SET phase = ?, phase_since = ?, updated_at = ? WHERE id = ?",
                    (to_phase.value, changed_on.isoformat(), stamp, case_id),
                )

    def add_flag_change(self, case_id: int, change: FlagChange) -> int:
        stamp = now_stamp()
        with self._r.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO case_flag_change(case_id, flag, decided_on, meeting_id,"
                " decided_by_person, justification, next_review, handed_to, handed_on,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    case_id,
                    change.flag.value,
                    change.decided_on.isoformat(),
                    change.decided_by_meeting_id,
                    change.decided_by_person.strip(),
                    change.justification,
                    iso(change.next_review),
                    change.handed_to.strip(),
                    iso(change.handed_on),
                    stamp,
                ),
            )
            conn.execute(
                "UPDATE case_file SET flag = ?, flag_since = ?, next_review = ?,"
                " last_weighed_on = max(last_weighed_on, ?), updated_at = ? WHERE id = ?",
                (
                    change.flag.value,
                    change.decided_on.isoformat(),
                    iso(change.next_review),
                    change.decided_on.isoformat(),
                    stamp,
                    case_id,
                ),
            )
        return int(cur.lastrowid)

    def hand_over(self, case_id: int, handed_to: str, handed_on: date, closed_on: date) -> None:
        """Black flag: keep only the fact of the hand-over. Identity, information items,
        measures, team and cooperation go; linked signals are reduced to their trace."""
        stamp = now_stamp()
        with self._r.transaction() as conn:
            for table in ("case_identity", "info_item", "measure", "case_team", "case_cooperation"):
                conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
            # Earlier reasoning in free text may describe the person: blank it too.
            conn.execute(
                "UPDATE case_flag_change SET justification = '' WHERE case_id = ?", (case_id,)
            )
            conn.execute("UPDATE case_phase_change SET note = '' WHERE case_id = ?", (case_id,))
            conn.execute(
                "UPDATE signal SET registered = 0, status = 'not_registered', observed = '',"
                " person_label = '', reporter_name = '', reporter_contact = '',"
                " reporter_contact_id = NULL, triage_reason = '' WHERE case_id = ?",
                (case_id,),
            )
            row = conn.execute("SELECT phase FROM case_file WHERE id = ?", (case_id,)).fetchone()
            conn.execute(
                "INSERT INTO case_phase_change(case_id, from_phase, to_phase, changed_on,"
                " reason, created_at) VALUES (?, ?, 'closed', ?, 'handed_over', ?)",
                (case_id, row["phase"], closed_on.isoformat(), stamp),
            )
            conn.execute(
                "UPDATE case_file SET pseudonym = '', phase = 'closed', phase_since = ?,"
                " closed_on = ?, closure_reason = 'handed_over', closure_note = '',"
                " handed_to = ?, handed_on = ?, next_review = NULL, updated_at = ?"
                " WHERE id = ?",
                (
                    closed_on.isoformat(),
                    closed_on.isoformat(),
                    handed_to.strip(),
                    handed_on.isoformat(),
                    stamp,
                    case_id,
                ),
            )

    def flag_history(self, case_id: int) -> list[FlagEntry]:
        rows = self._r.query(
            "SELECT * FROM case_flag_change WHERE case_id = ? ORDER BY decided_on, id",
            (case_id,),
        )
        return [
            FlagEntry(
                id=int(r["id"]),
                flag=Flag(r["flag"]),
                decided_on=date.fromisoformat(r["decided_on"]),
                meeting_id=r["meeting_id"],
                decided_by_person=str(r["decided_by_person"]),
                justification=str(r["justification"]),
                next_review=d(r["next_review"]),
                handed_to=str(r["handed_to"]),
                handed_on=d(r["handed_on"]),
            )
            for r in rows
        ]

    def phase_history(self, case_id: int) -> list[PhaseEntry]:
        rows = self._r.query(
            "SELECT * FROM case_phase_change WHERE case_id = ? ORDER BY changed_on, id",
            (case_id,),
        )
        return [
            PhaseEntry(
                id=int(r["id"]),
                from_phase=Phase(r["from_phase"]) if r["from_phase"] else None,
                to_phase=Phase(r["to_phase"]),
                changed_on=date.fromisoformat(r["changed_on"]),
                meeting_id=r["meeting_id"],
                reason=str(r["reason"]),
                note=str(r["note"]),
            )
            for r in rows
        ]

    def flag_changes_between(self, start: date, end: date) -> list[tuple[int, Flag, date]]:
        """(case_id, flag, decided_on) up to `end`, oldest first, for the chart of cases by
        flag over time; a case closed before `start` counts at no point of the chart and
        is left out here already."""
        rows = self._r.query(
            "SELECT f.case_id, f.flag, f.decided_on"
            " FROM case_flag_change f INDEXED BY case_flag_change_chart"
            " WHERE f.decided_on <= ?"
            " AND f.case_id NOT IN (SELECT id FROM case_file WHERE closed_on < ?)"
            " ORDER BY f.decided_on, f.id",
            (end.isoformat(), start.isoformat()),
        )
        return [(int(r[0]), member(Flag, r[1]), date.fromisoformat(r[2])) for r in rows]

    def closed_dates(self, since: date | None = None) -> dict[int, date]:
        """Closing days by case; with `since`, of the cases closed on or after it."""
        rows = self._r.query(
            "SELECT id, closed_on FROM case_file WHERE closed_on IS NOT NULL AND closed_on >= ?",
            ((since.isoformat() if since else ""),),
        )
        return {int(r[0]): date.fromisoformat(r[1]) for r in rows}

    # -- identity ----------------------------------------------------------------------
    def identity(self, case_id: int) -> Identity | None:
        rows = self._r.query("SELECT * FROM case_identity WHERE case_id = ?", (case_id,))
        if not rows:
            return None
        r = rows[0]
        return Identity(
            name=str(r["name"]),
            birth_date=d(r["birth_date"]),
            address=str(r["address"]),
            school_work=str(r["school_work"]),
            languages=str(r["languages"]),
        )

    def identity_records(self, case_ids: list[int] | None = None) -> list[IdentityRecord]:
        """What identifies the person of every case (or of `case_ids`): identity fields,
        pseudonym and code, for the redaction of printed text only."""
        sql = (
            "SELECT c.id, c.code, c.pseudonym, i.name, i.birth_date, i.address, i.school_work "
            "FROM case_file c LEFT JOIN case_identity i ON i.case_id = c.id "
            "WHERE (i.case_id IS NOT NULL OR c.pseudonym != '')"
        )
        params: tuple[Any, ...] = ()
        if case_ids is not None:
            sql += f" AND c.id IN ({','.join('?' * len(case_ids))})"
            params = tuple(case_ids)
        records = [
            IdentityRecord(
                case_id=int(r[0]),
                case_code=str(r[1] or ""),
                pseudonym=str(r[2] or ""),
                name=str(r[3] or ""),
                birth_date=d(r[4]),
                address=str(r[5] or ""),
                school_work=str(r[6] or ""),
            )
            for r in self._r.query(sql, params)
        ]
        if case_ids is None:
            # A signal not (yet) made a case names its person by initials or a pseudonym:
            # an identity too. Negative ids keep them apart from the cases' own.
            records += [
                IdentityRecord(case_id=-int(r[0]), pseudonym=str(r[1]))
                for r in self._r.query(
                    "SELECT id, person_label FROM signal"
                    " WHERE case_id IS NULL AND person_label != ''"
                )
            ]
        return records

    def has_identity(self, case_id: int) -> bool:
        return bool(self._r.scalar("SELECT 1 FROM case_identity WHERE case_id = ?", (case_id,)))

    def save_identity(self, case_id: int, identity: Identity) -> None:
        with self._r.transaction() as conn:
            conn.execute(
                "INSERT INTO case_identity(case_id, name, birth_date, address, school_work,"
                " languages) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(case_id) DO UPDATE SET"
                " name = excluded.name, birth_date = excluded.birth_date,"
                " address = excluded.address, school_work = excluded.school_work,"
                " languages = excluded.languages",
                (
                    case_id,
                    identity.name.strip(),
                    iso(identity.birth_date),
                    identity.address.strip(),
                    identity.school_work.strip(),
                    identity.languages.strip(),
                ),
            )
            conn.execute("UPDATE case_file SET updated_at = ? WHERE id = ?", (now_stamp(), case_id))

    # -- team --------------------------------------------------------------------------
    def team(self, case_id: int) -> list[TeamRow]:
        rows = self._r.query(
            "SELECT t.*, coalesce(p.name, '') AS partner FROM case_team t"
            " LEFT JOIN partner p ON p.id = t.partner_id WHERE t.case_id = ?"
            " ORDER BY t.joined_on, t.id",
            (case_id,),
        )
        return [
            TeamRow(
                id=int(r["id"]),
                partner_id=int(r["partner_id"]),
                partner=str(r["partner"]),
                joined_on=date.fromisoformat(r["joined_on"]),
                left_on=d(r["left_on"]),
            )
            for r in rows
        ]

    def team_member_open(self, case_id: int, partner_id: int) -> bool:
        return bool(
            self._r.scalar(
                "SELECT 1 FROM case_team WHERE case_id = ? AND partner_id = ? AND left_on IS NULL",
                (case_id, partner_id),
            )
        )

    def join_team(self, case_id: int, partner_id: int, joined_on: date) -> int:
        cur = self._r.execute(
            "INSERT INTO case_team(case_id, partner_id, joined_on) VALUES (?, ?, ?)",
            (case_id, partner_id, joined_on.isoformat()),
        )
        return int(cur.lastrowid)

    def leave_team(self, team_id: int, left_on: date) -> None:
        self._r.execute(
            "UPDATE case_team SET left_on = ? WHERE id = ? AND left_on IS NULL",
            (left_on.isoformat(), team_id),
        )

    def team_entry(self, team_id: int) -> tuple[int, date, date | None] | None:
        rows = self._r.query(
            "SELECT case_id, joined_on, left_on FROM case_team WHERE id = ?", (team_id,)
        )
        if not rows:
            return None
        return int(rows[0][0]), date.fromisoformat(rows[0][1]), d(rows[0][2])

    # -- measures ----------------------------------------------------------------------
    _MEASURE_SELECT = (
        "SELECT m.*, c.code AS case_code, coalesce(p.name, '') AS partner FROM measure m"
        " JOIN case_file c ON c.id = m.case_id LEFT JOIN partner p ON p.id = m.partner_id"
    )

    @staticmethod
    def _measure(r: Any) -> MeasureRow:
        return MeasureRow(
            id=int(r["id"]),
            case_id=int(r["case_id"]),
            case_code=str(r["case_code"]),
            partner_id=r["partner_id"],
            partner=str(r["partner"]),
            what=str(r["what"]),
            due_on=d(r["due_on"]),
            status=member(MeasureStatus, r["status"]),
            result=str(r["result"]),
            meeting_id=r["meeting_id"],
            created_on=date.fromisoformat(r["created_on"]),
            closed_on=d(r["closed_on"]),
        )

    def add_measure(
        self, case_id: int, m: Measure, created_on: date, meeting_id: int | None
    ) -> int:
        stamp = now_stamp()
        cur = self._r.execute(
            "INSERT INTO measure(case_id, partner_id, what, due_on, status, result, meeting_id,"
            " created_on, created_at, updated_at) VALUES (?, ?, ?, ?, 'open', '', ?, ?, ?, ?)",
            (
                case_id,
                m.partner_id,
                m.what.strip(),
                iso(m.due_on),
                meeting_id,
                created_on.isoformat(),
                stamp,
                stamp,
            ),
        )
        return int(cur.lastrowid)

    def set_measure_status(
        self, measure_id: int, status: MeasureStatus, result: str, on: date
    ) -> None:
        self._r.execute(
            "UPDATE measure SET status = ?, result = ?, closed_on = ?, updated_at = ? WHERE id = ?",
            (
                status.value,
                result.strip(),
                None if status is MeasureStatus.OPEN else on.isoformat(),
                now_stamp(),
                measure_id,
            ),
        )

    def measure(self, measure_id: int) -> MeasureRow | None:
        rows = self._r.query(self._MEASURE_SELECT + " WHERE m.id = ?", (measure_id,))
        return self._measure(rows[0]) if rows else None

    def measures(self, case_id: int) -> list[MeasureRow]:
        rows = self._r.query(
            self._MEASURE_SELECT + " WHERE m.case_id = ? ORDER BY m.due_on IS NULL, m.due_on, m.id",
            (case_id,),
        )
        return [self._measure(r) for r in rows]

    def open_measures_due_by(
        self, day: date, *, strictly_before: bool, limit: int | None = None
    ) -> list[MeasureRow]:
        """Open measures due before (or on) `day`, the longest overdue first; with
        `limit`, only the first ones."""
        op = "<" if strictly_before else "<="
        sql = (
            self._MEASURE_SELECT + f" WHERE m.status = 'open' AND m.due_on IS NOT NULL"
            f" AND m.due_on {op} ? ORDER BY m.due_on, m.id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._r.query(sql, (day.isoformat(),))
        return [self._measure(r) for r in rows]

    def count_open_measures_due_by(self, day: date, *, strictly_before: bool) -> int:
        op = "<" if strictly_before else "<="
        return int(
            self._r.scalar(
                "SELECT count(*) FROM measure WHERE status = 'open' AND due_on IS NOT NULL"
                f" AND due_on {op} ?",
                (day.isoformat(),),
            )
        )

    # -- information items ---------------------------------------------------------------
    def add_info(self, case_id: int, item: InformationItem) -> int:
        cur = self._r.execute(
            "INSERT INTO info_item(case_id, received_on, source_partner_id, content, consent,"
            " sharing, secret, not_for_minutes, created_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)",
            (
                case_id,
                item.received_on.isoformat(),
                item.source_partner_id,
                item.content,
                item.sharing.value,
                int(item.secret),
                int(item.not_for_minutes),
                now_stamp(),
            ),
        )
        return int(cur.lastrowid)

    def add_info_many(self, items: list[tuple[int, InformationItem]]) -> None:
        stamp = now_stamp()
        with self._r.transaction() as conn:
            conn.executemany(
                "INSERT INTO info_item(case_id, received_on, source_partner_id, content,"
                " consent, sharing, secret, not_for_minutes, created_at)"
                " VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)",
                [
                    (
                        case_id,
                        item.received_on.isoformat(),
                        item.source_partner_id,
                        item.content,
                        item.sharing.value,
                        int(item.secret),
                        int(item.not_for_minutes),
                        stamp,
                    )
                    for case_id, item in items
                ],
            )

    _INFO_SELECT = (
        "SELECT i.*, coalesce(p.name, '') AS partner FROM info_item i"
        " LEFT JOIN partner p ON p.id = i.source_partner_id"
    )

    @staticmethod
    def _info(r: Any) -> InfoRow:
        return InfoRow(
            id=int(r["id"]),
            case_id=int(r["case_id"]),
            received_on=date.fromisoformat(r["received_on"]),
            source_partner_id=r["source_partner_id"],
            source_partner=str(r["partner"]),
            content=str(r["content"]),
            sharing=SharingLevel(r["sharing"]),
            secret=bool(r["secret"]),
            not_for_minutes=bool(r["not_for_minutes"]),
        )

    def info_items(self, case_id: int) -> list[InfoRow]:
        rows = self._r.query(
            self._INFO_SELECT + " WHERE i.case_id = ? ORDER BY i.received_on, i.id", (case_id,)
        )
        return [self._info(r) for r in rows]

    def info_item(self, item_id: int) -> InfoRow | None:
        rows = self._r.query(self._INFO_SELECT + " WHERE i.id = ?", (item_id,))
        return self._info(rows[0]) if rows else None

    def update_info(self, item_id: int, item: InformationItem) -> None:
        # The FTS triggers follow the new content, so search never finds the old text.
        self._r.execute(
            "UPDATE info_item SET received_on = ?, source_partner_id = ?, content = ?,"
            " sharing = ?, secret = ?, not_for_minutes = ? WHERE id = ?",
            (
                item.received_on.isoformat(),
                item.source_partner_id,
                item.content,
                item.sharing.value,
                int(item.secret),
                int(item.not_for_minutes),
                item_id,
            ),
        )

    def delete_info(self, item_id: int) -> None:
        # A real delete, as purge and hand-over do: the delete trigger takes the text out
        # of the full-text index too, and no reader has to skip tombstones.
        self._r.execute("DELETE FROM info_item WHERE id = ?", (item_id,))

    # -- cooperation -----------------------------------------------------------------------
    def add_cooperation(self, case_id: int, c: Cooperation) -> int:
        cur = self._r.execute(
            "INSERT INTO case_cooperation(case_id, kind, name, contact, exchanged_on)"
            " VALUES (?, ?, ?, ?, ?)",
            (case_id, c.kind.value, c.name.strip(), c.contact.strip(), iso(c.exchanged_on)),
        )
        return int(cur.lastrowid)

    def cooperation(self, case_id: int) -> list[CooperationRow]:
        rows = self._r.query(
            "SELECT * FROM case_cooperation WHERE case_id = ? ORDER BY exchanged_on, id",
            (case_id,),
        )
        return [
            CooperationRow(
                id=int(r["id"]),
                kind=CooperationKind(r["kind"]),
                name=str(r["name"]),
                contact=str(r["contact"]),
                exchanged_on=d(r["exchanged_on"]),
            )
            for r in rows
        ]

    # -- partners (read-only; the partner feature owns them) -------------------------------
    def partner_choices(self) -> list[tuple[int, str]]:
        rows = self._r.query(
            "SELECT id, name FROM partner WHERE status = 'active' ORDER BY name COLLATE NOCASE"
        )
        return [(int(r[0]), str(r[1])) for r in rows]

    def partner_exists(self, partner_id: int) -> bool:
        return bool(self._r.scalar("SELECT 1 FROM partner WHERE id = ?", (partner_id,)))

    def contact_partner(self, contact_id: int) -> int | None:
        v = self._r.scalar("SELECT partner_id FROM partner_contact WHERE id = ?", (contact_id,))
        return None if v is None else int(v)

    def contacts_of(self, partner_id: int) -> list[tuple[int, str]]:
        rows = self._r.query(
            "SELECT id, name FROM partner_contact WHERE partner_id = ? AND status = 'active'"
            " ORDER BY name COLLATE NOCASE",
            (partner_id,),
        )
        return [(int(r[0]), str(r[1])) for r in rows]


#: Words shorter than this are searched as whole words, not as prefixes: the first
#: keystroke ("s*") would otherwise match nearly every information item of the register
#: (99,000 of 100,000 at city size: 80 ms per keystroke, against a budget of 50).
FTS_MIN_PREFIX = 3


def fts_query(text: str) -> str:
    """User text as an FTS5 query: every word as a quoted term, a prefix term from
    FTS_MIN_PREFIX characters on (no FTS syntax reaches the engine, so quotes or operators
    typed by the user cannot break it)."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " ".join('"' + w + '"' + ("*" if len(w) >= FTS_MIN_PREFIX else "") for w in words[:8])
