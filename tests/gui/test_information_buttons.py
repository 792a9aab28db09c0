"""The case file's Correct… and Remove… buttons beside the information list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from livc_desktop.domain.cases import CaseDraft, ClosureReason, InformationItem, Phase
from livc_desktop.services import audit
from livc_desktop.services import cases as cs
from livc_desktop.ui.dialogs.case_file import CaseFileDialog
from livc_desktop.ui.dialogs.case_forms import InformationDialog, InformationRemoveDialog
from tests.gui.test_cases_gui import add_partner

TODAY = date.today()


def select_first(dialog: CaseFileDialog) -> None:
    view = dialog.info_view
    view.selectionModel().select(
        view.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_correct_and_remove_need_a_selection_and_change_the_item(qtbot, session, monkeypatch):
    pid = add_partner(session)
    case_id = cs.open_case(session, CaseDraft(TODAY))
    cs.add_information(session, case_id, InformationItem(TODAY, pid, "Meldt Kwakkelplein", True))
    dialog = CaseFileDialog(session, case_id)
    qtbot.addWidget(dialog)
    correct = dialog.findChild(QPushButton, "info_correct")
    remove = dialog.findChild(QPushButton, "info_remove")
    assert not correct.isEnabled() and not remove.isEnabled()
    select_first(dialog)
    assert correct.isEnabled() and remove.isEnabled()

    seen: list[str] = []

    def fake_correct(self: InformationDialog) -> int:
        seen.append(self.windowTitle())
        assert self.content.toPlainText() == "Meldt Kwakkelplein"  # pre-filled
        assert self.source.currentData() == pid and self.consent.isChecked()
        self.content.setPlainText("")
        self._on_buttons_accepted()
        assert self.error_text("content")  # checked like a new item
        self.content.setPlainText("Meldt Snoezelvijver")
        self._on_buttons_accepted()
        return self.result()

    monkeypatch.setattr(InformationDialog, "exec", fake_correct)
    correct.click()
    assert seen and dialog.case.code in seen[0]
    assert [r.content for r in cs.information(session, case_id)] == ["Meldt Snoezelvijver"]
    # After the reload nothing is selected, so the buttons wait for a new choice.
    assert not correct.isEnabled()

    monkeypatch.setattr(InformationRemoveDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    select_first(dialog)
    remove.click()
    assert len(cs.information(session, case_id)) == 1  # cancelling keeps the item

    def fake_remove(self: InformationRemoveDialog) -> int:
        # The question names the item by date and source, never by its content.
        shown = " ".join(label.text() for label in self.findChildren(QLabel))
        assert "Partner Fictief vzw" in shown and "Snoezelvijver" not in shown
        self.reason.setCurrentIndex(self.reason.findData("duplicate"))
        self._on_buttons_accepted()
        return self.result()

    monkeypatch.setattr(InformationRemoveDialog, "exec", fake_remove)
    select_first(dialog)
    remove.click()
    assert cs.information(session, case_id) == []
    assert dialog.info_model.rowCount() == 0
    assert not remove.isEnabled()
    [entry] = [e for e in audit.entries(session) if e.kind == "information_deleted"]
    assert entry.fields["reason"] == "duplicate"


def test_a_closed_case_offers_no_correction_even_with_a_selection(qtbot, session):
    pid = add_partner(session)
    case_id = cs.open_case(session, CaseDraft(TODAY))
    cs.add_information(session, case_id, InformationItem(TODAY, pid, "Meldt Kwakkelplein", True))
    for p in (Phase.FILE_BUILDING, Phase.WEIGHING, Phase.APPROACH, Phase.EVALUATION):
        cs.change_phase(session, case_id, p)
    cs.change_phase(
        session,
        case_id,
        Phase.CLOSED,
        closure_reason=ClosureReason.GOALS_REACHED,
        evaluation_note="Doelen bereikt",
    )
    dialog = CaseFileDialog(session, case_id)
    qtbot.addWidget(dialog)
    select_first(dialog)
    assert dialog.info_view.selectionModel().hasSelection()
    for name in ("info_correct", "info_remove"):
        assert not dialog.findChild(QPushButton, name).isEnabled()
