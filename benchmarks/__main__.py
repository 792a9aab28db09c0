"""`python -m benchmarks [--size small|city|stress] [--only NAME ...] [--repeat N]`

Generates a fictional register of the chosen size in a temporary folder (through the
program's own services; kept in benchmarks/cache/ for the next run), runs every benchmark,
prints the table and writes benchmarks/results/<time>-<size>.json."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import suite
from benchmarks.harness import format_table, machine_info, write_json


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--size", choices=["small", "city", "stress"], default="city")
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
    with tempfile.TemporaryDirectory(prefix="livc-bench-") as tmp:
        ctx = suite.Context(
            size=args.size,
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
    print()
    print(format_table(results))
    path = write_json(args.size, results, info, folder=args.results, register=register)
    print(f"\nwritten: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
