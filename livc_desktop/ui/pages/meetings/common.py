"""What the panels of the meetings page share: the autosave delay, the off-record style,
the problem label under a field and the date editors (the case forms' way: a calendar,
never a date typed as text and checked by hand)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QLabel

from livc_desktop.ui import palette
from livc_desktop.ui.dates import display_format

AUTOSAVE_MS = 300
PRINT_DPI = 300
# The off-the-record mark is the same strong red in the light and the dark palette.
OFF_RECORD_STYLE = (
    palette.box_css(palette.OFF_RECORD_BG, palette.OFF_RECORD_TEXT)
    + "font-weight:bold;padding:6px;border-radius:3px;"
)
# The lowest date of an optional date editor stands for "no date" and says so.
NO_DATE = QDate(2000, 1, 1)


def problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(palette.text_css(palette.ERROR))
    label.setWordWrap(True)
    label.hide()
    return label


def date_edit(name: str, *, optional: bool = False) -> QDateEdit:
    """A date editor with a calendar; an optional one starts (and resets) at no date,
    which `date_of` gives as None."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format())
    if optional:
        edit.setMinimumDate(NO_DATE)
        retranslate_date(edit)
        edit.setDate(NO_DATE)
    else:
        edit.setDate(QDate.currentDate())
    return edit


def retranslate_date(edit: QDateEdit) -> None:
    """The words an optional date editor shows when it holds no date."""
    edit.setSpecialValueText(QCoreApplication.translate("MeetingDates", "no date"))


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def date_of(edit: QDateEdit) -> date | None:
    """The editor's date; None for an optional editor left at no date."""
    day = edit.date()
    if edit.specialValueText() and day == edit.minimumDate():
        return None
    return date(day.year(), day.month(), day.day())
