"""After a live language switch every text of the settings page (the case settings
included) and of the status bar is in the new language."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from livc_desktop.ui import i18n
from tests.gui.conftest import unlock_with, visible_texts

ROOT = Path(__file__).resolve().parents[2]


def catalogue(language: str) -> tuple[Path, set[str]]:
    """The shipped .ts for `language`: where it is, and its English source texts whose
    translation differs (texts with placeholders left out: they are filled in)."""
    path = ROOT / "translations" / f"livc_{language}.ts"
    sources: set[str] = set()
    translations: set[str] = set()
    for message in ET.parse(path).iter("message"):
        source = message.findtext("source") or ""
        target = message.findtext("translation") or ""
        translations.add(target)
        if target and target != source and "{" not in source:
            sources.add(source)
    return path, sources - translations


def compiled(ts: Path, folder: Path) -> Path:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    qm = folder / ts.with_suffix(".qm").name
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


def texts(window) -> set[str]:
    page = window.page("settings")
    bar = {w.text() for w in window.statusBar().findChildren(QLabel) if w.text()}
    # Each language is named in its own words, whatever the interface language.
    own_names = {page.language_combo.itemText(i) for i in range(page.language_combo.count())}
    return (set(visible_texts(page)) | bar) - own_names


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_switching_language_reaches_case_settings_and_the_status_bar(
    qtbot, make_window, sentinel_register, tmp_path, monkeypatch, language
):
    ts, english_only = catalogue(language)
    monkeypatch.setattr(i18n, "QM_DIR", compiled(ts, tmp_path))
    window = make_window(sentinel_register)
    unlock_with(qtbot, window)
    window.show_page("settings")
    before = texts(window)
    assert before & english_only, "the check must see English texts before the switch"
    backup_before = window.backup_status.text()
    window.apply_language(language)
    qtbot.waitUntil(lambda: window.navigation.item(0).text() != "Overview", timeout=2000)
    assert sorted(texts(window) & english_only) == []
    assert window.backup_status.text() != backup_before
