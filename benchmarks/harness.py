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
