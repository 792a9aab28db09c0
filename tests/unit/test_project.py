"""Project-level guarantees: layering contracts and complete, current translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("nl", "fr", "de", "en")  # English: only the plural forms of counts


def _bin(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def test_layering_contracts_hold():
    result = subprocess.run(
        [_bin("lint-imports")], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]


def _messages(ts: Path) -> list[tuple[str, str, str | None, str]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            tr = message.find("translation")
            kind = None if tr is None else tr.get("type")
            text = "" if tr is None else (tr.text or "")
            if tr is not None and message.get("numerus") == "yes":
                # Every plural form, one a line; a missing one makes the whole unfinished.
                forms = [f.text or "" for f in tr.findall("numerusform")]
                text = "\x00".join(forms) if forms and all(f.strip() for f in forms) else ""
            out.append((name, message.findtext("source", ""), kind, text))
    return out


@pytest.mark.parametrize("lang", SHIPPED)
def test_shipped_translation_is_complete(lang):
    ts = ROOT / "translations" / f"livc_{lang}.ts"
    incomplete = [
        (ctx, src)
        for ctx, src, kind, text in _messages(ts)
        if kind in ("unfinished", "obsolete", "vanished") or not text.strip()
    ]
    assert incomplete == [], f"{len(incomplete)} unfinished in {ts.name}: {incomplete[:10]}"


@pytest.mark.parametrize("lang", SHIPPED)
def test_translation_placeholders_survive(lang):
    import re

    ts = ROOT / "translations" / f"livc_{lang}.ts"
    for ctx, src, _kind, text in _messages(ts):
        if not text:
            continue  # reported by the completeness test
        wanted = sorted(re.findall(r"\{[a-z_]*\}|%n", src))
        for form in text.split("\x00"):  # each plural form keeps the placeholders
            assert sorted(re.findall(r"\{[a-z_]*\}|%n", form)) == wanted, (ctx, src, text)


def test_ts_sources_are_current(tmp_path):
    """Every translatable string in the code is in the shipped .ts files (run
    `make translations` after adding strings)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n  # type: ignore[import-not-found]

    probe = tmp_path / "probe_nl.ts"
    shutil.copy(ROOT / "translations" / "livc_nl.ts", probe)
    subprocess.run(
        [_bin("pyside6-lupdate"), *i18n.sources(), "-locations", "none", "-ts", str(probe)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    fresh = {(c, s) for c, s, kind, _ in _messages(probe) if kind not in ("obsolete", "vanished")}
    shipped = {(c, s) for c, s, _, _ in _messages(ROOT / "translations" / "livc_nl.ts")}
    assert fresh - shipped == set(), sorted(fresh - shipped)[:10]
    assert shipped - fresh == set(), sorted(shipped - fresh)[:10]
