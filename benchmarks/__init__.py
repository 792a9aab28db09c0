"""Performance budget of LIVC Desktop, measured on generated, fictional registers.

Run with `make bench` (city size) or `make bench-stress`; see `python -m benchmarks --help`.

PySide6 6.12 on Python 3.11 drops a reference to None each time a None crosses into or
out of a QVariant from Python (`QModelIndex.data()` of an empty role, `QComboBox.
addItem(text, None)`, `currentData()`, the static `QCoreApplication.processEvents()`...).
Before 3.12 None is not immortal, so after some ten thousand of these the interpreter
aborts with "Fatal Python error: none_dealloc": at city size, on the second unlock. The
program needs Python 3.12 or later (PEP 683) or a fixed PySide6; until then the benchmarks
give None a reference count it cannot run out of, so that they measure rather than crash.
"""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    import ctypes

    # ob_refcnt is the first field of every PyObject (a Py_ssize_t).
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
