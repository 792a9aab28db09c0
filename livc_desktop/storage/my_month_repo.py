"""Counts for "My month" on the Overview: a handful of aggregate queries on indexed
columns (signal status, review and measure dates, meeting dates), so the Overview stays
instant with a city's 50,000 cases. Codes and dates only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from livc_desktop.storage.connection import Register

#: How many codes a line names; the rest are counted.
CODES_SHOWN = 5


@dataclass(frozen=True)
class DueCount:
    overdue: int = 0
    soon: int = 0
    first_id: int | None = None  # the most urgent one
    codes: tuple[str, ...] = ()  # the most urgent ones' case codes


@dataclass(frozen=True)
class NextMeeting:
    id: int
    on_date: date
    table_kind: str
    case_code: str
    agenda_items: int
    agenda_sent: bool
    invited: int
    invitations_sent: int


@dataclass(frozen=True)
class MinutesCount:
    count: int = 0
    first_id: int | None = None
    first_date: date | None = None


@dataclass(frozen=True)
class MonthCounts:
    signals_awaiting: int = 0
    oldest_signal: date | None = None
    reviews: DueCount = field(default_factory=DueCount)
    measures: DueCount = field(default_factory=DueCount)
    next_meeting: NextMeeting | None = None
    to_finalise: MinutesCount = field(default_factory=MinutesCount)
    to_approve: MinutesCount = field(default_factory=MinutesCount)


class MyMonthRepository:
    def __init__(self, register: Register) -> None:
        self._r = register

    def signals(self) -> tuple[int, date | None]:
        row = self._r.query(
            "SELECT count(*), min(received_on) FROM signal WHERE status = 'awaiting'"
        )[0]
        return int(row[0]), date.fromisoformat(row[1]) if row[1] else None

    def reviews(self, today: date, horizon: date, weeks: int) -> DueCount:
        """Open cases past their review date or not weighed for `weeks` (overdue), and
        those that will be by `horizon` (soon): the review rule of domain.cases, in SQL."""
        days = 7 * weeks
        params = {
            "today": today.isoformat(),
            "horizon": horizon.isoformat(),
            "weighed": date.fromordinal(today.toordinal() - days).isoformat(),
            "weighed_by": date.fromordinal(horizon.toordinal() - days).isoformat(),
        }
        # The earliest day each case becomes due: its review date or its weighing + weeks.
        due_on = (
            f"min(coalesce(c.next_review, '9999-12-31'), date(c.last_weighed_on, '+{days} days'))"
        )
        # The unary + keeps SQLite from the date indexes: at a city's size one pass over
        # the cases is several times faster than a random lookup for each due one.
        where = (
            "c.phase != 'closed' AND (+c.next_review <= :horizon"
            " OR +c.last_weighed_on <= :weighed_by)"
        )
        counts = self._r.query(
            f"SELECT sum(CASE WHEN (c.next_review IS NOT NULL AND c.next_review <= :today)"
            f" OR c.last_weighed_on <= :weighed THEN 1 ELSE 0 END), count(*)"
            f" FROM case_file c INDEXED BY case_file_state WHERE {where}",
            params,
        )[0]
        overdue, total = int(counts[0] or 0), int(counts[1] or 0)
        first = self._r.query(
            f"SELECT c.id, c.code FROM case_file c WHERE {where} ORDER BY {due_on}, c.code"
            f" LIMIT {CODES_SHOWN}",
            params,
        )
        return DueCount(
            overdue,
            total - overdue,
            int(first[0]["id"]) if first else None,
            tuple(str(r["code"]) for r in first),
        )

    def measures(self, today: date, horizon: date) -> DueCount:
        """Open measures of open cases due by `horizon`; overdue when due before today."""
        params = {"today": today.isoformat(), "horizon": horizon.isoformat()}
        open_case = "m.case_id NOT IN (SELECT id FROM case_file WHERE phase = 'closed')"
        counts = self._r.query(
            "SELECT sum(CASE WHEN m.due_on < :today THEN 1 ELSE 0 END), count(*)"
            " FROM measure m WHERE +m.status = 'open' AND m.due_on <= :horizon"
            f" AND {open_case}",
            params,
        )[0]
        overdue, total = int(counts[0] or 0), int(counts[1] or 0)
        # The earliest measures in due order (the index gives it), a few cases named.
        earliest = self._r.query(
            "SELECT m.case_id FROM measure m WHERE m.status = 'open'"
            f" AND m.due_on <= :horizon AND {open_case} ORDER BY m.due_on, m.id"
            f" LIMIT {CODES_SHOWN * 20}",
            params,
        )
        case_ids = list(dict.fromkeys(int(r[0]) for r in earliest))[:CODES_SHOWN]
        codes = (
            {
                int(r["id"]): str(r["code"])
                for r in self._r.query(
                    f"SELECT id, code FROM case_file WHERE id IN ({','.join('?' * len(case_ids))})",
                    case_ids,
                )
            }
            if case_ids
            else {}
        )
        return DueCount(
            overdue,
            total - overdue,
            case_ids[0] if case_ids else None,
            tuple(codes[i] for i in case_ids if i in codes),
        )

    def next_meeting(self, today: date) -> NextMeeting | None:
        rows = self._r.query(
            """
            SELECT m.id, m.on_date, m.table_kind, coalesce(c.code, '') AS case_code,
                   m.agenda_sent_at,
                   (SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id
                      AND a.kind NOT IN ('opening', 'approve_minutes', 'follow_up', 'aob'))
                      AS items,
                   (SELECT count(*) FROM attendance t WHERE t.meeting_id = m.id) AS invited,
                   (SELECT count(*) FROM distribution d WHERE d.meeting_id = m.id
                      AND d.document = 'invitation') AS sent
            FROM meeting m LEFT JOIN case_file c ON c.id = m.case_id
            WHERE m.status = 'planned' AND m.on_date >= ?
            ORDER BY m.on_date, m.start_time, m.id LIMIT 1
            """,
            (today.isoformat(),),
        )
        if not rows:
            return None
        r = rows[0]
        return NextMeeting(
            id=int(r["id"]),
            on_date=date.fromisoformat(r["on_date"]),
            table_kind=str(r["table_kind"]),
            case_code=str(r["case_code"]),
            agenda_items=int(r["items"]),
            agenda_sent=bool(r["agenda_sent_at"]),
            invited=int(r["invited"]),
            invitations_sent=int(r["sent"]),
        )

    def minutes(self, state: str, before: date) -> MinutesCount:
        """Meetings held before `before` (not cancelled) whose minutes are in `state`."""
        rows = self._r.query(
            "SELECT count(*) OVER () AS n, id, on_date FROM meeting"
            " WHERE minutes_state = ? AND status != 'cancelled' AND on_date < ?"
            " ORDER BY on_date, id LIMIT 1",
            (state, before.isoformat()),
        )
        if not rows:
            return MinutesCount()
        r = rows[0]
        return MinutesCount(int(r["n"]), int(r["id"]), date.fromisoformat(r["on_date"]))
