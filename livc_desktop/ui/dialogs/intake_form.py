"""The reporting form from the GUI: save the blank fillable PDF in a chosen language, and
read a filled one into a proposed signal (shown in the signal form for review)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from livc_desktop.domain.cell import LANGUAGES
from livc_desktop.domain.signals import SignalIntake
from livc_desktop.services import intake_import
from livc_desktop.services.session import Session
from livc_desktop.ui.destinations import ask_save_path
from livc_desktop.ui.house_rules_labels import intake_form_labels, when_where_labels
from livc_desktop.ui.i18n import current_language
from livc_desktop.ui.operations import run_op
from livc_desktop.ui.print_language import register_language

translate = QCoreApplication.translate


def language_names() -> dict[str, str]:
    return {
        "nl": translate("IntakeFormDialog", "Dutch"),
        "fr": translate("IntakeFormDialog", "French"),
        "de": translate("IntakeFormDialog", "German"),
        "en": translate("IntakeFormDialog", "English"),
    }


def save_blank_form(parent: QWidget, session: Session) -> Path | None:
    """Ask for a language and a file; write the blank form (an access-trail entry)."""
    names = language_names()
    items = [names[lang] for lang in LANGUAGES]
    start = register_language(session, current_language())
    chosen, ok = QInputDialog.getItem(
        parent,
        translate("IntakeFormDialog", "Reporting form"),
        translate("IntakeFormDialog", "Language of the form:"),
        items,
        LANGUAGES.index(start) if start in LANGUAGES else 0,
        False,
    )
    if not ok:
        return None
    language = LANGUAGES[items.index(chosen)]
    target = ask_save_path(
        parent,
        translate("IntakeFormDialog", "Save the reporting form"),
        translate("IntakeFormDialog", "reporting-form-{lang}.pdf").format(lang=language),
        translate("IntakeFormDialog", "PDF documents (*.pdf)"),
        ".pdf",
    )
    if target is None:
        return None
    labels = intake_form_labels(language)
    outcome = run_op(
        parent,
        session,
        lambda: intake_import.export_form(target, labels, session),
        title=translate("IntakeFormDialog", "Reporting form"),
    )
    return None if outcome is None else outcome.value


def read_filled_form(parent: QWidget, session: Session, path: Path) -> SignalIntake | None:
    """The proposed signal of the form at `path`; a bad file's message is shown."""
    when, where = when_where_labels(session, current_language())
    outcome = run_op(
        parent,
        session,
        lambda: intake_import.import_form(session, path, when, where),
        title=translate("IntakeFormDialog", "Import a filled reporting form"),
    )
    return None if outcome is None else outcome.value


def ask_filled_form(parent: QWidget, session: Session) -> SignalIntake | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("IntakeFormDialog", "Import a filled reporting form"),
        "",
        translate("IntakeFormDialog", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    return read_filled_form(parent, session, Path(chosen))
