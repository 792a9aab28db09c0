"""The calendar file of a meeting blocks the meeting's own time: from its start to its
end time, and only without an end time the agenda's planned minutes."""

from __future__ import annotations

from datetime import date, datetime

import icalendar

from livc_desktop.domain.cell import TableKind
from livc_desktop.services import meetings as svc
from livc_desktop.services.meetings.planning import MeetingDraft


def _event(session, meeting_id):
    cal = icalendar.Calendar.from_ical(svc.ics_bytes(session, meeting_id, "LIVC"))
    event = next(iter(cal.walk("VEVENT")))
    return event.decoded("dtstart"), event.decoded("dtend")


def test_the_calendar_entry_ends_when_the_meeting_ends(session):
    draft = MeetingDraft(TableKind.INTEGRATED, date(2026, 12, 7), "09:00", "Zaal Demostad")
    meeting_id = svc.create_meeting(session, draft, invite_members=False)
    # The standard items plan 45 minutes (the agenda ends at 09:45 or so) ...
    planned = sum(i.planned_minutes for i in svc.agenda(session, meeting_id))
    start, end = _event(session, meeting_id)
    assert start == datetime(2026, 12, 7, 9, 0)
    assert (end - start).total_seconds() == planned * 60
    # ... but the meeting is booked until 11:00: that is what partners block.
    svc.update_meeting(session, meeting_id, end_time="11:00")
    assert _event(session, meeting_id) == (datetime(2026, 12, 7, 9), datetime(2026, 12, 7, 11))
