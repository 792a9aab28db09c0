"""The shared PDF frame: embedded font, page X of Y, repeated headers, watermark, metadata."""

from __future__ import annotations

import io

from pypdf import PdfReader

from livc_desktop.reports.common import PageFrame, build_pdf, data_table, para

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
