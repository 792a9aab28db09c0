"""The Qt binding itself must not leak or steal references on the hot paths we use."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QObject, Signal

# From Python 3.12 True and None are immortal: their reference count never changes, so
# the two tests about them can only fail on 3.11; the tests on an ordinary object below
# watch the same paths on every version.
immortal = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="True and None are immortal from Python 3.12"
)


class _Emitter(QObject):
    flag = Signal(bool)
    number = Signal(int)
    plain = Signal()
    thing = Signal(object)


class _Payload:
    """An ordinary (mortal) object whose reference count the binding must leave alone."""


@immortal
def test_emitting_signals_keeps_the_refcount_of_true(qapp):
    """PySide6 6.12.0's emit() decremented True's refcount on every call: after some
    thousand emits (a privacy toggle, every lock, every autosave) the program aborted
    with "bool_dealloc". pyproject.toml excludes that version; this guards the pin."""
    emitter = _Emitter()
    emitter.flag.connect(lambda _v: None)
    emitter.number.connect(lambda _v: None)
    emitter.plain.connect(lambda: None)
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(300):
        emitter.flag.emit(True)
        emitter.number.emit(1)
        emitter.plain.emit()
    gc.collect()
    assert sys.getrefcount(True) >= before - 5


@immortal
def test_qvariant_round_trips_keep_the_refcount_of_none(qapp):
    """PySide6 6.12.0 on Python 3.11 also dropped a reference to None whenever None
    crossed a QVariant (an empty model role, a combo item's data): the program aborted
    with "none_dealloc" on the second unlock of a city-sized register."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(300):
        combo.addItem("x", None)
        combo.currentData()
        QCoreApplication.processEvents()
    combo.clear()
    gc.collect()
    assert sys.getrefcount(None) >= before - 5


def test_emitting_an_object_neither_leaks_nor_steals_its_references(qapp):
    emitter = _Emitter()
    received: list[object] = []
    emitter.thing.connect(lambda value: received.append(value) or received.clear())
    payload = _Payload()
    gc.collect()
    before = sys.getrefcount(payload)
    for _ in range(300):
        emitter.thing.emit(payload)
    gc.collect()
    assert sys.getrefcount(payload) == before


def test_qvariant_round_trips_keep_the_refcount_of_an_object(qapp):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    payload = _Payload()
    gc.collect()
    before = sys.getrefcount(payload)
    for _ in range(300):
        combo.addItem("x", payload)
        assert combo.itemData(combo.count() - 1) is payload
        QCoreApplication.processEvents()
    combo.clear()
    gc.collect()
    assert sys.getrefcount(payload) == before
