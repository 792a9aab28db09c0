"""Smoke test of an installed LIVC Desktop: the PyInstaller bundle (`make package-smoke`,
the Windows CI job) or a virtual environment where the wheel was installed (`make test`).

    python tools/smoke.py --bundle dist/livc-desktop
    python tools/smoke.py --venv build/work/wheel-venv

It runs, against a demo register in a temporary folder: --version, `demo`, `meetings`,
`minutes` (a PDF with the DejaVu fonts embedded), `house-rules` and `intake-form` (their
texts are package resources), and the GUI offscreen in Dutch up to the unlock screen
(LIVC_DESKTOP_SMOKE_TEST), checking that the Dutch translations and the manual
(resources/help) are found.
Exit code 0 when every step passed. Standard library only (it also runs on the Windows
runner with any Python)."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = os.name == "nt"
DEMO_PASSPHRASE = "demo-passphrase-not-for-real-data"  # services/demo.py (fictional data)


def version() -> str:
    text = (ROOT / "livc_desktop" / "__init__.py").read_text("utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match
    return match.group(1)


def executables(args: argparse.Namespace) -> tuple[Path, Path]:
    """(GUI, command line) executables."""
    exe = ".exe" if WINDOWS else ""
    if args.bundle:
        folder = Path(args.bundle)
        return folder / f"livc-desktop{exe}", folder / f"livc-desktop-cli{exe}"
    scripts = Path(args.venv) / ("Scripts" if WINDOWS else "bin")
    return scripts / f"livc-desktop-gui{exe}", scripts / f"livc-desktop-cli{exe}"


def run(cmd: list[str], *, stdin: str = "", env: dict[str, str] | None = None) -> str:
    started = time.monotonic()
    done = subprocess.run(
        cmd, input=stdin, capture_output=True, text=True, env=env, timeout=180, check=False
    )
    took = time.monotonic() - started
    print(f"  {Path(cmd[0]).name} {' '.join(cmd[1:3])} ... exit {done.returncode}, {took:.1f} s")
    if done.returncode != 0:
        raise SystemExit(f"FAILED: {cmd}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--bundle", help="the one-folder bundle (dist/livc-desktop)")
    where.add_argument("--venv", help="a virtual environment with the wheel installed")
    args = parser.parse_args()
    gui, cli = executables(args)
    for exe in (gui, cli):
        if not exe.exists():
            raise SystemExit(f"FAILED: {exe} is missing")
    with tempfile.TemporaryDirectory(prefix="livc-smoke-") as tmp:
        env = dict(os.environ)
        # A private settings and log location, and no display needed.
        env.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=tmp,
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            XDG_STATE_HOME=str(Path(tmp) / "state"),
            XDG_CACHE_HOME=str(Path(tmp) / "cache"),
            XDG_DATA_HOME=str(Path(tmp) / "data"),
        )
        register = Path(tmp) / "register.livc"
        print(f"smoke test of {gui.parent}")
        out = run([str(cli), "--version"], env=env)
        if version() not in out:
            raise SystemExit(f"FAILED: --version says {out!r}, expected {version()}")
        run([str(cli), "demo", "--register", str(register)], env=env)
        listing = run(
            [str(cli), "meetings", "--register", str(register), "--passphrase-stdin"],
            stdin=DEMO_PASSPHRASE + "\n",
            env=env,
        )
        meetings = [line.split("\t")[0] for line in listing.splitlines() if "\t" in line]
        if not meetings:
            raise SystemExit("FAILED: the demo register lists no meetings")
        pdf = Path(tmp) / "minutes.pdf"
        run(
            [str(cli), "minutes", "--register", str(register), "--meeting", meetings[0],
             "--out", str(pdf), "--passphrase-stdin"],
            stdin=DEMO_PASSPHRASE + "\n",
            env=env,
        )  # fmt: skip
        data = pdf.read_bytes()
        if not data.startswith(b"%PDF") or b"DejaVuSans" not in data:
            raise SystemExit("FAILED: the minutes are not a PDF with the shipped fonts")
        # The house rules' starting texts are package resources: the demo register's
        # adopted version comes from them, and the PDF must be written from the package.
        rules = Path(tmp) / "house-rules.pdf"
        run(
            [str(cli), "house-rules", "--register", str(register), "--out", str(rules),
             "--passphrase-stdin"],
            stdin=DEMO_PASSPHRASE + "\n",
            env=env,
        )  # fmt: skip
        form = Path(tmp) / "form.pdf"
        run([str(cli), "intake-form", "--lang", "fr", "--out", str(form)], env=env)
        if not rules.read_bytes().startswith(b"%PDF") or b"/AcroForm" not in form.read_bytes():
            raise SystemExit("FAILED: house rules or reporting form not written")
        gui_env = dict(env, LIVC_DESKTOP_SMOKE_TEST="1")
        started = time.monotonic()
        shown = run([str(gui), "--lang", "nl", "--register", str(register)], env=gui_env)
        print(f"  GUI to the unlock screen in {time.monotonic() - started:.2f} s")
        if "unlock_screen shown" not in shown or "language nl" not in shown:
            raise SystemExit(f"FAILED: the GUI did not reach the unlock screen: {shown!r}")
        if "'&File'" in shown:
            raise SystemExit(f"FAILED: the Dutch translations were not found: {shown!r}")
        sections = re.search(r"help sections (\d+)", shown)
        if sections is None or int(sections.group(1)) < 10:
            raise SystemExit(f"FAILED: the manual (resources/help) is missing: {shown!r}")
        print(f"  {shown.strip()}")
    print(f"smoke test passed ({len(meetings)} meetings, minutes {len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
