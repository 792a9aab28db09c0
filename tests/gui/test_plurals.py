"""Counts speak each language's plural: "1 signal awaits", "2 signals await", never
"signal(s)" or "signaal/signalen wacht(en)"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from livc_desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "translations").glob("livc_*.ts"))
#: "signal(s)", "Meldung(en)", "wacht(en)", "signaal/signalen": a plural left to the
#: reader. Gender forms such as "invité(e)" or "Protokollführer(in)" are not plurals.
PLURAL_HACK = re.compile(r"\w\((s|en|n|es)\)|\b(\w{3,})/\2(en|s|n)\b")
SIGNALS = "%n signals await weighing. Weigh them together with the partners."


def _texts(ts: Path) -> list[tuple[str, str]]:
    out = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source", "")
        out.append((source, source))
        translation = message.find("translation")
        if translation is not None:
            forms = translation.findall("numerusform")
            for text in [translation.text or ""] + [f.text or "" for f in forms]:
                out.append((source, text))
    return out


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_no_visible_string_leaves_the_plural_to_the_reader(ts: Path):
    hacks = [(source, text) for source, text in _texts(ts) if PLURAL_HACK.search(text)]
    assert hacks == []


def test_the_hack_pattern_sees_the_old_sentences():
    for text in ("{count} signal(s) await", "1 signaal/signalen wacht(en)", "Meldung(en)"):
        assert PLURAL_HACK.search(text), text
    for text in ("Président(e)", "Protokollführer(in)", "Präventionsbeauftragte(r):"):
        assert not PLURAL_HACK.search(text), text


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_count_has_all_its_plural_forms(ts: Path):
    root = ET.parse(ts).getroot()
    numerus = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert numerus, "no count is translated with plural forms"
    for message in numerus:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None
        forms = [f.text or "" for f in translation.findall("numerusform")]
        # Dutch, German and English: one / other; French: 0 and 1 / other.
        assert len(forms) == 2, message.findtext("source")
        assert all("%n" in form for form in forms), forms


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 signal awaits weighing.", "2 signals await weighing."),
        ("nl", "1 signaal wacht op weging.", "2 signalen wachten op weging."),
        ("fr", "1 signalement en attente", "2 signalements en attente"),
        ("de", "1 Meldung wartet auf", "2 Meldungen warten auf"),
    ],
)
def test_a_count_reads_right_for_one_and_for_more(qapp, language, one, two):
    i18n.install(language)
    try:
        assert QCoreApplication.translate("SignalsPage", SIGNALS, "", 1).startswith(one)
        assert QCoreApplication.translate("SignalsPage", SIGNALS, "", 2).startswith(two)
        if language == "fr":  # French takes the singular for zero too
            assert QCoreApplication.translate("SignalsPage", SIGNALS, "", 0).startswith(
                "0 signalement en attente"
            )
    finally:
        i18n.install("en")
