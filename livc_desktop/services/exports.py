"""Build a document, save it, record the export: the one service for every file the
program hands out (PDFs, CSV lists, calendar files).

The document is built in memory (reports/ builds PDFs; pass the bytes or a function that
builds them), written once, all or nothing and owner-only (storage/files.write_atomic:
a failed write leaves any previous file untouched), and the export is recorded in the
access trail with ids and codes only: the kind of document and the destination folder's
name, never a full path or content.

    save_export(session, target, lambda: build_partner_list(frame, rows), kind="partner_list")
    save_export(session, target, pdf, document="minutes", meeting_id=7)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from livc_desktop.domain.changes import ChangeKind
from livc_desktop.services.session import Session
from livc_desktop.storage.files import ensure_private_dir, os_error, write_atomic

# The trail kind by file type; anything else is a plain file export.
_KINDS = {".pdf": ChangeKind.EXPORT_PDF, ".csv": ChangeKind.EXPORT_CSV}


def export_kind(target: Path) -> ChangeKind:
    return _KINDS.get(Path(target).suffix.lower(), ChangeKind.EXPORT_FILE)


def save_export(
    session: Session,
    target: Path,
    content: bytes | Callable[[], bytes],
    /,
    *,
    trail: ChangeKind | None = None,
    **fields: object,
) -> Path:
    """Build `content` (bytes, or a function returning them), write it to `target` and
    record EXPORT_PDF / EXPORT_CSV / EXPORT_FILE by the file's suffix with `fields` (ids
    and codes, e.g. kind="partner_list") and the destination folder's name. Raises the
    storage errors (DiskFull, WriteFailed, UnsafeLink) with nothing recorded. `trail`
    names the trail kind where the suffix is the user's choice (a CSV saved as .txt)."""
    target = Path(target)
    data = content() if callable(content) else content
    try:
        ensure_private_dir(target.parent)
    except OSError as exc:
        raise os_error(exc) from exc
    write_atomic(target, data)
    session.record(trail or export_kind(target), **fields, destination=target.parent.name)
    return target


# Characters that are safe in a file name on Windows, macOS and Linux and in a mail
# attachment: letters and digits without accents, '-' and '_'.
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def file_name(title: str, *parts: object, suffix: str) -> str:
    """A default file name from a translated document title and parts such as a date or a
    case code ("Notulen", "2026-03-10" -> "notulen-2026-03-10.pdf"). Pass no names of
    people: the name is seen in folders and mail. Accents are dropped and anything but
    letters, digits, '-' and '_' becomes '-', so the name is valid everywhere."""
    words = [str(p) for p in (title, *parts) if str(p).strip()]
    folded = unicodedata.normalize("NFKD", "-".join(words))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    stem = _UNSAFE.sub("-", ascii_only).strip("-_").lower()
    stem = re.sub(r"-{2,}", "-", stem)[:80].strip("-_") or "document"
    return f"{stem}.{suffix.lstrip('.')}"
