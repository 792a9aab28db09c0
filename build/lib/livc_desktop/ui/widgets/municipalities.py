"""Editing the list of municipalities a cell covers (a joint cell has several)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)

from livc_desktop.domain.cell import MAX_NAME_LENGTH, clean_municipalities


class MunicipalityListEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("municipality_editor")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("municipality_name")
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("municipality_add")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("municipality_remove")
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("municipality_list")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setMaximumHeight(110)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_edit, 0, 0)
        layout.addWidget(self.add_button, 0, 1)
        layout.addWidget(self.view, 1, 0)
        layout.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        self.name_edit.returnPressed.connect(self._on_add_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.name_edit.textChanged.connect(self._update_buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def municipalities(self) -> list[str]:
        """The list, plus a name still typed in the field but not yet added."""
        return clean_municipalities([*self.model.stringList(), self.name_edit.text()])

    def set_municipalities(self, names: list[str]) -> None:
        self.model.setStringList(clean_municipalities(names))
        self.name_edit.clear()
        self._update_buttons()
        self.changed.emit()

    def clear(self) -> None:
        self.model.setStringList([])
        self.name_edit.clear()
        self._update_buttons()

    def _on_add_clicked(self) -> None:
        before = self.model.stringList()
        after = clean_municipalities([*before, self.name_edit.text()])
        if after != before:
            self.model.setStringList(after)
            self.changed.emit()
        self.name_edit.clear()
        self._update_buttons()

    def _on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.model.removeRows(row, 1)
        if rows:
            self.changed.emit()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.name_edit.text().strip()))
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())

    def retranslate(self) -> None:
        self.name_edit.setPlaceholderText(self.tr("Name of the municipality"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.view.setAccessibleName(self.tr("Municipalities covered"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
