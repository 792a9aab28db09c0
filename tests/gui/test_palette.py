"""Colours come from ui/palette.py only, readable (WCAG AA) in the light and the dark
variant, and the variant follows the application palette."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from livc_desktop.ui import palette

UI = Path(__file__).resolve().parents[2] / "livc_desktop" / "ui"
#: A colour written into the code: "#b00020", "#333", rgb(...), a named colour in a style
#: sheet, QColor("..."), or a Qt.GlobalColor other than transparent.
LITERAL = re.compile(
    r"""["'][^"'\n]*#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b"""
    r"|rgba?\("
    r"|\b(?:color|background(?:-color)?|border[a-z-]*)\s*:\s*[^;\"']*\b"
    r"(?:white|black|red|green|blue|yellow|orange|gr[ae]y|darkred)\b"
    r"|QColor\(\s*[\"']"
    r"|Qt\.GlobalColor\.(?!transparent)"
)


def _code_lines(path: Path) -> list[tuple[int, str]]:
    out = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        code = line.split("  #", 1)[0]
        if code.lstrip().startswith("#"):
            continue
        out.append((number, code))
    return out


def test_no_colour_is_written_outside_the_palette_module():
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "palette.py"
        for number, line in _code_lines(path)
        if LITERAL.search(line)
    ]
    assert found == []


def test_the_literal_pattern_finds_the_usual_ways_of_writing_a_colour():
    for line in (
        'label.setStyleSheet("color: #b00020;")',
        'OFF = "background:#b00020;color:white;"',
        'QColor("#444444")',
        "painter.setPen(Qt.GlobalColor.red)",
        'style = "color: rgb(10, 20, 30)"',
    ):
        assert LITERAL.search(line), line
    assert not LITERAL.search("pixmap.fill(Qt.GlobalColor.transparent)")
    assert not LITERAL.search('name = "partner #12"')


@pytest.mark.parametrize("variant", ["light", "dark"])
def test_every_text_colour_reads_at_wcag_aa(variant):
    colours = palette.DARK if variant == "dark" else palette.LIGHT
    reference = palette.REFERENCE[variant]
    weak = []
    for text, background in palette.TEXT_PAIRS:
        texts = reference["text"] if text == "text" else (colours[text],)
        grounds = reference["window"] if background == "window" else (colours[background],)
        for fg in texts:
            for bg in grounds:
                ratio = palette.contrast(fg, bg)
                if ratio < 4.5:
                    weak.append(f"{text} {fg} on {background} {bg}: {ratio:.2f}")
    assert weak == []


def test_both_variants_name_the_same_roles():
    assert palette.LIGHT.keys() == palette.DARK.keys()


def test_the_contrast_formula_matches_wcag():
    assert palette.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_the_variant_follows_the_window_colour(qapp):
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#2d2d2d"))
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#efefef"))
    assert palette.is_dark(dark) and not palette.is_dark(light)
    saved = qapp.palette()
    try:
        qapp.setPalette(dark)
        assert palette.css(palette.NOTICE_BG) == palette.DARK[palette.NOTICE_BG]
        qapp.setPalette(light)
        assert palette.css(palette.NOTICE_BG) == palette.LIGHT[palette.NOTICE_BG]
    finally:
        qapp.setPalette(saved)
