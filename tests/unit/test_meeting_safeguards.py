"""What keeps meetings safe and consistent: identity after hand-over, redaction, decisions
at a meeting, deleting what was applied, proposals per table, atomic writes, finalising only
held meetings, series without drift."""

from __future__ import annotations

import errno
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livc_desktop.domain.cases import CaseDraft, Flag, Identity, MeasureStatus, Phase
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.errors import DiskFull, ValidationError
from livc_desktop.domain.meetings import (
    AppliedToCase,
    DecideInCaseFile,
    DecisionKind,
    ItemKind,
    MeetingNotHeld,
    Recurrence,
    dates_after,
)
from livc_desktop.domain.minutes import redact
from livc_desktop.domain.redaction import REDACTED
from livc_desktop.services import cases as cs
from livc_desktop.services import handover
from livc_desktop.services import meetings as svc
from livc_desktop.services.exports import save_export
from livc_desktop.services.meetings import documents
from livc_desktop.storage.files import write_atomic
from livc_desktop.ui.meeting_labels import document_labels
from tests.fixtures.meetings import IDENTITY, full_meeting, pdf_text

LABELS = document_labels("en")
TODAY = date.today()
YESTERDAY = TODAY - timedelta(days=1)


def _case_meeting(session, on_date: date = YESTERDAY) -> tuple[int, int, int]:
    case_id = cs.open_case(session, CaseDraft(TODAY - timedelta(days=30)), Identity(name=IDENTITY))
    mid = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, on_date, "14:00"))
    item = svc.add_item(session, mid, ItemKind.CASE, "", 15, case_id=case_id)
    return case_id, mid, item


# -- 1. hand-over scrubs draft meeting texts ----
def test_hand_over_scrubs_names_from_draft_meeting_texts(session):
    case_id, mid, item = _case_meeting(session)
    svc.add_note(session, item, text="Zoë Testpersoon werd besproken")
    svc.add_note(session, item, text="zoe testpersoon: nog niets", off_record=True)
    from tests.fixtures.meetings import add_partner

    pid = add_partner(session, "Partner Fictief vzw", ["integrated"], [])
    svc.add_action(
        session, item, "Bellen met Zoe Testpersoon", "Testpersoon zelf", "", partner_id=pid
    )
    svc.update_item(session, item, title="Over Zoë")
    svc.decide(
        session,
        item,
        DecisionKind.FLAG,
        "red",
        "Testpersoon blijft zorgwekkend",
        TODAY + timedelta(days=30),
    )
    handover.change_flag(
        session,
        case_id,
        Flag.BLACK,
        "Acuut gevaar",
        None,
        decided_by_person="Fien",
        handed_to="Parket Fictief",
        handed_on=TODAY,
    )
    assert cs.identity_terms(session, [case_id]) == []  # the identity is gone
    texts = [t for *_, t in svc.repo(session).draft_case_texts(case_id)]
    assert texts and not any("Zo" in t or "Testpersoon" in t for t in texts)
    assert REDACTED in " ".join(texts)
    svc.finalise(session, mid)
    printed = "".join(pdf_text(svc.minutes_pdf(session, mid, LABELS)))
    assert "Testpersoon" not in printed and "Zoë" not in printed and "Zoe" not in printed


def test_scrub_leaves_frozen_minutes_alone_and_blanks_full_names_everywhere(session):
    case_id, mid, item = _case_meeting(session)
    svc.add_note(session, item, text="Zoë Testpersoon")
    svc.finalise(session, mid)
    other = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, YESTERDAY))
    general = svc.add_item(session, other, ItemKind.GENERAL, "Algemeen", 5)
    svc.add_note(session, general, text="Zoë Testpersoon (niet over de casus); Zoë belt")
    # The full name goes everywhere; the lone "Zoë" stays outside the case's own items.
    assert svc.scrub_case_identity(session, case_id, [IDENTITY]) == 1
    assert svc.notes_of_item(session, general)[0].text == "[…] (niet over de casus); Zoë belt"
    assert svc.verify_frozen(session, mid)


