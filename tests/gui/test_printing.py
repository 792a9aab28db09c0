"""Preview, print and save (ui/printing.py): the chosen pages on the chosen paper, each
page scaled down only to fit, never up, centred."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.pdfgen import canvas

from livc_desktop.ui import printing
from livc_desktop.ui.printing import DocumentPreview, PdfPages, fit_rect, page_indices


@given(st.integers(0, 50), st.integers(-2, 60), st.integers(-2, 60))
def test_page_range_is_clamped_to_the_document(count, first, last):
    pages = page_indices(count, first, last)
    assert pages == sorted(set(pages)) and all(0 <= p < count for p in pages)
    if first <= 0 and last <= 0:
        assert pages == list(range(count))
    elif count and 1 <= first <= last <= count:
        assert pages == list(range(first - 1, last))


def test_page_range_examples():
    assert page_indices(5, 2, 3) == [1, 2]
    assert page_indices(5, 4, 9) == [3, 4]
    assert page_indices(5, 3, 2) == []
    assert page_indices(0, 0, 0) == []


sizes = st.floats(1, 5000, allow_nan=False)


@given(sizes, sizes, sizes, sizes)
def test_a_page_is_scaled_down_only_to_fit_and_centred(pw, ph, aw, ah):
    x, y, w, h = fit_rect(pw, ph, aw, ah)
    tolerance = 1e-6 * max(pw, ph, aw, ah)
    assert w <= aw + tolerance and h <= ah + tolerance  # fits
    assert w <= pw + tolerance and h <= ph + tolerance  # never enlarged
    assert abs(w / h - pw / ph) <= 1e-6 * (pw / ph)  # never stretched
    assert abs(x - (aw - w) / 2) <= tolerance and abs(y - (ah - h) / 2) <= tolerance
    if pw <= aw and ph <= ah:
        assert (w, h) == (pw, ph)  # its own size when it fits
    else:
        assert abs(w - aw) <= tolerance or abs(h - ah) <= tolerance  # as large as fits


def _pdf(pages: int, size=A4) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=size)
    for n in range(pages):
        c.drawString(72, 72, f"Pagina {n + 1}")
        c.showPage()
    c.save()
    return buffer.getvalue()


def _pdf_printer(path, paper=QPageSize.PageSizeId.A4) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(paper),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Point,
        )
    )
    return printer


def _points(page) -> tuple[float, float]:
    return float(page.mediabox.width), float(page.mediabox.height)


def test_printing_prints_the_chosen_pages_on_the_chosen_paper(qapp, tmp_path):
    pages = PdfPages(_pdf(5))
    assert pages.count() == 5
    printer = _pdf_printer(tmp_path / "letter.pdf", QPageSize.PageSizeId.Letter)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 4)
    assert pages.paint(printer) == 3
    printed = PdfReader(str(tmp_path / "letter.pdf")).pages
    assert len(printed) == 3
    width, height = _points(printed[0])
    assert round(width) == 612 and round(height) == 792  # US Letter, as chosen
    assert all(page.images for page in printed)  # every page got its rendered image


def test_a_page_that_fits_is_printed_at_its_own_size_centred(qapp, tmp_path):
    # An A5 page on A4 paper: same size as on screen, not stretched to the sheet.
    target = tmp_path / "a5-on-a4.pdf"
    printer = _pdf_printer(target)
    assert PdfPages(_pdf(2, A5)).paint(printer) == 2
    printed = PdfReader(str(target)).pages
    assert len(printed) == 2 and round(_points(printed[0])[0]) == 595
    image = printed[0].images[0]
    placed = _image_box(printed[0])
    # Drawn at A5's size in points (within a pixel at 300 dpi), in the middle.
    assert abs(placed[2] - A5[0]) < 1 and abs(placed[3] - A5[1]) < 1
    assert abs((placed[0] + placed[2] / 2) - 595 / 2) < 2
    assert image.image.width > 0


def test_a_landscape_page_on_portrait_paper_is_scaled_down_to_fit(qapp, tmp_path):
    target = tmp_path / "landscape.pdf"
    printer = _pdf_printer(target)
    assert PdfPages(_pdf(1, landscape(A4))).paint(printer) == 1
    page = PdfReader(str(target)).pages[0]
    x, y, w, h = _image_box(page)
    assert abs(y - (842 - h) / 2) < 1  # centred on the sheet
    assert w < landscape(A4)[0] and abs(w / h - landscape(A4)[0] / landscape(A4)[1]) < 0.01
    assert abs(x - 20) < 0.5 and abs(w - (595 - 40)) < 1  # as wide as the margins allow


def _image_box(page) -> tuple[float, float, float, float]:
    """(x, y, width, height) in points where the page's one image is drawn."""
    found: list[tuple[float, float, float, float]] = []

    def visit(op, args, cm, tm):
        if op == b"Do":
            found.append((cm[4], cm[5], cm[0], cm[3]))

    page.extract_text(visitor_operand_before=visit)
    assert found
    return found[0]


def test_the_print_dialog_range_reaches_the_printer(qapp, tmp_path, monkeypatch):
    from PySide6 import QtPrintSupport

    target = tmp_path / "range.pdf"

    class FakeDialog:
        DialogCode = QtPrintSupport.QPrintDialog.DialogCode

        def __init__(self, printer, parent=None):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            printer.setResolution(72)
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(3, 3)

        def exec(self):
            return self.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", FakeDialog)
    assert printing.print_document(None, _pdf(4), "Notulen")
    assert len(PdfReader(str(target)).pages) == 1


def test_the_preview_shows_the_pages_and_saves(qtbot):
    saved = []
    dialog = DocumentPreview(_pdf(3), "Partnerlijst", save=lambda: saved.append(True))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Partnerlijst" and dialog.pages.count() == 3
    dialog.save_action.trigger()
    assert saved == [True]
