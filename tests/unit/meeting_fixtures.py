"""Fictional meeting data shared by the meeting tests (and handy for screenshots)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from pypdf import PdfReader

from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.redaction import IdentityRecord
from livc_desktop.services import meetings as svc
from livc_desktop.storage.meetings_repo import now

STAMP = "2026-01-01T00:00:00"
IDENTITY = "Zoë Testpersoon"  # the person concerned by case 2026-001: must never print


@dataclass
class FakeCaseBridge:
    """Stands in for services/cases.py; records every call."""

    proposals: list[tuple[int, str, str]] = field(default_factory=list)
    signals: list[int] = field(default_factory=list)
    measures: list[tuple] = field(default_factory=list)
    flags: list[tuple] = field(default_factory=list)
    phases: list[tuple] = field(default_factory=list)
    identities: dict[int, list[str]] = field(default_factory=dict)
    teams: dict[int, list[int]] = field(default_factory=dict)
    decided_on: list[str] = field(default_factory=list)

    def cases_for_agenda(self, session, meeting_date):
        return list(self.proposals)

    def signals_for_agenda(self, session, meeting_date):
        return list(self.signals)

    def add_measure(self, session, case_id, partner_id, what, due_date, meeting_id=None):
        self.measures.append((case_id, partner_id, what, due_date, meeting_id))
        return 900 + len(self.measures)

    def change_flag(
        self,
        session,
        case_id,
        flag,
        justification,
        next_review,
        decided_by_meeting_id=None,
        decided_on="",
    ):
        self.flags.append((case_id, flag, justification, next_review, decided_by_meeting_id))
        self.decided_on.append(decided_on)

    def change_phase(self, session, case_id, phase, meeting_id=None, changed_on=""):
        self.phases.append((case_id, phase, meeting_id))
        self.decided_on.append(changed_on)

    def case_team_partner_ids(self, session, case_id):
        return list(self.teams.get(case_id, []))

    def identity_terms(self, session, case_ids):
        return [t for c in case_ids for t in self.identities.get(c, [])]

    def identity_records(self, session):
        return [
            IdentityRecord(case_id, name=terms[0], other_terms=tuple(terms[1:]))
            for case_id, terms in self.identities.items()
            if terms
        ]

    def follow_up(self, session, case_id):
        return "mixed"


def add_case(session, code: str) -> int:
    with session.register.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO case_file(code, created_at, updated_at, opened_on, phase_since, "
            "last_weighed_on) VALUES(?, ?, ?, ?, ?, ?)",
            (code, STAMP, STAMP, "2026-01-15", "2026-01-15", "2026-01-15"),
        )
        return int(cur.lastrowid)


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


def full_meeting(session, bridge: FakeCaseBridge) -> dict[str, int]:
    """A meeting with every kind of content, including what must never be printed."""
    police = add_partner(
        session,
        "Lokale Politie Fictief",
        ["integrated"],
        [("Inspecteur Jan Voorbeeld", "information officer")],
        roles=["information_officer"],
    )
    add_partner(
        session,
        "Partner Fictief vzw",
        ["integrated"],
        [("رانيا المثال", "jeugdwerker"), ("François Exemple", "coordinator")],
        roles=["member"],
    )
    add_partner(session, "School Nergensland", ["integrated"], [("Jürgen Beispiel", "CLB")])
    add_partner(session, "Elders Fictief", ["strategic"], [("Niet Uitgenodigd", "")])
    case_a = add_case(session, "2026-001")
    case_b = add_case(session, "2026-002")
    bridge.proposals = [(case_a, "2026-001", "red_flag"), (case_b, "2026-002", "review_due")]
    bridge.identities = {case_a: [IDENTITY, "Testpersoon"]}
    meeting_id = svc.create_meeting(
        session,
        svc.MeetingDraft(
            TableKind.INTEGRATED,
            "2026-03-10",
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
        session, items[case_a], "Huisbezoek plannen", "Partner Fictief vzw", "2026-03-31"
    )
    svc.add_action(session, general, "Jaarplan rondsturen", "Test Ambtenaar", "2026-03-20")
    svc.add_action(session, general, "OFFRECORD-actie", "Niemand", "", off_record=True)
    svc.decide(session, items[case_a], svc.DecisionKind.FLAG, "red", "Zorgen blijven", "2026-04-14")
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
