"""Partner rules: required name, lenient-but-checked e-mail and phone, dates, composition."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from livc_desktop.domain.partners import (
    MAX_NAME,
    MAX_NOTES,
    CompositionWarning,
    Contact,
    Participation,
    Partner,
    PartnerRow,
    PartnerStatus,
    Role,
    Sector,
    Training,
    composition_warnings,
    custom_sector_code,
    email_problem,
    name_key,
    parse_date,
    phone_problem,
)


def test_name_is_required_and_limited():
    assert Partner(name="").problems() == {"name": "required"}
    assert Partner(name="   \t").problems() == {"name": "required"}
    assert Partner(name="x" * (MAX_NAME + 1)).problems() == {"name": "too_long"}
    assert Partner(name="Partner Fictief vzw").problems() == {}
    assert Partner(name="رانيا المثال").problems() == {}


def test_500_page_notes_are_refused_with_a_reason():
    text = "Lorem ipsum dolor sit amet. " * 3000 * 40  # far beyond 500 pages
    assert Partner(name="Partner Fictief vzw", notes=text).problems() == {"notes": "too_long"}
    assert Partner(name="P", notes="x" * MAX_NOTES).problems() == {}


def test_common_belgian_phone_and_email_forms_pass():
    for phone in ("059 70 10 14", "+32 (0)2 123 45 67", "0800-200 98", "078/15.00.10", ""):
        assert phone_problem(phone) is None, phone
    for email in ("info@motief.org", "zoë.testpersoon@ocmw-demostad.example", " a@b.be "):
        assert email_problem(email) is None, email


def test_wrong_phone_and_email_forms_are_caught():
    for phone in ("abc", "12345", "++32 2 123", "0470 12 34 56 ext. 4", "1" * 21):
        assert phone_problem(phone) == "invalid_phone", phone
    for email in ("geen-mail", "a@b", "a b@c.be", "a@@b.be", "@b.be", "a@b.c"):
        assert email_problem(email) == "invalid_email", email


@given(st.text(alphabet=string.digits + " ./-()", min_size=0, max_size=40))
def test_phone_check_never_raises_and_counts_digits(text):
    problem = phone_problem(text)
    digits = sum(c.isdigit() for c in text)
    if problem is None and text.strip():
        assert 6 <= digits <= 20


@given(st.text(max_size=300))
def test_email_and_phone_checks_accept_any_text(text):
    assert email_problem(text) in (None, "invalid_email")
    assert phone_problem(text) in (None, "invalid_phone")
    if email_problem(text) is None and text.strip():
        assert "@" in text and " " not in text.strip()


@given(st.text(max_size=250))
def test_partner_problems_are_codes_for_any_name(name):
    found = Partner(name=name).problems()
    assert set(found) <= {"name"}
    assert found.get("name") in (None, "required", "too_long")


def test_dates_in_iso_or_belgian_form():
    assert parse_date("2026-03-01") == "2026-03-01"
    assert parse_date("01/03/2026") == "2026-03-01"
    assert parse_date("1-3-2026") == "2026-03-01"
    assert parse_date("31/02/2026") is None
    assert parse_date("morgen") is None
    p = Partner(name="P", trainings=[Training(title="T", on_date="31/13/2026")])
    assert p.all_problems() == {"trainings.0.on_date": "invalid_date"}


def test_sub_list_problems_are_prefixed_and_normalizing_cleans():
    p = Partner(
        name="  Partner   Fictief vzw ",
        contacts=[Contact(name="Zoë Testpersoon", email="fout"), Contact(name="")],
        trainings=[Training(title="Bounce", on_date="2026-13-01")],
    )
    assert p.all_problems() == {
        "contacts.0.email": "invalid_email",
        "contacts.1.name": "required",
        "trainings.0.on_date": "invalid_date",
    }
    p.contacts = [Contact(name=" Zoë  Testpersoon ")]
    p.trainings = [Training(title="Bounce", on_date="03/04/2026")]
    assert p.all_problems() == {}
    p.normalized()
    assert p.name == "Partner Fictief vzw"
    assert p.contacts[0].name == "Zoë Testpersoon"
    assert p.trainings[0].on_date == "2026-04-03"


def test_name_key_ignores_case_and_spacing():
    assert name_key("  OCMW   Demostad ") == name_key("ocmw demostad")
    assert name_key("Partner Fictief") != name_key("Partner Fictief 2")


def test_custom_sector_codes_are_unique_and_ascii():
    code = custom_sector_code("Buurtwerk Zoë", ["police"])
    assert code == "custom_buurtwerk_zo"
    assert custom_sector_code("Buurtwerk Zoë", [code]) == code + "_2"
    assert custom_sector_code("رانيا", []).startswith("custom_")


def _row(pid, sector=Sector.OTHER, roles=(), cleared=False, status=PartnerStatus.ACTIVE):
    return PartnerRow(
        id=pid,
        name=f"P{pid}",
        sector=sector.value,
        participation=Participation.WORKS_ON,
        status=status,
        municipality="",
        phone="",
        email="",
        notes="",
        roles=frozenset(roles),
        tables=frozenset(),
        contact_names=(),
        has_cleared_contact=cleared,
    )


def test_composition_warnings_follow_art_3():
    assert composition_warnings([]) == [
        CompositionWarning.MAYOR_MISSING,
        CompositionWarning.POLICE_MISSING,
        CompositionWarning.PREVENTION_MISSING,
    ]
    complete = [
        _row(1, roles={Role.MAYOR}),
        _row(2, Sector.POLICE, cleared=True),
        _row(3, roles={Role.PREVENTION_OFFICER}),
    ]
    assert composition_warnings(complete) == []
    no_clearance = [*complete[:1], _row(2, Sector.POLICE), complete[2]]
    assert composition_warnings(no_clearance) == [CompositionWarning.POLICE_CLEARANCE_MISSING]
    archived_mayor = [_row(1, roles={Role.MAYOR}, status=PartnerStatus.ARCHIVED), *complete[1:]]
    assert composition_warnings(archived_mayor) == [CompositionWarning.MAYOR_MISSING]
