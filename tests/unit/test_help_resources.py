"""The manual travels with the program: package data of the wheel, the PyInstaller bundle
(which ships resources/ whole) and the installed smoke test all include resources/help."""

from __future__ import annotations

import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from livc_desktop import resources

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_and_bundle_ship_the_manual():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["livc_desktop.resources"]
    assert "help/*" in patterns
    spec = (ROOT / "build" / "livc-desktop.spec").read_text("utf-8")
    assert '(str(ROOT / "resources"), "livc_desktop/resources")' in spec
    assert "help sections" in (ROOT / "tools" / "smoke.py").read_text("utf-8")


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.anchors: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag == "a" and found.get("name"):
            self.anchors.append(str(found["name"]))
        if tag == "a" and str(found.get("href", "")).startswith("#"):
            self.links.append(str(found["href"])[1:])


@pytest.mark.parametrize("language", resources.HELP_LANGUAGES)
def test_each_manual_has_the_same_sections_and_no_dead_link(language):
    parser = _Anchors()
    parser.feed(resources.help_html(language))
    english = _Anchors()
    english.feed(resources.help_html("en"))
    assert parser.anchors == english.anchors  # the same sections, in the same order
    assert set(parser.links) <= set(parser.anchors)
    assert len(set(parser.anchors)) == len(parser.anchors)


def test_an_unknown_language_reads_the_english_manual():
    assert resources.help_html("xx") == resources.help_html("en")
