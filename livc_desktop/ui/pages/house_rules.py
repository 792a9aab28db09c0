"""House rules: versions and their five chapters (drafts are edited, adopted versions are
frozen), adoption, the differences between two versions, the PDFs (the adopted rules with
a signature block per partner, the guests' confidentiality undertaking) and who signed
which version."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.changes import Area
from livc_desktop.domain.house_rules import (
    CHAPTERS,
    Chapter,
    ChapterDiff,
    DiffOp,
    Granularity,
    HouseRulesVersion,
    current_version,
)
from livc_desktop.services import house_rules as service
from livc_desktop.services.session import Session
from livc_desktop.ui import dates, palette
from livc_desktop.ui.case_labels import named
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.destinations import ask_save_path
from livc_desktop.ui.dialogs.form_fields import RegisterForm, combo, date_edit
from livc_desktop.ui.house_rules_labels import chapter_titles, labels_for
from livc_desktop.ui.i18n import current_language
from livc_desktop.ui.models.house_rules import SignatureTableModel, VersionTableModel
from livc_desktop.ui.pages.base import Page
from livc_desktop.ui.print_language import register_language
from livc_desktop.ui.widgets.case_tables import make_table, selected_row


class AdoptDialog(RegisterForm):
    """Adopt a draft on a date; it is frozen afterwards."""

    def __init__(self, session: Session, version: HouseRulesVersion, parent: QWidget | None):
        super().__init__(session, parent)
        self.setObjectName("adopt_dialog")
        self.version = version
        self.setWindowTitle(self.tr("Adopt version {number}").format(number=version.number))
        self.set_intro(
            self.tr(
                "Once adopted, this version can no longer be changed. Partners then sign "
                "it; changes later go into a new draft."
            )
        )
        self.adopted_on = date_edit(date.today(), "adopted_on")
        self.add_row("adopted_on", self.tr("Adopted on"), self.adopted_on)
        self.add_row("version", self.tr("Version"), QLabel(str(version.number)))

    def save(self) -> None:
        assert self.version.id is not None
        service.adopt(self.session, self.version.id, dates.from_qdate(self.adopted_on.date()))


class SignatureDialog(RegisterForm):
    """Record that a partner's representative signed an adopted version."""

    def __init__(
        self,
        session: Session,
        partners: list[tuple[str, int]],
        versions: list[HouseRulesVersion],
        partner_id: int | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("signature_dialog")
        self.setWindowTitle(self.tr("Record a signature"))
        self.partner = combo("signature_partner", partners)
        if partner_id is not None:
            self.partner.setCurrentIndex(max(0, self.partner.findData(partner_id)))
        self.version = combo(
            "signature_version",
            [
                (
                    self.tr("Version {number}, adopted on {date}").format(
                        number=v.number, date=format_date(v.adopted_on)
                    ),
                    v.id,
                )
                for v in versions
            ],
        )
        self.signed_on = date_edit(date.today(), "signed_on")
        self.signed_by = named(QLineEdit(), "signed_by")
        self.signed_by.setMaxLength(200)
        self.signed_by.setPlaceholderText(self.tr("Name of the representative"))
        self.add_row("partner", self.tr("Partner"), self.partner)
        self.add_row("version", self.tr("Version"), self.version)
        self.add_row("signed_on", self.tr("Signed on"), self.signed_on)
        self.add_row("signed_by", self.tr("Signed by"), self.signed_by)

    def save(self) -> None:
        service.record_signature(
            self.session,
            int(self.partner.currentData()),
            self.version.currentData(),
            dates.from_qdate(self.signed_on.date()),
            self.signed_by.text(),
        )


def diff_html(diffs: list[ChapterDiff], titles: dict[str, str], unchanged: str) -> str:
    """The differences per chapter: deleted text struck through in red, inserted text
    underlined in green (also readable without colour)."""
    deleted_css = palette.box_css(palette.NOTE_OFF_RECORD_BG, palette.ERROR)
    inserted_css = palette.box_css(palette.ATTENDANCE_PRESENT, palette.SUCCESS)
    parts = []
    for n, diff in enumerate(diffs, start=1):
        parts.append(f"<h3>{n}. {html.escape(titles[diff.chapter.value])}</h3>")
        if not diff.changed:
            parts.append(f"<p><i>{html.escape(unchanged)}</i></p>")
            continue
        body = []
        for piece in diff.pieces:
            text = html.escape(piece.text).replace("\n", "<br/>")
            if piece.op is DiffOp.DELETED:
                body.append(f'<s style="{deleted_css}">{text}</s>')
            elif piece.op is DiffOp.INSERTED:
                body.append(f'<u style="{inserted_css}">{text}</u>')
            else:
                body.append(text)
        parts.append("<p>" + "".join(body) + "</p>")
    return "".join(parts)


class CompareDialog(QDialog):
    """Two versions side by side as one text with the changes marked, per chapter."""

    def __init__(
        self, session: Session, versions: list[HouseRulesVersion], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.session = session
        self.setWindowTitle(self.tr("Compare two versions"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        items = [
            (self.tr("Version {number}").format(number=v.number), v.id)
            for v in sorted(versions, key=lambda v: v.number)
        ]
        self.old = combo("compare_old", items)
        self.new = combo("compare_new", items)
        if len(items) > 1:
            self.old.setCurrentIndex(len(items) - 2)
            self.new.setCurrentIndex(len(items) - 1)
        self.granularity = combo(
            "compare_granularity",
            [
                (self.tr("Words"), Granularity.WORDS.value),
                (self.tr("Lines"), Granularity.LINES.value),
            ],
        )
        for label, box in (
            (self.tr("From"), self.old),
            (self.tr("To"), self.new),
            (self.tr("Compare by"), self.granularity),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(box)
            box.currentIndexChanged.connect(self._on_choice_changed)
        row.addStretch(1)
        layout.addLayout(row)
        self.legend = QLabel(self.tr("Struck through in red: removed. Underlined in green: added."))
        layout.addWidget(self.legend)
        self.view = named(QTextBrowser(), "compare_view")
        self.view.setAccessibleName(self.tr("Differences between the two versions"))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._on_choice_changed()

    def _on_choice_changed(self, *_args: object) -> None:
        old, new = self.old.currentData(), self.new.currentData()
        if old is None or new is None:
            self.view.setHtml("")
            return
        diffs = service.compare(
            self.session, int(old), int(new), Granularity(self.granularity.currentData())
        )
        self.view.setHtml(
            diff_html(diffs, chapter_titles(), self.tr("No changes in this chapter."))
        )


class HouseRulesPage(Page):
    page_id = "house_rules"
    shows = frozenset({Area.PARTNERS, Area.PROFILE})
    icon_name = "text-x-generic"

    def __init__(self) -> None:
        super().__init__()
        self._version: HouseRulesVersion | None = None
        self._loading = False
        self.dirty = False
        layout = QVBoxLayout(self)
        self.heading = named(QLabel(), "house_rules_heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(self.heading)
        self.status = named(QLabel(), "house_rules_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tabs = named(QTabWidget(), "house_rules_tabs")
        layout.addWidget(self.tabs, 1)

        # Versions and text
        text_tab = QWidget()
        row = QHBoxLayout(text_tab)
        left = QVBoxLayout()
        self.versions_model = VersionTableModel(self)
        self.versions_view = make_table("versions_view", self.versions_model, 1, fit_on_load=True)
        self.versions_view.selectionModel().selectionChanged.connect(
            self._on_versions_selection_changed
        )
        self.versions_view.setFixedWidth(340)
        left.addWidget(self.versions_view, 1)
        self.new_button = named(QPushButton(), "new_draft")
        self.copy_button = named(QPushButton(), "copy_draft")
        self.delete_button = named(QPushButton(), "delete_draft")
        self.compare_button = named(QPushButton(), "compare_versions")
        for button in (self.new_button, self.copy_button, self.delete_button, self.compare_button):
            left.addWidget(button)
        row.addLayout(left)
        right = QVBoxLayout()
        self.version_line = named(QLabel(), "version_line")
        self.version_line.setWordWrap(True)
        right.addWidget(self.version_line)
        self.chapter_tabs = named(QTabWidget(), "chapter_tabs")
        # Five long chapter titles share one row: shortened, whole in the tooltip.
        self.chapter_tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.chapter_tabs.setUsesScrollButtons(False)
        self.editors: dict[Chapter, QPlainTextEdit] = {}
        for chapter in CHAPTERS:
            edit = named(QPlainTextEdit(), f"chapter_{chapter.value}")
            edit.textChanged.connect(self._on_text_changed)
            self.editors[chapter] = edit
            self.chapter_tabs.addTab(edit, "")
        right.addWidget(self.chapter_tabs, 1)
        actions = QHBoxLayout()
        self.save_button = named(QPushButton(), "save_draft")
        self.adopt_button = named(QPushButton(), "adopt_version")
        self.pdf_button = named(QPushButton(), "house_rules_pdf")
        self.undertaking_button = named(QPushButton(), "undertaking_pdf")
        actions.addWidget(self.save_button)
        actions.addWidget(self.adopt_button)
        actions.addStretch(1)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.undertaking_button)
        right.addLayout(actions)
        row.addLayout(right, 1)
        self.tabs.addTab(text_tab, "")

        # Signatures
        sig_tab = QWidget()
        sig_layout = QVBoxLayout(sig_tab)
        self.signatures_hint = named(QLabel(), "signatures_hint")
        self.signatures_hint.setWordWrap(True)
        sig_layout.addWidget(self.signatures_hint)
        self.signatures_model = SignatureTableModel(self)
        self.signatures_view = make_table(
            "signatures_view", self.signatures_model, 2, fit_on_load=True
        )
        self.signatures_view.doubleClicked.connect(self._on_sign_button_clicked)
        sig_layout.addWidget(self.signatures_view, 1)
        sig_actions = QHBoxLayout()
        self.sign_button = named(QPushButton(), "record_signature")
        sig_actions.addWidget(self.sign_button)
        sig_actions.addStretch(1)
        sig_layout.addLayout(sig_actions)
        self.tabs.addTab(sig_tab, "")

        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.compare_button.clicked.connect(self._on_compare_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.adopt_button.clicked.connect(self._on_adopt_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.undertaking_button.clicked.connect(self._on_undertaking_button_clicked)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        self.retranslate()
        self._update_state()

    def title(self) -> str:
        return self.tr("House rules")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("House rules"))
        self.tabs.setTabText(0, self.tr("Versions and text"))
        self.tabs.setTabText(1, self.tr("Signatures"))
        titles = chapter_titles()
        for n, chapter in enumerate(CHAPTERS):
            self.chapter_tabs.setTabText(n, f"{n + 1}. {titles[chapter]}")
            self.chapter_tabs.setTabToolTip(n, f"{n + 1}. {titles[chapter]}")
        self.new_button.setText(self.tr("New draft from the starting text"))
        self.copy_button.setText(self.tr("New draft from this version"))
        self.delete_button.setText(self.tr("Delete draft"))
        self.compare_button.setText(self.tr("Compare versions…"))
        self.save_button.setText(self.tr("Save draft"))
        self.adopt_button.setText(self.tr("Adopt…"))
        self.pdf_button.setText(self.tr("PDF with signatures…"))
        self.undertaking_button.setText(self.tr("Guest undertaking PDF…"))
        self.sign_button.setText(self.tr("Record a signature…"))
        self.signatures_hint.setText(
            self.tr(
                "Every active partner at one of the cell's tables signs the current "
                "version. A signature of an earlier version no longer counts."
            )
        )
        self.versions_model.retranslate()
        self.signatures_model.retranslate()
        self._update_state()

    def set_session(self, session: Session | None) -> None:
        super().set_session(session)
        self._version = None
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def can_leave(self) -> bool:
        if not self.dirty or self._version is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("House rules"),
            self.tr("Save the changes to this draft?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self._save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            self._show_version(self._version)
            return True
        return False

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        if self.session is None:
            self.versions_model.clear()
            self.signatures_model.clear()
            self._show_version(None)
            self.status.setText("")
            return
        keep = self._version.id if self._version is not None else None
        versions = service.versions(self.session)
        self.versions_model.set_rows(versions)
        self.signatures_model.set_rows(service.signature_status(self.session))
        self._update_status(versions)
        if self.dirty and self._version is not None:
            return  # keep the edits on screen; the lists are current
        target = next((v for v in versions if v.id == keep), None) or (
            versions[0] if versions else None
        )
        self._select(target)

    def _select(self, version: HouseRulesVersion | None) -> None:
        self._show_version(version)
        if version is None:
            return
        for n, row in enumerate(self.versions_model.rows()):
            if row.id == version.id:
                proxy = self.versions_view.model()
                index = proxy.mapFromSource(self.versions_model.index(n, 0))  # type: ignore[attr-defined]
                self.versions_view.blockSignals(True)
                self.versions_view.selectRow(index.row())
                self.versions_view.blockSignals(False)

    def _update_status(self, versions: list[HouseRulesVersion]) -> None:
        assert self.session is not None
        now = current_version(versions)
        if now is None:
            self.status.setText(
                self.tr(
                    "No version has been adopted yet. Start a draft from the starting text, "
                    "adapt it with the partners and adopt it."
                )
            )
            return
        unsigned = sum(1 for s in self.signatures_model.rows() if not s.signed_current)
        text = self.tr("Current house rules: version {number}, adopted on {date}.").format(
            number=now.number, date=format_date(now.adopted_on)
        )
        if unsigned:
            text += " " + self.tr("%n partners have not signed it yet.", "", unsigned)
        else:
            text += " " + self.tr("Every partner at a table has signed it.")
        self.status.setText(text)

    def _show_version(self, version: HouseRulesVersion | None) -> None:
        self._version = version
        self._loading = True
        try:
            for chapter, edit in self.editors.items():
                edit.setPlainText(version.text(chapter) if version else "")
                edit.setReadOnly(version is None or version.is_adopted)
        finally:
            self._loading = False
        self.dirty = False
        self._update_state()

    def _update_state(self) -> None:
        has = self.session is not None
        v = self._version
        draft = v is not None and not v.is_adopted
        self.new_button.setEnabled(has)
        self.copy_button.setEnabled(has and v is not None)
        self.delete_button.setEnabled(has and draft)
        self.compare_button.setEnabled(has and len(self.versions_model.rows()) >= 2)
        self.save_button.setEnabled(has and draft and self.dirty)
        self.adopt_button.setEnabled(has and draft)
        self.pdf_button.setEnabled(has and v is not None and v.is_adopted)
        self.undertaking_button.setEnabled(has)
        adopted = [r for r in self.versions_model.rows() if r.is_adopted]
        self.sign_button.setEnabled(has and bool(adopted) and bool(self.signatures_model.rows()))
        if v is None:
            self.version_line.setText(self.tr("No version selected."))
        elif v.is_adopted:
            self.version_line.setText(
                self.tr(
                    "Version {number}, adopted on {date}: frozen. To change it, make a new "
                    "draft from this version."
                ).format(number=v.number, date=format_date(v.adopted_on))
            )
        else:
            self.version_line.setText(
                self.tr("Version {number}: draft{edited}").format(
                    number=v.number,
                    edited=self.tr(" (changed, not saved)") if self.dirty else "",
                )
            )

    # -- slots --------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._update_state()

    def _on_versions_selection_changed(self, *_args: object) -> None:
        row = selected_row(self.versions_view)
        if row is None or (self._version is not None and row.id == self._version.id):  # type: ignore[attr-defined]
            return
        if not self.can_leave():
            self._select(self._version)
            return
        self._show_version(row)  # type: ignore[arg-type]

    def _texts(self) -> dict[Chapter, str]:
        return {c: e.toPlainText() for c, e in self.editors.items()}

    def _save(self) -> bool:
        v = self._version
        if self.session is None or v is None or v.id is None:
            return False
        vid = v.id
        texts = self._texts()
        if self.run(lambda: service.save_draft(self.session, vid, texts)) is None:  # type: ignore[arg-type]
            return False
        self.dirty = False
        self._version = service.get_version(self.session, vid)
        self.reload()
        self.status_message.emit(self.tr("Draft saved."))
        return True

    def _language(self) -> str:
        return register_language(self.session, current_language())

    def _on_new_button_clicked(self) -> None:
        if self.session is None or not self.can_leave():
            return
        language = self._language()
        outcome = self.run(lambda: service.new_draft(self.session, language))  # type: ignore[arg-type]
        if outcome is not None:
            self._version = service.get_version(self.session, outcome.value)
            self.reload()

    def _on_copy_button_clicked(self) -> None:
        if self.session is None or self._version is None or not self.can_leave():
            return
        base = self._version.id
        outcome = self.run(
            lambda: service.new_draft(self.session, self._language(), from_version=base)  # type: ignore[arg-type]
        )
        if outcome is not None:
            self._version = service.get_version(self.session, outcome.value)
            self.reload()

    def _on_delete_button_clicked(self) -> None:
        v = self._version
        if self.session is None or v is None or v.id is None or v.is_adopted:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            self.tr("Delete draft version {number}? Its text is lost.").format(number=v.number),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        vid = v.id
        if self.run(lambda: service.delete_draft(self.session, vid)) is not None:  # type: ignore[arg-type]
            self._version = None
            self.dirty = False
            self.reload()

    def _on_save_button_clicked(self) -> None:
        self._save()

    def _on_adopt_button_clicked(self) -> None:
        if self.session is None or self._version is None or self._version.is_adopted:
            return
        if self.dirty and not self._save():
            return
        assert self._version.id is not None
        version = service.get_version(self.session, self._version.id)
        if self.run_dialog(AdoptDialog(self.session, version, self)):
            self._version = service.get_version(self.session, self._version.id)
            self.reload()
            self.status_message.emit(self.tr("Version adopted."))

    def _on_compare_button_clicked(self) -> None:
        if self.session is None:
            return
        CompareDialog(self.session, self.versions_model.rows(), self).exec()

    def _on_pdf_button_clicked(self) -> None:
        v = self._version
        if self.session is None or v is None or not v.is_adopted:
            return
        target = ask_save_path(
            self,
            self.tr("Save the house rules"),
            self.tr("house-rules-version-{number}.pdf").format(number=v.number),
            self.tr("PDF documents (*.pdf)"),
            ".pdf",
        )
        if target is None:
            return
        labels = labels_for(self.session, current_language(), language=v.language)
        vid = v.id
        if self.run(lambda: service.export_house_rules(self.session, target, labels, vid)):  # type: ignore[arg-type]
            self.status_message.emit(self.tr("Saved: {file}").format(file=target.name))

    def _on_undertaking_button_clicked(self) -> None:
        if self.session is None:
            return
        target = ask_save_path(
            self,
            self.tr("Save the confidentiality undertaking"),
            self.tr("confidentiality-undertaking.pdf"),
            self.tr("PDF documents (*.pdf)"),
            ".pdf",
        )
        if target is None:
            return
        labels = labels_for(self.session, current_language())
        if self.run(lambda: service.export_undertaking(self.session, target, labels)):  # type: ignore[arg-type]
            self.status_message.emit(self.tr("Saved: {file}").format(file=target.name))

    def _on_sign_button_clicked(self, *_args: object) -> None:
        if self.session is None:
            return
        adopted = [v for v in self.versions_model.rows() if v.is_adopted]
        rows = self.signatures_model.rows()
        if not adopted or not rows:
            return
        chosen = selected_row(self.signatures_view)
        dialog = SignatureDialog(
            self.session,
            [(r.partner, r.partner_id) for r in rows],
            sorted(adopted, key=lambda v: v.number, reverse=True),
            chosen.partner_id if chosen is not None else None,  # type: ignore[attr-defined]
            self,
        )
        if self.run_dialog(dialog):
            self.reload()
