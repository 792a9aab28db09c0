"""annual-report: the cell's annual report of one year as PDF (and CSV), in the register's
language, small numbers suppressed; each file written is an access-trail entry."""

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
from livc_desktop.domain.annual_report import FIRST_YEAR, year_problems
from livc_desktop.domain.errors import ExitCode
from livc_desktop.services import register as register_service
from livc_desktop.services.paths import default_register_path
from livc_desktop.ui.messages import translate


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "annual-report",
        help="write the annual report of one year as PDF (and CSV); counts below 5 are not printed",
    )
    p.add_argument("--register", type=Path, dest="cmd_register")
    p.add_argument("--year", type=int, required=True, help="the calendar year, e.g. 2026")
    p.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    p.add_argument("--csv", type=Path, default=None, help="also write the figures as CSV")
    add_passphrase_option(p)
    p.set_defaults(func=cmd_annual_report)


def cmd_annual_report(args: argparse.Namespace) -> int:
    from livc_desktop.services import annual_report
    from livc_desktop.ui.annual_report_labels import labels_for

    path = Path(args.cmd_register or args.register or default_register_path())
    out = Path(args.out)
    csv = Path(args.csv) if args.csv is not None else None
    if out.suffix.lower() != ".pdf":
        return usage_error(translate("Cli", "The output file must end in .pdf."))
    if csv is not None and csv.suffix.lower() != ".csv":
        return usage_error(translate("Cli", "The CSV file must end in .csv."))
    today = date.today()
    if year_problems(args.year, today):
        return usage_error(
            translate(
                "Cli", "There is no annual report for {year}: choose a year from {first} to {last}."
            ).format(year=args.year, first=FIRST_YEAR, last=today.year)
        )
    # The label homes translate through Qt's application object, which `cli.main` makes
    # for every command; the register's language is installed on it for the document.
    with register_lock(path):
        session = register_service.unlock(
            path, read_passphrase(args, translate("Cli", "Passphrase: ")), verify_pages=True
        )
        try:
            written = annual_report.export(
                session, args.year, labels_for(session), pdf=out, csv=csv, today=today
            )
        finally:
            session.close()
    for target in written:
        print(translate("Cli", "Annual report written: {path}").format(path=target))
    return int(ExitCode.OK)
