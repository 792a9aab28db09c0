"""Fictional meeting data shared by the meeting tests (and handy for screenshots)."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from livc_desktop.domain.cases import Flag, Identity
from livc_desktop.domain.cell import TableKind
from livc_desktop.services import cases as cs
from livc_desktop.services import handover
from livc_desktop.services import meetings as svc
from livc_desktop.storage.meeting_rows import now

STAMP = "2026-01-01T00:00:00"
IDENTITY = "Zoë Testpersoon"  # the person concerned by case 2026-001: must never print
FLAGGED_ON = date(2026, 2, 1)


def add_case(session, code: str, *, weighed_on: str = "2026-01-15") -> int:
    """A bare case row (no identity), last weighed on `weighed_on`."""
    with session.register.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO case_file(code, created_at, updated_at, opened_on, phase_since, "
            "last_weighed_on) VALUES(?, ?, ?, ?, ?, ?)",
            (code, STAMP, STAMP, "2026-01-15", "2026-01-15", weighed_on),
        )
        return int(cur.lastrowid)


def flag_red(session, case_id: int) -> None:
    """A red flag: the case is proposed for every operational meeting after 2026-02-01."""
    cs.change_flag(
        session,
        case_id,
        Flag.RED,
        "Fictieve zorg",
        date(2026, 6, 1),
        decided_by_person="Test",
        decided_on=FLAGGED_ON,
    )


def name_person(session, case_id: int, name: str) -> None:
    """The person concerned by the case: identity terms no printed text may show."""
    handover.save_identity(session, case_id, Identity(name=name))


def add_signal(session) -> int:
    with session.register.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO signal(received_on, created_at, channel, registered, status) "
            "VALUES(?, ?, 'phone', 1, 'awaiting')",
            ("2026-02-01", STAMP),
        )
        return int(cur.lastrowid)


def add_partner(session, name: str, tables: list[str], contacts: list[tuple[str, str]], roles=()):
    stamp = now()
    with session.register.transaction() as conn:
        pid = int(
            conn.execute(
                "INSERT INTO partner(name, created_at, updated_at) VALUES(?, ?, ?)",
                (name, stamp, stamp),
            ).lastrowid
        )
        for table in tables:
            conn.execute("INSERT INTO partner_table VALUES(?, ?)", (pid, table))
        for role in roles:
            conn.execute("INSERT INTO partner_role VALUES(?, ?)", (pid, role))
        for contact, function in contacts:
            conn.execute(
                "INSERT INTO partner_contact(partner_id, name, function, created_at, updated_at) "
                "VALUES(?, ?, ?, ?, ?)",
                (pid, contact, function, stamp, stamp),
            )
    return pid


def pdf_text(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def full_meeting(session) -> dict[str, int]:
    """A meeting with every kind of content, including what must never be printed."""
    police = add_partner(
        session,
        "Lokale Politie Fictief",
        ["integrated"],
        [("Inspecteur Jan Voorbeeld", "information officer")],
        roles=["information_officer"],
    )
    partner = add_partner(
        session,
        "Partner Fictief vzw",
        ["integrated"],
        [("رانيا المثال", "jeugdwerker"), ("François Exemple", "coordinator")],
        roles=["member"],
    )
    add_partner(session, "School Nergensland", ["integrated"], [("Jürgen Beispiel", "CLB")])
    add_partner(session, "Elders Fictief", ["strategic"], [("Niet Uitgenodigd", "")])
    # Proposed for the agenda by the cases service: 2026-001 for its red flag, 2026-002
    # because it was not weighed for months.
    case_a = add_case(session, "2026-001")
    case_b = add_case(session, "2026-002", weighed_on="2025-06-01")
    flag_red(session, case_a)
    name_person(session, case_a, IDENTITY)
    meeting_id = svc.create_meeting(
        session,
        svc.MeetingDraft(
            TableKind.INTEGRATED,
            date(2026, 3, 10),
            "14:00",
            "Gemeentehuis Testdorp, zaal 2",
            "Burgemeester Fictief",
            "Test Ambtenaar",
        ),
    )
    svc.propose_agenda(session, meeting_id)
    general = svc.add_item(session, meeting_id, svc.ItemKind.GENERAL, "Jaarplanning preventie", 20)
    hidden = svc.add_item(session, meeting_id, svc.ItemKind.GENERAL, "Off-record informatie", 5)
    svc.update_item(session, hidden, off_record=True)
    items = {i.case_id: i.id for i in svc.agenda(session, meeting_id) if i.case_id}
    svc.update_item(session, items[case_b], secret=True)
    svc.add_note(session, items[case_a], text=f"Gesprek met {IDENTITY} gepland.")
    svc.add_note(session, items[case_a], text="OFFRECORD-geheim detail", off_record=True)
    svc.add_note(session, items[case_a], svc.NoteKind.DECISION, "Casus blijft op rood.")
    svc.add_note(session, items[case_b], text="SECRET-beroepsgeheim inhoud")
    svc.add_note(session, general, text="Planning besproken en goedgekeurd.")
    svc.add_action(
        session,
        items[case_a],
        "Huisbezoek plannen",
        "Partner Fictief vzw",
        date(2026, 3, 31),
        partner_id=partner,
    )
    svc.add_action(session, general, "Jaarplan rondsturen", "Test Ambtenaar", date(2026, 3, 20))
    svc.add_action(session, general, "OFFRECORD-actie", "Niemand", "", off_record=True)
    svc.decide(
        session, items[case_a], svc.DecisionKind.FLAG, Flag.RED, "Zorgen blijven", date(2026, 4, 14)
    )
    entries = {e.name: e.id for e in svc.attendance(session, meeting_id)}
    svc.set_attendance(session, entries["Inspecteur Jan Voorbeeld"], svc.Attendance.PRESENT)
    svc.set_attendance(session, entries["رانيا المثال"], svc.Attendance.PRESENT, arrived_at="14:20")
    svc.set_attendance(session, entries["François Exemple"], svc.Attendance.EXCUSED, sent_info=True)
    svc.set_attendance(session, entries["Jürgen Beispiel"], svc.Attendance.ABSENT)
    svc.add_guest(session, meeting_id, "Dr. Gast Fictief", "Expertisecentrum X", "deskundige", True)
    return {
        "meeting": meeting_id,
        "case_a": case_a,
        "case_b": case_b,
        "item_a": items[case_a],
        "item_b": items[case_b],
        "general": general,
        "hidden": hidden,
        "police": police,
    }
