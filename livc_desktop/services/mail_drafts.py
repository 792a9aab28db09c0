"""A draft mail with a copy attached, in the mail program installed on this computer.

`mailto:` links cannot carry attachments, so the program uses the command line of the mail
programs that have one, found at run time: Thunderbird (`-compose`), Outlook classic (`/a`),
Evolution and KMail, and on Linux `xdg-email` (the desktop's own mail program). The new
Outlook for Windows, Windows Mail and webmail have no such command line: there the copies
are in the folder, to attach by hand. Nothing but the address, subject, a short body and
the file goes to the mail program: never the password."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

Which = Callable[[str], str | None]
Launch = Callable[[Sequence[str]], None]

# In order of preference: a program named explicitly beats the desktop's dispatcher.
_POSIX = ("thunderbird", "evolution", "kmail", "xdg-email")
_WINDOWS = (("outlook", "OUTLOOK.EXE"), ("thunderbird", "thunderbird.exe"))


@dataclass(frozen=True)
class MailProgram:
    kind: str  # thunderbird, outlook, evolution, kmail, xdg-email
    path: str


@dataclass(frozen=True)
class Draft:
    to: str
    subject: str
    body: str
    attachment: Path


def _windows_app_path(exe: str) -> str | None:
    """The program registered under App Paths (how Windows itself finds OUTLOOK.EXE)."""
    if sys.platform != "win32":
        return None
    import winreg

    key = rf"SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\{exe}"
    for hive in (winreg.HKEY_CURRENT_USER, winreg.HKEY_LOCAL_MACHINE):
        try:
            with winreg.OpenKey(hive, key) as handle:
                value, _ = winreg.QueryValueEx(handle, "")
        except OSError:
            continue
        if value and Path(str(value).strip('"')).is_file():
            return str(value).strip('"')
    return None


def find_mail_program(
    which: Which = shutil.which,
    platform: str = sys.platform,
    app_path: Callable[[str], str | None] = _windows_app_path,
) -> MailProgram | None:
    """The first mail program with a usable command line, or None."""
    if platform.startswith("win"):
        for kind, exe in _WINDOWS:
            found = app_path(exe) or which(exe)
            if found:
                return MailProgram(kind, found)
        return None
    for kind in _POSIX:
        found = which(kind)
        if found:
            return MailProgram(kind, found)
    return None


def _tb_value(value: str) -> str:
    # Thunderbird's -compose takes key='value' pairs: a straight quote would end a value.
    return value.replace("'", "\u2019")


def draft_command(program: MailProgram, draft: Draft) -> list[str]:
    """The command line that opens `draft` in `program` (no shell involved)."""
    file = Path(draft.attachment).resolve()
    if program.kind == "thunderbird":
        fields = ",".join(
            f"{key}='{_tb_value(value)}'"
            for key, value in (
                ("to", draft.to),
                ("subject", draft.subject),
                ("body", draft.body),
                ("attachment", file.as_uri()),
            )
        )
        return [program.path, "-compose", fields]
    if program.kind == "outlook":
        target = f"{draft.to}?subject={quote(draft.subject)}&body={quote(draft.body)}"
        return [program.path, "/c", "ipm.note", "/m", target, "/a", str(file)]
    if program.kind == "evolution":
        url = (
            f"mailto:{quote(draft.to, safe='@')}?subject={quote(draft.subject)}"
            f"&body={quote(draft.body)}&attach={quote(str(file))}"
        )
        return [program.path, url]
    if program.kind == "kmail":
        command = [program.path, "--composer", "--subject", draft.subject, "--body", draft.body]
        return [*command, "--attach", str(file), *([draft.to] if draft.to else [])]
    if program.kind == "xdg-email":
        command = [program.path, "--subject", draft.subject, "--body", draft.body]
        return [*command, "--attach", str(file), *([draft.to] if draft.to else [])]
    raise ValueError(program.kind)


def _launch(command: Sequence[str]) -> None:
    """Start the mail program on its own; the program does not wait for it."""
    options: dict[str, object] = {}
    if os.name == "nt":
        options["creationflags"] = getattr(subprocess, "DETACHED_PROCESS", 0)
    else:
        options["start_new_session"] = True
    subprocess.Popen(  # a fixed program and its arguments, no shell
        list(command),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        **options,  # type: ignore[call-overload]
    )


def open_drafts(
    program: MailProgram, drafts: Sequence[Draft], launch: Launch = _launch
) -> list[bool]:
    """Open one draft per entry; True where the mail program could be started."""
    opened = []
    for draft in drafts:
        try:
            launch(draft_command(program, draft))
        except OSError:
            opened.append(False)
        else:
            opened.append(True)
    return opened
