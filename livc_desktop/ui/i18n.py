"""Loading translations (QtCore only; the CLI uses it too).

Source strings are English. Dutch is the default for nl and nl_BE; French and German for
their locales; English for everyone else. A pseudo-translation mode lengthens every
string by about 35 % (French and German run long) to check that layouts survive."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from livc_desktop.domain.cell import LANGUAGES, locale_name

QM_DIR = Path(__file__).resolve().parent.parent / "translations"
_installed: list[QTranslator] = []
_current: dict[str, object] = {"language": "en", "pseudo": False}


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        lang = name.replace("-", "_").split("_")[0].lower()
        if lang in LANGUAGES:
            return lang
    return "en"


def normalize_language(language: str | None) -> str:
    lang = (language or "").split("_")[0].lower()
    return lang if lang in LANGUAGES else system_language()


_PLACEHOLDER = re.compile(r"(\{[^}]*\}|%n|%\d|&&|<[^>]*>|&[a-z]+;)")
_ACCENTED = str.maketrans("aeiouAEIOUcnyCN", "àéîõüÀÉÎÕÜçñýÇÑ")


_WORD = re.compile(r"[A-Za-z]+")


def _grow(match: re.Match[str]) -> str:
    # Each word grows by a third of itself, so long texts still wrap between words as
    # real French or German does.
    word = match.group(0)
    return word + word[: (len(word) + 2) // 3].lower()


def pseudo(text: str) -> str:
    """'Save' -> '[Śàvéś ~~]': accented, each word about a third longer, placeholders and
    tags untouched."""
    if not text:
        return text
    parts = _PLACEHOLDER.split(text)
    out = "".join(
        p if _PLACEHOLDER.fullmatch(p) else _WORD.sub(_grow, p).translate(_ACCENTED) for p in parts
    )
    return "[" + out + " ~~]"


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


def install(language: str, *, pseudo_mode: bool = False) -> str:
    """Replace the installed translators; return the language in force."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("a QCoreApplication must exist before translations are installed")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = normalize_language(language)
    _current.update(language=lang, pseudo=pseudo_mode)
    QLocale.setDefault(QLocale(locale_name(lang)))
    if pseudo_mode:
        pseudo_translator = PseudoTranslator(app)
        app.installTranslator(pseudo_translator)
        _installed.append(pseudo_translator)
        return lang
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        base = QTranslator(app)
        if base.load(f"qtbase_{lang}", qt_dir):
            app.installTranslator(base)
            _installed.append(base)
    # English too: its file holds the plural forms of counts ("1 signal", "2 signals").
    ours = QTranslator(app)
    if ours.load(f"livc_{lang}", str(QM_DIR)):
        app.installTranslator(ours)
        _installed.append(ours)
    return lang


def uninstall() -> None:
    """Remove our translators (before the application that owns them goes away)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current.update(language="en", pseudo=False)


def current_language() -> str:
    """The language last installed ("en" before any)."""
    return str(_current["language"])


def pseudo_active() -> bool:
    return bool(_current["pseudo"])


def translations_available() -> bool:
    return all((QM_DIR / f"livc_{lang}.qm").is_file() for lang in LANGUAGES if lang != "en")