# -- 4. addendum and approval remarks are redacted ----
def test_addendum_and_approval_remarks_are_redacted(session):
    ids = full_meeting(session)
    mid = ids["meeting"]
    svc.finalise(session, mid)
    later = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, YESTERDAY))
    svc.add_addendum(session, mid, f"Correctie: {IDENTITY} was niet aanwezig.")
    svc.approve(session, mid, later, "Goedgekeurd; zoe testpersoon verbeterd.")
    printed = "".join(pdf_text(svc.minutes_pdf(session, mid, LABELS)))
    assert "Correctie" in printed and "verbeterd" in printed
    assert "Testpersoon" not in printed and "testpersoon" not in printed


def test_report_redacts_addenda_it_is_given(session):
    from livc_desktop.domain.meetings import (
        Addendum,
    )
    from livc_desktop.reports import minutes as report

    ids = full_meeting(session)
    content = svc.minutes_content(session, ids["meeting"])
    info = documents._info(session, LABELS, None)
    info = info.__class__(
        **{
            **info.__dict__,
            "addenda": (Addendum(1, f"Over {IDENTITY}", "2026-03-11T10:00:00", "x"),),
            "approved_on": "2026-04-01",
            "approval_remarks": "Zoë akkoord",
            "identity_terms": (IDENTITY, "Zoë"),
        }
    )
    printed = "".join(pdf_text(report.minutes_pdf(content, info)))
    assert "Over" in printed and "akkoord" in printed
    assert "Testpersoon" not in printed and "Zoë" not in printed


# -- 5. redaction: accents, case, word boundaries ----
def test_redact_ignores_accents_and_case_but_keeps_other_words():
    assert redact("Zoe en ZOË en zoë", ["Zoë"]) == "[…] en […] en […]"
    assert redact("Ali en Alice", ["Ali"]) == "[…] en Alice"
    assert redact("Zoë  Testpersoon kwam", ["Zoë Testpersoon"]) == "[…] kwam"
    # Decomposed input (e + combining diaeresis) is blanked whole.
    assert redact("Zoe\u0308 kwam", ["Zoë"]) == "[…] kwam"
    assert redact("رانيا المثال حضرت", ["رانيا المثال"]) == "[…] حضرت"


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéëèàçöüï", min_size=3, max_size=8)


@given(name=_WORD, before=_WORD, after=_WORD)
def test_redact_blanks_the_name_in_any_case_and_accent_but_not_longer_words(name, before, after):
    import unicodedata

    plain = "".join(
        c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)
    ).upper()
    text = f"{before} {plain} {after} {name}{after}"
    out = redact(text, [name])
    # The standalone name (whatever its case and accents) is gone...
    assert f" {REDACTED} " in out
    # ...but a longer word that merely starts with it is kept.
    assert out.endswith(f"{name}{after}") or redact(f"{name}{after}", [name]) == REDACTED


# -- 6. decisions at a meeting: the meeting's date; black and closed refused ----
def test_meeting_decisions_carry_the_meeting_date(session):
    case_id, mid, item = _case_meeting(session, on_date=TODAY - timedelta(days=3))
    svc.decide(session, item, DecisionKind.FLAG, "yellow", "Opvolgen", TODAY + timedelta(40))
    entry = cs.flag_history(session, case_id)[-1]
    assert entry.decided_on == TODAY - timedelta(days=3) and entry.meeting_id == mid
    svc.decide(session, item, DecisionKind.PHASE, "file_building")
    phase = cs.phase_history(session, case_id)[-1]
    assert phase.to_phase is Phase.FILE_BUILDING
    assert phase.changed_on == TODAY - timedelta(days=3)


