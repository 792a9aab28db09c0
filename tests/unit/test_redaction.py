"""The redaction rules (domain/redaction.py), one example per written form."""

from __future__ import annotations

from datetime import date

import pytest

from livc_desktop.domain.redaction import REDACTED, IdentityRecord, Redactor

X = REDACTED
PERSON = IdentityRecord(
    7,
    "2026-007",
    name="Zoë Van den Testpersoon",
    pseudonym="Vlinderkind",
    birth_date=date(2009, 3, 14),
    address="Kerkstraat 12, 9999 Demostad",
    school_work="Sint-Jozefcollege Demostad",
)
ARABIC = IdentityRecord(8, "2026-008", name="سلمى الخيالي", address="12 rue de la Paix")
R = Redactor([PERSON, ARABIC])


@pytest.mark.parametrize(
    "text",
    [
        "Zoë Van den Testpersoon",
        "ZOE VAN DEN TESTPERSOON",
        "Van den Testpersoon, Zoë",
        "Testpersoon Zoë",
        "Zoë Testpersoon",
        "Vlinderkind",
        "14/03/2009",
        "14-3-2009",
        "14.03.09",
        "2009-03-14",
        "14 maart 2009",
        "14 mars 2009",
        "14. März 2009",
        "March 14th, 2009",
        "Kerkstraat 12",
        "Kerkstraat nr. 12b",
        "kerkstraat 12, 9999 demostad",
        "Sint-Jozefcollege Demostad",
        "85.07.30-033.28",  # shaped like a national register number, valid check digits
        "سلمى الخيالي",
        "سَلْمى الخيالي",  # with vowel marks
        "12, rue de la Paix",
    ],
)
def test_identity_forms_are_blanked_everywhere(text):
    assert R.redact(f"voor {text} na") == f"voor {X} na"


@pytest.mark.parametrize(
    "text",
    [
        "van Demostad volgt op",  # a word of the address on its own
        "de Kerkstraat wordt heraangelegd",  # the street without the house number
        "het college van burgemeester",  # a word of the school
        "Zoë belt",  # a lone first name outside its own case
        "Testpersoon kwam niet",  # a lone surname outside its own case
        "om 14 uur in 2009",
        "tel 0470 12 34 56",
        "12 rue de Namur",
    ],
)
def test_ordinary_words_stay(text):
    assert R.redact(text) == text


def test_lone_names_go_in_their_own_case_and_where_the_case_is_named():
    assert R.redact("Zoë belt, Testpersoon ook", [7]) == f"{X} belt, {X} ook"
    assert R.redact("Zoë belt", ["2026-007"]) == f"{X} belt"
    assert R.redact("Over 2026-007: Zoë belt") == f"Over 2026-007: {X} belt"
    assert R.redact("Zoë belt", [8]) == "Zoë belt"  # another case
    # Particles are never blanked on their own.
    assert R.redact("van den heuvel", [7]) == "van den heuvel"
    assert R.redact("سلمى وصلت", [8]) == f"{X} وصلت"


def test_words_of_names_are_whole_words_only():
    record = IdentityRecord(1, "2026-001", name="Ali Ben Salah")
    r = Redactor([record])
    assert r.redact("Alice en Alibaba", [1]) == "Alice en Alibaba"
    assert r.redact("Ali en Salah", [1]) == f"{X} en {X}"
    assert r.redact("Salah Ali", []) == X
