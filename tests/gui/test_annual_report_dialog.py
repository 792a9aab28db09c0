"""File > Annual report: choose a year, save the PDF (and CSV) in the register's language."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from livc_desktop.domain.preferences import Preferences
from livc_desktop.ui.dialogs.annual_report import AnnualReportDialog
from tests.gui.conftest import unlock_with


def save_from_preview(monkeypatch):
    """The report opens in the print preview (ui/printing.py); press its Save."""
    from livc_desktop.ui.printing import DocumentPreview

    def save(dialog):
        dialog.save_action.trigger()
        return 0

    monkeypatch.setattr(DocumentPreview, "exec", save)


def test_the_dialog_saves_the_chosen_year_as_pdf_and_csv(
    qtbot, session, tmp_path: Path, monkeypatch
) -> None:
    session.save_preferences(Preferences(language="fr"))
    dialog = AnnualReportDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.year.itemData(0) == date.today().year
    target = tmp_path / "rapports" / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.with_csv.setChecked(True)
    save_from_preview(monkeypatch)
    with qtbot.waitSignal(dialog.report_exported) as exported:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert exported.args == [[target, target.with_suffix(".csv")]]
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert f"Rapport annuel {date.today().year}" in text
    assert "rapport.pdf" in dialog.saved_label.text()


def test_cancelling_the_file_dialog_writes_nothing(qtbot, session, tmp_path, monkeypatch) -> None:
    dialog = AnnualReportDialog(session)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    save_from_preview(monkeypatch)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_label.text() == ""
    assert not list(tmp_path.rglob("*.pdf"))


def test_the_file_menu_opens_the_dialog_only_when_unlocked(
    qtbot, make_window, sentinel_register
) -> None:
    window = make_window(sentinel_register)
    action = window.annual_report_action
    assert action in window.file_menu.actions()
    assert not action.isEnabled()
    unlock_with(qtbot, window)
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(AnnualReportDialog)
    assert dialog is not None and dialog.isVisible()
    window.lock("manual")
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(AnnualReportDialog)))
