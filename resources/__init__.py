"""Runtime resources (fonts for PDFs, icons, licence texts, the manual), installed as the
`livc_desktop.resources` package so that they travel with the program on every platform."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def resource(name: str) -> Traversable:
    return files(__name__) / name


def icon_files() -> list[Traversable]:
    """The application icon: the SVG and every PNG size (largest last)."""
    icons = resource("icons")
    return [icons / "livc-desktop.svg", *(icons / f"livc-desktop-{s}.png" for s in ICON_SIZES)]


def licence_text() -> str:
    """The program's licence (EUPL-1.2). The wheel and the bundle carry it as LICENSE.txt;
    a source checkout has it at the top of the repository."""
    shipped = resource("LICENSE.txt")
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parent.parent / "LICENSE").read_text(encoding="utf-8")


def notices_text() -> str:
    """The third-party notices (tools/notices.py)."""
    return resource("THIRD_PARTY_NOTICES.txt").read_text(encoding="utf-8")


#: Languages the manual is written in (help/<lang>.html); others read the English one.
HELP_LANGUAGES = ("nl", "fr", "de", "en")


def help_html(language: str) -> str:
    """The manual and glossary (HTML with one anchor per screen) in `language`."""
    lang = language if language in HELP_LANGUAGES else "en"
    return resource("help").joinpath(f"{lang}.html").read_text(encoding="utf-8")
