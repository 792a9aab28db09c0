"""The meetings page: list, prepare, run mode (autosave, off the record, keyboard), minutes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.meetings import (
    Attendance,
    ItemKind,
    MinutesState,
)
from livc_desktop.services import meetings as svc
from livc_desktop.ui.models.meetings import (
    ROW_ROLE,
    SORT_ROLE,
    AgendaTableModel,
    MeetingFilterProxy,
    MeetingTableModel,
)
from livc_desktop.ui.pages.meetings import AUTOSAVE_MS, MeetingsPage
from livc_desktop.ui.pages.meetings.common import date_of
from tests.fixtures.meetings import full_meeting


@pytest.fixture
def page(qtbot, session, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    full_meeting(session)
    widget = MeetingsPage()
    qtbot.addWidget(widget)
    widget.set_session(session)
    widget.resize(1400, 900)
    widget.show()
    return widget


# -- models without widgets ---------------------------------------------------------------
def test_meeting_model_sorts_filters_and_returns_rows(session):
    ids = [
        svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, d, "09:00", place))
        for d, place in ((date(2026, 5, 1), "Zaal Noord"), (date(2026, 3, 1), "Zaal Zuid"))
    ]
    model = MeetingTableModel()
    model.set_meetings(svc.list_meetings(session))
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(MeetingTableModel.DATE, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data(ROW_ROLE).id == ids[1]
    assert proxy.index(0, MeetingTableModel.DATE).data(SORT_ROLE).startswith("2026-03-01")
    proxy.setFilterFixedString("noord")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(ROW_ROLE).id == ids[0]
    model.set_meetings([])
    assert proxy.rowCount() == 0


def test_agenda_model_drag_move_emits_new_order(session):
    mid = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, date(2026, 5, 1)))
    items = svc.agenda(session, mid)
    model = AgendaTableModel()
    model.set_items(items, "10:00")
    orders = []
    model.order_changed.connect(orders.append)
    mime = model.mimeData([model.index(0, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    expected = [items[1].id, items[2].id, items[0].id, items[3].id]
    assert orders == [expected]
    assert model.index(1, AgendaTableModel.START).data() == "10:05"


# -- page -------------------------------------------------------------------------------
def test_page_lists_meetings_and_locks_clean(page):
    assert page.page_id == "meetings" and page.objectName() == "page_meetings"
    assert page.model.rowCount() == 1
    assert page.current_meeting() is not None
    page.set_session(None)
    assert page.model.rowCount() == 0
    assert page.prepare_panel.agenda_model.rowCount() == 0
    assert page.run_panel.attendance.attendance_model.rowCount() == 0
    assert page.prepare_panel.place.text() == ""
    assert page.current_meeting() is None


def _inputs(page):
    """Every editable field on the page, found generically (new fields are covered too)."""
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QComboBox,
        QDateTimeEdit,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    lines = [
        w
        for w in page.findChildren(QLineEdit)
        if not isinstance(w.parent(), QAbstractSpinBox | QComboBox) and not w.isReadOnly()
    ]
    texts = page.findChildren(QTextEdit) + page.findChildren(QPlainTextEdit)
    dates = page.findChildren(QDateTimeEdit)
    combos = [c for c in page.findChildren(QComboBox) if c.isEditable()]
    return lines, texts, dates, combos


def test_lock_empties_every_input_field(page):
    from PySide6.QtCore import QDateTime

    page.tabs.setCurrentWidget(page.run_panel)
    lines, texts, dates, combos = _inputs(page)
    names = {w.objectName() for w in lines}
    for wanted in (
        "action_who",
        "action_what",
        "decision_justification",
        "run_approval_remarks",
        "guest_name",
        "guest_organisation",
        "guest_capacity",
        "attendance_clock",
        "minutes_approve_remarks",
        "minutes_addendum_text",
    ):
        assert wanted in names
    assert {"action_due", "decision_next_review"} <= {w.objectName() for w in dates}
    for w in lines:
        w.setText("Zoë Testpersoon")
    for w in texts:
        w.setPlainText("Zoë Testpersoon")
    for w in dates:
        w.setDateTime(QDateTime.currentDateTime())
    for w in combos:
        w.setEditText("Zoë Testpersoon")
    page.set_session(None)
    lines, texts, dates, combos = _inputs(page)
    assert [w.objectName() for w in lines if w.text()] == []
    assert [w.objectName() for w in texts if w.toPlainText()] == []
    assert [w.objectName() for w in dates if date_of(w) is not None] == []
    assert [w.objectName() for w in combos if w.currentText()] == []


def test_lock_never_waits_and_tells_a_save_failure_after_unlock(page, qtbot, session, monkeypatch):
    from livc_desktop.domain.errors import DiskFull

    page.tabs.setCurrentWidget(page.run_panel)
    run = page.run_panel
    run._add_note(svc.NoteKind.ACCOUNT)
    qtbot.keyClicks(run.note_editors[-1].editor, "Laatste woorden")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))

    def full(*_a, **_k):
        raise DiskFull("ENOSPC")

    monkeypatch.setattr(svc, "save_note_text", full)
    page.set_session(None)
    assert shown == []  # the lock did not stop for a dialog
    assert page.run_panel.note_editors == []
    page.set_session(session)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "disk is full" in shown[0]
    page.set_session(None)
    page.set_session(session)
    qtbot.wait(10)
    assert len(shown) == 1  # told once


def test_prepare_validates_next_to_the_field(page, qtbot):
    panel = page.prepare_panel
    # Times come from time editors: an end before the start is what can still be wrong.
    panel.start_time.setTime(QTime(10, 0))
    panel.end_time.setTime(QTime(9, 0))
    qtbot.mouseClick(panel.save_details, Qt.MouseButton.LeftButton)
    assert panel.problems["end_time"].isVisibleTo(page)
    panel.start_time.setTime(QTime(9, 30))
    panel.end_time.setTime(QTime(11, 0))
    panel.place.setText("Zaal رانيا")
    qtbot.mouseClick(panel.save_details, Qt.MouseButton.LeftButton)
    assert page.current_meeting().start_time == "09:30"
    assert page.current_meeting().end_time == "11:00"
    assert page.current_meeting().place == "Zaal رانيا"


def test_keyboard_reorder_and_add_item(page, qtbot):
    panel = page.prepare_panel
    before = [i.id for i in panel.agenda_model.items()]
    panel.agenda_view.setFocus()
    panel.agenda_view.selectRow(1)
    qtbot.keyClick(panel.agenda_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    after = [i.id for i in panel.agenda_model.items()]
    assert after[:2] == [before[1], before[0]]
    assert [i.id for i in svc.agenda(page.session, page.current_meeting().id)] == after
    panel.new_title.setText("Nieuw beleidspunt")
    qtbot.keyClick(panel.new_title, Qt.Key.Key_Return)
    titles = [i.title for i in panel.agenda_model.items()]
    assert "Nieuw beleidspunt" in titles
    assert panel.agenda_model.items()[-1].kind is ItemKind.AOB
    assert "expected end" in panel.timing.text()


def test_run_mode_autosaves_typing_and_marks_off_record(page, qtbot):
    page.tabs.setCurrentWidget(page.run_panel)
    run = page.run_panel
    start = run.current_item().id
    run.action_who.setFocus()
    qtbot.keyClick(run.action_who, Qt.Key.Key_PageDown)
    assert run.current_item().id != start
    item = run.current_item()
    qtbot.keyClick(run.action_who, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = run.note_editors[-1]
    qtbot.keyClicks(editor.editor, "Live verslag")
    assert editor.pending
    qtbot.waitUntil(lambda: not editor.pending, timeout=AUTOSAVE_MS * 10)
    saved = [n.text for n in svc.notes_of_item(page.session, item.id)]
    assert "Live verslag" in saved
    assert not editor.banner.isVisibleTo(page)
    editor.off_record.click()
    assert editor.banner.isVisibleTo(page)
    note = next(n for n in svc.notes_of_item(page.session, item.id) if n.text == "Live verslag")
    assert note.off_record


def test_lock_flushes_pending_keystrokes(page, qtbot, session):
    page.tabs.setCurrentWidget(page.run_panel)
    run = page.run_panel
    item = run.current_item()
    run._add_note(svc.NoteKind.ACCOUNT)
    qtbot.keyClicks(run.note_editors[-1].editor, "Laatste woorden")
    page.set_session(None)
    assert "Laatste woorden" in [n.text for n in svc.notes_of_item(session, item.id)]


def test_whole_item_off_record_shows_banner(page):
    page.tabs.setCurrentWidget(page.run_panel)
    run = page.run_panel
    assert not run.item_banner.isVisibleTo(page)
    run.item_off_record.click()
    assert run.item_banner.isVisibleTo(page)
    assert svc.repo(page.session).item(run.current_item().id).off_record


def test_attendance_by_keyboard_and_guest(page, qtbot):
    page.tabs.setCurrentWidget(page.run_panel)
    run = page.run_panel
    run.attendance.attendance_view.setFocus()
    run.attendance.attendance_view.selectRow(3)
    entry = run.attendance.attendance_model.entry_at(3)
    qtbot.keyClick(
        run.attendance.attendance_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier
    )
    stored = {e.id: e for e in svc.attendance(page.session, page.current_meeting().id)}
    assert stored[entry.id].status is Attendance.EXCUSED
    qtbot.mouseClick(run.attendance.guest_add, Qt.MouseButton.LeftButton)
    assert run.attendance.attendance_problem.isVisibleTo(page)  # a guest needs a name
    run.attendance.guest_name.setText("Gast Tweede")
    run.attendance.guest_capacity.setText("tolk")
    run.attendance.guest_undertaking.setChecked(True)
    qtbot.mouseClick(run.attendance.guest_add, Qt.MouseButton.LeftButton)
    names = [
        run.attendance.guest_model.guest_at(r).name
        for r in range(run.attendance.guest_model.rowCount())
    ]
    assert "Gast Tweede" in names
    stored = {g.name: g for g in svc.guests(page.session, page.current_meeting().id)}
    assert stored["Gast Tweede"].undertaking_signed is True


def test_action_form_validates_and_adds(page, qtbot):
    page.tabs.setCurrentWidget(page.run_panel)
    run = page.run_panel
    run.action_what.setFocus()
    qtbot.keyClick(run.action_what, Qt.Key.Key_Return)
    assert run.action_problem.isVisibleTo(page)
    run.action_what.setText("Verslag bezorgen")
    run.action_due.setDate(QDate(2026, 4, 1))
    qtbot.keyClick(run.action_what, Qt.Key.Key_Return)
    shown = [run.action_model.action_at(r).what for r in range(run.action_model.rowCount())]
    assert "Verslag bezorgen" in shown


def test_minutes_preview_finalise_and_save(page, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    page.tabs.setCurrentWidget(page.minutes_panel)
    panel = page.minutes_panel
    qtbot.mouseClick(panel.preview, Qt.MouseButton.LeftButton)
    assert panel._pdf.startswith(b"%PDF")
    qtbot.waitUntil(lambda: panel.document.pageCount() > 0)
    qtbot.mouseClick(panel.finalise, Qt.MouseButton.LeftButton)
    assert page.current_meeting().minutes_state is MinutesState.FINALISED
    assert page.current_meeting().content_hash in panel.state.text()
    assert not panel.finalise.isEnabled()
    assert page.prepare_panel.agenda_box.isEnabled() is False
    target = tmp_path / "saved" / "minutes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(panel.save_as, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == panel._pdf
    panel.recipient.setText("Partner Fictief vzw")
    qtbot.mouseClick(panel.distribute, Qt.MouseButton.LeftButton)
    assert "Partner Fictief vzw" in panel.distribution.text()


def test_new_meeting_and_delete(page, qtbot):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2
    created = page.current_meeting()
    assert created.table_kind is TableKind.INTEGRATED
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert svc.repo(page.session).get(created.id) is None


def test_page_is_in_the_factories_before_settings():
    import ast
    from pathlib import Path

    import livc_desktop.ui.pages as pages

    source = Path(pages.__file__).read_text("utf-8")
    tree = ast.parse(source)
    names = [
        n.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Return) and isinstance(node.value, ast.List)
        for n in node.value.elts
        if isinstance(n, ast.Name)
    ]
    assert names.index("MeetingsPage") < names.index("SettingsPage")


def test_previous_minutes_are_approved_from_the_approval_item(qtbot, session):
    earlier = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, date(2026, 1, 10)))
    svc.finalise(session, earlier)
    later = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, date(2026, 2, 10)))
    widget = MeetingsPage()
    qtbot.addWidget(widget)
    widget.set_session(session)
    widget.reload(select=later)
    widget.show()
    widget.tabs.setCurrentWidget(widget.run_panel)
    run = widget.run_panel
    run.go(1)
    assert run.current_item().kind is ItemKind.APPROVE_MINUTES
    assert run.approval_box.isVisibleTo(widget)
    from livc_desktop.ui.meeting_labels import ui_date

    # The interface's own date format, never the raw ISO date.
    assert ui_date("2026-01-10") in run.approval_box.title()
    assert "2026-01-10" not in run.approval_box.title()
    run.approval_remarks.setText("Geen opmerkingen")
    qtbot.mouseClick(run.approval_button, Qt.MouseButton.LeftButton)
    approved = svc.get_meeting(session, earlier)
    assert approved.minutes_state is MinutesState.APPROVED
    assert approved.approval_remarks == "Geen opmerkingen"
    assert not run.approval_box.isVisibleTo(widget)


def test_case_team_meeting_chooses_its_case_by_code(qtbot, session):
    from livc_desktop.domain.cell import CellProfile, CellStructure
    from tests.fixtures.meetings import add_case

    session.save_profile(CellProfile(["Testdorp"], CellStructure.MAIN_BODY_CASE_TEAMS))
    case = add_case(session, "2026-031")
    mid = svc.create_meeting(session, svc.MeetingDraft(TableKind.MAIN_BODY, date(2026, 3, 10)))
    widget = MeetingsPage()
    qtbot.addWidget(widget)
    widget.set_session(session)
    widget.show()
    panel = widget.prepare_panel
    assert not panel.case.isVisibleTo(widget)
    panel.table.setCurrentIndex(panel.table.findData(TableKind.CASE_TEAM.value))
    assert panel.case.isVisibleTo(widget)
    panel.case.setCurrentIndex(panel.case.findText("2026-031"))
    qtbot.mouseClick(panel.save_details, Qt.MouseButton.LeftButton)
    meeting = svc.get_meeting(session, mid)
    assert meeting.table_kind is TableKind.CASE_TEAM and meeting.case_id == case


def test_print_renders_every_page(page, qtbot, monkeypatch, tmp_path):
    import PySide6.QtPrintSupport as print_support
    from PySide6.QtPrintSupport import QPrinter

    target = tmp_path / "printed.pdf"

    class FakeDialog:
        DialogCode = print_support.QPrintDialog.DialogCode

        def __init__(self, printer, parent=None):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            # Low resolution keeps the test fast; every page is still rendered and printed.
            printer.setResolution(36)

        def exec(self):
            return self.DialogCode.Accepted

    monkeypatch.setattr(print_support, "QPrintDialog", FakeDialog)
    events = []
    page.session.on_event(lambda kind, fields: events.append(kind))
    page.tabs.setCurrentWidget(page.minutes_panel)
    panel = page.minutes_panel
    qtbot.mouseClick(panel.preview, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.document.pageCount() > 0)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    from pypdf import PdfReader

    printed = PdfReader(str(target)).pages
    assert panel.document.pageCount() > 1 and len(printed) == panel.document.pageCount()
    # Every page got its rendered image (not a blank sheet).
    assert all(page.images for page in printed)
    assert "export_print" in events
