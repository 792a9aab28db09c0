"""`livc-desktop-gui` (and the bundle's windowed `livc-desktop`): the program for the Start
menu and the desktop file, started without a console window.

A windowed Python on Windows has no standard streams (sys.stdout is None); anything that
would write to them (argparse's --version, a warning) would end in an AttributeError, so
they are pointed at the null device first."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def ensure_streams() -> None:
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> int:
    ensure_streams()
    from livc_desktop.cli import main as cli_main
    from livc_desktop.ui import smoke

    if smoke.requested():
        from livc_desktop.ui.app import application

        _timer = smoke.install(application())
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
