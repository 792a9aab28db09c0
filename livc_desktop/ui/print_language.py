"""Printing in the register's language: the one mechanism (QtCore only, so the command
line builds the same documents as the GUI).

Documents (minutes, lists, sheets, reports) are written in the register's language
(its preferences), whatever language the interface shows. Inside
`with document_language(lang):` every translation lookup answers in `lang`: this
module's `translate()` and, when an application exists, `QCoreApplication.translate` and
`self.tr()` as well. English answers with the source text.

    lang = register_language(session)
    with document_language(lang):
        title = translate("MeetingDocuments", "Minutes")
        words = self.tr("Partner list")            # also in `lang`
    frame.language = language_tag(lang)            # "nl-BE" ... for the PDF's /Lang
    format_date(day, language=lang)                # ui/dates.py
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from livc_desktop.domain.cell import language_tag, locale_name
from livc_desktop.ui import i18n

__all__ = [
    "document_language",
    "language_tag",
    "locale_name",
    "register_language",
    "translate",
]

# The document translators in force, innermost last (None: English source text).
_stack: list[QTranslator | None] = []


class _SourceTextTranslator(QTranslator):
    """English documents: answer every lookup with the English source text."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return source

    def isEmpty(self) -> bool:
        return False


def register_language(session: object, ui_language: str = "") -> str:
    """The language documents of `session`'s register are written in: the register's
    preference, else `ui_language`, else the interface's; always one of LANGUAGES."""
    prefs = getattr(session, "preferences", None)
    lang = prefs().language if callable(prefs) else ""
    return i18n.normalize_language(lang or ui_language or QLocale().name())


def translate(context: str, source: str) -> str:
    """Qt's translate, in the document language while one is in force."""
    if _stack:
        translator = _stack[-1]
        found = translator.translate(context, source) if translator is not None else ""
        return found or source
    return QCoreApplication.translate(context, source)


@contextlib.contextmanager
def document_language(lang: str) -> Iterator[QLocale]:
    """Translate in `lang` for the duration; yields its locale. Without a compiled
    translation for `lang` the source text (English) is used."""
    lang = i18n.normalize_language(lang) if lang else "en"
    translator: QTranslator | None = None
    if lang != "en":
        candidate = QTranslator()
        if candidate.load(f"livc_{lang}", str(i18n.QM_DIR)):
            translator = candidate
    installed: QTranslator = translator if translator is not None else _SourceTextTranslator()
    app = QCoreApplication.instance()
    if app is not None:
        app.installTranslator(installed)
    _stack.append(translator)
    try:
        yield QLocale(locale_name(lang))
    finally:
        _stack.pop()
        if app is not None:
            app.removeTranslator(installed)
