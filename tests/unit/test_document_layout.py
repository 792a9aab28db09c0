"""Words, columns and pages of the program's PDFs: hyphenation only at the language's
points, phone numbers and e-mail addresses whole, columns sized to their content,
headings kept with their table, the attendance sheet's empty rows, and safe default
file names."""

from __future__ import annotations

import io
import itertools
import re
from dataclasses import replace

import pyphen
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from livc_desktop.reports.common import (
    NBSP,
    PageFrame,
    build_pdf,
    data_table,
    fit_columns,
    hyphen_points,
    hyphenation_language,
    keep_numbers_whole,
    para,
    unbreakable_parts,
    usable_width,
)
from livc_desktop.services.exports import file_name

FRAME = PageFrame(
    title="Contactlijst",
    header_left="LIVC Demostad",
    confidentiality="VERTROUWELIJK",
    page_label="Pagina {page} van {pages}",
    language="nl-BE",
)

widths = st.lists(st.floats(0, 300, allow_nan=False), min_size=1, max_size=8)


@given(widths, widths, st.floats(1, 900, allow_nan=False))
def test_columns_fill_the_width_and_respect_the_minimum_when_they_can(lo, extra, total):
    n = min(len(lo), len(extra))
    lo, hi = lo[:n], [a + b for a, b in zip(lo[:n], extra[:n], strict=True)]
    out = fit_columns(lo, hi, total)
    assert len(out) == n and abs(sum(out) - total) < 1e-6 * max(1.0, total)
    assert all(w >= 0 for w in out)
    if sum(lo) <= total:
        # Every word fits its column; no column wider than its longest line unless
        # there is room to spare for all of them.
        assert all(w >= a - 1e-6 for w, a in zip(out, lo, strict=True))
        if sum(hi) > total:
            assert all(w <= h + 1e-6 for w, h in zip(out, hi, strict=True))
    else:
        # Not even the words fit: each column keeps at least an equal share or its need.
        assert all(w >= min(a, total / n) - 1e-6 for w, a in zip(out, lo, strict=True))


def test_columns_that_can_be_whole_are_whole_first():
    # Room for the words plus 60: the column needing 20 more gets it, the one needing
    # 100 more gets what is left.
    assert fit_columns([50, 50, 50], [70, 150, 50], 210) == [70, 90, 50]
    # A column that would take more than an equal share of the room does not starve the
    # others: a long label column beside a column of long explanations.
    label, text = fit_columns([80, 90], [330, 1000], 493)
    assert text > 300 and label < 160 and abs(label + text - 493) < 1e-9
    # Room to spare goes by the weights.
    assert fit_columns([10, 10], [20, 20], 100, [1, 3]) == [35, 65]


def test_hyphenation_uses_the_document_language():
    assert hyphenation_language("nl-BE") == "nl"
    assert hyphenation_language("fr-BE") == "fr"
    assert hyphenation_language("de-BE") == "de"
    assert hyphenation_language("en-GB") == "en_GB"
    assert hyphenation_language("ar") == "" and hyphenation_language("") == ""
    assert hyphen_points("Preventiemedewerker", "nl-BE") == {3, 6, 9, 11, 13, 16}
    assert hyphen_points("Preventiemedewerker", "ar") == set()


def test_phone_numbers_keep_together_and_other_numbers_do_not():
    assert keep_numbers_whole("Bel +32 470 12 34 56 of 09 123 45 67.") == (
        f"Bel +32{NBSP}470{NBSP}12{NBSP}34{NBSP}56 of 09{NBSP}123{NBSP}45{NBSP}67."
    )
    assert keep_numbers_whole("Agendapunt 4 van 12 items") == "Agendapunt 4 van 12 items"


@given(st.lists(st.sampled_from(["Machtiging", "Preventiemedewerker", "OCMW", "de", "a"])))
def test_unbreakable_parts_rebuild_the_words(words):
    value = " ".join(words)
    assert unbreakable_parts(value, "nl-BE") == words
    pieces = unbreakable_parts(value, "nl-BE", hyphenate=True)
    assert "".join(p.removesuffix("-") for p in pieces) == "".join(words)
    dic = pyphen.Pyphen(lang="nl")
    expected = []
    for word in words:
        cuts = [0, *dic.positions(word), len(word)]
        parts = [word[a:b] for a, b in itertools.pairwise(cuts)]
        expected += [p + "-" for p in parts[:-1]] + parts[-1:]
    assert pieces == expected


def _lines(pdf: bytes) -> list[str]:
    return [
        line
        for page in PdfReader(io.BytesIO(pdf)).pages
        for line in page.extract_text().replace(NBSP, " ").splitlines()
    ]


def test_contact_columns_keep_phones_addresses_and_headers_whole():
    header = ["Naam", "Functie", "Telefoon", "E-mail", "Taal", "Machtiging"]
    rows = [
        [
            "Jolien Denkbeeld",
            "Preventiemedewerker",
            "+32 470 12 34 56",
            "jolien.denkbeeld@burgemeesterdemostad.example",
            "Nederlands",
            "ja",
        ]
    ]
    # Relative widths that used to cut the header and the address, on the contact
    # sheet's landscape page.
    frame = replace(FRAME, landscape=True)
    hints = [20, 15, 13, 26, 13, 13]
    pdf = build_pdf(
        frame,
        lambda s: [data_table(header, rows, hints, st=s, total=usable_width(frame))],
    )
    lines = _lines(pdf)
    text = "\n".join(lines)
    assert "Machtiging" in text and "Machtigin\n" not in text
    assert "+32 470 12 34 56" in text
    assert "jolien.denkbeeld@burgemeesterdemostad.example" in text
    assert "Preventiemedewerker" in text


