"""Per-recipient copies of a finished PDF: a line naming the recipient below the footer of
every page and in the document information, and, when asked, AES-256 encryption (PDF 2.0
standard security, revision 6) through pypdf with the `cryptography` package.

The document is built once by its own producer; each copy only adds its recipient line as
a small content stream drawn after each page's own content, which stays byte for byte the same, so
every copy shows the same content. Building per recipient with reportlab would cost the
whole layout again for each of them.

Permissions (print, copy text for screen readers, no editing) are honoured by PDF readers
as a courtesy; they protect nothing. The password is what protects a copy."""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass
from typing import Any, cast

from pypdf import PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
)
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from livc_desktop.reports.common import FONT, INK, MARGIN, register_fonts, visual_line

PERMISSIONS = (
    UserAccessPermissions.PRINT
    | UserAccessPermissions.PRINT_TO_REPRESENTATION
    | UserAccessPermissions.EXTRACT
    | UserAccessPermissions.EXTRACT_TEXT_AND_GRAPHICS
)
# Below the footer rule and its line (reports/common.py draws them at MARGIN - 8 mm).
_BASELINE = MARGIN - 8 * mm - 3.8 * mm


@dataclass(frozen=True)
class CopyMark:
    """What one copy says about its recipient (already translated)."""

    line: str  # e.g. "Copy for An Voorbeeld (CLB Demostad), 30/11/2026"
    recipient: str
    organisation: str = ""


def _mark_pdf(line: str, width: float, height: float) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    c = rl_canvas.Canvas(
        buffer, pagesize=(width, height), invariant=1, initialFontName=FONT, initialFontSize=7.5
    )
    c.setFont(FONT, 7.5)
    c.setFillColor(INK)
    c.drawCentredString(width / 2, _BASELINE, visual_line(line))
    c.showPage()
    c.save()
    return buffer.getvalue()


def _register(writer: PdfWriter, obj: DecodedStreamObject) -> IndirectObject:
    # pypdf has no public call for adding a new indirect object to a writer; streams must
    # be indirect. Pinned to pypdf < 8 in pyproject.toml.
    return writer._add_object(obj)


class CopyMaker:
    """Copies of one base PDF (parsed once)."""

    def __init__(self, base: bytes) -> None:
        self._reader = PdfReader(io.BytesIO(base))

    def copy(self, mark: CopyMark, password: str | None = None) -> bytes:
        writer = PdfWriter(clone_from=self._reader)
        marks: dict[tuple[float, float], tuple[dict[NameObject, Any], IndirectObject]] = {}
        for page in writer.pages:
            size = (float(page.mediabox.width), float(page.mediabox.height))
            if size not in marks:
                marks[size] = self._mark(writer, mark.line, *size)
            fonts, stream = marks[size]
            resources = cast(DictionaryObject, page[NameObject("/Resources")].get_object())
            if "/Font" not in resources:
                resources[NameObject("/Font")] = DictionaryObject()
            cast(DictionaryObject, resources["/Font"].get_object()).update(fonts)
            contents = page.raw_get("/Contents")
            parts = contents.get_object()
            old = list(parts) if isinstance(parts, ArrayObject) else [contents]
            page[NameObject("/Contents")] = ArrayObject([*old, stream])
        writer.add_metadata(
            {
                "/Subject": mark.line,
                "/LivcRecipient": mark.recipient,
                "/LivcOrganisation": mark.organisation,
            }
        )
        if password is not None:
            # AES-256 with revision 6 is the standard security handler of PDF 2.0.
            writer.pdf_header = "%PDF-2.0"
            # The owner password is random and forgotten: the recipient's password opens
            # the copy but does not lift its (courtesy) permissions.
            writer.encrypt(
                password,
                secrets.token_urlsafe(32),
                permissions_flag=PERMISSIONS,
                algorithm="AES-256",
            )
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    @staticmethod
    def _mark(
        writer: PdfWriter, line: str, width: float, height: float
    ) -> tuple[dict[NameObject, Any], IndirectObject]:
        """The recipient line as a content stream drawn after the page's own, with its own
        font subset (a name may need letters the document does not use) under names of
        its own, so nothing in the page is renamed or touched."""
        page = PdfReader(io.BytesIO(_mark_pdf(line, width, height))).pages[0]
        data = page.get_contents().get_data()  # type: ignore[union-attr]
        fonts: dict[NameObject, Any] = {}
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        page_fonts = cast(DictionaryObject, resources["/Font"].get_object())
        for number, (name, font) in enumerate(page_fonts.items()):
            own = f"/LivcMark{number}"
            data = data.replace(f"{name} ".encode("latin-1"), f"{own} ".encode("latin-1"))
            fonts[NameObject(own)] = font.clone(writer).indirect_reference
        stream = DecodedStreamObject()
        stream.set_data(b"q\n" + data + b"\nQ\n")
        return fonts, _register(writer, stream)
