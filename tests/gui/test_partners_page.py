"""The partner page standalone (pytest-qt, offscreen), on a real register."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QInputDialog, QLabel, QMessageBox

from livc_desktop.domain.changes import Area
from livc_desktop.domain.partners import Contact, Participation, Partner, PartnerStatus, Role
from livc_desktop.services import partners as ps
from livc_desktop.ui.dialogs.partner_import import PartnerImportDialog
from livc_desktop.ui.dialogs.partner_items import ContactDialog
from livc_desktop.ui.pages.partners import PartnersPage
from livc_desktop.ui.widgets.composition_warnings import CompositionWarningsPanel
from tests.rtl_text import reading_text

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


@pytest.fixture
def events(session):
    seen: list[tuple[str, dict]] = []
    session.on_event(lambda kind, fields: seen.append((kind, dict(fields))))
    return seen


@pytest.fixture
def page(qtbot, session):
    p = PartnersPage()
    qtbot.addWidget(p)
    p.set_session(session)
    p.show()
    return p


def answer(monkeypatch, button):
    calls = []

    def fake(*args, **kwargs):
        calls.append(args)
        return button

    monkeypatch.setattr(QMessageBox, "question", fake)
    return calls


def _error(page, field) -> QLabel:
    return page.editor.findChild(QLabel, f"error_{field}")


def _new(page, qtbot, name, **fields):
    qtbot.mouseClick(page.list_tab.new_button, Qt.MouseButton.LeftButton)
    page.editor.name.setText(name)
    page.editor.name.textEdited.emit(name)
    for key, value in fields.items():
        getattr(page.editor, key).setText(value)
    assert page.save_editor()
    return page.current_partner_id()


def test_page_contract(page, session):
    assert page.page_id == "partners" and page.objectName() == "page_partners"
    assert page.title() == "Partners"
    assert page.list_tab.model.rowCount() == 0
    assert "0 of 0" in page.counts.text()
    assert sorted(page.composition.codes()) == [
        "mayor_missing",
        "police_missing",
        "prevention_missing",
    ]
    assert not page.composition.isHidden()


def test_validation_explains_itself_and_nothing_is_saved(page, qtbot, session, events):
    qtbot.mouseClick(page.list_tab.new_button, Qt.MouseButton.LeftButton)
    page.editor.email.setText("geen-mail")
    page.editor.email.textEdited.emit("geen-mail")
    page.editor.phone.setText("bel me")
    assert not page.save_editor()
    assert _error(page, "name").text() == "This field is required."
    assert not _error(page, "name").isHidden()
    assert _error(page, "email").text() == "This does not look like an e-mail address."
    assert _error(page, "phone").text() == "This does not look like a phone number."
    assert "not saved" in page.editor.summary.text()
    assert ps.load_rows(session) == [] and events == []

    page.editor.name.setText("رانيا المثال vzw")
    page.editor.email.setText("info@fictief.example")
    page.editor.phone.setText("050 12 34 56")
    with qtbot.waitSignal(page.data_changed) as changed:
        assert page.save_editor()
    assert changed.args[0].touches(Area.PARTNERS)
    assert _error(page, "name").isHidden()
    (row,) = ps.load_rows(session)
    assert row.name == "رانيا المثال vzw"
    assert page.list_tab.model.rowCount() == 1 and "1 of 1" in page.counts.text()
    assert events == [("partner_created", {"partner_id": row.id})]
    assert page.editor.heading.text() == "رانيا المثال vzw"


def test_500_page_notes_are_refused_not_crashed(page, qtbot, session):
    qtbot.mouseClick(page.list_tab.new_button, Qt.MouseButton.LeftButton)
    page.editor.name.setText("Partner Fictief vzw")
    page.editor.notes.setPlainText("Zoë Testpersoon zegt iets. " * 60_000)
    assert not page.save_editor()
    assert _error(page, "notes").text() == "This text is too long."
    assert ps.load_rows(session) == []


def test_roles_and_tables_fill_the_composition(page, qtbot, session):
    pid = _new(page, qtbot, "Burgemeester Fictief")
    page.editor.findChild(QCheckBox, "role_mayor").setChecked(True)
    page.editor.findChild(QCheckBox, "role_prevention_officer").setChecked(True)
    page.editor.findChild(QCheckBox, "table_integrated").setChecked(True)
    assert page.editor.dirty
    assert page.save_editor()
    saved = ps.get_partner(session, pid)
    assert saved.roles == {Role.MAYOR, Role.PREVENTION_OFFICER}
    assert saved.tables == {"integrated"}
    assert page.composition.codes() == ["police_missing"]


def test_search_and_filters_update_list_and_counts(page, qtbot, session):
    ps.bulk_create(
        session,
        [
            Partner(
                name="Politiezone Fictief",
                sector="police",
                contacts=[Contact(name="Zoë Testpersoon")],
            ),
            Partner(name="OCMW Demostad", sector="social_services", notes="jongeren"),
            Partner(name="Sportclub Demo", sector="sport"),
        ],
    )
    page.refresh()
    assert page.list_tab.proxy.rowCount() == 3
    page.list_tab.search.setText("zoë")
    assert [r.name for r in page.list_tab.proxy.visible_rows()] == ["Politiezone Fictief"]
    assert "1 of 3" in page.counts.text()
    page.list_tab.search.clear()
    page.list_tab.filter_sector.setCurrentIndex(
        page.list_tab.filter_sector.findData("social_services")
    )
    assert [r.name for r in page.list_tab.proxy.visible_rows()] == ["OCMW Demostad"]
    page.list_tab.filter_sector.setCurrentIndex(0)
    assert page.list_tab.proxy.rowCount() == 3


def test_unsaved_changes_guard(page, qtbot, session, monkeypatch):
    a = _new(page, qtbot, "Partner A")
    b = _new(page, qtbot, "Partner B")
    page.list_tab.select_partner(a)
    page._open(a)
    page.editor.name.setText("Partner A gewijzigd")
    page.editor.name.textEdited.emit("Partner A gewijzigd")
    assert page.editor.dirty

    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not page.can_leave()
    # Clicking another row while cancelling keeps the editor on A.
    page.list_tab.table.setCurrentIndex(
        page.list_tab.proxy.mapFromSource(page.list_tab.model.index_of(b))
    )
    assert page.current_partner_id() == a and page.editor.dirty

    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert page.can_leave()
    assert not page.editor.dirty
    assert ps.get_partner(session, a).name == "Partner A"

    page.editor.name.setText("Partner A nieuw")
    page.editor.name.textEdited.emit("Partner A nieuw")
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert page.can_leave()
    assert ps.get_partner(session, a).name == "Partner A nieuw"

    page.editor.name.setText("")
    page.editor.name.textEdited.emit("")
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert not page.can_leave()  # invalid: stays, with the reason shown
    assert not _error(page, "name").isHidden()


def test_archive_restore_and_delete(page, qtbot, session, monkeypatch, events):
    pid = _new(page, qtbot, "Partner Fictief vzw")
    qtbot.mouseClick(page.editor.archive_button, Qt.MouseButton.LeftButton)
    assert ps.get_partner(session, pid).status is PartnerStatus.ARCHIVED
    assert page.list_tab.proxy.rowCount() == 0  # archived are hidden by default
    assert "Archived on" in page.editor.status_line.text()
    qtbot.mouseClick(page.editor.archive_button, Qt.MouseButton.LeftButton)
    assert ps.get_partner(session, pid).status is PartnerStatus.ACTIVE

    calls = answer(monkeypatch, No)
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    assert len(calls) == 1 and ps.load_rows(session)  # confirmation refused: still there
    answer(monkeypatch, Yes)
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    assert ps.load_rows(session) == []
    assert page.list_tab.model.rowCount() == 0 and page.editor.partner is None
    assert ("partner_deleted", {"partner_id": pid}) in events


def test_referenced_partner_is_archived_not_deleted(page, qtbot, session, monkeypatch):
    pid = _new(page, qtbot, "Partner Fictief vzw")
    with session.register.transaction() as conn:
        conn.execute(
            "CREATE TABLE later_feature (id INTEGER PRIMARY KEY, "
            "partner_id INTEGER REFERENCES partner(id)) STRICT"
        )
        conn.execute("INSERT INTO later_feature(partner_id) VALUES (?)", (pid,))
    calls = answer(monkeypatch, Yes)
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    assert "cannot be deleted" in calls[0][2]
    assert ps.get_partner(session, pid).status is PartnerStatus.ARCHIVED


def test_contacts_sub_list(page, qtbot, session, monkeypatch):
    pid = _new(page, qtbot, "Politiezone Fictief")
    monkeypatch.setattr(ContactDialog, "exec", lambda self: 1)
    monkeypatch.setattr(
        ContactDialog, "value", lambda self: Contact(name="Zoë Testpersoon", clearance=True)
    )
    qtbot.mouseClick(page.editor.contact_add, Qt.MouseButton.LeftButton)
    assert page.editor.contacts_model.rowCount() == 1 and page.editor.dirty
    assert page.save_editor()
    assert [c.name for c in ps.get_partner(session, pid).contacts] == ["Zoë Testpersoon"]
    page.editor.contacts_view.selectRow(0)
    qtbot.mouseClick(page.editor.contact_remove, Qt.MouseButton.LeftButton)
    assert page.save_editor()
    assert ps.get_partner(session, pid).contacts == []


def test_contact_dialog_validates(qtbot):
    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.email.setText("fout")
    dialog.buttons.accepted.emit()
    assert dialog.result() == 0
    assert not dialog.findChild(QLabel, "error_name").isHidden()
    assert dialog.findChild(QLabel, "error_email").text().startswith("This does not look")
    dialog.name.setText("Zoë Testpersoon")
    dialog.email.setText("zoe@fictief.example")
    dialog.buttons.accepted.emit()
    assert dialog.result() == 1
    assert dialog.value().email == "zoe@fictief.example"


def test_lock_keeps_valid_edits_and_clears_everything(page, qtbot, session):
    pid = _new(page, qtbot, "Partner Fictief vzw")
    page.editor.notes.setPlainText("bijgewerkt")
    page.set_session(None)
    assert ps.get_partner(session, pid).notes == "bijgewerkt"
    assert page.list_tab.model.rowCount() == 0 and page.list_tab.proxy.rowCount() == 0
    assert page.editor.name.text() == "" and page.editor.partner is None
    assert page.support_tab.model.rowCount() == 0 and page.sectors_tab.model.rowCount() == 0
    assert page.composition.isHidden()
    page.set_session(session)
    page._open(pid)
    page.editor.name.setText("")
    page.editor.name.textEdited.emit("")
    page.set_session(None)  # invalid edits are dropped, never half-saved
    assert ps.get_partner(session, pid).name == "Partner Fictief vzw"


def test_csv_export_as_filtered(page, qtbot, session, monkeypatch, tmp_path, events):
    ps.bulk_create(session, [Partner(name="Zoë Partner"), Partner(name="Andere Fictief")])
    page.refresh()
    page.list_tab.search.setText("zoë")
    target = tmp_path / "out" / "partners.csv"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.list_tab.export_csv_button, Qt.MouseButton.LeftButton)
    text = target.read_bytes().decode("utf-8-sig")
    assert "Zoë Partner" in text and "Andere Fictief" not in text
    assert text.splitlines()[0].startswith("Name;Sector;")
    assert events[-1] == ("export_csv", {"kind": "partners", "destination": "out"})


def test_pdfs_from_the_page(page, qtbot, session, monkeypatch, tmp_path, events):
    ps.bulk_create(
        session,
        [
            Partner(name="Partner Fictief vzw", contacts=[Contact(name="رانيا المثال")]),
            Partner(
                name="Zoë Testpersoon vzw",
                participation=Participation.WORKS_ON,
                tables={"integrated"},
            ),
        ],
    )
    page.refresh()
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(page.partner_list_pdf())).pages]
    assert "Partner list" in pages[0] and f"Page 1 of {len(pages)}" in pages[0]
    assert "CONFIDENTIAL" in pages[0] and "Zoë Testpersoon vzw" in pages[0]
    sheet = reading_text(page.contact_sheet_pdf())
    assert "Contact sheet" in sheet and "رانيا المثال" in sheet
    overview = PdfReader(io.BytesIO(page.participation_pdf())).pages[0].extract_text()
    assert "Participation overview" in overview and "Works on it (1)" in overview

    target = tmp_path / "lijst.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    # The button opens the print preview (ui/printing.py); its Save button saves the PDF.
    from livc_desktop.ui.printing import DocumentPreview

    def save_from_preview(dialog):
        assert dialog.pages.count() == len(pages)
        dialog.save_action.trigger()
        return 0

    monkeypatch.setattr(DocumentPreview, "exec", save_from_preview)
    qtbot.mouseClick(page.list_tab.print_list_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert events[-1][0] == "export_pdf" and events[-1][1]["kind"] == "partner_list"


SHEET = (
    "\ufeffNaam;Sector;Contactpersoon;E-mail\r\n"
    "OCMW Demostad;OCMW;Zoë Testpersoon;info@ocmw.example\r\n"
    "Partner Fictief vzw;politie;رانيا المثال;\r\n"
    "Foute rij;;;geen-mail\r\n"
).encode()


def test_import_dialog_previews_then_imports_on_confirmation(qtbot, session, monkeypatch):
    ps.save_partner(session, Partner(name="ocmw demostad"))
    dialog = PartnerImportDialog(session, {})
    qtbot.addWidget(dialog)
    assert dialog.load_bytes(SHEET, "partners.csv")
    assert dialog.preview_model.rowCount() == 3
    assert "New partners: 1 " in dialog.summary.text()
    assert "rows with problems (not imported): 1" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert len(ps.load_rows(session)) == 1  # nothing written yet

    answer(monkeypatch, No)
    dialog.buttons.accepted.emit()
    assert len(ps.load_rows(session)) == 1 and dialog.result_summary is None

    answer(monkeypatch, Yes)
    dialog.buttons.accepted.emit()
    assert dialog.result_summary == (
        "Import done. New: 1 · merged: 1 · skipped: 0 · rows with problems, not imported: 1"
    )
    names = sorted(r.name for r in ps.load_rows(session))
    assert names == ["Partner Fictief vzw", "ocmw demostad"]


def test_import_dialog_reports_unreadable_files(qtbot, session):
    dialog = PartnerImportDialog(session, {})
    qtbot.addWidget(dialog)
    assert not dialog.load_bytes(b"\x00\x01binary", "x.xlsx")
    assert "not a text (CSV) file" in dialog.file_error.text()
    assert not dialog.import_button.isEnabled()
    dialog.load_bytes(SHEET, "p.csv")
    dialog.set_mapping("name", None)
    assert not dialog.import_button.isEnabled()
    assert "name" in dialog.summary.text()


def test_custom_sector_is_offered(page, qtbot, session, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Buurtwerk", True))
    qtbot.mouseClick(page.sectors_tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.list_tab.new_button, Qt.MouseButton.LeftButton)
    labels = [page.editor.sector.itemText(i) for i in range(page.editor.sector.count())]
    assert "Buurtwerk" in labels and "Police" in labels
    assert page.list_tab.filter_sector.findText("Buurtwerk") >= 0


def test_support_directory_tab(page):
    assert page.support_tab.model.rowCount() >= 10
    texts = [
        page.support_tab.model.index(r, 3).data() for r in range(page.support_tab.model.rowCount())
    ]
    assert all(t == "Booklet of 16/06/2017: verify" for t in texts)
    assert "16/06/2017" in page.support_tab.intro.text()


def test_composition_panel_standalone(qtbot, session):
    panel = CompositionWarningsPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    assert panel.loading  # every partner is read on a worker thread
    qtbot.waitUntil(lambda: not panel.loading)
    assert len(panel.codes()) == 3 and not panel.isHidden()
    ps.bulk_create(
        session,
        [
            Partner(name="Burgemeester", roles={Role.MAYOR}),
            Partner(name="Politie", sector="police", contacts=[Contact("Agent", clearance=True)]),
            Partner(name="Preventie", roles={Role.PREVENTION_OFFICER}),
        ],
    )
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.loading)
    assert panel.codes() == [] and panel.isHidden()
    panel.set_session(None)
    assert panel.isHidden()


def test_retranslate_keeps_rows(page, qtbot, session):
    _new(page, qtbot, "Partner Fictief vzw")
    page.retranslate()
    assert page.list_tab.model.rowCount() == 1
    assert page.tabs.tabText(2) == "Support directory"


def test_lock_after_close_does_not_touch_the_closed_register(page, qtbot, session):
    _new(page, qtbot, "Partner Fictief vzw")
    page.editor.notes.setPlainText("niet bewaard")
    session.close()
    page.set_session(None)
    assert page.list_tab.model.rowCount() == 0 and page.editor.notes.toPlainText() == ""


def test_demo_register_has_partners(tmp_path, qtbot):
    from livc_desktop.services import demo

    s = demo.create_demo(tmp_path / "demo.livc")
    try:
        p = PartnersPage()
        qtbot.addWidget(p)
        p.set_session(s)
        assert p.list_tab.model.rowCount() > 10
        assert p.composition.codes() == []
        p.set_session(None)
    finally:
        s.close()


def test_editor_and_list_stand_alone_on_a_context_and_speak_through_signals(qtbot, session):
    from livc_desktop.ui.pages.partners.context import PartnersContext
    from livc_desktop.ui.pages.partners.editor import PartnerEditor
    from livc_desktop.ui.pages.partners.list_tab import PartnerListTab

    context = PartnersContext()
    context.set_session(session)
    context.load_sectors()
    editor = PartnerEditor(context)
    qtbot.addWidget(editor)
    editor.show_partner(Partner(name="Partner Fictief vzw"))
    editor.name.setText("OCMW Demostad")
    editor.name.textEdited.emit("OCMW Demostad")
    with qtbot.waitSignal(editor.save_requested):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.value().name == "OCMW Demostad"

    saved = ps.save_partner(session, Partner(name="CAW Voorbeeldegem"))
    tab = PartnerListTab(context)
    qtbot.addWidget(tab)
    tab.set_rows(ps.load_rows(session))
    tab.fill_filters()
    with qtbot.waitSignal(tab.partner_picked) as picked:
        tab.table.selectRow(0)
    assert picked.args == [saved.id]
    with qtbot.assertNotEmitted(tab.partner_picked):
        tab.select_partner(int(saved.id or 0))  # moved by the program, not picked
        tab.clear_selection()
        tab.select_partner(int(saved.id or 0))
