"""The editable sector list: built-in sectors (translated, can be switched off) and the
register's own."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.partners import SectorEntry
from livc_desktop.services import partners as partner_service
from livc_desktop.ui.messages import problem_message
from livc_desktop.ui.models.partner_model import SectorTableModel
from livc_desktop.ui.pages.partners.context import PartnersContext, push_button, table_view


class SectorsTab(QWidget):
    #: The register's sector list changed: every tab shows sectors.
    sectors_changed = Signal()

    def __init__(self, context: PartnersContext) -> None:
        super().__init__()
        self._context = context
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = SectorTableModel(self)
        self.view = table_view("sectors_table")
        self.view.setModel(self.model)
        self.view.horizontalHeader().resizeSection(0, 320)
        self.view.horizontalHeader().resizeSection(1, 140)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.add_button = push_button("sector_add")
        self.rename_button = push_button("sector_rename")
        self.toggle_button = push_button("sector_toggle")
        self.delete_button = push_button("sector_delete")
        for b in (self.add_button, self.rename_button, self.toggle_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The sectors offered when you describe a partner. Built-in sectors are "
                "translated automatically; you can add your own and switch off those you "
                "do not use."
            )
        )
        self.add_button.setText(self.tr("Add sector…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.toggle_button.setText(self.tr("Switch on or off"))
        self.delete_button.setText(self.tr("Delete…"))
        self.reload()

    def reload(self) -> None:
        self.model.set_items(self._context.sectors)

    def _selected(self) -> SectorEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _warn(self, title: str, problems: dict[str, str]) -> None:
        QMessageBox.warning(
            self, title, " ".join(problem_message(f, p) for f, p in sorted(problems.items()))
        )

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def _on_add_button_clicked(self) -> None:
        session = self._context.session
        if session is None:
            return
        label = self._ask_text(self.tr("Add sector"), self.tr("Name of the new sector:"))
        if label is None:
            return
        done = self._context.run(
            self,
            lambda: partner_service.add_sector(session, label),
            on_problems=lambda problems: self._warn(self.tr("Add sector"), problems),
        )
        if done is not None:
            self.sectors_changed.emit()

    def _on_rename_button_clicked(self) -> None:
        entry = self._selected()
        session = self._context.session
        if session is None or entry is None:
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
        done = self._context.run(
            self,
            lambda: partner_service.update_sector(
                session, entry.code, label=label, active=entry.active
            ),
            on_problems=lambda problems: self._warn(self.tr("Rename sector"), problems),
        )
        if done is not None:
            self.sectors_changed.emit()

    def _on_toggle_button_clicked(self) -> None:
        entry = self._selected()
        session = self._context.session
        if session is None or entry is None:
            return
        done = self._context.run(
            self,
            lambda: partner_service.update_sector(session, entry.code, active=not entry.active),
        )
        if done is not None:
            self.sectors_changed.emit()

    def _on_delete_button_clicked(self) -> None:
        entry = self._selected()
        session = self._context.session
        if session is None or entry is None:
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
        done = self._context.run(self, lambda: partner_service.delete_sector(session, entry.code))
        if done is not None:
            self.sectors_changed.emit()
