"""The reporting form (aanmeldingsformulier): its fields, the mark that tells our blank form
from any other PDF, and the parser that turns the values read from a filled form into a
signal intake. The person concerned is not asked for: they stay anonymous until a later
conversation (the booklet's "Aanmeldingsformulier")."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from livc_desktop.domain.errors import LivcError
from livc_desktop.domain.signals import Channel, SignalIntake

FORM_VERSION = 1
MAX_FILE_BYTES = 5 * 1024 * 1024


class FormField(StrEnum):
    REPORTER_NAME = "reporter_name"
    REPORTER_ORGANISATION = "reporter_organisation"
    REPORTER_PHONE = "reporter_phone"
    REPORTER_EMAIL = "reporter_email"
    OBSERVED_ON = "observed_on"
    OBSERVED_WHERE = "observed_where"
    OBSERVED = "observed"
    CONSENT = "consent"
    MARK = "livc_form"  # hidden, read-only: the form's version, language and layout


# Maximum length per text field (the PDF viewer enforces it; longer means edited).
MAX_LENGTHS: dict[FormField, int] = {
    FormField.REPORTER_NAME: 90,  # name and organisation fit the signal's 200
    FormField.REPORTER_ORGANISATION: 100,
    FormField.REPORTER_PHONE: 40,
    FormField.REPORTER_EMAIL: 100,
    FormField.OBSERVED_ON: 40,
    FormField.OBSERVED_WHERE: 150,
    FormField.OBSERVED: 3000,
}
TEXT_FIELDS: tuple[FormField, ...] = tuple(MAX_LENGTHS)
CHECKED_VALUES = frozenset({"/Yes", "Yes", "/On", "On"})
UNCHECKED_VALUES = frozenset({"", "/Off", "Off"})
_MARK = re.compile(r"^livc-intake/(\d+)/(nl|fr|de|en)/([0-9a-f]{16})$")


class IntakeFormError(LivcError):
    """A file that is not a usable filled reporting form; the code says why."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(code)


UNREADABLE = "intake_form_unreadable"  # not a PDF, or damaged
ENCRYPTED = "intake_form_encrypted"  # protected with a password
FOREIGN = "intake_form_foreign"  # a PDF, but not our reporting form
TAMPERED = "intake_form_tampered"  # our form, but its fields were changed
TOO_NEW = "intake_form_too_new"  # made by a newer version of the program
EMPTY = "intake_form_empty"  # our form, nothing filled in


def layout_fingerprint() -> str:
    """Names and limits of the fields: a form whose fields differ was edited."""
    layout = ";".join(f"{f.value}:{MAX_LENGTHS[f]}" for f in TEXT_FIELDS)
    layout += f";{FormField.CONSENT.value}:check"
    return hashlib.sha256(layout.encode()).hexdigest()[:16]


def form_mark(language: str) -> str:
    return f"livc-intake/{FORM_VERSION}/{language}/{layout_fingerprint()}"


@dataclass(frozen=True)
class FilledForm:
    """The values of a filled form, checked; text trimmed."""

    language: str
    reporter_name: str
    reporter_organisation: str
    reporter_phone: str
    reporter_email: str
    observed_on: str
    observed_where: str
    observed: str
    consent: bool


def _text(value: object) -> str:
    return "" if value is None else str(value)


def parse_fields(fields: Mapping[str, object]) -> FilledForm:
    """Check the field values read from a PDF and return them; raises IntakeFormError
    (FOREIGN without our mark, TAMPERED when fields were added, removed or overlong,
    TOO_NEW for a later form version, EMPTY when nothing was filled in)."""
    mark = _MARK.match(_text(fields.get(FormField.MARK.value)).strip())
    if mark is None:
        raise IntakeFormError(FOREIGN)
    if int(mark.group(1)) > FORM_VERSION:
        raise IntakeFormError(TOO_NEW)
    expected = {f.value for f in FormField}
    if set(fields) != expected or mark.group(3) != layout_fingerprint():
        raise IntakeFormError(TAMPERED)
    values: dict[FormField, str] = {}
    for field in TEXT_FIELDS:
        raw = _text(fields.get(field.value))
        if len(raw) > MAX_LENGTHS[field] or "\x00" in raw:
            raise IntakeFormError(TAMPERED)
        values[field] = raw.strip()
    box = _text(fields.get(FormField.CONSENT.value)).strip()
    if box in CHECKED_VALUES:
        consent = True
    elif box in UNCHECKED_VALUES:
        consent = False
    else:
        raise IntakeFormError(TAMPERED)
    if not any(values.values()):
        raise IntakeFormError(EMPTY)
    return FilledForm(
        language=mark.group(2),
        reporter_name=values[FormField.REPORTER_NAME],
        reporter_organisation=values[FormField.REPORTER_ORGANISATION],
        reporter_phone=values[FormField.REPORTER_PHONE],
        reporter_email=values[FormField.REPORTER_EMAIL],
        observed_on=values[FormField.OBSERVED_ON],
        observed_where=values[FormField.OBSERVED_WHERE],
        observed=values[FormField.OBSERVED],
        consent=consent,
    )


def _joined(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def to_intake(
    form: FilledForm, received_on: date, when_label: str, where_label: str
) -> SignalIntake:
    """The signal the form proposes, for the officer to review before it is saved. The
    consent box is the reporter's consent: unticked, only the trace will be kept."""
    observed = form.observed
    extra = [
        f"{label}: {value}"
        for label, value in ((when_label, form.observed_on), (where_label, form.observed_where))
        if value
    ]
    if extra:
        observed = "\n\n".join(p for p in (observed, "\n".join(extra)) if p)
    return SignalIntake(
        received_on=received_on,
        channel=Channel.REGISTRATION_FORM,
        observed=observed,
        consent=form.consent,
        reporter_name=_joined(form.reporter_name, form.reporter_organisation),
        reporter_contact=_joined(form.reporter_phone, form.reporter_email),
        person_label="",
    )
