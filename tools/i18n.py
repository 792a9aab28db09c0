"""Translation workflow.

  python tools/i18n.py update    refresh translations/livc_<lang>.ts from the code
                                 (pyside6-lupdate, obsolete entries dropped), then fill
                                 still-unfinished entries from translations/worksheets/*.json
  python tools/i18n.py release   compile the .ts files to livc_desktop/translations/*.qm
  python tools/i18n.py status    count unfinished entries per language
  python tools/i18n.py todo      print, as a worksheet skeleton (JSON), every string of the
                                 code that neither the .ts files nor the worksheets translate
                                 yet (touches nothing in translations/)
  python tools/i18n.py pseudo DIR  write DIR/livc_pseudo.qm: every string accented and about
                                 40 % longer (plural forms too), to test that layouts survive
                                 long translations; never shipped

Worksheets are JSON files {"nl": {"Context": {"source": "translation"}}, "fr": ...}; they
let several people translate in parallel without editing the same XML. A message with a
count (`tr("%n signals", "", n)`) takes a list of its plural forms instead of one string:
two for nl, de and en (one / other) and for fr (0 and 1 / other). A translation made
in Qt Linguist always wins: worksheets only fill entries that are still unfinished.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
WORKSHEETS = TS_DIR / "worksheets"
QM_DIR = ROOT / "livc_desktop" / "translations"
LANGS = ("nl", "fr", "de", "en")
LOCALE = {"nl": "nl_BE", "fr": "fr_BE", "de": "de_BE", "en": "en_GB"}
#: English is the source language: its file holds only the plural forms of counts.
PLURAL_ONLY = ("en",)


def _tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "livc_desktop").rglob("*.py"))
    return [
        str(f.relative_to(ROOT))
        for f in files
        if "translate" in f.read_text("utf-8") or "tr(" in f.read_text("utf-8")
    ]


def lupdate(ts: Path, locale: str) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources(),
            *(["-pluralonly"] if locale.split("_")[0] in PLURAL_ONLY else []),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            locale,
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def update() -> None:
    for lang in LANGS:
        ts = TS_DIR / f"livc_{lang}.ts"
        lupdate(ts, LOCALE[lang])
        fill(ts, lang)
    status()


Translation = str | list[str]


def load_worksheets(lang: str) -> dict[tuple[str, str], Translation]:
    table: dict[tuple[str, str], Translation] = {}
    for sheet in sorted(WORKSHEETS.glob("*.json")):
        data = json.loads(sheet.read_text("utf-8"))
        for context, entries in data.get(lang, {}).items():
            for source, translation in entries.items():
                table[(context, source)] = translation
    return table


def fill(ts: Path, lang: str) -> None:
    """Fill unfinished entries from the worksheets, then write the file in one layout
    (lupdate indents differently), so that it changes only where a message changed."""
    table = load_worksheets(lang)
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            new = table.get((name, source))
            if not new:
                continue
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                if not isinstance(new, list) or len(new) != len(forms) or not all(new):
                    continue  # a count needs every plural form of the language
                for form, text in zip(forms, new, strict=True):
                    form.text = text
            elif isinstance(new, str):
                translation.text = new
            else:
                continue
            del translation.attrib["type"]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
        encoding="utf-8",
    )


def unfinished(ts: Path) -> list[tuple[str, str]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and message.get("numerus") == "yes":
                texts = [f.text or "" for f in tr.findall("numerusform")]
            else:
                texts = [tr.text or ""] if tr is not None else []
            if (
                tr is None
                or tr.get("type") in ("unfinished", "vanished", "obsolete")
                or not texts
                or not all(t.strip() for t in texts)
            ):
                out.append((name, message.findtext("source", "")))
    return out


def status() -> int:
    missing = 0
    for lang in LANGS:
        ts = TS_DIR / f"livc_{lang}.ts"
        n = len(unfinished(ts)) if ts.exists() else -1
        print(f"{lang}: {'missing file' if n < 0 else f'{n} unfinished'}")
        missing += max(n, 0)
    return missing


def todo() -> dict[str, dict[str, dict[str, str]]]:
    import tempfile

    sheet: dict[str, dict[str, dict[str, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            probe = Path(tmp) / f"livc_{lang}.ts"
            shipped = TS_DIR / f"livc_{lang}.ts"
            if shipped.exists():
                shutil.copy(shipped, probe)
            lupdate(probe, LOCALE[lang])
            fill(probe, lang)
            numerus = numerus_sources(probe)
            for context, source in unfinished(probe):
                blank: Translation = ["", ""] if (context, source) in numerus else ""
                sheet.setdefault(lang, {}).setdefault(context, {})[source] = blank
    return sheet


def numerus_sources(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message that has plural forms."""
    out = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                out.add((name, message.findtext("source", "")))
    return out


def pseudo(out_dir: Path) -> Path:
    """Compile a pseudo-translation of every string of the code into out_dir."""
    sys.path.insert(0, str(ROOT))
    from livc_desktop.ui.i18n import pseudo as lengthen

    out_dir.mkdir(parents=True, exist_ok=True)
    ts = out_dir / "livc_pseudo.ts"
    ts.unlink(missing_ok=True)
    lupdate(ts.resolve(), "en_GB")
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            for form in forms:
                form.text = lengthen(source)
        else:
            translation.text = lengthen(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = out_dir / "livc_pseudo.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def release() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        ts = TS_DIR / f"livc_{lang}.ts"
        if ts.exists():
            subprocess.run(
                [
                    _tool("pyside6-lrelease"),
                    "-silent",
                    str(ts),
                    "-qm",
                    str(QM_DIR / f"livc_{lang}.qm"),
                ],
                check=True,
            )


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "status"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "todo":
        print(json.dumps(todo(), ensure_ascii=False, indent=1))
    elif command == "pseudo" and len(sys.argv) == 3:
        print(pseudo(Path(sys.argv[2])))
    elif command == "status":
        sys.exit(1 if status() else 0)
    else:
        raise SystemExit(__doc__)
