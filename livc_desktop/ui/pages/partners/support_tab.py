"""The support directory from the booklet for mayors: training bodies, helplines and
support services, edited in place."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from livc_desktop.domain.partners import SupportOrganisation
from livc_desktop.services import partners as partner_service
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.dialogs.partner_items import SupportDialog
from livc_desktop.ui.models.partner_model import ROW_ROLE, SupportTableModel
from livc_desktop.ui.pages.partners.context import PartnersContext, push_button, table_view


class SupportTab(QWidget):
    #: A short, translated text for the status bar.
    status_message = Signal(str)

    def __init__(self, context: PartnersContext) -> None:
        super().__init__()
        self._context = context
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("support_intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = SupportTableModel(self)
        self.view = table_view("support_table")
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        header = self.view.horizontalHeader()
        header.resizeSection(SupportTableModel.COL_NAME, 330)
        header.resizeSection(SupportTableModel.COL_KIND, 130)
        header.resizeSection(SupportTableModel.COL_CONTACT, 330)
        layout.addWidget(self.view, 1)
        self.description = QLabel()
        self.description.setObjectName("support_description")
        self.description.setWordWrap(True)
        layout.addWidget(self.description)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        row = QHBoxLayout()
        self.add_button = push_button("support_add")
        self.edit_button = push_button("support_edit")
        self.delete_button = push_button("support_delete")
        for b in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Training bodies, helplines and support services listed in the booklet for "
                "mayors. Entries marked 'verify' come from the booklet of {date}: contact "
                "details may have changed. Check them and fill in the date you did."
            ).format(date=format_date("2017-06-16"))
        )
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.reload()

    def reload(self) -> None:
        session = self._context.session
        entries = partner_service.support_entries(session) if session is not None else []
        self.model.set_items(entries, format_date)

    def clear(self) -> None:
        self.model.set_items([])
        self.description.clear()

    def _selected(self) -> SupportOrganisation | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(ROW_ROLE) if current.isValid() else None
        self.description.setText(
            entry.description if isinstance(entry, SupportOrganisation) else ""
        )

    def _edit(self, entry: SupportOrganisation | None) -> None:
        session = self._context.session
        if session is None:
            return
        dialog = SupportDialog(entry, self, format_date)
        if not dialog.exec():
            return
        entry = dialog.value()
        if self._context.run(self, lambda: partner_service.save_support(session, entry)) is None:
            return
        self.reload()
        self.status_message.emit(self.tr("Support organisation saved."))

    def _on_add_button_clicked(self) -> None:
        self._edit(None)

    def _on_edit_button_clicked(self) -> None:
        entry = self._selected()
        if entry is not None:
            self._edit(entry)

    def _on_view_double_clicked(self, _index: QModelIndex) -> None:
        self._on_edit_button_clicked()

    def _on_delete_button_clicked(self) -> None:
        entry = self._selected()
        session = self._context.session
        if session is None or entry is None or entry.id is None:
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
        entry_id = entry.id
        self._context.run(self, lambda: partner_service.delete_support(session, entry_id))
        self.reload()
        self.description.clear()
