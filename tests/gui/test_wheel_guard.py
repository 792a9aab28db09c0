"""The mouse wheel changes a value only in the field the user chose (it has the focus):
over any other drop-down, spin box or date editor it scrolls the page around it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QSpinBox,
    QWidget,
)

from livc_desktop.ui import i18n
from livc_desktop.ui.wheel_guard import install_wheel_guard
from tests.gui.conftest import unlock_with


def turn_wheel(widget: QWidget, notches: int) -> None:
    """One wheel turn over the middle of `widget` (negative: towards the user, down)."""
    centre = widget.rect().center()
    event = QWheelEvent(
        QPointF(centre),
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def wheel_scrolls_page(widget: QWidget, bar: QScrollBar) -> bool:
    """Turn the wheel over `widget` the way the page can still move; True if it moved."""
    before = bar.value()
    turn_wheel(widget, -1 if before < bar.maximum() else 1)
    return bar.value() != before


class Form(QScrollArea):
    def __init__(self) -> None:
        super().__init__()
        inner = QWidget()
        layout = QFormLayout(inner)
        self.first = QLineEdit()
        layout.addRow("first", self.first)
        for n in range(25):
            layout.addRow(f"above {n}", QLineEdit())
        self.combo = QComboBox()
        self.combo.addItems(["unknown", "bound", "not bound"])
        self.spin = QSpinBox()
        self.spin.setRange(1, 52)
        self.spin.setValue(6)
        self.date = QDateEdit(QDate(2026, 3, 4))
        layout.addRow("combo", self.combo)
        layout.addRow("spin", self.spin)
        layout.addRow("date", self.date)
        for n in range(25):
            layout.addRow(f"below {n}", QLineEdit())
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.resize(320, 260)


@pytest.fixture
def form(qtbot) -> Iterator[Form]:
    install_wheel_guard()
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.first.setFocus()
    yield widget


def test_wheel_over_unchosen_editors_scrolls_the_page_and_keeps_values(form):
    bar = form.verticalScrollBar()
    for editor in (form.combo, form.spin, form.date):
        form.ensureWidgetVisible(editor)
        assert wheel_scrolls_page(editor, bar)
    assert form.combo.currentIndex() == 0
    assert form.spin.value() == 6
    assert form.date.date() == QDate(2026, 3, 4)


def test_wheel_changes_the_field_that_has_the_focus(qtbot, form):
    form.ensureWidgetVisible(form.spin)
    form.spin.setFocus()
    qtbot.waitUntil(form.spin.hasFocus)
    turn_wheel(form.spin, 1)
    assert form.spin.value() == 7


def test_the_wheel_never_gives_the_focus(form):
    for editor in (form.combo, form.spin, form.date):
        assert editor.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_settings_page_scrolls_past_its_choices(qtbot, make_window, sentinel_register):
    window = make_window(sentinel_register)
    unlock_with(qtbot, window)
    window.show_page("settings")
    window.resize(900, 420)
    page = window.page("settings")
    area = page.findChild(QScrollArea)
    page.place_edit.setFocus()
    before = {
        "structure": page.structure_combo.currentIndex(),
        "frequency": page.frequency_combo.currentIndex(),
        "auto_lock": page.auto_lock_spin.value(),
        "language": page.language_combo.currentIndex(),
        "weeks": page.case_settings.weeks.value(),
    }
    moved = []
    for editor in (
        page.structure_combo,
        page.frequency_combo,
        page.auto_lock_spin,
        page.language_combo,
        page.case_settings.weeks,
    ):
        area.ensureWidgetVisible(editor)
        moved.append(wheel_scrolls_page(editor, area.verticalScrollBar()))
    assert all(moved)
    assert before == {
        "structure": page.structure_combo.currentIndex(),
        "frequency": page.frequency_combo.currentIndex(),
        "auto_lock": page.auto_lock_spin.value(),
        "language": page.language_combo.currentIndex(),
        "weeks": page.case_settings.weeks.value(),
    }
    assert i18n.current_language() == "en"
    assert not page.has_unsaved_changes()
