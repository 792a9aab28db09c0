"""The overview's flag chart has a text alternative: a description and a table of its
figures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from livc_desktop.domain.cases import Flag
from livc_desktop.ui.widgets.case_overview import CaseOverviewPanel


def test_the_chart_is_described_and_its_figures_are_a_table(qtbot):
    panel = CaseOverviewPanel()
    qtbot.addWidget(panel)
    points = [
        (date(2026, 9, 1), {Flag.GREEN: 2, Flag.RED: 1}),
        (date(2026, 10, 1), {Flag.GREEN: 3, Flag.YELLOW: 2, Flag.BLACK: 1}),
    ]
    panel.chart.set_points(points)
    panel.chart_model.set_points(points)
    panel._describe_chart()
    description = panel.chart.accessibleDescription()
    assert "1/09/2026" in description or "01/09/2026" in description
    assert "Green 3" in description and "Yellow 2" in description and "Black 1" in description
    model = panel.chart_table.model()
    assert model.rowCount() == 2 and model.columnCount() == 6
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert header == ["Month", "Green", "Yellow", "Red", "Black", "Total"]
    assert [model.index(1, c).data() for c in range(1, 6)] == [3, 2, 0, 1, 6]
    assert panel.chart.accessibleName() and panel.chart_table.accessibleName()
    panel.chart.set_points([])
    panel._describe_chart()
    assert panel.chart.accessibleDescription() == "No flag decisions yet."
