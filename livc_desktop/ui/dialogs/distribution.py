"""Copies per recipient: one PDF of a meeting document for each member entitled to it,
marked with their name, optionally protected with a password of its own, saved into one
folder, and a draft mail per copy where a mail program with a command line is installed.

The passwords are shown once, on the second page of this dialog, and can be printed as a
slip to read out by phone; closing the dialog (or locking the program) forgets them."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain import distribution as rules
from livc_desktop.domain.changes import Changes
from livc_desktop.domain.meetings import DocumentKind
from livc_desktop.services import destinations, distribution
from livc_desktop.services import meetings as meeting_service
from livc_desktop.services.mail_drafts import (
    Launch,
    MailProgram,
    find_mail_program,
    open_drafts,
)
from livc_desktop.services.session import Session
from livc_desktop.ui import distribution_labels, palette
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.destinations import cloud_warning
from livc_desktop.ui.forms import close_on_lock
from livc_desktop.ui.meeting_labels import document_kind_label, labels_for
from livc_desktop.ui.models.distribution import CopyTableModel, RecipientTableModel
from livc_desktop.ui.operations import run_op

_PROGRAM_NAMES = {
    "thunderbird": "Thunderbird",
    "outlook": "Outlook",
    "evolution": "Evolution",
    "kmail": "KMail",
    "xdg-email": "xdg-email",
}


def slip_html(title: str, rows: Sequence[tuple[str, str, str]], note: str) -> str:
    """The password slip: one line per copy (recipient, file, password), words spaced so
    they can be read out one by one."""
    cells = "".join(
        f"<tr><td>{html.escape(who)}</td><td>{html.escape(file)}</td>"
        f"<td><b>{'&nbsp;&nbsp;'.join(html.escape(w) for w in password.split())}</b></td></tr>"
        for who, file, password in rows
    )
    return (
        f"<h2>{html.escape(title)}</h2><p>{html.escape(note)}</p>"
        f'<table border="1" cellspacing="0" cellpadding="4">{cells}</table>'
    )


class DistributionDialog(QDialog):
    def __init__(
        self,
        session: Session,
        meeting_id: int,
        *,
        cases: Sequence[tuple[int, str]] = (),
        ui_language: str = "",
        announce: Callable[[Changes], None] | None = None,
        mail_program: Callable[[], MailProgram | None] = find_mail_program,
        launch: Launch | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("distribution_dialog")
        self.setModal(True)
        self._session = session
        self._meeting_id = meeting_id
        self._ui_language = ui_language
        self._announce = announce
        self._launch = launch
        self._program = mail_program()
        self._words: distribution.CopyWords | None = None
        close_on_lock(self, session)

        self.pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)

        # -- page 1: what, to whom, how ------------------------------------------------------
        choose = QWidget()
        col = QVBoxLayout(choose)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        col.addWidget(self.intro)
        self.document = QComboBox()
        self.document.setObjectName("distribution_document")
        self.document.addItem(document_kind_label(DocumentKind.MINUTES), None)
        for case_id, code in cases:
            self.document.addItem(
                f"{document_kind_label(DocumentKind.EXTRACT)} {code}", (case_id, code)
            )
        col.addWidget(self.document)
        self.recipients = RecipientTableModel()
        self.table = QTableView()
        self.table.setObjectName("distribution_recipients")
        self.table.setAccessibleName(self.tr("Recipients"))
        self.table.setModel(self.recipients)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        col.addWidget(self.table, 1)
        self.encrypt = QCheckBox()
        self.encrypt.setObjectName("distribution_encrypt")
        self.encrypt.setChecked(True)
        col.addWidget(self.encrypt)
        self.encrypt_hint = QLabel()
        self.encrypt_hint.setWordWrap(True)
        col.addWidget(self.encrypt_hint)
        row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder = QLineEdit()
        self.folder.setObjectName("distribution_folder")
        self.folder.setAccessibleName(self.tr("Folder for the copies"))
        self.browse = QPushButton()
        row.addWidget(self.folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        col.addLayout(row)
        self.folder_warning = QLabel()
        self.folder_warning.setObjectName("distribution_folder_warning")
        self.folder_warning.setWordWrap(True)
        col.addWidget(self.folder_warning)
        self.mail = QLabel()
        self.mail.setObjectName("distribution_mail_program")
        self.mail.setWordWrap(True)
        col.addWidget(self.mail)
        self.problem = QLabel()
        self.problem.setObjectName("distribution_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(palette.text_css(palette.ERROR))
        col.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.make = QPushButton()
        self.make.setObjectName("distribution_make")
        self.make.setDefault(True)
        self.cancel = QPushButton()
        buttons.addWidget(self.make)
        buttons.addWidget(self.cancel)
        col.addLayout(buttons)
        self.pages.addWidget(choose)

        # -- page 2: the copies, their passwords (once), the drafts ------------------------------
        done = QWidget()
        col = QVBoxLayout(done)
        self.saved = QLabel()
        self.saved.setObjectName("distribution_saved")
        self.saved.setWordWrap(True)
        col.addWidget(self.saved)
        self.copies = CopyTableModel()
        self.results = QTableView()
        self.results.setObjectName("distribution_results")
        self.results.setModel(self.copies)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.results.verticalHeader().hide()
        col.addWidget(self.results, 1)
        self.once = QLabel()
        self.once.setObjectName("distribution_once")
        self.once.setWordWrap(True)
        col.addWidget(self.once)
        buttons = QHBoxLayout()
        self.print_slip = QPushButton()
        self.print_slip.setObjectName("distribution_print_slip")
        self.drafts = QPushButton()
        self.drafts.setObjectName("distribution_drafts")
        self.close_button = QPushButton()
        self.close_button.setObjectName("distribution_close")
        buttons.addWidget(self.print_slip)
        buttons.addWidget(self.drafts)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        col.addLayout(buttons)
        self.pages.addWidget(done)

        self.document.currentIndexChanged.connect(self._on_document_changed)
        self.folder.textChanged.connect(self._on_folder_changed)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.encrypt.toggled.connect(self._on_encrypt_toggled)
        self.make.clicked.connect(self._on_make_clicked)
        self.cancel.clicked.connect(self.reject)
        self.print_slip.clicked.connect(self._on_print_slip_clicked)
        self.drafts.clicked.connect(self._on_drafts_clicked)
        self.close_button.clicked.connect(self.accept)
        self.finished.connect(self._forget)
        self.retranslate()
        self._on_document_changed()
        self.resize(860, 560)

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Copies per recipient"))
        self.intro.setText(
            self.tr(
                "Each member entitled to the document gets a copy of their own, with their "
                "name and organisation at the foot of every page and in the file's "
                "properties, so that a copy that leaks can be traced."
            )
        )
        self.encrypt.setText(self.tr("Protect each copy with a password of its own (AES-256)"))
        self.encrypt_hint.setText(
            self.tr(
                "Five words in the recipient's language are drawn for each copy. To use "
                "your own, type it in the last column: it must be at least as strong. Give "
                "the password by phone, never in the mail that carries the file."
            )
        )
        self.folder_label.setText(self.tr("Save in folder:"))
        self.browse.setText(self.tr("Browse…"))
        self.make.setText(self.tr("Make copies"))
        self.cancel.setText(self.tr("Cancel"))
        self.print_slip.setText(self.tr("Print password slip…"))
        self.drafts.setText(self.tr("Open draft mails"))
        self.close_button.setText(self.tr("Close"))
        self.once.setText(
            self.tr(
                "The passwords are shown only now and are not kept anywhere: print the slip "
                "or write them down before closing. Read each one out by phone."
            )
        )
        if self._program is None:
            self.mail.setText(
                self.tr(
                    "No mail program that can attach files from the command line was found "
                    "(Thunderbird, Outlook, Evolution, KMail). Attach the copies from the "
                    "folder to your mails yourself."
                )
            )
        else:
            self.mail.setText(
                self.tr("A draft mail per copy can be opened in {program}.").format(
                    program=_PROGRAM_NAMES.get(self._program.kind, self._program.kind)
                )
            )
        self.drafts.setEnabled(self._program is not None)

    # -- choosing ---------------------------------------------------------------------------
    def _document(self) -> tuple[DocumentKind, int | None, str]:
        data = self.document.currentData()
        if data is None:
            return DocumentKind.MINUTES, None, ""
        case_id, code = data
        return DocumentKind.EXTRACT, int(case_id), str(code)

    def _on_document_changed(self, *_: object) -> None:
        kind, case_id, code = self._document()
        self.problem.clear()
        self.recipients.set_recipients(
            distribution.recipients(self._session, self._meeting_id, kind, case_id)
        )
        meeting = meeting_service.get_meeting(self._session, self._meeting_id)
        self._words = distribution_labels.copy_words(
            self._session, meeting, kind, code, self._ui_language
        )
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        stem = rules.safe_file_stem(f"{self._words.document} {self._words.meeting_date}")
        self.folder.setText(str(Path(documents or Path.home()) / stem))

    def _on_folder_changed(self, text: str) -> None:
        service = destinations.export_risk(Path(text) / "copy.pdf").cloud_service if text else None
        self.folder_warning.setText(cloud_warning(service) if service else "")

    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Save in folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _on_encrypt_toggled(self, on: bool) -> None:
        self.table.setColumnHidden(RecipientTableModel.PASSWORD, not on)
        self.encrypt_hint.setVisible(on)

    def _problem_text(self) -> str:
        chosen = self.recipients.choices()
        if not chosen:
            return self.tr("Choose at least one recipient.")
        if not self.folder.text().strip():
            return self.tr("Choose the folder to save the copies in.")
        if self.encrypt.isChecked():
            for row in chosen:
                if row.password and rules.password_problems(
                    row.password, row.password, distribution.vocabulary()
                ):
                    return self.tr(
                        "The password typed for {name} is not strong enough: use at least "
                        "five words (or as strong), or leave it empty to have one drawn."
                    ).format(name=row.recipient.name)
        return ""

    def _on_make_clicked(self) -> None:
        self.problem.setText(self._problem_text())
        if self.problem.text():
            return
        kind, case_id, _ = self._document()
        chosen = self.recipients.choices()
        encrypt = self.encrypt.isChecked()
        typed = {r.recipient.key: r.password for r in chosen if encrypt and r.password}
        folder = Path(self.folder.text().strip())
        words = self._words
        assert words is not None
        session = self._session

        def make() -> list[distribution.SavedCopy]:
            copies = distribution.make_copies(
                session,
                self._meeting_id,
                kind,
                [r.recipient for r in chosen],
                labels_for(session, self._ui_language),
                words,
                case_id=case_id,
                encrypt=encrypt,
                passwords=typed,
            )
            return distribution.save_copies(
                session, self._meeting_id, kind, copies, folder, case_id=case_id
            )

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = run_op(
                self,
                session,
                make,
                title=self.windowTitle(),
                announce=self._announce,
                on_problems=lambda problems: self.problem.setText(self._problem_text()),
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.recipients.forget_passwords()
        if outcome is None:
            return
        self.copies.set_copies(outcome.value)
        self.saved.setText(
            self.tr("%n copies saved in {folder}.", "", len(outcome.value)).format(folder=folder)
        )
        protected = any(c.password for c in outcome.value)
        self.print_slip.setEnabled(protected)
        self.once.setVisible(protected)
        self.pages.setCurrentIndex(1)

    # -- after saving -----------------------------------------------------------------------
    def slip(self) -> str:
        rows = [
            (c.recipient.label, c.path.name, c.password)
            for c in self.copies.rows()
            if c.password is not None
        ]
        assert self._words is not None
        title = self.tr("Passwords of the copies: {document} of {date}").format(
            document=self._words.document, date=self._words.meeting_date
        )
        note = self.tr(
            "Read each password out by phone to its recipient only. Destroy this slip "
            "afterwards. Printed on {date}."
        ).format(date=format_date(date.today()))
        return slip_html(title, rows, note)

    def _on_print_slip_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setHtml(self.slip())
        document.print_(printer)
        document.clear()

    def _on_drafts_clicked(self) -> None:
        if self._program is None or self._words is None:
            return
        copies = self.copies.rows()
        drafts = [
            distribution_labels.draft(
                self._session,
                c.recipient,
                self._words,
                c.path,
                protected=c.password is not None,
                ui_language=self._ui_language,
            )
            for c in copies
        ]
        opened = (
            open_drafts(self._program, drafts, self._launch)
            if self._launch is not None
            else open_drafts(self._program, drafts)
        )
        for row, (ok, draft) in enumerate(zip(opened, drafts, strict=True)):
            if not ok:
                text = self.tr("the mail program did not start")
            elif not draft.to:
                text = self.tr("draft opened, no address known")
            else:
                text = self.tr("draft opened")
            self.copies.set_mail_state(row, text)

    def _forget(self, *_: object) -> None:
        self.copies.forget()
        self.recipients.forget_passwords()


def open_distribution(
    parent: QWidget,
    session: Session,
    meeting_id: int,
    cases: Sequence[tuple[int, str]] = (),
    announce: Callable[[Changes], None] | None = None,
) -> None:
    """The dialog, modal; gone (with its passwords) when it closes."""
    dialog = DistributionDialog(session, meeting_id, cases=cases, announce=announce, parent=parent)
    dialog.exec()
    dialog.deleteLater()
