"""Shared helpers for admin commands: passphrase input and error output."""

from __future__ import annotations

import argparse
import getpass
import sys

from livc_desktop.domain.errors import ExitCode, LivcError
from livc_desktop.ui.messages import error_message


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase (and, where asked twice, its repetition) from standard input",
    )


def read_passphrase(args: argparse.Namespace, prompt: str) -> str:
    if getattr(args, "passphrase_stdin", False):
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    return getpass.getpass(prompt)


def fail(exc: LivcError) -> int:
    print(f"livc-desktop: {error_message(exc)}", file=sys.stderr)
    return int(exc.exit_code)


def usage_error(message: str) -> int:
    print(f"livc-desktop: {message}", file=sys.stderr)
    return int(ExitCode.USAGE)
