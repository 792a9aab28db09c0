"""The partner list: search, the four filters, the table and the list's buttons. It says
which partner the user picked and which button was pressed; the page decides what follows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QVBoxLayout, QWidget

from livc_desktop.domain.partners import Participation, PartnerRow, PartnerStatus
from livc_desktop.ui import partner_labels as labels
from livc_desktop.ui.labels import table_label
from livc_desktop.ui.models.partner_model import ROW_ROLE, PartnerFilterProxy, PartnerTableModel
from livc_desktop.ui.pages.partners.context import PartnersContext, push_button, table_view
from livc_desktop.ui.widgets.flow import FlowLayout


class PartnerListTab(QWidget):
    #: The user moved the selection onto another partner (its id).
    partner_picked = Signal(int)
    #: The rows shown changed (search, filter or reload): the counts follow.
    shown_changed = Signal()
    new_requested = Signal()
    import_requested = Signal()
    export_csv_requested = Signal()
    print_list_requested = Signal()
    print_contacts_requested = Signal()

    def __init__(self, context: PartnersContext) -> None:
        super().__init__()
        self._context = context
        self._selecting = False
        self.model = PartnerTableModel(self)
        self.proxy = PartnerFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("partners_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        layout.addWidget(self.search)
        filters = QHBoxLayout()
        self.filter_sector = QComboBox()
        self.filter_sector.setObjectName("filter_sector")
        self.filter_participation = QComboBox()
        self.filter_participation.setObjectName("filter_participation")
        self.filter_table = QComboBox()
        self.filter_table.setObjectName("filter_table")
        self.filter_status = QComboBox()
        self.filter_status.setObjectName("filter_status")
        for combo in (
            self.filter_sector,
            self.filter_participation,
            self.filter_table,
            self.filter_status,
        ):
            # Equal shares of the row: long (French, German) labels elide in the closed
            # combo instead of squeezing a neighbour; the popup shows them in full.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(self._on_filter_changed)
            filters.addWidget(combo, 1)
        layout.addLayout(filters)
        self.table = table_view("partners_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PartnerTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PartnerTableModel.COL_NAME, 220)
        header.resizeSection(PartnerTableModel.COL_SECTOR, 150)
        header.resizeSection(PartnerTableModel.COL_PARTICIPATION, 110)
        header.resizeSection(PartnerTableModel.COL_ROLES, 140)
        header.resizeSection(PartnerTableModel.COL_TABLES, 130)
        header.resizeSection(PartnerTableModel.COL_CONTACTS, 70)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        layout.addWidget(self.table, 1)
        buttons = FlowLayout()
        self.new_button = push_button("partners_new")
        self.import_button = push_button("partners_import")
        self.export_csv_button = push_button("partners_export_csv")
        self.print_list_button = push_button("partners_print_list")
        self.print_contacts_button = push_button("partners_print_contacts")
        for b, signal in (
            (self.new_button, self.new_requested),
            (self.import_button, self.import_requested),
            (self.export_csv_button, self.export_csv_requested),
            (self.print_list_button, self.print_list_requested),
            (self.print_contacts_button, self.print_contacts_requested),
        ):
            buttons.addWidget(b)
            b.clicked.connect(signal)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, sector, contact persons and notes…"))
        self.new_button.setText(self.tr("New partner"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.export_csv_button.setText(self.tr("Export CSV…"))
        self.print_list_button.setText(self.tr("Print list…"))
        self.print_contacts_button.setText(self.tr("Print contact sheet…"))
        if self._context.session is not None:
            self.model.retranslate(self._context.sector_labels)
        self.fill_filters()

    # -- data --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[PartnerRow]) -> None:
        self.model.set_rows(rows, self._context.sector_labels)

    def clear(self) -> None:
        self.search.clear()
        self.model.clear()

    def select_partner(self, partner_id: int) -> None:
        """Moves the selection without announcing it as the user's pick."""
        index = self.proxy.mapFromSource(self.model.index_of(partner_id))
        if not index.isValid():
            return
        self._selecting = True
        try:
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._selecting = False

    def clear_selection(self) -> None:
        self._selecting = True
        try:
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()
        finally:
            self._selecting = False

    def filter_summary(self) -> list[str]:
        """The active filters and search as the user reads them (for printed subtitles)."""
        filters = [
            c.currentText()
            for c in (self.filter_sector, self.filter_participation, self.filter_table)
            if c.currentIndex() > 0
        ]
        if self.search.text().strip():
            filters.append(f"“{self.search.text().strip()}”")
        return filters

    def fill_filters(self) -> None:
        def refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)

        names = self._context.sector_labels
        refill(
            self.filter_sector,
            [(self.tr("All sectors"), "")]
            + [(names.get(e.code, e.code), e.code) for e in self._context.sectors],
        )
        refill(
            self.filter_participation,
            [(self.tr("Any participation"), "")]
            + [(labels.participation_label(p), p.value) for p in Participation],
        )
        tables = list(self._context.table_kinds())
        for row in self.model.rows():
            tables += [t for t in row.tables if t not in tables]
        refill(
            self.filter_table,
            [(self.tr("All tables"), "")] + [(table_label(t), t) for t in tables],
        )
        refill(
            self.filter_status,
            [
                (self.tr("Active partners"), PartnerStatus.ACTIVE.value),
                (self.tr("Archived partners"), PartnerStatus.ARCHIVED.value),
                (self.tr("Active and archived"), ""),
            ],
        )
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_sector(str(self.filter_sector.currentData() or "") or None)
        part = str(self.filter_participation.currentData() or "")
        self.proxy.set_participation(Participation(part) if part else None)
        self.proxy.set_table(str(self.filter_table.currentData() or "") or None)
        status = str(self.filter_status.currentData() or "")
        self.proxy.set_status(PartnerStatus(status) if status else None)
        self.shown_changed.emit()

    # -- events --------------------------------------------------------------------------
    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self.shown_changed.emit()

    def _on_filter_changed(self, _index: int) -> None:
        self._apply_filters()

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or self._context.session is None or not current.isValid():
            return
        row = current.data(ROW_ROLE)
        if isinstance(row, PartnerRow):
            self.partner_picked.emit(row.id)
