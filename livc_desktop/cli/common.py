"""Shared helpers for admin commands: passphrase input and error output."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from collections.abc import Iterator
from pathlib import Path

from livc_desktop.domain.errors import ExitCode, LivcError
from livc_desktop.storage import RegisterLock
from livc_desktop.storage.connection import is_register_copy
from livc_desktop.storage.failures import os_failure
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


@contextlib.contextmanager
def register_lock(path: Path, *, optional: bool = False) -> Iterator[None]:
    """Hold the register's instance lock, except on a copy of a register (a backup), which
    is opened read-only and must not get a lock file beside it. A lock file that cannot be
    created is told as what it is (read-only medium, no permission, full disk); with
    `optional` (read-only commands) the command then goes on without it."""
    if is_register_copy(path):
        yield
        return
    lock = RegisterLock(path)
    try:
        lock.acquire()
    except OSError as exc:
        if not optional:
            raise os_failure(exc) from exc
        yield
        return
    try:
        yield
    finally:
        lock.release()
