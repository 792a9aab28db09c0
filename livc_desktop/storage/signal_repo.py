"""Signals: intake records, traces without consent, triage outcomes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from livc_desktop.domain.signals import Channel, SignalRecord, SignalStatus, Urgency
from livc_desktop.storage.case_rows import d, now_stamp
from livc_desktop.storage.connection import Register


@dataclass(frozen=True)
class SignalRow:
    id: int
    received_on: date
    channel: Channel
    registered: bool
    status: SignalStatus
    reporter_partner_id: int | None
    reporter_partner: str
    reporter_contact_id: int | None
    reporter_contact_name: str
    reporter_name: str
    reporter_contact: str
    observed: str
    person_label: str
    urgency: Urgency
    case_id: int | None
    case_code: str
    handed_partner_id: int | None
    handed_partner: str
    triage_reason: str
    triaged_on: date | None


_SELECT = """
    SELECT s.*, coalesce(p.name, '') AS reporter_partner, coalesce(pc.name, '') AS contact_name,
           coalesce(c.code, '') AS case_code, coalesce(h.name, '') AS handed_partner
    FROM signal s
    LEFT JOIN partner p ON p.id = s.reporter_partner_id
    LEFT JOIN partner_contact pc ON pc.id = s.reporter_contact_id
    LEFT JOIN case_file c ON c.id = s.case_id
    LEFT JOIN partner h ON h.id = s.handed_partner_id
