"""Meeting mode as an officer runs it: actions need their partner and stay with their item,
the keys stay in the meeting, any case or signal can be put on an agenda, silent or
confusing actions say what is going on, and a whole meeting is run by keyboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from livc_desktop.domain.cases import CaseDraft, Flag
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.meetings import ItemKind, MinutesLocked, MinutesState
from livc_desktop.services import cases as cs
from livc_desktop.services import meetings as svc
from livc_desktop.ui.pages.meetings import MeetingsPage
from livc_desktop.ui.pages.meetings.note_editor import NoteEditor
from livc_desktop.ui.pages.meetings.picker import AgendaPickerDialog
from livc_desktop.ui.privacy import MASK, privacy_mode
from tests.fixtures.meetings import add_partner, full_meeting

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def told(monkeypatch):
    """Every question is answered yes; every information box is kept, not shown."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


@pytest.fixture
def page(qtbot, session, told):
    ids = full_meeting(session)
    widget = MeetingsPage()
    qtbot.addWidget(widget)
    widget.set_session(session)
    widget.resize(1366, 768)
    widget.show()
    widget.ids = ids  # type: ignore[attr-defined]
    yield widget
    privacy_mode().set_enabled(False)
    widget.set_session(None)  # typing still waiting to be saved is saved before the register closes


def _go_to(run, item_id: int) -> None:
    index = next(n for n, i in enumerate(run._items) if i.id == item_id)
    run.go(index)


def _trail(session) -> list[tuple[str, dict]]:
    seen: list[tuple[str, dict]] = []
    session.on_event(lambda kind, fields: seen.append((str(kind), dict(fields))))
    return seen


# -- defect: an action on a case item could not be saved, and its text moved on -------------
def test_a_case_action_asks_for_its_partner_and_saves_with_it(page, qtbot, session):
    page.tabs.setCurrentWidget(page.run_panel)
    run = page.run_panel
    _go_to(run, page.ids["item_b"])
    assert run.action_partner.isVisibleTo(page)
    names = [run.action_partner.itemText(i) for i in range(run.action_partner.count())]
    assert "School Nergensland" in names  # a partner at the meeting's table
    run.action_what.setText("Gesprek met de school")
    qtbot.keyClick(run.action_what, Qt.Key.Key_Return, CTRL)
    # No partner chosen yet: said beside the form, in words, and nothing is saved.
    assert run.action_problem.isVisibleTo(page)
    assert "partner" in run.action_problem.text().lower()
    assert svc.actions_of_item(session, page.ids["item_b"]) == []
    run.action_partner.setCurrentIndex(run.action_partner.findText("School Nergensland"))
    qtbot.keyClick(run.action_what, Qt.Key.Key_Return, CTRL)
    (action,) = svc.actions_of_item(session, page.ids["item_b"])
    assert action.what == "Gesprek met de school" and action.who == "School Nergensland"
    measure = next(m for m in cs.measures(session, page.ids["case_b"]) if m.id == action.measure_id)
    assert measure.partner == "School Nergensland"


def test_the_case_team_gives_the_default_partner(page, session):
    school = next(p for p, n in cs.partner_choices(session) if n == "School Nergensland")
    cs.join_team(session, page.ids["case_b"], school, date(2026, 3, 1))
    page.tabs.setCurrentWidget(page.run_panel)
    _go_to(page.run_panel, page.ids["item_b"])
    assert page.run_panel.action_partner.currentText() == "School Nergensland"
    assert page.run_panel.action_partner.itemText(1) == "School Nergensland"  # team first


