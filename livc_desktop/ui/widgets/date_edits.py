"""Date and time editors for a value that may be left empty (house rules not signed yet, a
training without a date): a calendar, the locale's date format, and "no date" as its
lowest value. Stored dates are ISO text ("2026-03-09") or None."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QDateEdit, QTimeEdit

from livc_desktop.ui.dates import display_format

NO_DATE = QDate(1900, 1, 1)


def optional_date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format())
    edit.setMinimumDate(NO_DATE)
    retranslate_optional_date(edit)
    edit.setDate(NO_DATE)
    return edit


def retranslate_optional_date(edit: QDateEdit) -> None:
    # A new language changes only the text shown, never the value: no dateChanged, so a
    # form is not taken for edited.
    blocked = edit.blockSignals(True)
    try:
        edit.setSpecialValueText(QCoreApplication.translate("DateEdits", "no date"))
        edit.setDisplayFormat(display_format())
    finally:
        edit.blockSignals(blocked)


def set_iso(edit: QDateEdit, value: str | None) -> None:
    """Show an ISO date; None, "" or text that is not a date shows "no date"."""
    day = QDate.fromString((value or "")[:10], "yyyy-MM-dd")
    edit.setDate(day if day.isValid() else NO_DATE)


def iso(edit: QDateEdit) -> str | None:
    day = edit.date()
    return None if day == NO_DATE else day.toString("yyyy-MM-dd")


#: The lowest time of an optional time editor stands for "no time" (no meeting starts
#: at midnight).
NO_TIME = QTime(0, 0)


def optional_time_edit(name: str) -> QTimeEdit:
    """A time editor (hours and minutes, arrow keys or typing) that may hold no time."""
    edit = QTimeEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    edit.setMinimumTime(NO_TIME)
    retranslate_optional_time(edit)
    edit.setTime(NO_TIME)
    return edit


def retranslate_optional_time(edit: QTimeEdit) -> None:
    blocked = edit.blockSignals(True)
    try:
        edit.setSpecialValueText(QCoreApplication.translate("DateEdits", "no time"))
    finally:
        edit.blockSignals(blocked)


def set_hhmm(edit: QTimeEdit, value: str) -> None:
    """Show "HH:MM"; "" or text that is not a time shows "no time"."""
    time = QTime.fromString(value or "", "HH:mm")
    edit.setTime(time if time.isValid() else NO_TIME)


def hhmm(edit: QTimeEdit) -> str:
    time = edit.time()
    return "" if time == NO_TIME else time.toString("HH:mm")
