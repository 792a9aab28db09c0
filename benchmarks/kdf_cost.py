"""Measure the unlock cost of the register's key derivation on this machine.

    .venv/bin/python -m benchmarks.kdf_cost

Prints the time to open a small register at SQLCipher's default iteration count and at
the program's KDF_ITER (see the reasoning in livc_desktop/storage/connection.py)."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from livc_desktop.storage import connection


def _time_open(path: Path, key: bytes, kdf_iter: int, runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        reg = connection.open_register(path, key, migrate=False, kdf_iter=kdf_iter)
        samples.append(time.perf_counter() - start)
        reg.close()
    return statistics.median(samples)


def main() -> None:
    key = b"benchmark passphrase, fictional"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.livc"
        connection.create_register(path, key).close()
        for kdf_iter in (connection.SQLCIPHER_DEFAULT_KDF_ITER, connection.KDF_ITER):
            legacy = Path(tmp) / f"r{kdf_iter}.livc"
            reg = connection.open_register(path, key, migrate=False)
            reg.export_to(legacy, key, kdf_iter=kdf_iter)
            reg.close()
            print(f"kdf_iter {kdf_iter:>9,}: unlock {_time_open(legacy, key, kdf_iter):.3f} s")


if __name__ == "__main__":
    main()
