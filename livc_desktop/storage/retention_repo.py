"""Retention queries and the purge of one case.

The purge runs inside the caller's transaction. Finalised minutes are frozen by triggers
(v0004): their printed snapshot (`meeting.frozen_content`, already pseudonymised: cases
by code only, identity terms redacted) and its hash stay untouched, so they still verify.
What the purge removes from those meetings is the raw, unredacted working material behind
the snapshot (notes, actions, decisions and titles of the case's items) and the links to
the case; the triggers on those child tables are lifted for this one transaction and put
back, from their own stored SQL, before it commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlcipher3 import dbapi2

from livc_desktop.domain.cases import Flag, Phase
from livc_desktop.domain.redaction import folded
from livc_desktop.domain.retention import CaseFacts
from livc_desktop.storage.connection import Register
from livc_desktop.storage.sql_functions import FOLD_FUNCTION

# Child tables whose frozen-minutes triggers the purge lifts (UPDATE and DELETE only).
_FROZEN_TABLES = ("agenda_item", "item_note", "meeting_action", "case_decision")


def _d(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


@dataclass(frozen=True)
class PurgeCounts:
    """How many rows went, per kind (shown to the user; never content)."""

    information: int
    measures: int
    flag_changes: int
    phase_changes: int
    signals: int
    agenda_items: int


class RetentionRepository:
    def __init__(self, register: Register) -> None:
        self._register = register

    # -- retention --------------------------------------------------------------------
    def case_facts(self) -> list[CaseFacts]:
        rows = self._register.query(
            """
            SELECT c.id, c.code, c.phase, c.flag, c.opened_on, c.closed_on,
                   max(c.opened_on,
                       coalesce(c.closed_on, ''),
                       coalesce((SELECT max(received_on) FROM info_item
                                 WHERE case_id = c.id), ''),
                       coalesce((SELECT max(decided_on) FROM case_flag_change
                                 WHERE case_id = c.id), ''),
                       coalesce((SELECT max(changed_on) FROM case_phase_change
                                 WHERE case_id = c.id), ''),
                       coalesce((SELECT max(max(created_on, coalesce(closed_on, '')))
                                 FROM measure WHERE case_id = c.id), ''),
                       coalesce((SELECT max(received_on) FROM signal
                                 WHERE case_id = c.id), '')) AS last_activity
            FROM case_file c
            """
        )
        out = []
        for r in rows:
            out.append(
                CaseFacts(
                    case_id=int(r["id"]),
                    code=str(r["code"]),
                    phase=Phase(r["phase"]),
                    flag=Flag(r["flag"]) if r["flag"] else None,
                    opened_on=date.fromisoformat(r["opened_on"]),
                    closed_on=_d(r["closed_on"]),
                    last_activity=date.fromisoformat(str(r["last_activity"])[:10]),
                )
            )
        return out

    def case_code(self, case_id: int) -> str | None:
        value = self._register.scalar("SELECT code FROM case_file WHERE id = ?", (case_id,))
        return None if value is None else str(value)

    # -- purge ------------------------------------------------------------------------
    def _purge_scope(self, case_id: int) -> tuple[list[int], list[Any]]:
        """The case's signals, and the agenda items about the person: the case's items,
        those of its signals, and every item of a case-team meeting held for this case."""
        r = self._register
        signal_ids = [
            int(x[0]) for x in r.query("SELECT id FROM signal WHERE case_id = ?", (case_id,))
        ]
        marks = ",".join("?" * len(signal_ids)) or "NULL"
        items = r.query(
            f"""
            SELECT a.id, m.minutes_state FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
            WHERE a.case_id = ? OR a.signal_id IN ({marks}) OR m.case_id = ?
            """,
            (case_id, *signal_ids, case_id),
        )
        return signal_ids, items

    def purge_counts(self, case_id: int) -> PurgeCounts:
        """What a purge of this case would remove (for the confirmation)."""
        r = self._register

        def one(sql: str) -> int:
            return int(r.scalar(sql, (case_id,)) or 0)

        signal_ids, items = self._purge_scope(case_id)
        return PurgeCounts(
            information=one("SELECT count(*) FROM info_item WHERE case_id = ?"),
            measures=one("SELECT count(*) FROM measure WHERE case_id = ?"),
            flag_changes=one("SELECT count(*) FROM case_flag_change WHERE case_id = ?"),
            phase_changes=one("SELECT count(*) FROM case_phase_change WHERE case_id = ?"),
            signals=len(signal_ids),
            agenda_items=len(items),
        )

    def purge(self, case_id: int) -> PurgeCounts:
        """Delete the case and everything about it. Call inside a transaction."""
        r = self._register
        counts = self.purge_counts(case_id)
        signal_ids, items = self._purge_scope(case_id)
        marks = ",".join("?" * len(signal_ids)) or "NULL"
        measure_ids = [
            int(x[0]) for x in r.query("SELECT id FROM measure WHERE case_id = ?", (case_id,))
        ]
        triggers = self._lift_frozen_triggers()
        try:
            draft_items = [int(i["id"]) for i in items if i["minutes_state"] == "draft"]
            frozen_items = [int(i["id"]) for i in items if i["minutes_state"] != "draft"]
            for item_id in draft_items:
                r.execute("DELETE FROM agenda_item WHERE id = ?", (item_id,))
            for item_id in frozen_items:
                # The frozen snapshot keeps what was printed (code only, names redacted);
                # the unredacted working notes behind it go.
                r.execute("DELETE FROM item_note WHERE item_id = ?", (item_id,))
                r.execute("DELETE FROM meeting_action WHERE item_id = ?", (item_id,))
                r.execute("DELETE FROM case_decision WHERE item_id = ?", (item_id,))
                r.execute(
                    "UPDATE agenda_item SET title = '', reason = '', case_id = NULL, "
                    "signal_id = NULL WHERE id = ?",
                    (item_id,),
                )
            r.execute("DELETE FROM case_decision WHERE case_id = ?", (case_id,))
            if measure_ids:
                m_marks = ",".join("?" * len(measure_ids))
                r.execute(
                    f"UPDATE meeting_action SET measure_id = NULL WHERE measure_id IN ({m_marks})",
                    measure_ids,
                )
            # A draft case-team meeting of this case goes entirely; a finalised one keeps
            # its frozen minutes without the link.
            r.execute(
                "DELETE FROM meeting WHERE case_id = ? AND minutes_state = 'draft'", (case_id,)
            )
            r.execute("UPDATE meeting SET case_id = NULL WHERE case_id = ?", (case_id,))
            r.execute("UPDATE distribution SET case_id = NULL WHERE case_id = ?", (case_id,))
            # Signals that led to the case describe the person: they go with it (a trace
            # would need status 'not_registered', which would falsify the statistics).
            if signal_ids:
                r.execute(f"DELETE FROM signal WHERE id IN ({marks})", signal_ids)
            # Cascades: identity, phase and flag history, team, measures, information items
            # (and their FTS rows through the delete trigger), cooperation.
            r.execute("DELETE FROM case_file WHERE id = ?", (case_id,))
            # FTS5 'delete' leaves tombstones beside the old tokens until segments merge:
            # merge now so the words are really gone (secure_delete zeroes the freed pages).
            r.execute("INSERT INTO info_item_fts(info_item_fts) VALUES ('optimize')")
        finally:
            self._restore_triggers(triggers)
        return counts

    def _lift_frozen_triggers(self) -> list[tuple[str, str]]:
        marks = ",".join("?" * len(_FROZEN_TABLES))
        rows = self._register.query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            f"AND (tbl_name IN ({marks}) AND (name LIKE '%frozen_update' "
            "OR name LIKE '%frozen_delete') OR name = 'meeting_frozen_fields') ORDER BY name",
            _FROZEN_TABLES,
        )
        triggers = [(str(t["name"]), str(t["sql"])) for t in rows]
        for name, _sql in triggers:
            self._register.execute(f'DROP TRIGGER "{name}"')
        return triggers

    def _restore_triggers(self, triggers: list[tuple[str, str]]) -> None:
        for _name, sql in triggers:
            self._register.execute(sql)

    def vacuum(self) -> bool:
        """Outside any transaction: rebuild the file so freed pages are gone too. False
        when SQLite could not (busy); the deleted rows are gone regardless and their pages
        were zeroed by secure_delete."""
        try:
            self._register.execute("VACUUM")
            self._register.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except dbapi2.Error:
            return False
        return True

    # -- data-subject access ----------------------------------------------------------
    def find_by_name(self, text: str) -> list[tuple[int, str]]:
        """Cases whose identity name contains `text`, accents and case folded both ways
        (in SQLite): (case id, code)."""
        needle = folded(" ".join(text.split()))
        if len(needle) < 2:
            return []
        rows = self._register.query(
            "SELECT c.id, c.code FROM case_identity i JOIN case_file c ON c.id = i.case_id"
            f" WHERE instr({FOLD_FUNCTION}(i.name), ?) > 0",
            (needle,),
        )
        return [(int(row["id"]), str(row["code"])) for row in rows]

    def signals_of(self, case_id: int) -> list[Any]:
        return self._register.query(
            "SELECT id, received_on, channel, status, observed, person_label, urgency, "
            "triage_reason, triaged_on FROM signal WHERE case_id = ? ORDER BY received_on, id",
            (case_id,),
        )

    def meeting_mentions(self, case_id: int) -> list[Any]:
        """The agenda items about this case (raw rows): its own items anywhere, and the
        items with notes or actions of a case-team meeting held for it."""
        return self._register.query(
            """
            SELECT m.id AS meeting_id, m.on_date, m.minutes_state, a.id AS item_id,
                   a.off_record, a.secret
            FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
            WHERE m.status <> 'cancelled'
              AND (a.case_id = :case
                   OR (m.case_id = :case
                       AND (EXISTS (SELECT 1 FROM item_note n WHERE n.item_id = a.id
                                    AND trim(n.text) <> '')
                            OR EXISTS (SELECT 1 FROM meeting_action x
                                       WHERE x.item_id = a.id))))
            ORDER BY m.on_date, a.position
            """,
            {"case": case_id},
        )

    def item_notes(self, item_id: int) -> list[Any]:
        return self._register.query(
            "SELECT kind, text FROM item_note WHERE item_id = ? AND off_record = 0 "
            "AND trim(text) <> '' ORDER BY position, id",
            (item_id,),
        )

    def item_actions(self, item_id: int) -> list[Any]:
        return self._register.query(
            "SELECT who, what, due_on FROM meeting_action WHERE item_id = ? AND off_record = 0 "
            "ORDER BY id",
            (item_id,),
        )

    def case_decisions(self, case_id: int) -> list[Any]:
        return self._register.query(
            """
            SELECT m.on_date, d.kind, d.value, d.justification, d.next_review
            FROM case_decision d JOIN agenda_item a ON a.id = d.item_id
            JOIN meeting m ON m.id = a.meeting_id
            WHERE d.case_id = ? ORDER BY m.on_date, d.id
            """,
            (case_id,),
        )

    # -- record of processing -----------------------------------------------------------
    def count(self, table: str, where: str = "") -> int:
        sql = f'SELECT count(*) FROM "{table}"' + (f" WHERE {where}" if where else "")
        return int(self._register.scalar(sql) or 0)

    def partner_summary(self) -> list[tuple[str, str, str, int, bool]]:
        """(organisation, sector code, own sector label or '', contacts, archived) for every
        registered partner; built-in sector codes are translated by the caller."""
        rows = self._register.query(
            """
            SELECT p.name, p.sector, coalesce(s.label, '') AS label, p.status,
                   (SELECT count(*) FROM partner_contact k
                    WHERE k.partner_id = p.id AND k.status = 'active') AS contacts
            FROM partner p LEFT JOIN sector s ON s.code = p.sector
            ORDER BY p.name COLLATE NOCASE
            """
        )
        return [
            (
                str(r["name"]),
                str(r["sector"]),
                str(r["label"]),
                int(r["contacts"]),
                r["status"] == "archived",
            )
            for r in rows
        ]
