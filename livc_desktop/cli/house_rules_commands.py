"""house-rules, intake-form: the adopted house rules (or the guests' confidentiality
undertaking) as PDF, and the blank reporting form as a fillable PDF in one language."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from livc_desktop.cli.common import (
    add_passphrase_option,
    read_passphrase,
    register_lock,
    usage_error,
)
from livc_desktop.domain.cell import LANGUAGES
from livc_desktop.domain.errors import ExitCode
from livc_desktop.services import register as register_service
from livc_desktop.services.paths import default_register_path
from livc_desktop.ui.messages import translate


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "house-rules",
        help="write the adopted house rules with a signature block per partner as PDF",
    )
    p.add_argument("--register", type=Path, dest="cmd_register")
    p.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    p.add_argument(
        "--version",
        type=int,
        dest="rules_version",
        default=None,
        help="the number of an adopted version (default: the current one)",
    )
    p.add_argument(
        "--guest-undertaking",
        action="store_true",
        help="write the one-page confidentiality undertaking for ad hoc guests instead",
    )
    add_passphrase_option(p)
    p.set_defaults(func=cmd_house_rules)

    p = sub.add_parser(
        "intake-form",
        help="write the blank reporting form (fillable PDF, no register data) in one language",
    )
    p.add_argument("--lang", dest="form_lang", choices=list(LANGUAGES), required=True)
    p.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    p.add_argument(
        "--register",
        type=Path,
        dest="cmd_register",
        default=None,
        help="also record the export in this register's access trail",
    )
    add_passphrase_option(p)
    p.set_defaults(func=cmd_intake_form)


def _pdf_target(out: Path) -> bool:
    return out.suffix.lower() == ".pdf"


def cmd_house_rules(args: argparse.Namespace) -> int:
    from livc_desktop.services import house_rules
    from livc_desktop.ui.house_rules_labels import labels_for

    path = Path(args.cmd_register or args.register or default_register_path())
    out = Path(args.out)
    if not _pdf_target(out):
        return usage_error(translate("Cli", "The output file must end in .pdf."))
    with register_lock(path):
        session = register_service.unlock(
            path, read_passphrase(args, translate("Cli", "Passphrase: ")), verify_pages=True
        )
        try:
            if args.guest_undertaking:
                written = house_rules.export_undertaking(session, out, labels_for(session))
            else:
                version_id = None
                if args.rules_version is not None:
                    found = [
                        v
                        for v in house_rules.versions(session)
                        if v.number == args.rules_version and v.is_adopted
                    ]
                    if not found:
                        return usage_error(
                            translate(
                                "Cli", "There is no adopted version {number} of the house rules."
                            ).format(number=args.rules_version)
                        )
                    version_id = found[0].id
                version = house_rules.printable_version(session, version_id)
                labels = labels_for(session, language=version.language)
                written = house_rules.export_house_rules(session, out, labels, version.id)
        finally:
            session.close()
    print(translate("Cli", "Written: {path}").format(path=written))
    return int(ExitCode.OK)


def cmd_intake_form(args: argparse.Namespace) -> int:
    from livc_desktop.services import intake_import
    from livc_desktop.ui.house_rules_labels import intake_form_labels

    out = Path(args.out)
    if not _pdf_target(out):
        return usage_error(translate("Cli", "The output file must end in .pdf."))
    labels = intake_form_labels(args.form_lang)
    if args.cmd_register is None:
        written = intake_import.export_form(out, labels)
    else:
        path = Path(args.cmd_register)
        with register_lock(path):
            session = register_service.unlock(
                path, read_passphrase(args, translate("Cli", "Passphrase: "))
            )
            try:
                written = intake_import.export_form(out, labels, session)
            finally:
                session.close()
    print(translate("Cli", "Written: {path}").format(path=written))
    return int(ExitCode.OK)
