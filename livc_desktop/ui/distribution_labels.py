"""The words of a distribution in the register's language: the line on every copy, the
copies' file names and the draft mail that carries a copy (QtCore only: the command line
uses them too). The password is never part of any of them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from livc_desktop.domain.distribution import Recipient
from livc_desktop.domain.meetings import DocumentKind, Meeting
from livc_desktop.services.distribution import CopyWords
from livc_desktop.services.mail_drafts import Draft
from livc_desktop.services.session import Session
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.meeting_labels import document_kind_label
from livc_desktop.ui.print_language import document_language, register_language, translate


def _document_title(document: DocumentKind, case_code: str) -> str:
    title = document_kind_label(document)
    return f"{title} {case_code}" if document is DocumentKind.EXTRACT and case_code else title


def copy_words(
    session: Session,
    meeting: Meeting,
    document: DocumentKind,
    case_code: str = "",
    ui_language: str = "",
    today: date | None = None,
) -> CopyWords:
    lang = register_language(session, ui_language)
    with document_language(lang):
        return CopyWords(
            mark=translate("Distribution", "Copy for {recipient}, {date}"),
            file_name=translate("Distribution", "{document} {date} - {recipient}"),
            document=_document_title(document, case_code),
            meeting_date=format_date(meeting.on_date, lang),
            today=format_date(today or date.today(), lang),
        )


def draft(
    session: Session,
    recipient: Recipient,
    words: CopyWords,
    attachment: Path,
    *,
    protected: bool,
    ui_language: str = "",
) -> Draft:
    """The draft mail for one copy: a short note in the register's language, and for a
    protected copy the reminder that its password comes another way."""
    lang = register_language(session, ui_language)
    officer = session.profile().officer_name
    with document_language(lang):
        subject = translate("Distribution", "{document} of {date}").format(
            document=words.document, date=words.meeting_date
        )
        lines = [
            translate("Distribution", "Dear {name},").format(name=recipient.name),
            "",
            translate(
                "Distribution", "Attached is your personal copy: {document} of {date}."
            ).format(document=words.document, date=words.meeting_date),
        ]
        if protected:
            lines.append(
                translate(
                    "Distribution",
                    "It is protected with a password, which you will receive separately by phone.",
                )
            )
        lines += [
            translate("Distribution", "This document is confidential: do not pass it on."),
            "",
            translate("Distribution", "Kind regards,"),
            officer,
        ]
    return Draft(recipient.email, subject, "\n".join(lines).rstrip(), attachment)
