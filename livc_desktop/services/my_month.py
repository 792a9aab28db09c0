"""What the prevention officer has to do this month, for the top of the Overview and the
reminders after an unlock: signals waiting for weighing, reviews and measures due or
overdue, the next meeting and what it still lacks, minutes to finalise or approve, and the
age of the last backup. Counted in SQL (storage.my_month_repo); codes and dates only.

    month = my_month.summary(session)           # today, the next two weeks ahead
    month.reviews.overdue, month.next_meeting.missing(), month.backup_age_days
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from livc_desktop.services import backup as backup_service
from livc_desktop.services import cases as case_service
from livc_desktop.services.session import Session
from livc_desktop.storage.my_month_repo import (
    DueCount,
    MinutesCount,
    MyMonthRepository,
    NextMeeting,
)

__all__ = [
    "HORIZON_DAYS",
    "DueCount",
    "MeetingGap",
    "MinutesCount",
    "MonthSummary",
    "NextMeeting",
    "missing_for",
    "summary",
]

#: "Soon" means within this many days: what a month's planning needs to see coming.
HORIZON_DAYS = 14


class MeetingGap(StrEnum):
    """What the next meeting still lacks."""

    NO_AGENDA = "no_agenda"  # nothing beyond the standard items (opening, minutes, follow-up, AOB)
    AGENDA_NOT_SENT = "agenda_not_sent"
    NOBODY_INVITED = "nobody_invited"
    INVITATIONS_NOT_SENT = "invitations_not_sent"


def missing_for(meeting: NextMeeting) -> tuple[MeetingGap, ...]:
    gaps = []
    if meeting.agenda_items == 0:
        gaps.append(MeetingGap.NO_AGENDA)
    if not meeting.agenda_sent:
        gaps.append(MeetingGap.AGENDA_NOT_SENT)
    if meeting.invited == 0:
        gaps.append(MeetingGap.NOBODY_INVITED)
    elif meeting.invitations_sent == 0:
        gaps.append(MeetingGap.INVITATIONS_NOT_SENT)
    return tuple(gaps)


@dataclass(frozen=True)
class MonthSummary:
    today: date
    signals_awaiting: int = 0
    oldest_signal: date | None = None
    reviews: DueCount = field(default_factory=DueCount)
    measures: DueCount = field(default_factory=DueCount)
    next_meeting: NextMeeting | None = None
    meeting_gaps: tuple[MeetingGap, ...] = ()
    to_finalise: MinutesCount = field(default_factory=MinutesCount)
    to_approve: MinutesCount = field(default_factory=MinutesCount)
    backup_age_days: int | None = None  # None: no backup yet
    backup_too_old: bool = False

    def due_now(self) -> bool:
        """Anything the reminder after an unlock should mention."""
        return bool(
            self.reviews.overdue
            or self.measures.overdue
            or self.to_finalise.count
            or self.to_approve.count
        )


def summary(session: Session, today: date | None = None) -> MonthSummary:
    day = today or date.today()
    horizon = day + timedelta(days=HORIZON_DAYS)
    repo = MyMonthRepository(session.register)
    awaiting, oldest = repo.signals()
    meeting = repo.next_meeting(day)
    backup = backup_service.status(session)
    return MonthSummary(
        today=day,
        signals_awaiting=awaiting,
        oldest_signal=oldest,
        reviews=repo.reviews(day, horizon, case_service.review_weeks(session)),
        measures=repo.measures(day, horizon),
        next_meeting=meeting,
        meeting_gaps=missing_for(meeting) if meeting is not None else (),
        to_finalise=repo.minutes("draft", day),
        to_approve=repo.minutes("finalised", day + timedelta(days=1)),
        backup_age_days=None if backup.age_days is None else int(backup.age_days),
        backup_too_old=bool(backup.too_old),
    )
