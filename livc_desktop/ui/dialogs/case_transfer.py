"""Passing a case on to another cell: the export form (legal basis, the mayor's approval,
identity tick, destination), the one-time passphrase shown once, the import with its
preview, and the small widgets the case file and the cases page carry for them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.changes import ChangeKind, Changes
from livc_desktop.domain.errors import LivcError
from livc_desktop.domain.transfer import (
    CasePackage,
    ExportAuthority,
    LegalBasis,
    contact_problems,
)
from livc_desktop.services import cases as case_service
from livc_desktop.services import transfer
from livc_desktop.services.session import Session
from livc_desktop.storage.case_rows import CaseRow
from livc_desktop.ui import case_labels as L
from livc_desktop.ui import dates, palette
from livc_desktop.ui.case_labels import named
from livc_desktop.ui.clipboard import CLEAR_AFTER_MS, copy_sensitive
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.destinations import ask_save_path
from livc_desktop.ui.dialogs.form_fields import RegisterForm, combo, date_edit, enum_data
from livc_desktop.ui.forms import close_on_lock
from livc_desktop.ui.messages import error_message
from livc_desktop.ui.transfer_labels import legal_basis_labels, received_texts


def _file_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return box


class CaseTransferDialog(RegisterForm):
    """What the officer records before a case leaves: the legal basis, the mayor's
    approval (date and reference), whether the identity goes along, and where to."""

    def __init__(self, session: Session, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("case_transfer_dialog")
        self.setWindowTitle(self.tr("Pass case {code} on to another cell").format(code=case.code))
        self.setMinimumWidth(640)
        self.case = case
        self._passphrase = ""
        self.set_intro(
            self.tr(
                "The law of 30 July 2018 does not organise passing a case on, and everyone "
                "who took part stays bound by professional secrecy (art. 458ter Criminal "
                "Code). Only the structure of the case leaves: its code, flags and phases "
                "with their dates, the measures as partner organisation and status, the "
                "follow-up type and your contact. No notes, justifications, information "
                "items or secret-covered content ever leave. The package is encrypted with "
                "a one-time passphrase that is shown once: give it by phone, never with "
                "the file."
            )
        )
        labels = legal_basis_labels()
        self.legal_basis = combo(
            "legal_basis",
            [(labels[b], b) for b in LegalBasis],
            with_none=self.tr("Choose the legal basis…"),
        )
        self.approved_on = date_edit(date.today(), "approved_on")
        self.approval_reference = named(QLineEdit(), "approval_reference")
        self.approval_reference.setMaxLength(40)
        self.approval_reference.setPlaceholderText(self.tr("e.g. BGM/2026/014"))
        self.email = named(QLineEdit(), "email")
        self.email.setMaxLength(200)
        self.phone = named(QLineEdit(), "phone")
        self.phone.setMaxLength(30)
        self.with_identity = named(
            QCheckBox(self.tr("Include the identity of the person concerned")), "with_identity"
        )
        has_identity = case_service.has_identity(session, case.id)
        self.with_identity.setEnabled(has_identity)
        if not has_identity:
            self.with_identity.setToolTip(self.tr("This case has no identity recorded."))
        self.destination = named(QLineEdit(), "destination")
        choose = named(QPushButton(self.tr("Choose…")), "choose_destination")
        choose.clicked.connect(self._on_choose_clicked)
        self.add_row("legal_basis", self.tr("Legal basis"), self.legal_basis)
        self.add_row("approved_on", self.tr("Mayor's approval on"), self.approved_on)
        self.add_row(
            "approval_reference", self.tr("Reference of the approval"), self.approval_reference
        )
        self.add_row("email", self.tr("Your e-mail address"), self.email)
        self.add_row("phone", self.tr("Your phone number"), self.phone)
        self.form.addRow("", self.with_identity)
        self.add_row("destination", self.tr("Package file"), _file_row(self.destination, choose))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Write package"))

    def _on_choose_clicked(self) -> None:
        target = ask_save_path(
            self,
            self.windowTitle(),
            self.destination.text() or f"{self.case.code}{transfer.SUFFIX}",
            self.tr("Case package (*{suffix})").format(suffix=transfer.SUFFIX),
            transfer.SUFFIX,
        )
        if target is not None:
            self.destination.setText(str(target))

    def authority(self) -> ExportAuthority:
        return ExportAuthority(
            legal_basis=enum_data(self.legal_basis, LegalBasis),
            approved_on=dates.from_qdate(self.approved_on.date()),
            approval_reference=self.approval_reference.text(),
            with_identity=self.with_identity.isEnabled() and self.with_identity.isChecked(),
        )

    def problems(self) -> dict[str, str]:
        found = self.authority().problems(date.today())
        contact = contact_problems(self.email.text(), self.phone.text())
        if "contact" in contact:  # shown under the first of the two fields
            contact["email"] = contact.pop("contact")
        found.update(contact)
        target = self.destination.text().strip()
        if not target:
            found["destination"] = "required"
        elif Path(target).suffix.lower() != transfer.SUFFIX:
            found["destination"] = "wrong_suffix"
        return found

    def save(self) -> None:
        self._passphrase = transfer.export_case(
            self.session,
            self.case.id,
            Path(self.destination.text().strip()),
            self.authority(),
            email=self.email.text(),
            phone=self.phone.text(),
        )

    def take_passphrase(self) -> str:
        """The passphrase, once; the dialog forgets it."""
        value, self._passphrase = self._passphrase, ""
        return value


class OneTimePassphraseDialog(QDialog):
    """Shows the package's passphrase once, with a copy button that marks the copy as
    secret and clears it from the clipboard after 30 seconds (ui/clipboard.py)."""

    def __init__(
        self, session: Session, passphrase: str, target: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("one_time_passphrase_dialog")
        self.setWindowTitle(self.tr("One-time passphrase of the package"))
        self.setMinimumWidth(560)
        close_on_lock(self, session)
        layout = QVBoxLayout(self)
        text = named(QLabel(), "passphrase_intro")
        text.setWordWrap(True)
        text.setText(
            self.tr(
                "The package {name} is written. This is its passphrase. It is shown only "
                "now and is kept nowhere: note it or copy it, and give it to the receiving "
                "cell by phone, never in the same mail as the file."
            ).format(name=target.name)
        )
        layout.addWidget(text)
        self.field = named(QLineEdit(passphrase), "passphrase")
        self.field.setAccessibleName(self.tr("One-time passphrase"))
        self.field.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.field.setFont(font)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.field)
        row = QHBoxLayout()
        self.copy_button = named(QPushButton(self.tr("Copy")), "copy_passphrase")
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.copied = named(QLabel(), "copied_hint")
        row.addWidget(self.copy_button)
        row.addWidget(self.copied, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("buttons")
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _on_copy_clicked(self) -> None:
        copy_sensitive(self.field.text())
        self.copied.setText(
            self.tr("Copied; cleared from the clipboard in {seconds} seconds.").format(
                seconds=CLEAR_AFTER_MS // 1000
            )
        )

    def done(self, result: int) -> None:
        self.field.clear()  # shown once: gone with the dialog
        super().done(result)


def export_case(parent: QWidget, session: Session, case: CaseRow) -> bool:
    """The export form, then the passphrase once; True when a package was written."""
    form = CaseTransferDialog(session, case, parent)
    if form.exec() != QDialog.DialogCode.Accepted:
        return False
    shown = OneTimePassphraseDialog(
        session, form.take_passphrase(), Path(form.destination.text().strip()), parent
    )
    shown.exec()
    return True


class CaseImportDialog(RegisterForm):
    """A package from another cell: file and passphrase, a preview of what it holds, then
    a new case with this register's next code."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("case_import_dialog")
        self.setWindowTitle(self.tr("Import a case from another cell"))
        self.setMinimumWidth(640)
        self.package: CasePackage | None = None
        self.case_id: int | None = None
        self.set_intro(
            self.tr(
                "Choose the package the other cell sent and type the passphrase they gave "
                "you by phone. You see what it holds before anything is saved; it becomes "
                "a new case with its own code, marked as received from that cell."
            )
        )
        self.file = named(QLineEdit(), "package_file")
        choose = named(QPushButton(self.tr("Choose…")), "choose_package")
        choose.clicked.connect(self._on_choose_clicked)
        self.passphrase = named(QLineEdit(), "package_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaxLength(100)
        self.preview_button = named(QPushButton(self.tr("Show contents")), "preview_package")
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.add_row("file", self.tr("Package file"), _file_row(self.file, choose))
        self.add_row(
            "passphrase", self.tr("Passphrase"), _file_row(self.passphrase, self.preview_button)
        )
        self.problem = named(QLabel(), "package_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(palette.text_css(palette.ERROR))
        self.problem.setVisible(False)
        self.form.addRow(self.problem)
        self.preview_box = named(QGroupBox(self.tr("Contents of the package")), "package_preview")
        grid = QFormLayout(self.preview_box)
        self.preview_fields: dict[str, QLabel] = {}
        for key, label in (
            ("sender", self.tr("Received from")),
            ("contact", self.tr("Contact")),
            ("code", self.tr("Their case code")),
            ("opened_on", self.tr("Opened on")),
            ("state", self.tr("Phase and flag")),
            ("follow_up", self.tr("Follow-up")),
            ("history", self.tr("History")),
            ("identity", self.tr("Identity")),
        ):
            value = named(QLabel(), f"preview_{key}")
            value.setWordWrap(True)
            self.preview_fields[key] = value
            grid.addRow(label, value)
        self.preview_box.setVisible(False)
        self._layout.insertWidget(self._layout.count() - 1, self.preview_box)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import as a new case"))
        self.ok.setEnabled(False)
        self.file.textChanged.connect(self._on_input_changed)
        self.passphrase.textChanged.connect(self._on_input_changed)

    def _on_choose_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.windowTitle(),
            "",
            self.tr("Case package (*{suffix})").format(suffix=transfer.SUFFIX),
        )
        if chosen:
            self.file.setText(chosen)

    def _on_input_changed(self, _text: str) -> None:
        # A preview belongs to exactly this file and passphrase.
        self.package = None
        self.ok.setEnabled(False)
        self.preview_box.setVisible(False)
        self.problem.setVisible(False)

    def _on_preview_clicked(self) -> None:
        self._on_input_changed("")
        try:
            data = transfer.read_file(Path(self.file.text().strip()))
            self.package = transfer.preview(self.session, data, self.passphrase.text())
        except LivcError as exc:
            self.problem.setText(error_message(exc))
            self.problem.setVisible(True)
            self.adjustSize()
            return
        self._show(self.package)
        self.ok.setEnabled(True)

    def _show(self, p: CasePackage) -> None:
        f = self.preview_fields
        f["sender"].setText(
            self.tr("the cell of {cell}, on {date}").format(
                cell=p.sender.cell, date=format_date(p.made_on)
            )
        )
        f["contact"].setText(
            ", ".join(x for x in (p.sender.officer, p.sender.email, p.sender.phone) if x)
        )
        f["code"].setText(p.case_code)
        f["opened_on"].setText(format_date(p.opened_on))
        f["state"].setText(
            self.tr("{phase} since {phase_since}; flag: {flag}").format(
                phase=L.phase_label(p.phase),
                phase_since=format_date(p.phase_since),
                flag=L.flag_label(p.flag),
            )
        )
        f["follow_up"].setText(L.follow_up_label(p.follow_up))
        f["history"].setText(
            self.tr(
                "Flag decisions: {flags}; phase changes: {phases}; measures: {measures}"
            ).format(flags=len(p.flags), phases=len(p.phases), measures=len(p.measures))
        )
        f["identity"].setText(
            self.tr("Included (shown in the case file only when revealed)")
            if p.identity
            else self.tr("Not included")
        )
        self.preview_box.setVisible(True)
        self.adjustSize()

    def problems(self) -> dict[str, str]:
        return {} if self.package is not None else {"passphrase": "preview_first"}

    def save(self) -> None:
        assert self.package is not None
        self.case_id = transfer.import_package(
            self.session, self.package, received_texts(self.package.sender.cell)
        )
        self.passphrase.clear()


# -- the buttons the case file and the cases page carry ------------------------------------


class TransferCaseButton(QPushButton):
    """ "Pass on to another cell…" in a case file; `case` gives the case shown."""

    def __init__(self, session: Session, case: Callable[[], CaseRow], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("transfer_case")
        self._session = session
        self._case = case
        self._retranslate()
        self.clicked.connect(self._on_clicked)

    def _retranslate(self) -> None:
        self.setText(self.tr("Pass on to another cell…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_clicked(self) -> None:
        export_case(self.window(), self._session, self._case())


class ImportCaseButton(QPushButton):
    """ "Import from another cell…" on the cases page; opens the new case when done."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.setObjectName("import_case")
        self._page = page
        self._retranslate()
        self.clicked.connect(self._on_clicked)

    def _retranslate(self) -> None:
        self.setText(self.tr("Import from another cell…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_clicked(self) -> None:
        page = self._page
        session: Session | None = getattr(page, "session", None)
        if session is None:
            return
        dialog = CaseImportDialog(session, self.window())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.case_id is not None:
            page.reload()  # type: ignore[attr-defined]
            page.announce(Changes.of(ChangeKind.CASE_TRANSFER_RECEIVED))  # type: ignore[attr-defined]
            page.open_case_file(dialog.case_id)  # type: ignore[attr-defined]


class ProvenanceLabel(QLabel):
    """ "Received from the cell of X on date" at the top of a received case's file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_provenance")
        self.setWordWrap(True)
        self.setStyleSheet(
            palette.box_css(palette.NOTICE_BG, palette.NOTICE_TEXT) + " padding: 4px;"
        )
        self.setVisible(False)

    def show_for(self, session: Session, case_id: int) -> None:
        prov = transfer.provenance(session, case_id)
        self.setVisible(prov is not None)
        if prov is None:
            self.clear()
            return
        contact = ", ".join(
            x for x in (prov.sender_officer, prov.sender_email, prov.sender_phone) if x
        )
        self.setText(
            self.tr(
                "Received from the cell of {cell} on {date} (their case code {code}; "
                "contact: {contact})."
            ).format(
                cell=prov.sender_cell,
                date=format_date(prov.received_on),
                code=prov.source_code,
                contact=contact or "-",
            )
        )


__all__ = [
    "CaseImportDialog",
    "CaseTransferDialog",
    "ImportCaseButton",
    "OneTimePassphraseDialog",
    "ProvenanceLabel",
    "TransferCaseButton",
    "export_case",
]
