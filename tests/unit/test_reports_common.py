"""The shared PDF frame: embedded font, page X of Y, repeated headers, watermark, metadata,
right-to-left names (Arabic joined and in reading order, Hebrew in reading order)."""

from __future__ import annotations

import io
from dataclasses import replace
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from livc_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    PageFrame,
    build_pdf,
    data_table,
    para,
    register_fonts,
    shape,
    text,
    visual_line,
)
from livc_desktop.reports.common import (
    styles as _styles,
)
from tests.rtl_text import drawn_lines, has_unshaped_arabic, logical, reading_text

FRAME = PageFrame(
    title="Test list",
    header_left="LIVC Testdorp",
    confidentiality="CONFIDENTIAL - do not distribute",
    page_label="Page {page} of {pages}",
    author="Test Ambtenaar",
    language="nl-BE",
)


def _pdf(frame=FRAME, rows=200):
    def story(st):
        return [
            para("Zoë, François, Jürgen, رانيا", st.title),
            data_table(["Name", "Role"], [[f"Persoon {i}", "lid"] for i in range(rows)]),
        ]

    return PdfReader(io.BytesIO(build_pdf(frame, story, invariant=True)))


def test_page_x_of_y_headers_repeat_and_metadata():
    reader = _pdf()
    pages = [p.extract_text() for p in reader.pages]
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "CONFIDENTIAL - do not distribute" in page
        assert "Name" in page and "Role" in page  # header row repeated
    assert "Zoë, François, Jürgen" in pages[0]
    assert reader.metadata.title == "Test list"
    assert reader.metadata.author == "Test Ambtenaar"
    assert reader.trailer["/Root"]["/Lang"] == "nl-BE"


def test_every_font_is_embedded():
    reader = _pdf(rows=5)
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            desc = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            assert desc is not None, font
            desc = desc.get_object()
            assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")), font


def test_invariant_output_is_byte_identical():
    def story(st):
        return [para("Same input", st.body)]

    assert build_pdf(FRAME, story, invariant=True) == build_pdf(FRAME, story, invariant=True)


def test_watermark_text_is_present_when_asked():
    from dataclasses import replace

    reader = _pdf(replace(FRAME, watermark="DRAFT"), rows=3)
    assert "DRAFT" in reader.pages[0].extract_text()
    assert "DRAFT" not in _pdf(rows=3).pages[0].extract_text()


NAME = "رانيا المثال"  # fictional
HEBREW = "דנה לדוגמה"  # fictional
MIXED = f"Partner: {NAME} (CAW)"
# A long right-to-left run that has to wrap, between Latin text.
LONG = (
    f"Aanwezig: {NAME} ومحمد التجربة وسلمى الافتراضية من جمعية المثال للشباب في ديمو ستاد "
    f"and Zoë Testpersoon (CAW), then {HEBREW} ويوسف الاختبار left early."
)


UNHYPHENATED = replace(FRAME, language="ar")


def _rtl_pdf(story, frame=FRAME) -> bytes:
    return build_pdf(frame, story, invariant=True)


def test_visual_line_joins_arabic_and_reverses_only_the_rtl_run():
    shaped = shape(NAME)
    assert shaped != NAME and not has_unshaped_arabic(shaped)  # presentation forms
    # Reh and the last lam stand alone: reh and alef never join the next letter.
    assert shaped[0] == "\ufead" and shaped[-1] == "\ufedd"
    assert visual_line(MIXED) == f"Partner: {shaped[::-1]} (CAW)"
    assert visual_line(f"Zaal {HEBREW}, room 12") == f"Zaal {HEBREW[::-1]}, room 12"
    assert logical(visual_line(MIXED)) == MIXED
    for latin in ("Zoë, François, Jürgen", "Page 1 of 2", "", "a < b & c"):
        assert visual_line(latin) == latin and shape(latin) == latin


def test_text_escapes_after_shaping():
    assert text(f"{NAME} & <b>") == escape(shape(NAME)) + " &amp; &lt;b&gt;"


def test_mixed_paragraph_draws_joined_arabic_in_reading_order():
    pdf = _rtl_pdf(lambda st: [para(MIXED, st.title), para(MIXED, st.body)])
    lines = [line for line in drawn_lines(pdf)[0] if line.startswith("Partner:")]
    assert len(lines) == 2
    for line in lines:
        assert not has_unshaped_arabic(line)
        assert logical(line) == MIXED
        # Left to right on the page: the Latin label, then the name, then "(CAW)".
        assert line.index("Partner:") < line.index(shape(NAME)[-1]) < line.index("(CAW)")


def test_hebrew_is_reversed_but_not_reshaped():
    pdf = _rtl_pdf(lambda st: [para(f"Hebrew: {HEBREW} (OCMW), room 12", st.body)])
    assert f"Hebrew: {HEBREW[::-1]} (OCMW), room 12" in drawn_lines(pdf)[0]
    assert f"Hebrew: {HEBREW} (OCMW), room 12" in reading_text(pdf)


def _body_lines(pdf: bytes) -> list[str]:
    """Reading-order lines without the page frame (header and footer lines)."""
    frame = ("LIVC Testdorp", "CONFIDENTIAL")
    return [line for line in reading_text(pdf).splitlines() if not line.startswith(frame)]


