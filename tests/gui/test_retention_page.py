"""The Retention page and its model: due cases, purge with the typed code, the house rule,
name search to subject-access PDF, the processing record, the case file's action; lock
clears everything."""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from livc_desktop.domain.cases import CaseDraft, ClosureReason, Identity, InformationItem, Phase
from livc_desktop.domain.retention import RetentionReason
from livc_desktop.services import audit
from livc_desktop.services import cases as cs
from livc_desktop.services import retention as rs
from livc_desktop.ui.dialogs.purge import PurgeDialog
from livc_desktop.ui.dialogs.search import SearchDialog
from livc_desktop.ui.models.retention import (
    COL_CODE,
    COL_REASON,
    DUE_ROLE,
    SORT_ROLE,
    RetentionFilterProxy,
    RetentionTableModel,
)
from livc_desktop.ui.pages import page_factories
from livc_desktop.ui.pages.audit import AuditPage
from livc_desktop.ui.pages.retention import RetentionPage

OLD = date.today() - timedelta(days=800)


def _cases(session):
    """A closed case long ago and a quiet open one (both due), and a fresh one (not)."""
    closed = cs.open_case(
        session, CaseDraft(OLD), Identity(name="Zoë Testpersoon", address="Fictieve Dreef 1")
    )
    pid = int(
        session.register.execute(
            "INSERT INTO partner(name, created_at, updated_at) VALUES ('Partner Fictief vzw', "
            "'2026-01-01T00:00:00', '2026-01-01T00:00:00')"
        ).lastrowid
    )
    cs.add_information(session, closed, InformationItem(OLD, pid, "Kwispelvogel gezien", True))
    cs.change_phase(
        session,
        closed,
        Phase.CLOSED,
        changed_on=OLD + timedelta(days=5),
        closure_reason=ClosureReason.NO_CONCERN,
        evaluation_note="Geen zorg",
    )
    quiet = cs.open_case(session, CaseDraft(OLD), Identity(name="رانيا المثال"))
    fresh = cs.open_case(session, CaseDraft(date.today()))
    codes = {c.id: c.code for c in cs.list_cases(session)}
    return (closed, codes[closed]), (quiet, codes[quiet]), (fresh, codes[fresh])


def test_model_and_proxy_without_widgets(session):
    (closed, code), (_quiet, _), _ = _cases(session)
    model = RetentionTableModel()
    model.set_rows(rs.cases_due(session))
    proxy = RetentionFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 2
    proxy.set_reason(RetentionReason.CLOSURE_PERIOD_ENDED.value)
    assert proxy.rowCount() == 1
    assert proxy.index(0, COL_CODE).data() == code
    assert proxy.index(0, COL_REASON).data() == "Closed: retention period ended"
    assert proxy.index(0, 0).data(DUE_ROLE).case_id == closed
    assert isinstance(proxy.index(0, COL_CODE).data(SORT_ROLE), str)
    proxy.set_reason("")
    assert proxy.rowCount() == 2
    # A header click sorts the model itself (one key per row), the proxy only filters.
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy.sort(column, order)
            keys = [proxy.index(r, column).data(SORT_ROLE) for r in range(proxy.rowCount())]
            assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
    model.clear()
    assert model.rowCount() == 0


def test_page_is_listed_just_before_the_access_trail():
    factories = page_factories()
    assert factories.index(RetentionPage) == factories.index(AuditPage) - 1


def _select(page, code):
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, COL_CODE).data() == code:
            page.table.selectRow(row)
            return
    raise AssertionError(code)


