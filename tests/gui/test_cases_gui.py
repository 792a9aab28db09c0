"""The Signals and Cases pages, the case file and the overview panel, offscreen."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from livc_desktop.domain.cases import CaseDraft, Flag, Identity, Phase
from livc_desktop.domain.signals import Channel, SignalIntake
from livc_desktop.services import cases as cs
from livc_desktop.services import signals as ss
from livc_desktop.storage.case_rows import CaseListQuery
from livc_desktop.ui.dialogs.case_file import CaseFileDialog
from livc_desktop.ui.dialogs.case_forms import (
    FlagChangeDialog,
    InformationDialog,
    PhaseChangeDialog,
)
from livc_desktop.ui.dialogs.signal_forms import SignalIntakeDialog, TriageDialog
from livc_desktop.ui.models.case_models import ROW_ROLE, CaseTableModel
from livc_desktop.ui.pages.cases import CasesPage
from livc_desktop.ui.pages.signals import SignalsPage
from livc_desktop.ui.privacy import MASK, make_privacy_action, privacy_mode
from livc_desktop.ui.widgets.case_overview import CaseOverviewPanel

TODAY = date.today()


@pytest.fixture(autouse=True)
def _privacy_off():
    privacy_mode().set_enabled(False)
    yield
    privacy_mode().set_enabled(False)


def add_partner(session, name="Partner Fictief vzw") -> int:
    cur = session.register.execute(
        "INSERT INTO partner(name, created_at, updated_at) VALUES (?, '2026-01-01T00:00:00',"
        " '2026-01-01T00:00:00')",
        (name,),
    )
    return int(cur.lastrowid)


def test_intake_form_shows_problems_next_to_fields(qtbot, session):
    dialog = SignalIntakeDialog(session)
    qtbot.addWidget(dialog)
    dialog.consent.setChecked(True)
    dialog._on_buttons_accepted()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("channel") and dialog.error_text("observed")
    assert dialog.error_text("reporter")
    dialog.channel.setCurrentIndex(1)
    dialog.reporter_name.setText("رانيا المثال")
    dialog.observed.setPlainText("Lange tekst over vijfhonderd pagina's. " * 30000)
    dialog.person_label.setText("R.M.")
    dialog._on_buttons_accepted()
    assert dialog.signal_id is None and dialog.error_text("observed")  # too long, said so
    dialog.observed.setPlainText("Lange tekst " * 5000)
    dialog._on_buttons_accepted()
    assert dialog.signal_id is not None
    row = ss.get_signal(session, dialog.signal_id)
    assert row.reporter_name == "رانيا المثال" and row.person_label == "R.M."


def test_intake_without_consent_keeps_the_trace(qtbot, session):
    pid = add_partner(session)
    dialog = SignalIntakeDialog(session)
    qtbot.addWidget(dialog)
    dialog.channel.setCurrentIndex(2)
    dialog.partner.setCurrentIndex(dialog.partner.findData(pid))
    dialog.observed.setPlainText("iets")
    assert not dialog.observed.isEnabled()
    assert dialog.consent_note.text()
    dialog._on_buttons_accepted()
    row = ss.get_signal(session, dialog.signal_id)
    assert not row.registered and row.observed == ""


def test_signals_page_queue_and_triage(qtbot, session, monkeypatch):
    pid = add_partner(session)
    old = ss.register_signal(
        session, SignalIntake(TODAY - timedelta(days=3), Channel.PHONE, "oud", True, pid)
    )
    ss.register_signal(session, SignalIntake(TODAY, Channel.PHONE, "nieuw", True, pid))
    page = SignalsPage()
    qtbot.addWidget(page)
    page.set_session(session)
    view = page.view
    assert view.model().rowCount() == 2
    assert view.model().index(0, 0).data(ROW_ROLE).id == old  # oldest first
    view.selectRow(0)
    assert page.triage_button.isEnabled()

    def fake_exec(dialog):
        assert isinstance(dialog, TriageDialog)
        dialog._on_buttons_accepted()  # no outcome: refused
        assert dialog.error_text("outcome")
        dialog.radios[dialog.radios.__iter__().__next__()].setChecked(True)  # CASE
        dialog._on_buttons_accepted()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TriageDialog, "exec", fake_exec)
    monkeypatch.setattr(CaseFileDialog, "exec", lambda self: 0)
    with qtbot.waitSignal(page.data_changed):
        page._on_triage_button_clicked()
    assert page.model.rowCount() == 1
    assert len(cs.list_cases(session)) == 1
    page.set_session(None)
    assert page.model.rowCount() == 0


def make_cases(session):
    pid = add_partner(session)
    ids = {}
    for flag in Flag:
        case_id = cs.open_case(
            session,
            CaseDraft(TODAY, pseudonym=f"Vogel {flag.value}"),
            Identity(name="Zoë Testpersoon"),
        )
        if flag is Flag.BLACK:
            cs.change_flag(
                session,
                case_id,
                flag,
                "j",
                None,
                decided_by_person="F",
                handed_to="Parket Fictief",
                handed_on=TODAY,
            )
        else:
            cs.change_flag(
                session, case_id, flag, "j", TODAY + timedelta(days=30), decided_by_person="F"
            )
        ids[flag] = case_id
    cs.add_measure(session, ids[Flag.RED], pid, "Bellen", TODAY - timedelta(days=2))
    cs.join_team(session, ids[Flag.YELLOW], pid, TODAY)
    cs.add_information(
        session,
        ids[Flag.GREEN],
        __import__("livc_desktop.domain.cases", fromlist=["InformationItem"]).InformationItem(
            TODAY, pid, "Voetbalclub Fictief meldt afwezigheid", True
        ),
    )
    return pid, ids


def test_case_model_and_filters_without_widgets(session, qtbot):
    pid, ids = make_cases(session)
    model = CaseTableModel()
    model.set_session(session)
    assert model.rowCount() == 3 and model.total == 4  # open cases only (black is closed)
    model.set_query(CaseListQuery(open_only=False))
    assert model.rowCount() == 4
    model.set_query(CaseListQuery(open_only=False, flag=Flag.RED))
    assert model.rowCount() == 1
    assert model.index(0, CaseTableModel.COL_FLAG).data() == "Red"
    assert "overdue" in model.index(0, CaseTableModel.COL_MEASURES).data()
    model.set_query(CaseListQuery(overdue_only=True))
    assert model.rowCount() == 1
    model.set_query(CaseListQuery(team_partner_id=pid))
    assert [model.index(i, 0).data(ROW_ROLE).id for i in range(model.rowCount())] == [
        ids[Flag.YELLOW]
    ]
    model.set_query(CaseListQuery(text="voetbal"))  # in an information item only
    assert model.rowCount() == 0 and not model.complete  # the items' matches follow
    qtbot.waitUntil(lambda: model.complete)
    assert model.rowCount() == 1
    # Privacy mode masks the pseudonym.
    index = model.index(0, CaseTableModel.COL_PSEUDONYM)
    assert index.data().startswith("Vogel") or index.data() == ""
    privacy_mode().set_enabled(True)
    assert all(
        model.index(r, CaseTableModel.COL_PSEUDONYM).data() in (MASK, "")
        for r in range(model.rowCount())
    )


def test_cases_page_filters_and_lock(qtbot, session):
    make_cases(session)
    page = CasesPage()
    qtbot.addWidget(page)
    page.set_session(session)
    assert page.model.rowCount() == 3
    page.overdue_filter.setChecked(True)
    assert page.model.rowCount() == 1
    page.overdue_filter.setChecked(False)
    page.search.setText("voetbal")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.set_session(None)
    assert page.model.rowCount() == 0 and page.search.text() == ""


def test_case_file_reveal_is_recorded_and_privacy_masks(qtbot, session):
    case_id = cs.open_case(
        session, CaseDraft(TODAY, pseudonym="Merel"), Identity(name="Zoë Testpersoon")
    )
    events = []
    session.on_event(lambda kind, fields: events.append(kind))
    dialog = CaseFileDialog(session, case_id)
    qtbot.addWidget(dialog)
    assert events == ["case_opened"]
    assert dialog.identity_fields["name"].text() == ""
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert events[-1] == "identity_revealed"
    assert dialog.identity_fields["name"].text() == "Zoë Testpersoon"
    action = make_privacy_action(dialog)
    action.trigger()
    assert privacy_mode().enabled
    assert dialog.identity_fields["name"].text() == MASK
    assert dialog.fields["pseudonym"].text() == MASK
    action.trigger()
    assert dialog.identity_fields["name"].text() == "Zoë Testpersoon"
    dialog.done(0)
    assert dialog.identity is None


def test_case_file_run_through_phases_flags_and_information(qtbot, session, monkeypatch):
    pid = add_partner(session)
    case_id = cs.open_case(session, CaseDraft(TODAY))
    dialog = CaseFileDialog(session, case_id)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    flag = FlagChangeDialog(session, dialog.case, dialog)
    qtbot.addWidget(flag)
    flag.flag.setCurrentIndex(flag.flag.findData(Flag.YELLOW))
    flag._on_buttons_accepted()
    assert flag.error_text("justification")
    flag.justification.setPlainText("Zorgwekkend, maar onduidelijk")
    flag._on_buttons_accepted()
    assert flag.result() == QDialog.DialogCode.Accepted

    for target in (Phase.FILE_BUILDING, Phase.WEIGHING, Phase.APPROACH, Phase.EVALUATION):
        dialog.reload()
        phase = PhaseChangeDialog(session, dialog.case, dialog)
        qtbot.addWidget(phase)
        phase.phase.setCurrentIndex(phase.phase.findData(target))
        phase._on_buttons_accepted()
        assert phase.result() == QDialog.DialogCode.Accepted

    dialog.reload()
    info = InformationDialog(session, dialog.case, dialog)
    qtbot.addWidget(info)
    info.source.setCurrentIndex(info.source.findData(pid))
    info.content.setPlainText("Bericht van de school")
    info._on_buttons_accepted()
    assert info.error_text("consent")
    info.consent.setChecked(True)
    info.secret.setChecked(True)
    info._on_buttons_accepted()
    assert info.result() == QDialog.DialogCode.Accepted

    phase = PhaseChangeDialog(session, dialog.case, dialog)
    qtbot.addWidget(phase)
    phase.phase.setCurrentIndex(phase.phase.findData(Phase.CLOSED))
    phase._on_buttons_accepted()
    assert phase.error_text("closure_reason") and phase.error_text("evaluation_note")
    phase.reason.setCurrentIndex(1)
    phase.evaluation.setPlainText("Goed verlopen")
    phase._on_buttons_accepted()
    dialog.reload()
    assert dialog.case.phase is Phase.CLOSED
    assert not dialog.flag_button.isEnabled()
    kinds = [r.kind for r in dialog.timeline_model.rows()]
    assert kinds.count("phase") == 6 and "flag" in kinds and "information" in kinds


def test_overview_panel(qtbot, session):
    make_cases(session)
    ss.register_signal(session, SignalIntake(TODAY, Channel.EMAIL, "x", True, reporter_name="Buur"))
    stale = cs.open_case(session, CaseDraft(TODAY - timedelta(weeks=10)))
    panel = CaseOverviewPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    assert panel.loading  # counted on a worker thread
    qtbot.waitUntil(lambda: not panel.loading)
    assert panel.awaiting_value.text() == "1"
    assert panel.flag_labels[Flag.RED][1].text() == "1"
    assert panel.overdue_model.rowCount() == 1
    assert [r[0].id for r in panel.due_model.rows()] == [stale]
    with qtbot.waitSignal(panel.case_activated) as blocker:
        panel.due_list.activated.emit(panel.due_list.model().index(0, 0))
    assert blocker.args == [stale]
    assert panel.chart.points and panel.chart.points[-1][1][Flag.RED] == 1
    panel.resize(900, 500)
    panel.grab()  # paints the chart
    panel.set_session(None)
    assert panel.awaiting_value.text() == "" and panel.overdue_model.rowCount() == 0
    assert panel.due_model.rowCount() == 0


def test_case_settings_panel_saves_flag_texts(qtbot, session):
    from livc_desktop.ui.widgets.case_settings import CaseSettingsPanel

    panel = CaseSettingsPanel()
    qtbot.addWidget(panel)
    assert not panel.isEnabled()
    panel.set_session(session)
    panel.labels[Flag.YELLOW].setText("Oranje")
    panel.weeks.setValue(8)
    with qtbot.waitSignal(panel.saved):
        panel.save_button.click()
    assert cs.flag_texts(session)[Flag.YELLOW].label == "Oranje"
    assert cs.review_weeks(session) == 8
    model = CaseTableModel()
    model.flag_texts = cs.flag_texts(session)
    case_id = cs.open_case(session, CaseDraft(TODAY))
    cs.change_flag(session, case_id, Flag.YELLOW, "j", TODAY, decided_by_person="F")
    model.set_session(session)
    assert model.index(0, CaseTableModel.COL_FLAG).data() == "Oranje"
    panel.set_session(None)
    assert panel.labels[Flag.YELLOW].text() == ""


def test_identity_edits_are_masked_in_privacy_mode(qtbot, session):
    from PySide6.QtWidgets import QLineEdit

    from livc_desktop.ui.dialogs.case_forms import IdentityDialog

    case_id = cs.open_case(session, CaseDraft(TODAY), Identity(name="Zoë Testpersoon"))
    dialog = IdentityDialog(session, case_id, cs.reveal_identity(session, case_id))
    qtbot.addWidget(dialog)
    assert dialog.name.echoMode() == QLineEdit.EchoMode.Normal
    privacy_mode().set_enabled(True)
    assert dialog.name.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.name.text() == "Zoë Testpersoon"  # kept, only not shown
    privacy_mode().set_enabled(False)
    assert dialog.name.echoMode() == QLineEdit.EchoMode.Normal


def test_black_flag_asks_first_and_cancel_changes_nothing(qtbot, session, monkeypatch):
    from livc_desktop.domain.cases import InformationItem

    pid = add_partner(session)
    case_id = cs.open_case(session, CaseDraft(TODAY), Identity(name="Zoë Testpersoon"))
    cs.add_information(session, case_id, InformationItem(TODAY, pid, "inhoud", True))
    dialog = FlagChangeDialog(session, cs.get_case(session, case_id))
    qtbot.addWidget(dialog)
    dialog.flag.setCurrentIndex(dialog.flag.findData(Flag.BLACK))
    assert dialog.handed_to.isEnabled() and not dialog.next_review.isEnabled()
    dialog.justification.setPlainText("Acuut gevaar")
    dialog.handed_to.setText("Parket Fictief")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog._on_buttons_accepted()
    assert cs.get_case(session, case_id).flag is None
    assert len(cs.information(session, case_id)) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog._on_buttons_accepted()
    row = cs.get_case(session, case_id)
    assert row.flag is Flag.BLACK and row.phase is Phase.CLOSED
    assert cs.information(session, case_id) == []


def test_case_file_closes_and_forgets_identity_on_lock(qtbot, session):
    case_id = cs.open_case(session, CaseDraft(TODAY), Identity(name="Zoë Testpersoon"))
    dialog = CaseFileDialog(session, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reveal_button.click()
    assert dialog.identity is not None
    session.close()
    assert not dialog.isVisible() and dialog.identity is None
    assert dialog.identity_fields["name"].text() == ""


def test_measure_dialogs(qtbot, session):
    from livc_desktop.domain.cases import MeasureStatus
    from livc_desktop.ui.dialogs.case_forms import MeasureDialog, MeasureStatusDialog

    pid = add_partner(session)
    case_id = cs.open_case(session, CaseDraft(TODAY))
    add = MeasureDialog(session, cs.get_case(session, case_id))
    qtbot.addWidget(add)
    add._on_buttons_accepted()
    assert add.error_text("what") and add.error_text("partner")
    add.partner.setCurrentIndex(add.partner.findData(pid))
    add.what.setPlainText("Huisbezoek door de jeugdwerker")
    add._on_buttons_accepted()
    assert add.result() == QDialog.DialogCode.Accepted and add.measure_id is not None
    follow = MeasureStatusDialog(session, cs.measures(session, case_id)[0])
    qtbot.addWidget(follow)
    follow._on_buttons_accepted()
    assert follow.error_text("result")  # done needs a result
    follow.result_text.setPlainText("Bezoek gebeurd")
    follow._on_buttons_accepted()
    assert follow.result() == QDialog.DialogCode.Accepted
    assert cs.measures(session, case_id)[0].status is MeasureStatus.DONE
