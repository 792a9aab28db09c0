"""Performance budget of LIVC Desktop, measured on generated, fictional registers.

Run with `make bench` (city size) or `make bench-stress`; see `python -m benchmarks --help`."""
