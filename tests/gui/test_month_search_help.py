"""The officer's month on screen: "My month" at the top of the Overview (each line opens
its place), the one search (Ctrl+F) with the recorded person search, the reminders after
an unlock, and help (F1) at the section of the screen in the interface language."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from livc_desktop import resources
from livc_desktop.domain.cases import CaseDraft, Identity
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.partners import Partner
from livc_desktop.domain.signals import Channel, SignalIntake
from livc_desktop.services import audit
from livc_desktop.services import cases as case_service
from livc_desktop.services import meetings as meeting_service
from livc_desktop.services import partners as partner_service
from livc_desktop.services import signals as signal_service
from livc_desktop.services.meetings.planning import MeetingDraft
from livc_desktop.ui.dialogs import help as help_dialog
from livc_desktop.ui.dialogs.case_file import selected_row
from livc_desktop.ui.dialogs.search import SearchDialog
from livc_desktop.ui.pages.cases import CasesPage
from livc_desktop.ui.privacy import MASK, privacy_mode
from tests.gui.conftest import unlock_with

TODAY = date.today()
PERSON = "Hélène Voorbeeldpersoon"


@pytest.fixture
def window(qtbot, make_window, sentinel_register):
    win = make_window(sentinel_register)
    unlock_with(qtbot, win)
    QApplication.processEvents()
    return win


def counted(qtbot, window) -> None:
    """The Overview counts on a worker thread: wait until its figures are in."""
    overview = window.page("overview")
    qtbot.waitUntil(lambda: not overview.my_month.loading and not overview.case_panel.loading)


@pytest.fixture
def filled(qtbot, window):
    """A partner, a case with a person, an old case with an overdue measure, a signal
    waiting for weighing, a meeting next week and one held last week."""
    s = window.session
    partner = partner_service.save_partner(s, Partner(name="Jeugdhuis Sint-Hélène")).id
    case = case_service.open_case(s, CaseDraft(TODAY, pseudonym="Hélène V."), Identity(name=PERSON))
    late = case_service.open_case(s, CaseDraft(TODAY - timedelta(weeks=10)))
    case_service.add_measure(s, late, partner, "Huisbezoek", TODAY - timedelta(days=3))
    signal = signal_service.register_signal(
        s,
        SignalIntake(
            TODAY,
            Channel.PHONE,
            observed="Fictieve zorg",
            consent=True,
            reporter_partner_id=partner,
        ),
    )
    upcoming = meeting_service.create_meeting(
        s, MeetingDraft(TableKind.OPERATIONAL, TODAY + timedelta(days=6), place="Zaal Demo")
    )
    held = meeting_service.create_meeting(
        s, MeetingDraft(TableKind.OPERATIONAL, TODAY - timedelta(days=7))
    )
    codes = {c.id: c.code for c in case_service.list_cases(s)}
    window.page("overview").refresh()
    counted(qtbot, window)
    return {
        "partner": partner,
        "case": case,
        "code": codes[case],
        "late": late,
        "late_code": codes[late],
        "signal": signal,
        "upcoming": upcoming,
        "held": held,
    }


@pytest.fixture(autouse=True)
def no_privacy_left_on():
    yield
    privacy_mode().set_enabled(False)


def activate(qtbot, widget) -> None:
    widget.activateWindow()
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(widget.isActiveWindow)


def open_search(qtbot, window) -> SearchDialog:
    activate(qtbot, window)
    qtbot.keySequence(window.navigation, QKeySequence(QKeySequence.StandardKey.Find))
    dialog = window.findChild(SearchDialog)
    assert dialog is not None and dialog.isVisible()
    activate(qtbot, dialog)
    assert dialog.text.hasFocus()  # ready to type
    return dialog


# -- My month --------------------------------------------------------------------------------
def test_my_month_is_at_the_top_and_the_profile_below(window, filled):
    overview = window.page("overview")
    sections = overview.sections
    assert sections.indexOf(overview.my_month) == sections.indexOf(overview.heading) + 1
    assert sections.indexOf(overview.cell_box) > sections.indexOf(overview.case_panel)
    lines = overview.my_month.line_texts()
    assert "Signals waiting for weighing: 1" in lines["signals"]
    assert "Case reviews: 1 overdue" in lines["reviews"] and filled["late_code"] in lines["reviews"]
    assert "Measures: 1 overdue" in lines["measures"]
    assert "Next meeting:" in lines["meeting"] and "sending the agenda" in lines["meeting"]
    assert "Minutes to finalise: 1" in lines["finalise"]
    assert "No backup yet" in lines["backup"]
    # Codes and counts only: no name, pseudonym or content of the register.
    text = " ".join(lines.values())
    assert "Hélène" not in text and "Huisbezoek" not in text and "Fictieve zorg" not in text


def test_each_line_opens_its_place(qtbot, window, filled, monkeypatch):
    month = window.page("overview").my_month
    month.lines["signals"].click()
    assert window.current_page().page_id == "signals"
    assert window.current_page().view_choice.currentData() == "awaiting"

    month.lines["reviews"].click()
    cases = window.current_page()
    assert cases.page_id == "cases" and cases.due_filter.isChecked()
    assert not cases.overdue_filter.isChecked()
    month.lines["measures"].click()
    assert cases.overdue_filter.isChecked() and not cases.due_filter.isChecked()

    month.lines["meeting"].click()
    meetings = window.current_page()
    assert meetings.page_id == "meetings"
    assert meetings.current_meeting().id == filled["upcoming"]
    assert meetings.tabs.currentIndex() == 0
    month.lines["finalise"].click()
    assert meetings.current_meeting().id == filled["held"]
    assert meetings.tabs.currentWidget() is meetings.minutes_panel

    made: list[bool] = []
    monkeypatch.setattr(window.backup.make_action, "trigger", lambda: made.append(True))
    month.lines["backup"].click()
    assert made == [True]


def test_my_month_follows_changes_and_empties_on_lock(qtbot, window, filled):
    overview = window.page("overview")
    signal_service.register_signal(
        window.session,
        SignalIntake(TODAY, Channel.EMAIL, observed="Nog een", consent=True,
                     reporter_partner_id=filled["partner"]),
    )  # fmt: skip
    overview.refresh()
    counted(qtbot, window)
    assert "Signals waiting for weighing: 2" in overview.my_month.line_texts()["signals"]
    window.lock()
    assert overview.my_month.line_texts() == {}


# -- search ------------------------------------------------------------------------------------
def test_ctrl_f_finds_partners_cases_signals_meetings_without_accents(qtbot, window, filled):
    dialog = open_search(qtbot, window)
    qtbot.keyClicks(dialog.text, "helene")
    qtbot.waitUntil(lambda: dialog.result_count() > 0)
    found = {(kind, item_id) for kind, item_id, _text in dialog.results()}
    assert ("partner", filled["partner"]) in found
    assert ("case", filled["case"]) in found
    assert ("signal", filled["signal"]) in found  # its reporter is the Sint-Hélène partner
    dialog.text.clear()
    qtbot.keyClicks(dialog.text, "ZAAL demo")
    qtbot.waitUntil(lambda: ("meeting", filled["upcoming"]) in {r[:2] for r in dialog.results()})
    # The general search never looks into identities.
    dialog.text.setText("voorbeeldpersoon")
    dialog.run_search()
    assert dialog.result_count() == 0 and dialog.status.text() == "Nothing found."


def test_a_result_opens_the_item(qtbot, window, filled, monkeypatch):
    opened: list[int] = []
    monkeypatch.setattr(CasesPage, "open_case_file", lambda _page, case_id: opened.append(case_id))
    dialog = open_search(qtbot, window)
    dialog.text.setText(filled["code"])
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.view.hasFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert opened == [filled["case"]] and window.current_page().page_id == "cases"
    assert not dialog.isVisible()

    dialog = open_search(qtbot, window)
    dialog.text.setText("jeugdhuis")
    dialog.run_search()
    index = dialog.model.index(0, 0, dialog.model.index(0, 0))
    dialog.view.activated.emit(index)
    partners = window.current_page()
    assert partners.page_id == "partners" and partners.current_partner_id() == filled["partner"]

    dialog = open_search(qtbot, window)
    dialog.text.setText("fictieve zorg")
    dialog.run_search()
    dialog.view.activated.emit(dialog.model.index(0, 0, dialog.model.index(0, 0)))
    signals = window.current_page()
    assert signals.page_id == "signals"
    assert selected_row(signals.view).id == filled["signal"]


def test_is_this_person_known_answers_codes_and_is_recorded(qtbot, window, filled):
    dialog = open_search(qtbot, window)
    dialog.person_radio.setChecked(True)
    qtbot.keyClicks(dialog.text, "helene VOORBEELDPERSOON")
    assert dialog.result_count() == 0  # nothing before Enter: each search is recorded
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert [text for _k, _i, text in dialog.results()] == [f"Case {filled['code']}"]
    assert dialog.isVisible()  # Enter searched, it did not close the dialog
    entry = [e for e in audit.entries(window.session) if e.kind == "identity_searched"][-1]
    assert entry.fields["codes"] == filled["code"] and entry.fields["matches"] == 1
    assert "voorbeeldpersoon" not in repr(entry).lower() and "helene" not in repr(entry).lower()
    dialog.text.setText("31/02/2001")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert "does not exist" in dialog.status.text()
    dialog.text.setText("Onbekende Demonaam")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert "not known" in dialog.status.text() and dialog.result_count() == 0


def test_privacy_mode_masks_search_results(qtbot, window, filled):
    dialog = open_search(qtbot, window)
    dialog.text.setText("helene")
    dialog.run_search()
    assert any("Hélène V." in text for _k, _i, text in dialog.results())
    privacy_mode().set_enabled(True)
    texts = " ".join(text for _k, _i, text in dialog.results())
    assert "Hélène V." not in texts and MASK in texts and filled["code"] in texts
    dialog.person_radio.setChecked(True)
    assert dialog.text.echoMode() == dialog.text.EchoMode.Password


def test_lock_closes_and_wipes_the_search(qtbot, window, filled):
    dialog = open_search(qtbot, window)
    dialog.person_radio.setChecked(True)
    dialog.text.setText(PERSON)
    wiped: list[str] = []
    dialog.finished.connect(lambda _r: wiped.append(dialog.text.text()))
    window.lock()
    assert wiped == [""]  # closed, and the name typed was cleared
    assert not window.search_action.isEnabled()


# -- reminders after unlock ---------------------------------------------------------------------
def test_reminders_show_after_unlock_only_with_counts(qtbot, window, filled):
    bar = window.reminder_bar
    window.lock()
    assert bar.isHidden()
    privacy_mode().set_enabled(True)
    unlock_with(qtbot, window)
    qtbot.waitUntil(bar.isVisible)
    text = bar.text.text()
    assert "case reviews overdue: 1" in text and "measures overdue: 1" in text
    assert "minutes to finalise: 1" in text
    assert filled["late_code"] not in text and "Hélène" not in text and "Huisbezoek" not in text
    bar.show_button.click()
    assert window.current_page().page_id == "overview" and bar.isHidden()


def test_no_reminder_when_nothing_is_due(qtbot, window):
    window.lock()
    unlock_with(qtbot, window)
    QApplication.processEvents()
    assert window.reminder_bar.isHidden()


# -- help -------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", resources.HELP_LANGUAGES)
def test_every_manual_has_every_section(language):
    html = resources.help_html(language)
    anchors = set(re.findall(r'<a name="([a-z_]+)">', html))
    assert set(help_dialog.SECTIONS) <= anchors
    for term in ("458ter", "2018", "meewerken", "meedenken", "meeweten"):
        assert term in html.lower() or term in html


def test_f1_opens_help_at_the_screen_in_the_interface_language(qtbot, window):
    window.apply_language("nl")
    window.show_page("cases")
    activate(qtbot, window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    dialog = window.findChild(help_dialog.HelpDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.section == "cases" and dialog.language == "nl"
    assert "Casussen, fasen en vlaggen" in dialog.browser.toPlainText()
    qtbot.waitUntil(lambda: dialog.browser.verticalScrollBar().value() > 0)
    top = dialog.browser.cursorForPosition(dialog.browser.viewport().rect().topLeft())
    block = top.block().text()
    assert "Casussen" in block or "casus" in block.lower()
    # F1 again on another page moves the same window.
    window.show_page("retention")
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    assert window.findChildren(help_dialog.HelpDialog) == [dialog]
    assert dialog.section == "retention"


def test_help_and_search_actions_have_standard_keys_and_tooltips(window):
    assert window.search_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    for action in (
        window.search_action,
        window.help_action,
        window.lock_action,
        window.change_passphrase_action,
        window.annual_report_action,
    ):
        assert action.toolTip() and action.toolTip() != action.text().replace("&", "")
    assert window.navigation.toolTip()
    month = window.page("overview").my_month
    assert all(b.toolTip() for b in month.lines.values() if not b.isHidden())


def test_the_overview_lists_the_first_due_cases_and_counts_them_all(qtbot, window, monkeypatch):
    """The Overview's lists stop at their first rows however large the register; the
    number not listed is said, and a button shows them all in the case list."""
    s = window.session
    monkeypatch.setattr(case_service, "OVERVIEW_ROWS", 3)
    for n in range(5):
        case_service.open_case(s, CaseDraft(TODAY - timedelta(weeks=30), pseudonym=f"Mees {n}"))
    overview = window.page("overview")
    overview.refresh()
    counted(qtbot, window)
    panel = overview.case_panel
    assert panel.due_model.rowCount() == 3
    assert panel.due_more.isVisibleTo(panel) and "The first 3 of 5" in panel.due_more.text()
    assert not panel.overdue_more.isVisibleTo(panel)  # no overdue measure: nothing more
    panel.due_more_button.click()
    cases = window.page("cases")
    assert window.current_page() is cases and cases.due_filter.isChecked()
    assert cases.model.rowCount() == 5
