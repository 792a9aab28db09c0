"""Compile Qt Linguist .ts files to .qm, used by the package build (setup.py) and by
`tools/i18n.py release`.

pyside6-lrelease is used when the environment has it. An isolated package build
(`pip install .`, `python -m build`) has only setuptools, so this module also carries a
small pure-Python writer of the .qm format that QTranslator reads: the message table
(translations, source text, disambiguation, context), the hash index over source text +
disambiguation (Qt's ELF hash), the language and the plural rules of the shipped
languages. Standard library only: it runs inside the build backend.
"""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
TAG_HASHES, TAG_MESSAGES, TAG_NUMERUS_RULES, TAG_LANGUAGE = 0x42, 0x69, 0x88, 0xA7
TAG_END, TAG_TRANSLATION, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT = 1, 3, 6, 7, 8
# Qt's plural rules (qtranslator.cpp opcodes): one form for n == 1 (Dutch, German,
# English), or for n <= 1 (French).
_Q_EQ, _Q_LEQ = 0x01, 0x03
NUMERUS_RULES = {"nl": bytes([_Q_EQ, 1]), "de": bytes([_Q_EQ, 1]), "en": bytes([_Q_EQ, 1])}
NUMERUS_RULES["fr"] = bytes([_Q_LEQ, 1])


def elf_hash(data: bytes) -> int:
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _field(tag: int, data: bytes) -> bytes:
    return bytes([tag]) + struct.pack(">I", len(data)) + data


def _messages(ts: Path) -> list[tuple[str, str, str, list[str]]]:
    """(context, source, disambiguation, translations) of every translated message."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [tr.text or ""]
            if not any(texts):
                continue
            source = message.findtext("source", "")
            out.append((name, source, message.findtext("comment", "") or "", texts))
    return out


def language_of(ts: Path) -> str:
    return ET.parse(ts).getroot().get("language", "")


def compile_ts(ts: Path, qm: Path) -> None:
    """The pure-Python compiler: write `qm` from `ts`."""
    table = bytearray()
    index: list[tuple[int, int]] = []
    for context, source, comment, texts in _messages(ts):
        offset = len(table)
        for text in texts:
            table += _field(TAG_TRANSLATION, text.encode("utf-16-be"))
        table += _field(TAG_SOURCE, source.encode("utf-8"))
        if comment:
            table += _field(TAG_COMMENT, comment.encode("utf-8"))
        table += _field(TAG_CONTEXT, context.encode("utf-8"))
        table.append(TAG_END)
        index.append((elf_hash((source + comment).encode("utf-8")), offset))
    index.sort()
    hashes = b"".join(struct.pack(">II", h, o) for h, o in index)
    language = language_of(ts)
    body = _field(TAG_HASHES, hashes) + _field(TAG_MESSAGES, bytes(table))
    body += _field(TAG_LANGUAGE, language.encode("utf-8"))
    rules = NUMERUS_RULES.get(language.split("_")[0])
    if rules:
        body += _field(TAG_NUMERUS_RULES, rules)
    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_suffix(".qm.tmp")
    tmp.write_bytes(QM_MAGIC + body)
    os.replace(tmp, qm)


def find_lrelease() -> str | None:
    """pyside6-lrelease of this interpreter's environment, if PySide6 is installed in it
    (an isolated build environment has no PySide6: a pyside6-lrelease on PATH would then
    belong to another environment and fail under the build's isolation)."""
    if importlib.util.find_spec("PySide6") is None:
        return None
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", here / "pyside6-lrelease.exe"):
        if candidate.exists():
            return str(candidate)
    for candidate in (here / "Scripts" / "pyside6-lrelease.exe",):
        if candidate.exists():
            return str(candidate)
    return None


def release(ts_dir: Path, qm_dir: Path, *, use_lrelease: bool = True) -> list[Path]:
    """Compile every translations/livc_*.ts into qm_dir; return the .qm files written."""
    lrelease = find_lrelease() if use_lrelease else None
    written = []
    for ts in sorted(ts_dir.glob("livc_*.ts")):
        qm = qm_dir / ts.with_suffix(".qm").name
        qm_dir.mkdir(parents=True, exist_ok=True)
        if lrelease:
            subprocess.run(
                [lrelease, "-silent", str(ts), "-qm", str(qm)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        else:
            compile_ts(ts, qm)
        written.append(qm)
    if not written:
        raise SystemExit(f"no translations found in {ts_dir}")
    return written


if __name__ == "__main__":
    ROOT = Path(__file__).resolve().parent.parent
    for path in release(ROOT / "translations", Path(sys.argv[1])):
        print(path)
