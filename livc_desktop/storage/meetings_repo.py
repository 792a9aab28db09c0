"""Meetings in the register. Each write is one short transaction (the run screen saves
as the officer types). Frozen minutes are protected by triggers (v0004): an edit raises
`MinutesLocked`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlcipher3 import dbapi2

from livc_desktop.domain.cases import Flag, Phase
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.meetings import (
    Action,
    Addendum,
    AgendaItem,
    AttendanceEntry,
    CaseDecision,
    DecisionKind,
    Guest,
    ItemKind,
    Meeting,
    MinutesLocked,
    Note,
    NoteKind,
    Recurrence,
)
from livc_desktop.domain.minutes import (
    PrintedAgendaLine,
)
from livc_desktop.storage.connection import Register
from livc_desktop.storage.meeting_rows import (
    action_row,
    as_bool,
    attendance_row,
    db_value,
    guarded,
    item_row,
    meeting_row,
    note_row,
    now,
)

_MEETING_FIELDS = frozenset(
    {
        "table_kind",
        "case_id",
        "on_date",
        "start_time",
        "end_time",
        "place",
        "chair",
        "minute_taker",
        "status",
        "series_id",
    }
)
_ITEM_FIELDS = frozenset(
    {"title", "planned_minutes", "off_record", "secret", "kind", "case_id", "signal_id", "reason"}
)
_NOTE_FIELDS = frozenset({"text", "off_record", "secret", "kind"})
_ACTION_FIELDS = frozenset({"who", "what", "due_on", "off_record", "partner_id", "measure_id"})
_ATTENDANCE_FIELDS = frozenset(
    {"status", "sent_info", "arrived_at", "left_at", "role", "organisation"}
)
_GUEST_FIELDS = frozenset({"name", "organisation", "capacity", "undertaking_signed"})


# What a Meeting holds (meeting_row), without the frozen minutes and agenda.
_LIST_COLUMNS = (
    "id, series_id, table_kind, case_id, on_date, start_time, end_time, place, chair,"
    " minute_taker, status, minutes_state, content_hash, finalised_at, approved_on,"
    " approved_by_meeting_id, approval_remarks, agenda_sent_at"
)


class MeetingRepository:
    def __init__(self, register: Register) -> None:
        self._r = register

    # -- meetings ---------------------------------------------------------------------------
    def create(self, table_kind: TableKind, on_date: date, **fields: Any) -> int:
        stamp = now()
        extra = {k: db_value(v) for k, v in fields.items() if k in _MEETING_FIELDS | {"series_id"}}
        cols = ["table_kind", "on_date", "created_at", "updated_at", *extra]
        values = [table_kind.value, on_date.isoformat(), stamp, stamp, *extra.values()]
        with guarded(self._r) as conn:
            cur = conn.execute(
                f"INSERT INTO meeting({', '.join(cols)}) VALUES({', '.join('?' * len(cols))})",
                values,
            )
            return int(cur.lastrowid)

    def update(self, meeting_id: int, **fields: Any) -> None:
        unknown = set(fields) - _MEETING_FIELDS
        if unknown:
            raise ValueError(f"unknown meeting fields: {sorted(unknown)}")
        if not fields:
            return
        sets = ", ".join(f"{k} = ?" for k in fields)
        with guarded(self._r) as conn:
            conn.execute(
                f"UPDATE meeting SET {sets}, updated_at = ? WHERE id = ?",
                [*(db_value(v) for v in fields.values()), now(), meeting_id],
            )

    def delete(self, meeting_id: int) -> None:
        with guarded(self._r) as conn:
            conn.execute("DELETE FROM meeting WHERE id = ?", (meeting_id,))

    def get(self, meeting_id: int) -> Meeting | None:
        rows = self._r.query("SELECT * FROM meeting WHERE id = ?", (meeting_id,))
        return meeting_row(rows[0]) if rows else None

    def list_all(self) -> list[Meeting]:
        # Every column a Meeting holds, not the frozen minutes and agenda (JSON texts that
        # made reading a long list of meetings several times slower).
        rows = self._r.query(
            f"SELECT {_LIST_COLUMNS} FROM meeting ORDER BY on_date DESC, start_time DESC, id"
        )
        return [meeting_row(r) for r in rows]

    def count(self) -> int:
        return int(self._r.scalar("SELECT count(*) FROM meeting"))

    def exists(self, meeting_id: int) -> bool:
        return bool(self._r.scalar("SELECT 1 FROM meeting WHERE id = ?", (meeting_id,)))

    def default_id(self, today: date) -> int | None:
        """The meeting a list of every meeting starts on: the next one from `today` (the
        latest start first on that day), else the latest."""
        found = self._r.scalar(
            "SELECT id FROM meeting WHERE on_date >= ? ORDER BY on_date, start_time DESC, id"
            " LIMIT 1",
            (today.isoformat(),),
        )
        if found is None:
            found = self._r.scalar(
                "SELECT id FROM meeting ORDER BY on_date DESC, start_time DESC, id LIMIT 1"
            )
        return None if found is None else int(found)

    def later_of_table(self, meeting: Meeting) -> list[Meeting]:
        """The meetings of the same table after the day of `meeting`, latest first."""
        rows = self._r.query(
            f"SELECT {_LIST_COLUMNS} FROM meeting WHERE table_kind = ? AND on_date > ?"
            " ORDER BY on_date DESC, start_time DESC, id",
            (meeting.table_kind.value, meeting.on_date.isoformat()),
        )
        return [meeting_row(r) for r in rows]

    def identity_state(self) -> object:
        """A value that changes whenever an identity that redaction blanks may have changed
        (case_identity, a case's code or pseudonym, a signal's person label), by any
        writer on this connection or a commit on another: what the register's redactor
        is cached by. Temporary triggers (this connection's own, never in the file) give
        it a new random value on each such change; a rollback restores an older value,
        which no later change can give again."""
        try:
            token = self._r.scalar("SELECT token FROM temp.livc_identity_state")
        except dbapi2.OperationalError:  # not there yet, or gone with a rolled-back write
            token = self._install_identity_triggers()
        version = self._r.scalar("PRAGMA data_version")
        return (token, version)

    def _install_identity_triggers(self) -> object:
        if self._r.readonly:
            # A read-only connection changes nothing itself; data_version sees the others.
            return "read-only"
        watched = (
            ("case_identity", "INSERT", ""),
            ("case_identity", "UPDATE", ""),
            ("case_identity", "DELETE", ""),
            ("case_file", "INSERT", ""),
            (
                "case_file",
                "UPDATE OF code, pseudonym",
                "WHEN old.code IS NOT new.code OR old.pseudonym IS NOT new.pseudonym",
            ),
            ("case_file", "DELETE", ""),
            ("signal", "INSERT", ""),
            (
                "signal",
                "UPDATE OF person_label, case_id",
                "WHEN old.person_label IS NOT new.person_label OR old.case_id IS NOT new.case_id",
            ),
            ("signal", "DELETE", ""),
        )
        script = [
            "CREATE TEMP TABLE IF NOT EXISTS livc_identity_state(token BLOB NOT NULL)",
            "DELETE FROM temp.livc_identity_state",
            "INSERT INTO temp.livc_identity_state VALUES (randomblob(16))",
        ]
        for n, (table, event, when) in enumerate(watched):
            script.append(
                f"CREATE TEMP TRIGGER IF NOT EXISTS livc_identity_{n} AFTER {event}"
                f" ON main.{table} FOR EACH ROW {when} BEGIN"
                " UPDATE temp.livc_identity_state SET token = randomblob(16); END"
            )
        for statement in script:
            self._r.execute(statement)
        return self._r.scalar("SELECT token FROM temp.livc_identity_state")

    def next_after(self, meeting: Meeting) -> Meeting | None:
        day = meeting.on_date.isoformat()
        rows = self._r.query(
            "SELECT * FROM meeting WHERE table_kind = ? AND status <> 'cancelled' "
            "AND (on_date > ? OR (on_date = ? AND id > ?)) ORDER BY on_date, id LIMIT 1",
            (meeting.table_kind.value, day, day, meeting.id),
        )
        return meeting_row(rows[0]) if rows else None

    def previous_before(self, meeting: Meeting) -> Meeting | None:
        rows = self._r.query(
            "SELECT * FROM meeting WHERE table_kind = ? AND status <> 'cancelled' "
            "AND on_date < ? ORDER BY on_date DESC, id DESC LIMIT 1",
            (meeting.table_kind.value, meeting.on_date.isoformat()),
        )
        return meeting_row(rows[0]) if rows else None

    def create_series(self, table_kind: TableKind, rule: Recurrence, every_days: int) -> int:
        with guarded(self._r) as conn:
            cur = conn.execute(
                "INSERT INTO meeting_series(table_kind, rule, every_days, created_at) "
                "VALUES(?, ?, ?, ?)",
                (table_kind.value, rule.value, every_days, now()),
            )
            return int(cur.lastrowid)

    def series_rule(self, series_id: int) -> tuple[Recurrence, int] | None:
        rows = self._r.query(
            "SELECT rule, every_days FROM meeting_series WHERE id = ?", (series_id,)
        )
        return (Recurrence(rows[0]["rule"]), int(rows[0]["every_days"])) if rows else None

    def series_dates(self, series_id: int) -> list[date]:
        return [
            date.fromisoformat(r[0])
            for r in self._r.query(
                "SELECT on_date FROM meeting WHERE series_id = ? ORDER BY on_date", (series_id,)
            )
        ]

    def mark_agenda_sent(self, meeting_id: int, agenda: list[PrintedAgendaLine]) -> None:
        payload = json.dumps([a.__dict__ for a in agenda], ensure_ascii=False)
        with guarded(self._r) as conn:
            conn.execute(
                "UPDATE meeting SET agenda_sent_at = ?, agenda_as_sent = ?, updated_at = ? "
                "WHERE id = ?",
                (now(), payload, now(), meeting_id),
            )

    def agenda_as_sent(self, meeting_id: int) -> list[PrintedAgendaLine] | None:
        raw = self._r.scalar("SELECT agenda_as_sent FROM meeting WHERE id = ?", (meeting_id,))
        if not raw:
            return None
        return [PrintedAgendaLine(**a) for a in json.loads(raw)]

    def draft_agendas_sent(self) -> list[tuple[int, list[PrintedAgendaLine]]]:
        """The agendas "as sent" of meetings whose minutes are still draft."""
        rows = self._r.query(
            "SELECT id, agenda_as_sent FROM meeting "
            "WHERE minutes_state = 'draft' AND agenda_as_sent != ''"
        )
        return [(int(r[0]), [PrintedAgendaLine(**a) for a in json.loads(r[1])]) for r in rows]

    def replace_agenda_as_sent(self, meeting_id: int, agenda: list[PrintedAgendaLine]) -> None:
        """Only for blanking identities: the sending date stays."""
        payload = json.dumps([a.__dict__ for a in agenda], ensure_ascii=False)
        with guarded(self._r) as conn:
            conn.execute(
                "UPDATE meeting SET agenda_as_sent = ? WHERE id = ? AND minutes_state = 'draft'",
                (payload, meeting_id),
            )

    def freeze(self, meeting_id: int, content: dict[str, object], content_hash: str) -> None:
        payload = json.dumps(content, ensure_ascii=False, sort_keys=True)
        with guarded(self._r) as conn:
            cur = conn.execute(
                "UPDATE meeting SET frozen_content = ?, content_hash = ?, finalised_at = ?, "
                "minutes_state = 'finalised', status = CASE status WHEN 'planned' THEN 'held' "
                "ELSE status END, updated_at = ? WHERE id = ? AND minutes_state = 'draft'",
                (payload, content_hash, now(), now(), meeting_id),
            )
            if cur.rowcount != 1:
                raise MinutesLocked("not_draft")

    def frozen_content(self, meeting_id: int) -> dict[str, Any] | None:
        raw = self._r.scalar("SELECT frozen_content FROM meeting WHERE id = ?", (meeting_id,))
        return json.loads(raw) if raw else None

    def approve(self, meeting_id: int, by_meeting_id: int, on_date: date, remarks: str) -> None:
        with guarded(self._r) as conn:
            cur = conn.execute(
                "UPDATE meeting SET minutes_state = 'approved', approved_by_meeting_id = ?, "
                "approved_on = ?, approval_remarks = ?, updated_at = ? "
                "WHERE id = ? AND minutes_state = 'finalised'",
                (by_meeting_id, on_date.isoformat(), remarks, now(), meeting_id),
            )
            if cur.rowcount != 1:
                raise MinutesLocked("not_finalised")

    # -- addenda -------------------------------------------------------------------------
    def add_addendum(self, meeting_id: int, text: str, chained_hash: str) -> int:
        with guarded(self._r) as conn:
            number = int(
                conn.execute(
                    "SELECT coalesce(max(number), 0) + 1 FROM minutes_addendum "
                    "WHERE meeting_id = ?",
                    (meeting_id,),
                ).fetchone()[0]
            )
            conn.execute(
                "INSERT INTO minutes_addendum(meeting_id, number, text, content_hash, "
                "created_at) VALUES(?, ?, ?, ?, ?)",
                (meeting_id, number, text, chained_hash, now()),
            )
            return number

    def addenda(self, meeting_id: int) -> list[Addendum]:
        return [
            Addendum(int(r["number"]), str(r["text"]), str(r["created_at"]), str(r["content_hash"]))
            for r in self._r.query(
                "SELECT * FROM minutes_addendum WHERE meeting_id = ? ORDER BY number",
                (meeting_id,),
            )
        ]

    # -- agenda ------------------------------------------------------------------------------
    def items(self, meeting_id: int) -> list[AgendaItem]:
        rows = self._r.query(
            "SELECT i.*, coalesce(c.code, '') AS case_code FROM agenda_item i "
            "LEFT JOIN case_file c ON c.id = i.case_id WHERE i.meeting_id = ? "
            "ORDER BY i.position, i.id",
            (meeting_id,),
        )
        return [item_row(r) for r in rows]

    def item(self, item_id: int) -> AgendaItem | None:
        rows = self._r.query(
            "SELECT i.*, coalesce(c.code, '') AS case_code FROM agenda_item i "
            "LEFT JOIN case_file c ON c.id = i.case_id WHERE i.id = ?",
            (item_id,),
        )
        return item_row(rows[0]) if rows else None

    def add_item(self, meeting_id: int, kind: ItemKind, **fields: Any) -> int:
        extra = {k: db_value(v) for k, v in fields.items() if k in _ITEM_FIELDS}
        position = fields.get("position")
        with guarded(self._r) as conn:
            if position is None:
                position = int(
                    conn.execute(
                        "SELECT coalesce(max(position), 0) + 1 FROM agenda_item "
                        "WHERE meeting_id = ?",
                        (meeting_id,),
                    ).fetchone()[0]
                )
            cols = ["meeting_id", "kind", "position", "updated_at", *extra]
            cur = conn.execute(
                f"INSERT INTO agenda_item({', '.join(cols)}) VALUES({', '.join('?' * len(cols))})",
                [meeting_id, kind.value, position, now(), *extra.values()],
            )
            return int(cur.lastrowid)

    def update_item(self, item_id: int, **fields: Any) -> None:
        self._update("agenda_item", _ITEM_FIELDS, item_id, fields, stamp=True)

    def delete_item(self, item_id: int) -> None:
        with guarded(self._r) as conn:
            conn.execute("DELETE FROM agenda_item WHERE id = ?", (item_id,))

    def reorder(self, meeting_id: int, item_ids: Sequence[int]) -> None:
        with guarded(self._r) as conn:
            for position, item_id in enumerate(item_ids, start=1):
                conn.execute(
                    "UPDATE agenda_item SET position = ? WHERE id = ? AND meeting_id = ?",
                    (position, item_id, meeting_id),
                )

    def meeting_of_item(self, item_id: int) -> int | None:
        value = self._r.scalar("SELECT meeting_id FROM agenda_item WHERE id = ?", (item_id,))
        return None if value is None else int(value)

    # -- notes, actions, decisions ---------------------------------------------------------------
    def notes(self, meeting_id: int) -> list[Note]:
        rows = self._r.query(
            "SELECT n.* FROM item_note n JOIN agenda_item i ON i.id = n.item_id "
            "WHERE i.meeting_id = ? ORDER BY n.position, n.id",
            (meeting_id,),
        )
        return [note_row(r) for r in rows]

    def add_note(self, item_id: int, kind: NoteKind, text: str = "", **flags: Any) -> int:
        with guarded(self._r) as conn:
            position = int(
                conn.execute(
                    "SELECT coalesce(max(position), 0) + 1 FROM item_note WHERE item_id = ?",
                    (item_id,),
                ).fetchone()[0]
            )
            cur = conn.execute(
                "INSERT INTO item_note(item_id, kind, text, off_record, secret, position, "
                "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?)",
                (
                    item_id,
                    kind.value,
                    text,
                    int(bool(flags.get("off_record"))),
                    int(bool(flags.get("secret"))),
                    position,
                    now(),
                ),
            )
            return int(cur.lastrowid)

    def update_note(self, note_id: int, **fields: Any) -> None:
        self._update("item_note", _NOTE_FIELDS, note_id, fields, stamp=True)

    def delete_note(self, note_id: int) -> None:
        with guarded(self._r) as conn:
            conn.execute("DELETE FROM item_note WHERE id = ?", (note_id,))

    def item_of_note(self, note_id: int) -> int | None:
        value = self._r.scalar("SELECT item_id FROM item_note WHERE id = ?", (note_id,))
        return None if value is None else int(value)

    def actions(self, meeting_id: int) -> list[Action]:
        rows = self._r.query(
            "SELECT a.* FROM meeting_action a JOIN agenda_item i ON i.id = a.item_id "
            "WHERE i.meeting_id = ? ORDER BY i.position, a.id",
            (meeting_id,),
        )
        return [action_row(r) for r in rows]

    def add_action(self, item_id: int, what: str, **fields: Any) -> int:
        extra = {k: db_value(v) for k, v in fields.items() if k in _ACTION_FIELDS}
        if extra.get("due_on") is None:
            extra["due_on"] = ""  # stored as text; no date is the empty text
        cols = ["item_id", "what", "updated_at", *extra]
        with guarded(self._r) as conn:
            cur = conn.execute(
                f"INSERT INTO meeting_action({', '.join(cols)}) "
                f"VALUES({', '.join('?' * len(cols))})",
                [item_id, what, now(), *extra.values()],
            )
            return int(cur.lastrowid)

    def update_action(self, action_id: int, **fields: Any) -> None:
        self._update("meeting_action", _ACTION_FIELDS, action_id, fields, stamp=True)

    def delete_action(self, action_id: int) -> None:
        with guarded(self._r) as conn:
            conn.execute("DELETE FROM meeting_action WHERE id = ?", (action_id,))

    def action(self, action_id: int) -> Action | None:
        rows = self._r.query("SELECT * FROM meeting_action WHERE id = ?", (action_id,))
        return action_row(rows[0]) if rows else None

    # The measure a case item's action became: corrected or removed with the action while
    # nobody has followed it up yet (the cases feature owns it from then on).
    def measure_open(self, measure_id: int) -> bool:
        status = self._r.scalar("SELECT status FROM measure WHERE id = ?", (measure_id,))
        return bool(status == "open")

    def correct_open_measure(
        self, measure_id: int, what: str, partner_id: int | None, due_on: date | None
    ) -> None:
        with guarded(self._r) as conn:
            conn.execute(
                "UPDATE measure SET what = ?, partner_id = ?, due_on = ?, updated_at = ? "
                "WHERE id = ? AND status = 'open'",
                (what, partner_id, due_on.isoformat() if due_on else None, now(), measure_id),
            )

    def delete_open_measure(self, measure_id: int) -> None:
        with guarded(self._r) as conn:
            conn.execute("DELETE FROM measure WHERE id = ? AND status = 'open'", (measure_id,))

    def decisions(self, meeting_id: int) -> list[CaseDecision]:
        rows = self._r.query(
            "SELECT d.* FROM case_decision d JOIN agenda_item i ON i.id = d.item_id "
            "WHERE i.meeting_id = ? ORDER BY i.position, d.id",
            (meeting_id,),
        )
        out = []
        for r in rows:
            kind = DecisionKind(r["kind"])
            out.append(
                CaseDecision(
                    int(r["id"]),
                    int(r["item_id"]),
                    int(r["case_id"]),
                    kind,
                    Flag(r["value"]) if kind is DecisionKind.FLAG else Phase(r["value"]),
                    str(r["justification"]),
                    date.fromisoformat(r["next_review"]) if r["next_review"] else None,
                )
            )
        return out

    def add_decision(
        self,
        item_id: int,
        case_id: int,
        kind: DecisionKind,
        value: Flag | Phase,
        justification: str,
        next_review: date | None,
    ) -> int:
        with guarded(self._r) as conn:
            cur = conn.execute(
                "INSERT INTO case_decision(item_id, case_id, kind, value, justification, "
                "next_review, created_at) VALUES(?, ?, ?, ?, ?, ?, ?)",
                (
                    item_id,
                    case_id,
                    kind.value,
                    value.value,
                    justification,
                    next_review.isoformat() if next_review else "",
                    now(),
                ),
            )
            return int(cur.lastrowid)

    # -- attendance -------------------------------------------------------------------------
    def attendance(self, meeting_id: int) -> list[AttendanceEntry]:
        rows = self._r.query(
            "SELECT * FROM attendance WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
        )
        return [attendance_row(r) for r in rows]

    def add_attendance(self, meeting_id: int, name: str, **fields: Any) -> int:
        allowed = _ATTENDANCE_FIELDS | {"contact_id", "partner_id", "position"}
        extra = {k: db_value(v) for k, v in fields.items() if k in allowed}
        cols = ["meeting_id", "name", *extra]
        with guarded(self._r) as conn:
            cur = conn.execute(
                f"INSERT INTO attendance({', '.join(cols)}) VALUES({', '.join('?' * len(cols))})",
                [meeting_id, name, *extra.values()],
            )
            return int(cur.lastrowid)

    def update_attendance(self, entry_id: int, **fields: Any) -> None:
        self._update("attendance", _ATTENDANCE_FIELDS, entry_id, fields, stamp=False)

    def delete_attendance(self, entry_id: int) -> None:
        with guarded(self._r) as conn:
            conn.execute("DELETE FROM attendance WHERE id = ?", (entry_id,))

    def guests(self, meeting_id: int) -> list[Guest]:
        rows = self._r.query(
            "SELECT * FROM meeting_guest WHERE meeting_id = ? ORDER BY id", (meeting_id,)
        )
        return [
            Guest(
                int(r["id"]),
                int(r["meeting_id"]),
                str(r["name"]),
                str(r["organisation"]),
                str(r["capacity"]),
                as_bool(r["undertaking_signed"]),
            )
            for r in rows
        ]

    def add_guest(self, meeting_id: int, name: str, **fields: Any) -> int:
        extra = {k: db_value(v) for k, v in fields.items() if k in _GUEST_FIELDS - {"name"}}
        cols = ["meeting_id", "name", *extra]
        with guarded(self._r) as conn:
            cur = conn.execute(
                f"INSERT INTO meeting_guest({', '.join(cols)}) "
                f"VALUES({', '.join('?' * len(cols))})",
                [meeting_id, name, *extra.values()],
            )
            return int(cur.lastrowid)

    def update_guest(self, guest_id: int, **fields: Any) -> None:
        self._update("meeting_guest", _GUEST_FIELDS, guest_id, fields, stamp=False)

    def delete_guest(self, guest_id: int) -> None:
        with guarded(self._r) as conn:
            conn.execute("DELETE FROM meeting_guest WHERE id = ?", (guest_id,))

    # -- partners and cases (read only; owned by their features) ----------------------------------
    def table_members(self, table_kind: TableKind) -> list[dict[str, Any]]:
        """Active contacts of active partners that sit at `table_kind`."""
        rows = self._r.query(
            "SELECT c.id AS contact_id, p.id AS partner_id, c.name AS name, "
            "p.name AS organisation, c.function AS function, "
            "(SELECT group_concat(role, ',') FROM partner_role r WHERE r.partner_id = p.id) "
            "AS roles FROM partner p JOIN partner_table t ON t.partner_id = p.id "
            "JOIN partner_contact c ON c.partner_id = p.id "
            "WHERE t.table_kind = ? AND p.status = 'active' AND c.status = 'active' "
            "ORDER BY p.name COLLATE NOCASE, c.name COLLATE NOCASE",
            (table_kind.value,),
        )
        return [dict(zip(r.keys(), tuple(r), strict=True)) for r in rows]

    def partners_at_table(self, table_kind: TableKind) -> int:
        """Active partners ticked for `table_kind`, with or without a contact."""
        value = self._r.scalar(
            "SELECT count(*) FROM partner p JOIN partner_table t ON t.partner_id = p.id "
            "WHERE t.table_kind = ? AND p.status = 'active'",
            (table_kind.value,),
        )
        return int(value or 0)

    def partner_contacts(self, partner_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Active contacts of the given active partners (same shape as table_members)."""
        ids = [int(i) for i in partner_ids]
        if not ids:
            return []
        rows = self._r.query(
            "SELECT c.id AS contact_id, p.id AS partner_id, c.name AS name, "
            "p.name AS organisation, c.function AS function, "
            "(SELECT group_concat(role, ',') FROM partner_role r WHERE r.partner_id = p.id) "
            "AS roles FROM partner p JOIN partner_contact c ON c.partner_id = p.id "
            f"WHERE p.id IN ({', '.join('?' * len(ids))}) AND p.status = 'active' "
            "AND c.status = 'active' ORDER BY p.name COLLATE NOCASE, c.name COLLATE NOCASE",
            ids,
        )
        return [dict(zip(r.keys(), tuple(r), strict=True)) for r in rows]

    def partner_names(self) -> list[tuple[int, str]]:
        return [
            (int(r[0]), str(r[1]))
            for r in self._r.query(
                "SELECT id, name FROM partner WHERE status = 'active' ORDER BY name COLLATE NOCASE"
            )
        ]

    def case_codes(self, case_ids: Sequence[int]) -> dict[int, str]:
        ids = sorted({int(i) for i in case_ids})
        if not ids:
            return {}
        rows = self._r.query(
            f"SELECT id, code FROM case_file WHERE id IN ({', '.join('?' * len(ids))})", ids
        )
        return {int(r[0]): str(r[1]) for r in rows}

    def case_ids_by_code(self) -> dict[str, int]:
        return {str(r[1]): int(r[0]) for r in self._r.query("SELECT id, code FROM case_file")}

    # -- distribution --------------------------------------------------------------------------
    def add_distribution(
        self,
        meeting_id: int,
        document: str,
        recipient: str,
        *,
        partner_id: int | None = None,
        case_id: int | None = None,
        content_hash: str = "",
        sent_at: str = "",
    ) -> int:
        with guarded(self._r) as conn:
            cur = conn.execute(
                "INSERT INTO distribution(meeting_id, document, case_id, partner_id, recipient, "
                "sent_at, content_hash) VALUES(?, ?, ?, ?, ?, ?, ?)",
                (
                    meeting_id,
                    document,
                    case_id,
                    partner_id,
                    recipient,
                    sent_at or now(),
                    content_hash,
                ),
            )
            return int(cur.lastrowid)

    def distribution(self, meeting_id: int) -> list[dict[str, Any]]:
        rows = self._r.query(
            "SELECT d.*, coalesce(c.code, '') AS case_code FROM distribution d "
            "LEFT JOIN case_file c ON c.id = d.case_id WHERE d.meeting_id = ? "
            "ORDER BY d.sent_at, d.id",
            (meeting_id,),
        )
        return [dict(zip(r.keys(), tuple(r), strict=True)) for r in rows]

    def applied_to_case(self, *, item_id: int | None = None, action_id: int | None = None) -> bool:
        """True when the item holds a case decision or an action that became a measure, or
        when the action became a measure: their effect on the case is already applied."""
        if action_id is not None:
            value = self._r.scalar(
                "SELECT measure_id IS NOT NULL FROM meeting_action WHERE id = ?", (action_id,)
            )
            return bool(value)
        value = self._r.scalar(
            "SELECT EXISTS(SELECT 1 FROM case_decision WHERE item_id = ?1) "
            "OR EXISTS(SELECT 1 FROM meeting_action WHERE item_id = ?1 "
            "AND measure_id IS NOT NULL)",
            (item_id,),
        )
        return bool(value)

    # -- texts about one case ---------------------------------------------------------------------
    def draft_case_texts(self, case_id: int) -> list[tuple[str, int, str, str]]:
        """(table, row id, column, text) of every free text about `case_id` in meetings whose
        minutes are still draft: items with that case (and every item of that case's
        case-team meetings): titles, notes, actions (who, what), decision justifications."""
        items = (
            "SELECT i.id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
            "WHERE m.minutes_state = 'draft' AND (i.case_id = ?1 OR m.case_id = ?1)"
        )
        out: list[tuple[str, int, str, str]] = []
        for table, column, key in (
            ("agenda_item", "title", "id"),
            ("item_note", "text", "item_id"),
            ("meeting_action", "what", "item_id"),
            ("meeting_action", "who", "item_id"),
        ):
            rows = self._r.query(
                f"SELECT id, {column} AS t FROM {table} WHERE {key} IN ({items})", (case_id,)
            )
            out += [(table, int(r["id"]), column, str(r["t"])) for r in rows]
        rows = self._r.query(
            "SELECT d.id, d.justification AS t FROM case_decision d "
            "JOIN agenda_item i ON i.id = d.item_id JOIN meeting m ON m.id = i.meeting_id "
            "WHERE m.minutes_state = 'draft' AND (d.case_id = ?1 OR i.case_id = ?1 "
            "OR m.case_id = ?1)",
            (case_id,),
        )
        out += [("case_decision", int(r["id"]), "justification", str(r["t"])) for r in rows]
        return out

    def set_text(self, table: str, row_id: int, column: str, text: str) -> None:
        allowed = {
            ("agenda_item", "title"),
            ("item_note", "text"),
            ("meeting_action", "what"),
            ("meeting_action", "who"),
            ("case_decision", "justification"),
        }
        if (table, column) not in allowed:
            raise ValueError(f"not a free text: {table}.{column}")
        with guarded(self._r) as conn:
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (text, row_id))

    def draft_texts(self) -> list[tuple[str, int, str, str, int | None]]:
        """(table, row id, column, text, case id of its item or meeting) of every free text
        in meetings whose minutes are still draft."""
        base = (
            "SELECT {sel} FROM {table} t JOIN agenda_item i ON i.id = t.{key} "
            "JOIN meeting m ON m.id = i.meeting_id WHERE m.minutes_state = 'draft'"
        )
        out: list[tuple[str, int, str, str, int | None]] = []
        rows = self._r.query(
            "SELECT i.id, i.title AS t, COALESCE(i.case_id, m.case_id) AS c FROM agenda_item i "
            "JOIN meeting m ON m.id = i.meeting_id WHERE m.minutes_state = 'draft'"
        )
        out += [("agenda_item", int(r["id"]), "title", str(r["t"]), r["c"]) for r in rows]
        for table, column in (
            ("item_note", "text"),
            ("meeting_action", "what"),
            ("meeting_action", "who"),
            ("case_decision", "justification"),
        ):
            sel = f"t.id, t.{column} AS t, COALESCE(i.case_id, m.case_id) AS c"
            rows = self._r.query(base.format(sel=sel, table=table, key="item_id"))
            out += [(table, int(r["id"]), column, str(r["t"]), r["c"]) for r in rows]
        return out

    # -- helpers -----------------------------------------------------------------------------
    def _update(
        self,
        table: str,
        allowed: frozenset[str],
        row_id: int,
        fields: dict[str, Any],
        *,
        stamp: bool,
    ) -> None:
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"unknown {table} fields: {sorted(unknown)}")
        if not fields:
            return
        sets = ", ".join(f"{k} = ?" for k in fields)
        values = [db_value(v) for v in fields.values()]
        if stamp:
            sets += ", updated_at = ?"
            values.append(now())
        with guarded(self._r) as conn:
            conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values, row_id])
