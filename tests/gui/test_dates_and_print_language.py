"""One date formatter and one register-language mechanism for printing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QLocale

from livc_desktop.domain.cell import language_tag, locale_name
from livc_desktop.ui import i18n
from livc_desktop.ui.dates import date_formatter, format_date, from_qdate, to_qdate
from livc_desktop.ui.print_language import document_language, register_language, translate


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "9/03/2026"), ("fr", "9/03/2026"), ("de", "09.03.2026"), ("en", "09/03/2026")],
)
def test_a_date_reads_day_month_four_digit_year_in_every_language(language, expected):
    assert format_date(date(2026, 3, 9), language) == expected
    assert format_date("2026-03-09", language) == expected
    assert date_formatter(language)("2026-03-09") == expected


def test_a_stamp_keeps_its_time_and_text_that_is_no_date_stays():
    assert format_date("2026-03-09 14:05", "en") == "09/03/2026 14:05"
    assert format_date("2026-03-09T14:05:00", "en") == "09/03/2026 14:05:00"
    assert format_date("binnenkort", "nl") == "binnenkort"
    assert format_date(None) == "" and format_date("") == ""


def test_the_interface_language_is_used_without_one_given(qapp):
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("de_BE"))
        assert format_date(date(2026, 12, 1)) == "01.12.2026"
    finally:
        QLocale.setDefault(previous)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_qdate_round_trip(day):
    assert from_qdate(to_qdate(day)) == day


def test_one_map_of_language_tags():
    assert [language_tag(x) for x in ("nl", "fr", "de", "en")] == [
        "nl-BE",
        "fr-BE",
        "de-BE",
        "en-GB",
    ]
    assert language_tag("xx") == "en-GB" and language_tag("nl_BE") == "nl-BE"
    assert locale_name("de") == "de_BE"


class _Prefs:
    def __init__(self, language: str) -> None:
        self.language = language


class _Session:
    def __init__(self, language: str) -> None:
        self._language = language

    def preferences(self) -> _Prefs:
        return _Prefs(self._language)


def test_the_register_language_comes_first_then_the_interface(qapp):
    assert register_language(_Session("fr"), "nl") == "fr"
    assert register_language(_Session(""), "de") == "de"


@pytest.mark.skipif(not i18n.translations_available(), reason="needs compiled translations")
def test_documents_are_translated_in_the_register_language_whatever_the_interface(qapp):
    i18n.install("en")
    try:
        with document_language("nl"):
            assert translate("AuditKind", "Case created") != "Case created"
            assert QCoreApplication.translate("AuditKind", "Case created") == translate(
                "AuditKind", "Case created"
            )
        assert translate("AuditKind", "Case created") == "Case created"
        i18n.install("fr")
        with document_language("en"):
            assert translate("AuditKind", "Case created") == "Case created"
            assert QCoreApplication.translate("AuditKind", "Case created") == "Case created"
        assert QCoreApplication.translate("AuditKind", "Case created") != "Case created"
    finally:
        i18n.install("en")
