"""The partner inventory: list with search and filters, detail editor, participation
overview, the support directory from the booklet, and the editable sector list."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.errors import LivcError, ValidationError
from livc_desktop.domain.partners import (
    Contact,
    Participation,
    Partner,
    PartnerRow,
    PartnerStatus,
    Role,
    Secrecy,
    Sector,
    SectorEntry,
    SupportOrganisation,
    Training,
    parse_date,
)
from livc_desktop.reports import common as report_common
from livc_desktop.reports import partners as report
from livc_desktop.services import partners as partner_service
from livc_desktop.services.register import Session
from livc_desktop.ui import partner_labels as labels
from livc_desktop.ui.destinations import ask_save_path
from livc_desktop.ui.dialogs.partner_items import (
    ContactDialog,
    FieldErrors,
    SupportDialog,
    TrainingDialog,
    with_error,
)
from livc_desktop.ui.messages import error_message, problem_message
from livc_desktop.ui.models.partner_model import (
    ROW_ROLE,
    ContactTableModel,
    PartnerFilterProxy,
    PartnerTableModel,
    SectorTableModel,
    SupportTableModel,
    TrainingTableModel,
    row_texts,
)
from livc_desktop.ui.pages.base import Page
from livc_desktop.ui.widgets.composition_warnings import CompositionWarningsPanel


def format_date(iso: str | None) -> str:
    """Belgian day/month/year, the same in every language."""
    if not iso:
        return ""
    try:
        return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def _table_view(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button


# -- the detail editor -----------------------------------------------------------------------
class PartnerEditor(QWidget):
    """Edits one partner (contacts and trainings included); `dirty` until saved."""

    def __init__(self, page: PartnersPage) -> None:
        super().__init__()
        self.setObjectName("partner_editor")
        self._page = page
        self.partner: Partner | None = None
        self.dirty = False
        self._loading = False
        self.errors = FieldErrors()
        self._role_boxes: dict[Role, QCheckBox] = {}
        self._table_boxes: dict[str, QCheckBox] = {}

        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("editor_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.status_line = QLabel()
        self.status_line.setObjectName("editor_status")
        self.status_line.setWordWrap(True)
        outer.addWidget(self.status_line)
        self.summary = QLabel()
        self.summary.setObjectName("editor_problems")
        self.summary.setStyleSheet("color: #b00020;")
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        outer.addWidget(self.summary)

        # Organisation
        self.org_box = QGroupBox()
        form = QFormLayout(self.org_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.sector = QComboBox()
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(56)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.website = QLineEdit()
        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.notes = QPlainTextEdit()
        self.notes.setMinimumHeight(70)
        self.notes.setMaximumHeight(140)
        self._org_labels: list[QLabel] = []
        for field, widget in (
            ("name", self.name),
            ("sector", self.sector),
            ("address", self.address),
            ("phone", self.phone),
            ("email", self.email),
            ("website", self.website),
            ("municipality", self.municipality),
            ("notes", self.notes),
        ):
            self._add_row(form, field, widget, self._org_labels)
        outer.addWidget(self.org_box)

        # For the cell
        self.cell_box = QGroupBox()
        cell_form = QFormLayout(self.cell_box)
        cell_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.participation = QComboBox()
        self.roles_widget = QWidget()
        roles_grid = QGridLayout(self.roles_widget)
        roles_grid.setContentsMargins(0, 0, 0, 0)
        for i, role in enumerate(Role):
            box = QCheckBox()
            box.setObjectName(f"role_{role.value}")
            box.toggled.connect(self._on_field_changed)
            self._role_boxes[role] = box
            roles_grid.addWidget(box, i // 2, i % 2)
        self.tables_widget = QWidget()
        self._tables_layout = QVBoxLayout(self.tables_widget)
        self._tables_layout.setContentsMargins(0, 0, 0, 0)
        self.secrecy = QComboBox()
        self.secrecy_basis = QLineEdit()
        self.house_rules = QLineEdit()
        self._cell_labels: list[QLabel] = []
        cell_fields: list[tuple[str, QWidget]] = [
            ("participation", self.participation),
            ("roles", self.roles_widget),
            ("tables", self.tables_widget),
            ("secrecy", self.secrecy),
            ("secrecy_basis", self.secrecy_basis),
            ("house_rules_signed_on", self.house_rules),
        ]
        for field, cell_widget in cell_fields:
            self._add_row(cell_form, field, cell_widget, self._cell_labels)
        outer.addWidget(self.cell_box)

        # Contacts
        self.contacts_model = ContactTableModel(self)
        self.contacts_box, self.contacts_view, self.contacts_error, buttons = self._sub_list(
            self.contacts_model,
            "contacts_table",
            110,
            self._on_contacts_view_double_clicked,
            "contacts",
            [
                ("contact_add", self._on_contact_add_clicked),
                ("contact_edit", self._on_contact_edit_clicked),
                ("contact_remove", self._on_contact_remove_clicked),
            ],
        )
        self.contact_add, self.contact_edit, self.contact_remove = buttons
        outer.addWidget(self.contacts_box)

        # Trainings
        self.trainings_model = TrainingTableModel(self)
        self.trainings_box, self.trainings_view, self.trainings_error, buttons = self._sub_list(
            self.trainings_model,
            "trainings_table",
            90,
            self._on_trainings_view_double_clicked,
            "trainings",
            [
                ("training_add", self._on_training_add_clicked),
                ("training_edit", self._on_training_edit_clicked),
                ("training_remove", self._on_training_remove_clicked),
            ],
        )
        self.training_add, self.training_edit, self.training_remove = buttons
        outer.addWidget(self.trainings_box)

        # Actions
        actions = QHBoxLayout()
        self.save_button = _button("editor_save")
        self.revert_button = _button("editor_revert")
        self.archive_button = _button("editor_archive")
        self.delete_button = _button("editor_delete")
        actions.addWidget(self.save_button)
        actions.addWidget(self.revert_button)
        actions.addStretch(1)
        actions.addWidget(self.archive_button)
        actions.addWidget(self.delete_button)
        outer.addLayout(actions)
        outer.addStretch(1)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.revert_button.clicked.connect(self._on_revert_button_clicked)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

        for line in (self.name, self.phone, self.email, self.website, self.secrecy_basis):
            line.textEdited.connect(self._on_field_changed)
        self.house_rules.textEdited.connect(self._on_field_changed)
        for text in (self.address, self.notes):
            text.textChanged.connect(self._on_field_changed)
        for combo in (self.sector, self.participation, self.secrecy):
            combo.currentIndexChanged.connect(self._on_field_changed)
        self.municipality.editTextChanged.connect(self._on_field_changed)
        self.retranslate()
        self.show_partner(None)

    def _add_row(self, form: QFormLayout, field: str, widget: QWidget, keep: list[QLabel]) -> None:
        widget.setObjectName(f"field_{field}")
        label = QLabel()
        label.setObjectName(f"label_{field}")
        label.setBuddy(widget)
        keep.append(label)
        form.addRow(label, with_error(widget, self.errors.label(field)))

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.org_box.setTitle(self.tr("Organisation"))
        self.cell_box.setTitle(self.tr("In the cell"))
        self.contacts_box.setTitle(self.tr("Contact persons"))
        self.trainings_box.setTitle(self.tr("Trainings followed or wanted"))
        for label, text in zip(
            self._org_labels,
            (
                self.tr("Name"),
                self.tr("Sector"),
                self.tr("Address"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Website"),
                self.tr("Municipality served"),
                self.tr("Notes"),
            ),
            strict=True,
        ):
            label.setText(text)
        for label, text in zip(
            self._cell_labels,
            (
                self.tr("Participation"),
                self.tr("Roles"),
                self.tr("Tables and teams"),
                self.tr("Professional secrecy"),
                self.tr("Basis of secrecy"),
                self.tr("House rules signed on"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("Required, e.g. OCMW Demostad"))
        self.phone.setPlaceholderText(self.tr("e.g. 050 12 34 56 or +32 50 12 34 56"))
        self.email.setPlaceholderText(self.tr("e.g. info@example.be"))
        self.house_rules.setPlaceholderText(self.tr("DD/MM/YYYY"))
        self.secrecy_basis.setPlaceholderText(
            self.tr("e.g. art. 458 Criminal Code, shared professional secrecy")
        )
        for role, box in self._role_boxes.items():
            box.setText(labels.role_label(role))
        for kind, box in self._table_boxes.items():
            box.setText(labels.table_label(kind))
        self.contact_add.setText(self.tr("Add contact…"))
        self.contact_edit.setText(self.tr("Edit…"))
        self.contact_remove.setText(self.tr("Remove"))
        self.training_add.setText(self.tr("Add training…"))
        self.training_edit.setText(self.tr("Edit…"))
        self.training_remove.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Undo changes"))
        self.delete_button.setText(self.tr("Delete…"))
        self._fill_combos()
        self._update_state()

    def _fill_combos(self) -> None:
        was_loading, self._loading = self._loading, True
        try:
            current = self.sector.currentData()
            self.sector.clear()
            for code, label in self._page.sector_choices(
                keep=self.partner.sector if self.partner else None
            ):
                self.sector.addItem(label, code)
            self.sector.setCurrentIndex(max(0, self.sector.findData(current)))
            current = self.participation.currentData()
            self.participation.clear()
            for p in Participation:
                self.participation.addItem(labels.participation_label(p), p.value)
            self.participation.setCurrentIndex(max(0, self.participation.findData(current)))
            current = self.secrecy.currentData()
            self.secrecy.clear()
            for s in Secrecy:
                self.secrecy.addItem(labels.secrecy_label(s), s.value)
            self.secrecy.setCurrentIndex(max(0, self.secrecy.findData(current)))
        finally:
            self._loading = was_loading

    def _set_tables(self, kinds: list[str]) -> None:
        if list(self._table_boxes) == kinds:
            return
        for box in self._table_boxes.values():
            self._tables_layout.removeWidget(box)
            box.setParent(None)
            box.deleteLater()
        self._table_boxes = {}
        for kind in kinds:
            box = QCheckBox(labels.table_label(kind))
            box.setObjectName(f"table_{kind}")
            box.toggled.connect(self._on_field_changed)
            self._tables_layout.addWidget(box)
            self._table_boxes[kind] = box

    # -- loading and reading -------------------------------------------------------------
    def show_partner(self, partner: Partner | None) -> None:
        self._loading = True
        try:
            self.partner = partner
            self.errors.clear()
            self.summary.setVisible(False)
            p = partner or Partner(name="")
            self._fill_combos()
            self.name.setText(p.name)
            self.sector.setCurrentIndex(max(0, self.sector.findData(p.sector)))
            self.address.setPlainText(p.address)
            self.phone.setText(p.phone)
            self.email.setText(p.email)
            self.website.setText(p.website)
            self.municipality.clear()
            self.municipality.addItems(self._page.municipalities())
            self.municipality.setEditText(p.municipality)
            self.notes.setPlainText(p.notes)
            self.participation.setCurrentIndex(
                max(0, self.participation.findData(p.participation.value))
            )
            for role, box in self._role_boxes.items():
                box.setChecked(role in p.roles)
            kinds = list(self._page.table_kinds())
            kinds += sorted(t for t in p.tables if t not in kinds)
            self._set_tables(kinds)
            for kind, box in self._table_boxes.items():
                box.setChecked(kind in p.tables)
            self.secrecy.setCurrentIndex(max(0, self.secrecy.findData(p.secrecy.value)))
            self.secrecy_basis.setText(p.secrecy_basis)
            self.house_rules.setText(format_date(p.house_rules_signed_on))
            self._contacts = [Contact(**vars(c)) for c in p.contacts]
            self._trainings = [Training(**vars(t)) for t in p.trainings]
            self.contacts_model.set_items(self._contacts)
            self.trainings_model.set_items(self._trainings, format_date)
            self.dirty = False
        finally:
            self._loading = False
        self._update_state()

    def clear(self) -> None:
        self.show_partner(None)
        self.setEnabled(False)

    def value(self) -> Partner:
        base = self.partner
        house = self.house_rules.text().strip()
        return Partner(
            id=base.id if base else None,
            name=self.name.text(),
            sector=str(self.sector.currentData() or Sector.OTHER.value),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            municipality=self.municipality.currentText(),
            notes=self.notes.toPlainText(),
            participation=Participation(self.participation.currentData()),
            secrecy=Secrecy(self.secrecy.currentData()),
            secrecy_basis=self.secrecy_basis.text(),
            house_rules_signed_on=(parse_date(house) or house) if house else None,
            roles={r for r, b in self._role_boxes.items() if b.isChecked()},
            tables={k for k, b in self._table_boxes.items() if b.isChecked()},
            contacts=[Contact(**vars(c)) for c in self._contacts],
            trainings=[Training(**vars(t)) for t in self._trainings],
            status=base.status if base else PartnerStatus.ACTIVE,
            archived_on=base.archived_on if base else None,
            created_at=base.created_at if base else "",
        )

    def is_new(self) -> bool:
        return self.partner is None or self.partner.id is None

    # -- state ---------------------------------------------------------------------------
    def _update_state(self) -> None:
        p = self.partner
        if p is None:
            self.heading.setText(self.tr("No partner selected"))
            self.status_line.setText(self.tr("Choose a partner in the list, or click New partner."))
        elif p.id is None:
            self.heading.setText(self.tr("New partner"))
            self.status_line.setText(self.tr("Fill in at least the name, then click Save."))
        else:
            self.heading.setText(p.name)
            if p.status is PartnerStatus.ARCHIVED:
                self.status_line.setText(
                    self.tr("Archived on {date}. Still shown in old meetings and cases.").format(
                        date=format_date(p.archived_on)
                    )
                )
            else:
                self.status_line.setText(labels.status_label(p.status))
        editing = p is not None
        for w in (self.org_box, self.cell_box, self.contacts_box, self.trainings_box):
            w.setEnabled(editing)
        self.save_button.setEnabled(editing and self.dirty)
        self.revert_button.setEnabled(editing and self.dirty)
        self.archive_button.setEnabled(editing and not self.is_new())
        self.delete_button.setEnabled(editing and not self.is_new())
        archived = p is not None and p.status is PartnerStatus.ARCHIVED
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        if editing:
            self.setEnabled(True)

    def _on_field_changed(self, *_args: object) -> None:
        if self._loading or self.partner is None:
            return
        self.dirty = True
        self._update_state()

    def show_problems(self, problems: dict[str, str]) -> None:
        own = {k: v for k, v in problems.items() if "." not in k}
        contact_rows = sorted({int(k.split(".")[1]) + 1 for k in problems if k.startswith("c")})
        training_rows = sorted(
            {int(k.split(".")[1]) + 1 for k in problems if k.startswith("trainings.")}
        )
        self.errors.show(own)
        if contact_rows:
            self.contacts_error.setText(
                self.tr("Contacts with a problem (open them with Edit): {rows}").format(
                    rows=", ".join(str(r) for r in contact_rows)
                )
            )
            self.contacts_error.setVisible(True)
        if training_rows:
            self.trainings_error.setText(
                self.tr("Trainings with a problem (open them with Edit): {rows}").format(
                    rows=", ".join(str(r) for r in training_rows)
                )
            )
            self.trainings_error.setVisible(True)
        if problems:
            lines = [self.tr("The partner was not saved:")]
            names = {
                "name": self.tr("Name"),
                "phone": self.tr("Phone"),
                "email": self.tr("E-mail"),
                "house_rules_signed_on": self.tr("House rules signed on"),
                "notes": self.tr("Notes"),
                "address": self.tr("Address"),
                "website": self.tr("Website"),
                "municipality": self.tr("Municipality served"),
                "secrecy_basis": self.tr("Basis of secrecy"),
                "sector": self.tr("Sector"),
            }
            for field, problem in sorted(own.items()):
                lines.append(f"{names.get(field, field)}: {problem_message(field, problem)}")
            self.summary.setText("\n".join(lines))
        self.summary.setVisible(bool(problems))

    # -- sub-lists -----------------------------------------------------------------------
    def _sub_list(
        self,
        model: QAbstractItemModel,
        view_name: str,
        min_height: int,
        on_double_clicked: Callable[[QModelIndex], None],
        error_field: str,
        buttons: list[tuple[str, Callable[[], None]]],
    ) -> tuple[QGroupBox, QTableView, QLabel, list[QPushButton]]:
        """A box with one of the partner's lists (contacts, trainings), its error label and
        a row of buttons (name, slot)."""
        box = QGroupBox()
        layout = QVBoxLayout(box)
        view = _table_view(view_name)
        view.setModel(model)
        view.setMinimumHeight(min_height)
        view.doubleClicked.connect(on_double_clicked)
        layout.addWidget(view)
        error = self.errors.label(error_field)
        layout.addWidget(error)
        row = QHBoxLayout()
        made = []
        for name, slot in buttons:
            button = _button(name)
            row.addWidget(button)
            button.clicked.connect(slot)
            made.append(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box, view, error, made

    def _selected(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _sub_list_edit(
        self,
        model: QAbstractItemModel,
        items: list[Any],
        row: int | None,
        dialog: ContactDialog | TrainingDialog,
    ) -> None:
        """Adds (row None) or replaces an entry of one of the editor's lists (the model
        shows that very list) with what the dialog gives."""
        if not dialog.exec():
            return
        model.beginResetModel()
        if row is None:
            items.append(dialog.value())
        else:
            items[row] = dialog.value()
        model.endResetModel()
        self._on_field_changed()

    def _sub_list_remove(
        self, model: QAbstractItemModel, items: list[Any], view: QTableView
    ) -> None:
        row = self._selected(view)
        if row is None:
            return
        model.beginResetModel()
        del items[row]
        model.endResetModel()
        self._on_field_changed()

    def _on_contact_add_clicked(self) -> None:
        self._sub_list_edit(self.contacts_model, self._contacts, None, ContactDialog(None, self))

    def _on_contact_edit_clicked(self) -> None:
        row = self._selected(self.contacts_view)
        if row is not None:
            dialog = ContactDialog(self._contacts[row], self)
            self._sub_list_edit(self.contacts_model, self._contacts, row, dialog)

    def _on_contacts_view_double_clicked(self, _index: QModelIndex) -> None:
        self._on_contact_edit_clicked()

    def _on_contact_remove_clicked(self) -> None:
        self._sub_list_remove(self.contacts_model, self._contacts, self.contacts_view)

    def _on_training_add_clicked(self) -> None:
        dialog = TrainingDialog(None, self, format_date)
        self._sub_list_edit(self.trainings_model, self._trainings, None, dialog)

    def _on_training_edit_clicked(self) -> None:
        row = self._selected(self.trainings_view)
        if row is not None:
            dialog = TrainingDialog(self._trainings[row], self, format_date)
            self._sub_list_edit(self.trainings_model, self._trainings, row, dialog)

    def _on_trainings_view_double_clicked(self, _index: QModelIndex) -> None:
        self._on_training_edit_clicked()

    def _on_training_remove_clicked(self) -> None:
        self._sub_list_remove(self.trainings_model, self._trainings, self.trainings_view)

    # -- actions -------------------------------------------------------------------------
    def _on_save_button_clicked(self) -> None:
        self._page.save_editor()

    def _on_revert_button_clicked(self) -> None:
        self._page.revert_editor()

    def _on_archive_button_clicked(self) -> None:
        self._page.archive_or_restore()

    def _on_delete_button_clicked(self) -> None:
        self._page.delete_current()


# -- the page ------------------------------------------------------------------------------
class PartnersPage(Page):
    page_id = "partners"
    icon_name = "system-users"

    def __init__(self) -> None:
        super().__init__()
        self._sectors: list[SectorEntry] = []
        self._sector_labels: dict[str, str] = {}
        self.model = PartnerTableModel(self)
        self.proxy = PartnerFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._selecting = False

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

        # Tab 1: list + editor
        list_tab = QWidget()
        list_layout = QVBoxLayout(list_tab)
        self.search = QLineEdit()
        self.search.setObjectName("partners_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        list_layout.addWidget(self.search)
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
        list_layout.addLayout(filters)
        self.table = _table_view("partners_table")
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
        list_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = _button("partners_new")
        self.import_button = _button("partners_import")
        self.export_csv_button = _button("partners_export_csv")
        self.print_list_button = _button("partners_print_list")
        self.print_contacts_button = _button("partners_print_contacts")
        for b in (
            self.new_button,
            self.import_button,
            self.export_csv_button,
            self.print_list_button,
            self.print_contacts_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        list_layout.addLayout(buttons)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_csv_button.clicked.connect(self._on_export_csv_button_clicked)
        self.print_list_button.clicked.connect(self._on_print_list_button_clicked)
        self.print_contacts_button.clicked.connect(self._on_print_contacts_button_clicked)

        self.editor = PartnerEditor(self)
        scroll = QScrollArea()
        scroll.setObjectName("partner_editor_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(420)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(list_tab)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 580])
        self.splitter.setChildrenCollapsible(False)
        self.tabs.addTab(self.splitter, "")

        # Tab 2: participation overview
        overview = QWidget()
        ov = QVBoxLayout(overview)
        self.overview_intro = QLabel()
        self.overview_intro.setWordWrap(True)
        ov.addWidget(self.overview_intro)
        self.overview_model = QStandardItemModel(self)
        self.overview_view = QTreeView()
        self.overview_view.setObjectName("participation_overview")
        self.overview_view.setModel(self.overview_model)
        self.overview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview_view.setAlternatingRowColors(True)
        ov.addWidget(self.overview_view, 1)
        row = QHBoxLayout()
        self.print_overview_button = _button("partners_print_overview")
        self.print_overview_button.clicked.connect(self._on_print_overview_button_clicked)
        row.addWidget(self.print_overview_button)
        row.addStretch(1)
        ov.addLayout(row)
        self.tabs.addTab(overview, "")

        # Tab 3: support directory
        support = QWidget()
        sv = QVBoxLayout(support)
        self.support_intro = QLabel()
        self.support_intro.setObjectName("support_intro")
        self.support_intro.setWordWrap(True)
        sv.addWidget(self.support_intro)
        self.support_model = SupportTableModel(self)
        self.support_view = _table_view("support_table")
        self.support_view.setModel(self.support_model)
        self.support_view.doubleClicked.connect(self._on_support_view_double_clicked)
        sheader = self.support_view.horizontalHeader()
        sheader.resizeSection(SupportTableModel.COL_NAME, 330)
        sheader.resizeSection(SupportTableModel.COL_KIND, 130)
        sheader.resizeSection(SupportTableModel.COL_CONTACT, 330)
        sv.addWidget(self.support_view, 1)
        self.support_description = QLabel()
        self.support_description.setObjectName("support_description")
        self.support_description.setWordWrap(True)
        sv.addWidget(self.support_description)
        self.support_view.selectionModel().currentRowChanged.connect(
            self._on_support_current_changed
        )
        row = QHBoxLayout()
        self.support_add = _button("support_add")
        self.support_edit = _button("support_edit")
        self.support_delete = _button("support_delete")
        for b in (self.support_add, self.support_edit, self.support_delete):
            row.addWidget(b)
        row.addStretch(1)
        sv.addLayout(row)
        self.support_add.clicked.connect(self._on_support_add_clicked)
        self.support_edit.clicked.connect(self._on_support_edit_clicked)
        self.support_delete.clicked.connect(self._on_support_delete_clicked)
        self.tabs.addTab(support, "")

        # Tab 4: sectors
        sectors = QWidget()
        sc = QVBoxLayout(sectors)
        self.sectors_intro = QLabel()
        self.sectors_intro.setWordWrap(True)
        sc.addWidget(self.sectors_intro)
        self.sector_model = SectorTableModel(self)
        self.sector_view = _table_view("sectors_table")
        self.sector_view.setModel(self.sector_model)
        self.sector_view.horizontalHeader().resizeSection(0, 320)
        self.sector_view.horizontalHeader().resizeSection(1, 140)
        sc.addWidget(self.sector_view, 1)
        row = QHBoxLayout()
        self.sector_add = _button("sector_add")
        self.sector_rename = _button("sector_rename")
        self.sector_toggle = _button("sector_toggle")
        self.sector_delete = _button("sector_delete")
        for b in (self.sector_add, self.sector_rename, self.sector_toggle, self.sector_delete):
            row.addWidget(b)
        row.addStretch(1)
        sc.addLayout(row)
        self.sector_add.clicked.connect(self._on_sector_add_clicked)
        self.sector_rename.clicked.connect(self._on_sector_rename_clicked)
        self.sector_toggle.clicked.connect(self._on_sector_toggle_clicked)
        self.sector_delete.clicked.connect(self._on_sector_delete_clicked)
        self.tabs.addTab(sectors, "")

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
        self.composition.set_session(session)
        if session is None:
            self.search.clear()
            self.model.clear()
            self.overview_model.clear()
            self.support_model.set_items([])
            self.sector_model.set_items([])
            self._sectors = []
            self._sector_labels = {}
            self.editor.clear()
            self.support_description.clear()
            self._fill_filters()
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

    def refresh(self, what: str = "") -> None:
        if self.session is not None and what in ("", "partners", "profile", "settings"):
            self.reload()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, sector, contact persons and notes…"))
        self.tabs.setTabText(0, self.tr("Partners"))
        self.tabs.setTabText(1, self.tr("Participation overview"))
        self.tabs.setTabText(2, self.tr("Support directory"))
        self.tabs.setTabText(3, self.tr("Sectors"))
        self.new_button.setText(self.tr("New partner"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.export_csv_button.setText(self.tr("Export CSV…"))
        self.print_list_button.setText(self.tr("Print list…"))
        self.print_contacts_button.setText(self.tr("Print contact sheet…"))
        self.print_overview_button.setText(self.tr("Print participation overview…"))
        self.overview_intro.setText(
            self.tr(
                "Active partners by participation level (works on it, contributes, kept "
                "informed) and the tables or teams they sit at."
            )
        )
        self.support_intro.setText(
            self.tr(
                "Training bodies, helplines and support services listed in the booklet for "
                "mayors. Entries marked 'verify' come from the booklet of {date}: contact "
                "details may have changed. Check them and fill in the date you did."
            ).format(date=format_date("2017-06-16"))
        )
        self.support_add.setText(self.tr("Add…"))
        self.support_edit.setText(self.tr("Edit…"))
        self.support_delete.setText(self.tr("Delete…"))
        self.sectors_intro.setText(
            self.tr(
                "The sectors offered when you describe a partner. Built-in sectors are "
                "translated automatically; you can add your own and switch off those you "
                "do not use."
            )
        )
        self.sector_add.setText(self.tr("Add sector…"))
        self.sector_rename.setText(self.tr("Rename…"))
        self.sector_toggle.setText(self.tr("Switch on or off"))
        self.sector_delete.setText(self.tr("Delete…"))
        self.composition.retranslate()
        self.editor.retranslate()
        if self.session is not None:
            self._sector_labels = labels.sector_labels(self._sectors)
            self.model.retranslate(self._sector_labels)
            self._fill_overview()
            self.support_model.set_items(partner_service.support_entries(self.session), format_date)
            self.sector_model.set_items(self._sectors)
        self._fill_filters()
        self._update_counts()

    # -- data --------------------------------------------------------------------------
    def municipalities(self) -> list[str]:
        return list(self.session.profile().municipalities) if self.session else []

    def table_kinds(self) -> tuple[str, ...]:
        if self.session is None:
            return ()
        return tuple(t.value for t in self.session.profile().tables)

    def sector_choices(self, keep: str | None = None) -> list[tuple[str, str]]:
        """(code, label) of the switched-on sectors (plus `keep`, the partner's own)."""
        out = [
            (e.code, self._sector_labels.get(e.code, e.code))
            for e in self._sectors
            if e.active or e.code == keep
        ]
        if keep and keep not in {c for c, _ in out}:
            out.append((keep, labels.sector_label(keep)))
        return out

    def reload(self) -> None:
        """Reload everything from the register (a handful of queries)."""
        if self.session is None:
            return
        current = self.current_partner_id()
        self._sectors = partner_service.sectors(self.session)
        self._sector_labels = labels.sector_labels(self._sectors)
        self.model.set_rows(partner_service.load_rows(self.session), self._sector_labels)
        self.sector_model.set_items(self._sectors)
        self.support_model.set_items(partner_service.support_entries(self.session), format_date)
        self._fill_filters()
        self._fill_overview()
        self.composition.refresh(self.model.rows())
        self._update_counts()
        if current is not None:
            self.select_partner(current)

    def current_partner_id(self) -> int | None:
        p = self.editor.partner
        return p.id if p is not None else None

    def select_partner(self, partner_id: int) -> None:
        source = self.model.index_of(partner_id)
        index = self.proxy.mapFromSource(source)
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

    def _update_counts(self) -> None:
        active, archived = self.model.counts()
        total = active + archived
        self.counts.setText(
            self.tr(
                "Partners: {shown} of {total} shown · {active} active · {archived} archived"
            ).format(shown=self.proxy.rowCount(), total=total, active=active, archived=archived)
        )

    def _fill_filters(self) -> None:
        def refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)

        refill(
            self.filter_sector,
            [(self.tr("All sectors"), "")]
            + [(self._sector_labels.get(e.code, e.code), e.code) for e in self._sectors],
        )
        refill(
            self.filter_participation,
            [(self.tr("Any participation"), "")]
            + [(labels.participation_label(p), p.value) for p in Participation],
        )
        tables = list(self.table_kinds())
        for row in self.model.rows():
            tables += [t for t in row.tables if t not in tables]
        refill(
            self.filter_table,
            [(self.tr("All tables"), "")] + [(labels.table_label(t), t) for t in tables],
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
        self._update_counts()

    def _fill_overview(self) -> None:
        self.overview_model.clear()
        kinds = list(self.table_kinds())
        self.overview_model.setHorizontalHeaderLabels(
            [self.tr("Partner"), self.tr("Sector")]
            + [labels.table_label(k) for k in kinds]
            + [self.tr("Roles")]
        )
        rows = [r for r in self.model.rows() if r.status is PartnerStatus.ACTIVE]
        for level in Participation:
            members = [r for r in rows if r.participation is level]
            group = QStandardItem(f"{labels.participation_label(level)} ({len(members)})")
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            group.setToolTip(labels.participation_explanation(level))
            for r in members:
                items = [
                    QStandardItem(r.name),
                    QStandardItem(self._sector_labels.get(r.sector, r.sector)),
                ]
                items += [QStandardItem("✓" if k in r.tables else "") for k in kinds]
                items.append(
                    QStandardItem(
                        ", ".join(
                            labels.role_label(x) for x in sorted(r.roles, key=list(Role).index)
                        )
                    )
                )
                group.appendRow(items)
            self.overview_model.appendRow(group)
        self.overview_view.expandAll()
        self.overview_view.header().resizeSection(0, 260)
        self.overview_view.header().resizeSection(1, 170)

    # -- list events ---------------------------------------------------------------------
    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_counts()

    def _on_filter_changed(self, _index: int) -> None:
        self._apply_filters()

    def _on_table_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or self.session is None:
            return
        if not current.isValid():
            return
        row = current.data(ROW_ROLE)
        if not isinstance(row, PartnerRow) or row.id == self.current_partner_id():
            return
        if not self.can_leave():
            # Put the selection back on the partner being edited.
            back = self.current_partner_id()
            if back is not None:
                self.select_partner(back)
            else:
                self._selecting = True
                self.table.selectionModel().clearCurrentIndex()
                self.table.clearSelection()
                self._selecting = False
            return
        self._open(row.id)

    def _open(self, partner_id: int) -> None:
        assert self.session is not None
        try:
            self.editor.show_partner(partner_service.get_partner(self.session, partner_id))
        except LivcError as exc:
            self._error(exc)
            self.reload()

    def _on_new_button_clicked(self) -> None:
        if self.session is None or not self.can_leave():
            return
        self._selecting = True
        self.table.clearSelection()
        self._selecting = False
        self.editor.show_partner(
            Partner(
                name="",
                municipality=self.municipalities()[0] if len(self.municipalities()) == 1 else "",
            )
        )
        self.tabs.setCurrentIndex(0)
        self.editor.name.setFocus()

    # -- editor actions ------------------------------------------------------------------
    def save_editor(self) -> bool:
        if self.session is None or self.editor.partner is None:
            return True
        candidate = self.editor.value()
        try:
            saved = partner_service.save_partner(self.session, candidate)
        except ValidationError as exc:
            self.editor.show_problems(exc.problems)
            self.status_message.emit(self.tr("The partner was not saved: see the marked fields."))
            return False
        except LivcError as exc:
            self._error(exc)
            return False
        self.editor.show_partner(partner_service.get_partner(self.session, int(saved.id or 0)))
        self.reload()
        self.select_partner(int(saved.id or 0))
        self.status_message.emit(self.tr("Partner saved."))
        self.data_changed.emit("partners")
        return True

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
        if p.status is PartnerStatus.ARCHIVED:
            partner_service.restore_partner(self.session, p.id)
            self.status_message.emit(self.tr("Partner restored."))
        else:
            partner_service.archive_partner(self.session, p.id)
            self.status_message.emit(
                self.tr("Partner archived. It stays visible in old meetings and cases.")
            )
        self._after_change(p.id)

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
                partner_service.archive_partner(self.session, p.id)
                self._after_change(p.id)
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
        try:
            partner_service.delete_partner(self.session, p.id)
        except LivcError as exc:
            self._error(exc)
            return
        self.editor.show_partner(None)
        self.reload()
        self.status_message.emit(self.tr("Partner deleted."))
        self.data_changed.emit("partners")

    def _after_change(self, partner_id: int) -> None:
        assert self.session is not None
        self.editor.show_partner(partner_service.get_partner(self.session, partner_id))
        self.reload()
        self.data_changed.emit("partners")

    def _error(self, exc: LivcError) -> None:
        QMessageBox.warning(self, self.tr("Partners"), error_message(exc))

    # -- import / export -----------------------------------------------------------------
    def _on_import_button_clicked(self) -> None:
        if self.session is None or not self.can_leave():
            return
        from livc_desktop.ui.dialogs.partner_import import PartnerImportDialog

        dialog = PartnerImportDialog(self.session, self._sector_labels, self)
        if dialog.exec() and dialog.result_summary is not None:
            self.reload()
            self.data_changed.emit("partners")
            self.status_message.emit(dialog.result_summary)

    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        return ask_save_path(self, title, name, pattern)

    def export_csv_to(self, path: Path) -> None:
        assert self.session is not None
        header = PartnerTableModel.headers()
        header += [self.tr("Phone"), self.tr("E-mail"), self.tr("Contact persons")]
        rows = []
        texts = self.proxy.visible_texts()
        for row, text in zip(self.proxy.visible_rows(), texts, strict=True):
            rows.append([*text, row.phone, row.email, ", ".join(row.contact_names)])
        partner_service.export_csv(self.session, path, header, rows)

    def _on_export_csv_button_clicked(self) -> None:
        if self.session is None:
            return
        path = self._save_path(
            self.tr("Export partners as CSV"), self.tr("partners.csv"), self.tr("CSV (*.csv)")
        )
        if path is None:
            return
        try:
            self.export_csv_to(path)
        except LivcError as exc:
            self._error(exc)
            return
        self.status_message.emit(
            self.tr("Partners exported: {count}").format(count=self.proxy.rowCount())
        )

    def _frame(self, title: str, *, landscape: bool = False) -> report_common.PageFrame:
        assert self.session is not None
        profile = self.session.profile()
        return report_common.PageFrame(
            title=title,
            header_left=self.tr("LIVC {municipalities}").format(
                municipalities=", ".join(profile.municipalities)
            ),
            confidentiality=self.tr("CONFIDENTIAL – LIVC – do not distribute"),
            page_label=self.tr("Page {page} of {pages}"),
            author=profile.officer_name,
            language={"nl": "nl-BE", "fr": "fr-BE", "de": "de-BE"}.get(
                labels.register_language(self.session), "en-GB"
            ),
            landscape=landscape,
        )

    def _subtitle(self, count: int) -> str:
        filters = [
            c.currentText()
            for c in (self.filter_sector, self.filter_participation, self.filter_table)
            if c.currentIndex() > 0
        ]
        if self.search.text().strip():
            filters.append(f"“{self.search.text().strip()}”")
        text = self.tr("Partners: {count} · {status} · printed on {date}").format(
            count=count,
            status=self.filter_status.currentText(),
            date=format_date(dt.date.today().isoformat()),
        )
        if filters:
            text += " · " + self.tr("filter: {filters}").format(filters=", ".join(filters))
        return text

    def partner_list_pdf(self) -> bytes:
        assert self.session is not None
        rows = self.proxy.visible_rows()
        with labels.document_language(labels.register_language(self.session)):
            sector_names = labels.sector_labels(self._sectors)
            frame = self._frame(self.tr("Partner list"), landscape=True)
            doc = report.ListDocument(
                subtitle=self._subtitle(len(rows)),
                header=PartnerTableModel.headers(),
                rows=[list(row_texts(r, sector_names)) for r in rows],
                widths=(22, 16, 10, 14, 13, 9, 12, 8),
                empty_text=self.tr("No partners match the filter."),
            )
            return report.partner_list(frame, doc)

    def contact_sheet_pdf(self) -> bytes:
        assert self.session is not None
        rows = self.proxy.visible_rows()
        contacts = partner_service.contacts_of(self.session, [r.id for r in rows])
        with labels.document_language(labels.register_language(self.session)):
            sector_names = labels.sector_labels(self._sectors)
            header = [
                self.tr("Name"),
                self.tr("Function"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Language"),
                self.tr("Clearance"),
            ]
            sections = []
            for r in rows:
                details = [
                    " · ".join(
                        x
                        for x in (
                            sector_names.get(r.sector, r.sector),
                            labels.participation_label(r.participation),
                            r.municipality,
                        )
                        if x
                    ),
                    " · ".join(x for x in (r.phone, r.email) if x),
                ]
                people = [
                    [
                        c.name,
                        c.function,
                        c.phone,
                        c.email,
                        labels.language_label(c.language) if c.language else "",
                        self.tr("Yes") if c.clearance else "",
                    ]
                    for c in contacts.get(r.id, [])
                    if c.status is PartnerStatus.ACTIVE
                ]
                sections.append(
                    report.ContactSection(
                        title=r.name,
                        details=details,
                        contact_header=header,
                        contacts=people,
                        no_contacts_text=self.tr("No contact persons recorded."),
                    )
                )
            frame = self._frame(self.tr("Contact sheet"))
            doc = report.ContactSheetDocument(
                subtitle=self._subtitle(len(rows)),
                sections=sections,
                widths=(20, 15, 13, 26, 13, 13),
                empty_text=self.tr("No partners match the filter."),
            )
            return report.contact_sheet(frame, doc)

    def participation_pdf(self) -> bytes:
        assert self.session is not None
        kinds = list(self.table_kinds())
        rows = [r for r in self.model.rows() if r.status is PartnerStatus.ACTIVE]
        with labels.document_language(labels.register_language(self.session)):
            sector_names = labels.sector_labels(self._sectors)
            header = (
                [self.tr("Partner"), self.tr("Sector")]
                + [labels.table_label(k) for k in kinds]
                + [self.tr("Roles")]
            )
            groups = []
            for level in Participation:
                members = [r for r in rows if r.participation is level]
                groups.append(
                    report.ParticipationGroup(
                        title=labels.participation_label(level),
                        explanation=labels.participation_explanation(level),
                        rows=[
                            [r.name, sector_names.get(r.sector, r.sector)]
                            + ["✓" if k in r.tables else "" for k in kinds]
                            + [
                                ", ".join(
                                    labels.role_label(x)
                                    for x in sorted(r.roles, key=list(Role).index)
                                )
                            ]
                            for r in members
                        ],
                        empty_text=self.tr("No partners at this level."),
                    )
                )
            frame = self._frame(self.tr("Participation overview"), landscape=True)
            doc = report.ParticipationDocument(
                subtitle=self.tr("Active partners: {count} · printed on {date}").format(
                    count=len(rows), date=format_date(dt.date.today().isoformat())
                ),
                header=header,
                widths=[28, 18] + [9] * len(kinds) + [22],
                groups=groups,
            )
            return report.participation_overview(frame, doc)

    def _export_pdf(self, build: Callable[[], bytes], kind: str, name: str) -> None:
        if self.session is None:
            return
        path = self._save_path(self.tr("Save PDF"), name, self.tr("PDF (*.pdf)"))
        if path is None:
            return
        try:
            data = build()
            partner_service.export_pdf(self.session, path, data, kind)
        except LivcError as exc:
            self._error(exc)
            return
        self.status_message.emit(self.tr("PDF saved."))

    def _on_print_list_button_clicked(self) -> None:
        self._export_pdf(self.partner_list_pdf, "partner_list", self.tr("partner-list.pdf"))

    def _on_print_contacts_button_clicked(self) -> None:
        self._export_pdf(self.contact_sheet_pdf, "contact_sheet", self.tr("contact-sheet.pdf"))

    def _on_print_overview_button_clicked(self) -> None:
        self._export_pdf(
            self.participation_pdf,
            "participation_overview",
            self.tr("participation-overview.pdf"),
        )

    # -- support directory ---------------------------------------------------------------
    def _selected_support(self) -> SupportOrganisation | None:
        rows = self.support_view.selectionModel().selectedRows()
        return self.support_model.item_at(rows[0].row()) if rows else None

    def _on_support_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(ROW_ROLE) if current.isValid() else None
        self.support_description.setText(
            entry.description if isinstance(entry, SupportOrganisation) else ""
        )

    def _edit_support(self, entry: SupportOrganisation | None) -> None:
        if self.session is None:
            return
        dialog = SupportDialog(entry, self, format_date)
        if not dialog.exec():
            return
        try:
            partner_service.save_support(self.session, dialog.value())
        except LivcError as exc:
            self._error(exc)
            return
        self.support_model.set_items(partner_service.support_entries(self.session), format_date)
        self.status_message.emit(self.tr("Support organisation saved."))

    def _on_support_add_clicked(self) -> None:
        self._edit_support(None)

    def _on_support_edit_clicked(self) -> None:
        entry = self._selected_support()
        if entry is not None:
            self._edit_support(entry)

    def _on_support_view_double_clicked(self, _index: QModelIndex) -> None:
        self._on_support_edit_clicked()

    def _on_support_delete_clicked(self) -> None:
        entry = self._selected_support()
        if self.session is None or entry is None or entry.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete support organisation"),
            self.tr("Delete {name} from the support directory?").format(name=entry.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        partner_service.delete_support(self.session, entry.id)
        self.support_model.set_items(partner_service.support_entries(self.session), format_date)
        self.support_description.clear()

    # -- sectors -------------------------------------------------------------------------
    def _selected_sector(self) -> SectorEntry | None:
        rows = self.sector_view.selectionModel().selectedRows()
        return self.sector_model.item_at(rows[0].row()) if rows else None

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def _sectors_changed(self) -> None:
        self.reload()
        self.editor.retranslate()
        self.data_changed.emit("partners")

    def _on_sector_add_clicked(self) -> None:
        if self.session is None:
            return
        label = self._ask_text(self.tr("Add sector"), self.tr("Name of the new sector:"))
        if label is None:
            return
        try:
            partner_service.add_sector(self.session, label)
        except ValidationError as exc:
            QMessageBox.warning(
                self, self.tr("Add sector"), problem_message("label", exc.problems["label"])
            )
            return
        self._sectors_changed()

    def _on_sector_rename_clicked(self) -> None:
        entry = self._selected_sector()
        if self.session is None or entry is None:
            return
        if entry.builtin:
            QMessageBox.information(
                self,
                self.tr("Rename sector"),
                self.tr(
                    "Built-in sectors are translated automatically and cannot be renamed. "
                    "Add your own sector instead."
                ),
            )
            return
        label = self._ask_text(self.tr("Rename sector"), self.tr("New name:"), entry.label)
        if label is None:
            return
        try:
            partner_service.update_sector(
                self.session, entry.code, label=label, active=entry.active
            )
        except ValidationError as exc:
            QMessageBox.warning(
                self, self.tr("Rename sector"), problem_message("label", exc.problems["label"])
            )
            return
        self._sectors_changed()

    def _on_sector_toggle_clicked(self) -> None:
        entry = self._selected_sector()
        if self.session is None or entry is None:
            return
        partner_service.update_sector(self.session, entry.code, active=not entry.active)
        self._sectors_changed()

    def _on_sector_delete_clicked(self) -> None:
        entry = self._selected_sector()
        if self.session is None or entry is None:
            return
        if entry.builtin:
            QMessageBox.information(
                self,
                self.tr("Delete sector"),
                self.tr("Built-in sectors cannot be deleted; switch them off instead."),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete sector"),
            self.tr("Delete the sector {name}?").format(name=entry.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            partner_service.delete_sector(self.session, entry.code)
        except LivcError as exc:
            self._error(exc)
            return
        self._sectors_changed()