def test_words_longer_than_a_narrow_column_split_only_at_hyphenation_points():
    word = "Preventiemedewerker"
    pdf = build_pdf(
        FRAME, lambda s: [data_table(["Rol", "x"], [[f"{word} {word}", "x"]], [45, 10], st=s)]
    )
    dic = pyphen.Pyphen(lang="nl")
    found = [re.sub(r"\s+x$", "", line) for line in _lines(pdf)]
    frame = {"Rol", "x", "Rol x", "VERTROUWELIJK", "LIVC Demostad", "Contactlijst"}
    cell = [line for line in found if line and line not in frame and "Pagina" not in line]
    assert len(cell) > 2  # really split
    joined, cuts = "", []
    for line in cell:
        if line.endswith("-"):
            joined += line[:-1]
            cuts.append(len(joined.split(" ")[-1]))
        else:
            joined += line + " "
    assert joined.split() == [word, word]
    assert cuts and all(cut in dic.positions(word) for cut in cuts)


def test_a_heading_does_not_drag_a_long_table_to_the_next_page():
    rows = [[f"Partner {n}", "Demostad"] for n in range(60)]

    def story(s):
        return [
            Spacer(1, 150 * mm),
            para("Aanwezigheid", s.heading),
            para("Aanwezig (60)", s.subheading),
            data_table(["Naam", "Organisatie"], rows, st=s, total=usable_width(FRAME)),
        ]

    pages = PdfReader(io.BytesIO(build_pdf(FRAME, story))).pages
    first = pages[0].extract_text()
    # The table starts under its heading on page 1 instead of leaving it mostly empty.
    assert "Aanwezigheid" in first and "Partner 0" in first


def test_a_heading_goes_to_the_next_page_when_its_table_cannot_start_there():
    rows = [[f"Partner {n}", "Demostad"] for n in range(5)]

    def story(s):
        return [
            Spacer(1, 228 * mm),
            para("Aanwezigheid", s.heading),
            data_table(["Naam", "Organisatie"], rows, st=s, total=usable_width(FRAME)),
        ]

    pages = PdfReader(io.BytesIO(build_pdf(FRAME, story))).pages
    assert "Aanwezigheid" not in pages[0].extract_text()
    assert "Aanwezigheid" in pages[1].extract_text()


@given(
    st.text(min_size=0, max_size=40),
    st.lists(st.text(max_size=15), max_size=3),
    st.sampled_from(["pdf", "ics", ".csv"]),
)
def test_default_file_names_are_safe_everywhere(title, parts, suffix):
    name = file_name(title, *parts, suffix=suffix)
    stem, _, ext = name.rpartition(".")
    assert ext == suffix.lstrip(".")
    assert re.fullmatch(r"[a-z0-9_][a-z0-9_-]*", stem) or stem == "document"
    assert len(stem) <= 80 and "--" not in stem


def test_default_file_names_are_in_the_documents_language():
    assert file_name("Notulen", "2026-03-10", suffix="pdf") == "notulen-2026-03-10.pdf"
    assert file_name("Procès-verbal", "2026-03-10", suffix="pdf") == "proces-verbal-2026-03-10.pdf"
    assert file_name("Uittreksel caseteam", "2026-03-10", "2026-001", suffix=".pdf") == (
        "uittreksel-caseteam-2026-03-10-2026-001.pdf"
    )
    assert file_name("", suffix="pdf") == "document.pdf"


def _sheet(invitees: int, blank_rows: int) -> bytes:
    from livc_desktop.domain.minutes import MinutesContent, PrintedAttendee
    from livc_desktop.reports.minutes import LABEL_KEYS, DocumentInfo, attendance_sheet_pdf

    labels = {k: k.replace("_", " ").title() for k in LABEL_KEYS}
    labels["page_label"] = "Pagina {page} van {pages}"
    content = MinutesContent(
        1, "operational", ["Demostad"], "2026-12-28", "14:00", "16:00", "Zaal 2",
        "Burgemeester Fictief", "Fien Voorbeeld", [], [], [], [], [], [],
    )  # fmt: skip
    people = [PrintedAttendee(f"Partner {n}", "OCMW Demostad", "member") for n in range(invitees)]
    return attendance_sheet_pdf(
        content, people, DocumentInfo(labels, language="nl-BE"), blank_rows=blank_rows
    )


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("invitees", [0, 9, 10, 11, 19, 20, 21, 31, 32])
def test_the_attendance_sheets_empty_rows_never_start_a_page_alone(invitees):
    without = _pages(_sheet(invitees, 0))
    pages = _pages(_sheet(invitees, 6))
    # Either the empty rows share the invitees' last page, or not even two fit there.
    assert pages == without or _pages(_sheet(invitees, 2)) > without
