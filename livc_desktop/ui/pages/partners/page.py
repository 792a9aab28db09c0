"""The partners section: four tabs (the list with its editor, the participation overview,
the support directory, the sectors), wired here. Tabs share a PartnersContext and speak
through signals; the page saves, deletes, exports and prints."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.changes import Area, ChangeKind
from livc_desktop.domain.errors import LivcError
from livc_desktop.domain.partners import Partner, PartnerStatus
from livc_desktop.services import partners as partner_service
from livc_desktop.services.exports import save_export
from livc_desktop.services.session import Session
from livc_desktop.ui import partner_labels as labels
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.destinations import ask_save_path
from livc_desktop.ui.models.partner_model import PartnerTableModel, row_texts
from livc_desktop.ui.pages.base import Page
from livc_desktop.ui.pages.partners.context import PartnersContext
from livc_desktop.ui.pages.partners.editor import PartnerEditor
from livc_desktop.ui.pages.partners.list_tab import PartnerListTab
from livc_desktop.ui.pages.partners.overview_tab import ParticipationTab
from livc_desktop.ui.pages.partners.sectors_tab import SectorsTab
from livc_desktop.ui.pages.partners.support_tab import SupportTab
from livc_desktop.ui.print_language import document_language, register_language
from livc_desktop.ui.printing import show_document
from livc_desktop.ui.widgets.composition_warnings import CompositionWarningsPanel
from livc_desktop.ui.widgets.tabs import size_to_current_tab


class PartnersPage(Page):
    page_id = "partners"
    icon_name = "system-users"
    shows = frozenset({Area.PARTNERS, Area.PROFILE, Area.SETTINGS})

    def __init__(self) -> None:
        super().__init__()
        self.context = PartnersContext(announce=self.data_changed.emit)
        outer = QVBoxLayout(self)
        self.counts = QLabel()
        self.counts.setObjectName("partners_counts")
        font = self.counts.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.counts.setFont(font)
        outer.addWidget(self.counts)
        self.composition = CompositionWarningsPanel(self)
        outer.addWidget(self.composition)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("partners_tabs")
        outer.addWidget(self.tabs, 1)

        self.list_tab = PartnerListTab(self.context)
        self.editor = PartnerEditor(self.context)
        scroll = QScrollArea()
        scroll.setObjectName("partner_editor_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        # The form scrolls down only; its Save bar stays below it, always in sight.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor_side = QWidget()
        editor_side.setMinimumWidth(320)
        side = QVBoxLayout(editor_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(scroll, 1)
        side.addWidget(self.editor.action_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_tab)
        self.splitter.addWidget(editor_side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 580])
        self.splitter.setChildrenCollapsible(False)
        self.overview_tab = ParticipationTab(self.context)
        self.support_tab = SupportTab(self.context)
        self.sectors_tab = SectorsTab(self.context)
        for tab in (self.splitter, self.overview_tab, self.support_tab, self.sectors_tab):
            self.tabs.addTab(tab, "")
        size_to_current_tab(self.tabs)

        self.list_tab.partner_picked.connect(self._on_list_partner_picked)
        self.list_tab.shown_changed.connect(self._update_counts)
        self.list_tab.new_requested.connect(self._on_list_new_requested)
        self.list_tab.import_requested.connect(self._on_list_import_requested)
        self.list_tab.export_csv_requested.connect(self._on_list_export_csv_requested)
        self.list_tab.print_list_requested.connect(self._on_list_print_list_requested)
        self.list_tab.print_contacts_requested.connect(self._on_list_print_contacts_requested)
        self.editor.save_requested.connect(self.save_editor)
        self.editor.revert_requested.connect(self.revert_editor)
        self.editor.archive_requested.connect(self.archive_or_restore)
        self.editor.delete_requested.connect(self.delete_current)
        self.overview_tab.print_requested.connect(self._on_overview_print_requested)
        self.support_tab.status_message.connect(self.status_message)
        self.sectors_tab.sectors_changed.connect(self._on_sectors_changed)

        self.retranslate()
        self.set_session(None)

    # -- Page contract -------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Partners")

    def set_session(self, session: Session | None) -> None:
        if (
            session is None
            and self.session is not None
            and self.session.is_open
            and self.editor.dirty
        ):
            # A lock never waits for the user: keep valid edits, drop invalid ones.
            candidate = self.editor.value()
            if not candidate.all_problems():
                with contextlib.suppress(LivcError):
                    partner_service.save_partner(self.session, candidate)
        super().set_session(session)
        self.context.set_session(session)
        self.composition.set_session(session)
        if session is None:
            self.list_tab.clear()
            self.overview_tab.clear()
            self.support_tab.clear()
            self.sectors_tab.reload()
            self.editor.clear()
            self.list_tab.fill_filters()
            self._update_counts()
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.reload()
        self.editor.show_partner(None)

    def can_leave(self) -> bool:
        if not self.editor.dirty or self.session is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The partner has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_editor()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert_editor()
            return True
        return False

    def refresh(self) -> None:
        if self.session is not None:
            self.reload()

    def retranslate(self) -> None:
        self.context.title = self.tr("Partners")
        self.tabs.setTabText(0, self.tr("Partners"))
        self.tabs.setTabText(1, self.tr("Participation overview"))
        self.tabs.setTabText(2, self.tr("Support directory"))
        self.tabs.setTabText(3, self.tr("Sectors"))
        self.composition.retranslate()
        self.editor.retranslate()
        if self.session is not None:
            self.context.retranslate()
        self.list_tab.retranslate()
        self.overview_tab.retranslate()
        self.support_tab.retranslate()
        self.sectors_tab.retranslate()
        if self.session is not None:
            self.overview_tab.fill(self.list_tab.model.rows())
        self._update_counts()

    # -- data --------------------------------------------------------------------------
    def reload(self) -> None:
        """Reload everything from the register (a handful of queries)."""
        if self.session is None:
            return
        current = self.current_partner_id()
        self.context.load_sectors()
        self.list_tab.set_rows(partner_service.load_rows(self.session))
        self.sectors_tab.reload()
        self.support_tab.reload()
        self.list_tab.fill_filters()
        self.overview_tab.fill(self.list_tab.model.rows())
        self.composition.refresh(self.list_tab.model.rows())
        self._update_counts()
        if current is not None:
            self.list_tab.select_partner(current)

    def current_partner_id(self) -> int | None:
        p = self.editor.partner
        return p.id if p is not None else None

    def _update_counts(self) -> None:
        active, archived = self.list_tab.model.counts()
        self.counts.setText(
            self.tr(
                "Partners: {shown} of {total} shown · {active} active · {archived} archived"
            ).format(
                shown=self.list_tab.proxy.rowCount(),
                total=active + archived,
                active=active,
                archived=archived,
            )
        )

    # -- list events ---------------------------------------------------------------------
    def _on_list_partner_picked(self, partner_id: int) -> None:
        if partner_id == self.current_partner_id():
            return
        if not self.can_leave():
            # Put the selection back on the partner being edited.
            back = self.current_partner_id()
            if back is not None:
                self.list_tab.select_partner(back)
            else:
                self.list_tab.clear_selection()
            return
        self._open(partner_id)

    def open_partner(self, partner_id: int) -> None:
        """Show one partner in the editor (the search opens it here)."""
        if self.session is None:
            return
        self.tabs.setCurrentIndex(0)
        self.list_tab.select_partner(partner_id)
        self._on_list_partner_picked(partner_id)

    def _open(self, partner_id: int) -> None:
        session = self.session
        assert session is not None
        found = self.context.run(self, lambda: partner_service.get_partner(session, partner_id))
        if found is None:
            self.reload()
            return
        self.editor.show_partner(found.value)

    def _on_list_new_requested(self) -> None:
        if self.session is None or not self.can_leave():
            return
        self.list_tab.clear_selection()
        municipalities = self.context.municipalities()
        self.editor.show_partner(
            Partner(name="", municipality=municipalities[0] if len(municipalities) == 1 else "")
        )
        self.tabs.setCurrentIndex(0)
        self.editor.name.setFocus()

    def _on_sectors_changed(self) -> None:
        self.reload()
        self.editor.retranslate()

    # -- editor actions ------------------------------------------------------------------
    def save_editor(self) -> bool:
        if self.session is None or self.editor.partner is None:
            return True
        session, candidate = self.session, self.editor.value()
        done = self.context.run(
            self,
            lambda: partner_service.save_partner(session, candidate),
            on_problems=self._on_editor_problems,
        )
        if done is None:
            return False
        saved_id = int(done.value.id or 0)
        self.editor.show_partner(partner_service.get_partner(session, saved_id))
        self.reload()
        self.list_tab.select_partner(saved_id)
        self.status_message.emit(self.tr("Partner saved."))
        return True

    def _on_editor_problems(self, problems: dict[str, str]) -> None:
        self.editor.show_problems(problems)
        self.status_message.emit(self.tr("The partner was not saved: see the marked fields."))

    def revert_editor(self) -> None:
        p = self.editor.partner
        if self.session is None or p is None:
            return
        if p.id is None:
            self.editor.show_partner(None)
        else:
            self._open(p.id)

    def archive_or_restore(self) -> None:
        p = self.editor.partner
        if self.session is None or p is None or p.id is None or not self.can_leave():
            return
        session, partner_id = self.session, p.id
        if p.status is PartnerStatus.ARCHIVED:
            if not self._done(lambda: partner_service.restore_partner(session, partner_id)):
                return
            self.status_message.emit(self.tr("Partner restored."))
        else:
            if not self._done(lambda: partner_service.archive_partner(session, partner_id)):
                return
            self.status_message.emit(
                self.tr("Partner archived. It stays visible in old meetings and cases.")
            )
        self._after_change(partner_id)

    def delete_current(self) -> None:
        p = self.editor.partner
        if self.session is None or p is None or p.id is None:
            return
        refs = partner_service.references(self.session, p.id)
        if refs:
            answer = QMessageBox.question(
                self,
                self.tr("Partner in use"),
                self.tr(
                    "Other records (meetings, cases...) refer to {name} ({count}). It cannot be "
                    "deleted, but it can be archived: it then disappears from the lists of "
                    "active partners and stays visible in the old records. Archive it?"
                ).format(name=p.name, count=sum(refs.values())),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes and p.status is PartnerStatus.ACTIVE:
                session, partner_id = self.session, p.id
                if self._done(lambda: partner_service.archive_partner(session, partner_id)):
                    self._after_change(partner_id)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete partner"),
            self.tr(
                "Delete {name} with its contact persons and trainings for good? Nothing in "
                "the register refers to it. This cannot be undone."
            ).format(name=p.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        session, partner_id = self.session, p.id
        if not self._done(lambda: partner_service.delete_partner(session, partner_id)):
            return
        self.editor.show_partner(None)
        self.reload()
        self.status_message.emit(self.tr("Partner deleted."))

    def _done(self, call: Callable[[], object]) -> bool:
        """Run a service call through the runner: True when it succeeded."""
        return self.context.run(self, call) is not None

    def _after_change(self, partner_id: int) -> None:
        assert self.session is not None
        self.editor.show_partner(partner_service.get_partner(self.session, partner_id))
        self.reload()

    # -- import / export -----------------------------------------------------------------
    def _on_list_import_requested(self) -> None:
        if self.session is None or not self.can_leave():
            return
        from livc_desktop.ui.dialogs.partner_import import PartnerImportDialog

        dialog = PartnerImportDialog(self.session, self.context.sector_labels, self)
        if self.run_dialog(dialog) and dialog.result_summary is not None:
            self.reload()
            self.status_message.emit(dialog.result_summary)

    def _save_path(self, title: str, name: str, pattern: str, suffix: str) -> Path | None:
        return ask_save_path(self, title, name, pattern, suffix)

    def export_csv_to(self, path: Path) -> int:
        assert self.session is not None
        header = PartnerTableModel.headers()
        header += [self.tr("Phone"), self.tr("E-mail"), self.tr("Contact persons")]
        proxy = self.list_tab.proxy
        listed = zip(proxy.visible_rows(), proxy.visible_texts(), strict=True)
        return partner_service.export_list_csv(self.session, path, header, listed)

    def _on_list_export_csv_requested(self) -> None:
        if self.session is None:
            return
        path = self._save_path(
            self.tr("Export partners as CSV"),
            self.tr("partners.csv"),
            self.tr("CSV (*.csv)"),
            ".csv",
        )
        if path is None:
            return
        done = self.context.run(self, lambda: self.export_csv_to(path))
        if done is not None:
            self.status_message.emit(self.tr("Partners exported: {count}").format(count=done.value))

    def _subtitle(self, count: int, lang: str) -> str:
        filters = self.list_tab.filter_summary()
        text = self.tr("Partners: {count} · {status} · printed on {date}").format(
            count=count,
            status=self.list_tab.filter_status.currentText(),
            date=format_date(dt.date.today(), language=lang),
        )
        if filters:
            text += " · " + self.tr("filter: {filters}").format(filters=", ".join(filters))
        return text

    def partner_list_pdf(self) -> bytes:
        assert self.session is not None
        from livc_desktop.reports import partners as report  # heavy: only when printing

        rows = self.list_tab.proxy.visible_rows()
        lang = register_language(self.session)
        with document_language(lang):
            texts = labels.document_texts(self.context.sectors, [])
            cells = [list(row_texts(r, dict(texts.sectors))) for r in rows]
            doc = report.list_document(
                self._subtitle(len(rows), lang), PartnerTableModel.headers(), cells, texts
            )
            frame = labels.document_frame(self.session, self.tr("Partner list"), landscape=True)
            return report.partner_list(frame, doc)

    def contact_sheet_pdf(self) -> bytes:
        assert self.session is not None
        from livc_desktop.reports import partners as report  # heavy: only when printing

        rows = self.list_tab.proxy.visible_rows()
        contacts = partner_service.contacts_of(self.session, [r.id for r in rows])
        lang = register_language(self.session)
        with document_language(lang):
            texts = labels.document_texts(self.context.sectors, [])
            doc = report.contact_sheet_document(
                self._subtitle(len(rows), lang), rows, contacts, texts
            )
            frame = labels.document_frame(self.session, self.tr("Contact sheet"))
            return report.contact_sheet(frame, doc)

    def participation_pdf(self) -> bytes:
        assert self.session is not None
        from livc_desktop.reports import partners as report  # heavy: only when printing

        kinds = list(self.context.table_kinds())
        rows = self.list_tab.model.rows()
        active = sum(1 for r in rows if r.status is PartnerStatus.ACTIVE)
        lang = register_language(self.session)
        with document_language(lang):
            texts = labels.document_texts(self.context.sectors, kinds)
            subtitle = self.tr("Active partners: {count} · printed on {date}").format(
                count=active, date=format_date(dt.date.today(), language=lang)
            )
            doc = report.participation_document(subtitle, rows, kinds, texts)
            frame = labels.document_frame(
                self.session, self.tr("Participation overview"), landscape=True
            )
            return report.participation_overview(frame, doc)

    def _export_pdf(self, build: Callable[[], bytes], kind: str, name: str, title: str) -> None:
        """Preview the document with print and save (ui/printing.py)."""
        if self.session is None:
            return
        session = self.session
        built = self.context.run(self, build)
        if built is None:
            return
        data = built.value

        def save() -> bool:
            path = self._save_path(self.tr("Save PDF"), name, self.tr("PDF (*.pdf)"), ".pdf")
            if path is None or not self._done(
                lambda: save_export(session, path, data, trail=ChangeKind.EXPORT_PDF, kind=kind)
            ):
                return False
            self.status_message.emit(self.tr("PDF saved."))
            return True

        show_document(
            self,
            data,
            title,
            save=save,
            printed=lambda: session.record(ChangeKind.EXPORT_PRINT, document=kind),
        )

    def _on_list_print_list_requested(self) -> None:
        self._export_pdf(
            self.partner_list_pdf,
            "partner_list",
            self.tr("partner-list.pdf"),
            self.tr("Partner list"),
        )

    def _on_list_print_contacts_requested(self) -> None:
        self._export_pdf(
            self.contact_sheet_pdf,
            "contact_sheet",
            self.tr("contact-sheet.pdf"),
            self.tr("Contact sheet"),
        )

    def _on_overview_print_requested(self) -> None:
        self._export_pdf(
            self.participation_pdf,
            "participation_overview",
            self.tr("participation-overview.pdf"),
            self.tr("Participation overview"),
        )
