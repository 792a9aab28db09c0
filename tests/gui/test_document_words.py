"""Every kind of PDF, in every language: no word broken outside a hyphenation point.

The documents are built from the demo register as the program builds them
(tests/document_kinds.py). While they are built, every text handed to reportlab is
recorded: those are the source words. Then the text is extracted with pypdf: every word
read back must be a source word, or the two halves of one split at a line end with a
hyphen, at a hyphenation point of the document's language (pyphen)."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator

import pyphen
import pytest
from pypdf import PdfReader
from reportlab.graphics import shapes
from reportlab.pdfgen import canvas as rl_canvas

from livc_desktop.reports import common
from tests.document_kinds import LANGUAGES, demo_session, every_document

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[\s\u00a0]+")
_EDGE = re.compile(r"^[^\w@+]+|[^\w@]+$")
_HYPHENS = {"nl": "nl_NL", "fr": "fr", "de": "de_DE", "en": "en_GB"}


def _words(value: str) -> Iterator[str]:
    for token in _SPACE.split(value):
        word = _EDGE.sub("", token)
        if word:
            yield word


@pytest.fixture
def recorded(monkeypatch) -> set[str]:
    """The words of every text given to reportlab while the test runs."""
    seen: set[str] = set()

    def keep(value: object) -> None:
        plain = html.unescape(_TAG.sub(" ", str(value).replace("<br/>", "\n")))
        seen.update(_words(plain))
        seen.update(_words(common.visual_line(plain)))

    init = common.RtlParagraph.__init__

    def paragraph(self, text, *args, **kwargs):
        keep(text)
        init(self, text, *args, **kwargs)

    monkeypatch.setattr(common.RtlParagraph, "__init__", paragraph)
    for name in ("drawString", "drawRightString", "drawCentredString"):
        original = getattr(rl_canvas.Canvas, name)

        def draw(self, x, y, text, *args, _original=original, **kwargs):
            keep(text)
            return _original(self, x, y, text, *args, **kwargs)

        monkeypatch.setattr(rl_canvas.Canvas, name, draw)
    string_init = shapes.String.__init__

    def string(self, x, y, text, **kwargs):
        keep(text)
        string_init(self, x, y, text, **kwargs)

    monkeypatch.setattr(shapes.String, "__init__", string)
    return seen


def broken_words(pdf: bytes, source: set[str], language: str) -> list[str]:
    """Words read back from `pdf` that are neither source words nor the halves of a
    source word split at a hyphenation point of `language`, the first half ending in a
    hyphen. (A table's cells share extracted lines, so the other half is looked for in
    the next or previous three lines.)"""
    dic = pyphen.Pyphen(lang=_HYPHENS[language])

    def split_ok(head: str, tail: str) -> bool:
        whole = head + tail
        # After a hyphen of the word itself ("Minute-|taker"), or at a hyphenation point.
        return f"{head}-{tail}" in source or (whole in source and len(head) in dic.positions(whole))

    bad: list[str] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines = [[_EDGE.sub("", t) or t for t in line.split()] for line in _lines(page)]
        raw = [line.split() for line in _lines(page)]
        for n, tokens in enumerate(lines):
            for i, word in enumerate(tokens):
                if word in source or not any(ch.isalnum() for ch in word):
                    continue
                token = raw[n][i]
                if token.endswith("-") and any(
                    split_ok(word, tail) for later in lines[n + 1 : n + 4] for tail in later
                ):
                    continue
                if any(
                    split_ok(_EDGE.sub("", head[:-1]), word)
                    for earlier in raw[max(0, n - 3) : n]
                    for head in earlier
                    if head.endswith("-")
                ):
                    continue
                bad.append(word)
    return bad


def _lines(page) -> list[str]:
    return page.extract_text().replace("\u00a0", " ").splitlines()


KINDS = {
    "invitation",
    "attendance_sheet",
    "minutes_with_addendum",
    "minutes_draft",
    "extract",
    "feedback",
    "distribution_copy",
    "partner_list",
    "contact_sheet",
    "participation_overview",
    "annual_report",
    "processing_record",
    "subject_access",
    "access_trail",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_is_broken_outside_a_hyphenation_point(qapp, tmp_path, recorded, language):
    with demo_session(tmp_path, language) as session:
        documents = every_document(session)
    assert set(documents) == KINDS
    found = {kind: broken_words(pdf, recorded, language) for kind, pdf in documents.items()}
    broken = {kind: words for kind, words in found.items() if words}
    assert not broken, repr(broken)
