"""Every word of the house rules and reporting form documents and screens that is not the
house rules text itself (QtCore only, so the command line writes the same PDFs as the
GUI). The chapter texts are document content: resources/house_rules/<lang>.json."""

from __future__ import annotations

from livc_desktop.domain.house_rules import Chapter
from livc_desktop.services.house_rules import HouseRulesLabels
from livc_desktop.services.intake_import import IntakeFormLabels
from livc_desktop.ui.dates import date_formatter
from livc_desktop.ui.i18n import normalize_language
from livc_desktop.ui.print_language import document_language, register_language, translate


def chapter_titles() -> dict[str, str]:
    return {
        Chapter.GENERAL: translate("HouseRules", "General"),
        Chapter.COMPOSITION: translate("HouseRules", "Composition and working"),
        Chapter.MEETINGS: translate("HouseRules", "Place and frequency of meetings"),
        Chapter.MINUTES: translate("HouseRules", "Minutes and reporting"),
        Chapter.INFORMATION: translate("HouseRules", "Information handling"),
    }


def house_rules_words() -> dict[str, str]:
    return {
        "title": translate("HouseRules", "House rules"),
        "cell": translate("HouseRules", "LIVC {municipalities}"),
        "subtitle": translate("HouseRules", "Version {number} · adopted on {date}"),
        "chapter": translate("HouseRules", "Chapter {n}: {title}"),
        "confidentiality": translate("HouseRules", "For the members of the cell"),
        "page_label": translate("HouseRules", "Page {page} of {pages}"),
        "signatures": translate("HouseRules", "Signatures"),
        "signatures_intro": translate(
            "HouseRules",
            "The representatives of the partners declare that they have read version "
            "{number} of these house rules and will keep to them.",
        ),
        "organisation": translate("HouseRules", "Organisation"),
        "representative": translate("HouseRules", "Representative"),
        "signature": translate("HouseRules", "Signature"),
        "date": translate("HouseRules", "Date"),
        "signed_on": translate("HouseRules", "Signed on {date}"),
        "undertaking_title": translate("HouseRules", "Confidentiality undertaking for guests"),
        "guest_name": translate("HouseRules", "Name"),
        "guest_capacity": translate("HouseRules", "Organisation and capacity"),
        "meeting": translate("HouseRules", "Meeting of"),
        "item": translate("HouseRules", "Invited for the item"),
        "place_date": translate("HouseRules", "Place and date"),
    }


def labels_for(session: object, ui_language: str = "", language: str = "") -> HouseRulesLabels:
    """The documents' words in `language` (a version's own), else the register's
    language, else the interface's."""
    language = normalize_language(language) if language else register_language(session, ui_language)
    with document_language(language):
        return HouseRulesLabels(
            words=house_rules_words(),
            chapters={str(k): v for k, v in chapter_titles().items()},
            language=language,
            format_date=date_formatter(language),
        )


def intake_form_words() -> dict[str, str]:
    return {
        "title": translate("IntakeForm", "Reporting form: signals of radicalisation"),
        "header": translate("IntakeForm", "Local Integrated Security Cell"),
        "confidentiality": translate("IntakeForm", "Confidential once filled in"),
        "page_label": translate("IntakeForm", "Page {page} of {pages}"),
        "intro": translate(
            "IntakeForm",
            "Use this form to tell the cell about something that worries you. Fill it in "
            "on the computer or by hand. The cell's prevention officer will contact you "
            "for a personal conversation.",
        ),
        "anonymity": translate(
            "IntakeForm",
            "Do not write the name, address or other details of the person concerned: "
            "who it is about is only asked in the later conversation.",
        ),
        "section_reporter": translate("IntakeForm", "Your contact details"),
        "reporter_name": translate("IntakeForm", "Your name"),
        "reporter_organisation": translate("IntakeForm", "Organisation or service"),
        "reporter_phone": translate("IntakeForm", "Phone"),
        "reporter_email": translate("IntakeForm", "E-mail"),
        "section_signal": translate("IntakeForm", "What you noticed"),
        "observed_on": translate("IntakeForm", "When (date or period)"),
        "observed_where": translate("IntakeForm", "Where (place or setting)"),
        "observed": translate(
            "IntakeForm", "What did you observe? Describe behaviour, not the person."
        ),
        "consent": translate(
            "IntakeForm",
            "I agree that the cell registers this report and the contact details above.",
        ),
        "consent_explanation": translate(
            "IntakeForm",
            "Without this consent the cell keeps only the fact that a report was made, "
            "not its content. Sharing information is a right, not a duty.",
        ),
        "return_to": translate(
            "IntakeForm",
            "Hand the form to the prevention officer or send it to the cell's central "
            "address. Do not send it through a shared or public mailbox.",
        ),
    }


def intake_form_labels(language: str) -> IntakeFormLabels:
    """The blank form's words in `language` (the form carries no register data)."""
    lang = normalize_language(language)
    with document_language(lang):
        return IntakeFormLabels(words=intake_form_words(), language=lang)


def when_where_labels(session: object, ui_language: str = "") -> tuple[str, str]:
    """The words put before "when" and "where" in an imported signal's text."""
    with document_language(register_language(session, ui_language)):
        return (
            translate("IntakeForm", "When (date or period)"),
            translate("IntakeForm", "Where (place or setting)"),
        )


def intake_form_message(code: str) -> str:
    """What is wrong with a file offered as a filled reporting form."""
    if code == "intake_form_encrypted":
        return translate(
            "IntakeForm",
            "This PDF is protected with a password. Ask the reporter for the form without "
            "a password, or print it and type the report in by hand.",
        )
    if code == "intake_form_foreign":
        return translate(
            "IntakeForm",
            "This PDF is not an LIVC reporting form. Only the form made by this program "
            "(Signals page, Reporting form…) can be imported.",
        )
    if code == "intake_form_tampered":
        return translate(
            "IntakeForm",
            "This reporting form was changed after it was made (its fields differ). It was "
            "not imported; type the report in by hand from the PDF.",
        )
    if code == "intake_form_too_new":
        return translate(
            "IntakeForm",
            "This reporting form was made by a newer version of LIVC Desktop. Install the "
            "newer version to import it.",
        )
    if code == "intake_form_empty":
        return translate("IntakeForm", "This reporting form is empty: nothing was filled in.")
    return translate(
        "IntakeForm",
        "This file cannot be read as a PDF (it is damaged, too large or not a PDF). Nothing "
        "was imported.",
    )
