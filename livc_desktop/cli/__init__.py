"""`livc-desktop`: without a command it starts the GUI; with one it runs an admin command.

Passphrases are read from a prompt or, with --passphrase-stdin, from standard input; never
from the command line, where other users could see them in the process list.
Exit codes: 0 success, 1 other failure, 2 usage error, 3 wrong passphrase, 4 not a register
or damaged (also an edited backup manifest or a broken access trail), 5 busy (open
elsewhere), 6 no space left, 7 no permission, 8 read-only location, 9 made by a newer
version."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from livc_desktop import APP_NAME, __version__
from livc_desktop.cli import (
    backup_commands,
    case_commands,
    house_rules_commands,
    meeting_commands,
    register_commands,
    report_commands,
)
from livc_desktop.cli.common import fail, usage_error
from livc_desktop.domain.errors import ExitCode, LivcError
from livc_desktop.services.hardening import harden_process
from livc_desktop.services.paths import default_register_path, log_dir
from livc_desktop.storage.backup import is_database_error
from livc_desktop.storage.connection import damaged
from livc_desktop.storage.failures import os_failure, sqlite_failure
from livc_desktop.ui import i18n
from livc_desktop.ui.messages import translate

# Each module adds its sub-commands with `add_commands(subparsers)`.
COMMAND_MODULES = (
    register_commands,
    backup_commands,
    meeting_commands,
    report_commands,
    case_commands,
    house_rules_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="livc-desktop",
        description=f"{APP_NAME}: encrypted register for a Local Integrated Security Cell.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--register",
        type=Path,
        default=None,
        help=f"register file (default: {default_register_path()})",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the GUI on a fresh demo register in a temporary folder",
    )
    parser.add_argument("--lang", choices=["nl", "fr", "de", "en"], help="interface language")
    parser.add_argument(
        "--pseudo-translate",
        action="store_true",
        help="lengthen every interface string (to check layouts)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_commands(sub)
    return parser


def _install_language(language: str | None) -> Any:
    """Messages of the admin commands in the chosen (or the system's) language. Returns the
    Qt core application made for that (to be shut down after the command), or None when
    the process already has one (the GUI, the test suite): that one keeps its language
    unless --lang asks for another."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        app = QCoreApplication([sys.argv[0] if sys.argv else "livc-desktop"])
        i18n.install(language or "")
        return app
    if language:
        i18n.install(language)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    # Every file the program creates is private to the user (register, WAL, backups).
    if os.name == "posix":
        os.umask(0o077)
    # No core dumps (they would hold decrypted pages), and a log without content.
    harden_process(log_dir())
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from livc_desktop.ui.app import run_gui

        return run_gui(
            register_path=args.register or default_register_path(),
            demo=args.demo,
            language=args.lang,
            pseudo=args.pseudo_translate,
        )
    app = _install_language(args.lang)
    try:
        return _run(args)
    finally:
        if app is not None:
            # Gone with the command, so a later Qt application in the same process (a
            # caller's GUI, a test) can start.
            i18n.uninstall()
            app.shutdown()


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args))
    except EOFError:
        # Standard input closed at the passphrase prompt (a script without
        # --passphrase-stdin): a usage error, not an internal one.
        return usage_error(
            translate(
                "Cli",
                "No passphrase was given: type it at the prompt, or pipe it in with "
                "--passphrase-stdin.",
            )
        )
    except LivcError as exc:
        return fail(exc)
    except OSError as exc:
        # A file or folder the program may not touch (read-only medium, permissions, a
        # full disk) is named as such, never "internal error".
        return fail(os_failure(exc))
    except Exception as exc:
        if is_database_error(exc):
            # SQLite met a page it cannot read while a command ran: the file is damaged
            # (or the disk refused a write, which sqlite_failure tells).
            path = Path(getattr(args, "cmd_register", None) or args.register or ".")
            return fail(sqlite_failure(exc, path) or damaged(path, "read"))
        raise
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return int(ExitCode.FAILURE)
