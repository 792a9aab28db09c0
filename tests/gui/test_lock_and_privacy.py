"""Ctrl+L locks at once (the backup reminder waits for the next unlock); privacy mode has
a shortcut that works while a case file is open, and masks observation texts and
off-record notes; the idle lock during a meeting."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QWidget

from livc_desktop.domain.cases import CaseDraft, Identity
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.signals import Channel, SignalIntake
from livc_desktop.services import backup as backup_service
from livc_desktop.services import cases as cs
from livc_desktop.services import meetings as svc
from livc_desktop.services import signals as ss
from livc_desktop.ui import backup_actions
from livc_desktop.ui.dialogs.case_file import CaseFileDialog
from livc_desktop.ui.dialogs.signal_forms import TriageDialog
from livc_desktop.ui.main_window import MEETING_AUTO_LOCK_MINUTES
from livc_desktop.ui.models.meetings import ROW_ROLE, MeetingFilterProxy, MeetingTableModel
from livc_desktop.ui.models.signal_models import SignalTableModel
from livc_desktop.ui.pages.meetings import MeetingsPage
from livc_desktop.ui.privacy import MASK, mask_text_edit, privacy_mode
from tests.fixtures.meetings import full_meeting
from tests.gui.conftest import unlock_with

TODAY = date.today()


@pytest.fixture(autouse=True)
def _privacy_off():
    privacy_mode().set_enabled(False)
    yield
    privacy_mode().set_enabled(False)


@pytest.fixture
def window(qtbot, make_window, sentinel_register):
    win = make_window(sentinel_register)
    unlock_with(qtbot, win)
    return win


@pytest.fixture
def questions(qtbot, monkeypatch, window):
    """Every "make a backup?" question: its text and whether the register was locked."""
    asked: list[tuple[str, bool]] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append((text, window.locked))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    # The window's first unlock has had its turn (with the offer already used up): its
    # reminders are counted on a worker thread.
    from livc_desktop.ui.worker import jobs_running

    qtbot.waitUntil(lambda: jobs_running() == 0)
    QApplication.processEvents()
    monkeypatch.setattr(backup_actions, "_offered", False)
    return asked


def activate(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(widget.isActiveWindow)


def test_ctrl_l_locks_at_once_and_the_backup_reminder_follows_the_unlock(qtbot, window, questions):
    activate(qtbot, window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert questions == []
    unlock_with(qtbot, window)
    qtbot.waitUntil(lambda: bool(questions))
    text, locked = questions[0]
    assert not locked
    assert "no backup" in text.lower() and "older than" not in text
    window.lock()
    unlock_with(qtbot, window)
    qtbot.wait(20)
    assert len(questions) == 1  # once per program run


def test_the_reminder_names_the_age_of_an_old_backup(qtbot, window, questions):
    window.session.settings.set(
        backup_service.LAST_GOOD_KEY,
        {"created": (datetime.now() - timedelta(days=9)).isoformat(timespec="seconds")},
    )
    window.lock_action.trigger()
    assert questions == []
    unlock_with(qtbot, window)
    qtbot.waitUntil(lambda: bool(questions))
    assert "9 days" in questions[0][0]


def test_privacy_shortcut_and_lock_work_inside_the_case_file(qtbot, window):
    assert window.privacy_action.shortcut() == QKeySequence("Ctrl+Shift+P")
    case_id = cs.open_case(
        window.session, CaseDraft(TODAY, pseudonym="Merel"), Identity(name="Zoë Testpersoon")
    )
    dialog = CaseFileDialog(window.session, case_id, window)
    dialog.open()
    activate(qtbot, dialog)
    dialog.reveal_button.click()
    assert dialog.identity_fields["name"].text() == "Zoë Testpersoon"
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_P, keys)
    assert privacy_mode().enabled
    assert dialog.identity_fields["name"].text() == MASK
    assert dialog.fields["pseudonym"].text() == MASK
    assert dialog.privacy_button.isChecked()
    dialog.privacy_button.click()
    assert not privacy_mode().enabled
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert not dialog.isVisible()


def test_privacy_mode_masks_the_observation_text(qtbot, session):
    case_id = cs.open_case(session, CaseDraft(TODAY, pseudonym="Merel"))
    signal_id = ss.register_signal(
        session,
        SignalIntake(
            TODAY,
            Channel.PHONE,
            observed="Zegt dingen over Hélène",
            consent=True,
            reporter_name="Melder Fictief",
        ),
    )
    del signal_id
    model = SignalTableModel()
    model.set_rows(ss.recent_signals(session))
    index = model.index(0, SignalTableModel.COL_OBSERVED)
    assert "Hélène" in index.data()
    privacy_mode().set_enabled(True)
    assert index.data() == MASK
    assert index.data(Qt.ItemDataRole.ToolTipRole) in (None, MASK)
    privacy_mode().set_enabled(False)
    del case_id


def test_off_record_text_is_covered_in_privacy_mode(qtbot):
    editor = QPlainTextEdit("Buiten verslag: iets gevoeligs")
    qtbot.addWidget(editor)
    off_record = [True]
    mask = mask_text_edit(editor, lambda: off_record[0])
    editor.show()
    assert not mask.masked and not editor.isReadOnly()
    privacy_mode().set_enabled(True)
    assert mask.masked and editor.isReadOnly()
    assert mask.cover.geometry() == editor.rect()
    off_record[0] = False
    mask.update()
    assert not mask.masked and not editor.isReadOnly()
    off_record[0] = True
    mask.update()
    privacy_mode().set_enabled(False)
    assert not mask.masked and not editor.isReadOnly()


def test_a_running_meeting_locks_after_twenty_idle_minutes_at_the_earliest(window):
    minute = 60_000
    assert window.idle.timer.interval() == 5 * minute
    window.show_page("meetings")
    page = window.page("meetings")
    page.tabs.setCurrentWidget(page.run_panel)
    assert window.in_meeting_mode()
    assert window.idle.timer.interval() == MEETING_AUTO_LOCK_MINUTES * minute == 20 * minute
    page.tabs.setCurrentIndex(0)
    assert window.idle.timer.interval() == 5 * minute
    page.tabs.setCurrentWidget(page.run_panel)
    window.show_page("settings")
    assert not window.in_meeting_mode()
    assert window.idle.timer.interval() == 5 * minute
    prefs = window.session.preferences()
    prefs.auto_lock_minutes = 45
    window.session.save_preferences(prefs)
    window.show_page("meetings")
    assert window.idle.timer.interval() == 45 * minute


def test_off_record_notes_are_covered_in_privacy_mode(qtbot, session, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    full_meeting(session)
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.show()
    page.tabs.setCurrentWidget(page.run_panel)
    page.run_panel._add_note(svc.NoteKind.ACCOUNT)
    editor = page.run_panel.note_editors[-1]
    editor.editor.setPlainText("Iets gevoeligs, buiten verslag")
    privacy_mode().set_enabled(True)
    assert not editor.privacy_mask.masked  # on the record: the minutes will show it anyway
    editor.off_record.click()
    assert editor.privacy_mask.masked and editor.editor.isReadOnly()
    privacy_mode().set_enabled(False)
    assert not editor.privacy_mask.masked and not editor.editor.isReadOnly()


def test_meeting_list_filter_folds_accents_both_ways(session):
    ids = [
        svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, d, "09:00", place))
        for d, place in ((date(2026, 5, 1), "Salle Hélène"), (date(2026, 3, 1), "Zaal Zuid"))
    ]
    model = MeetingTableModel()
    model.set_meetings(svc.list_meetings(session))
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(model)
    for typed in ("helene", "HÉLÈNE", "salle hel"):
        proxy.setFilterFixedString(typed)
        assert [proxy.index(r, 0).data(ROW_ROLE).id for r in range(proxy.rowCount())] == [ids[0]], (
            typed
        )


def test_the_triage_dialog_masks_what_was_observed(qtbot, session):
    ss.register_signal(
        session,
        SignalIntake(
            TODAY,
            Channel.PHONE,
            observed="Zegt dingen over Hélène",
            consent=True,
            reporter_name="Melder Fictief",
        ),
    )
    dialog = TriageDialog(session, ss.recent_signals(session)[0])
    qtbot.addWidget(dialog)
    assert "Hélène" in dialog.observed_summary.text()
    privacy_mode().set_enabled(True)
    assert dialog.observed_summary.text() == MASK
