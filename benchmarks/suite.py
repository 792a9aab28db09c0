"""The benchmarks themselves. Each is a function taking the Context and returning Results;
`BENCHMARKS` lists them in the order they run. Numbers follow issue 7 (see README.md).

Everything runs on the GUI's own code: services for the data, the ui/models list models
and proxies, the real CaseFileDialog and MainWindow. Two figures run in a subprocess
(cold start, peak memory) so that nothing of this process falsifies them."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.harness import Result, time_ms

PASSPHRASE = "benchmark passphrase, fictional data only"
ROOT = Path(__file__).resolve().parent.parent
#: Typed into the case search box one keystroke at a time (words the generator uses).
KEYSTROKES = ["s", "sc", "sch", "scho", "schoo", "school", "school o", "school ou"]
#: Full-text searches over information items: common, rare, two words, no hit.
FTS_QUERIES = ["school", "moskee", "stage", "ouders gesprek", "huisbezoek", "zzzgeenhit"]


@dataclass
class Context:
    size: str
    workdir: Path
    repeat: int
    seed: int = 7
    use_cache: bool = True
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def register_path(self) -> Path:
        return self.workdir / "bench.livc"

    def generated(self) -> Path:
        """The register of this size: generated once (or copied from benchmarks/cache/)."""
        if "generated" not in self.cache:
            from benchmarks.generate import cached_register

            counts, took, cached = cached_register(
                self.register_path, PASSPHRASE, self.size, self.seed, use_cache=self.use_cache
            )
            self.cache["counts"] = counts
            self.cache["generated"] = took
            main = (
                "partner",
                "partner_contact",
                "case_file",
                "signal",
                "info_item",
                "meeting",
                "attendance",
                "agenda_item",
            )
            how = "copied from benchmarks/cache/" if cached else f"generated in {took:.1f} s"
            print(
                f"{self.size} register {how}: "
                + ", ".join(f"{k}={counts.get(k, 0)}" for k in main),
                flush=True,
            )
        return self.register_path

    def session(self) -> Any:
        """One unlocked session shared by the in-process benchmarks (like the GUI's one
        long-lived connection)."""
        if "session" not in self.cache:
            from livc_desktop.services import register as register_service

            self.cache["session"] = register_service.unlock(self.generated(), PASSPHRASE)
        return self.cache["session"]

    def app(self) -> Any:
        if "app" not in self.cache:
            from livc_desktop.ui import i18n
            from livc_desktop.ui.app import application

            self.cache["app"] = application()
            i18n.install("en")
            _quiet_offscreen_warning()
        return self.cache["app"]

    def close(self) -> None:
        session = self.cache.pop("session", None)
        if session is not None:
            session.close()


Benchmark = Callable[[Context], list[Result]]


def _quiet_offscreen_warning() -> None:
    """The offscreen platform warns "does not support propagateSizeHints()" for every
    dialog shown; keep every other Qt message."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode: Any, _context: Any, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def _process_events(until: Callable[[], bool], timeout_s: float = 60.0) -> None:
    # QEventLoop.processEvents, not the static QCoreApplication.processEvents: with
    # PySide6 6.12 on Python 3.11 the static one loses a reference to None on every call,
    # and a busy loop of them ends in "Fatal Python error: none_dealloc".
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    flags = QEventLoop.ProcessEventsFlag.AllEvents
    deadline = time.perf_counter() + timeout_s
    while not until():
        if time.perf_counter() > deadline:
            raise TimeoutError("the GUI did not get there in time")
        loop.processEvents(flags | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    loop.processEvents(flags)


class _NoBackupQuestion:
    """The question "make a backup now?" after an unlock is modal (its own event loop,
    no stall of the program) and waits for an answer: left out of the measurements."""

    def __enter__(self) -> None:
        from livc_desktop.ui import backup_actions

        # The reminders bar (My month's due items) stays in: it is part of the unlock.
        self.offer = backup_actions.after_unlock
        backup_actions.after_unlock = lambda _window, _session: None

    def __exit__(self, *_exc: object) -> None:
        from livc_desktop.ui import backup_actions

        backup_actions.after_unlock = self.offer


# -- 1. unlock --------------------------------------------------------------------------------
def bench_unlock(ctx: Context) -> list[Result]:
    """Key derivation alone (open + first read), and the unlock screen's whole path: type
    the passphrase, press Unlock, the worker derives the key and opens the register, the
    main window hands the session to every page (Overview, cases, partners, meetings...)
    and shows the Overview, populated."""
    from livc_desktop.domain.passphrase import to_key
    from livc_desktop.storage import open_register
    from livc_desktop.ui.main_window import MainWindow

    path = ctx.generated()
    ctx.app()
    key = to_key(PASSPHRASE)
    repeat = max(5, ctx.repeat // 2)

    def kdf_only() -> None:
        open_register(path, key, migrate=False).close()

    kdf = time_ms(kdf_only, repeat)

    window = MainWindow(path, language="en")
    window.resize(1200, 800)
    window.show()
    screen = window.unlock_screen
    full: list[float] = []
    quiet = _NoBackupQuestion()
    quiet.__enter__()
    try:
        for n in range(repeat + 1):
            screen.passphrase_edit.setText(PASSPHRASE)
            start = time.perf_counter()
            screen.unlock_button.click()
            _process_events(lambda: window.session is not None)
            overview = window.current_page()
            # Populated: its counts, lists and chart come from a worker thread.
            _process_events(
                lambda page=overview: not page.case_panel.loading and not page.my_month.loading
            )
            overview.repaint()
            took = (time.perf_counter() - start) * 1000.0
            assert overview.page_id == "overview"
            if n:  # the first one warms imports and caches
                full.append(took)
            window.lock("idle")
    finally:
        quiet.__exit__()
        if window.session is not None:
            window.lock("idle")
        window.shutdown()
        window.deleteLater()
    kdf_median = statistics.median(kdf)
    beyond = [max(0.0, f - kdf_median) for f in full]
    return [
        Result(
            "1 unlock: key derivation + first read",
            "ms",
            kdf,
            note="SQLCipher 4, PBKDF2-HMAC-SHA512 at the register's kdf_iter",
        ),
        Result(
            "1 unlock: to Overview populated (total)",
            "ms",
            full,
            note="unlock screen -> worker -> Overview filled and painted",
        ),
        Result(
            "1 unlock: beyond key derivation",
            "ms",
            beyond,
            budget=150.0,
            note="total minus the median key derivation",
            interactive=True,
        ),
    ]


# -- 2. cold start --------------------------------------------------------------------------
_COLD_START = r"""
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from livc_desktop.ui.app import GuiRun, application

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            sys.stdout.write("painted\n")
            sys.stdout.flush()
            os._exit(0)
        return False

run = GuiRun(Path(sys.argv[1]), False, "en", False)
window = run.prepare()
watcher = Painted()
window.installEventFilter(watcher)
window.show()
sys.exit(application().exec())
"""


def bench_cold_start(ctx: Context) -> list[Result]:
    """A new Python process (interpreter, PySide6, the program's modules, translations,
    the single-instance lock, the main window with every page) until the window receives
    its first paint event, offscreen. The files are in the OS cache (a warm disk)."""
    path = ctx.generated()
    ctx.close()  # one process at a time on the register (see bench_peak_rss)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    samples = []
    for n in range(max(4, ctx.repeat // 4) + 1):
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-c", _COLD_START, str(path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        took = (time.perf_counter() - start) * 1000.0
        if "painted" not in proc.stdout:
            raise RuntimeError(f"cold start failed: {proc.stderr[-2000:]}")
        if n:
            samples.append(took)
    return [
        Result(
            "2 cold start: process to window painted",
            "ms",
            samples,
            budget=800.0,
            interactive=True,
        )
    ]


# -- 3. case list, filter keystroke, full-text search -----------------------------------------
def bench_case_list(ctx: Context) -> list[Result]:
    """The real CasesPage, shown: its model holds ids (filtered, sorted and counted by
    SQLite) and reads the rows in view when the table paints."""
    from datetime import date

    from livc_desktop.services import cases as case_service
    from livc_desktop.services import partners as partner_service
    from livc_desktop.storage.case_rows import CaseListQuery
    from livc_desktop.ui import partner_labels
    from livc_desktop.ui.models.partner_model import PartnerFilterProxy, PartnerTableModel
    from livc_desktop.ui.pages.cases import CasesPage

    ctx.app()
    session = ctx.session()
    page = CasesPage()
    page.resize(1200, 800)
    page.show()
    page.set_session(session)

    def load() -> None:
        page.reload()
        page.view.repaint()

    loads = time_ms(load, ctx.repeat)
    total = page.model.total

    # One keystroke in the case search box: what CasesPage does after its debounce (the
    # query with code, pseudonym, name and FTS in SQLite, the count, the rows in view).
    typed = iter(KEYSTROKES * (ctx.repeat + 2))

    def keystroke() -> None:
        page.search.setText(next(typed))
        page._search_timer.stop()
        page._apply_filters()
        page.view.repaint()

    keys = time_ms(keystroke, ctx.repeat * 2)
    page.search.setText("")
    page._search_timer.stop()
    page._apply_filters()

    # The whole list for a text, as the worker thread reads it once the first screen
    # shows (codes, pseudonyms, names and the information items' full text).
    queries = iter(FTS_QUERIES * (ctx.repeat + 2))
    hits: list[int] = []

    def fts() -> None:
        query = CaseListQuery(open_only=False, text=next(queries))
        hits.append(len(case_service.case_list_rest(session, query, date.today())))

    searches = time_ms(fts, ctx.repeat * 2)

    # The window's search (Ctrl+F): partners, cases, signals and meetings, on the GUI
    # thread after its debounce.
    from livc_desktop.services import search as search_service

    search_service.search(session, "warm")  # its in-memory signal index, built once
    found = iter(FTS_QUERIES * (ctx.repeat + 2))
    register_hits: list[int] = []

    def register_search() -> None:
        register_hits.append(len(search_service.search(session, next(found))))

    register_searches = time_ms(register_search, ctx.repeat * 2)
    page.set_session(None)
    page.close()
    page.deleteLater()

    pmodel = PartnerTableModel()
    pproxy = PartnerFilterProxy()
    pproxy.setSourceModel(pmodel)
    labels = partner_labels.sector_labels(partner_service.sectors(session))
    pmodel.set_rows(partner_service.load_rows(session), labels)
    ptyped = iter(["f", "fi", "fic", "fict", "ficti", "fictie", "fictief", ""] * ctx.repeat * 2)

    def partner_keystroke() -> None:
        pproxy.set_search(next(ptyped))
        pproxy.rowCount()

    pkeys = time_ms(partner_keystroke, ctx.repeat * 2)
    return [
        Result(
            "3 case list: load and paint",
            "ms",
            loads,
            note=f"{total} cases: ids from SQLite, the rows in view read and painted",
            interactive=True,
        ),
        Result(
            "3 case list: filter keystroke",
            "ms",
            keys,
            budget=25.0,
            note="CasesPage._apply_filters (code, pseudonym, name, FTS in SQLite) + paint",
            interactive=True,
        ),
        Result(
            "3 FTS search over information items",
            "ms",
            searches,
            budget=25.0,
            note="the case list's whole answer for a text, as its worker thread reads it"
            f" (FTS5 over the items); {min(hits)}..{max(hits)} cases",
            interactive=True,
        ),
        Result(
            "3 register search (Ctrl+F)",
            "ms",
            register_searches,
            budget=25.0,
            note="services.search.search: partners, cases, signals, meetings;"
            f" {min(register_hits)}..{max(register_hits)} hits",
            interactive=True,
        ),
        Result(
            "3 partner list: filter keystroke",
            "ms",
            pkeys,
            budget=25.0,
            note=f"{pmodel.rowCount()} partners: PartnerFilterProxy.set_search",
            interactive=True,
        ),
    ]


# -- 4. open a case file --------------------------------------------------------------------
def big_case_id(session: Any) -> int:
    from benchmarks.generate import BIG_CASE_PSEUDONYM
    from livc_desktop.services import cases as case_service
    from livc_desktop.storage.case_rows import CaseListQuery

    found = case_service.case_list_ids(
        session, CaseListQuery(open_only=False, text=BIG_CASE_PSEUDONYM), record=False
    )
    rows = case_service.cases_by_ids(session, found)
    return next(i for i, r in rows.items() if r.pseudonym == BIG_CASE_PSEUDONYM)


def bench_open_case(ctx: Context) -> list[Result]:
    """The CaseFileDialog for the case with 200 information items: every tab's model
    loaded (timeline, team, measures, information, flags), shown and painted."""
    from livc_desktop.services import cases as case_service
    from livc_desktop.ui.dialogs.case_file import CaseFileDialog

    ctx.app()
    session = ctx.session()
    case_id = big_case_id(session)
    items = len(case_service.information(session, case_id))

    def open_case() -> None:
        dialog = CaseFileDialog(session, case_id)
        dialog.show()
        dialog.repaint()
        dialog.close()
        dialog.deleteLater()

    samples = time_ms(open_case, ctx.repeat)
    _process_events(lambda: True)
    return [
        Result(
            "4 open case file (all tabs)",
            "ms",
            samples,
            budget=40.0,
            note=f"{items} information items; CaseFileDialog built, shown, painted",
            interactive=True,
        )
    ]


# -- 5. minutes PDF ----------------------------------------------------------------------------
def _pages(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def bench_minutes(ctx: Context) -> list[Result]:
    from benchmarks.meeting_minutes import render_large_meeting

    ctx.app()
    small = time_ms(lambda: render_large_meeting(40, 30), max(5, ctx.repeat // 2))
    pages40 = _pages(render_large_meeting(40, 30))
    # Enough items for about 250 pages: estimated from the 40-item document, then
    # corrected once (the attendance and agenda pages do not grow with the items).
    items = max(40, round(40 * 250 / max(1, pages40)))
    pages = _pages(render_large_meeting(items, 30))
    items = max(40, round(items * 250 / max(1, pages)))
    rendered: list[bytes] = []
    big = time_ms(
        lambda: rendered.append(render_large_meeting(items, 30)),
        2 if ctx.size != "small" else 1,
        warmup=0,
    )
    pages = _pages(rendered[-1])
    return [
        Result(
            "5 minutes PDF: 40 items, 30 attendees",
            "ms",
            small,
            budget=250.0,
            note=f"{pages40} pages, filter + reportlab",
        ),
        Result(
            f"5 minutes PDF: stress, {pages} pages",
            "ms",
            big,
            note=f"{items} items; reported, not budgeted",
        ),
    ]


# -- 6. backup -----------------------------------------------------------------------------------
def bench_backup(ctx: Context) -> list[Result]:
    """Create (page-by-page copy into a new encrypted file, read back: page HMACs, row
    counts, SHA-256; manifest) and verify (open the backup with the passphrase, page HMACs,
    counts) the register."""
    from livc_desktop.services import backup as backup_service

    session = ctx.session()
    folder = ctx.workdir / "backups"
    sizes: list[float] = []

    def create_and_verify() -> None:
        result = backup_service.create_backup(session.register, folder)
        backup_service.verify_backup(result.path, PASSPHRASE)
        sizes.append(result.path.stat().st_size / 1e6)
        backup_service.manifest_path(result.path).unlink()
        result.path.unlink()

    samples = time_ms(create_and_verify, 3 if ctx.size != "stress" else 1, warmup=0)
    register_mb = ctx.generated().stat().st_size / 1e6
    return [
        Result(
            "6 backup: create + verify",
            "ms",
            samples,
            budget=3000.0,
            note=f"register {register_mb:.1f} MB, backup {sizes[-1]:.1f} MB",
            extra={"register_mb": register_mb, "backup_mb": sizes[-1]},
        )
    ]


# -- 7. peak memory -------------------------------------------------------------------------------
_PEAK_RSS = r"""
import json, resource, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop
import benchmarks  # noqa: F401  (None refcount guard, see benchmarks/__init__.py)
from livc_desktop.ui import backup_actions
from livc_desktop.ui.app import GuiRun, application

# The modal backup question after the unlock would wait for an answer; patched where it
# lives (a name that moved must fail here, not leave the question in and hang).
assert callable(backup_actions.after_unlock)
backup_actions.after_unlock = lambda _window, _session: None
run = GuiRun(Path(sys.argv[1]), False, "en", False)
window = run.prepare()
loop = QEventLoop()
window.resize(1400, 900)
window.show()
screen = window.unlock_screen
screen.passphrase_edit.setText(sys.stdin.readline().rstrip("\n"))
screen.unlock_button.click()
deadline = time.monotonic() + 120
while window.session is None and time.monotonic() < deadline:
    loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
assert window.session is not None
for row in range(window.navigation.count()):
    window.navigation.setCurrentRow(row)
    window.current_page().repaint()
    loop.processEvents()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"maxrss_kb": usage.ru_maxrss, "pages": window.navigation.count()}))
sys.stdout.flush()
window.lock("idle")
run.cleanup()
"""


def bench_peak_rss(ctx: Context) -> list[Result]:
    """A fresh GUI process unlocks the register and opens every section of the main window
    (each list filled); the peak resident set size (getrusage ru_maxrss) is read there."""
    path = ctx.generated()
    # The benchmarks' own session opens the register without the program's lock: left
    # open, a GUI process starting on it would share it while believing it alone, and
    # the register was found damaged afterwards.
    ctx.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    samples = []
    pages = 0
    for _ in range(2):
        proc = subprocess.run(
            [sys.executable, "-c", _PEAK_RSS, str(path)],
            input=PASSPHRASE + "\n",
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
        if proc.returncode != 0 or not lines:
            raise RuntimeError(f"peak RSS run failed: {proc.stderr[-2000:]}")
        data = json.loads(lines[-1])
        samples.append(data["maxrss_kb"] / 1024.0)
        pages = data["pages"]
    return [
        Result(
            "7 peak RSS after unlock + every list",
            "MB",
            samples,
            budget=400.0,
            note=f"{pages} sections opened, in a fresh process",
        )
    ]


# -- 8. encryption overhead -----------------------------------------------------------------------
def _plaintext_copy(ctx: Context) -> Path:
    """SQLCipher's export into an unkeyed attached database: the same schema and rows,
    without encryption (a benchmark-only file, deleted with the work folder)."""
    import sqlcipher3

    from livc_desktop.domain.passphrase import to_key
    from livc_desktop.storage.connection import KDF_ITER, read_params

    source = ctx.generated()
    plain = ctx.workdir / "plain-copy.sqlite"
    if plain.exists():
        return plain
    conn = sqlcipher3.connect(str(source), isolation_level=None)
    try:
        conn.set_key(to_key(PASSPHRASE))
        conn.execute(f"PRAGMA kdf_iter = {int(read_params(source) or KDF_ITER)}")
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return plain


def _plain_session(path: Path) -> Any:
    """The program's Session and repositories on the standard sqlite3 module: the same
    code and queries, the same PRAGMAs as storage.connection, no encryption."""
    import sqlite3

    from livc_desktop.services.register import Session
    from livc_desktop.storage.connection import CACHE_KIB, Register
    from livc_desktop.storage.sql_functions import add_functions

    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    add_functions(conn)
    for pragma in (
        "foreign_keys = ON",
        "temp_store = MEMORY",
        "journal_mode = WAL",
        f"cache_size = -{CACHE_KIB}",
    ):
        conn.execute(f"PRAGMA {pragma}")
    return Session(Register(path, conn))


def _case_file_queries(session: Any, case_id: int) -> None:
    """The service calls CaseFileDialog.reload makes (benchmark 4 without the widgets)."""
    from livc_desktop.services import cases as cs

    cs.get_case(session, case_id)
    cs.flag_texts(session)
    cs.cooperation(session, case_id)
    cs.timeline(session, case_id)
    cs.team(session, case_id)
    cs.measures(session, case_id)
    cs.information(session, case_id)
    cs.flag_history(session, case_id)


def bench_encryption_overhead(ctx: Context) -> list[Result]:
    """The queries of benchmarks 3 and 4 on the same data, in SQLCipher and in plain SQLite
    (a plaintext export of the register), interleaved in one run. Each sample is the ratio
    of the two times for one round."""
    from livc_desktop.services import cases as cs
    from livc_desktop.storage.case_rows import CaseListQuery

    cipher = ctx.session()
    plain = _plain_session(_plaintext_copy(ctx))
    case_id = big_case_id(cipher)
    work: dict[str, Callable[[Any], Any]] = {
        "case list": lambda s: cs.cases_by_ids(
            s, cs.case_list_ids(s, CaseListQuery(), record=False)[:60]
        ),
        "search (keystrokes + FTS)": lambda s: [
            cs.case_list_ids(s, CaseListQuery(text=q), record=False)
            for q in KEYSTROKES + FTS_QUERIES
        ],
        "open case file": lambda s: _case_file_queries(s, case_id),
    }
    try:
        for fn in work.values():  # warm both page caches
            fn(cipher)
            fn(plain)
        per: dict[str, list[float]] = {name: [] for name in work}
        times: dict[str, tuple[list[float], list[float]]] = {n: ([], []) for n in work}
        rounds: list[float] = []
        for _ in range(max(5, ctx.repeat // 2)):
            total_c = total_p = 0.0
            for name, fn in work.items():
                c = time_ms(lambda fn=fn: fn(cipher), 1, warmup=0)[0]
                p = time_ms(lambda fn=fn: fn(plain), 1, warmup=0)[0]
                per[name].append(c / p if p else 1.0)
                times[name][0].append(c)
                times[name][1].append(p)
                total_c += c
                total_p += p
            rounds.append(total_c / total_p if total_p else 1.0)
    finally:
        plain.register.close()
    results = [
        Result(
            "8 encryption overhead: queries of 3 + 4",
            "x",
            rounds,
            budget=1.15,
            note="SQLCipher time / plain SQLite time, same code, same data",
        )
    ]
    for name in work:
        c_ms, p_ms = times[name]
        results.append(
            Result(
                f"8   {name}",
                "x",
                per[name],
                note=f"SQLCipher {statistics.median(c_ms):.1f} ms, "
                f"plain {statistics.median(p_ms):.1f} ms",
            )
        )
    return results


# -- 9. event-loop stalls -----------------------------------------------------------------------
class _Heartbeat:
    """A QTimer that fires as often as the event loop lets it; the longest gap between two
    beats is the longest time the main thread did not return to the loop (a stall).

    Gaps are measured in the GUI thread's own CPU time (time.thread_time): on a shared
    machine the scheduler takes the process off the CPU for tens of milliseconds at a
    time, which wall-clock gaps would count as stalls of the program. The longest
    wall-clock gap is kept too (`longest_wall`)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._beat)
        self.last = (0.0, 0.0)
        self.longest = 0.0
        self.longest_wall = 0.0

    def _beat(self) -> None:
        now = (time.thread_time(), time.perf_counter())
        if self.last[1]:
            self.longest = max(self.longest, (now[0] - self.last[0]) * 1000.0)
            self.longest_wall = max(self.longest_wall, (now[1] - self.last[1]) * 1000.0)
        self.last = now

    def measure(self, action: Callable[[], None], settle_s: float = 0.05) -> float:
        """The longest stall while `action` runs inside the event loop (queued, so the
        loop is running around it) and for `settle_s` after it."""
        from PySide6.QtCore import QTimer

        done: list[BaseException | None] = []

        def run() -> None:
            try:
                action()
            except BaseException as exc:  # handed back below, outside the event loop
                done.append(exc)
            else:
                done.append(None)

        self.longest, self.longest_wall, self.last = 0.0, 0.0, (0.0, 0.0)
        self.timer.start()
        QTimer.singleShot(5, run)
        _process_events(lambda: bool(done))
        if done[0] is not None:
            self.timer.stop()
            raise done[0]
        end = time.perf_counter() + settle_s
        _process_events(lambda: time.perf_counter() > end)
        self.timer.stop()
        return self.longest


def bench_stall(ctx: Context) -> list[Result]:
    """The real main window at the register's size: the longest event-loop stall while the
    Overview appears after unlocking, the cases page opens, a search is typed (one key at a
    time, with the page's own debounce), the case list scrolls end to end, a case file
    opens, the signals page opens and the meetings page opens. Budget 100 ms each."""
    from PySide6.QtTest import QTest

    from livc_desktop.ui.dialogs.case_file import CaseFileDialog
    from livc_desktop.ui.main_window import MainWindow

    path = ctx.generated()
    ctx.app()
    case_id = big_case_id(ctx.session())
    quiet = _NoBackupQuestion()
    quiet.__enter__()
    ctx.close()  # the window opens the register itself
    window = MainWindow(path, language="en")
    window.resize(1200, 800)
    window.show()
    beat = _Heartbeat()
    page: Any = window.page("cases")
    walls: dict[str, list[float]] = {}
    figures: dict[str, list[float]] = {
        "unlock to Overview": [],
        "open the cases page": [],
        "type a search": [],
        "scroll the case list end to end": [],
        "open a case file": [],
        "open the signals page": [],
        "open the meetings page": [],
    }

    def record(what: str, action: Callable[[], None], settle_s: float = 0.05) -> None:
        figures[what].append(beat.measure(action, settle_s))
        walls.setdefault(what, []).append(beat.longest_wall)

    try:
        for _ in range(max(2, ctx.repeat // 5)):
            window.unlock_screen.passphrase_edit.setText(PASSPHRASE)

            def unlock() -> None:
                window.unlock_screen.unlock_button.click()
                _process_events(lambda: window.session is not None)
                overview = window.current_page()
                _process_events(
                    lambda: not overview.case_panel.loading and not overview.my_month.loading
                )
                overview.repaint()

            record("unlock to Overview", unlock)
            record("open the cases page", lambda: window.show_page("cases"), 0.1)

            def type_search() -> None:
                page.search.setFocus()
                for char in "school o":
                    QTest.keyClick(page.search, char)
                    end = time.perf_counter() + 0.3  # past the 250 ms debounce
                    _process_events(lambda end=end: time.perf_counter() > end)

            record("type a search", type_search)
            page.search.clear()
            page._search_timer.stop()
            page._apply_filters()

            def scroll() -> None:
                bar = page.view.verticalScrollBar()
                for step in range(41):
                    bar.setValue(bar.maximum() * step // 40)
                    _process_events(lambda: True)
                    page.view.repaint()

            record("scroll the case list end to end", scroll)

            def open_case() -> None:
                assert window.session is not None, "the window locked itself"
                dialog = CaseFileDialog(window.session, case_id, window)
                dialog.show()
                dialog.repaint()
                dialog.close()
                dialog.deleteLater()

            record("open a case file", open_case)
            record("open the signals page", lambda: window.show_page("signals"), 0.1)
            record("open the meetings page", lambda: window.show_page("meetings"), 0.1)
            window.show_page("overview")
            window.lock("idle")
            _process_events(lambda: window.session is None)
    finally:
        quiet.__exit__()
        if window.session is not None:
            window.lock("idle")
        window.shutdown()
        window.deleteLater()
    return [
        Result(
            f"9 longest stall: {what}",
            "ms",
            samples,
            budget=100.0,
            note="GUI thread CPU time between two beats of a QTimer heartbeat; wall clock"
            f" {max(walls.get(what, [0.0])):.0f} ms at most (includes the machine's load)",
            interactive=True,
        )
        for what, samples in figures.items()
    ]


BENCHMARKS: list[Benchmark] = [
    bench_unlock,
    bench_cold_start,
    bench_case_list,
    bench_open_case,
    bench_minutes,
    bench_backup,
    bench_peak_rss,
    bench_encryption_overhead,
    bench_stall,
]


def names() -> list[str]:
    return [b.__name__.removeprefix("bench_") for b in BENCHMARKS]


def run_all(ctx: Context, only: list[str] | None = None) -> list[Result]:
    unknown = set(only or ()) - set(names())
    if unknown:
        raise SystemExit(
            f"unknown benchmark(s): {', '.join(sorted(unknown))}; choose from {', '.join(names())}"
        )
    results: list[Result] = []
    try:
        for bench in BENCHMARKS:
            name = bench.__name__.removeprefix("bench_")
            if only and name not in only:
                continue
            print(f"running {name} ...", flush=True)
            start = time.perf_counter()
            results.extend(bench(ctx))
            print(f"  {name} took {time.perf_counter() - start:.1f} s", flush=True)
    finally:
        ctx.close()
    return results