def test_black_flag_and_closing_are_refused_at_the_meeting(session):
    case_id, _mid, item = _case_meeting(session)
    with pytest.raises(DecideInCaseFile):
        svc.decide(session, item, DecisionKind.FLAG, "black", "Acuut")
    with pytest.raises(DecideInCaseFile):
        svc.decide(session, item, DecisionKind.PHASE, "closed")
    assert svc.repo(session).decisions(_mid) == []
    assert cs.get_case(session, case_id).phase is not Phase.CLOSED


# -- 7. what was applied to a case cannot be deleted ----
def test_items_and_actions_applied_to_a_case_cannot_be_deleted(session):
    ids = full_meeting(session)
    items = {i.case_id: i for i in svc.agenda(session, ids["meeting"]) if i.case_id}
    case_item = next(i for i in items.values() if i.id != 0 and svc.actions_of_item(session, i.id))
    action = svc.actions_of_item(session, case_item.id)[0]
    assert action.measure_id is not None
    # A measure the case already followed up stays, and so does the action that made it.
    cs.set_measure_status(session, action.measure_id, MeasureStatus.DONE, "Gedaan")
    with pytest.raises(AppliedToCase):
        svc.delete_action(session, action.id)
    with pytest.raises(AppliedToCase):
        svc.delete_item(session, case_item.id)
    assert svc.actions_of_item(session, case_item.id)
    # Plain actions and items can still go.
    svc.delete_action(session, svc.actions_of_item(session, ids["general"])[0].id)
    svc.delete_item(session, ids["general"])


def test_an_action_whose_measure_is_still_open_is_removed_with_it(session):
    ids = full_meeting(session)
    case_item = next(
        i
        for i in svc.agenda(session, ids["meeting"])
        if i.case_id and svc.actions_of_item(session, i.id)
    )
    action = svc.actions_of_item(session, case_item.id)[0]
    assert action.measure_id in {m.id for m in cs.measures(session, case_item.case_id)}
    svc.delete_action(session, action.id)
    assert action.id not in {a.id for a in svc.actions_of_item(session, case_item.id)}
    assert action.measure_id not in {m.id for m in cs.measures(session, case_item.case_id)}


# -- 8. proposals only at operational tables ----
@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (TableKind.STRATEGIC, 0),
        (TableKind.INTEGRATED, 2),
        (TableKind.OPERATIONAL, 2),
        (TableKind.MAIN_BODY, 2),
        (TableKind.ZONAL, 2),
    ],
)
def test_proposals_follow_the_table(session, table, expected):
    from tests.fixtures.meetings import add_case, add_signal, flag_red

    flag_red(session, add_case(session, "2026-020"))
    add_signal(session)
    mid = svc.create_meeting(session, svc.MeetingDraft(table, date(2026, 3, 10), "14:00"))
    assert len(svc.propose_agenda(session, mid)) == expected


def test_case_team_gets_only_its_own_case(session):
    from tests.fixtures.meetings import add_case, add_signal, flag_red

    own, other = add_case(session, "2026-021"), add_case(session, "2026-022")
    flag_red(session, own)
    flag_red(session, other)
    add_signal(session)
    draft = svc.MeetingDraft(TableKind.CASE_TEAM, date(2026, 3, 10), "14:00", case_id=own)
    mid = svc.create_meeting(session, draft)
    added = svc.propose_agenda(session, mid)
    assert [svc.repo(session).item(i).case_id for i in added] == [own]
    loose = svc.create_meeting(session, svc.MeetingDraft(TableKind.CASE_TEAM, date(2026, 3, 10)))
    assert svc.propose_agenda(session, loose) == []