def test_a_draft_stays_with_the_item_it_was_typed_for(page, qtbot, session):
    page.tabs.setCurrentWidget(page.run_panel)
    run = page.run_panel
    _go_to(run, page.ids["item_b"])
    run.action_what.setText("Actie voor de school")
    run.decision_why.setText("Reden voor B")
    qtbot.keyClick(run.action_what, Qt.Key.Key_PageDown)
    assert run.current_item().id != page.ids["item_b"]
    assert run.action_what.text() == "" and run.decision_why.text() == ""
    # Ctrl+Return on this item has nothing of item B's to save.
    before = {i.id: len(svc.actions_of_item(session, i.id)) for i in run._items}
    qtbot.keyClick(run.action_what, Qt.Key.Key_Return, CTRL)
    assert {i.id: len(svc.actions_of_item(session, i.id)) for i in run._items} == before
    qtbot.keyClick(run.action_what, Qt.Key.Key_PageUp)
    assert run.current_item().id == page.ids["item_b"]
    assert run.action_what.text() == "Actie voor de school"
    assert run.decision_why.text() == "Reden voor B"
    page.set_session(None)  # a lock forgets every draft
    page.set_session(session)
    page.tabs.setCurrentWidget(page.run_panel)
    _go_to(page.run_panel, page.ids["item_b"])
    assert page.run_panel.action_what.text() == ""


# -- defect: the keyboard flow broke and left the meeting ----------------------------------------
def test_page_down_lands_in_the_items_note_and_shortcuts_keep_working(page, qtbot, session):
    page.tabs.setCurrentWidget(page.run_panel)
    run = page.run_panel
    for _ in range(len(run._items) + 1):
        focused = QApplication.focusWidget()
        qtbot.keyClick(focused, Qt.Key.Key_PageDown)
        focused = QApplication.focusWidget()
        assert isinstance(focused.parent(), NoteEditor), focused
        assert focused.parent() in run.note_editors  # the note of the item on screen
    last = run.current_item()
    assert last.id == run._items[-1].id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
    item = run.current_item()
    count = len(svc.notes_of_item(session, item.id))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, CTRL)
    kinds = [n.kind for n in svc.notes_of_item(session, item.id)]
    assert len(kinds) == count + 2 and kinds[-1] is svc.NoteKind.DECISION


def test_keys_stay_in_the_meeting_inside_the_main_window(qtbot, make_window, sentinel_register):
    from tests.gui.conftest import unlock_with

    window = make_window(sentinel_register)
    unlock_with(qtbot, window)
    full_meeting(window.session)
    window.show_page("meetings")
    page = window.page("meetings")
    page.refresh()
    page.tabs.setCurrentWidget(page.run_panel)
    assert window.navigation.focusPolicy() == Qt.FocusPolicy.NoFocus
    run = page.run_panel
    run.focus_note()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
        assert window.page_stack.currentWidget() is page
        assert run.isAncestorOf(QApplication.focusWidget())
    page.tabs.setCurrentIndex(0)  # out of meeting mode: the menu takes keys again
    assert window.navigation.focusPolicy() == Qt.FocusPolicy.StrongFocus


# -- defect: any case or signal on an agenda, and the next meeting ---------------------------
def test_the_picker_finds_any_case_by_pseudonym_with_accents_folded(page, qtbot, session):
    case = cs.open_case(session, CaseDraft(date(2026, 2, 1), pseudonym="Hélène V."))
    choices = svc.agenda_choices(session, page.current_meeting().id)
    dialog = AgendaPickerDialog(choices)
    qtbot.addWidget(dialog)
    for typed in ("helene", "HÉLÈNE v"):
        dialog.filter.setText(typed)
        assert dialog.chosen() is not None and dialog.chosen().case_id == case
    dialog.filter.setText("nobody like this")
    assert dialog.chosen() is None and dialog.empty.isVisibleTo(dialog)
    item = svc.add_to_agenda(session, page.current_meeting().id, case_id=case)
    assert svc.add_to_agenda(session, page.current_meeting().id, case_id=case) == item


def test_the_prepare_tab_adds_a_chosen_case(page, session, monkeypatch):
    case = cs.open_case(session, CaseDraft(date(2026, 2, 1), pseudonym="Zoë Fictief"))
    code = cs.get_case(session, case).code

    def pick(dialog):
        dialog.filter.setText("zoe")
        return AgendaPickerDialog.DialogCode.Accepted

    monkeypatch.setattr(AgendaPickerDialog, "exec", pick)
    page.prepare_panel.pick.click()
    assert code in [i.case_code for i in svc.agenda(session, page.current_meeting().id)]


