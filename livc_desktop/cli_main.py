"""`livc-desktop-cli`: the admin command line only (backup, restore, check, init, demo,
meetings ...), a console program on every platform. Without a command it prints the usage
instead of starting the GUI, which is `livc-desktop-gui` (or the bundle's `livc-desktop`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from livc_desktop.domain.errors import ExitCode


def main(argv: Sequence[str] | None = None) -> int:
    from livc_desktop.cli import build_parser
    from livc_desktop.cli import main as cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    parser.prog = "livc-desktop-cli"
    if parser.parse_args(args).command is None:
        parser.print_usage(sys.stderr)
        print("livc-desktop-cli: a command is required (-h lists them)", file=sys.stderr)
        return int(ExitCode.USAGE)
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