# -- 9. atomic writes ----
def _fail_fsync(monkeypatch):
    def boom(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", boom)


def test_a_failed_minutes_write_keeps_the_old_file_on_disk_full(session, tmp_path, monkeypatch):
    ids = full_meeting(session)
    target = tmp_path / "out" / "minutes.pdf"
    save_export(session, target, b"first", document="minutes", meeting_id=ids["meeting"])
    _fail_fsync(monkeypatch)
    with pytest.raises(DiskFull):
        save_export(session, target, b"second", document="minutes", meeting_id=ids["meeting"])
    assert target.read_bytes() == b"first"
    assert sorted(p.name for p in target.parent.iterdir()) == ["minutes.pdf"]


def test_partner_export_is_fsynced_and_atomic(tmp_path, monkeypatch):
    target = tmp_path / "partners.csv"
    write_atomic(target, b"old")
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd)))
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and synced
    _fail_fsync(monkeypatch)
    with pytest.raises(DiskFull):
        write_atomic(target, b"newer")
    assert target.read_bytes() == b"new"
    assert [p.name for p in Path(tmp_path).iterdir()] == ["partners.csv"]


# -- 10. finalise and approve only held meetings ----
def test_minutes_of_a_future_meeting_cannot_be_finalised(session):
    tomorrow = TODAY + timedelta(days=1)
    future = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, tomorrow))
    with pytest.raises(MeetingNotHeld):
        svc.finalise(session, future)
    held = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, YESTERDAY))
    svc.finalise(session, held)
    with pytest.raises(MeetingNotHeld):
        svc.approve(session, held, future)
    today_meeting = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, TODAY))
    svc.approve(session, held, today_meeting)


# -- 11. series ----
def test_monthly_extension_does_not_drift(session):
    ids = svc.create_series(
        session,
        svc.MeetingDraft(TableKind.INTEGRATED, date(2026, 1, 31), "10:00"),
        Recurrence.MONTHLY,
        1,
    )
    assert svc.get_meeting(session, ids[1]).on_date == date(2026, 2, 28)
    more = svc.extend_series(session, ids[0], 2)
    assert [svc.get_meeting(session, i).on_date for i in more] == [
        date(2026, 3, 31),
        date(2026, 4, 30),
    ]
    assert dates_after(date(2026, 1, 31), date(2026, 2, 28), Recurrence.MONTHLY, 1) == [
        date(2026, 3, 31)
    ]
    with pytest.raises(ValidationError):
        svc.extend_series(session, ids[0], 0)
    with pytest.raises(ValidationError):
        svc.extend_series(session, ids[0], 61)


def test_series_extension_is_recorded_once(session):
    events: list[str] = []
    session.on_event(lambda kind, fields: events.append(kind))
    mid = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, date(2026, 1, 31)))
    svc.make_recurring(session, mid, Recurrence.MONTHLY, 2)
    assert events.count("meeting_series_extended") == 1
    # Extending on its own is announced too (it was not), once.
    svc.extend_series(session, mid, 1)
    assert events.count("meeting_series_extended") == 2


# -- 12. whole sentences, localised dates, the cell's own flag names ---------------------------
def test_documents_use_localised_dates_sentences_and_own_flag_names(session):
    from livc_desktop.domain.cases import FlagText
    from livc_desktop.ui.dates import date_formatter
    from livc_desktop.ui.meeting_labels import labels_for

    assert date_formatter("en")("2026-03-10") == "10/03/2026"
    assert "2026" in date_formatter("nl")("2026-03-10")
    assert date_formatter("nl")("2026-03-10") != "2026-03-10"
    assert date_formatter("de")("not a date") == "not a date"
    texts = cs.flag_texts(session)
    texts[Flag.RED] = FlagText(label="Rood-verhoogd Fictief")
    cs.save_flag_texts(session, texts)
    ids = full_meeting(session)
    mid = ids["meeting"]
    svc.finalise(session, mid)
    svc.add_addendum(session, mid, "Kleine correctie.")
    labels = labels_for(session, "en")
    text = " ".join(" ".join(pdf_text(svc.minutes_pdf(session, mid, labels))).split())
    assert "Rood-verhoogd Fictief" in text  # the cell's own name for the red flag
    added = svc.repo(session).addenda(mid)[0].created_at[:10]
    assert f"Addendum 1 ({labels.format_date(added)})" in text
    assert "next review on 14/04/2026" in text
    assert "2026-03-10" not in text and "2026-04-14" not in text
