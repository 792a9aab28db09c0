"""Timing, statistics, the budget table and the JSON result file."""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"


@dataclass
class Result:
    name: str
    unit: str
    samples: list[float]
    budget: float | None = None  # in `unit`; None = reported, not budgeted
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    #: What the user waits for at the screen: its cost must follow the screen, not the
    #: register (stress / city <= GROWTH_GOAL).
    interactive: bool = False

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples)
        if len(ordered) == 1:
            return ordered[0]
        index = max(0, min(len(ordered) - 1, round(0.95 * (len(ordered) - 1))))
        return ordered[index]

    @property
    def judged(self) -> float:
        """The figure held against the budget: p95 where there are repeats."""
        return self.p95

    @property
    def ratio(self) -> float | None:
        return None if not self.budget else self.judged / self.budget

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(median=self.median, p95=self.p95, ratio=self.ratio)
        return data


def time_ms(fn: Callable[[], Any], repeat: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000.0)
    return samples


#: The goal for every interactive figure: at ten times the register, at most this much
#: slower than at city size.
GROWTH_GOAL = 1.5
SIZES = ("small", "city", "stress")


def load_average() -> str:
    """The 1, 5 and 15 minute load averages (the machine may be shared)."""
    try:
        return " / ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:  # pragma: no cover - not on Windows
        return "-"


def machine_info() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info: dict[str, Any] = {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "load_average_start": load_average(),
    }
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        info["qt"] = qVersion()
        info["pyside6"] = PySide6.__version__
    except ImportError:  # pragma: no cover
        pass
    from livc_desktop.storage import binding_info

    b = binding_info()
    info["sqlcipher"] = b.cipher_version
    info["sqlite"] = b.sqlite_version
    info["crypto_provider"] = f"{b.provider} {b.provider_version}"
    return info


def format_table(results: list[Result]) -> str:
    header = f"{'benchmark':44} {'median':>10} {'p95':>10} {'budget':>10} {'ratio':>7}  unit"
    lines = [header, "-" * len(header)]
    for r in results:
        budget = f"{r.budget:10.1f}" if r.budget else f"{'-':>10}"
        ratio = f"{r.ratio:6.2f}x" if r.ratio is not None else f"{'-':>7}"
        flag = "  OVER" if r.ratio is not None and r.ratio > 1 else ""
        lines.append(f"{r.name:44} {r.median:10.1f} {r.p95:10.1f} {budget} {ratio}  {r.unit}{flag}")
        if r.note:
            lines.append(f"{'':46}{r.note}")
    return "\n".join(lines)


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "ms" and value >= 1000:
        return f"{value / 1000:.2f} s"
    return f"{value:.1f} {unit}" if value < 100 else f"{value:,.0f} {unit}"


def format_growth_table(by_size: dict[str, list[dict[str, Any]]]) -> str:
    """One table, every figure at each size (p95), the growth from city to stress beside
    it and the budget. `by_size` maps a size to its results as stored (`to_dict`).
    Status: OVER when the figure at city size is over its budget, or at stress size over
    the same budget; GROWS when an interactive figure grows more than GROWTH_GOAL."""
    names: list[str] = []
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for size in SIZES:
        for r in by_size.get(size, []):
            if r["name"] not in names:
                names.append(r["name"])
            found[(size, r["name"])] = r
    header = (
        f"{'figure (p95)':46} {'small':>10} {'city':>10} {'stress':>10} "
        f"{'stress/city':>11} {'budget':>10}  status"
    )
    lines = [header, "-" * len(header)]
    for name in names:
        rows = [found.get((size, name)) for size in SIZES]
        any_row = next(r for r in rows if r is not None)
        unit, budget = any_row["unit"], any_row.get("budget")
        values = [None if r is None else float(r["p95"]) for r in rows]
        city, stress = values[1], values[2]
        growth = stress / city if city and stress is not None else None
        interactive = bool(any_row.get("interactive"))
        status = []
        if budget and any(v is not None and v > budget for v in values[1:]):
            status.append("OVER")
        if interactive and growth is not None and growth > GROWTH_GOAL:
            status.append("GROWS")
        cells = " ".join(f"{_figure(v, unit):>10}" for v in values)
        growth_text = f"{growth:.2f}" + ("*" if interactive else " ") if growth else "-"
        lines.append(
            f"{name:46} {cells} {growth_text:>11} {_figure(budget, unit):>10}  " + " ".join(status)
        )
    lines.append(
        f"* interactive: the goal is stress/city <= {GROWTH_GOAL}. Budgets are for city size;"
        " at stress size the interactive figures should stay within them too."
    )
    return "\n".join(lines)


def latest_results(size: str, folder: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The newest stored result file of `size`, or None."""
    folder = folder or RESULTS_DIR
    files = sorted(folder.glob(f"*-{size}.json"))
    if not files:
        return None
    return files[-1], json.loads(files[-1].read_text(encoding="utf-8"))


def write_json(
    size: str,
    results: list[Result],
    info: dict[str, Any],
    folder: Path | None = None,
    register: dict[str, Any] | None = None,
) -> Path:
    folder = folder or RESULTS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = folder / f"{stamp}-{size}.json"
    payload = {
        "size": size,
        "machine": info,
        "register": register or {},
        "results": [r.to_dict() for r in results],
    }
    path.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return path
