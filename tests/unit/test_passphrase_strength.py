"""A new passphrase is refused below zxcvbn's score 3, with Dutch, French and German words
and the cell's own names counted as easy to guess; the meter shows the same verdict."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livc_desktop.domain import passphrase as pp
from livc_desktop.domain.cell import CellProfile
from livc_desktop.domain.errors import ValidationError
from livc_desktop.services import backup as backup_service
from livc_desktop.services import register as register_service
from tests.conftest import PASSPHRASE

CELL = ["Demostad", "Voorbeeldegem"]


@given(st.text(max_size=pp.MIN_LENGTH - 1))
def test_shorter_than_the_minimum_is_too_short(text):
    assert pp.strength(text) is pp.Strength.TOO_SHORT


@given(st.text(min_size=pp.MIN_LENGTH, max_size=40))
def test_refused_exactly_when_the_meter_says_too_weak(text):
    found = pp.problems(text, text, CELL)
    verdict = pp.strength(text, CELL)
    if pp.normalize(text).strip() == pp.normalize(text):
        assert (found.get("passphrase") == "too_weak") == (verdict < pp.ACCEPTED)


@pytest.mark.parametrize(
    "weak",
    [
        "wachtwoord123",
        "Wachtwoord2026",
        "Willkommen2026!",
        "Motdepasse2026!",
        "azertyuiop123",
        "zonneschijn12",
        "passwortpasswort",
    ],
)
def test_common_dutch_french_and_german_passphrases_are_refused(weak):
    assert pp.strength(weak) < pp.ACCEPTED
    assert pp.problems(weak, weak) == {"passphrase": "too_weak"}


def test_the_cells_own_names_make_a_passphrase_weak():
    text = "Voorbeeldegem2026"
    assert pp.strength(text) >= pp.ACCEPTED
    assert pp.strength(text, CELL) < pp.ACCEPTED
    assert pp.problems(text, text, CELL) == {"passphrase": "too_weak"}
    profile = CellProfile(["Zoë Testpersoongem"], officer_name="Jan Fictief")
    assert pp.strength("Testpersoongem1987", profile.names()) < pp.ACCEPTED
    assert pp.strength("JanFictief!1987", profile.names()) < pp.ACCEPTED


@pytest.mark.parametrize(
    "strong",
    [PASSPHRASE, "paard batterij nietje 1987!", "een aparte back-upzin 2026"],
)
def test_long_unusual_passphrases_pass(strong):
    assert pp.strength(strong, CELL) >= pp.ACCEPTED
    assert pp.problems(strong, strong, CELL) == {}


def test_a_very_long_passphrase_is_rated_on_its_start():
    assert pp.strength("a" * 500) < pp.ACCEPTED
    assert pp.strength(PASSPHRASE + " " + "x" * 500) >= pp.ACCEPTED


def test_creating_a_register_refuses_a_weak_passphrase(register_path):
    profile = CellProfile(["Demostad"])
    with pytest.raises(ValidationError) as caught:
        register_service.create(register_path, "Demostad2026!", "Demostad2026!", profile)
    assert caught.value.problems == {"passphrase": "too_weak"}
    assert not register_path.exists()


def test_changing_to_a_weak_passphrase_is_refused(session):
    with pytest.raises(ValidationError) as caught:
        register_service.change_passphrase(session, PASSPHRASE, "Testdorp2026!", "Testdorp2026!")
    assert caught.value.problems == {"passphrase": "too_weak"}
    assert session.is_open


def test_a_weak_separate_backup_passphrase_is_refused(session, tmp_path):
    for make in (
        lambda: backup_service.make_backup(
            session, tmp_path / "usb", passphrase="wachtwoord123", repeated="wachtwoord123"
        ),
        lambda: backup_service.create_backup_from_file(
            session.path,
            PASSPHRASE,
            tmp_path / "usb",
            backup_passphrase="Testdorp2026!",
            repeated="Testdorp2026!",
        ),
    ):
        with pytest.raises(ValidationError) as caught:
            make()
        assert caught.value.problems == {"passphrase": "too_weak"}
    assert not (tmp_path / "usb").exists() or not any((tmp_path / "usb").iterdir())
