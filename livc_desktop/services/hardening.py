"""Process hardening, applied once at program start (cli.main calls `harden_process()`
before anything opens a register):

- no core dumps: a crash must not write the decrypted pages in memory to disk
  (RLIMIT_CORE 0 on POSIX; PR_SET_DUMPABLE 0 on Linux, which also keeps other processes of
  the same user from reading our memory through ptrace or /proc/PID/mem; on Windows no
  crash dialog, no heap in Windows Error Reporting dumps, and the bundle's executable
  excluded from WER, see `_disable_windows_error_reporting`);
- a log that never holds case content, SQL parameters or the passphrase: messages are
  logged without their arguments unless those are numbers, and exceptions without their
  message (type, file, line and function only), also for uncaught exceptions;
- the binding self-test (SQLCipher 4, an OpenSSL-type provider, FTS5), see
  `startup_self_test`.

SQLCipher's own stderr log is switched off on every connection in storage.connection
(`PRAGMA cipher_log_level = NONE`)."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path, PureWindowsPath
from types import TracebackType
from typing import Any

from livc_desktop.domain.errors import LivcError
from livc_desktop.storage.binding import BindingInfo, check_binding
from livc_desktop.storage.files import ensure_private_dir, make_private

LOG_FILE_NAME = "livc-desktop.log"
_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3


_SEM_FAILCRITICALERRORS = 0x0001
_SEM_NOGPFAULTERRORBOX = 0x0002
_WER_FAULT_REPORTING_FLAG_NOHEAP = 0x0001


def _disable_windows_error_reporting(
    load: Callable[[str], Any] | None = None,
    executable: str | None = None,
    frozen: bool | None = None,
) -> bool:
    """Windows: no crash dialog (SetErrorMode), no heap in Windows Error Reporting dumps
    for this process (WerSetFlags NOHEAP), and, for the bundle's own executable, the
    user-level WER exclusion (WerAddExcludedApplication, HKCU, no administrator rights).
    A pip installation runs as python.exe: excluding that would silence WER for every
    Python program of the user, so it is not done and the result is False (partial).
    Returns True only when every call succeeded."""
    import ctypes

    if load is None:
        load = ctypes.WinDLL  # type: ignore[attr-defined,unused-ignore]
    flags = _SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX
    try:
        kernel32 = load("kernel32")
        kernel32.SetErrorMode(kernel32.GetErrorMode() | flags)
        ok = (kernel32.GetErrorMode() & flags) == flags
        ok = kernel32.WerSetFlags(_WER_FAULT_REPORTING_FLAG_NOHEAP) == 0 and ok
        if not (getattr(sys, "frozen", False) if frozen is None else frozen):
            return False
        wer = load("wer")
        name = PureWindowsPath(executable or sys.executable).name
        return bool(wer.WerAddExcludedApplication(ctypes.c_wchar_p(name), False) == 0 and ok)
    except (OSError, AttributeError):
        return False


def disable_core_dumps() -> bool:
    """Return True if every available measure was applied (False: some were not
    available or failed; the program still runs)."""
    if sys.platform == "win32":
        return _disable_windows_error_reporting()
    ok = True
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        ok = os.name != "posix"
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                ok = False
        except (OSError, AttributeError):
            ok = False
    return ok


def is_dumpable() -> bool | None:
    """Linux only: the PR_GET_DUMPABLE flag (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0))


def _safe_arg(value: object) -> object:
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, LivcError):
        return value.code
    return "<…>"


def safe_exception_text(
    exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
) -> str:
    """Where it happened, never what it said: frames as file:line in function, then the
    exception's type (and our stable code for a LivcError)."""
    lines = ["Traceback (message withheld):"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{Path(frame.filename).name}", line {frame.lineno}, in {frame.name}')
    name = exc_type.__name__ if exc_type else "Exception"
    if isinstance(exc, LivcError):
        name += f" [{exc.code}]"
    lines.append(name)
    cause = exc.__cause__ if exc else None
    if cause is not None:
        lines.append(f"caused by {type(cause).__name__}")
    return "\n".join(lines)


class SafeFormatter(logging.Formatter):
    """Drops string arguments and exception messages (see module docstring)."""

    def format(self, record: logging.LogRecord) -> str:
        safe = logging.makeLogRecord(record.__dict__)
        if isinstance(record.args, tuple):
            safe.args = tuple(_safe_arg(a) for a in record.args)
        elif isinstance(record.args, dict):
            safe.args = {k: _safe_arg(v) for k, v in record.args.items()}
        try:
            safe.getMessage()
        except (TypeError, ValueError):
            safe.msg, safe.args = str(record.msg), ()
        safe.exc_info = None
        safe.exc_text = None
        safe.stack_info = None
        text = super().format(safe)
        if record.exc_info:
            text += "\n" + safe_exception_text(*record.exc_info)
        return text


_handler: logging.Handler | None = None


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Our package logs to `<log_dir>/livc-desktop.log` (0600, rotated, 1 MB x 3) through
    the SafeFormatter; uncaught exceptions (main thread and others) go there the same way
    and to stderr as a single safe line."""
    global _handler
    ensure_private_dir(log_dir)
    path = log_dir / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=False
    )
    make_private(path)
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        with contextlib.suppress(Exception):
            _handler.close()
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    return path


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    logging.getLogger("livc_desktop").error("uncaught exception", exc_info=(exc_type, exc, tb))
    code = f" [{exc.code}]" if isinstance(exc, LivcError) else ""
    sys.stderr.write(f"livc-desktop: internal error: {exc_type.__name__}{code}\n")


def _thread_excepthook(args: Any) -> None:
    _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def startup_self_test() -> BindingInfo:
    """The binding check the program runs before opening any register (raises BindingUnfit)."""
    return check_binding()


def harden_process(log_dir: Path | None = None) -> None:
    """Everything above, for program start."""
    disable_core_dumps()
    if log_dir is not None:
        setup_logging(log_dir)
