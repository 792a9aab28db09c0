"""meetings, minutes: list the meetings and write a meeting's minutes PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from livc_desktop.cli import distribution_commands
from livc_desktop.cli.common import (
    add_passphrase_option,
    read_passphrase,
    register_lock,
    usage_error,
)
from livc_desktop.domain.errors import ExitCode
from livc_desktop.domain.meetings import (
    DocumentKind,
)
from livc_desktop.services import meetings as meeting_service
from livc_desktop.services import register as register_service
from livc_desktop.services.exports import save_export
from livc_desktop.services.paths import default_register_path
from livc_desktop.ui.messages import translate


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "meetings", help="list the meetings: id, date, table, status (tab-separated)"
    )
    p.add_argument("--register", type=Path, dest="cmd_register")
    add_passphrase_option(p)
    p.set_defaults(func=cmd_meetings)

    p = sub.add_parser("minutes", help="write a meeting's minutes as PDF")
    p.add_argument("--register", type=Path, dest="cmd_register")
    p.add_argument("--meeting", type=int, required=True, help="the meeting's id")
    p.add_argument(
        "--out", type=Path, required=True, help="the PDF file (a folder with --per-recipient)"
    )
    distribution_commands.add_arguments(p)
    add_passphrase_option(p)
    p.set_defaults(func=cmd_minutes)


def _path(args: argparse.Namespace) -> Path:
    return Path(args.cmd_register or args.register or default_register_path())


def cmd_meetings(args: argparse.Namespace) -> int:
    path = _path(args)
    with register_lock(path):
        # Every page checked before anything is written: a listing that reads only some
        # pages would otherwise succeed on a damaged register.
        session = register_service.unlock(
            path, read_passphrase(args, translate("Cli", "Passphrase: ")), verify_pages=True
        )
        try:
            for meeting in sorted(
                meeting_service.list_meetings(session), key=lambda m: (m.on_date, m.id)
            ):
                status = (
                    meeting.status.value
                    if meeting.minutes_state.value == "draft"
                    else meeting.minutes_state.value
                )
                print(f"{meeting.id}\t{meeting.on_date}\t{meeting.table_kind.value}\t{status}")
        finally:
            session.close()
    return int(ExitCode.OK)


def cmd_minutes(args: argparse.Namespace) -> int:
    from livc_desktop.ui.meeting_labels import labels_for

    path = _path(args)
    out = Path(args.out)
    per_recipient = args.per_recipient
    if args.encrypt and not per_recipient:
        return usage_error(translate("Cli", "--encrypt needs --per-recipient."))
    if per_recipient == (out.suffix.lower() == ".pdf"):
        return usage_error(
            translate("Cli", "With --per-recipient, --out is a folder.")
            if per_recipient
            else translate("Cli", "The output file must end in .pdf.")
        )
    with register_lock(path):
        # Every page checked before anything is written: a listing that reads only some
        # pages would otherwise succeed on a damaged register.
        session = register_service.unlock(
            path, read_passphrase(args, translate("Cli", "Passphrase: ")), verify_pages=True
        )
        try:
            if per_recipient:
                return distribution_commands.write_copies(
                    session, args.meeting, out, encrypt=args.encrypt
                )
            data = meeting_service.minutes_pdf(session, args.meeting, labels_for(session))
            save_export(
                session,
                out,
                data,
                document=DocumentKind.MINUTES.value,
                meeting_id=args.meeting,
                case_id=None,
            )
        finally:
            session.close()
    print(translate("Cli", "Minutes written: {path}").format(path=out))
    return int(ExitCode.OK)
