"""Building and saving the retention documents from the GUI (Retention page, case file).

PDFs are built in memory in the register's language and written once where the user
chooses; the export is recorded in the access trail by the service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from livc_desktop.domain.changes import ChangeKind
from livc_desktop.services import retention as retention_service
from livc_desktop.services.exports import file_name
from livc_desktop.services.session import Session
from livc_desktop.ui.destinations import ask_save_path
from livc_desktop.ui.operations import run_op
from livc_desktop.ui.print_language import document_language, language_tag, register_language
from livc_desktop.ui.printing import show_document
from livc_desktop.ui.retention_labels import (
    page_frame,
    processing_document,
    subject_access_document,
)

translate = QCoreApplication.translate


def subject_access_pdf(session: Session, case_id: int) -> bytes:
    from livc_desktop.reports.subject_access import build_subject_access  # heavy: reportlab

    data = retention_service.subject_access(session, case_id)
    municipalities = session.profile().municipalities
    lang = register_language(session)
    with document_language(lang):
        labels, sections = subject_access_document(data, municipalities)
        frame = page_frame(
            translate("RetentionLabels", "Data-subject access"), municipalities, language_tag(lang)
        )
        return build_subject_access(frame, labels, sections)


def processing_record_pdf(session: Session) -> bytes:
    from livc_desktop.reports.processing_record import build_processing_record  # reportlab

    facts = retention_service.processing_facts(session)
    profile = session.profile()
    lang = register_language(session)
    with document_language(lang):
        labels, sections = processing_document(facts, profile.municipalities, profile.officer_name)
        frame = page_frame(
            translate("RetentionLabels", "Record of processing"),
            profile.municipalities,
            language_tag(lang),
        )
        return build_processing_record(frame, labels, sections)


def _ask_target(parent: QWidget, caption: str, name: str) -> Path | None:
    suggested = str(Path.home() / name)
    return ask_save_path(
        parent, caption, suggested, translate("RetentionLabels", "PDF files (*.pdf)"), ".pdf"
    )


def _offer(
    parent: QWidget,
    session: Session,
    caption: str,
    build: Callable[[], bytes],
    title: str,
    name: str,
    save: Callable[[Path, bytes], None],
    **trail: object,
) -> bool:
    """Preview the built PDF with print and save (ui/printing.py); True when saved."""
    built = run_op(parent, session, build, title=caption)
    if built is None:
        return False
    pdf = built.value

    def on_save() -> bool:
        target = _ask_target(parent, caption, name)
        return target is not None and _save(parent, session, caption, lambda: save(target, pdf))

    outcome = show_document(
        parent,
        pdf,
        title,
        save=on_save,
        printed=lambda: session.record(ChangeKind.EXPORT_PRINT, **trail),
    )
    return outcome.saved


def _document_title(session: Session, source: str) -> str:
    """A title in the register's language, as the document itself says it."""
    with document_language(register_language(session)):
        return translate("RetentionLabels", source)


def save_subject_access_pdf(parent: QWidget, session: Session, case_id: int, code: str) -> bool:
    caption = translate("RetentionLabels", "Save the data-subject access PDF")
    title = _document_title(session, "Data-subject access")
    return _offer(
        parent,
        session,
        caption,
        lambda: subject_access_pdf(session, case_id),
        title,
        file_name(title, code, date.today().isoformat(), suffix="pdf"),
        lambda target, pdf: retention_service.save_subject_access(session, case_id, target, pdf),
        kind="subject_access",
        case_id=case_id,
    )


def save_processing_record_pdf(parent: QWidget, session: Session) -> bool:
    caption = translate("RetentionLabels", "Save the record of processing")
    title = _document_title(session, "Record of processing")
    return _offer(
        parent,
        session,
        caption,
        lambda: processing_record_pdf(session),
        title,
        file_name(title, date.today().isoformat(), suffix="pdf"),
        lambda target, pdf: retention_service.save_processing_record(session, target, pdf),
        kind="processing_record",
    )


def _save(parent: QWidget, session: Session, caption: str, call: Callable[[], None]) -> bool:
    return run_op(parent, session, call, title=caption) is not None
