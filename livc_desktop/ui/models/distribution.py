"""Table models of the distribution dialog: the recipients to choose (each with an
optional password typed for it) and the copies made (with the passwords, shown once)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from livc_desktop.domain.distribution import Recipient
from livc_desktop.services.distribution import SavedCopy
from livc_desktop.ui.models.base import Index, RowTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class RecipientChoice:
    recipient: Recipient
    chosen: bool = True
    password: str = ""  # typed by the officer; empty: five words are drawn


class RecipientTableModel(RowTableModel):
    NAME, ORGANISATION, EMAIL, LANGUAGE, PASSWORD = range(5)
    ROW_ROLE = ROW_ROLE
    _rows: list[RecipientChoice]

    def set_recipients(self, recipients: list[Recipient]) -> None:
        self.set_rows([RecipientChoice(r) for r in recipients])

    def choices(self) -> list[RecipientChoice]:
        return [row for row in self._rows if row.chosen]

    def forget_passwords(self) -> None:
        for row in self._rows:
            row.password = ""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.PASSWORD), self.index(len(self._rows) - 1, self.PASSWORD)
            )

    def headers(self) -> list[str]:
        return [
            self.tr("Recipient"),
            self.tr("Organisation"),
            self.tr("E-mail"),
            self.tr("Language"),
            self.tr("Own password (optional)"),
        ]

    def cell(self, row: RecipientChoice, col: int, role: int) -> Any:
        r = row.recipient
        if role == Qt.ItemDataRole.CheckStateRole and col == self.NAME:
            return Qt.CheckState.Checked if row.chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.PASSWORD:
                return "•" * 8 if row.password else self.tr("five words, drawn")
            return [r.name, r.organisation, r.email, r.language.upper(), ""][col]
        if role == Qt.ItemDataRole.EditRole and col == self.PASSWORD:
            return ""  # a typed password is never shown again, not even to edit
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == self.NAME:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.PASSWORD:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.NAME:
            row.chosen = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and index.column() == self.PASSWORD:
            row.password = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class CopyTableModel(RowTableModel):
    """The copies just saved. Passwords live only in this model, until it is cleared."""

    FILE, RECIPIENT, PASSWORD, MAIL = range(4)
    ROW_ROLE = ROW_ROLE
    _rows: list[SavedCopy]

    def __init__(self) -> None:
        super().__init__()
        self._mail: dict[int, str] = {}

    def set_copies(self, copies: list[SavedCopy]) -> None:
        self._mail = {}
        self.set_rows(copies)

    def set_mail_state(self, row: int, text: str) -> None:
        self._mail[row] = text
        self.dataChanged.emit(self.index(row, self.MAIL), self.index(row, self.MAIL))

    def forget(self) -> None:
        """Drop the copies and their passwords (the dialog closes or the register locks)."""
        for copy in self._rows:
            copy.password = None
        self.set_copies([])

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Recipient"), self.tr("Password"), self.tr("Mail")]

    def cell(self, row: SavedCopy, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.FILE:
                return row.path.name
            if col == self.RECIPIENT:
                return row.recipient.label
            if col == self.PASSWORD:
                return row.password or self.tr("not protected")
            return self._mail.get(self._rows.index(row), "")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.FILE:
            return str(row.path)
        return None
