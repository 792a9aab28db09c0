"""The annual report's raw counts, each derived in SQL from what the register records
(codes and dates only: no identity, no free text is read).

"At year end" means as the register's history says it was on 31 December: the flag of
the last flag decision and the phase of the last phase change on or before that day.
The follow-up type has no history, so its current value is counted."""

from __future__ import annotations

from livc_desktop.domain.annual_report import (
    NOT_SET,
    AnnualFigures,
    PartnerAttendance,
    year_span,
)
from livc_desktop.domain.cases import Flag, Phase
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.signals import Channel, SignalStatus
from livc_desktop.storage.connection import Register

# Cases open on the last day: opened by then and, by their phase history, not closed.
_OPEN_AT_END = """
    WITH phase_at_end AS (
        SELECT c.id, c.flag, c.follow_up,
               coalesce((SELECT pc.to_phase FROM case_phase_change pc
                         WHERE pc.case_id = c.id AND pc.changed_on <= :end
                         ORDER BY pc.changed_on DESC, pc.id DESC LIMIT 1),
                        'registration') AS phase,
               (SELECT fc.flag FROM case_flag_change fc
                WHERE fc.case_id = c.id AND fc.decided_on <= :end
                ORDER BY fc.decided_on DESC, fc.id DESC LIMIT 1) AS flag_at_end
        FROM case_file c
        WHERE c.opened_on <= :end
    )
    SELECT * FROM phase_at_end WHERE phase <> 'closed'
"""


class AnnualReportRepository:
    def __init__(self, register: Register) -> None:
        self._r = register

    def years_with_data(self) -> list[int]:
        """Calendar years in which anything the report counts happened, newest first."""
        rows = self._r.query(
            """
            SELECT DISTINCT CAST(substr(day, 1, 4) AS INTEGER) FROM (
                SELECT received_on AS day FROM signal
                UNION ALL SELECT opened_on FROM case_file
                UNION ALL SELECT on_date FROM meeting WHERE status = 'held'
                UNION ALL SELECT on_date FROM partner_training WHERE on_date IS NOT NULL
            ) WHERE day GLOB '[0-9][0-9][0-9][0-9]-*' ORDER BY 1 DESC
            """
        )
        return [int(r[0]) for r in rows]

    def figures(self, year: int) -> AnnualFigures:
        start, end = year_span(year)
        span = {"start": start.isoformat(), "end": end.isoformat()}
        return AnnualFigures(
            year=year,
            signals_by_channel={
                Channel(code): n for code, n in self._signals_by_channel(span).items()
            },
            signals_by_outcome={
                SignalStatus(code): n for code, n in self._signals_by_outcome(span).items()
            },
            cases_opened=self._count(
                "SELECT count(*) FROM case_file WHERE opened_on BETWEEN :start AND :end", span
            ),
            cases_closed=self._count(
                "SELECT count(*) FROM case_file WHERE closed_on BETWEEN :start AND :end", span
            ),
            open_by_flag=self._grouped(
                f"SELECT coalesce(flag_at_end, '{NOT_SET}'), count(*) FROM ({_OPEN_AT_END})"
                " GROUP BY 1",
                span,
            ),
            open_by_phase={
                Phase(code): n
                for code, n in self._grouped(
                    f"SELECT phase, count(*) FROM ({_OPEN_AT_END}) GROUP BY 1", span
                ).items()
            },
            open_by_follow_up=self._grouped(
                f"SELECT coalesce(follow_up, '{NOT_SET}'), count(*) FROM ({_OPEN_AT_END})"
                " GROUP BY 1",
                span,
            ),
            flag_decisions={
                Flag(code): n
                for code, n in self._grouped(
                    "SELECT flag, count(*) FROM case_flag_change"
                    " WHERE decided_on BETWEEN :start AND :end GROUP BY flag",
                    span,
                ).items()
            },
            measures_done=self._count(
                "SELECT count(*) FROM measure WHERE status = 'done'"
                " AND closed_on BETWEEN :start AND :end",
                span,
            ),
            # Overdue on the last day: agreed by then, due before it, and not closed by then.
            measures_overdue=self._count(
                "SELECT count(*) FROM measure WHERE created_on <= :end AND due_on < :end"
                " AND (status = 'open' OR closed_on > :end)",
                span,
            ),
            meetings_by_table={
                TableKind(code): n
                for code, n in self._grouped(
                    "SELECT table_kind, count(*) FROM meeting WHERE status = 'held'"
                    " AND on_date BETWEEN :start AND :end GROUP BY table_kind",
                    span,
                ).items()
                if code in {kind.value for kind in TableKind}
            },
            trainings_followed=self._count(
                "SELECT count(*) FROM partner_training WHERE state = 'followed'"
                " AND on_date BETWEEN :start AND :end",
                span,
            ),
            partners_trained=self._count(
                "SELECT count(DISTINCT partner_id) FROM partner_training"
                " WHERE state = 'followed' AND on_date BETWEEN :start AND :end",
                span,
            ),
            attendance=self._attendance(span),
        )

    def _count(self, sql: str, params: dict[str, str]) -> int:
        return int(self._r.scalar(sql, params) or 0)

    def _grouped(self, sql: str, params: dict[str, str]) -> dict[str, int]:
        return {str(r[0]): int(r[1]) for r in self._r.query(sql, params)}

    def _signals_by_channel(self, span: dict[str, str]) -> dict[str, int]:
        return self._grouped(
            "SELECT channel, count(*) FROM signal WHERE received_on BETWEEN :start AND :end"
            " GROUP BY channel",
            span,
        )

    def _signals_by_outcome(self, span: dict[str, str]) -> dict[str, int]:
        # A signal weighed after 31 December was still awaiting on that day.
        return self._grouped(
            """
            SELECT CASE WHEN status NOT IN ('awaiting', 'not_registered')
                             AND (triaged_on IS NULL OR triaged_on > :end)
                        THEN 'awaiting' ELSE status END, count(*)
            FROM signal WHERE received_on BETWEEN :start AND :end GROUP BY 1
            """,
            span,
        )

    def _attendance(self, span: dict[str, str]) -> list[PartnerAttendance]:
        # One line per organisation and meeting: attended when any representative was
        # present; "invited" means nothing was recorded, so it counts neither way.
        rows = self._r.query(
            """
            SELECT p.name, sum(per.present), count(*) - sum(per.present)
            FROM (
                SELECT a.partner_id, a.meeting_id, max(a.status = 'present') AS present
                FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                WHERE m.status = 'held' AND m.on_date BETWEEN :start AND :end
                  AND a.partner_id IS NOT NULL
                  AND a.status IN ('present', 'excused', 'absent')
                GROUP BY a.partner_id, a.meeting_id
            ) per JOIN partner p ON p.id = per.partner_id
            GROUP BY per.partner_id ORDER BY p.name COLLATE NOCASE
            """,
            span,
        )
        return [PartnerAttendance(str(r[0]), int(r[1]), int(r[2])) for r in rows]
