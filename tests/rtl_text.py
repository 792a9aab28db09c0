"""Reading right-to-left text back from our PDFs.

The PDFs draw Arabic as joined presentation forms in visual order (left to right, each
right-to-left run reversed). pypdf's default extraction guesses its own bidi order and
moves spaces and brackets around, so tests read the drawn order (layout mode) and turn it
back into logical text: every run of right-to-left characters reversed, then NFKC (which
maps presentation forms, lam-alef included, back to the plain letters)."""

from __future__ import annotations

import io
import re
import unicodedata

from pypdf import PdfReader

_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RUN = re.compile(f"[{_RTL}]+(?: +[{_RTL}]+)*")
_ARABIC_LETTERS = re.compile("[\u0620-\u064a]")  # the plain (unshaped) Arabic letters


def drawn_lines(pdf: bytes) -> list[list[str]]:
    """Per page, the text lines as drawn (visual order), outer blanks dropped."""
    reader = PdfReader(io.BytesIO(pdf))
    return [
        [line.strip() for line in page.extract_text(extraction_mode="layout").splitlines()]
        for page in reader.pages
    ]


def logical(drawn: str) -> str:
    return unicodedata.normalize("NFKC", _RUN.sub(lambda m: m.group(0)[::-1], drawn))


def reading_text(pdf: bytes) -> str:
    """All pages' lines in logical order, runs of blanks collapsed to one space."""
    lines = [logical(line) for page in drawn_lines(pdf) for line in page if line]
    return "\n".join(" ".join(line.split()) for line in lines)


def has_unshaped_arabic(drawn: str) -> bool:
    """Plain Arabic letters drawn as they are stored show in their isolated form."""
    return _ARABIC_LETTERS.search(drawn) is not None
