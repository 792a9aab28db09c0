"""The partner editor: one partner with its contacts and trainings; it asks the page to
save, undo, archive or delete through signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.partners import (
    Contact,
    Participation,
    Partner,
    PartnerStatus,
    Role,
    Secrecy,
    Sector,
    Training,
)
from livc_desktop.ui import palette
from livc_desktop.ui import partner_labels as labels
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.dialogs.partner_items import ContactDialog, TrainingDialog
from livc_desktop.ui.forms import FieldErrors, with_error
from livc_desktop.ui.labels import table_label
from livc_desktop.ui.messages import problem_message
from livc_desktop.ui.models.partner_model import (
    ContactTableModel,
    TrainingTableModel,
)
from livc_desktop.ui.pages.partners.context import PartnersContext, push_button, table_view
from livc_desktop.ui.widgets.flow import FlowLayout


class PartnerEditor(QWidget):
    """Edits one partner (contacts and trainings included); `dirty` until saved."""

    save_requested = Signal()
    revert_requested = Signal()
    archive_requested = Signal()
    delete_requested = Signal()

    def __init__(self, context: PartnersContext) -> None:
        super().__init__()
        self.setObjectName("partner_editor")
        self._context = context
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
        self.summary.setStyleSheet(palette.text_css(palette.ERROR))
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        outer.addWidget(self.summary)

        # Organisation
        self.org_box = QGroupBox()
        form = QFormLayout(self.org_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        cell_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.participation = QComboBox()
        self.roles_widget = QWidget()
        roles_grid = QGridLayout(self.roles_widget)
        roles_grid.setContentsMargins(0, 0, 0, 0)
        for i, role in enumerate(Role):
            box = QCheckBox()
            box.setObjectName(f"role_{role.value}")
            box.toggled.connect(self._on_field_changed)
            self._role_boxes[role] = box
            # One column: two columns of French role names made the editor wider than
            # the space beside the list.
            roles_grid.addWidget(box, i, 0)
        self.tables_widget = QWidget()
        self._tables_layout = QVBoxLayout(self.tables_widget)
        self._tables_layout.setContentsMargins(0, 0, 0, 0)
        self.secrecy = QComboBox()
        self.secrecy_basis = QLineEdit()
        # Signatures are recorded on the House rules page; shown here read-only.
        self.house_rules = QLabel()
        self.house_rules.setWordWrap(True)
        self._cell_labels: list[QLabel] = []
        cell_fields: list[tuple[str, QWidget]] = [
            ("participation", self.participation),
            ("roles", self.roles_widget),
            ("tables", self.tables_widget),
            ("secrecy", self.secrecy),
            ("secrecy_basis", self.secrecy_basis),
            ("house_rules", self.house_rules),
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

        # Actions: a bar of their own that the page keeps below the scrolling form, so
        # that Save is always in sight.
        self.action_bar = QWidget()
        self.action_bar.setObjectName("partner_editor_actions")
        actions = FlowLayout(self.action_bar)
        self.save_button = push_button("editor_save")
        self.revert_button = push_button("editor_revert")
        self.archive_button = push_button("editor_archive")
        self.delete_button = push_button("editor_delete")
        actions.addWidget(self.save_button)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.archive_button)
        actions.addWidget(self.delete_button)
        outer.addStretch(1)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        # The platform's Save keys (Ctrl+S) anywhere in the form or on its Save bar.
        for holder in (self, self.action_bar):
            save_keys = QShortcut(QKeySequence.StandardKey.Save, holder)
            save_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            save_keys.activated.connect(self._on_save_keys_activated)
        self.revert_button.clicked.connect(self._on_revert_button_clicked)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

        for line in (self.name, self.phone, self.email, self.website, self.secrecy_basis):
            line.textEdited.connect(self._on_field_changed)
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
                self.tr("House rules"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("Required, e.g. OCMW Demostad"))
        self.phone.setPlaceholderText(self.tr("e.g. 050 12 34 56 or +32 50 12 34 56"))
        self.email.setPlaceholderText(self.tr("e.g. info@example.be"))
        self.secrecy_basis.setPlaceholderText(
            self.tr("e.g. art. 458 Criminal Code, shared professional secrecy")
        )
        for role, box in self._role_boxes.items():
            box.setText(labels.role_label(role))
        for kind, box in self._table_boxes.items():
            box.setText(table_label(kind))
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
            for code, label in self._context.sector_choices(
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
            box = QCheckBox(table_label(kind))
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
            self.municipality.addItems(self._context.municipalities())
            self.municipality.setEditText(p.municipality)
            self.notes.setPlainText(p.notes)
            self.participation.setCurrentIndex(
                max(0, self.participation.findData(p.participation.value))
            )
            for role, box in self._role_boxes.items():
                box.setChecked(role in p.roles)
            kinds = list(self._context.table_kinds())
            kinds += sorted(t for t in p.tables if t not in kinds)
            self._set_tables(kinds)
            for kind, box in self._table_boxes.items():
                box.setChecked(kind in p.tables)
            self.secrecy.setCurrentIndex(max(0, self.secrecy.findData(p.secrecy.value)))
            self.secrecy_basis.setText(p.secrecy_basis)
            self.house_rules.setText(self._context.house_rules_text(p.id))
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
        view = table_view(view_name)
        view.setModel(model)
        view.setMinimumHeight(min_height)
        view.doubleClicked.connect(on_double_clicked)
        layout.addWidget(view)
        error = self.errors.label(error_field)
        layout.addWidget(error)
        row = QHBoxLayout()
        made = []
        for name, slot in buttons:
            button = push_button(name)
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
    def _on_save_keys_activated(self) -> None:
        if self.save_button.isEnabled():
            self.save_requested.emit()

    def _on_save_button_clicked(self) -> None:
        self.save_requested.emit()

    def _on_revert_button_clicked(self) -> None:
        self.revert_requested.emit()

    def _on_archive_button_clicked(self) -> None:
        self.archive_requested.emit()

    def _on_delete_button_clicked(self) -> None:
        self.delete_requested.emit()
