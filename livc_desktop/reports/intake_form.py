"""The reporting form as a fillable PDF (AcroForm fields) and the reading of a filled one.

The blank form holds no register data: only the cell's fixed words in one language and
a hidden, read-only mark (domain.intake_form.form_mark) that tells it from other PDFs.
Field appearances use Helvetica, the one font every PDF viewer has for form fields."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PdfReadError
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from livc_desktop.domain.intake_form import (
    ENCRYPTED,
    MAX_FILE_BYTES,
    MAX_LENGTHS,
    UNREADABLE,
    FormField,
    IntakeFormError,
)
from livc_desktop.reports.common import PageFrame, Styles, build_pdf, para, usable_width

_FIELD_FILL = colors.HexColor("#f3f6fa")
_FIELD_BORDER = colors.HexColor("#9aa5b1")


@dataclass(frozen=True)
class FormSection:
    title: str
    fields: Sequence[tuple[FormField, str, float]]  # field, label, height in mm


@dataclass(frozen=True)
class IntakeFormDocument:
    title: str
    intro: str
    anonymity: str  # do not name the person concerned
    sections: Sequence[FormSection]
    consent_label: str
    consent_explanation: str
    return_to: str  # how to hand it in
    mark: str


class _TextField(Flowable):  # type: ignore[misc]  # reportlab is untyped
    def __init__(self, field: FormField, label: str, width: float, height: float, st: Styles):
        super().__init__()
        self.field, self.label, self.width, self.box = field, label, width, height
        self.st = st
        self.height = height + 5 * mm

    def draw(self) -> None:
        c = self.canv
        label = para(self.label, self.st.cell_bold)
        _w, h = label.wrap(self.width, 5 * mm)
        label.drawOn(c, 0, self.box + 1 * mm)
        multiline = self.box > 10 * mm
        c.acroForm.textfield(
            name=self.field.value,
            tooltip=self.label,
            x=0,
            y=0,
            width=self.width,
            height=self.box,
            relative=True,
            maxlen=MAX_LENGTHS[self.field],
            fieldFlags="multiline" if multiline else "",
            fontName="Helvetica",
            fontSize=10,
            borderWidth=0.6,
            borderColor=_FIELD_BORDER,
            fillColor=_FIELD_FILL,
            textColor=colors.black,
            forceBorder=True,
        )
        del h


class _CheckBox(Flowable):  # type: ignore[misc]
    def __init__(self, label: str, width: float, st: Styles):
        super().__init__()
        self.label, self.width, self.st = label, width, st
        self.text = para(label, st.body)
        _w, h = self.text.wrap(width - 9 * mm, 100 * mm)
        self.height = max(h, 6 * mm)

    def draw(self) -> None:
        c = self.canv
        c.acroForm.checkbox(
            name=FormField.CONSENT.value,
            tooltip=self.label,
            x=0,
            y=self.height - 5.5 * mm,
            size=5 * mm,
            relative=True,
            buttonStyle="check",
            borderColor=_FIELD_BORDER,
            fillColor=_FIELD_FILL,
            textColor=colors.black,
            forceBorder=True,
            fieldFlags="",
        )
        self.text.drawOn(c, 8 * mm, 0)


class _Mark(Flowable):  # type: ignore[misc]
    """The hidden, read-only field that marks the form as ours."""

    def __init__(self, value: str) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv.acroForm.textfield(
            name=FormField.MARK.value,
            value=self.value,
            x=0,
            y=0,
            width=1,
            height=1,
            relative=True,
            maxlen=80,
            fieldFlags="readOnly",
            annotationFlags="hidden",
            borderWidth=0,
        )


def intake_form_pdf(frame: PageFrame, doc: IntakeFormDocument, *, invariant: bool = False) -> bytes:
    width = usable_width(frame)

    def story(st: Styles) -> list[Flowable]:
        out: list[Flowable] = [
            para(doc.title, st.title),
            para(doc.intro, st.body),
            para(doc.anonymity, st.cell_bold),
            _Mark(doc.mark),
        ]
        for section in doc.sections:
            out.append(para(section.title, st.subheading))
            for field, label, height in section.fields:
                out.append(_TextField(field, label, width, height * mm, st))
                out.append(Spacer(1, 1.5 * mm))
        out.append(Spacer(1, 2 * mm))
        out.append(_CheckBox(doc.consent_label, width, st))
        out.append(para(doc.consent_explanation, st.small))
        out.append(Spacer(1, 3 * mm))
        out.append(para(doc.return_to, st.small))
        return out

    return build_pdf(frame, story, invariant=invariant)


def read_form_fields(data: bytes) -> dict[str, object]:
    """Field name -> value of a filled PDF form ({} when it has no form). Raises
    IntakeFormError UNREADABLE (not a PDF, damaged, too large) or ENCRYPTED."""
    if len(data) > MAX_FILE_BYTES or not data.lstrip()[:5].startswith(b"%PDF-"):
        raise IntakeFormError(UNREADABLE)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise IntakeFormError(ENCRYPTED)
        fields = reader.get_fields() or {}
        out: dict[str, object] = {}
        for name, field in fields.items():
            value = field.get("/V")
            out[str(name)] = None if value is None else str(value)
        return out
    except IntakeFormError:
        raise
    except PdfReadError:
        raise IntakeFormError(UNREADABLE) from None
    except Exception:
        # pypdf meets a damaged file with assorted errors (KeyError, ValueError,
        # RecursionError ...): each means the same to the officer.
        raise IntakeFormError(UNREADABLE) from None
