"""`minutes --per-recipient [--encrypt]`: one copy of the minutes per member of the table,
written into the folder given with --out, and one tab-separated line per recipient on
standard output: file, recipient and, with --encrypt, the copy's password (only there:
never in a file, a log or the access trail)."""

from __future__ import annotations

import argparse
from pathlib import Path

from livc_desktop.domain.errors import ExitCode
from livc_desktop.domain.meetings import DocumentKind
from livc_desktop.services import distribution
from livc_desktop.services import meetings as meeting_service
from livc_desktop.services.session import Session
from livc_desktop.ui.distribution_labels import copy_words
from livc_desktop.ui.meeting_labels import labels_for


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--per-recipient",
        action="store_true",
        help="one copy per member of the table, marked with their name; --out is a folder",
    )
    parser.add_argument(
        "--encrypt",
        action="store_true",
        help="protect each copy (AES-256) with a password of its own, printed on stdout",
    )


def _cell(value: str) -> str:
    return " ".join(value.split())


def write_copies(session: Session, meeting_id: int, folder: Path, *, encrypt: bool) -> int:
    meeting = meeting_service.get_meeting(session, meeting_id)
    document = DocumentKind.MINUTES
    chosen = distribution.recipients(session, meeting_id, document)
    copies = distribution.make_copies(
        session,
        meeting_id,
        document,
        chosen,
        labels_for(session),
        copy_words(session, meeting, document),
        encrypt=encrypt,
    )
    saved = distribution.save_copies(session, meeting_id, document, copies, folder)
    for item in saved:
        fields = [str(item.path), _cell(item.recipient.label)]
        if item.password is not None:
            fields.append(item.password)
        print("\t".join(fields))
    return int(ExitCode.OK)
