"""Meetings: preparation, run, minutes state machine, and what the PDFs may (not) show."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from livc_desktop.domain.cases import Flag, Phase
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.meetings import (
    Attendance,
    FeedbackNeedsConsensus,
    ItemKind,
    MinutesLocked,
    MinutesState,
    Recurrence,
    agenda_schedule,
    expected_end,
    feedback_allowed,
    next_dates,
)
from livc_desktop.domain.minutes import (
    redact,
)
from livc_desktop.reports.minutes import LABEL_KEYS
from livc_desktop.services import cases as cs
from livc_desktop.services import meeting_demo
from livc_desktop.services import meetings as svc
from livc_desktop.services.exports import save_export
from livc_desktop.ui.meeting_labels import document_labels
from tests.fixtures.meetings import IDENTITY, full_meeting, pdf_text
from tests.rtl_text import has_unshaped_arabic, reading_text

LABELS = document_labels("en")


@pytest.fixture
def full(session):
    return full_meeting(session)


# -- domain --------------------------------------------------------------------------------
def test_next_dates_weekly_monthly_custom():
    assert next_dates(date(2026, 1, 31), Recurrence.WEEKLY, 2) == [
        date(2026, 2, 7),
        date(2026, 2, 14),
    ]
    assert next_dates(date(2026, 1, 31), Recurrence.MONTHLY, 3) == [
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
    ]
    assert next_dates(date(2026, 12, 15), Recurrence.MONTHLY, 1) == [date(2027, 1, 15)]
    assert next_dates(date(2026, 1, 1), Recurrence.CUSTOM, 2, every_days=10) == [
        date(2026, 1, 11),
        date(2026, 1, 21),
    ]


def test_schedule_total_and_expected_end():
    slots = agenda_schedule("23:30", [20, 15])
    assert [(s.start, s.end) for s in slots] == [("23:30", "23:50"), ("23:50", "00:05")]
    assert expected_end("14:00", [5, 5, 50]) == "15:00"
    assert expected_end("", [5]) == ""


def test_feedback_needs_every_consent():
    assert feedback_allowed([True, True])
    assert not feedback_allowed([True, None])
    assert not feedback_allowed([True, False])
    assert not feedback_allowed([])


def test_redact_is_case_insensitive_and_longest_first():
    assert redact("zoë testpersoon en Testpersoon", [IDENTITY, "Testpersoon"]) == "[…] en […]"


# -- preparation ---------------------------------------------------------------------------
def test_new_meeting_has_standard_items_and_table_members(session):
    from tests.fixtures.meetings import add_partner

    add_partner(session, "Partner Fictief vzw", ["integrated"], [("Zoë Lid", "")])
    add_partner(session, "Elders Fictief", ["strategic"], [("Niet Hier", "")])
    mid = svc.create_meeting(
        session, svc.MeetingDraft(TableKind.INTEGRATED, date(2026, 3, 10), "14:00")
    )
    kinds = [i.kind for i in svc.agenda(session, mid)]
    assert kinds == [ItemKind.OPENING, ItemKind.APPROVE_MINUTES, ItemKind.FOLLOW_UP, ItemKind.AOB]
    assert [e.name for e in svc.attendance(session, mid)] == ["Zoë Lid"]


def test_invalid_meeting_is_refused_with_field_codes(session):
    with pytest.raises(ValidationError) as err:
        svc.create_meeting(
            session, svc.MeetingDraft(TableKind.INTEGRATED, date(2026, 2, 28), "25:00")
        )
    assert err.value.problems == {"start_time": "invalid_time"}


def test_series_creates_next_dates_and_extends(session):
    ids = svc.create_series(
        session,
        svc.MeetingDraft(TableKind.INTEGRATED, date(2026, 1, 31), "10:00"),
        Recurrence.MONTHLY,
        2,
    )
    dates = [svc.get_meeting(session, i).on_date for i in ids]
    assert dates == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]
    more = svc.extend_series(session, ids[0], 1)
    assert svc.get_meeting(session, more[0]).on_date == date(2026, 4, 30)


def test_proposals_are_added_once_before_aob(session):
    from tests.fixtures.meetings import add_case, add_signal, flag_red

    flag_red(session, add_case(session, "2026-010"))
    add_signal(session)
    mid = svc.create_meeting(
        session, svc.MeetingDraft(TableKind.INTEGRATED, date(2026, 3, 10), "14:00")
    )
    assert len(svc.propose_agenda(session, mid)) == 2
    assert svc.propose_agenda(session, mid) == []
    kinds = [i.kind for i in svc.agenda(session, mid)]
    assert kinds[-1] is ItemKind.AOB
    assert ItemKind.CASE in kinds and ItemKind.SIGNAL in kinds


def test_move_and_reorder(session):
    mid = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, date(2026, 3, 10)))
    first, second = (i.id for i in svc.agenda(session, mid)[:2])
    svc.move_item(session, first, +1)
    assert [i.id for i in svc.agenda(session, mid)[:2]] == [second, first]
    with pytest.raises(ValidationError):
        svc.reorder_items(session, mid, [first])


# -- run -----------------------------------------------------------------------------------
def test_case_actions_become_measures_and_decisions_update_the_case(session, full):
    [measure] = cs.measures(session, full["case_a"])
    assert (measure.what, measure.due_on) == ("Huisbezoek plannen", date(2026, 3, 31))
    assert measure.meeting_id == full["meeting"]
    flag = cs.flag_history(session, full["case_a"])[-1]
    assert (flag.flag, flag.justification, flag.next_review, flag.meeting_id) == (
        Flag.RED,
        "Zorgen blijven",
        date(2026, 4, 14),
        full["meeting"],
    )
    actions = svc.actions_of_item(session, full["item_a"])
    assert actions[0].measure_id == measure.id
    with pytest.raises(ValidationError):
        svc.decide(session, full["general"], svc.DecisionKind.PHASE, Phase.FILE_BUILDING)
    svc.decide(session, full["item_a"], svc.DecisionKind.PHASE, Phase.FILE_BUILDING)
    phase = cs.phase_history(session, full["case_a"])[-1]
    assert (phase.to_phase, phase.meeting_id) == (Phase.FILE_BUILDING, full["meeting"])


def test_autosave_is_one_short_write_per_call(session, full):
    note = svc.add_note(session, full["general"])
    for text in ("V", "Ve", "Verslag"):
        svc.save_note_text(session, note, text)
    assert [n.text for n in svc.notes_of_item(session, full["general"]) if n.id == note] == [
        "Verslag"
    ]
    assert not session.register.conn.in_transaction


def test_events_carry_ids_not_content(session, full):
    seen = []
    session.on_event(lambda kind, fields: seen.append((kind, fields)))
    note = svc.add_note(session, full["general"], text="Inhoud die niet in het spoor mag")
    svc.save_note_text(session, note, "Nog meer inhoud")
    assert seen and all("inhoud" not in repr(f).lower() for _, f in seen)


# -- minutes: state machine, hash, addenda ---------------------------------------------------
def test_finalise_freezes_and_hash_verifies(session, full):
    mid = full["meeting"]
    digest = svc.finalise(session, mid)
    meeting = svc.get_meeting(session, mid)
    assert meeting.minutes_state is MinutesState.FINALISED and meeting.content_hash == digest
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert svc.verify_frozen(session, mid)
    with pytest.raises(MinutesLocked):
        svc.add_note(session, full["general"], text="late edit")
    with pytest.raises(MinutesLocked):
        svc.update_meeting(session, mid, place="Elders")
    with pytest.raises(MinutesLocked):
        svc.finalise(session, mid)
    with pytest.raises(MinutesLocked):
        svc.delete_meeting(session, mid)
    # Even a direct SQL edit of the frozen content is refused by the register.
    with pytest.raises(Exception, match="minutes_frozen"):
        session.register.execute("UPDATE meeting SET content_hash = 'x' WHERE id = ?", (mid,))


def test_addenda_are_numbered_and_chained(session, full):
    mid = full["meeting"]
    with pytest.raises(MinutesLocked):
        svc.add_addendum(session, mid, "too early")
    svc.finalise(session, mid)
    assert svc.add_addendum(session, mid, "Correctie: zaal 3, niet zaal 2.") == 1
    assert svc.add_addendum(session, mid, "Tweede correctie.") == 2
    addenda = svc.repo(session).addenda(mid)
    assert [a.number for a in addenda] == [1, 2]
    assert addenda[0].content_hash != addenda[1].content_hash
    text = "".join(pdf_text(svc.minutes_pdf(session, mid, LABELS)))
    assert "Addendum 1" in text and "Addendum 2" in text and "zaal 3" in text


def test_approval_only_at_a_later_meeting(session, full):
    mid = full["meeting"]
    later = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, date(2026, 4, 14)))
    earlier = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, date(2026, 2, 1)))
    with pytest.raises(MinutesLocked):
        svc.approve(session, mid, later)  # still a draft
    svc.finalise(session, mid)
    with pytest.raises(MinutesLocked):
        svc.approve(session, mid, earlier)
    assert svc.previous_minutes_awaiting_approval(session, later).id == mid
    svc.approve(session, mid, later, "Goedgekeurd zonder opmerkingen")
    meeting = svc.get_meeting(session, mid)
    assert meeting.minutes_state is MinutesState.APPROVED
    assert meeting.approved_on == date(2026, 4, 14)
    text = "".join(pdf_text(svc.minutes_pdf(session, mid, LABELS)))
    assert "14/04/2026" in text and "Goedgekeurd zonder opmerkingen" in text


# -- minutes PDF ---------------------------------------------------------------------------------
def _section(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


def test_minutes_pdf_required_elements_and_attendance_groups(session, full):
    data = svc.minutes_pdf(session, full["meeting"], LABELS)
    text = " ".join(" ".join(pdf_text(data)).split())
    for needed in (
        "Testdorp",
        "Integrated table",
        "10/03/2026",  # the document language's date, not ISO
        "14:00",
        "Gemeentehuis Testdorp, zaal 2",
        "Burgemeester Fictief",
        "Test Ambtenaar",
        "Agenda (as sent)",
        "2026-001",
        "2026-002",
        "Jaarplanning preventie",
        "Planning besproken en goedgekeurd.",
        "Casus blijft op rood.",
        "Huisbezoek plannen",
        "Jaarplan rondsturen",
        "All actions",
        "Next meeting",
        "Dr. Gast Fictief",
        "deskundige",
        "confidentiality undertaking signed",
        "arrived at 14:20",
        "sent information beforehand",
        "DRAFT",
    ):
        assert needed in text, needed
    present = _section(text, "Present (", "Excused (")
    excused = _section(text, "Excused (", "Absent without notice (")
    absent = _section(text, "Absent without notice (", "Ad hoc attendees (")
    assert "Inspecteur Jan Voorbeeld" in present and "Lokale Politie Fictief" in present
    assert "Information officer" in present  # role from the partner's roles
    assert "François Exemple" in excused and "François Exemple" not in present + absent
    assert "Jürgen Beispiel" in absent and "School Nergensland" in absent
    assert "Niet Uitgenodigd" not in text
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == "Minutes"
    assert reader.metadata.author == "Test Ambtenaar"
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_minutes_pdf_never_shows_off_record_secret_or_identity(session, full):
    for data in (
        svc.minutes_pdf(session, full["meeting"], LABELS),
        svc.invitation_pdf(session, full["meeting"], LABELS),
    ):
        text = "\n".join(pdf_text(data))
        assert "OFFRECORD" not in text
        assert "Off-record informatie" not in text  # not even the title
        assert "SECRET-beroepsgeheim" not in text
        assert IDENTITY not in text and "Testpersoon" not in text
    minutes = "\n".join(pdf_text(svc.minutes_pdf(session, full["meeting"], LABELS)))
    assert "Discussed off the record" in minutes
    assert "Secret-covered information was discussed; see the case file." in minutes


def test_frozen_minutes_print_identically_and_carry_the_hash(session, full):
    mid = full["meeting"]
    digest = svc.finalise(session, mid)
    text = "\n".join(pdf_text(svc.minutes_pdf(session, mid, LABELS)))
    assert digest in text.replace("\n", "")
    assert "DRAFT" not in text


def test_long_minutes_repeat_headers_and_number_pages(session, full):
    for n in range(60):
        svc.add_action(
            session, full["general"], f"Actie nummer {n} " + "met wat uitleg " * 4, "Iemand"
        )
    pages = pdf_text(svc.minutes_pdf(session, full["meeting"], LABELS))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "CONFIDENTIAL" in page
    action_pages = [p for p in pages if "Actie nummer" in p]
    assert len(action_pages) >= 2
    for page in action_pages:
        assert "Who" in page and "What" in page and "By when" in page


def test_case_team_extract_has_only_that_case(session, full):
    data = svc.extract_pdf(session, full["meeting"], full["case_b"], LABELS)
    text = "\n".join(pdf_text(data))
    assert "2026-002" in text and "2026-001" not in text
    assert "Jaarplanning" not in text and "Huisbezoek" not in text
    # The stricter rule: secret-covered content stays in the case file, in every document.
    assert "SECRET-beroepsgeheim" not in text
    assert "Secret-covered information was discussed; see the case file." in text
    assert "OFFRECORD" not in text


def test_feedback_sheet_is_per_case_and_needs_consent_to_its_exact_text(session, full):
    mid, case_a = full["meeting"], full["case_a"]
    proposal = svc.feedback_text(session, mid, case_a)
    assert not proposal.saved and "Casus blijft op rood." in proposal.conclusion
    assert "OFFRECORD" not in proposal.conclusion and "Gesprek" not in proposal.conclusion
    with pytest.raises(FeedbackNeedsConsensus):
        svc.feedback_pdf(session, mid, LABELS, case_id=case_a)
    with pytest.raises(ValidationError):
        svc.save_feedback_text(session, mid, case_a, "   ")
    with pytest.raises(ValidationError):  # no text stored yet: nothing to consent to
        svc.record_feedback_consent(session, mid, case_a, guest_id=1, consent=True)
    svc.save_feedback_text(
        session, mid, case_a, f"Opvolging door {IDENTITY} besproken; rood.", "mixed", "INP Fictief"
    )
    people = svc.feedback_consents(session, mid, case_a)
    assert {p.name for p in people} == {
        "Inspecteur Jan Voorbeeld",
        "رانيا المثال",
        "Dr. Gast Fictief",
    }
    for p in people:
        kind, number = p.key.split(":")
        key = "attendance_id" if kind == "attendance" else "guest_id"
        svc.record_feedback_consent(session, mid, case_a, **{key: int(number)}, consent=True)
    assert svc.feedback_possible(session, mid, case_a)
    assert not svc.feedback_possible(session, mid, full["case_b"])
    # Any change of the text asks everyone again.
    svc.save_feedback_text(session, mid, case_a, "Casus blijft op rood.", "mixed", "INP Fictief")
    assert all(p.consent is None for p in svc.feedback_consents(session, mid, case_a))
    with pytest.raises(FeedbackNeedsConsensus):
        svc.feedback_pdf(session, mid, LABELS, case_id=case_a)
    for p in svc.feedback_consents(session, mid, case_a):
        kind, number = p.key.split(":")
        key = "attendance_id" if kind == "attendance" else "guest_id"
        svc.record_feedback_consent(session, mid, case_a, **{key: int(number)}, consent=True)
    text = " ".join(
        " ".join(pdf_text(svc.feedback_pdf(session, mid, LABELS, case_id=case_a))).split()
    )
    assert "Consensus recorded for" in text and "Dr. Gast Fictief" in text
    assert "2026-001" in text and "Casus blijft op rood." in text and "INP Fictief" in text
    assert "mixed (social and police)" in text
    for absent in (
        "SECRET-beroepsgeheim",
        "OFFRECORD",
        "Gesprek met",
        "Planning besproken",
        "Jaarplanning",
        "2026-002",
        "Huisbezoek",
        "Testpersoon",
    ):
        assert absent not in text, absent


def test_invitation_attendance_sheet_and_ics(session, full):
    import icalendar

    mid = full["meeting"]
    invitation_pdf = svc.invitation_pdf(session, mid, LABELS)
    invitation = "\n".join(pdf_text(invitation_pdf))
    assert "Invitation and agenda" in invitation and "Expected end" in invitation
    # The Arabic name is drawn joined and right to left (reports/common.py).
    assert "رانيا المثال" in reading_text(invitation_pdf)
    assert not has_unshaped_arabic(invitation)
    assert "2026-001" in invitation and IDENTITY not in invitation
    sheet = "\n".join(pdf_text(svc.attendance_sheet_pdf(session, mid, LABELS)))
    assert "Signature" in sheet and "Jürgen Beispiel" in sheet
    cal = icalendar.Calendar.from_ical(svc.ics_bytes(session, mid, "LIVC meeting"))
    event = next(iter(cal.walk("VEVENT")))
    assert str(event["summary"]) == "LIVC meeting"
    assert event.decoded("dtstart").isoformat().startswith("2026-03-10T14:00")
    assert "2026-001" not in svc.ics_bytes(session, mid, "LIVC meeting").decode()


def test_agenda_as_sent_is_what_the_minutes_print(session, full):
    mid = full["meeting"]
    svc.mark_agenda_sent(session, mid)
    svc.update_item(session, full["general"], off_record=True)  # decided in the meeting
    svc.add_item(session, mid, ItemKind.GENERAL, "Later toegevoegd punt", 5)
    text = "\n".join(pdf_text(svc.minutes_pdf(session, mid, LABELS)))
    agenda = _section(text, "Agenda (as sent)", "Attendance")
    assert "Later toegevoegd punt" not in agenda
    assert "Later toegevoegd punt" in text  # still minuted as an item
    assert "Jaarplanning preventie" not in text  # off the record since: title not reprinted


def test_write_once_and_distribution(session, full, tmp_path):
    events = []
    session.on_event(lambda kind, fields: events.append((kind, fields)))
    data = svc.minutes_pdf(session, full["meeting"], LABELS)
    out = save_export(
        session,
        tmp_path / "out" / "m.pdf",
        data,
        document="minutes",
        meeting_id=full["meeting"],
        case_id=None,
    )
    assert out.read_bytes() == data
    assert events[-1] == (
        "export_pdf",
        {
            "document": "minutes",
            "meeting_id": full["meeting"],
            "case_id": None,
            "destination": "out",
        },
    )
    svc.record_distribution(
        session,
        full["meeting"],
        svc.DocumentKind.MINUTES,
        [("Partner Fictief vzw", None), ("", None)],
        data=data,
    )
    rows = svc.distribution(session, full["meeting"])
    assert [r["recipient"] for r in rows] == ["Partner Fictief vzw"]
    assert len(rows[0]["content_hash"]) == 64


def test_every_document_label_is_provided():
    assert not [k for k in LABEL_KEYS if not LABELS.words.get(k)]


def test_large_meeting_renders():
    data = meeting_demo.render_sample_minutes(LABELS, items=40, attendees=30)
    pages = pdf_text(data)
    assert len(pages) > 3 and "Page 1 of" in pages[0]


def test_huge_text_is_refused_and_long_text_flows_over_pages(session, full):
    from livc_desktop.domain.meetings import (
        MAX_TEXT,
    )

    with pytest.raises(ValidationError) as err:
        svc.add_note(session, full["general"], text="x" * (MAX_TEXT + 1))
    assert err.value.problems == {"text": "too_long"}
    long_text = "\n".join(
        f"Regel {n} van een lang verslag met Zoë en François." for n in range(900)
    )
    svc.add_note(session, full["general"], text=long_text)
    pages = pdf_text(svc.minutes_pdf(session, full["meeting"], LABELS))
    assert len(pages) > 10
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    joined = "".join(pages)
    assert "Regel 0 van" in joined and "Regel 899 van" in joined


def test_empty_forms_are_refused_with_codes(session, full):
    mid = full["meeting"]
    with pytest.raises(ValidationError) as err:
        svc.add_item(session, mid, ItemKind.GENERAL, "   ")
    assert err.value.problems == {"title": "required"}
    with pytest.raises(ValidationError):
        svc.add_guest(session, mid, " ")
    with pytest.raises(ValidationError) as err:
        svc.add_action(session, full["general"], "", due_on=date(2026, 12, 31))
    assert err.value.problems == {"what": "required"}
    with pytest.raises(ValidationError):
        svc.add_addendum(session, mid, "")
    with pytest.raises(ValidationError) as err:
        svc.decide(session, full["item_a"], svc.DecisionKind.FLAG, "purple", "")
    assert err.value.problems == {"value": "invalid", "justification": "required"}


def test_left_early_is_printed(session, full):
    entry = next(e for e in svc.attendance(session, full["meeting"]) if e.status.value == "present")
    svc.set_attendance(session, entry.id, Attendance.PRESENT, left_at="15:10")
    text = " ".join(" ".join(pdf_text(svc.minutes_pdf(session, full["meeting"], LABELS))).split())
    assert "left at 15:10" in text


def test_case_team_meeting_invites_only_that_team(session):
    from tests.fixtures.meetings import add_case, add_partner, flag_red

    team = add_partner(session, "CAW Fictief", [], [("Teamlid Fictief", "")])
    add_partner(session, "Partner Fictief vzw", ["case_team"], [("Geen Teamlid", "")])
    case = add_case(session, "2026-020")
    cs.join_team(session, case, team, date(2026, 1, 20))
    assert svc.case_choices(session) == [(case, "2026-020")]
    mid = svc.create_meeting(
        session, svc.MeetingDraft(TableKind.CASE_TEAM, date(2026, 3, 10), case_id=case)
    )
    assert [e.name for e in svc.attendance(session, mid)] == ["Teamlid Fictief"]
    flag_red(session, case)
    flag_red(session, add_case(session, "2026-999"))
    svc.propose_agenda(session, mid)
    assert [i.case_code for i in svc.agenda(session, mid) if i.case_id] == ["2026-020"]


def test_every_partner_role_has_a_label_in_the_minutes():
    """Attendees carry their partner's role codes; none may print as a raw code."""
    from livc_desktop.domain.partners import Role
    from livc_desktop.ui.meeting_labels import role_labels

    labels = role_labels()
    assert {r.value for r in Role} <= set(labels)
