"""What meetings need from cases and signals (services/meetings.py `CaseBridge`), served by
the real services: agenda proposals, actions that become measures, flag and phase decisions
taken at a meeting, the case team, and the identities no printed text may show."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from livc_desktop.domain.cases import Flag, NotFound, Phase
from livc_desktop.domain.redaction import IdentityRecord
from livc_desktop.services import cases, signals
from livc_desktop.services.register import Session


def _day(value: str | date | None) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


class CasesServiceBridge:
    def cases_for_agenda(self, session: Session, meeting_date: str) -> list[Any]:
        day = _day(meeting_date) or date.today()
        return [(c.case_id, c.code, c.reason.value) for c in cases.cases_for_agenda(session, day)]

    def signals_for_agenda(self, session: Session, meeting_date: str) -> list[int]:
        return [s.id for s in signals.signals_awaiting(session)]

    def add_measure(
        self,
        session: Session,
        case_id: int,
        partner_id: int | None,
        what: str,
        due_date: str,
        meeting_id: int | None = None,
    ) -> int | None:
        return cases.add_measure(
            session, case_id, partner_id, what, _day(due_date), meeting_id=meeting_id
        )

    def change_flag(
        self,
        session: Session,
        case_id: int,
        flag: str,
        justification: str,
        next_review: str,
        decided_by_meeting_id: int | None = None,
        decided_on: str = "",
    ) -> Any:
        return cases.change_flag(
            session,
            case_id,
            Flag(flag),
            justification,
            _day(next_review),
            decided_by_meeting_id=decided_by_meeting_id,
            decided_on=_day(decided_on),
        )

    def change_phase(
        self,
        session: Session,
        case_id: int,
        phase: str,
        meeting_id: int | None = None,
        changed_on: str = "",
    ) -> Any:
        return cases.change_phase(
            session, case_id, Phase(phase), meeting_id=meeting_id, changed_on=_day(changed_on)
        )

    def identity_terms(self, session: Session, case_ids: Sequence[int]) -> list[str]:
        return cases.identity_terms(session, case_ids)

    def identity_records(self, session: Session) -> list[IdentityRecord]:
        return cases.identity_records(session)

    def follow_up(self, session: Session, case_id: int) -> str:
        try:
            row = cases.get_case(session, case_id)
        except NotFound:
            return ""
        return row.follow_up.value if row.follow_up else ""

    def case_team_partner_ids(self, session: Session, case_id: int) -> list[int]:
        return [t.partner_id for t in cases.team(session, case_id) if t.left_on is None]
