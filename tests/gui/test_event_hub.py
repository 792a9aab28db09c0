"""The one application-wide event filter (ui.event_hub) and the tables that size their
columns when their rows change (widgets.case_tables.FittedTableView)."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

from livc_desktop.domain.cases import MeasureStatus
from livc_desktop.storage.case_rows import MeasureRow
from livc_desktop.ui.event_hub import unwatch, watch
from livc_desktop.ui.models.case_models import OverdueMeasureModel
from livc_desktop.ui.widgets.case_tables import FittedTableView, make_table


class _Owner(QObject):
    pass


def test_a_watcher_sees_only_its_types_newest_first_and_can_consume(qtbot):
    seen: list[str] = []
    first, second = _Owner(), _Owner()

    def older(_watched: QObject, event: QEvent) -> bool:
        seen.append(f"older {event.type().name}")
        return False

    def newer(_watched: QObject, event: QEvent) -> bool:
        seen.append(f"newer {event.type().name}")
        return event.type() == QEvent.Type.User  # consumes User events only

    assert watch(first, [QEvent.Type.User, QEvent.Type.MaxUser], older)
    assert watch(second, [QEvent.Type.User], newer)
    target = QObject()
    try:
        QCoreApplication.sendEvent(target, QEvent(QEvent.Type.User))
        QCoreApplication.sendEvent(target, QEvent(QEvent.Type.MaxUser))
        QCoreApplication.sendEvent(target, QEvent(QEvent.Type.DynamicPropertyChange))
        assert seen == ["newer User", "older MaxUser"]
        seen.clear()
        unwatch(newer)
        QCoreApplication.sendEvent(target, QEvent(QEvent.Type.User))
        assert seen == ["older User"]
    finally:
        unwatch(older)
        unwatch(newer)


def test_a_watcher_goes_with_its_owner(qtbot):
    seen: list[int] = []
    owner = _Owner()
    watch(owner, [QEvent.Type.User], lambda _w, _e: bool(seen.append(1)))
    target = QObject()
    QCoreApplication.sendEvent(target, QEvent(QEvent.Type.User))
    assert seen == [1]
    shiboken6.delete(owner)  # at once, and the wrapper knows it (no double delete at GC)
    assert not _alive(owner)
    QCoreApplication.sendEvent(target, QEvent(QEvent.Type.User))
    assert seen == [1]


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True


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
    assert view.columnWidth(code) > narrow
    assert view.columnWidth(code) >= view.sizeHintForColumn(code)
    # Hidden (another tab on show): sized when shown, with the rows it has then.
    view.hide()
    model.set_rows([_measure("K", "Demostad")])
    assert view.columnWidth(code) > 100  # not measured while hidden
    view.show()
    assert view.columnWidth(code) == max(
        view.sizeHintForColumn(code), view.horizontalHeader().sectionSizeHint(code)
    )
