"""Search folds accents and case both ways ("helene" finds "Hélène" and the reverse),
inside SQLite: case codes and pseudonyms, information items, identity names."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from livc_desktop.domain.cases import CaseDraft, Identity, InformationItem
from livc_desktop.domain.redaction import folded
from livc_desktop.services import cases as case_service
from livc_desktop.services import retention as retention_service

DAY = date(2026, 1, 5)


@pytest.fixture
def cases(session) -> dict[str, int]:
    return {
        "accented": case_service.open_case(
            session, CaseDraft(DAY, pseudonym="Hélène V."), Identity(name="Hélène Voorbeeld")
        ),
        "plain": case_service.open_case(
            session, CaseDraft(DAY, pseudonym="Francois D."), Identity(name="Francois Demo")
        ),
    }


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("helene", "accented"), ("HÉLÈNE", "accented"), ("françois", "plain"), ("FRANCOIS", "plain")],
)
def test_pseudonym_search_folds_accents_both_ways(session, cases, typed, expected):
    assert case_service.search_case_ids(session, typed) == {cases[expected]}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("helene voor", "accented"), ("Hélène", "accented"), ("françois", "plain")],
)
def test_person_search_folds_accents_both_ways(session, cases, typed, expected):
    found = retention_service.find_person(session, typed)
    assert [case_id for case_id, _code in found] == [cases[expected]]


def test_information_search_folds_accents_both_ways(session, cases):
    partner = session.register.execute(
        "INSERT INTO partner(name, created_at, updated_at) VALUES ('Partner Fictief vzw',"
        " '2026-01-01T00:00:00', '2026-01-01T00:00:00')"
    ).lastrowid
    case_service.add_information(
        session,
        cases["plain"],
        InformationItem(DAY, int(partner), "Gesprek op de crèche over Zoë", consent=True),
    )
    assert case_service.search_case_ids(session, "creche") == {cases["plain"]}
    assert case_service.search_case_ids(session, "ZOE") == {cases["plain"]}


def test_the_sql_fold_is_the_domain_fold(session):
    # SQLite ends a bound text at a NUL character; lone surrogates cannot be bound at all.
    @given(
        st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=40)
    )
    def check(text):
        assert session.register.scalar("SELECT livc_fold(?)", (text,)) == folded(text)

    check()


def _folded_per_character(value: str) -> str:
    """The folding rule read literally: drop the ignored characters, split each letter
    from its marks (NFKD), drop the marks, fold the case."""
    import unicodedata

    from livc_desktop.domain.redaction import _IGNORED

    plain = "".join(c for c in value if c not in _IGNORED)
    split = unicodedata.normalize("NFKD", plain)
    return "".join(c for c in split if not unicodedata.combining(c)).casefold()


@settings(max_examples=500)
@given(st.text())
def test_fast_folding_equals_the_rule_read_literally(value):
    assert folded(value) == _folded_per_character(value)


@pytest.mark.parametrize(
    "value", ["Hélène Voorbeeld", "رانيا المثال", "Ærø ǅ ﬁ", "Zoë\u00ad\u200b", "x\U0001d167y"]
)
def test_fast_folding_of_names_in_any_script(value):
    assert folded(value) == _folded_per_character(value)
