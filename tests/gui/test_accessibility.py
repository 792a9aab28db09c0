"""Every input and view says what it is to a screen reader, on every page, tab and dialog.

The name a screen reader reads is what Qt's accessibility layer gives: a label's text
through its buddy, or an accessible name set in code; never empty and never an object
name such as "filter_sector"."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.gui.test_fit import demo_register, dialogs, open_window, settle, visit_tabs  # noqa: F401

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _part_of_another(widget: QWidget) -> bool:
    """The line edit inside a spin box or combo box, a header, a calendar's cells: parts of
    an input that carries the name itself."""
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget, where: str) -> list[str]:
    out = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible() or _part_of_another(widget):
            continue
        name = accessible_name(widget)
        label = widget.objectName() or type(widget).__name__
        if not name:
            out.append(f"{where}: {label} has no accessible name")
        elif name == widget.objectName():
            out.append(f"{where}: {label} is named by its object name")
    return out


@pytest.mark.parametrize("language", ["en"])
def test_every_input_and_view_has_a_name(make_window, demo_register, language):  # noqa: F811
    window, session = open_window(make_window, demo_register, language)
    window.resize(1366, 768)
    problems: list[str] = []
    counted: set[int] = set()

    def check(root: QWidget, where: str) -> None:
        for widget in root.findChildren(QWidget):
            if isinstance(widget, INPUTS) and widget.isVisible() and not _part_of_another(widget):
                counted.add(id(widget))
        problems.extend(unnamed(root, where))

    for page in window.pages:
        window.show_page(page.page_id)
        settle()
        visit_tabs(page, lambda where, page=page: check(page, where), page.page_id)
    for name, dialog in dialogs(window, session):
        dialog.show()
        settle()
        visit_tabs(dialog, lambda where, dialog=dialog: check(dialog, where), name)
        dialog.reject()
        dialog.deleteLater()
    assert len(counted) > 100  # the check saw the program's inputs, not an empty window
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def _form_inputs(root: QWidget) -> list[QWidget]:
    """The inputs of every form under `root`, row after row: the reading order."""
    from PySide6.QtWidgets import QFormLayout

    from livc_desktop.ui.accessibility import _input_in_item

    out: list[QWidget] = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            found = _input_in_item(item) if item is not None else None
            if found is not None and found.isVisible() and found.isEnabled():
                out.append(found)
    return out


def _tab_order(inputs: list[QWidget]) -> list[QWidget]:
    """`inputs` in the order the Tab key reaches them, from the first."""
    wanted = {id(w) for w in inputs}
    order: list[QWidget] = []
    widget = inputs[0]
    for _ in range(2000):
        if id(widget) in wanted and widget not in order:
            order.append(widget)
            if len(order) == len(inputs):
                break
        widget = widget.nextInFocusChain()
        if widget is inputs[0]:
            break
    return order


def _order_problem(name: str, root: QWidget) -> str:
    inputs = _form_inputs(root)
    order = _tab_order(inputs) if len(inputs) >= 2 else inputs
    if [w.objectName() for w in order] != [w.objectName() for w in inputs]:
        return f"{name}: {[w.objectName() for w in order]}"
    return ""


def test_tab_follows_the_reading_order_of_the_partner_form(make_window, demo_register):  # noqa: F811
    window, _session = open_window(make_window, demo_register, "en")
    window.show_page("partners")
    partners = window.page("partners")
    partners.list_tab.table.selectRow(0)  # type: ignore[attr-defined]
    settle()
    editor: QWidget = partners.editor  # type: ignore[attr-defined]
    assert len(_form_inputs(editor)) >= 10
    assert _order_problem("partner editor", editor) == ""


def test_tab_follows_the_reading_order_of_every_dialog(make_window, demo_register):  # noqa: F811
    window, session = open_window(make_window, demo_register, "en")
    checked = 0
    wrong = []
    for name, dialog in dialogs(window, session):
        dialog.show()
        settle()
        if len(_form_inputs(dialog)) >= 2:
            checked += 1
            wrong.append(_order_problem(name, dialog))
        dialog.reject()
        dialog.deleteLater()
    assert checked >= 10
    assert [w for w in wrong if w] == []