def test_a_new_yellow_case_is_proposed_for_the_next_meeting(session):
    case = cs.open_case(session, CaseDraft(date.today()))
    cs.change_flag(
        session,
        case,
        Flag.YELLOW,
        "Weeg opnieuw",
        date.today() + timedelta(weeks=6),
        decided_by_person="Test",
        decided_on=date.today(),
    )
    meeting = svc.create_meeting(
        session, svc.MeetingDraft(TableKind.INTEGRATED, date.today() + timedelta(days=7), "14:00")
    )
    svc.propose_agenda(session, meeting)
    assert case in [i.case_id for i in svc.agenda(session, meeting)]


def test_put_on_the_next_meeting_or_say_there_is_none(session, told):
    case = cs.open_case(session, CaseDraft(date.today()))
    with pytest.raises(svc.NoNextMeeting):
        svc.put_on_next_meeting(session, case_id=case)
    later = svc.create_meeting(
        session, svc.MeetingDraft(TableKind.INTEGRATED, date.today() + timedelta(days=21), "14:00")
    )
    sooner = svc.create_meeting(
        session, svc.MeetingDraft(TableKind.INTEGRATED, date.today() + timedelta(days=7), "14:00")
    )
    meeting, item = svc.put_on_next_meeting(session, case_id=case)
    assert meeting.id == sooner and later != sooner
    assert item in [i.id for i in svc.agenda(session, sooner)]


def test_the_case_file_and_signal_page_put_it_on_the_next_meeting(qtbot, session, told):
    from livc_desktop.ui.dialogs.case_file import CaseFileDialog
    from livc_desktop.ui.pages.signals import SignalsPage
    from tests.fixtures.meetings import add_signal

    case = cs.open_case(session, CaseDraft(date.today()))
    dialog = CaseFileDialog(session, case)
    qtbot.addWidget(dialog)
    dialog.next_meeting_button.click()
    assert "No meeting is planned" in told[-1]
    meeting = svc.create_meeting(
        session, svc.MeetingDraft(TableKind.INTEGRATED, date.today() + timedelta(days=7), "14:00")
    )
    dialog.next_meeting_button.click()
    assert case in [i.case_id for i in svc.agenda(session, meeting)]
    signal = add_signal(session)
    signals = SignalsPage()
    qtbot.addWidget(signals)
    signals.set_session(session)
    signals.view.selectRow(0)
    signals.next_meeting_button.click()
    assert signal in [i.signal_id for i in svc.agenda(session, meeting)]
    signals.set_session(None)
    dialog.reject()


# -- defect: silent or confusing actions ----------------------------------------------------------
def test_inviting_a_table_nobody_sits_at_says_how_to_fix_it(page, told, session):
    meeting = page.current_meeting()
    svc.update_meeting(session, meeting.id, table_kind=TableKind.OPERATIONAL.value)
    page.reload(select=meeting.id)
    page.prepare_panel.invite_members.click()
    assert told and "Partners page" in told[-1] and "tick" in told[-1]
    add_partner(session, "CAW Fictief", ["operational"], [])
    page.prepare_panel.invite_members.click()
    assert "no active contact" in told[-1]


def test_the_invitation_opens_where_it_is_made(page, qtbot):
    page.tabs.setCurrentIndex(0)
    page.prepare_panel.invitation.click()
    assert page.tabs.currentIndex() == 0  # not the minutes tab
    dialog = page.document_dialog
    assert dialog is not None and "Invitation" in dialog.heading.text()
    dialog.reject()


def test_finalising_is_refused_before_the_question(page, session, monkeypatch, told):
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]))
    meeting = page.current_meeting()
    svc.update_meeting(session, meeting.id, on_date=date.today() + timedelta(days=3))
    page.reload(select=meeting.id)
    page.tabs.setCurrentWidget(page.minutes_panel)
    page.minutes_panel.finalise.click()
    assert asked == [] and told  # told why, never asked
    assert page.current_meeting().minutes_state is MinutesState.DRAFT


