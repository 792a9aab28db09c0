"""Preview, print and save: the one place where the program's PDFs go to paper.

Every document the program makes is a PDF built in memory (reports/). Here its real pages
are rendered with QtPdf onto a QPrinter: the pages the user chose (the print dialog's
range), on the paper the user chose, each page centred and scaled down only when it does
not fit the printable area (never enlarged, never stretched). Nothing is written to disk
except by the caller's save function or the printer itself.

    show_document(parent, pdf, title, save=lambda: save_somewhere(pdf), printed=record)
    print_document(parent, pdf, title)          # print dialog only
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QToolBar, QWidget

# 300 dpi is sharp on paper; a "high resolution" printer (1200 dpi) would render every
# page as an image of half a gigabyte.
PRINT_DPI = 300
POINTS_PER_INCH = 72.0


def page_indices(count: int, first: int, last: int) -> list[int]:
    """The 0-based pages to print of a document of `count` pages for the 1-based range
    `first`..`last` as QPrinter reports it (0 and 0: every page). A range reaching past
    the end is cut at the last page; an empty or reversed range prints nothing."""
    if count <= 0:
        return []
    if first <= 0 and last <= 0:
        return list(range(count))
    start = max(1, first)
    end = count if last <= 0 else min(count, last)
    return list(range(start - 1, end)) if start <= end else []


def fit_rect(
    page_width: float, page_height: float, area_width: float, area_height: float
) -> tuple[float, float, float, float]:
    """(x, y, width, height) of a page of `page_width` x `page_height` placed in an area
    of `area_width` x `area_height` (same units): its own size when it fits, otherwise
    scaled down keeping its proportions, never enlarged; centred either way."""
    if page_width <= 0 or page_height <= 0 or area_width <= 0 or area_height <= 0:
        return (0.0, 0.0, 0.0, 0.0)
    scale = min(1.0, area_width / page_width, area_height / page_height)
    width, height = page_width * scale, page_height * scale
    return ((area_width - width) / 2, (area_height - height) / 2, width, height)


class PdfPages(QObject):
    """A PDF held in memory, rendered page by page onto a printer."""

    def __init__(self, data: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

    def count(self) -> int:
        return int(self.document.pageCount())

    def chosen(self, printer: QPrinter) -> list[int]:
        """The pages the print dialog asked for."""
        if printer.printRange() is QPrinter.PrintRange.PageRange:
            return page_indices(self.count(), printer.fromPage(), printer.toPage())
        return page_indices(self.count(), 0, 0)

    def paint(self, printer: QPrinter) -> int:
        """Print the chosen pages on `printer`; returns how many were printed."""
        pages = self.chosen(printer)
        if not pages:
            return 0
        printer.setResolution(min(printer.resolution(), PRINT_DPI))
        dpi = printer.resolution()
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                area = printer.pageRect(QPrinter.Unit.DevicePixel)
                size = self.document.pagePointSize(index)
                x, y, width, height = fit_rect(
                    size.width() * dpi / POINTS_PER_INCH,
                    size.height() * dpi / POINTS_PER_INCH,
                    area.width(),
                    area.height(),
                )
                image = self.document.render(index, QSize(round(width), round(height)))
                painter.drawImage(QRectF(x, y, width, height), image)
        finally:
            painter.end()
        return len(pages)


def new_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    return printer


def print_document(
    parent: QWidget | None, data: bytes, title: str, *, printer: QPrinter | None = None
) -> bool:
    """Ask for printer, pages and paper, then print; True when something was printed."""
    from PySide6 import QtPrintSupport  # looked up at call time: tests replace the dialog

    pages = PdfPages(data)
    printer = printer or new_printer(title)
    dialog = QtPrintSupport.QPrintDialog(printer, parent)
    if isinstance(dialog, QAbstractPrintDialog):
        dialog.setMinMax(1, max(1, pages.count()))
    if dialog.exec() != QtPrintSupport.QPrintDialog.DialogCode.Accepted:
        return False
    return pages.paint(printer) > 0


class DocumentPreview(QPrintPreviewDialog):
    """Qt's print preview of the real PDF pages, with its print button (page range and
    paper respected) and a Save button for the caller's save function (which answers
    whether it saved)."""

    def __init__(
        self,
        data: bytes,
        title: str,
        parent: QWidget | None = None,
        *,
        save: Callable[[], bool] | None = None,
    ) -> None:
        # Kept here: the dialog does not own the printer it is given.
        self._own_printer = new_printer(title)
        super().__init__(self._own_printer, parent)
        self.setObjectName("document_preview")
        self.setWindowTitle(title)
        self.pages = PdfPages(data, self)
        self.paintRequested.connect(self._on_paint_requested)
        self._save = save
        self.saved = False
        self.save_action = None
        toolbar = self.findChild(QToolBar)
        if save is not None and toolbar is not None:
            toolbar.addSeparator()
            self.save_action = toolbar.addAction(self.tr("Save…"))
            self.save_action.setObjectName("document_preview_save")
            self.save_action.setToolTip(self.tr("Save this document as a PDF file"))
            self.save_action.triggered.connect(self._on_save_triggered)

    def _on_paint_requested(self, printer: QPrinter) -> None:
        self.pages.paint(printer)

    def _on_save_triggered(self) -> None:
        if self._save is not None and self._save():
            self.saved = True


@dataclass(frozen=True)
class Outcome:
    printed: bool = False
    saved: bool = False


def show_document(
    parent: QWidget | None,
    data: bytes,
    title: str,
    *,
    save: Callable[[], bool] | None = None,
    printed: Callable[[], object] | None = None,
) -> Outcome:
    """Preview `data` with print and save; says whether it was printed (then `printed` is
    called, e.g. to record the print in the access trail) and whether it was saved."""
    dialog = DocumentPreview(data, title, parent, save=save)
    # The preview dialog closes with "accepted" only after printing.
    done = dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted
    saved = dialog.saved
    dialog.deleteLater()
    if done and printed is not None:
        printed()
    return Outcome(printed=done, saved=saved)
