"""The access-trail page and its model: filters, verify, DPO PDF, lock clears everything."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from livc_desktop.services import audit
from livc_desktop.ui.models.audit import (
    COL_CASE,
    COL_KIND,
    ENTRY_ROLE,
    SORT_ROLE,
    AuditTableModel,
)
from livc_desktop.ui.pages.audit import AuditPage


def _fill(session):
    session.record("case_opened", case_id=3, case_code="LIVC-2026-001")
    session.record("identity_revealed", case_id=3, case_code="LIVC-2026-001")
    session.record("partner_created", partner_id=7)
    session.record("case_opened", case_id=4, case_code="LIVC-2026-002")


def test_model_filters_without_widgets(session):
    _fill(session)
    model = AuditTableModel()
    model.set_session(session)
    assert model.complete and model.rowCount() == len(audit.entries(session)) >= 5
    model.set_filters(case_code="2026-001")
    assert model.rowCount() == 2
    assert model.index(0, COL_CASE).data() == "LIVC-2026-001"
    model.set_filters(kind="partner_created")
    assert model.rowCount() == 1
    assert model.index(0, COL_KIND).data() == "Partner created"
    assert model.index(0, 0).data(ENTRY_ROLE).fields == {"partner_id": 7}
    assert isinstance(model.index(0, 0).data(SORT_ROLE), int)
    model.set_filters(date_to="2000-01-01")
    assert model.rowCount() == 0
    model.set_session(None)
    assert model.rowCount() == 0


def test_page_filters_verify_and_lock(qtbot, session):
    _fill(session)
    page = AuditPage()
    qtbot.addWidget(page)
    page.set_session(session)
    total = page.model.rowCount()
    assert total == len(audit.entries(session))
    assert page.count_label.text() == f"{total} of {total} entries"
    page.case_edit.setText("LIVC-2026-002")
    assert page.model.rowCount() == 1
    assert page.count_label.text() == f"1 of {total} entries"
    page.reset_button.click()
    index = page.kind_combo.findData("case_opened")
    page.kind_combo.setCurrentIndex(index)
    assert page.model.rowCount() == 2
    page.reset_button.click()
    page.date_from.setDate(QDate.currentDate().addDays(1))
    assert page.model.rowCount() == 0
    page.reset_button.click()
    assert page.model.rowCount() == total
    with qtbot.waitSignal(page.status_message):
        page.verify_button.click()
    assert "intact" in page.result_label.text()
    page.set_session(None)
    assert page.model.rowCount() == 0 and page.kind_combo.count() == 0
    assert not page.verify_button.isEnabled()


def test_page_shows_tampering(qtbot, session):
    _fill(session)
    session.register.execute("DROP TRIGGER audit_entry_update_only_to_redact")
    session.register.execute("UPDATE audit_entry SET case_code = 'X' WHERE seq = 2")
    page = AuditPage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.verify_button.click()
    assert not page.verify_button.isEnabled()  # the walk runs on a worker thread
    qtbot.waitUntil(lambda: "tampered" in page.result_label.text())
    assert page.verify_button.isEnabled()
    assert audit.entries(session)[-1].fields == {"entries": 5, "ok": False}


def test_pdf_export_for_the_dpo(qtbot, session, tmp_path, monkeypatch):
    _fill(session)
    page = AuditPage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.case_edit.setText("LIVC-2026-001")
    target = tmp_path / "dpo" / "trail.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    # The trail opens in the print preview (ui/printing.py); its Save saves the PDF.
    from livc_desktop.ui.printing import DocumentPreview

    def save_from_preview(dialog):
        dialog.save_action.trigger()
        return 0

    monkeypatch.setattr(DocumentPreview, "exec", save_from_preview)
    page.export_button.click()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "LIVC-2026-001" in text and "LIVC-2026-002" not in text
    assert "intact" in text and "Testdorp" in text
    last = audit.entries(session)[-1]
    assert (last.kind, last.fields) == (
        "export_pdf",
        {"destination": "dpo", "kind": "access_trail"},
    )
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
