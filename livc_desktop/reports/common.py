"""What every PDF of the program shares: the embedded Unicode font, styles, the page frame
(confidentiality notice, "page X of Y", optional DRAFT watermark), metadata, and building
in memory. Builders receive ready-made, translated labels; nothing here translates.

PDFs are built into bytes and written once by the caller: no temporary copies on disk.

Words break only at the hyphenation points of the document's language (pyphen's
dictionaries, through reportlab's `hyphenationLang`), and only in a table column too narrow
for its longest word: columns are sized to their content (`content_widths`), phone numbers
keep non-breaking spaces, e-mail addresses are never hyphenated. A heading is kept with the
first rows of its table, not the whole table (`keep_headings_with_tables`).

Right-to-left script (Arabic, Hebrew): reportlab draws code points one by one, left to right.
So Arabic letters are first given their joined presentation forms (`shape`, logical order
kept, which keeps line wrapping right), and each line is put in visual order only when it is
drawn (`RtlParagraph`, `visual_line`), after reportlab has wrapped it. Text without RTL
characters goes through untouched: those PDFs stay byte-identical."""

from __future__ import annotations

import copy
import functools
import importlib.resources
import io
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FONT = "LivcSans"
FONT_BOLD = "LivcSans-Bold"
FONT_ITALIC = "LivcSans-Oblique"
FONT_BOLD_ITALIC = "LivcSans-BoldOblique"
_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_registered = False

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#e4e7eb")
MARGIN = 18 * mm


def register_fonts() -> None:
    """Register the shipped DejaVu Sans family once (embedded in every PDF)."""
    global _registered
    if _registered:
        return
    fonts = importlib.resources.files("livc_desktop.resources") / "fonts"
    for name, filename in _FILES.items():
        with importlib.resources.as_file(fonts / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    _registered = True


# Hebrew, Arabic (with Syriac, Thaana, N'Ko and the Arabic extensions), and the Hebrew and
# Arabic presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def has_rtl(value: str) -> bool:
    return _RTL.search(value) is not None


@functools.cache
def _reshaper() -> tuple[arabic_reshaper.ArabicReshaper, dict[str, str]]:
    """An Arabic reshaper limited to what the embedded font can draw: only the ligatures
    whose glyphs it has (the lam-alef family), and for the few letter forms it lacks (some
    Urdu and Kurdish letters) a map back to the plain letter."""
    from arabic_reshaper.letters import LETTERS_ARABIC
    from arabic_reshaper.ligatures import LIGATURES

    register_fonts()
    covered = pdfmetrics.getFont(FONT).face.charToGlyph

    def drawable(chars: str) -> bool:
        return all(ord(ch) in covered for ch in chars)

    configuration: dict[str, Any] = {
        name: all(drawable(form) for form in forms) for name, (_, forms) in LIGATURES
    }
    fallback = {
        form: letter
        for letter, forms in LETTERS_ARABIC.items()
        for form in forms
        if form and not drawable(form) and drawable(letter)
    }
    return arabic_reshaper.ArabicReshaper(configuration=configuration), fallback


def shape(value: str) -> str:
    """Arabic letters in their joined presentation forms (initial, medial, final,
    lam-alef), still in logical order. Text without RTL characters is returned as is."""
    if not has_rtl(value):
        return value
    reshaper, fallback = _reshaper()
    shaped = reshaper.reshape(value)
    return "".join(fallback.get(ch, ch) for ch in shaped) if fallback else shaped


_LEVELS = re.compile(r"levels:\s*\[(.*?)\]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")
_MIRROR = {
    **{a: b for a, b in zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True)},
    "\u2039": "\u203a",
    "\u203a": "\u2039",
}


def _char_levels(value: str) -> list[int] | None:
    """The resolved bidi embedding level of each character (left-to-right paragraph),
    bracket pairs included (rule N0), as python-bidi computes them; None if unreadable."""
    report = str(get_display(value, base_dir="L", debug=True))
    found = _LEVELS.search(report)
    if found is None:
        return None
    per_byte = [int(n) for n in _LEVEL.findall(found.group(1))]
    levels: list[int] = []
    offset = 0
    for char in value:
        if offset >= len(per_byte):
            return None
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels if offset == len(per_byte) else None


