"""Passing a case on: the export form, the passphrase shown once, the import with its
preview, and where the case file and the cases page offer them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QDialog, QPushButton

from livc_desktop.domain.cases import CaseDraft, Flag, FollowUp, Identity
from livc_desktop.domain.cell import CellProfile, CellStructure
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.transfer import LegalBasis
from livc_desktop.services import audit
from livc_desktop.services import cases as cs
from livc_desktop.services import register as register_service
from livc_desktop.services import transfer as tr
from livc_desktop.ui.clipboard import KDE_HINT, sensitive_clipboard
from livc_desktop.ui.dialogs.case_file import CaseFileDialog
from livc_desktop.ui.dialogs.case_transfer import (
    CaseImportDialog,
    CaseTransferDialog,
    OneTimePassphraseDialog,
)
from livc_desktop.ui.pages.cases import CasesPage
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    # Many packages are made here; the cost floor itself is tested in the unit tests.
    monkeypatch.setattr(tr, "LOG2_N", 4)
    monkeypatch.setattr(tr, "MIN_LOG2_N", 4)


@pytest.fixture
def case(session):
    case_id = cs.open_case(
        session,
        CaseDraft(date(2026, 1, 5), "Pseudo Fictief", FollowUp.SOCIAL),
        Identity(name="Zoë Testpersoongem"),
    )
    cs.change_flag(
        session, case_id, Flag.YELLOW, "Fictieve zorg", date(2026, 6, 1),
        decided_by_person="Test", decided_on=date(2026, 2, 1),
    )  # fmt: skip
    return cs.get_case(session, case_id)


@pytest.fixture
def receiver(tmp_path):
    s = register_service.create(
        tmp_path / "other" / "register.livc",
        PASSPHRASE,
        PASSPHRASE,
        CellProfile(["Voorbeeldegem"], CellStructure.INTEGRATED),
    )
    yield s
    if s.is_open:
        s.close()


def fill_export(dialog: CaseTransferDialog, target) -> None:
    dialog.legal_basis.setCurrentIndex(dialog.legal_basis.findData(LegalBasis.CONSENT))
    dialog.approved_on.setDate(QDate(2026, 1, 20))
    dialog.approval_reference.setText("BGM/2026/014")
    dialog.email.setText("preventie@testdorp.example")
    dialog.destination.setText(str(target))


def test_export_form_asks_for_basis_approval_contact_and_file(qtbot, session, case, tmp_path):
    dialog = CaseTransferDialog(session, case)
    qtbot.addWidget(dialog)
    dialog._on_buttons_accepted()
    assert dialog.result() != QDialog.DialogCode.Accepted
    for field in ("legal_basis", "approval_reference", "email", "destination"):
        assert dialog.error_text(field), field
    target = tmp_path / "out" / "pakket.livccase"
    fill_export(dialog, target)
    dialog.approval_reference.setText("zie nota van Zoë")
    dialog._on_buttons_accepted()
    assert "reference" in dialog.error_text("approval_reference") and not target.exists()
    dialog.approval_reference.setText("BGM/2026/014")
    dialog.destination.setText(str(tmp_path / "pakket.pdf"))
    dialog._on_buttons_accepted()
    assert dialog.error_text("destination") and not target.exists()
    dialog.destination.setText(str(target))
    assert dialog.with_identity.isEnabled()  # this case has an identity
    dialog._on_buttons_accepted()
    assert dialog.result() == QDialog.DialogCode.Accepted and target.exists()
    passphrase = dialog.take_passphrase()
    assert dialog.take_passphrase() == ""  # handed out once
    package = tr.open_package(target.read_bytes(), passphrase)
    assert package.case_code == case.code and package.identity is None
    entry = audit.entries(session)[-1]
    assert entry.kind == ChangeKind.EXPORT_CASE_TRANSFER
    assert entry.fields["mayor_approved_on"] == "2026-01-20"


def test_passphrase_is_shown_once_and_copied_as_a_secret(qtbot, session, tmp_path):
    secret = tr.new_passphrase()
    dialog = OneTimePassphraseDialog(session, secret, tmp_path / "pakket.livccase")
    qtbot.addWidget(dialog)
    assert dialog.field.text() == secret and dialog.field.isReadOnly()
    dialog.copy_button.click()
    mime = QGuiApplication.clipboard().mimeData(QClipboard.Mode.Clipboard)
    assert mime.text() == secret and mime.hasFormat(KDE_HINT)
    assert "30" in dialog.copied.text()
    sensitive_clipboard().clear_now()  # what the 30-second timer does
    assert QGuiApplication.clipboard().text() != secret
    dialog.reject()
    assert dialog.field.text() == ""


def test_import_previews_then_creates_a_case_with_provenance(
    qtbot, session, case, receiver, tmp_path
):
    target = tmp_path / "pakket.livccase"
    dialog = CaseTransferDialog(session, case)
    qtbot.addWidget(dialog)
    fill_export(dialog, target)
    dialog._on_buttons_accepted()
    secret = dialog.take_passphrase()

    imp = CaseImportDialog(receiver)
    qtbot.addWidget(imp)
    imp.file.setText(str(target))
    imp.passphrase.setText(tr.new_passphrase())
    imp.preview_button.click()
    assert "not its passphrase" in imp.problem.text() and not imp.ok.isEnabled()
    imp.passphrase.setText(secret.lower().replace("-", " "))
    imp.preview_button.click()
    assert imp.ok.isEnabled() and not imp.preview_box.isHidden()
    assert "Testdorp" in imp.preview_fields["sender"].text()
    assert imp.preview_fields["code"].text() == case.code
    assert cs.list_cases(receiver) == []  # the preview saved nothing
    imp.file.setText(str(target) + " ")  # any change asks for a new preview
    assert not imp.ok.isEnabled()
    imp.file.setText(str(target))
    imp.preview_button.click()
    imp._on_buttons_accepted()
    assert imp.result() == QDialog.DialogCode.Accepted and imp.case_id is not None
    row = cs.get_case(receiver, imp.case_id)
    assert row.flag is Flag.YELLOW and row.follow_up is FollowUp.SOCIAL

    # The same file again: told, nothing imported.
    again = CaseImportDialog(receiver)
    qtbot.addWidget(again)
    again.file.setText(str(target))
    again.passphrase.setText(secret)
    again.preview_button.click()
    assert "already imported" in again.problem.text() and not again.ok.isEnabled()

    # The case file says where the case came from.
    file = CaseFileDialog(receiver, imp.case_id)
    qtbot.addWidget(file)
    assert not file.provenance.isHidden()
    assert "Testdorp" in file.provenance.text() and case.code in file.provenance.text()


def test_a_truncated_or_foreign_file_is_told_in_the_import(qtbot, session, tmp_path):
    bad = tmp_path / "x.livccase"
    bad.write_bytes(b"%PDF-1.7 geen pakket")
    imp = CaseImportDialog(session)
    qtbot.addWidget(imp)
    imp.file.setText(str(bad))
    imp.passphrase.setText("AAAAA")
    imp.preview_button.click()
    assert "not a case transfer package" in imp.problem.text()
    bad.write_bytes(tr.MAGIC + b"\x00")
    imp.preview_button.click()
    assert "incomplete" in imp.problem.text()


def test_case_file_and_cases_page_offer_the_transfer(qtbot, session, case):
    file = CaseFileDialog(session, case.id)
    qtbot.addWidget(file)
    button = file.findChild(QPushButton, "transfer_case")
    assert button is not None and button.text()
    assert file.provenance.isHidden()  # a case of this register
    page = CasesPage()
    qtbot.addWidget(page)
    page.set_session(session)
    assert page.findChild(QPushButton, "import_case") is not None


def test_the_buttons_run_the_export_and_the_import(
    qtbot, session, case, receiver, tmp_path, monkeypatch
):
    from livc_desktop.ui.dialogs import case_transfer as ct

    file = CaseFileDialog(session, case.id)
    qtbot.addWidget(file)
    asked: list[str] = []
    monkeypatch.setattr(ct, "export_case", lambda parent, s, row: asked.append(row.code))
    file.findChild(QPushButton, "transfer_case").click()
    assert asked == [case.code]

    target = tmp_path / "pakket.livccase"
    form = CaseTransferDialog(session, case)
    qtbot.addWidget(form)
    fill_export(form, target)
    form._on_buttons_accepted()
    secret = form.take_passphrase()

    def run_import(dialog: CaseImportDialog) -> int:
        dialog.file.setText(str(target))
        dialog.passphrase.setText(secret)
        dialog.preview_button.click()
        dialog._on_buttons_accepted()
        return dialog.result()

    monkeypatch.setattr(CaseImportDialog, "exec", run_import)
    page = CasesPage()
    qtbot.addWidget(page)
    page.set_session(receiver)
    opened: list[int] = []
    monkeypatch.setattr(page, "open_case_file", opened.append)
    page.findChild(QPushButton, "import_case").click()
    assert len(opened) == 1 and page.model.rowCount() == 1
    assert cs.get_case(receiver, opened[0]).code == f"{date.today().year}-001"
