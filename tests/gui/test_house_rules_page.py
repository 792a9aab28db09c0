"""The House rules page (drafts, adoption, comparison, PDFs, signatures) and the reporting
form from the Signals page (blank PDF, import shown for review, bad files explained)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from livc_desktop.domain.house_rules import Chapter
from livc_desktop.domain.partners import Partner
from livc_desktop.domain.preferences import Preferences
from livc_desktop.domain.signals import SignalStatus
from livc_desktop.services import audit, intake_import
from livc_desktop.services import house_rules as hr
from livc_desktop.services import partners as ps
from livc_desktop.services import signals as signal_service
from livc_desktop.ui import dates
from livc_desktop.ui.dialogs.signal_forms import SignalIntakeDialog
from livc_desktop.ui.house_rules_labels import intake_form_labels
from livc_desktop.ui.pages.house_rules import AdoptDialog, CompareDialog, HouseRulesPage
from livc_desktop.ui.pages.signals import SignalsPage


def _page(qtbot, session) -> HouseRulesPage:
    page = HouseRulesPage()
    qtbot.addWidget(page)
    page.set_session(session)
    return page


def test_draft_edit_adopt_and_frozen(qtbot, session, tmp_path, monkeypatch):
    ps.save_partner(session, Partner(name="OCMW Testdorp", tables={"integrated"}))
    page = _page(qtbot, session)
    assert "No version has been adopted yet" in page.status.text()
    assert not page.pdf_button.isEnabled()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.versions_model.rowCount() == 1
    edit = page.editors[Chapter.MEETINGS]
    assert "Testdorp" in page.editors[Chapter.GENERAL].toPlainText()
    assert not edit.isReadOnly() and not page.save_button.isEnabled()
    edit.setPlainText(edit.toPlainText() + "\n\n3.9 Extra afspraak.")
    assert page.save_button.isEnabled() and "not saved" in page.version_line.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.dirty
    version = hr.versions(session)[0]
    assert version.text(Chapter.MEETINGS).endswith("3.9 Extra afspraak.")

    dialog = AdoptDialog(session, version, page)
    qtbot.addWidget(dialog)
    dialog.adopted_on.setDate(dates.to_qdate(date.today() + timedelta(days=3)))
    dialog.buttons.accepted.emit()
    assert dialog.error_text("adopted_on") == "This date lies in the future."
    dialog.adopted_on.setDate(dates.to_qdate(date.today()))
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    page.reload()
    assert all(e.isReadOnly() for e in page.editors.values())
    assert "frozen" in page.version_line.text()
    assert "1 partner has not signed it yet." in page.status.text()

    target = tmp_path / "out" / "reglement.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "3.9 Extra afspraak." in text and "OCMW Testdorp" in text


def test_compare_marks_removed_and_added_words(qtbot, session):
    first = hr.new_draft(session, "en")
    hr.adopt(session, first, date.today())
    second = hr.new_draft(session, "en", from_version=first)
    texts = dict(hr.get_version(session, second).chapters)
    texts[Chapter.MEETINGS] = texts[Chapter.MEETINGS].replace("monthly", "weekly")
    hr.save_draft(session, second, texts)
    dialog = CompareDialog(session, hr.versions(session), None)
    qtbot.addWidget(dialog)
    html = dialog.view.toHtml()
    assert "monthly" in html and "weekly" in html
    assert dialog.view.toPlainText().count("No changes in this chapter.") == 4


def test_page_in_dutch_after_language_switch(qtbot, session):
    from livc_desktop.ui import i18n

    i18n.install("nl")
    try:
        page = _page(qtbot, session)
        assert page.title() == "Huishoudelijk reglement"
        assert page.chapter_tabs.tabText(4) == "5. Informatiehuishouding"
    finally:
        i18n.install("en")


def _filled(tmp_path: Path, consent: bool) -> Path:
    from tests.unit.test_intake_form import _fill

    blank = intake_import.export_form(tmp_path / "blank.pdf", intake_form_labels("nl"))
    return _fill(
        blank,
        tmp_path / "filled.pdf",
        {"reporter_name": "Zoë Voorbeeld", "observed": "Opvallende filmpjes gedeeld."},
        consent,
    )


def test_signals_page_writes_the_blank_form(qtbot, session, tmp_path, monkeypatch):
    session.save_preferences(Preferences(language="de"))
    page = SignalsPage()
    qtbot.addWidget(page)
    page.set_session(session)
    target = tmp_path / "formular.pdf"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("French", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.form_button, Qt.MouseButton.LeftButton)
    assert "Formulaire de signalement" in PdfReader(target).pages[0].extract_text()
    assert audit.entries(session)[-1].fields.get("kind") == "intake_form"


def test_imported_form_is_reviewed_before_saving(qtbot, session, tmp_path, monkeypatch):
    from livc_desktop.ui.dialogs.intake_form import read_filled_form

    proposed = read_filled_form(None, session, _filled(tmp_path, consent=True))
    assert proposed is not None and signal_service.recent_signals(session) == []
    dialog = SignalIntakeDialog(session, None, proposed)
    qtbot.addWidget(dialog)
    assert dialog.consent.isChecked() and dialog.reporter_name.text() == "Zoë Voorbeeld"
    assert "Opvallende filmpjes" in dialog.observed.toPlainText()
    assert "reporting form" in dialog.intro.text()
    dialog.buttons.accepted.emit()
    row = signal_service.get_signal(session, dialog.signal_id)
    assert row.status is SignalStatus.AWAITING and row.channel.value == "registration_form"


def test_import_without_consent_keeps_only_the_trace(qtbot, session, tmp_path):
    from livc_desktop.ui.dialogs.intake_form import read_filled_form

    proposed = read_filled_form(None, session, _filled(tmp_path, consent=False))
    dialog = SignalIntakeDialog(session, None, proposed)
    qtbot.addWidget(dialog)
    assert not dialog.consent.isChecked() and not dialog.observed.isEnabled()
    dialog.buttons.accepted.emit()
    row = signal_service.get_signal(session, dialog.signal_id)
    assert row.status is SignalStatus.NOT_REGISTERED and row.observed == ""


def test_a_foreign_pdf_gets_a_clear_message(qtbot, session, tmp_path, monkeypatch):
    from livc_desktop.ui.dialogs.intake_form import read_filled_form

    other = PdfWriter()
    other.add_blank_page(100, 100)
    path = tmp_path / "factuur.pdf"
    with open(path, "wb") as fh:
        other.write(fh)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert read_filled_form(None, session, path) is None
    assert shown and "not an LIVC reporting form" in shown[0]
    assert read_filled_form(None, session, tmp_path / "gone.pdf") is None
    assert "cannot be read as a PDF" in shown[1]


def test_partner_editor_shows_the_signature_read_only(qtbot, session):
    from livc_desktop.ui.pages.partners import PartnersPage

    ps.save_partner(session, Partner(name="OCMW Testdorp", tables={"integrated"}))
    ps.save_partner(session, Partner(name="Alleen op de hoogte"))
    ids = {r.name: r.id for r in ps.load_rows(session)}
    first = hr.new_draft(session, "nl")
    hr.adopt(session, first, date(2026, 1, 10), today=date(2026, 11, 30))
    hr.record_signature(
        session, ids["OCMW Testdorp"], first, date(2026, 1, 20), today=date(2026, 11, 30)
    )
    page = PartnersPage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.editor.show_partner(ps.get_partner(session, ids["OCMW Testdorp"]))
    assert page.editor.house_rules.text() == "Version 1, signed on 20/01/2026"
    second = hr.new_draft(session, "nl", from_version=first)
    hr.adopt(session, second, date(2026, 6, 1), today=date(2026, 11, 30))
    page.editor.show_partner(ps.get_partner(session, ids["OCMW Testdorp"]))
    assert page.editor.house_rules.text().endswith("not the current version")
    page.editor.show_partner(ps.get_partner(session, ids["Alleen op de hoogte"]))
    assert page.editor.house_rules.text().startswith("Not asked to sign")