def test_actions_are_corrected_and_removed_and_the_trail_says_so(page, qtbot, session):
    page.tabs.setCurrentWidget(page.run_panel)
    run = page.run_panel
    seen = _trail(session)
    _go_to(run, page.ids["item_a"])
    assert run.action_model.rowCount() == 1
    run.action_list.selectRow(0)
    run.action_correct.click()
    assert run.action_what.text() == "Huisbezoek plannen"
    run.action_what.setText("Huisbezoek in april")
    qtbot.keyClick(run.action_what, Qt.Key.Key_Return, CTRL)
    (action,) = svc.actions_of_item(session, page.ids["item_a"])
    assert action.what == "Huisbezoek in april"
    measure = next(m for m in cs.measures(session, page.ids["case_a"]) if m.id == action.measure_id)
    assert measure.what == "Huisbezoek in april"
    run.action_list.selectRow(0)
    run.action_remove.click()
    assert svc.actions_of_item(session, page.ids["item_a"]) == []
    kinds = [k for k, _f in seen]
    assert ChangeKind.MEETING_ACTION_UPDATED.value in kinds
    assert ChangeKind.MEETING_ACTION_DELETED.value in kinds
    for kind, fields in seen:
        if kind.startswith("meeting_action"):
            assert fields["case_code"] == "2026-001" and fields["item_kind"] == "case"
            assert "Huisbezoek" not in repr(fields)


def test_finalised_minutes_are_never_changed_silently(session):
    ids = full_meeting(session)
    svc.finalise(session, ids["meeting"])
    action = svc.actions_of_item(session, ids["general"])[0]
    with pytest.raises(MinutesLocked):
        svc.correct_action(session, action.id, "Anders")
    with pytest.raises(MinutesLocked):
        svc.delete_action(session, action.id)
    with pytest.raises(MinutesLocked):
        svc.add_action(session, ids["general"], "Nieuw")
    assert svc.actions_of_item(session, ids["general"])[0].what == action.what


def test_an_off_record_items_title_is_masked_in_privacy_mode(page):
    page.tabs.setCurrentWidget(page.run_panel)
    run = page.run_panel
    _go_to(run, page.ids["hidden"])
    assert "Off-record informatie" in run.title.text()
    privacy_mode().set_enabled(True)
    assert "Off-record informatie" not in run.title.text() and MASK in run.title.text()
    model = page.prepare_panel.agenda_model
    titles = [model.index(r, model.TITLE).data() for r in range(model.rowCount())]
    assert MASK in titles and "Off-record informatie" not in titles
    assert "Jaarplanning preventie" in titles  # on the record: shown
    privacy_mode().set_enabled(False)
    assert "Off-record informatie" in run.title.text()


# -- the case beside its item --------------------------------------------------------------------
def test_the_case_summary_beside_a_case_item(page, session):
    page.tabs.setCurrentWidget(page.run_panel)
    run = page.run_panel
    _go_to(run, page.ids["general"])
    assert not run.case_summary.isVisibleTo(page)
    _go_to(run, page.ids["item_a"])
    text = run.case_summary.text.text()
    assert run.case_summary.isVisibleTo(page)
    assert "Red" in text and "Huisbezoek plannen" in text and "Zorgen blijven" in text
    privacy_mode().set_enabled(True)
    masked = run.case_summary.text.text()
    assert "Huisbezoek plannen" not in masked and "Zorgen blijven" not in masked
    assert "Red" in masked


