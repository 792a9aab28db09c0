"""init, check, demo, passwd: the register's admin commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from livc_desktop.cli.common import (
    add_passphrase_option,
    read_passphrase,
    register_lock,
    usage_error,
)
from livc_desktop.domain.cell import CellProfile, CellStructure
from livc_desktop.domain.errors import ExitCode, ValidationError
from livc_desktop.services import register as register_service
from livc_desktop.services.demo import DEMO_PASSPHRASE, create_demo
from livc_desktop.services.paths import default_register_path
from livc_desktop.ui.messages import translate, validation_message


def add_commands(sub: Any) -> None:
    p = sub.add_parser("init", help="create a new register")
    p.add_argument("--register", type=Path, dest="cmd_register")
    p.add_argument(
        "--municipality",
        action="append",
        required=True,
        help="a municipality the cell covers (repeat for a joint cell)",
    )
    p.add_argument("--structure", choices=[s.value for s in CellStructure], default="integrated")
    p.add_argument("--officer", default="", help="the prevention officer's name")
    add_passphrase_option(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("check", help="open a register and run its integrity checks")
    p.add_argument("--register", type=Path, dest="cmd_register")
    add_passphrase_option(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("demo", help="create a register filled with fictional demo data")
    p.add_argument("--register", type=Path, dest="cmd_register", required=True)
    p.set_defaults(func=cmd_demo)


def register_path(args: argparse.Namespace) -> Path:
    return Path(args.cmd_register or args.register or default_register_path())


def cmd_init(args: argparse.Namespace) -> int:
    path = register_path(args)
    if path.exists():
        return usage_error(
            translate("Cli", "A register already exists at {path}.").format(path=path)
        )
    profile = CellProfile(
        municipalities=list(args.municipality),
        structure=CellStructure(args.structure),
        officer_name=args.officer,
    )
    with register_lock(path):
        first = read_passphrase(args, translate("Cli", "New passphrase: "))
        second = read_passphrase(args, translate("Cli", "Repeat the passphrase: "))
        try:
            session = register_service.create(path, first, second, profile)
        except ValidationError as exc:
            return usage_error(validation_message(exc))
        session.close()
    print(translate("Cli", "Register created: {path}").format(path=path))
    return int(ExitCode.OK)


def cmd_check(args: argparse.Namespace) -> int:
    path = register_path(args)
    # Read-only: a backup or a register on a write-protected medium is checked as it is,
    # without a lock file beside it (nothing is written, so nothing can collide).
    with register_lock(path, optional=True):
        secret = read_passphrase(args, translate("Cli", "Passphrase: "))
        report = register_service.check(path, secret)
    print(f"schema_version\t{report.schema_version}")
    print(f"latest_version\t{report.latest_version}")
    print(f"program_version\t{report.program_version}")
    for table, count in sorted(report.counts.items()):
        print(f"rows\t{table}\t{count}")
    if report.trail is not None:
        print(f"trail_entries\t{report.trail.count}")
        print(f"trail_head\t{report.trail.head}")
    if report.problems:
        for problem in report.problems:
            print(f"problem\t{problem}", file=sys.stderr)
        print(
            translate(
                "Cli",
                "Integrity check FAILED: the register is damaged. Restore the latest "
                "backup: File → Restore…",
            ),
            file=sys.stderr,
        )
        return int(ExitCode.NOT_A_REGISTER)
    if report.trail is not None and not report.trail.ok:
        seq, _code = report.trail.problems[0]
        print(
            translate(
                "Cli",
                "Access trail check FAILED: entry {seq} was changed, removed or inserted "
                "after it was written.",
            ).format(seq=seq),
            file=sys.stderr,
        )
        return int(ExitCode.NOT_A_REGISTER)
    print(translate("Cli", "Integrity check passed."))
    return int(ExitCode.OK)


def cmd_demo(args: argparse.Namespace) -> int:
    path = register_path(args)
    if path.exists():
        return usage_error(
            translate("Cli", "A register already exists at {path}.").format(path=path)
        )
    with register_lock(path):
        create_demo(path).close()
    print(translate("Cli", "Demo register created: {path}").format(path=path))
    print(translate("Cli", "Its passphrase is: {passphrase}").format(passphrase=DEMO_PASSPHRASE))
    return int(ExitCode.OK)
