"""Rules of the foundation's domain: passphrase strength and the cell profile."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from livc_desktop.domain import passphrase as pp
from livc_desktop.domain.cell import (
    TABLES_BY_STRUCTURE,
    CellProfile,
    CellStructure,
    clean_municipalities,
)
from livc_desktop.domain.preferences import AUTO_LOCK_MAX, AUTO_LOCK_MIN, Preferences


@given(st.text(max_size=11))
def test_short_passphrases_are_too_short(text):
    assert pp.strength(text) is pp.Strength.TOO_SHORT
    assert pp.problems(text, text)["passphrase"] == "too_short"


@given(st.text(min_size=12, max_size=80))
def test_strength_is_defined_and_problems_only_for_spaces_or_weakness(text):
    assert pp.strength(text) in pp.Strength
    found = pp.problems(text, text)
    assert set(found.values()) <= {"surrounding_space", "too_short", "too_weak"}


def test_strength_examples():
    assert pp.strength("aaaaaaaaaaaa") is pp.Strength.WEAK
    assert pp.strength("wachtwoord12") is pp.Strength.WEAK
    assert pp.strength("paard batterij nietje 1987!") >= pp.Strength.GOOD
    assert pp.problems("a long passphrase", "a long passphrasE") == {"repeat": "mismatch"}


@given(st.text(min_size=1))
def test_key_is_nfc_utf8(text):
    import unicodedata

    assert pp.to_key(text) == unicodedata.normalize("NFC", text).encode("utf-8")


@given(st.lists(st.text(max_size=30), max_size=8))
def test_municipalities_are_clean_and_unique(raw):
    cleaned = clean_municipalities(raw)
    assert all(m and m == " ".join(m.split()) for m in cleaned)
    assert len({m.casefold() for m in cleaned}) == len(cleaned)


@given(st.sampled_from(list(CellStructure)), st.lists(st.text(min_size=1, max_size=20), max_size=4))
def test_profile_round_trips_and_has_its_tables(structure, names):
    profile = CellProfile(names, structure, officer_name="Fien Voorbeeld")
    again = CellProfile.from_dict(profile.to_dict())
    assert again == profile
    assert profile.tables == TABLES_BY_STRUCTURE[structure]


def test_arabic_script_municipality_and_officer():
    profile = CellProfile(["بلدية المثال"], officer_name="رانيا المثال")
    assert profile.problems() == {}
    assert CellProfile.from_dict(profile.to_dict()).officer_name == "رانيا المثال"


def test_empty_and_overlong_profile():
    assert CellProfile([]).problems() == {"municipalities": "required"}
    assert CellProfile(["x" * 201]).problems() == {"municipalities": "too_long"}


@given(st.integers(min_value=-10_000, max_value=10_000))
def test_auto_lock_is_clamped(minutes):
    assert (
        AUTO_LOCK_MIN <= Preferences(auto_lock_minutes=minutes).auto_lock_minutes <= AUTO_LOCK_MAX
    )
