"""The pieces the signal and case forms are built from: editors for dates, choices and
text, and the dialog with an error under each field that closes when the register locks."""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.errors import LivcError, ValidationError
from livc_desktop.services import cases as case_service
from livc_desktop.services.register import Session
from livc_desktop.ui import case_labels as L
from livc_desktop.ui.messages import error_message, problem_message

E = TypeVar("E", bound=StrEnum)


def date_edit(value: date | None, name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setDate(L.to_qdate(value or date.today()))
    return edit


def combo(
    name: str, items: Sequence[tuple[str, object]], with_none: str | None = None
) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    if with_none is not None:
        box.addItem(with_none, None)
    for text, data in items:
        box.addItem(text, data)
    return box


def enum_data(box: QComboBox, enum: type[E]) -> E | None:
    """The combo's current enum value (Qt hands StrEnum data back as plain str)."""
    value = box.currentData()
    return None if value is None else enum(value)


def select_data(box: QComboBox, value: object) -> None:
    for i in range(box.count()):
        if box.itemData(i) == value:
            box.setCurrentIndex(i)
            return


def text_box(name: str, height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class FormDialog(QDialog):
    """A QFormLayout with an error label under every field and OK/Cancel. Subclasses
    implement `save()`, raising ValidationError (shown per field) or LivcError."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        close_on_lock(self, session)
        self.setMinimumWidth(520)
        self._layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        self._layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._layout.addLayout(self.form)
        self._errors: dict[str, QLabel] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_row(self, field: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.setVisible(False)
        box.addWidget(error)
        self._errors[field] = error
        self.form.addRow(label, holder)
        return holder

    def show_problems(self, problems: dict[str, str]) -> None:
        for field, label in self._errors.items():
            problem = problems.get(field)
            label.setText(problem_message(field, problem) if problem else "")
            label.setVisible(bool(problem))
        unplaced = {f: p for f, p in problems.items() if f not in self._errors}
        if unplaced:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                " ".join(problem_message(f, p) for f, p in sorted(unplaced.items())),
            )

    def error_text(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def save(self) -> None:
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except LivcError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_message(exc))
            return
        self.accept()


def close_on_lock(dialog: QDialog, session: Session) -> None:
    """Reject `dialog` when the session closes (lock): nothing stays on screen. Held by
    a weak reference, so a closed dialog is not kept alive by the session."""
    ref = weakref.ref(dialog)

    def on_close() -> None:
        target = ref()
        if target is not None:
            with contextlib.suppress(RuntimeError):  # already deleted on the C++ side
                target.reject()

    session.on_close(on_close)


def partner_combo(session: Session, name: str, none_text: str | None) -> QComboBox:
    return combo(name, [(n, i) for i, n in case_service.partner_choices(session)], none_text)
