"""The fields the signal and case forms are built from: editors for dates, choices and
text (the forms themselves stand on the validating form base, ui/forms.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QPlainTextEdit,
    QWidget,
)

from livc_desktop.services import cases as case_service
from livc_desktop.services.session import Session
from livc_desktop.ui import dates
from livc_desktop.ui.forms import ValidatingForm

E = TypeVar("E", bound=StrEnum)


def date_edit(value: date | None, name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(dates.display_format())
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setDate(dates.to_qdate(value or date.today()))
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


class RegisterForm(ValidatingForm):
    """A validating form that always writes to an open register (its session is never
    None); closes itself when the register locks."""

    session: Session

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, session=session)


def partner_combo(session: Session, name: str, none_text: str | None) -> QComboBox:
    return combo(name, [(n, i) for i, n in case_service.partner_choices(session)], none_text)
