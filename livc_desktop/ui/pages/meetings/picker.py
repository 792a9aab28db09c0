"""Choose any case or signal for an agenda: codes and pseudonyms only, filtered as typed
with accents and case folded both ways ("helene" finds "Hélène" and back)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.redaction import folded
from livc_desktop.services import meetings as svc
from livc_desktop.ui import meeting_labels as ml
from livc_desktop.ui.models.base import Index, RowTableModel
from livc_desktop.ui.models.meetings import ROW_ROLE
from livc_desktop.ui.privacy import privacy_mode


class AgendaChoiceModel(RowTableModel):
    KIND, CODE, NAME, NOTE = range(4)
    ROW_ROLE = ROW_ROLE
    _rows: list[svc.AgendaChoice]

    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Code"), self.tr("Pseudonym / received"), ""]

    def cell(self, c: svc.AgendaChoice, col: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        kind = self.tr("Case") if c.case_id is not None else self.tr("Signal")
        name = privacy_mode().mask(c.pseudonym) if c.case_id is not None else ""
        if c.signal_id is not None:
            name = ml.ui_date(c.received_on)
        note = self.tr("already on the agenda") if c.on_agenda else ""
        return [kind, c.code, name, note][col]

    def search_text(self, row: int) -> str:
        c = self._rows[row]
        return folded(f"{c.code} {c.pseudonym}")


class AgendaChoiceFilter(QSortFilterProxyModel):
    """Every word typed must occur in the code or pseudonym, accents folded."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = folded(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AgendaChoiceModel)
        hay = model.search_text(source_row)
        return all(w in hay for w in self._words)


class AgendaPickerDialog(QDialog):
    """Pick a case or signal; `chosen()` gives it after accept()."""

    def __init__(self, choices: list[svc.AgendaChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_picker")
        self.setWindowTitle(self.tr("Put a case or signal on the agenda"))
        col = QVBoxLayout(self)
        self.hint = QLabel(
            self.tr("Type a case code or pseudonym; Enter puts the selected one on the agenda.")
        )
        self.hint.setWordWrap(True)
        col.addWidget(self.hint)
        self.filter = QLineEdit()
        self.filter.setObjectName("agenda_picker_filter")
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        col.addWidget(self.filter)
        self.model = AgendaChoiceModel(self)
        self.model.set_rows(choices)
        self.proxy = AgendaChoiceFilter()
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("agenda_picker_list")
        self.view.setAccessibleName(self.tr("Cases and signals to choose from"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        col.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("No open case or signal matches."))
        self.empty.setObjectName("agenda_picker_empty")
        col.addWidget(self.empty)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Put on the agenda"))
        col.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.filter.returnPressed.connect(self.accept)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self.resize(560, 420)
        self._on_filter_text_changed("")

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        has = self.proxy.rowCount() > 0
        self.empty.setVisible(not has)
        self.ok.setEnabled(has)
        if has:
            self.view.selectRow(0)

    def chosen(self) -> svc.AgendaChoice | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())  # type: ignore[no-any-return]

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