def display(value: str) -> str:
    """`value` (one line) in drawing order: the Unicode bidi algorithm with a
    left-to-right paragraph, reordering (L2) and mirroring (L4) done here, because
    python-bidi reorders but does not mirror: "(مسجد النور)" inside a right-to-left run
    must keep its brackets facing the words they enclose. Numbers keep their digit order."""
    if not has_rtl(value):
        return value
    levels = _char_levels(value)
    if levels is None:
        return str(get_display(value, base_dir="L"))
    # L1: whitespace at the end of the line goes back to the paragraph level.
    end = len(value)
    while end > 0 and value[end - 1] in " \t":
        end -= 1
        levels[end] = 0
    chars = [_MIRROR.get(c, c) if lvl % 2 else c for c, lvl in zip(value, levels, strict=True)]
    order = list(range(len(chars)))
    odd = [lvl for lvl in levels if lvl % 2] or [1]
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return "".join(chars[k] for k in order)


def visual_line(value: str) -> str:
    """One line of (possibly mixed) text in the order it is drawn: left to right, each
    right-to-left run reversed (Unicode bidi algorithm, left-to-right paragraph). Only for
    text that is never wrapped (canvas strings); paragraphs use `RtlParagraph`."""
    if not has_rtl(value):
        return value
    return display(shape(value))


def _visual_words(words: list[str]) -> list[str]:
    line = " ".join(words)
    if not has_rtl(line):
        return words
    visual = display(line).split(" ")
    # The algorithm only moves characters, so the spaces (and the word count that
    # justification relies on) stay the same.
    return visual if len(visual) == len(words) else words


class RtlParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph that draws right-to-left runs in visual order, line by line.

    reportlab wraps the logical text (the shaped glyphs are as wide in either order); only
    the copy of the lines handed to the drawing code is reordered, so splitting across pages
    and re-wrapping keep working on logical text. A right-to-left run that is cut by a line
    end reads correctly: its first words end the first line on the right."""

    blPara: Any  # set by reportlab's wrap()
    _wrapped: tuple[tuple[float, int, int, int], Any, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # A table wraps each cell to size its rows and again to draw it, at the same
        # width: the lines are broken once per width (the height does not change them).
        # reportlab's split drops `blPara`; then the lines are broken again.
        key = (availWidth, id(self.style), id(self.frags), len(self.frags))
        done = self._wrapped
        if done is not None and done[0] == key and self.__dict__.get("blPara") is done[1]:
            self.width, self.height = done[2], done[3]
            return done[2], done[3]
        self._wrapped = None
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (key, self.blPara, width, height)
        return width, height

    def drawPara(self, debug: int = 0) -> None:
        logical = self.blPara
        visual = _visual_lines(logical)
        if visual is logical:
            super().drawPara(debug)
            return
        self.blPara = visual
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical


def _visual_lines(bl_para: Any) -> Any:
    """A copy of reportlab's broken lines with right-to-left runs in visual order, or
    `bl_para` itself when no line has any."""
    changed = False
    visual: list[Any] = []
    for line in bl_para.lines:
        if isinstance(line, tuple):  # kind 0: (extra space, [word, ...]), one style
            extra, words = line
            reordered = _visual_words(words)
            changed = changed or reordered is not words
            visual.append((extra, reordered))
            continue
        frags = []  # kind 1: styled fragments
        for frag in line.words:
            value = getattr(frag, "text", None)
            if isinstance(value, str) and has_rtl(value):
                # Each fragment on its own: a run that changes style in its middle (our
                # builders never do that) keeps its parts in left-to-right order.
                frag = frag.clone()
                frag.text = display(value)
                changed = True
            frags.append(frag)
        line = copy.copy(line)
        line.words = frags
        visual.append(line)
    if not changed:
        return bl_para
    result = copy.copy(bl_para)
    result.lines = visual
    return result


# -- words, hyphenation points and what never breaks --------------------------------------
# The language of the document being built (its BCP 47 tag), for styles made without one.
_LANGUAGE: ContextVar[str] = ContextVar("livc_document_language", default="")


@contextmanager
def document_language(tag: str) -> Iterator[None]:
    """Build PDFs inside this block in the language `tag` ('nl-BE'): its hyphenation."""
    token = _LANGUAGE.set(tag)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


@functools.cache
def hyphenation_language(tag: str) -> str:
    """The pyphen dictionary for a BCP 47 tag ('nl-BE' -> 'nl'), or '' when there is none:
    then words are never split, only wrapped at spaces."""
    try:
        import pyphen
    except ImportError:  # pragma: no cover - pyphen is a dependency
        return ""
    if not tag:
        return ""
    return str(pyphen.language_fallback(tag.replace("-", "_")) or "")


@functools.cache
def _hyphenator(language: str) -> Any:
    import pyphen

    return pyphen.Pyphen(lang=language)


def hyphen_points(word: str, tag: str) -> set[int]:
    """Where `word` may be split in the language `tag` (character offsets); empty when the
    language has no dictionary."""
    return set(_hyphen_points(word, tag))


@functools.lru_cache(maxsize=8192)
def _hyphen_points(word: str, tag: str) -> tuple[int, ...]:
    # A document's names and words recur in every table it sizes: look each up once.
    language = hyphenation_language(tag)
    return tuple(_hyphenator(language).positions(word)) if language else ()


# A phone number: starts with + and a digit, or with 0; digits, spaces, dots, slashes,
# hyphens and brackets inside. Its spaces become non-breaking so it stays on one line.
_PHONE = re.compile(r"(?<![\w+])(?:\+\d|0)[\d ()./-]{5,}\d(?!\w)")
NBSP = "\u00a0"


def keep_numbers_whole(value: str) -> str:
    """`value` with the spaces inside phone numbers made non-breaking (e-mail addresses
    have no spaces and, having no letters-only form, are never hyphenated)."""
    return _PHONE.sub(lambda m: m.group(0).replace(" ", NBSP), value)


_SOFT_BREAK = re.compile(r"[ \t\n]+")
_PUNCT = re.compile(r"^[\'\"(\[{¿‘‚“„]+|[\]\'\")}?!.,;:’‛”‟]+$")
_LETTERS = re.compile(r"^[^\W\d_]+$")


def unbreakable_parts(value: str, tag: str = "", *, hyphenate: bool = False) -> list[str]:
    """The pieces of `value` a line can never split: words (phone numbers whole), or with
    `hyphenate` the syllable groups between the language's hyphenation points, each with
    its hyphen."""
    parts: list[str] = []
    for word in _SOFT_BREAK.split(keep_numbers_whole(value)):
        if not word:
            continue
        core = _PUNCT.sub("", word)
        points = sorted(hyphen_points(core, tag)) if hyphenate and _LETTERS.match(core) else []
        if not points:
            parts.append(word)
            continue
        start = word.index(core)
        cuts = [0, *(start + p for p in points), len(word)]
        pieces = [word[a:b] for a, b in itertools.pairwise(cuts)]
        parts += [p + "-" for p in pieces[:-1]] + [pieces[-1]]
    return parts


def fit_columns(
    minimum: Sequence[float],
    preferred: Sequence[float],
    total: float,
    weights: Sequence[float] | None = None,
) -> list[float]:
    """Column widths that add up to `total`: every column at least its `minimum` (its
    longest unbreakable word) when they fit, as close to its `preferred` width (its
    longest line) as the room allows, and what is left over shared by `weights`."""
    n = len(minimum)
    if n == 0:
        return []
    lo = [max(0.0, float(m)) for m in minimum]
    hi = [max(a, float(p)) for a, p in zip(lo, preferred, strict=True)]
    sum_lo, sum_hi = sum(lo), sum(hi)
    if sum_hi <= total:
        share = [max(0.0, float(w)) for w in (weights or hi)]
        if sum(share) <= 0:
            share = [1.0] * n
        rest = total - sum_hi
        return [h + rest * w / sum(share) for h, w in zip(hi, share, strict=True)]
    if sum_lo <= total:
        # Columns that need no more than an equal share of the room left get their
        # longest line (names, dates, codes stay on one line), the cheapest first; the
        # others share what is left by how much more they would need.
        room = total - sum_lo
        out = list(lo)
        short: list[int] = []
        order = sorted(range(n), key=lambda i: hi[i] - lo[i])
        for k, i in enumerate(order):
            if not short and hi[i] - lo[i] <= room / (n - k):
                out[i] = hi[i]
                room -= hi[i] - lo[i]
            else:
                short.append(i)
        need = sum(hi[i] - lo[i] for i in short)
        for i in short:
            out[i] += room * (hi[i] - lo[i]) / need
        return out
    # Not even the words fit: every column keeps at least an equal share (or its whole
    # minimum when smaller), the rest goes to the columns by how much more they need.
    floor = [min(a, total / n) for a in lo]
    rest = total - sum(floor)
    need = sum(a - f for a, f in zip(lo, floor, strict=True))
    return [f + (rest * (a - f) / need if need else 0.0) for a, f in zip(lo, floor, strict=True)]


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


def styles(language: str | None = None) -> Styles:
    """The document styles; words split only at the hyphenation points of `language`
    (a BCP 47 tag; by default the language of the document being built)."""
    register_fonts()
    tag = _LANGUAGE.get() if language is None else language
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10,
        leading=13.5,
        textColor=INK,
        alignment=TA_LEFT,
        hyphenationLang=hyphenation_language(tag),
        # 2: a word too long for the rest of a line is hyphenated on the next line, where
        # it fits better, rather than cut anywhere; an own hyphen is a break point too.
        embeddedHyphenation=2,
        uriWasteReduce=0,
    )
    return Styles(
        title=ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=2 * mm
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=base, fontSize=11, leading=14, textColor=MUTED, spaceAfter=5 * mm
        ),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=3 * mm,
            spaceAfter=1 * mm,
            keepWithNext=1,
        ),
        body=ParagraphStyle("body2", parent=base, spaceAfter=1.5 * mm),
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=base, fontName=FONT_BOLD, fontSize=9, leading=11.5
        ),
    )


def text(value: object) -> str:
    """Plain text made safe for a Paragraph (reportlab reads a small XML dialect);
    line breaks kept; Arabic letters joined (`shape`). Put it in an `RtlParagraph`."""
    plain = keep_numbers_whole(str(value if value is not None else ""))
    return escape(shape(plain)).replace("\n", "<br/>")


def para(value: object, style: ParagraphStyle) -> Paragraph:
    return RtlParagraph(text(value), style)


_CELL_PADDING = 4


def _cell_widths(
    value: str, style: ParagraphStyle, tag: str, *, hyphenate: bool
) -> tuple[float, float]:
    """(longest unbreakable piece, longest line) of a cell's text in `style`, in points."""
    return _text_widths(value, style.fontName, style.fontSize, tag, hyphenate)


