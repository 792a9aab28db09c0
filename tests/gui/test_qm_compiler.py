"""The package build compiles the translations with tools/qmrelease.py (pyside6-lrelease is
not in an isolated build environment): its .qm files must translate exactly as lrelease's."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import qmrelease  # noqa: E402

TS_FILES = sorted((ROOT / "translations").glob("livc_*.ts"))

PLURALS_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context><name>Probe</name>
<message numerus="yes"><source>%n case(s)</source>
<translation><numerusform>{one} %n</numerusform><numerusform>{many} %n</numerusform></translation>
</message>
<message><source>Open</source><comment>verb</comment><translation>{verb}</translation></message>
<message><source>Open</source><comment>state</comment><translation>{state}</translation></message>
<message><source>Only unfinished</source><translation type="unfinished"></translation></message>
<message><source>Quotes "and" &lt;tags&gt; é ∑ 😀</source>
<translation>Ça « va » ∑ 😀</translation></message>
</context>
<context><name>Other</name>
<message><source>Open</source><comment>verb</comment><translation>{other}</translation></message>
</context>
</TS>
"""


def _load(path: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(path)), path
    return translator


def _both(tmp_path: Path, ts: Path) -> tuple[QTranslator, QTranslator]:
    ours = tmp_path / "ours.qm"
    qmrelease.compile_ts(ts, ours)
    lrelease = qmrelease.find_lrelease()
    assert lrelease, "the test environment has PySide6 and so pyside6-lrelease"
    import subprocess

    theirs = tmp_path / "theirs.qm"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(theirs)], check=True)
    return _load(ours), _load(theirs)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_shipped_message_translates_as_with_lrelease(qapp, tmp_path, ts):
    ours, theirs = _both(tmp_path, ts)
    checked = 0
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            comment = message.findtext("comment") or None
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in message.iter("numerusform")]
                for n, form in ((1, forms[0]), (2, forms[-1])):
                    expected = theirs.translate(name, source, comment, n)
                    assert ours.translate(name, source, comment, n) == expected, (name, source)
                    assert expected == form, (name, source, n)
                checked += 1
                continue
            expected = theirs.translate(name, source, comment)
            assert ours.translate(name, source, comment) == expected, (name, source)
            assert expected == (message.findtext("translation") or ""), (name, source)
            checked += 1
    # English holds only the plural forms of counts; the others every message.
    assert checked > (5 if ts.stem == "livc_en" else 500)
    assert ours.language() == theirs.language()


@pytest.mark.parametrize(
    ("lang", "one", "many"), [("fr_BE", "un", "des"), ("nl_BE", "één", "meer")]
)
def test_plurals_disambiguation_and_contexts_match_lrelease(qapp, tmp_path, lang, one, many):
    ts = tmp_path / "probe.ts"
    ts.write_text(
        PLURALS_TS.format(lang=lang, one=one, many=many, verb="V", state="S", other="O"),
        encoding="utf-8",
    )
    ours, theirs = _both(tmp_path, ts)
    for n in (0, 1, 2, 7, 21):
        assert ours.translate("Probe", "%n case(s)", None, n) == theirs.translate(
            "Probe", "%n case(s)", None, n
        )
    # French takes the singular for 0, Dutch the plural.
    assert ours.translate("Probe", "%n case(s)", None, 0).startswith(
        one if lang == "fr_BE" else many
    )
    for context, comment in (("Probe", "verb"), ("Probe", "state"), ("Other", "verb")):
        assert ours.translate(context, "Open", comment) == theirs.translate(
            context, "Open", comment
        )
    assert ours.translate("Probe", "Open", "verb") == "V"
    assert ours.translate("Other", "Open", "verb") == "O"
    assert ours.translate("Probe", "Only unfinished") == theirs.translate(
        "Probe", "Only unfinished"
    )
    source = 'Quotes "and" <tags> é ∑ 😀'
    assert ours.translate("Probe", source) == "Ça « va » ∑ 😀"
    assert ours.translate("Nowhere", "Open", "verb") == ""
