"""Draft mails with a copy attached: the mail program found at run time, its command line,
and what happens when none is installed or it cannot start."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pytest

from livc_desktop.services.mail_drafts import (
    Draft,
    MailProgram,
    draft_command,
    find_mail_program,
    open_drafts,
)

DRAFT = Draft(
    "an.voorbeeld@demostad.example",
    "Minutes of 12/05/2026",
    "Dear An,\n\nAttached is your personal copy. L'original reste confidentiel.",
    Path("/tmp/copies/Minutes 12-05-2026 - An Voorbeeld (CLB Demostad).pdf"),
)


def _which(*present):
    return lambda name: f"/usr/bin/{name}" if name in present else None


@pytest.mark.parametrize(
    ("present", "kind"),
    [
        (("thunderbird", "evolution", "xdg-email"), "thunderbird"),
        (("evolution", "xdg-email"), "evolution"),
        (("kmail",), "kmail"),
        (("xdg-email",), "xdg-email"),
    ],
)
def test_the_first_mail_program_with_a_command_line_is_chosen(present, kind):
    found = find_mail_program(_which(*present), "linux", lambda exe: None)
    assert found == MailProgram(kind, f"/usr/bin/{kind}")


def test_no_mail_program_is_reported_as_none():
    assert find_mail_program(_which(), "linux", lambda exe: None) is None
    assert find_mail_program(_which(), "win32", lambda exe: None) is None


def test_windows_prefers_outlook_registered_under_app_paths():
    paths = {"OUTLOOK.EXE": r"C:\Office\OUTLOOK.EXE", "thunderbird.exe": r"C:\TB\thunderbird.exe"}
    assert find_mail_program(_which(), "win32", paths.get) == MailProgram(
        "outlook", r"C:\Office\OUTLOOK.EXE"
    )
    only_tb = {"thunderbird.exe": r"C:\TB\thunderbird.exe"}
    assert find_mail_program(_which(), "win32", only_tb.get).kind == "thunderbird"


@pytest.mark.parametrize("kind", ["thunderbird", "outlook", "evolution", "kmail", "xdg-email"])
def test_each_command_attaches_the_copy_and_addresses_the_recipient(kind):
    command = draft_command(MailProgram(kind, f"/bin/{kind}"), DRAFT)
    joined = " ".join(command)
    assert command[0] == f"/bin/{kind}"
    assert "an.voorbeeld@demostad.example" in joined
    name = "Minutes 12-05-2026 - An Voorbeeld (CLB Demostad).pdf"
    assert name in unquote(joined)


def test_thunderbird_values_cannot_break_out_of_their_quotes():
    fields = draft_command(MailProgram("thunderbird", "tb"), DRAFT)[2]
    assert "L\u2019original" in fields and "L'original" not in fields
    assert fields.count("'") == 8  # four key='value' pairs


def test_a_mail_program_that_cannot_start_is_reported_per_draft():
    started = []

    def launch(command):
        if len(started) == 1:
            raise OSError("gone")
        started.append(command)

    assert open_drafts(MailProgram("kmail", "kmail"), [DRAFT, DRAFT, DRAFT], launch) == [
        True,
        False,
        False,
    ]
