"""Tables that size their columns when their rows change (widgets.case_tables
.FittedTableView), not at every layout pass: a hidden one when it is shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from livc_desktop.domain.cases import MeasureStatus
from livc_desktop.storage.case_rows import MeasureRow
from livc_desktop.ui.models.case_models import OverdueMeasureModel
from livc_desktop.ui.widgets.case_tables import FittedTableView, make_table


def _measure(code: str, partner: str) -> MeasureRow:
    return MeasureRow(
        1,
        1,
        code,
        None,
        partner,
        "Gesprek",
        None,
        MeasureStatus.OPEN,
        "",
        None,
        date(2026, 1, 5),
        None,
    )


def test_fitted_columns_follow_the_rows_also_in_a_hidden_tab(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    # Owned by the holder: Qt deletes model and view together, not Python's collector.
    model = OverdueMeasureModel(holder)
    view = make_table("fitted", model, OverdueMeasureModel.COL_PARTNER, fit_on_load=True)
    assert isinstance(view, FittedTableView)
    view.setParent(holder)
    holder.resize(900, 300)
    holder.show()
    code = OverdueMeasureModel.COL_CODE
    narrow = view.columnWidth(code)
    model.set_rows([_measure("2026-0001-EEN-HEEL-LANGE-CODE-VOORBEELDEGEM", "Demostad")])
    assert view.columnWidth(code) == narrow  # not before the rows are painted
    qtbot.waitUntil(lambda: view.columnWidth(code) > narrow)
    assert view.columnWidth(code) >= view.sizeHintForColumn(code)
    # Hidden (another tab on show): sized when shown, with the rows it has then.
    view.hide()
    model.set_rows([_measure("K", "Demostad")])
    assert view.columnWidth(code) > 100  # not measured while hidden
    view.show()
    assert view.columnWidth(code) == max(
        view.sizeHintForColumn(code), view.horizontalHeader().sectionSizeHint(code)
    )
