"""Every page, tab and dialog fits the officer's screens in every language.

The screens: a 1366x768 laptop and a 1280x720 projector at 100 %, and a 1920x1080 screen at
125 % (1536x864 logical pixels). One window per language visits every page and tab at the
three sizes; the dialogs do not follow the window's size, so each is opened once per
language and must fit the smallest screen. The pseudo-translation (every word a third
longer, accented) stands in for the longest language to come."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTabWidget, QWidget

from livc_desktop.services import cases as case_service
from livc_desktop.services import demo as demo_service
from livc_desktop.services import register as register_service
from livc_desktop.services import signals as signal_service
from livc_desktop.services.session import Session
from livc_desktop.ui import i18n
from livc_desktop.ui.main_window import MainWindow
from tests.gui.fit import fit_problems, fully_visible

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {"laptop": (1366, 768), "projector": (1280, 720), "hd-125%": (1536, 864)}
SMALLEST = (1280, 720)
#: What a window's frame and a task bar take from the smallest screen's height.
DECORATION = 60
MODES = ("nl", "fr", "de", "en", "pseudo")


@pytest.fixture(scope="module")
def demo_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fit") / "demo" / "register.livc"
    demo_service.create_demo(path).close()
    return path


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pseudo")
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "pseudo", str(out)],
        check=True,
        capture_output=True,
    )
    return out / "livc_pseudo.qm"


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    mode: str = request.param
    if mode != "pseudo":
        yield i18n.install(mode)
        return
    i18n.install("en")
    translator = QTranslator(qapp)
    assert translator.load(str(request.getfixturevalue("pseudo_qm")))
    qapp.installTranslator(translator)
    yield "en"
    qapp.removeTranslator(translator)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def tab_widgets(root: QWidget) -> list[QTabWidget]:
    return [t for t in root.findChildren(QTabWidget) if t.isVisible()]


def visit_tabs(root: QWidget, check: Callable[[str], None], where: str) -> None:
    """Show every tab (and every tab inside it) of `root`, checking each."""
    seen: set[int] = set()

    def walk(prefix: str) -> None:
        for tabs in tab_widgets(root):
            if id(tabs) in seen:
                continue
            seen.add(id(tabs))
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle()
                here = f"{prefix}/{tabs.objectName() or 'tabs'}[{index}]"
                check(here)
                walk(here)
            tabs.setCurrentIndex(0)

    check(where)
    walk(where)


def save_buttons(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for box in root.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) in (
                QDialogButtonBox.ButtonRole.AcceptRole,
                QDialogButtonBox.ButtonRole.ApplyRole,
            ):
                found.append(button)
    return [b for b in found if b.isVisibleTo(root)]


def dialogs(window: MainWindow, session: Session) -> Iterator[tuple[str, QDialog]]:
    """Every dialog of the program, built on the demo register's data."""
    from livc_desktop.domain.cases import MeasureStatus
    from livc_desktop.services import house_rules as house_rules_service
    from livc_desktop.services import meetings as meeting_service
    from livc_desktop.ui.dialogs import case_forms
    from livc_desktop.ui.dialogs.about import AboutDialog
    from livc_desktop.ui.dialogs.annual_report import AnnualReportDialog
    from livc_desktop.ui.dialogs.backup import MakeBackupDialog, VerifyBackupDialog
    from livc_desktop.ui.dialogs.case_file import CaseFileDialog, CooperationDialog
    from livc_desktop.ui.dialogs.case_transfer import (
        CaseImportDialog,
        CaseTransferDialog,
        OneTimePassphraseDialog,
    )
    from livc_desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog
    from livc_desktop.ui.dialogs.distribution import DistributionDialog
    from livc_desktop.ui.dialogs.help import HelpDialog
    from livc_desktop.ui.dialogs.partner_import import PartnerImportDialog
    from livc_desktop.ui.dialogs.partner_items import ContactDialog, SupportDialog, TrainingDialog
    from livc_desktop.ui.dialogs.purge import PurgeDialog
    from livc_desktop.ui.dialogs.search import SearchDialog
    from livc_desktop.ui.dialogs.signal_forms import SignalIntakeDialog, TriageDialog
    from livc_desktop.ui.pages.house_rules import AdoptDialog, CompareDialog
    from livc_desktop.ui.pages.meetings.picker import AgendaPickerDialog

    rows = case_service.list_cases(session)
    case = case_service.open_case_file(
        session, max(rows, key=lambda r: (r.open_measures, r.flag is not None)).id
    )
    signal = signal_service.recent_signals(session)[0]
    yield "about", AboutDialog(window.about_text(), window)
    yield "annual report", AnnualReportDialog(session, window)
    yield "make backup", MakeBackupDialog(session, window)
    yield "verify backup", VerifyBackupDialog(window)
    yield "restore backup", VerifyBackupDialog(window, restore=True)
    yield "change passphrase", ChangePassphraseDialog(session, window)
    yield "partner import", PartnerImportDialog(session, {}, window)
    yield "contact", ContactDialog(None, window)
    yield "training", TrainingDialog(None, window)
    yield "support organisation", SupportDialog(None, window)
    yield "purge", PurgeDialog(case.code, None, None, window)
    yield "new signal", SignalIntakeDialog(session, window)
    yield "triage", TriageDialog(session, signal, window)
    yield "new case", case_forms.CaseEditDialog(session, None, window)
    yield "edit case", case_forms.CaseEditDialog(session, case, window)
    yield "identity", case_forms.IdentityDialog(session, case.id, None, window)
    yield "flag change", case_forms.FlagChangeDialog(session, case, window)
    yield "phase change", case_forms.PhaseChangeDialog(session, case, window)
    yield "measure", case_forms.MeasureDialog(session, case, window)
    yield "information", case_forms.InformationDialog(session, case, window)
    item = next(i for r in rows for i in case_service.information(session, r.id))
    yield "correct information", case_forms.InformationDialog(session, case, window, item)
    yield "remove information", case_forms.InformationRemoveDialog(session, case, item, window)
    yield "team join", case_forms.TeamJoinDialog(session, case, window)
    yield "cooperation", CooperationDialog(session, case, window)
    yield "case file", CaseFileDialog(session, case.id, window)
    measure = next(
        m
        for r in rows
        for m in case_service.measures(session, r.id)
        if m.status is MeasureStatus.OPEN
    )
    yield "measure status", case_forms.MeasureStatusDialog(session, measure, window)
    member = next(t for r in rows for t in case_service.team(session, r.id) if t.left_on is None)
    yield "team leave", case_forms.TeamLeaveDialog(session, member.id, window)
    yield "case transfer", CaseTransferDialog(session, case, window)
    yield (
        "transfer passphrase",
        OneTimePassphraseDialog(
            session, "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY", Path("fictional.livc-case"), window
        ),
    )
    yield "case import", CaseImportDialog(session, window)
    yield "search", SearchDialog(session, window)
    yield "person search", SearchDialog(session, window, pick_person=True)
    yield "help", HelpDialog(window)
    versions = house_rules_service.versions(session)
    yield "adopt house rules", AdoptDialog(session, versions[0], window)
    yield "compare house rules", CompareDialog(session, versions, window)
    meeting = meeting_service.list_meetings(session)[0]
    yield (
        "agenda picker",
        AgendaPickerDialog(meeting_service.agenda_choices(session, meeting.id), window),
    )
    yield "distribution", DistributionDialog(session, meeting.id, parent=window)


