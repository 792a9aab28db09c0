"""Dates as people read them: the one place that turns a date into text (QtCore only, so
the command line prints the same dates as the GUI).

Every date is the short date of a language's Belgian usage (British English for
English: day, month, year) with a four-digit year, because the Belgian German and French
short formats give two digits. On screen the interface language is used; in documents
the register's language (pass `language`).

    format_date(date(2026, 3, 9))              # "9/03/2026" in Dutch, "09/03/2026" in English
    format_date("2026-03-09 14:05")            # the time after the date is kept
    format_date(day, language="de")            # "09.03.2026" whatever the interface shows
    display_format()                           # "d/MM/yyyy": a date editor's display format
    date_formatter("fr")                       # a str -> str function for report builders
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale

from livc_desktop.domain.cell import locale_name


def _locale(language: str | None) -> QLocale:
    return QLocale(locale_name(language)) if language else QLocale()


def _short_format(locale: QLocale) -> str:
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def display_format(language: str | None = None) -> str:
    """The Qt display format of a date editor: the same short date `format_date` gives,
    so that what is typed and what is shown look alike."""
    return _short_format(_locale(language))


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(value: date | str | None, language: str | None = None) -> str:
    """`value` (a date, an ISO date, or an ISO stamp "YYYY-MM-DD HH:MM" or with "T", whose
    time is kept)
    as the short date of `language`, else of the interface; None and "" give "", text that
    is not a date is returned as it is."""
    if value is None or value == "":
        return ""
    locale = _locale(language)
    if isinstance(value, date):
        return locale.toString(to_qdate(value), _short_format(locale))
    day = QDate.fromString(value[:10], "yyyy-MM-dd")
    if not day.isValid():
        return value
    tail = value[10:]
    if tail.startswith("T"):  # a stored stamp "2026-03-09T14:05:00"
        tail = " " + tail[1:]
    return locale.toString(day, _short_format(locale)) + tail


def date_formatter(language: str | None = None) -> Callable[[str], str]:
    """`format_date` bound to `language`, for report builders that receive a function."""

    def formatter(value: str) -> str:
        return format_date(value, language)

    return formatter
