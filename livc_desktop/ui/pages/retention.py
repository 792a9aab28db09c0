"""Retention: cases proposed for review and purge (with reasons), the purge itself (the
case code typed to confirm), the retention house rule, data-subject access by name search
and the record of processing for the municipality's DPIA."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from livc_desktop.domain.changes import Area, ChangeKind, Changes
from livc_desktop.domain.errors import LivcError
from livc_desktop.domain.retention import MONTHS_MAX, MONTHS_MIN, RetentionDue, RetentionReason
from livc_desktop.services import retention as retention_service
from livc_desktop.services.register import Session
from livc_desktop.ui.dialogs.purge import PurgeDialog
from livc_desktop.ui.dialogs.search import SearchDialog
from livc_desktop.ui.messages import error_message
from livc_desktop.ui.models.retention import (
    COL_CODE,
    COL_REASON,
    DUE_ROLE,
    RetentionFilterProxy,
    RetentionTableModel,
)
from livc_desktop.ui.pages.base import Page
from livc_desktop.ui.retention_actions import (
    save_processing_record_pdf,
    save_subject_access_pdf,
)
from livc_desktop.ui.retention_labels import legal_bases, retention_reason_label
from livc_desktop.ui.worker import LatestRead


class RetentionPage(Page):
    page_id = "retention"
    shows = frozenset(Area)
    icon_name = "edit-delete"

    def __init__(self) -> None:
        super().__init__()
        self.model = RetentionTableModel(self)
        self._read = LatestRead()  # the proposals, found on a worker thread
        self.proxy = RetentionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._heading = QLabel()
        self._heading.setObjectName("retention_heading")
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._heading.setFont(font)
        self._explain = QLabel()
        self._explain.setWordWrap(True)

        self._reason_label = QLabel()
        self._reason_label.setWordWrap(True)
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("retention_reason_filter")
        self.count_label = QLabel()
        self.count_label.setObjectName("retention_count")
        filters = QHBoxLayout()
        filters.addWidget(self._reason_label)
        filters.addWidget(self.reason_combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("retention_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)

        self.purge_button = QPushButton()
        self.purge_button.setObjectName("retention_purge")
        self.access_button = QPushButton()
        self.access_button.setObjectName("retention_subject_access_case")
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.access_button)
        actions.addWidget(self.purge_button)

        # The house rule.
        self.settings_box = QGroupBox()
        self._months_label = QLabel()
        self._months_label.setWordWrap(True)
        self.months_spin = QSpinBox()
        self.months_spin.setObjectName("retention_months")
        self.months_spin.setRange(MONTHS_MIN, MONTHS_MAX)
        self.save_months_button = QPushButton()
        self.save_months_button.setObjectName("retention_save_months")
        self._dormant_label = QLabel()
        self._dormant_label.setWordWrap(True)
        box = QVBoxLayout(self.settings_box)
        row = QHBoxLayout()
        row.addWidget(self._months_label)
        row.addWidget(self.months_spin)
        row.addWidget(self.save_months_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self._dormant_label)
        box.addStretch(1)

        # Data-subject requests and the DPIA.
        self.gdpr_box = QGroupBox()
        self.find_button = QPushButton()
        self.find_button.setObjectName("retention_find_person")
        self.record_button = QPushButton()
        self.record_button.setObjectName("retention_processing_record")
        self._bases = QLabel()
        self._bases.setObjectName("retention_legal_bases")
        self._bases.setWordWrap(True)
        self._bases.setTextFormat(Qt.TextFormat.RichText)
        gdpr = QVBoxLayout(self.gdpr_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        gdpr.addLayout(buttons)
        gdpr.addWidget(self._bases)

        lower = QHBoxLayout()
        lower.addWidget(self.settings_box, 1)
        lower.addWidget(self.gdpr_box, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._explain)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(lower)

        self.reason_combo.currentIndexChanged.connect(self._on_reason_combo_changed)
        self.purge_button.clicked.connect(self._on_purge_button_clicked)
        self.access_button.clicked.connect(self._on_access_button_clicked)
        self.save_months_button.clicked.connect(self._on_save_months_clicked)
        self.find_button.clicked.connect(self._on_find_button_clicked)
        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.retranslate()
        self._set_enabled(False)

    # -- Page --------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Retention")

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Retention and data-subject requests"))
        self._explain.setText(
            self.tr(
                "Cases proposed for review: closed cases whose retention period has ended, "
                "and open cases with no more than indications and nothing new for six "
                "months. Decide at the cell whether to keep or purge them; a purge removes "
                "the case with everything about it."
            )
        )
        self._reason_label.setText(self.tr("Reason"))
        current = self.reason_combo.currentData()
        self.reason_combo.blockSignals(True)
        self.reason_combo.clear()
        self.reason_combo.addItem(self.tr("All reasons"), "")
        for reason in RetentionReason:
            self.reason_combo.addItem(retention_reason_label(reason), reason.value)
        self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(current or "")))
        self.reason_combo.blockSignals(False)
        self.purge_button.setText(self.tr("Purge case…"))
        self.access_button.setText(self.tr("Subject access PDF…"))
        self.settings_box.setTitle(self.tr("House rule"))
        self._months_label.setText(self.tr("Propose closed cases for purge after"))
        self.months_spin.setSuffix(self.tr(" months"))
        self.save_months_button.setText(self.tr("Save"))
        self._dormant_label.setText(
            self.tr(
                "Open cases with only indications (not weighed, green or yellow) are proposed "
                "after six months without a new information item, signal, flag or phase "
                "decision or measure."
            )
        )
        self.gdpr_box.setTitle(self.tr("Data protection"))
        self.find_button.setText(self.tr("Find a person for an access request…"))
        self.find_button.setToolTip(
            self.tr(
                "Opens \u201cIs this person already known?\u201d (also {key}): codes only, "
                "and the search is written to the access trail. Pick the case for its PDF."
            ).format(
                key=QKeySequence(QKeySequence.StandardKey.Find).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.months_spin.setToolTip(
            self.tr("Months after closure before a closed case is proposed for purge")
        )
        self.purge_button.setToolTip(
            self.tr("Removes the chosen case with everything about it; type its code to confirm")
        )
        self.reason_combo.setToolTip(self.tr("Show only the cases proposed for this reason"))
        self.record_button.setToolTip(
            self.tr("What the register holds and why, for the municipality's DPIA (no names)")
        )
        self.access_button.setToolTip(
            self.tr("Everything the register holds on the person of the chosen case, as a PDF")
        )
        self.record_button.setText(self.tr("Record of processing PDF…"))
        bases = "".join(f"<li><b>{escape(b)}</b>: {escape(what)}</li>" for b, what in legal_bases())
        self._bases.setText(
            self.tr("Legal bases of the processing:") + f"<ul style='margin:0'>{bases}</ul>"
        )
        self._update_count()

    def set_session(self, session: Session | None) -> None:
        super().set_session(session)
        if session is None:
            self._read.cancel()
            self.model.clear()
            self.months_spin.setValue(MONTHS_MIN)
            self._set_enabled(False)
            self._update_count()
            return
        self._set_enabled(True)
        self.refresh()

    def refresh(self) -> None:
        """The proposals are found on a worker thread (they read every case's facts);
        `loading` is True until they are in."""
        session = self.session
        if session is None or not session.is_open:
            return
        self.months_spin.setValue(retention_service.months_after_closure(session))
        self._read.run(
            lambda: session.read_in_background(retention_service.cases_due),
            self._on_found,
            lambda: self.session is session and session.is_open,
        )
        self._update_buttons()

    @property
    def loading(self) -> bool:
        """True while the proposals are being found on a worker thread."""
        return self._read.loading

    def _on_found(self, rows: list[RetentionDue]) -> None:
        self.model.set_rows(rows)
        self._update_count()
        self._update_buttons()

    # -- helpers -----------------------------------------------------------------------
    def _set_enabled(self, on: bool) -> None:
        for widget in (
            self.reason_combo,
            self.table,
            self.months_spin,
            self.save_months_button,
            self.find_button,
            self.record_button,
        ):
            widget.setEnabled(on)
        self._update_buttons()

    def selected(self) -> RetentionDue | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.proxy.data(rows[0], DUE_ROLE)
        return value if isinstance(value, RetentionDue) else None

    def _update_buttons(self, *_: object) -> None:
        chosen = self.session is not None and self.selected() is not None
        self.purge_button.setEnabled(chosen)
        self.access_button.setEnabled(chosen)

    def _update_count(self, *_: object) -> None:
        self.count_label.setText(self.tr("%n cases proposed", "", self.proxy.rowCount()))

    # -- slots -------------------------------------------------------------------------
    def _on_reason_combo_changed(self, *_: object) -> None:
        self.proxy.set_reason(str(self.reason_combo.currentData() or ""))
        self._update_count()

    def _on_save_months_clicked(self) -> None:
        if self.session is None:
            return
        retention_service.set_months_after_closure(self.session, self.months_spin.value())
        self.status_message.emit(self.tr("Retention rule saved."))
        self.refresh()

    def _on_purge_button_clicked(self) -> None:
        row = self.selected()
        if self.session is None or row is None:
            return
        try:
            counts = retention_service.purge_preview(self.session, row.case_id)
        except LivcError as exc:
            QMessageBox.warning(self, self.tr("Purge case"), error_message(exc))
            self.refresh()
            return
        dialog = PurgeDialog(row.code, row.reason, counts, self)
        if dialog.exec() != PurgeDialog.DialogCode.Accepted:
            return
        try:
            retention_service.purge_case(self.session, row.case_id, dialog.chosen_reason())
        except LivcError as exc:
            QMessageBox.warning(self, self.tr("Purge case"), error_message(exc))
            return
        self.status_message.emit(self.tr("Case {code} purged.").format(code=row.code))
        self.announce(Changes.of(ChangeKind.CASE_PURGED))
        self.refresh()

    def _on_access_button_clicked(self) -> None:
        row = self.selected()
        if self.session is None or row is None:
            return
        if save_subject_access_pdf(self, self.session, row.case_id, row.code):
            self.status_message.emit(self.tr("Subject access PDF saved."))

    def _on_find_button_clicked(self) -> None:
        """The program's one person search (also under Ctrl+F), here to pick the case of
        an access request; it answers with codes and records the search itself."""
        if self.session is None:
            return
        dialog = SearchDialog(self.session, self, pick_person=True)
        dialog.setWindowTitle(self.tr("Find a person"))
        accepted = dialog.exec() == SearchDialog.DialogCode.Accepted
        chosen = dialog.chosen
        dialog.deleteLater()
        if not accepted or chosen is None or self.session is None:
            return
        case_id, code = chosen
        if save_subject_access_pdf(self, self.session, case_id, code):
            self.status_message.emit(self.tr("Subject access PDF saved."))

    def _on_record_button_clicked(self) -> None:
        if self.session is None:
            return
        if save_processing_record_pdf(self, self.session):
            self.status_message.emit(self.tr("Record of processing saved."))