def test_wrapped_rtl_run_reads_on_in_the_next_line():
    """The run is cut by line ends: each line holds the logically next words, drawn right
    to left, so reading line after line gives the text back."""
    # In a language without hyphenation dictionary words are only wrapped at spaces.
    pdf = _rtl_pdf(
        lambda st: [data_table(["Name", "Role"], [[LONG, "x"]], (100, 20), st=st)], UNHYPHENATED
    )
    lines = _body_lines(pdf)
    assert lines[0] == "Name Role" and lines[1].endswith(" x")
    cell = [lines[1].removesuffix(" x"), *lines[2:]]
    assert len(cell) >= 6  # really wrapped, the Arabic run over several lines
    assert " ".join(cell) == LONG
    assert not any(has_unshaped_arabic(line) for page in drawn_lines(pdf) for line in page)


def test_rtl_paragraph_split_over_pages_keeps_the_order():
    body = " ".join([LONG] * 60)
    pdf = _rtl_pdf(lambda st: [para(body, st.body)], UNHYPHENATED)
    assert len(drawn_lines(pdf)) >= 2
    assert " ".join(_body_lines(pdf)) == body


def test_line_breaks_in_rtl_text_are_kept():
    pdf = _rtl_pdf(lambda st: [para(f"{NAME}\nZoë Testpersoon\n{HEBREW}", st.body)])
    read = reading_text(pdf).splitlines()
    i = read.index(NAME)
    assert read[i : i + 3] == [NAME, "Zoë Testpersoon", HEBREW]


def test_page_frame_strings_are_in_reading_order():
    frame = replace(FRAME, header_left=f"LIVC Demostad - {NAME}", title=f"Partner sheet {NAME}")
    pdf = _rtl_pdf(lambda st: [para("Body", st.body)], frame)
    header = drawn_lines(pdf)[0][0]
    assert not has_unshaped_arabic(header)
    assert logical(header).split() == f"LIVC Demostad - {NAME} Partner sheet {NAME}".split()


def test_latin_only_pdfs_are_unchanged():
    """Byte for byte what reportlab's own Paragraph gives: nothing RTL, nothing touched."""
    words = "Zoë Testpersoon, François Démo & Jürgen <Beispiel> " * 40

    def ours(st):
        return [para(words, st.body), para("a\nb", st.body), data_table(["N"], [[words]])]

    def plain(st):
        def p(value, style):
            return Paragraph(escape(value).replace("\n", "<br/>"), style)

        table = data_table(["N"], [[p(words, st.cell)]])
        return [p(words, st.body), p("a\nb", st.body), table]

    assert _rtl_pdf(ours) == _rtl_pdf(plain)


# Urdu, Kurdish and Kirghiz letters that DejaVu Sans does not have at all (in no form):
# they print as an empty box. Every Arabic-language letter is covered.
NOT_IN_DEJAVU = set("\u0671\u0677\u06c0\u06c1\u06c5\u06c9\u06d2\u06d3")


@pytest.mark.parametrize("font", [FONT, FONT_BOLD])
def test_the_embedded_font_draws_every_shaped_letter(font):
    from arabic_reshaper.letters import LETTERS_ARABIC

    register_fonts()
    covered = pdfmetrics.getFont(font).face.charToGlyph
    absent = {ch for ch in LETTERS_ARABIC if ord(ch) not in covered}
    assert absent == NOT_IN_DEJAVU
    arabic = [*range(0x0621, 0x063B), *range(0x0640, 0x064B)]  # hamza .. ghain, tatweel .. yeh
    assert all(c in covered for c in arabic)
    letters = "".join(ch for ch in LETTERS_ARABIC if ch not in absent)
    letters += "".join(chr(c) for c in range(0x05D0, 0x05EB))  # Hebrew alef .. tav
    # Each letter alone, between two beh (medial forms), and the lam-alef ligatures.
    samples = [letters, " ".join(f"ب{ch}ب" for ch in letters), "لا لأ لإ لآ"]
    for sample in samples:
        missing = {ch for ch in shape(sample) if ord(ch) not in covered and ch != " "}
        assert not missing, sorted(f"U+{ord(ch):04X}" for ch in missing)


def test_a_paragraph_is_broken_again_only_at_another_width():
    """Lines are broken once per width: wrapped again at the same width it keeps its
    lines; at another width, or once a split dropped them, they are broken anew."""
    register_fonts()
    p = para("Voorbeeldegem " * 40, _styles().body)
    narrow = p.wrap(120, 800)
    lines = p.blPara
    assert p.wrap(120, 800) == narrow and p.blPara is lines
    wide = p.wrap(400, 800)
    assert wide[1] < narrow[1] and p.blPara is not lines
    assert p.wrap(120, 800) == narrow
    assert len(p.split(120, narrow[1] / 2)) == 2
    # No room for two lines: reportlab drops the broken lines and moves it on whole.
    assert p.split(120, 15) == [] and not hasattr(p, "blPara")
    assert p.wrap(120, 800) == narrow and len(p.blPara.lines) == len(lines.lines)


def test_measured_words_are_forgotten_once_the_pdf_is_built():
    """The widths and hyphenation points cached while sizing tables hold the document's
    words (names, case text): nothing of them is kept after the build."""
    from livc_desktop.reports import common

    rows = [["Zoë Testpersoon", "Wijkgezondheidscentrumcoördinatie " * 3]] * 5

    def story(st):
        return [data_table(["Naam", "Rol"], rows, total=150, st=st)]

    pdf = build_pdf(FRAME, story)
    assert "Test-\npersoon" in "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert common._text_widths.cache_info().currsize == 0
    assert common._hyphen_points.cache_info().currsize == 0


def test_reportlab_draws_with_its_c_accelerator():
    """rl_accel is a dependency: without it reportlab falls back to pure Python."""
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"