# -- a whole meeting by keyboard -------------------------------------------------------------------
def test_a_whole_meeting_run_by_keyboard(qtbot, session, told):
    from tests.fixtures.meetings import pdf_text

    school = add_partner(session, "School Voorbeeldegem", ["integrated"], [("Ann Demo", "CLB")])
    add_partner(session, "Politie Demostad", ["integrated"], [("Bert Demo", "inspecteur")])
    case = cs.open_case(session, CaseDraft(date.today()))
    cs.change_flag(
        session,
        case,
        Flag.YELLOW,
        "Opvolgen",
        date.today() + timedelta(weeks=6),
        decided_by_person="T",
        decided_on=date.today(),
    )
    code = cs.get_case(session, case).code
    meeting = svc.create_meeting(
        session, svc.MeetingDraft(TableKind.INTEGRATED, date.today(), "14:00", "Zaal Demo")
    )
    svc.propose_agenda(session, meeting)
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.resize(1366, 768)
    page.show()
    page.reload(select=meeting)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.prepare_panel.place.setFocus()
    qtbot.keyClick(page.prepare_panel.place, Qt.Key.Key_Tab, CTRL)  # to meeting mode
    run = page.run_panel
    assert page.tabs.currentWidget() is run

    def key(k, mod=Qt.KeyboardModifier.NoModifier):
        assert QApplication.focusWidget() is not None
        qtbot.keyClick(QApplication.focusWidget(), k, mod)

    def type_(text):
        assert QApplication.focusWidget() is not None
        qtbot.keyClicks(QApplication.focusWidget(), text)

    # Attendance: the first member present.
    run.attendance.attendance_view.setFocus()
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_1, CTRL)
    run.focus_note()
    type_("Welkom door de voorzitter.")
    for _ in range(len(run._items)):
        if run.current_item().case_id == case:
            break
        key(Qt.Key.Key_PageDown)
    assert run.current_item().case_id == case
    type_("Stand van zaken besproken.")
    key(Qt.Key.Key_D, CTRL)
    type_("De school volgt op.")
    run.action_what.setFocus()
    type_("Gesprek met de leerling")
    key(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the partner field, by its mnemonic
    assert QApplication.focusWidget() is run.action_partner
    for _ in range(run.action_partner.count()):
        if run.action_partner.currentData() == school:
            break
        key(Qt.Key.Key_Down)
    assert run.action_partner.currentData() == school
    key(Qt.Key.Key_Return, CTRL)
    assert not run.action_problem.isVisible()
    key(Qt.Key.Key_PageDown)
    type_("Geen andere punten.")
    key(Qt.Key.Key_Tab, CTRL)  # to the minutes
    assert page.tabs.currentWidget() is page.minutes_panel
    page.minutes_panel.finalise.setFocus()
    key(Qt.Key.Key_Space)
    assert page.current_meeting().minutes_state is MinutesState.FINALISED
    text = "\n".join(pdf_text(svc.minutes_pdf(session, meeting, page.context.document_labels())))
    for words in (
        "Welkom door de voorzitter.",
        "Stand van zaken besproken.",
        "De school volgt op.",
        "Gesprek met de leerling",
        "School Voorbeeldegem",
        "Geen andere punten.",
        code,
    ):
        assert words in text, words
    present = [e for e in svc.attendance(session, meeting) if e.status.value == "present"]
    assert len(present) == 1
    assert [m.what for m in cs.measures(session, case)] == ["Gesprek met de leerling"]
    items = svc.agenda(session, meeting)
    assert any(i.kind is ItemKind.CASE and i.case_id == case for i in items)
    page.set_session(None)


def test_removing_a_note_or_an_item_names_kind_meeting_and_case_only(session):
    ids = full_meeting(session)
    seen = _trail(session)
    note = next(n for n in svc.notes_of_item(session, ids["item_b"]))
    svc.delete_note(session, note.id)
    svc.delete_item(session, ids["general"])
    (note_event,) = [f for k, f in seen if k == ChangeKind.MEETING_NOTE_DELETED.value]
    assert note_event["case_code"] == "2026-002" and note_event["meeting_id"] == ids["meeting"]
    (item_event,) = [f for k, f in seen if k == ChangeKind.AGENDA_ITEM_DELETED.value]
    assert item_event["item_kind"] == "general" and item_event["meeting_id"] == ids["meeting"]
    assert "SECRET" not in repr(seen) and "Jaarplanning" not in repr(seen)
