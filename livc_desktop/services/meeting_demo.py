"""Fictional meetings: the demo register's meetings and a large sample meeting held in
memory for benchmarks and layout checks."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from livc_desktop.domain.cell import TableKind, language_tag
from livc_desktop.domain.meetings import (
    AgendaItem,
    Attendance,
    ItemKind,
    Meeting,
    NoteKind,
    Recurrence,
)
from livc_desktop.domain.minutes import (
    MinutesSource,
    printable_minutes,
)
from livc_desktop.services.meetings.documents import Labels
from livc_desktop.services.meetings.minutes import approve, finalise
from livc_desktop.services.meetings.planning import (
    MeetingDraft,
    _meeting_date,
    add_item,
    agenda,
    create_series,
    repo,
    update_meeting,
)
from livc_desktop.services.meetings.running import (
    add_action,
    add_guest,
    add_note,
    attendance,
    set_attendance,
)
from livc_desktop.services.session import Session

if TYPE_CHECKING:
    from livc_desktop.reports.minutes import DocumentInfo


def sample_source(items: int = 40, attendees: int = 30) -> MinutesSource:
    """A large fictional meeting held in memory (benchmarks, layout checks)."""
    from livc_desktop.domain.meetings import (
        Action,
        AttendanceEntry,
        Guest,
        Note,
    )

    meeting = Meeting(
        1,
        TableKind.OPERATIONAL,
        date(2026, 5, 12),
        "09:00",
        "12:30",
        "Gemeentehuis Demostad",
        "Burgemeester Fictief",
        "Fien Voorbeeld",
    )
    kinds = [ItemKind.CASE, ItemKind.SIGNAL, ItemKind.GENERAL]
    agenda_items = [
        AgendaItem(
            n,
            1,
            n,
            kinds[n % 3],
            "" if n % 3 == 0 else f"Agendapunt {n} over de werking",
            case_id=n if n % 3 == 0 else None,
            planned_minutes=5,
        )
        for n in range(1, items + 1)
    ]
    notes = [
        Note(n, item.id, NoteKind.ACCOUNT, "Verslag van de bespreking. " * 6, off_record=n % 7 == 0)
        for n, item in enumerate(agenda_items, start=1)
    ]
    actions = [
        Action(
            n,
            item.id,
            f"Actie {n}: contact opnemen en terugkoppelen",
            "Partner Fictief vzw",
            due_on=date(2026, 6, 1),
        )
        for n, item in enumerate(agenda_items, start=1)
    ]
    statuses = [Attendance.PRESENT, Attendance.PRESENT, Attendance.EXCUSED, Attendance.ABSENT]
    people = [
        AttendanceEntry(
            n,
            1,
            f"Deelnemer Fictief {n}",
            f"Organisatie Fictief {n % 9}",
            "member",
            status=statuses[n % 4],
            sent_info=n % 8 == 2,
        )
        for n in range(1, attendees + 1)
    ]
    return MinutesSource(
        meeting=meeting,
        municipalities=["Demostad", "Voorbeeldegem"],
        items=agenda_items,
        notes=notes,
        actions=actions,
        decisions=[],
        attendance=people,
        guests=[Guest(1, 1, "Gast Fictief", "Expertisecentrum X", "deskundige", True)],
        case_codes={i.case_id: f"2026-{i.case_id:03d}" for i in agenda_items if i.case_id},
    )


def render_sample_minutes(labels: Labels, items: int = 40, attendees: int = 30) -> bytes:
    """Render the minutes of a large fictional meeting (the benchmark's entry point)."""
    from livc_desktop.reports import minutes as minutes_report  # heavy: only when printing

    content = printable_minutes(sample_source(items, attendees))
    return minutes_report.minutes_pdf(content, _sample_info(labels))


def _sample_info(labels: Labels) -> DocumentInfo:
    from livc_desktop.reports.minutes import DocumentInfo

    return DocumentInfo(
        labels=labels.words,
        language=language_tag(labels.language),
        author="Fien Voorbeeld",
        kinds=labels.kinds,
        tables=labels.tables,
        codes=labels.codes,
        roles=labels.roles,
        format_date=labels.format_date,
        draft=True,
    )


# -- demo ------------------------------------------------------------------------------------
_DEMO_PEOPLE = [
    ("Burgemeester Fictief", "Gemeente Demostad", "mayor"),
    ("Inspecteur Jan Voorbeeld", "Lokale Politie Fictief", "information_officer"),
    ("Fien Voorbeeld", "Gemeente Demostad", "prevention_officer"),
    ("رانيا المثال", "Jeugddienst Fictief", "member"),
    ("François Exemple", "OCMW Voorbeeldegem", "member"),
    ("Jürgen Beispiel", "CLB Nergensland", "member"),
]


def fill_demo(session: Session, rng: Any) -> None:
    """Two past meetings (one approved, one finalised) and two upcoming ones, fictional."""
    profile = session.profile()
    table = profile.tables[-1] if profile.tables else TableKind.INTEGRATED
    place = profile.default_place or "Gemeentehuis Demostad"
    first = date.today() - timedelta(days=56)
    ids = create_series(
        session,
        MeetingDraft(
            table,
            first,
            "14:00",
            place,
            "Burgemeester Fictief",
            profile.officer_name or "Fien Voorbeeld",
        ),
        Recurrence.CUSTOM,
        3,
        every_days=28,
    )
    for meeting_id in ids:
        if not attendance(session, meeting_id):
            for n, (name, org, role) in enumerate(_DEMO_PEOPLE):
                repo(session).add_attendance(
                    meeting_id, name, organisation=org, role=role, position=n
                )
        add_item(session, meeting_id, ItemKind.GENERAL, "Jaarplanning preventie", 20)
        add_item(session, meeting_id, ItemKind.GENERAL, "Vorming voor partners", 15)
    for meeting_id in ids[:2]:
        items = agenda(session, meeting_id)
        for entry in attendance(session, meeting_id):
            status = rng.choice(
                [Attendance.PRESENT, Attendance.PRESENT, Attendance.PRESENT, Attendance.EXCUSED]
            )
            set_attendance(session, entry.id, status, sent_info=status is Attendance.EXCUSED)
        add_guest(session, meeting_id, "Dr. Gast Fictief", "Expertisecentrum X", "deskundige", True)
        general = next(i for i in items if i.kind is ItemKind.GENERAL)
        add_note(session, general.id, text="De jaarplanning werd overlopen en goedgekeurd.")
        add_note(
            session,
            general.id,
            text="Gevoelige achtergrond, niet voor het verslag.",
            off_record=True,
        )
        add_action(
            session,
            general.id,
            "Jaarplan rondsturen",
            "Fien Voorbeeld",
            _meeting_date(session, meeting_id) + timedelta(days=14),
        )
        update_meeting(session, meeting_id, end_time="16:00", status="held")
        finalise(session, meeting_id)
    approve(session, ids[0], ids[1], "Goedgekeurd zonder opmerkingen.")
