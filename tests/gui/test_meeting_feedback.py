"""The feedback sheet to the police on the meetings screen: the exact text shown and
editable before consent is asked, every participant's consent recorded by keyboard (during
the meeting and after finalising), a changed text resetting consent, the sheet offered only
with everyone's consent to exactly that text, and the saved PDF carrying that text and no
identity."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from livc_desktop.domain.cases import CaseDraft, Identity
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.meetings import ItemKind, MinutesState, NoteKind
from livc_desktop.services import cases as cs
from livc_desktop.services import meetings as svc
from livc_desktop.ui.pages.meetings import MeetingsPage
from livc_desktop.ui.privacy import privacy_mode
from tests.fixtures.meetings import add_partner, pdf_text

NAME = "Yasmina Él-Voorbeeldi"
YESTERDAY = date.today() - timedelta(days=1)
DECISION = "Opvolging door het CLB afgesproken."
ACCOUNT = "Gesprek verliep rustig in Demostad."
PEOPLE = ("Inspecteur Ève Fictief", "رانيا المثال", "Dr. Gast Fictief")


@pytest.fixture
def world(session):
    add_partner(
        session,
        "Lokale Politie Voorbeeldegem",
        ["integrated"],
        [("Inspecteur Ève Fictief", "information officer")],
        roles=["information_officer"],
    )
    add_partner(session, "Moskeevereniging Fictief", ["integrated"], [("رانيا المثال", "imam")])
    add_partner(session, "OCMW Voorbeeldegem", ["integrated"], [("Zoë Afwezig", "")])
    case_id = cs.open_case(
        session,
        CaseDraft(date.today() - timedelta(days=30), pseudonym="Vlinderkind"),
        Identity(name=NAME, address="Fictiefstraat 17, 9999 Demostad"),
    )
    mid = svc.create_meeting(
        session, svc.MeetingDraft(TableKind.INTEGRATED, YESTERDAY, "14:00", "Zaal 1")
    )
    item = svc.add_item(session, mid, ItemKind.CASE, "", 15, case_id=case_id)
    svc.add_note(session, item, text=f"{ACCOUNT} {NAME} kwam mee.")
    svc.add_note(session, item, NoteKind.DECISION, DECISION)
    entries = {e.name: e.id for e in svc.attendance(session, mid)}
    svc.set_attendance(session, entries["Inspecteur Ève Fictief"], svc.Attendance.PRESENT)
    svc.set_attendance(session, entries["رانيا المثال"], svc.Attendance.PRESENT)
    svc.set_attendance(session, entries["Zoë Afwezig"], svc.Attendance.ABSENT)
    svc.add_guest(session, mid, "Dr. Gast Fictief", "Expertisecentrum", "deskundige", True)
    return session, mid, case_id


@pytest.fixture
def page(qtbot, world, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    session, mid, _ = world
    widget = MeetingsPage()
    qtbot.addWidget(widget)
    widget.set_session(session)
    widget.reload(select=mid)
    widget.resize(1366, 768)
    widget.show()
    yield widget
    privacy_mode().set_enabled(False)


def _open_from_run(page, qtbot):
    page.tabs.setCurrentWidget(page.run_panel)
    run = page.run_panel
    run.go(next(n for n, i in enumerate(run._items) if i.case_id is not None))
    assert run.feedback.isVisibleTo(page)
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = page.feedback_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _consents(world):
    session, mid, case_id = world
    return {p.name: p.consent for p in svc.feedback_consents(session, mid, case_id)}


def _save(dialog, qtbot):
    dialog.conclusion.setFocus()
    qtbot.keyClick(dialog.conclusion, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _answer_all(dialog, qtbot, key=Qt.Key.Key_1):
    dialog.consent_view.setFocus()
    dialog.consent_view.setCurrentIndex(dialog.consent_model.index(0, 0))
    for _ in range(dialog.consent_model.rowCount()):
        qtbot.keyClick(dialog.consent_view, key, Qt.KeyboardModifier.ControlModifier)


def test_the_exact_text_is_shown_and_consent_waits_for_it_to_be_saved(page, qtbot, world):
    dialog = _open_from_run(page, qtbot)
    # The proposal is the decision noted on the case item, never the account.
    assert DECISION in dialog.conclusion.toPlainText()
    assert ACCOUNT not in dialog.conclusion.toPlainText()
    assert not dialog.agree.isEnabled() and not dialog.save_sheet.isEnabled()
    assert "not been saved" in dialog.reason.text()
    # Every member who took part is asked, guests included; the absent member is not.
    names = [p.name for p in dialog.participants()]
    assert sorted(names) == sorted(PEOPLE)
    _save(dialog, qtbot)
    assert dialog.is_saved() and dialog.agree.isEnabled()
    assert all(v is None for v in _consents(world).values())
    assert "still to ask" in dialog.reason.text()


def test_consent_recorded_by_keyboard_and_sheet_only_with_everyone(page, qtbot, world):
    dialog = _open_from_run(page, qtbot)
    _save(dialog, qtbot)
    dialog.consent_view.setFocus()
    dialog.consent_view.setCurrentIndex(dialog.consent_model.index(0, 0))
    first = dialog.consent_model.participant_at(0).name
    qtbot.keyClick(dialog.consent_view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert _consents(world)[first] is True
    assert dialog.consent_view.currentIndex().row() == 1  # on to the next person
    assert not dialog.preview.isEnabled() and not dialog.save_sheet.isEnabled()
    second = dialog.consent_model.participant_at(1).name
    qtbot.keyClick(dialog.consent_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert _consents(world)[second] is False
    assert second in dialog.reason.text() and "refused" in dialog.reason.text()
    _answer_all(dialog, qtbot)
    assert set(_consents(world).values()) == {True}
    assert dialog.preview.isEnabled() and dialog.save_sheet.isEnabled()
    assert "can be made" in dialog.reason.text()
    # Back to "not asked" for one: the sheet is withdrawn again.
    dialog.consent_view.setCurrentIndex(dialog.consent_model.index(2, 0))
    qtbot.keyClick(dialog.consent_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.save_sheet.isEnabled()
    assert dialog.consent_model.participant_at(2).name in dialog.reason.text()


def test_changing_the_text_resets_every_consent_visibly(page, qtbot, world):
    dialog = _open_from_run(page, qtbot)
    _save(dialog, qtbot)
    _answer_all(dialog, qtbot)
    assert dialog.save_sheet.isEnabled()
    dialog.conclusion.setFocus()
    qtbot.keyClicks(dialog.conclusion, " Huisbezoek gepland.")
    # Consent is to the stored text: nothing can be recorded on a text being edited.
    assert dialog.is_changed()
    assert not dialog.agree.isEnabled() and not dialog.save_sheet.isEnabled()
    assert "changed" in dialog.reason.text()
    _save(dialog, qtbot)
    assert set(_consents(world).values()) == {None}
    assert "reset" in dialog.notice.text() and dialog.notice.isVisible()
    shown = {dialog.consent_model.index(r, 2).data() for r in range(3)}
    assert shown == {"Not asked"}
    session, mid, case_id = world
    assert "Huisbezoek gepland." in svc.feedback_text(session, mid, case_id).conclusion


def test_bad_text_is_refused_with_a_message_and_kept(page, qtbot, world):
    dialog = _open_from_run(page, qtbot)
    dialog.conclusion.setPlainText("   ")
    _save(dialog, qtbot)
    error = dialog.findChild(type(dialog.reason), "error_conclusion")
    assert error.isVisible() and error.text() == "This field is required."
    assert not dialog.is_saved()
    dialog.conclusion.setPlainText("x" * 5000)
    _save(dialog, qtbot)
    assert error.text() == "This text is too long."
    assert len(dialog.conclusion.toPlainText()) == 5000  # nothing lost
    session, mid, case_id = world
    assert not svc.feedback_text(session, mid, case_id).saved


def test_saved_sheet_carries_the_agreed_text_and_no_identity(
    page, qtbot, world, tmp_path, monkeypatch
):
    dialog = _open_from_run(page, qtbot)
    dialog.conclusion.setPlainText(f"Opvolging door het CLB; {NAME} wordt niet benaderd.")
    dialog.police_contact.setText("INP Fictief")
    _save(dialog, qtbot)
    # What is stored (and shown) is redacted: the name never reaches the text.
    assert NAME not in dialog.conclusion.toPlainText()
    assert "blanked" in dialog.notice.text()
    _answer_all(dialog, qtbot)
    target = tmp_path / "out" / "feedback.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_sheet, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(pdf_text(target.read_bytes())).split())
    assert "Opvolging door het CLB;" in text and "wordt niet benaderd" in text
    assert "INP Fictief" in text
    for term in ("Yasmina", "Voorbeeldi", "Fictiefstraat", "Vlinderkind", "Gesprek verliep"):
        assert term not in text, term


def test_consent_after_finalising_from_the_minutes_tab(page, qtbot, world):
    session, mid, _ = world
    svc.finalise(session, mid)
    page.reload(select=mid)
    page.tabs.setCurrentWidget(page.minutes_panel)
    panel = page.minutes_panel
    assert not panel.feedback.isEnabled()
    assert "not been saved" in panel.feedback_reason.text()
    qtbot.mouseClick(panel.feedback_edit, Qt.MouseButton.LeftButton)
    dialog = page.feedback_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    _save(dialog, qtbot)
    _answer_all(dialog, qtbot)
    assert set(_consents(world).values()) == {True}
    assert panel.feedback.isEnabled() and not panel.feedback_reason.isVisibleTo(page)
    qtbot.mouseClick(dialog.preview, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is panel
    assert "Opvolging door het CLB" in " ".join(pdf_text(panel._pdf))
    assert page.current_meeting().minutes_state is MinutesState.FINALISED


def test_privacy_mode_masks_the_feedback_text(page, qtbot):
    dialog = _open_from_run(page, qtbot)
    assert dialog.text_stack.currentWidget() is dialog.conclusion
    privacy_mode().set_enabled(True)
    assert dialog.text_stack.currentWidget() is dialog.masked
    assert not dialog.conclusion.isVisible() and DECISION not in dialog.masked.text()
    assert not dialog.save_text.isEnabled()
    privacy_mode().set_enabled(False)
    assert dialog.conclusion.isVisible() and DECISION in dialog.conclusion.toPlainText()


def test_lock_closes_the_feedback_dialog(page, qtbot):
    dialog = _open_from_run(page, qtbot)
    page.set_session(None)
    assert not dialog.isVisible() and page.feedback_dialog is None


def test_no_meeting_wide_consent_ticks_remain(page):
    names = {w.objectName() for w in page.findChildren(object)}
    assert "attendance_consent" not in names and "guest_consent" not in names
    assert not hasattr(svc, "set_feedback_consent")
    headers = [
        page.run_panel.attendance.guest_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(page.run_panel.attendance.guest_model.columnCount())
    ]
    assert "Feedback consent" not in headers