def open_window(make_window, demo_register: Path, language: str) -> tuple[MainWindow, Session]:
    window = make_window(demo_register, language=language)
    session = register_service.unlock(demo_register, demo_service.DEMO_PASSPHRASE)
    window._on_unlock_screen_unlocked(session, 0)
    settle()
    return window, session


@pytest.mark.parametrize("language", MODES, indirect=True)
def test_every_page_and_tab_fits_every_screen(make_window, demo_register, language):
    window, _session = open_window(make_window, demo_register, language)
    problems: list[str] = []
    for screen, (width, height) in SCREENS.items():
        window.resize(width, height)
        settle()

        def check(where: str, screen: str = screen, width: int = width, height: int = height):
            here = f"{screen} {where}"
            if window.width() > width or window.height() > height:
                problems.append(f"{here}: the window grew to {window.width()}x{window.height()}")
                window.resize(width, height)
                settle()
            problems.extend(fit_problems(window, here))

        for page in window.pages:
            window.show_page(page.page_id)
            settle()
            if page.page_id == "partners":
                partners = window.page("partners")
                partners.list_tab.table.selectRow(0)  # type: ignore[attr-defined]
                settle()
                save = partners.editor.save_button  # type: ignore[attr-defined]
                if not fully_visible(save):
                    problems.append(f"{screen} partners: Save is not visible without scrolling")
            visit_tabs(page, check, page.page_id)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", MODES, indirect=True)
def test_every_dialog_fits_the_smallest_screen(make_window, demo_register, language):
    window, session = open_window(make_window, demo_register, language)
    problems: list[str] = []
    for name, dialog in dialogs(window, session):
        dialog.show()
        settle()
        width, height = SMALLEST
        if dialog.width() > width or dialog.height() > height - DECORATION:
            problems.append(f"{name}: {dialog.width()}x{dialog.height()} exceeds the screen")
        for button in save_buttons(dialog):
            if not fully_visible(button):
                problems.append(f"{name}: {button.text()!r} is not visible without scrolling")

        def check(where: str, dialog: QDialog = dialog) -> None:
            problems.extend(fit_problems(dialog, where))

        visit_tabs(dialog, check, name)
        dialog.reject()
        dialog.deleteLater()
    assert problems == [], "\n".join(problems)


def test_the_checks_see_a_clipped_label_and_a_window_that_grew(qtbot):
    """The checks themselves: a label squeezed below its text and a scroll area that must
    scroll sideways are reported."""
    from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label = QLabel("A sentence far too long for the narrow space it was given " * 3)
    label.setObjectName("squeezed")
    label.setMinimumWidth(10)
    layout.addWidget(label)
    scroll = QScrollArea()
    scroll.setObjectName("wide_form")
    scroll.setWidgetResizable(True)
    wide = QLabel("x" * 400)
    scroll.setWidget(wide)
    layout.addWidget(scroll)
    root.setFixedSize(300, 200)
    root.show()
    settle()
    found = "\n".join(fit_problems(root, "probe"))
    assert "squeezed" in found and "needs" in found
    assert "wide_form" in found and "sideways" in found