@functools.lru_cache(maxsize=8192)
def _text_widths(
    value: str, font: str, size: float, tag: str, hyphenate: bool
) -> tuple[float, float]:
    # Cached: a table is measured again once its widths are known (which columns may
    # hyphenate), and names, roles and dates recur from table to table.
    pieces = [
        stringWidth(shape(p), font, size)
        for p in unbreakable_parts(value, tag, hyphenate=hyphenate)
    ]
    lines = [stringWidth(shape(keep_numbers_whole(line)), font, size) for line in value.split("\n")]
    return max(pieces, default=0.0), max(lines, default=0.0)


def _column_cells(
    header: Sequence[str], rows: Sequence[Sequence[object]], st: Styles
) -> list[list[tuple[str, ParagraphStyle]] | None]:
    """Each column's texts with their styles; None for a column holding drawings."""
    out: list[list[tuple[str, ParagraphStyle]] | None] = []
    for i, head in enumerate(header):
        cells = [r[i] if i < len(r) else "" for r in rows]
        if any(isinstance(c, Flowable) for c in cells):
            out.append(None)
            continue
        out.append(
            [(str(head), st.cell_bold)] + [("" if c is None else str(c), st.cell) for c in cells]
        )
    return out


def _measure(
    cells: list[tuple[str, ParagraphStyle]], tag: str, *, hyphenate: bool
) -> tuple[float, float]:
    """(narrowest, widest) width a column of `cells` needs, cell padding included."""
    measured = [_cell_widths(c, style, tag, hyphenate=hyphenate) for c, style in cells]
    pad = 2 * _CELL_PADDING + 0.5
    return max(m[0] for m in measured) + pad, max(m[1] for m in measured) + pad


def content_widths(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    total: float,
    hints: Sequence[float] | None = None,
    *,
    st: Styles | None = None,
) -> list[float]:
    """Column widths sized to their content, adding up to `total`: no word is wider than
    its column when the table can hold them all (otherwise words split at hyphenation
    points); the longest lines get the room that is left, then `hints` share the rest. A
    column holding drawings (not text) keeps its hinted width."""
    st = st or styles()
    tag = _LANGUAGE.get()
    n = len(header)
    hints = list(hints) if hints else [total / n] * n
    columns = _column_cells(header, rows, st)
    free = total - sum(h for h, c in zip(hints, columns, strict=True) if c is None)
    weights = [h for h, c in zip(hints, columns, strict=True) if c is not None]
    fitted: list[float] = []
    for hyphenate in (False, True):
        sizes = [_measure(c, tag, hyphenate=hyphenate) for c in columns if c is not None]
        lo, hi = [m[0] for m in sizes], [m[1] for m in sizes]
        fitted = fit_columns(lo, hi, free, weights)
        if sum(lo) <= free:
            break
    it = iter(fitted)
    return [hints[i] if columns[i] is None else next(it) for i in range(n)]


