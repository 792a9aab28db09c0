"""The access-trail viewer: filters (date range, event, case code), "Verify trail" and a
PDF for the data-protection officer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.audit import TrailReport
from livc_desktop.domain.changes import Area, ChangeKind
from livc_desktop.domain.errors import LivcError
from livc_desktop.services import audit as audit_service
from livc_desktop.services.background import ReadCancelled
from livc_desktop.services.exports import file_name
from livc_desktop.services.register import Session
from livc_desktop.ui import palette
from livc_desktop.ui.audit_labels import audit_fields_text, audit_kind_label
from livc_desktop.ui.dates import display_format
from livc_desktop.ui.destinations import ask_save_path
from livc_desktop.ui.messages import error_message
from livc_desktop.ui.models.audit import COL_DETAILS, COL_SEQ, AuditTableModel
from livc_desktop.ui.pages.base import Page
from livc_desktop.ui.printing import show_document
from livc_desktop.ui.widgets.flow import FlowLayout
from livc_desktop.ui.worker import run_in_background

_NO_LIMIT = QDate(2000, 1, 1)


class AuditPage(Page):
    page_id = "audit"
    shows = frozenset({Area.TRAIL})
    icon_name = "security-high"

    def __init__(self) -> None:
        super().__init__()
        self._stale = False  # entries to load when the page is shown
        self.model = AuditTableModel(self)
        # Entries in the whole trail (counted on a worker thread); None until known.
        self.total: int | None = None
        self._count_generation = 0

        self._heading = QLabel()
        self._heading.setObjectName("audit_heading")
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._heading.setFont(font)
        self._explain = QLabel()
        self._explain.setWordWrap(True)

        self._from_label = QLabel()
        self.date_from = self._date_edit("audit_date_from")
        self._to_label = QLabel()
        self.date_to = self._date_edit("audit_date_to")
        self._kind_label = QLabel()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("audit_kind")
        self.kind_combo.setMinimumContentsLength(18)
        self._case_label = QLabel()
        self.case_edit = QLineEdit()
        self.case_edit.setObjectName("audit_case_code")
        self.case_edit.setClearButtonEnabled(True)
        self.case_edit.setMaxLength(40)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("audit_reset_filters")

        # Each label stays beside its field; the pairs wrap rather than widen the window.
        filters = FlowLayout()
        for label, field in (
            (self._from_label, self.date_from),
            (self._to_label, self.date_to),
            (self._kind_label, self.kind_combo),
            (self._case_label, self.case_edit),
        ):
            label.setBuddy(field)
            pair = QWidget()
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            pair_row.addWidget(label)
            pair_row.addWidget(field)
            filters.addWidget(pair)
        filters.addWidget(self.reset_button)

        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_SEQ, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        # Columns fit the rows in view: the default measures 1,000 rows, each read for it.
        header.setResizeContentsPrecision(0)

        self.result_label = QLabel()
        self.result_label.setObjectName("audit_verify_result")
        self.result_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("audit_count")
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("audit_verify")
        self.export_button = QPushButton()
        self.export_button.setObjectName("audit_export_pdf")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.result_label, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._explain)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.date_from.dateChanged.connect(self._on_filter_changed)
        self.date_to.dateChanged.connect(self._on_filter_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.case_edit.textChanged.connect(self._on_filter_changed)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.verify_button.clicked.connect(self._on_verify_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.completed.connect(self._update_count)
        self.retranslate()
        self._set_enabled(False)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(display_format())
        edit.setMinimumDate(_NO_LIMIT)
        edit.setDate(_NO_LIMIT)
        return edit

    # -- Page --------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Access trail")

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Access trail"))
        self._explain.setText(
            self.tr(
                "Every unlock, lock, opened case file, revealed identity, change, export, "
                "backup and restore, with ids and codes only. Entries cannot be changed or "
                "removed; each carries the fingerprint of the one before, so any tampering "
                "shows when the trail is verified."
            )
        )
        self._from_label.setText(self.tr("From"))
        self._to_label.setText(self.tr("To"))
        self.date_from.setSpecialValueText(self.tr("any date"))
        self.date_to.setSpecialValueText(self.tr("any date"))
        self._kind_label.setText(self.tr("Event"))
        self._case_label.setText(self.tr("Case code"))
        self.case_edit.setPlaceholderText(self.tr("e.g. 2026-004"))
        self.reset_button.setText(self.tr("Show all"))
        self.verify_button.setText(self.tr("Verify trail"))
        self.export_button.setText(self.tr("Export PDF for the DPO..."))
        self._fill_kinds()
        self.model.retranslate()
        self._update_count()

    def set_session(self, session: Session | None) -> None:
        super().set_session(session)
        self.result_label.clear()
        if session is None:
            self._stale = False
            self._count_generation += 1
            self.total = None
            self.model.set_session(None)
            self.kind_combo.blockSignals(True)
            self.kind_combo.clear()
            self.kind_combo.blockSignals(False)
            self.case_edit.clear()
            self._set_enabled(False)
            self._update_count()
            return
        self._set_enabled(True)
        self.total = None  # another register: its own count
        self.refresh()

    def refresh(self) -> None:
        if self.session is None or not self.session.is_open:
            return
        # A page that cannot be seen (hidden in the main window's stack) reads when it is
        # first shown, not on every unlock or change elsewhere. A page on its own at once.
        if self.parent() is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        session = self.session
        self._fill_kinds()
        self.model.session = session
        self.model.set_filters(**self.filters())
        self._count_total(session)

    def _count_total(self, session: Session) -> None:
        """The trail's size for the count line: counting scans an index (0.3 s at stress
        size), so a worker thread does it; a whole trail on the first screen is counted."""
        self._count_generation += 1
        generation = self._count_generation
        if self.model.complete and not any(self.filters().values()):
            self.total = self.model.rowCount()
            self._update_count()
            return

        def counted(total: int) -> None:
            if generation == self._count_generation and self.session is session:
                self.total = total
                self._update_count()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ReadCancelled) or generation != self._count_generation:
                return
            raise exc  # a real failure: the application's error handler reports it

        self._update_count()
        run_in_background(lambda: audit_service.count_all(session), counted, failed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- helpers -----------------------------------------------------------------------
    def _set_enabled(self, on: bool) -> None:
        for widget in (
            self.date_from,
            self.date_to,
            self.kind_combo,
            self.case_edit,
            self.reset_button,
            self.verify_button,
            self.export_button,
            self.table,
        ):
            widget.setEnabled(on)

    def _fill_kinds(self) -> None:
        current = self.kind_combo.currentData()
        found = []
        if self.session is not None and self.session.is_open:
            found = audit_service.kinds(self.session)
        self.model.kinds = found
        kinds = sorted(found, key=audit_kind_label)
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("All events"), "")
        for kind in kinds:
            self.kind_combo.addItem(audit_kind_label(kind), kind)
        index = self.kind_combo.findData(current) if current else 0
        self.kind_combo.setCurrentIndex(max(0, index))
        self.kind_combo.blockSignals(False)

    def _date_text(self, edit: QDateEdit) -> str:
        return "" if edit.date() == _NO_LIMIT else edit.date().toString("yyyy-MM-dd")

    def filters(self) -> dict[str, str]:
        return {
            "date_from": self._date_text(self.date_from),
            "date_to": self._date_text(self.date_to),
            "kind": str(self.kind_combo.currentData() or ""),
            "case_code": self.case_edit.text(),
        }

    def _update_count(self, *_: object) -> None:
        total = 0 if self.session is None else self.total
        if total is None or not self.model.complete:
            self.count_label.setText(self.tr("Counting entries..."))
            return
        self.count_label.setText(
            self.tr("{shown} of %n entries", "", total).format(shown=self.model.rowCount())
        )

    # -- slots -------------------------------------------------------------------------
    def _on_filter_changed(self, *_: object) -> None:
        if self.session is None or not self.session.is_open or self._stale:
            return
        self.model.set_filters(**self.filters())
        self._update_count()

    def _on_reset_clicked(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.setDate(_NO_LIMIT)
        self.kind_combo.setCurrentIndex(0)
        self.case_edit.clear()

    def _on_verify_clicked(self) -> None:
        """The walk runs on a worker thread: at stress size it reads a million entries."""
        if self.session is None:
            return
        session = self.session
        self.verify_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Verifying the trail..."))

        def done(report: TrailReport) -> None:
            if self.session is not session or not session.is_open:
                return
            self.verify_button.setEnabled(True)
            audit_service.record_verified(session, report)
            self._show_verification(report)

        def failed(exc: BaseException) -> None:
            self.verify_button.setEnabled(self.session is not None)
            if not isinstance(exc, ReadCancelled):
                raise exc  # a real failure: the application's error handler reports it

        run_in_background(lambda: audit_service.check_trail_in_background(session), done, failed)

    def _show_verification(self, report: TrailReport) -> None:
        if report.ok:
            text = self.tr("The trail is intact: %n entries verified.", "", report.count)
            self.result_label.setStyleSheet(palette.text_css(palette.SUCCESS))
        else:
            text = self.tr(
                "The trail has been tampered with: entry {seq} or the one before it was "
                "changed, removed or moved. Inform the data-protection officer."
            ).format(seq=report.first_bad_seq)
            self.result_label.setStyleSheet(palette.text_css(palette.ERROR) + " font-weight: bold;")
        self.result_label.setText(text)
        self.status_message.emit(text)
        self.refresh()

    def _on_export_clicked(self) -> None:
        """Preview the trail as PDF, with print and save (ui/printing.py)."""
        if self.session is None:
            return
        session = self.session
        caption = self.tr("Export the access trail")
        try:
            pdf = self.build_report()
        except LivcError as exc:
            QMessageBox.warning(self, caption, error_message(exc))
            return
        title = self.tr("Access trail")
        name = file_name(title, date.today().isoformat(), suffix="pdf")

        def save() -> bool:
            target = ask_save_path(
                self, caption, str(Path.home() / name), self.tr("PDF files (*.pdf)"), ".pdf"
            )
            if target is None:
                return False
            try:
                audit_service.save_report(session, Path(target), pdf)
            except LivcError as exc:
                QMessageBox.warning(self, caption, error_message(exc))
                return False
            self.status_message.emit(self.tr("Access trail exported."))
            return True

        show_document(
            self,
            pdf,
            title,
            save=save,
            printed=lambda: session.record(ChangeKind.EXPORT_PRINT, kind="access_trail"),
        )
        self.refresh()

    def build_report(self) -> bytes:
        assert self.session is not None
        report = audit_service.check_trail(self.session)
        f = self.filters()
        rows = [
            (
                str(e.seq),
                e.at.replace("T", " "),
                audit_kind_label(e.kind),
                e.case_code,
                audit_fields_text(e.fields, e.redacted),
            )
            # One entry at a time from the cursor; only the PDF's text rows are kept.
            for e in audit_service.iter_entries(self.session, self.model.query())
        ]
        profile = self.session.profile()
        any_text = self.tr("any date")
        filters = self.tr("Period: {start} to {end}. Event: {kind}. Case code: {case}.").format(
            start=f["date_from"] or any_text,
            end=f["date_to"] or any_text,
            kind=self.kind_combo.currentText(),
            case=f["case_code"] or self.tr("all"),
        )
        if report.ok:
            verification = self.tr("Chain verified: %n entries, intact.", "", report.count)
        else:
            verification = self.tr(
                "Chain verification FAILED at entry {seq}: the trail was tampered with."
            ).format(seq=report.first_bad_seq)
        # The report builder (reportlab) is imported only when the trail is printed.
        from livc_desktop.reports.audit import AuditReportLabels, build_audit_report
        from livc_desktop.reports.common import PageFrame

        labels = AuditReportLabels(
            intro=self.tr("Access trail of the LIVC register of {municipalities}").format(
                municipalities=", ".join(profile.municipalities)
            ),
            filters=filters,
            verification=verification,
            head=self.tr(
                "Fingerprint of the newest entry (keep it to compare later): {hash}"
            ).format(hash=report.head),
            columns=(
                self.tr("No."),
                self.tr("Date and time"),
                self.tr("Event"),
                self.tr("Case code"),
                self.tr("Details (ids and codes)"),
            ),
            empty=self.tr("No entries match these filters."),
        )
        frame = PageFrame(
            title=self.tr("Access trail"),
            header_left=self.tr("LIVC {municipalities}").format(
                municipalities=", ".join(profile.municipalities)
            ),
            confidentiality=self.tr("CONFIDENTIAL - for the data-protection officer"),
            page_label=self.tr("Page {page} of {pages}"),
            subject=self.tr("Access trail"),
            landscape=True,
        )
        return build_audit_report(frame, labels, rows)
