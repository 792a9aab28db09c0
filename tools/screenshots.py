"""Screenshots of the real window in every language and in pseudo-translation mode.

    python tools/screenshots.py [--out screenshots] [--lang nl --lang fr ...] [--dark]

--dark shows the program under a dark palette (Fusion style), as on a desktop in dark
mode; the files are then named ...-dark.png.

Without a display it re-runs itself under `xvfb-run`. Uses a demo register in a temporary
folder and a throw-away QSettings file; writes PNGs into `screenshots/` (gitignored)."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MODES = ("nl", "fr", "de", "en", "pseudo")
SIZE = (1366, 768)  # the officer's laptop screen


def ensure_display(argv: list[str]) -> None:
    if os.environ.get("DISPLAY") or os.environ.get("LIVC_SCREENSHOT_CHILD"):
        return
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("No DISPLAY and no xvfb-run: using the offscreen platform.", file=sys.stderr)
        return
    env = {**os.environ, "LIVC_SCREENSHOT_CHILD": "1"}
    command = [xvfb, "-a", "-s", "-screen 0 1920x1080x24", sys.executable, *argv]
    raise SystemExit(subprocess.run(command, env=env, check=False).returncode)


def xcb_works() -> bool:
    """Qt's xcb plugin needs a few X libraries (libxcb-icccm4, libxcb-keysyms1,
    libxcb-cursor0 ...); without them, fall back to offscreen rendering, which grabs the
    same widgets with the same fonts."""
    probe = "from PySide6.QtWidgets import QApplication; QApplication([])"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, check=False, timeout=60
    )
    if result.returncode != 0:
        print("Qt's xcb platform does not load here: using offscreen.", file=sys.stderr)
    return result.returncode == 0


def dark_palette():  # type: ignore[no-untyped-def]
    """A dark desktop palette like KDE's Breeze Dark or Windows' dark mode."""
    from PySide6.QtGui import QColor, QPalette

    pal = QPalette()
    role = QPalette.ColorRole
    for name, value in (
        (role.Window, "#2d2d2d"),
        (role.WindowText, "#e8e8e8"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"),
        (role.Text, "#e8e8e8"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e8e8e8"),
        (role.Highlight, "#3d7ebf"),
        (role.HighlightedText, "#ffffff"),
        (role.ToolTipBase, "#353535"),
        (role.ToolTipText, "#e8e8e8"),
        (role.PlaceholderText, "#a0a0a0"),
        (role.Link, "#8ab4f8"),
    ):
        pal.setColor(name, QColor(value))
    return pal


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", action="append", choices=MODES)
    parser.add_argument("--dark", action="store_true", help="a dark desktop palette")
    args = parser.parse_args()
    ensure_display([str(Path(__file__).resolve()), *sys.argv[1:]])
    os.environ["QT_QPA_PLATFORM"] = (
        "xcb" if os.environ.get("DISPLAY") and xcb_works() else "offscreen"
    )

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from livc_desktop.services import demo as demo_service
    from livc_desktop.ui import backup_actions

    # The "make a backup now?" question at the first unlock would wait for a click.
    backup_actions._offered = True
    from livc_desktop.services import register as register_service
    from livc_desktop.ui import i18n
    from livc_desktop.ui.app import application
    from livc_desktop.ui.main_window import MainWindow

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="livc-shots-"))
    try:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
        app = application()
        if args.dark:
            app.setStyle("Fusion")
            app.setPalette(dark_palette())
        demo_path = work / "demo" / "register.livc"
        demo_service.create_demo(demo_path).close()

        def settle() -> None:
            for _ in range(5):
                app.processEvents()

        suffix = "-dark" if args.dark else ""

        def shoot(window: MainWindow, name: str) -> None:
            settle()
            target = out / f"{name}{suffix}.png"
            window.grab().save(str(target))
            print(target)

        def shoot_case_file(window: MainWindow, mode: str) -> None:
            """The case file of the demo's first case, every tab."""
            from livc_desktop.services import cases as case_service
            from livc_desktop.ui.dialogs.case_file import CaseFileDialog

            session = window.session
            if session is None:
                return
            rows = case_service.list_cases(session)
            if not rows:
                return
            busiest = max(rows, key=lambda r: (r.open_measures, r.flag is not None))
            dialog = CaseFileDialog(session, busiest.id, window)
            dialog.resize(1000, 700)
            dialog.show()
            tabs = dialog.tabs
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle()
                target = out / f"case-file-{index}-{mode}{suffix}.png"
                dialog.grab().save(str(target))
                print(target)
            dialog.reject()

        def shoot_search_and_help(window: MainWindow, mode: str) -> None:
            """The search (Ctrl+F) as typed without accents, the person search (codes
            only) and the manual at the cases section."""
            from livc_desktop.ui.dialogs.help import HelpDialog

            search = window.show_search()
            if search is None:
                return
            search.text.setText("demostad")
            search.run_search()
            settle()
            search.grab().save(str(out / f"search-{mode}.png"))
            search.person_radio.setChecked(True)
            search.text.setText("Zoë Testpersoon")
            search.find_person()
            settle()
            search.grab().save(str(out / f"search-person-{mode}.png"))
            search.reject()
            window.show_page("cases")
            window.show_help()
            settle()
            manual = window.findChild(HelpDialog)
            if manual is not None:
                manual.grab().save(str(out / f"help-{mode}.png"))
                manual.reject()
            print(out / f"search-{mode}.png")

        for mode in args.lang or MODES:
            pseudo = mode == "pseudo"
            lang = i18n.install("en" if pseudo else mode, pseudo_mode=pseudo)

            wizard_window = MainWindow(work / mode / "new.livc", language=lang, pseudo=pseudo)
            wizard_window.resize(*SIZE)
            wizard_window.show()
            wizard = wizard_window.wizard
            assert wizard is not None
            wizard.municipalities.set_municipalities(["Demostad", "Voorbeeldegem"])
            shoot(wizard_window, f"wizard-1-cell-{mode}")
            wizard._on_next_clicked()
            wizard.officer_edit.setText("Fien Voorbeeld")
            shoot(wizard_window, f"wizard-2-officer-{mode}")
            wizard._on_next_clicked()
            wizard.passphrase_edit.setText("short")
            wizard._on_create_clicked()
            shoot(wizard_window, f"wizard-3-passphrase-{mode}")
            wizard_window.shutdown()
            wizard_window.close()

            window = MainWindow(
                demo_path,
                language=lang,
                pseudo=pseudo,
                demo_passphrase=demo_service.DEMO_PASSPHRASE,
            )
            window.resize(*SIZE)
            window.show()
            shoot(window, f"unlock-{mode}")
            session = register_service.unlock(demo_path, demo_service.DEMO_PASSPHRASE)
            window._on_unlock_screen_unlocked(session, 0)
            for page in window.pages:
                window.show_page(page.page_id)
                shoot(window, f"page-{page.page_id}-{mode}")
            shoot(window, f"settings-{mode}")
            shoot_search_and_help(window, mode)
            window.change_passphrase()
            settle()
            dialog = window.passphrase_dialog
            if dialog is not None:
                dialog.new_edit.setText("a new passphrase of five words")
                settle()
                dialog.grab().save(str(out / f"change-passphrase-{mode}{suffix}.png"))
                print(out / f"change-passphrase-{mode}{suffix}.png")
                dialog.reject()
            shoot_case_file(window, mode)
            window.shutdown()
            window.close()
            settle()
        QApplication.closeAllWindows()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