def _whole_words(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_whole", parent=style, hyphenationLang="")


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float] | None = None,
    *,
    st: Styles | None = None,
    total: float | None = None,
    fixed: bool = False,
) -> Table:
    """A table whose header row repeats on every page, every cell a Paragraph in the
    embedded font (plain strings would fall back to an unembedded Helvetica). Columns are
    sized to their content (`content_widths`) within the table's width: `total`, or the
    sum of `col_widths`, which also share out the room left over; without either, reportlab
    divides the frame evenly. With `fixed`, `col_widths` are used as they are (columns
    already sized, e.g. shared by several tables)."""
    st = st or styles()
    width = total if total is not None else (sum(col_widths) if col_widths else None)
    if fixed and col_widths:
        widths: list[float] | None = list(col_widths)
    elif width is not None:
        widths = content_widths(header, rows, width, col_widths, st=st)
    else:
        widths = None
    # Hyphenation only in a column too narrow for its longest word: a name or a title
    # that fits whole is wrapped at spaces, as it is written.
    heads, cells = [st.cell_bold] * len(header), [st.cell] * len(header)
    if widths is not None:
        tag = _LANGUAGE.get()
        for i, column in enumerate(_column_cells(header, rows, st)):
            if column is not None and widths[i] >= _measure(column, tag, hyphenate=False)[0]:
                heads[i], cells[i] = _whole_words(st.cell_bold), _whole_words(st.cell)
    data: list[list[Any]] = [[para(h, heads[i]) for i, h in enumerate(header)]]
    data += [
        [c if isinstance(c, Flowable) else para(c, cells[i]) for i, c in enumerate(row)]
        for row in rows
    ]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ]
        )
    )
    return table


def key_value_table(rows: Sequence[tuple[str, str]], st: Styles, width: float) -> Table:
    """Label / value pairs without rules: the label column as narrow as its labels allow
    (wrapping them at spaces when a value, such as a fingerprint, needs the room), the
    value column the rest."""
    tag = _LANGUAGE.get()
    keys = [_cell_widths(k, st.cell_bold, tag, hyphenate=False) for k, _ in rows]
    values = [_cell_widths(v or "–", st.cell, tag, hyphenate=False) for _, v in rows]
    gap = 4 * mm  # between label and value (the label cell's right padding)
    key_lo = max((k[0] for k in keys), default=0) + gap + 1
    value_lo = max((v[0] for v in values), default=0) + 1
    key_hi = max((k[1] for k in keys), default=0) + gap + 1
    value_hi = max((v[1] for v in values), default=0) + 1
    key, value = fit_columns([key_lo, value_lo], [key_hi, value_hi], width, weights=[0, 1])
    # Labels and values that fit whole are wrapped at spaces only.
    key_style = _whole_words(st.cell_bold) if key >= key_lo else st.cell_bold
    value_style = _whole_words(st.cell) if value >= value_lo else st.cell
    data = [[para(k, key_style), para(v or "–", value_style)] for k, v in rows]
    table = Table(data, colWidths=[key, value], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), gap),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


@dataclass(frozen=True)
class PageFrame:
    """Translated texts and metadata for the frame around every page."""

    title: str
    header_left: str  # e.g. the cell and municipality
    confidentiality: str  # e.g. "CONFIDENTIAL - LIVC - do not distribute"
    page_label: str  # "Page {page} of {pages}", already translated
    author: str = ""
    subject: str = ""
    keywords: str = ""
    language: str = "nl-BE"  # BCP 47 tag for the PDF's /Lang
    watermark: str = ""  # e.g. "DRAFT"; empty for none
    landscape: bool = False


