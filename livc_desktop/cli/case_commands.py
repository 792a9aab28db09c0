"""case export / case import: pass one case on to another cell as an encrypted package.

The export's one-time passphrase is printed once, on standard output only (never to the
log, a file or the access trail); the import reads it like every other secret: at a prompt,
or from standard input with --passphrase-stdin (the register's first, the package's next)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from livc_desktop.cli.common import (
    add_passphrase_option,
    read_passphrase,
    register_lock,
    usage_error,
)
from livc_desktop.domain.errors import ExitCode
from livc_desktop.domain.transfer import CasePackage, ExportAuthority, LegalBasis
from livc_desktop.services import register as register_service
from livc_desktop.services import transfer
from livc_desktop.services.paths import default_register_path
from livc_desktop.ui.messages import translate


def add_commands(sub: Any) -> None:
    case = sub.add_parser("case", help="pass a case on to another cell (export / import)")
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    p = case_sub.add_parser(
        "export",
        help="write one case as an encrypted package for another cell; prints its "
        "one-time passphrase once",
    )
    p.add_argument("--register", type=Path, dest="cmd_register")
    p.add_argument("--case", required=True, dest="case_code", help="the case code, e.g. 2026-004")
    p.add_argument("--out", type=Path, required=True, help=f"the package file (*{transfer.SUFFIX})")
    p.add_argument(
        "--legal-basis", required=True, choices=[b.value for b in LegalBasis], dest="legal_basis"
    )
    p.add_argument(
        "--approved-on", required=True, dest="approved_on", help="date of the mayor's approval"
    )
    p.add_argument(
        "--approval-ref", required=True, dest="approval_ref", help="reference of the approval"
    )
    p.add_argument("--email", default="", help="the sending officer's e-mail address")
    p.add_argument("--phone", default="", help="the sending officer's phone number")
    p.add_argument(
        "--with-identity",
        action="store_true",
        dest="with_identity",
        help="include the person's identity (only where the legal basis covers it)",
    )
    add_passphrase_option(p)
    p.set_defaults(func=cmd_case_export)

    p = case_sub.add_parser(
        "import", help="import a case package from another cell as a new case (preview first)"
    )
    p.add_argument("--register", type=Path, dest="cmd_register")
    p.add_argument("--file", type=Path, required=True, dest="package_file")
    p.add_argument(
        "--preview",
        action="store_true",
        help="show what the package holds and import nothing",
    )
    add_passphrase_option(p)
    p.set_defaults(func=cmd_case_import)


def _path(args: argparse.Namespace) -> Path:
    return Path(args.cmd_register or args.register or default_register_path())


def cmd_case_export(args: argparse.Namespace) -> int:
    path = _path(args)
    out = Path(args.out)
    if out.suffix.lower() != transfer.SUFFIX:
        return usage_error(
            translate("Cli", "The package file must end in {suffix}.").format(
                suffix=transfer.SUFFIX
            )
        )
    try:
        approved_on = date.fromisoformat(args.approved_on)
    except ValueError:
        return usage_error(translate("Cli", "Give the approval date as YYYY-MM-DD."))
    authority = ExportAuthority(
        LegalBasis(args.legal_basis), approved_on, args.approval_ref, bool(args.with_identity)
    )
    with register_lock(path):
        session = register_service.unlock(
            path, read_passphrase(args, translate("Cli", "Passphrase: ")), verify_pages=True
        )
        try:
            case_id = transfer.case_id_for_code(session, args.case_code.strip())
            if case_id is None:
                return usage_error(
                    translate("Cli", "There is no case {code} in this register.").format(
                        code=args.case_code.strip()
                    )
                )
            passphrase = transfer.export_case(
                session, case_id, out, authority, email=args.email, phone=args.phone
            )
        finally:
            session.close()
    print(translate("Cli", "Case package written: {path}").format(path=out))
    print(
        translate(
            "Cli",
            "One-time passphrase (shown only now; give it by phone, never with the file): "
            "{passphrase}",
        ).format(passphrase=passphrase)
    )
    return int(ExitCode.OK)


def preview_lines(package: CasePackage) -> list[str]:
    """What the receiving officer sees before importing (codes and dates only)."""
    from livc_desktop.ui.case_labels import flag_label, follow_up_label, phase_label

    lines = [
        translate("Cli", "From: the cell of {cell} (officer: {officer}), sent on {date}").format(
            cell=package.sender.cell,
            officer=package.sender.officer or "-",
            date=package.made_on.isoformat(),
        ),
        translate("Cli", "Their case code: {code}").format(code=package.case_code),
        translate("Cli", "Phase: {phase}; flag: {flag}; follow-up: {follow_up}").format(
            phase=phase_label(package.phase),
            flag=flag_label(package.flag),
            follow_up=follow_up_label(package.follow_up),
        ),
        translate(
            "Cli", "Flag decisions: {flags}; phase changes: {phases}; measures: {measures}"
        ).format(
            flags=len(package.flags), phases=len(package.phases), measures=len(package.measures)
        ),
        translate("Cli", "Identity of the person included: {answer}").format(
            answer=translate("Cli", "yes") if package.identity else translate("Cli", "no")
        ),
    ]
    return lines


def cmd_case_import(args: argparse.Namespace) -> int:
    from livc_desktop.ui.transfer_labels import received_texts

    path = _path(args)
    data = transfer.read_file(Path(args.package_file))
    with register_lock(path):
        session = register_service.unlock(
            path, read_passphrase(args, translate("Cli", "Passphrase: ")), verify_pages=True
        )
        try:
            secret = read_passphrase(args, translate("Cli", "Passphrase of the package: "))
            package = transfer.preview(session, data, secret)
            for line in preview_lines(package):
                print(line)
            if args.preview:
                return int(ExitCode.OK)
            case_id = transfer.import_package(session, package, received_texts(package.sender.cell))
            code = transfer.case_code(session, case_id)
        finally:
            session.close()
    print(translate("Cli", "Imported as case {code}.").format(code=code))
    return int(ExitCode.OK)