def test_purge_needs_the_typed_code_and_removes_the_case(qtbot, session, monkeypatch):
    (closed, code), _, _ = _cases(session)
    page = RetentionPage()
    qtbot.addWidget(page)
    page.set_session(session)
    assert page.loading  # the proposals are found on a worker thread
    qtbot.waitUntil(lambda: not page.loading)
    assert page.proxy.rowCount() == 2
    assert not page.purge_button.isEnabled()
    _select(page, code)
    assert page.purge_button.isEnabled()

    dialog = PurgeDialog(
        code, RetentionReason.CLOSURE_PERIOD_ENDED, rs.purge_preview(session, closed)
    )
    qtbot.addWidget(dialog)
    assert "information items: 1;" in dialog.counts_label.text()
    assert dialog.chosen_reason() == "retention_period_ended"
    dialog.typed.setText(code[:-1])
    assert not dialog.ok_button.isEnabled()
    dialog.typed.setText(code)
    assert dialog.ok_button.isEnabled()

    # Cancelled: nothing happens.
    monkeypatch.setattr(PurgeDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    page.purge_button.click()
    assert closed in {c.id for c in cs.list_cases(session)}

    monkeypatch.setattr(PurgeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    with qtbot.waitSignal(page.data_changed):
        page.purge_button.click()
    assert closed not in {c.id for c in cs.list_cases(session)}
    qtbot.waitUntil(lambda: not page.loading)
    assert page.proxy.rowCount() == 1
    assert [e.case_code for e in audit.entries(session) if e.kind == "case_purged"] == [code]


def test_house_rule_is_saved_in_the_register(qtbot, session):
    _cases(session)
    page = RetentionPage()
    qtbot.addWidget(page)
    page.set_session(session)
    assert page.months_spin.value() == 12
    page.months_spin.setValue(120)
    page.save_months_button.click()
    assert rs.months_after_closure(session) == 120
    qtbot.waitUntil(lambda: not page.loading)
    assert page.proxy.rowCount() == 1  # the closed case is no longer due


def _pdf_text(path):
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def save_from_preview(monkeypatch):
    """The documents open in the print preview (ui/printing.py); press its Save."""
    from livc_desktop.ui.printing import DocumentPreview

    def save(dialog):
        dialog.save_action.trigger()
        return 0

    monkeypatch.setattr(DocumentPreview, "exec", save)


def test_find_person_to_subject_access_pdf_and_processing_record(
    qtbot, session, monkeypatch, tmp_path
):
    (_closed, code), _, _ = _cases(session)
    page = RetentionPage()
    qtbot.addWidget(page)
    page.set_session(session)
    target = tmp_path / "access.pdf"

    def search_and_pick(dialog: SearchDialog) -> int:
        # The page opens the program's person search; the officer types, searches, picks.
        assert dialog.person_mode() and not dialog.everything_radio.isEnabled()
        dialog.text.setText("testpersoon")
        dialog.text.returnPressed.emit()
        assert [text for _k, _i, text in dialog.results()] == [f"Case {code}"]
        dialog.view.activated.emit(dialog.view.currentIndex())
        return dialog.result()

    monkeypatch.setattr(SearchDialog, "exec", search_and_pick)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    save_from_preview(monkeypatch)
    page.find_button.click()
    text = _pdf_text(target)
    assert "Zoë Testpersoon" in text and "Kwispelvogel" in text and code in text
    assert "رانيا" not in text
    kinds = [(e.kind, e.fields.get("kind")) for e in audit.entries(session)]
    assert ("identity_searched", None) in kinds
    searched = [e for e in audit.entries(session) if e.kind == "identity_searched"]
    assert searched[-1].fields["codes"] == code
    assert "testpersoon" not in str(searched[-1].fields).lower()
    assert ("export_pdf", "subject_access") in kinds

    record = tmp_path / "record.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(record), ""))
    page.record_button.click()
    text = _pdf_text(record)
    assert "Record of processing" in text and "458ter" in text
    assert "Zoë" not in text and "Kwispelvogel" not in text


def test_case_file_offers_the_subject_access_pdf(qtbot, session, monkeypatch, tmp_path):
    from livc_desktop.ui.dialogs.case_file import CaseFileDialog

    (closed, _code), _, _ = _cases(session)
    dialog = CaseFileDialog(session, closed)
    qtbot.addWidget(dialog)
    target = tmp_path / "case-access"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    save_from_preview(monkeypatch)
    dialog.access_button.click()
    assert "Kwispelvogel" in _pdf_text(tmp_path / "case-access.pdf")


def test_lock_clears_the_page(qtbot, session):
    _cases(session)
    page = RetentionPage()
    qtbot.addWidget(page)
    page.set_session(session)
    qtbot.waitUntil(lambda: not page.loading)
    assert page.model.rowCount() == 2
    page.set_session(None)
    assert page.model.rowCount() == 0
    assert not page.table.isEnabled() and not page.purge_button.isEnabled()