def _numbered_canvas_class(frame: PageFrame) -> type[rl_canvas.Canvas]:
    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]  # reportlab is untyped
        """Keeps every page's state until save(), so each page can say "of Y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._draw_frame(total)
                super().showPage()
            super().save()

        def _draw_frame(self, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            if frame.watermark:
                self.setFont(FONT_BOLD, 80)
                self.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.13))
                self.translate(width / 2, height / 2)
                self.rotate(40)
                self.drawCentredString(0, -25, visual_line(frame.watermark))
                self.rotate(-40)
                self.translate(-width / 2, -height / 2)
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.setFont(FONT, 7.5)
            top = height - MARGIN + 6 * mm
            self.drawString(MARGIN, top, visual_line(frame.header_left))
            self.drawRightString(width - MARGIN, top, visual_line(frame.title))
            self.line(MARGIN, top - 1.5 * mm, width - MARGIN, top - 1.5 * mm)
            bottom = MARGIN - 8 * mm
            self.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
            self.setFont(FONT_BOLD, 7.5)
            self.drawString(MARGIN, bottom, visual_line(frame.confidentiality))
            self.setFont(FONT, 7.5)
            label = frame.page_label.format(page=self._pageNumber, pages=total)
            self.drawRightString(width - MARGIN, bottom, visual_line(label))
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    frame: PageFrame,
    story: list[Flowable] | Callable[[Styles], list[Flowable]],
    *,
    invariant: bool = False,
) -> bytes:
    """Lay out `story` on A4 with the frame; return the PDF bytes."""
    register_fonts()
    try:
        with document_language(frame.language):
            st = styles()
            flowables = story(st) if callable(story) else story
    except BaseException:
        forget_measurements()
        raise
    if not flowables:
        flowables = [Spacer(1, 1)]
    buffer = io.BytesIO()
    pagesize = landscape(A4) if frame.landscape else A4
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN,
        title=frame.title,
        author=frame.author,
        subject=frame.subject,
        keywords=frame.keywords,
        creator="LIVC Desktop",
        lang=frame.language,
        invariant=1 if invariant else 0,
        # Otherwise every page starts in Helvetica, a font that is not embedded.
        initialFontName=FONT,
        initialFontSize=10,
    )
    try:
        flowables = keep_headings_with_tables(flowables, doc.width, doc.height)
        doc.build(flowables, canvasmaker=_numbered_canvas_class(frame))
    finally:
        forget_measurements()
    return buffer.getvalue()


def forget_measurements() -> None:
    """Drop the cached widths and hyphenation points: they hold words of the document
    (names, case text), which must not outlive the building of it."""
    _text_widths.cache_clear()
    _hyphen_points.cache_clear()


def page_count(pdf: bytes) -> int:
    """How many pages a PDF built here has."""
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def usable_width(frame: PageFrame) -> float:
    width = (landscape(A4) if frame.landscape else A4)[0]
    return float(width - 2 * MARGIN)


# A heading goes to the next page with its table only when fewer than this many of the
# table's rows (its header row included) fit below it on the page.
_ROWS_WITH_HEADING = 3


def keep_headings_with_tables(
    flowables: Sequence[Flowable], width: float, height: float
) -> list[Flowable]:
    """Headings kept with the start of their table, not with all of it.

    reportlab keeps a `keepWithNext` heading together with the whole next flowable, so a
    table that does not fit below it moves with it to the next page and leaves most of the
    page empty. Here such a heading loses `keepWithNext` and gets a conditional page break
    instead: it moves on only when it and the table's first rows would not fit."""
    out: list[Flowable] = []
    i = 0
    while i < len(flowables):
        j = i
        while j < len(flowables) and _keeps_with_next(flowables[j]):
            j += 1
        if j == i or j >= len(flowables) or not isinstance(flowables[j], Table):
            out.extend(flowables[i : max(j, i + 1)])
            i = max(j, i + 1)
            continue
        table = flowables[j]
        table.wrap(width, height)
        rows = list(getattr(table, "_rowHeights", []) or [])
        need = sum(rows[:_ROWS_WITH_HEADING])
        for heading in flowables[i:j]:
            need += heading.wrap(width, height)[1]
            need += heading.getSpaceBefore() + heading.getSpaceAfter()
            heading.keepWithNext = 0
        out.append(CondPageBreak(need))
        out.extend(flowables[i:j])
        out.append(table)
        i = j + 1
    return out


def _keeps_with_next(flowable: Flowable) -> bool:
    return not isinstance(flowable, Table) and bool(flowable.getKeepWithNext())
