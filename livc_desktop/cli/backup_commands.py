"""backup create / verify / restore: the backup commands for IT staff.

Same checks and exit codes as the GUI: 3 wrong passphrase, 4 not a backup or damaged,
5 register busy. Passphrases from the prompt or --passphrase-stdin, never argv."""

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
from livc_desktop.domain.backup import BackupInfo
from livc_desktop.domain.errors import ExitCode, ValidationError
from livc_desktop.services import backup as backup_service
from livc_desktop.services import register as register_service
from livc_desktop.services.paths import default_register_path
from livc_desktop.ui.messages import translate, validation_message


def add_commands(sub: Any) -> None:
    p = sub.add_parser("backup", help="make, verify or restore an encrypted backup")
    actions = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    c = actions.add_parser("create", help="write a verified backup into a folder")
    c.add_argument("--register", type=Path, dest="cmd_register")
    c.add_argument("--to", type=Path, required=True, dest="folder", help="destination folder")
    c.add_argument(
        "--separate-passphrase",
        action="store_true",
        help="protect the backup with its own passphrase (asked twice) instead of the register's",
    )
    add_passphrase_option(c)
    c.set_defaults(func=cmd_create)

    v = actions.add_parser("verify", help="check a backup without restoring it")
    v.add_argument("--file", type=Path, required=True, dest="backup_file")
    v.add_argument(
        "--register",
        type=Path,
        dest="cmd_register",
        help="also compare the backup's access trail with this register's (read-only)",
    )
    add_passphrase_option(v)
    v.set_defaults(func=cmd_verify)

    r = actions.add_parser("restore", help="replace the register by a backup")
    r.add_argument("--register", type=Path, dest="cmd_register")
    r.add_argument("--file", type=Path, required=True, dest="backup_file")
    r.add_argument("--yes", action="store_true", help="do not ask before replacing")
    add_passphrase_option(r)
    r.set_defaults(func=cmd_restore)


def _register_path(args: argparse.Namespace) -> Path:
    return Path(args.cmd_register or args.register or default_register_path())


def _print_info(info: BackupInfo) -> None:
    print(f"file\t{info.file_name}")
    print(f"created\t{info.created or '-'}")
    print(f"program_version\t{info.program_version or '-'}")
    print(f"schema_version\t{info.schema_version}")
    for table, count in sorted(info.tables.items()):
        print(f"rows\t{table}\t{count}")
    print(f"manifest_sealed\t{'yes' if info.sealed else 'no'}")
    if info.trail_head:
        print(f"trail_head\t{info.trail_head}")
    if info.trail_in_register is not None:
        print(f"trail_in_register\t{'yes' if info.trail_in_register else 'no'}")


def _warn_trail(info: BackupInfo) -> None:
    if info.trail_in_register is False:
        print(
            translate(
                "Cli",
                "Warning: the register's access trail no longer contains this backup's "
                "newest entry: entries were removed or rewritten since the backup was made.",
            ),
            file=sys.stderr,
        )


def cmd_create(args: argparse.Namespace) -> int:
    path = _register_path(args)
    with register_lock(path):
        secret = read_passphrase(args, translate("Cli", "Passphrase: "))
        separate: str | None = None
        repeated: str | None = None
        if args.separate_passphrase:
            separate = read_passphrase(args, translate("Cli", "Backup passphrase: "))
            repeated = read_passphrase(args, translate("Cli", "Repeat the backup passphrase: "))
        session = register_service.unlock(path, secret)
        try:
            result = backup_service.make_backup(
                session,
                args.folder,
                passphrase=separate,
                repeated=repeated,
                register_passphrase=secret,
            )
        except ValidationError as exc:
            return usage_error(validation_message(exc))
        finally:
            session.close()
    print(translate("Cli", "Backup written and verified: {path}").format(path=result.path))
    return int(ExitCode.OK)


def cmd_verify(args: argparse.Namespace) -> int:
    secret = read_passphrase(args, translate("Cli", "Backup passphrase: "))
    info = backup_service.verify_backup(args.backup_file, secret)
    if args.cmd_register is not None:
        info = backup_service.compare_with_register(args.cmd_register, secret, info)
    _print_info(info)
    _warn_trail(info)
    print(translate("Cli", "The backup is intact and opens with this passphrase."))
    return int(ExitCode.OK)


def _confirm(question: str) -> bool:
    """Ask on the terminal (not stdin, which may carry the passphrase)."""
    try:
        with open("/dev/tty", "r+", encoding="utf-8") as tty:
            tty.write(question)
            tty.flush()
            answer = tty.readline()
    except OSError:
        sys.stderr.write(question)
        sys.stderr.flush()
        answer = sys.stdin.readline()
    return answer.strip().lower() in {"y", "yes", "j", "ja", "o", "oui"}


def cmd_restore(args: argparse.Namespace) -> int:
    path = _register_path(args)
    with register_lock(path):
        secret = read_passphrase(args, translate("Cli", "Backup passphrase: "))
        info = backup_service.verify_backup(args.backup_file, secret)
        info = backup_service.compare_with_register(path, secret, info)
        _print_info(info)
        _warn_trail(info)
        if not args.yes:
            question = translate(
                "Cli",
                "Replace the register at {path} by this backup? The current register is "
                "kept as a safety copy. [y/N] ",
            ).format(path=path)
            if not _confirm(question):
                print(translate("Cli", "Nothing was changed."))
                return int(ExitCode.FAILURE)
        result = backup_service.restore_backup(path, args.backup_file, secret)
    if result.safety_copy is not None:
        print(
            translate("Cli", "Safety copy of the previous register: {path}").format(
                path=result.safety_copy
            )
        )
    print(translate("Cli", "Register restored from the backup: {path}").format(path=path))
    if result.passphrase_changed:
        print(
            translate(
                "Cli",
                "The register's passphrase has changed: it now opens only with the "
                "backup's passphrase.",
            )
        )
    return int(ExitCode.OK)