"""


def _row(r: Any) -> SignalRow:
    return SignalRow(
        id=int(r["id"]),
        received_on=date.fromisoformat(r["received_on"]),
        channel=Channel(r["channel"]),
        registered=bool(r["registered"]),
        status=SignalStatus(r["status"]),
        reporter_partner_id=r["reporter_partner_id"],
        reporter_partner=str(r["reporter_partner"]),
        reporter_contact_id=r["reporter_contact_id"],
        reporter_contact_name=str(r["contact_name"]),
        reporter_name=str(r["reporter_name"]),
        reporter_contact=str(r["reporter_contact"]),
        observed=str(r["observed"]),
        person_label=str(r["person_label"]),
        urgency=Urgency(r["urgency"]),
        case_id=r["case_id"],
        case_code=str(r["case_code"]),
        handed_partner_id=r["handed_partner_id"],
        handed_partner=str(r["handed_partner"]),
        triage_reason=str(r["triage_reason"]),
        triaged_on=d(r["triaged_on"]),
    )


@dataclass(frozen=True)
class SignalListQuery:
    """The Signals page's list: the queue awaiting weighing (`recent` None) or the
    `recent` most recent signals; sorted by `sort` (received, channel, reporter, person,
    urgency, status, observed). `value_order` ranks the values of an enum column (their
    labels' order, which SQLite cannot know)."""

    recent: int | None = None
    sort: str = "received"
    descending: bool = False
    value_order: tuple[str, ...] = ()


def _value_order(column: str, values: tuple[str, ...]) -> str:
    if not values:
        return column
    ranks = " ".join(f"WHEN '{v}' THEN {n}" for n, v in enumerate(values) if v.isidentifier())
    return f"CASE {column} {ranks} ELSE {len(values)} END"


class SignalRepository:
    def __init__(self, register: Register) -> None:
        self._r = register

    def insert(self, rec: SignalRecord) -> int:
        cur = self._r.execute(
            "INSERT INTO signal(received_on, created_at, channel, registered, status,"
            " reporter_partner_id, reporter_contact_id, reporter_name, reporter_contact,"
            " observed, person_label, urgency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                rec.received_on.isoformat(),
                now_stamp(),
                rec.channel.value,
                int(rec.registered),
                rec.status.value,
                rec.reporter_partner_id,
                rec.reporter_contact_id,
                rec.reporter_name,
                rec.reporter_contact,
                rec.observed,
                rec.person_label,
                rec.urgency.value,
            ),
        )
        return int(cur.lastrowid)

    def get(self, signal_id: int) -> SignalRow | None:
        rows = self._r.query(_SELECT + " WHERE s.id = ?", (signal_id,))
        return _row(rows[0]) if rows else None

    def awaiting(self) -> list[SignalRow]:
        """The queue for weighing, oldest first (index signal_queue)."""
        rows = self._r.query(_SELECT + " WHERE s.status = 'awaiting' ORDER BY s.received_on, s.id")
        return [_row(r) for r in rows]

    def list_ids(self, query: SignalListQuery, *, limit: int | None = None) -> list[int]:
        """The ids of the Signals page's list, filtered and sorted by SQLite: the queue
        awaiting weighing, or the `recent` most recent signals; with `limit`, only the
        first ones (the first screen)."""
        if query.sort == "channel":
            key = _value_order("s.channel", query.value_order)
        elif query.sort == "urgency":
            key = _value_order("s.urgency", query.value_order)
        elif query.sort == "status":
            key = _value_order("s.status", query.value_order)
        elif query.sort == "reporter":
            key = (
                "coalesce((SELECT name FROM partner WHERE id = s.reporter_partner_id), '')"
                " || ' ' || coalesce((SELECT name FROM partner_contact"
                " WHERE id = s.reporter_contact_id), '') || ' ' || s.reporter_name"
            )
        elif query.sort == "person":
            key = "s.person_label"
        elif query.sort == "observed":
            key = "s.observed"
        else:
            key = "s.received_on"
        direction = "DESC" if query.descending else "ASC"
        if query.recent is not None:
            source = "(SELECT * FROM signal ORDER BY received_on DESC, id DESC LIMIT :limit) s"
            where = ""
        else:
            source, where = "signal s", " WHERE s.status = 'awaiting'"
        sql = (
            f"SELECT s.id FROM {source}{where}"
            f" ORDER BY {key} COLLATE NOCASE {direction}, s.received_on {direction},"
            f" s.id {direction}"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self._r.conn.cursor()
        cur.row_factory = None  # plain tuples: the queue can hold many thousands
        return [r[0] for r in cur.execute(sql, {"limit": query.recent or 0})]

    def rows_by_ids(self, ids: list[int]) -> dict[int, SignalRow]:
        if not ids:
            return {}
        rows = self._r.query(
            _SELECT + " WHERE s.id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
        )
        return {int(r["id"]): _row(r) for r in rows}

    def count_awaiting(self) -> int:
        return int(self._r.scalar("SELECT count(*) FROM signal WHERE status = 'awaiting'"))

    def recent(self, limit: int = 500) -> list[SignalRow]:
        rows = self._r.query(_SELECT + " ORDER BY s.received_on DESC, s.id DESC LIMIT ?", (limit,))
        return [_row(r) for r in rows]

    def for_case(self, case_id: int) -> list[SignalRow]:
        rows = self._r.query(
            _SELECT + " WHERE s.case_id = ? ORDER BY s.received_on, s.id", (case_id,)
        )
        return [_row(r) for r in rows]

    def set_triage(
        self,
        signal_id: int,
        status: SignalStatus,
        triaged_on: date,
        *,
        case_id: int | None = None,
        handed_partner_id: int | None = None,
        reason: str = "",
        meeting_id: int | None = None,
    ) -> None:
        self._r.execute(
            "UPDATE signal SET status = ?, triaged_on = ?, case_id = ?, handed_partner_id = ?,"
            " triage_reason = ?, triage_meeting_id = ? WHERE id = ? AND status = 'awaiting'",
            (
                status.value,
                triaged_on.isoformat(),
                case_id,
                handed_partner_id,
                reason.strip(),
                meeting_id,
                signal_id,
            ),
        )

    def counts_by_status(self) -> dict[SignalStatus, int]:
        rows = self._r.query("SELECT status, count(*) FROM signal GROUP BY status")
        return {SignalStatus(r[0]): int(r[1]) for r in rows}
