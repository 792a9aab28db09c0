"""`python -m benchmarks [--size small|city|stress ...] [--only NAME ...] [--repeat N]`

Generates a fictional register of each chosen size in a temporary folder (through the
program's own services; kept in benchmarks/cache/ for the next run), runs every benchmark,
writes benchmarks/results/<time>-<size>.json per size and prints one table: every figure
at small, city and stress size (a size not measured in this run comes from its newest
result file, whose date is printed), the growth stress / city and the budget."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import suite
from benchmarks.harness import (
    format_growth_table,
    format_table,
    latest_results,
    load_average,
    machine_info,
    write_json,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--size", choices=["small", "city", "stress"], nargs="+", default=["small", "city"]
    )
    parser.add_argument("--only", nargs="*", default=None, help="run only these benchmarks")
    parser.add_argument("--repeat", type=int, default=20, help="samples per benchmark")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated data")
    parser.add_argument(
        "--no-cache", action="store_true", help="generate afresh; do not read or fill the cache"
    )
    parser.add_argument(
        "--results", type=Path, default=None, help="folder for the JSON result file"
    )
    args = parser.parse_args(argv)
    info = machine_info()
    print("machine: " + ", ".join(f"{k}={v}" for k, v in info.items()), flush=True)
    measured: dict[str, list[dict[str, object]]] = {}
    for size in args.size:
        with tempfile.TemporaryDirectory(prefix="livc-bench-") as tmp:
            ctx = suite.Context(
                size=size,
                workdir=Path(tmp),
                repeat=args.repeat,
                seed=args.seed,
                use_cache=not args.no_cache,
            )
            results = suite.run_all(ctx, only=args.only)
            register = {
                "seed": args.seed,
                "rows": ctx.cache.get("counts", {}),
                "generation_s": ctx.cache.get("generated"),
            }
        info["load_average_end"] = load_average()
        print()
        print(f"{size}:")
        print(format_table(results))
        path = write_json(size, results, info, folder=args.results, register=register)
        print(f"written: {path}")
        measured[size] = [r.to_dict() for r in results]
    by_size = dict(measured)
    print()
    for size in ("small", "city", "stress"):
        if size in by_size:
            print(
                f"{size}: measured now (load average {info['load_average_start']} at the"
                f" start, {info['load_average_end']} at the end)"
            )
            continue
        stored = latest_results(size, args.results)
        if stored is None:
            print(f"{size}: no result yet (make bench / make bench-stress)")
            continue
        path, data = stored
        by_size[size] = list(data["results"])
        machine = data.get("machine", {})
        print(
            f"{size}: from {path.name} ({machine.get('date', '?')},"
            f" load average {machine.get('load_average_start', '?')})"
        )
    print()
    print(format_growth_table(by_size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
