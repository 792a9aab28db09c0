"""The reporting form: the blank fillable PDF in one language (no register data), and the
import of a filled one, which proposes a new signal for the officer to review before it
is saved (the intake's consent rule applies: without the reporter's consent only the
trace is kept). Each export and import is an access-trail entry when a register is open."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from livc_desktop.domain.cell import language_tag
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import NoPermission
from livc_desktop.domain.intake_form import (
    MAX_FILE_BYTES,
    UNREADABLE,
    FilledForm,
    FormField,
    IntakeFormError,
    form_mark,
    parse_fields,
    to_intake,
)
from livc_desktop.domain.signals import SignalIntake
from livc_desktop.services.exports import save_export
from livc_desktop.services.session import Session
from livc_desktop.storage.files import write_atomic

if TYPE_CHECKING:
    from livc_desktop.reports.intake_form import IntakeFormDocument

# The report builders (reportlab, pypdf) are imported when a form is made or read: they
# are heavy, and the program must start without them.
DOCUMENT = "intake_form"


@dataclass(frozen=True)
class IntakeFormLabels:
    """The form's words in one language (built by the UI's label home)."""

    words: Mapping[str, str]
    language: str = "en"


def form_document(labels: IntakeFormLabels) -> IntakeFormDocument:
    from livc_desktop.reports.intake_form import FormSection, IntakeFormDocument

    w = labels.words
    return IntakeFormDocument(
        title=w["title"],
        intro=w["intro"],
        anonymity=w["anonymity"],
        sections=[
            FormSection(
                w["section_reporter"],
                [
                    (FormField.REPORTER_NAME, w["reporter_name"], 7),
                    (FormField.REPORTER_ORGANISATION, w["reporter_organisation"], 7),
                    (FormField.REPORTER_PHONE, w["reporter_phone"], 7),
                    (FormField.REPORTER_EMAIL, w["reporter_email"], 7),
                ],
            ),
            FormSection(
                w["section_signal"],
                [
                    (FormField.OBSERVED_ON, w["observed_on"], 7),
                    (FormField.OBSERVED_WHERE, w["observed_where"], 7),
                    (FormField.OBSERVED, w["observed"], 62),
                ],
            ),
        ],
        consent_label=w["consent"],
        consent_explanation=w["consent_explanation"],
        return_to=w["return_to"],
        mark=form_mark(labels.language),
    )


def form_bytes(labels: IntakeFormLabels) -> bytes:
    from livc_desktop.reports.common import PageFrame
    from livc_desktop.reports.intake_form import intake_form_pdf

    w = labels.words
    frame = PageFrame(
        title=w["title"],
        header_left=w["header"],
        confidentiality=w["confidentiality"],
        page_label=w["page_label"],
        subject=w["title"],
        language=language_tag(labels.language),
    )
    return intake_form_pdf(frame, form_document(labels))


def export_form(target: Path, labels: IntakeFormLabels, session: Session | None = None) -> Path:
    """Write the blank form; with an open register the export is in its access trail."""
    if session is not None:
        return save_export(
            session, target, lambda: form_bytes(labels), kind=DOCUMENT, language=labels.language
        )
    write_atomic(Path(target), form_bytes(labels))
    return Path(target)


def read_filled_form(path: Path) -> FilledForm:
    """The checked values of a filled form; IntakeFormError says what is wrong."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise IntakeFormError(UNREADABLE)
        data = Path(path).read_bytes()
    except PermissionError:
        raise NoPermission("EACCES") from None
    except OSError:
        # Gone, a folder, a device that does not answer: nothing to read.
        raise IntakeFormError(UNREADABLE) from None
    from livc_desktop.reports.intake_form import read_form_fields

    return parse_fields(read_form_fields(data))


def import_form(
    session: Session,
    path: Path,
    when_label: str,
    where_label: str,
    today: date | None = None,
) -> SignalIntake:
    """The signal a filled form proposes (not saved: the officer reviews it in the signal
    form first). The reading is an access-trail entry, with no content."""
    form = read_filled_form(path)
    session.record(ChangeKind.SIGNAL_FORM_IMPORTED, language=form.language, consent=form.consent)
    return to_intake(form, today or date.today(), when_label, where_label)
