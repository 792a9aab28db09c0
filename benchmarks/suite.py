"""The benchmarks themselves. Each is a function taking the Context and returning Results;
`BENCHMARKS` lists them in the order they run."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.harness import Result, time_ms

PASSPHRASE = "benchmark passphrase, fictional data only"


@dataclass
class Context:
    size: str
    workdir: Path
    repeat: int
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def register_path(self) -> Path:
        return self.workdir / "bench.livc"

    def generated(self) -> Path:
        """The register of this size, generated once per run."""
        if "generated" not in self.cache:
            from benchmarks.generate import generate

            start = time.perf_counter()
            self.cache["counts"] = generate(self.register_path, PASSPHRASE, self.size)
            self.cache["generated"] = time.perf_counter() - start
            print(
                f"generated {self.size} register in {self.cache['generated']:.1f} s: "
                + ", ".join(f"{k}={v}" for k, v in self.cache["counts"].items()),
                flush=True,
            )
        return self.register_path


Benchmark = Callable[[Context], list[Result]]


def bench_unlock(ctx: Context) -> list[Result]:
    from livc_desktop.domain.passphrase import to_key
    from livc_desktop.services import register as register_service
    from livc_desktop.storage import open_register

    path = ctx.generated()
    key = to_key(PASSPHRASE)
    repeat = max(5, ctx.repeat // 2)

    def kdf_only() -> None:
        reg = open_register(path, key, migrate=False)
        reg.close()

    def unlock() -> None:
        register_service.unlock(path, PASSPHRASE).close()

    kdf = time_ms(kdf_only, repeat)
    full = time_ms(unlock, repeat)
    beyond = [max(0.0, f - k) for f, k in zip(sorted(full), sorted(kdf), strict=True)]
    return [
        Result("unlock: key derivation + first read", "ms", kdf, note="SQLCipher 4 KDF"),
        Result("unlock: beyond key derivation", "ms", beyond, budget=300.0),
    ]


BENCHMARKS: list[Benchmark] = [bench_unlock]


def run_all(ctx: Context, only: list[str] | None = None) -> list[Result]:
    results: list[Result] = []
    for bench in BENCHMARKS:
        name = bench.__name__.removeprefix("bench_")
        if only and name not in only:
            continue
        print(f"running {name} ...", flush=True)
        results.extend(bench(ctx))
    return results
