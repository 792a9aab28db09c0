"""Table models for cases (the signals' are in signal_models.py).

The case register holds ids only and reads the rows in view (it grows with the
register); the lists inside a case file keep frozen row objects from one service call.
Each exposes a role that returns the row object and masks identity fields while privacy
mode is on."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt

from livc_desktop.domain.cases import Flag, FlagText, FollowUp, ReviewReason
from livc_desktop.services import cases as case_service
from livc_desktop.services.cases import TimelineEntry
from livc_desktop.services.register import Session
from livc_desktop.storage.case_rows import (
    CaseListQuery,
    CaseRow,
    CaseSort,
    FlagEntry,
    InfoRow,
    MeasureRow,
    TeamRow,
)
from livc_desktop.ui import case_labels as L
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.models.base import LazyIdTableModel, RowTableModel
from livc_desktop.ui.privacy import privacy_mode

translate = QCoreApplication.translate

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FLAG_ROLE = Qt.ItemDataRole.UserRole + 3  # the Flag (or None) for the badge delegate


def _key(value: Any) -> tuple[int, Any]:
    # Numbers before text, never comparing the two.
    if isinstance(value, int | float):
        return (0, value)
    return (1, str(value))


class SourceSortProxy(QSortFilterProxyModel):
    """Filters here, sorts in the source model (see SortedRowModel.sort)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


def _sortable(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return value


class SortedRowModel(RowTableModel):
    """Rows are frozen dataclasses; subclasses name their columns (`headers()`) and say
    how to show and sort each cell."""

    ROW_ROLE = ROW_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        privacy_mode().changed.connect(self._on_privacy_changed)

    # subclass API ------------------------------------------------------------------------
    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:
        return self.display(row, column).casefold()

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        return None

    # model ---------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)  # before sorting: TimelineModel's sort value reads it
        if self._sort_column >= 0:
            self._rows = self._sorted(self._rows, self._sort_column, self._sort_order)
        self.endResetModel()

    # Sorting happens here, once per click, with one key per row: a proxy that sorts
    # asks data(SORT_ROLE) twice per comparison (about 130,000 Python calls for 5,000
    # cases). SourceSortProxy forwards its sort() here.
    def _sorted(self, rows: list[Any], column: int, order: Qt.SortOrder) -> list[Any]:
        keyed = [(_key(self.sort_value(r, column)), n, r) for n, r in enumerate(rows)]
        keyed.sort(key=lambda t: (t[0], t[1]), reverse=order == Qt.SortOrder.DescendingOrder)
        return [r for _k, _n, r in keyed]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if not 0 <= column < self.columnCount() or not self._rows:
            return
        self._reorder(self._sorted(self._rows, column, order))

    def clear(self) -> None:
        self.set_rows([])

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return self.extra_data(row, column, role)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        self._refresh_cells()

    def _refresh_cells(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def _on_privacy_changed(self, _enabled: bool) -> None:
        self._refresh_cells()


# -- the case register -----------------------------------------------------------------------


class CaseTableModel(LazyIdTableModel):
    """The case register: ids only, filtered, sorted and counted by SQLite
    (services.cases.case_list_ids); the rows in view are read in blocks. Set `session`
    and `query`, then `reload()`; a click on a header sorts in SQLite."""

    ROW_ROLE = ROW_ROLE
    COL_CODE, COL_PSEUDONYM, COL_FLAG, COL_PHASE, COL_FOLLOW_UP, COL_LEAD = range(6)
    COL_REVIEW, COL_MEASURES, COL_OPENED = range(6, 9)
    SORTS = (
        CaseSort.CODE,
        CaseSort.PSEUDONYM,
        CaseSort.FLAG,
        CaseSort.PHASE,
        CaseSort.FOLLOW_UP,
        CaseSort.LEAD_PARTNER,
        CaseSort.NEXT_REVIEW,
        CaseSort.MEASURES,
        CaseSort.OPENED,
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flag_texts: dict[Flag, FlagText] = {}
        self.today = date.today()
        self.session: Session | None = None
        self.query = CaseListQuery()
        self.total = 0
        self._recorded_text = ""
        self.sort_column, self.sort_order = self.COL_CODE, Qt.SortOrder.DescendingOrder
        privacy_mode().changed.connect(self._on_privacy_changed)

    # -- the list ------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.session = session
        self._recorded_text = ""
        self.reload()

    def set_query(self, query: CaseListQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Asks SQLite for the ids again (after a change, a filter or a sort): the first
        screen at once, on this thread; when there are more, every id from a worker
        thread on the register's second connection (`load`)."""
        session = self.session
        if session is None:
            self.total = 0
            self.forget()
            return
        self.today = date.today()
        query = self._sorted_query()
        text = query.text.strip()
        record = text != self._recorded_text
        self._recorded_text = text
        self.total = case_service.case_count(session)
        today = self.today
        first = None
        if query.sort in case_service.SORTED_ON_WORKER and self.rowCount():
            # An order no index gives: the rows shown stay until the worker's list comes
            # (the same cases in the new order keep the selection).
            if record:
                case_service.record_name_search(session, query)
        else:

            def first() -> tuple[list[int], bool]:
                return case_service.case_list_first(session, query, record=record, today=today)

        self.load(
            first,
            lambda: case_service.case_list_rest(session, query, today),
            lambda: session.is_open and self.session is session,
        )

    def _sorted_query(self) -> CaseListQuery:
        column = self.sort_column if 0 <= self.sort_column < len(self.SORTS) else 0
        sort = self.SORTS[column]
        if sort is CaseSort.PSEUDONYM and privacy_mode().enabled:
            sort = CaseSort.CODE  # the order must not give masked pseudonyms away
        return replace(
            self.query,
            sort=sort,
            descending=self.sort_order == Qt.SortOrder.DescendingOrder,
            follow_up_order=tuple(sorted(FollowUp, key=lambda f: L.follow_up_label(f).casefold())),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        super().sort(column, order)
        self.reload()

    def fetch_rows(self, ids: list[int]) -> dict[int, Any]:
        # A view may still paint for a moment after a lock closed the register: show
        # nothing rather than read from a closed connection.
        if self.session is None or self.session.register.closed or not ids:
            return {}
        return case_service.cases_by_ids(self.session, ids, self.today)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        self.reread()

    def _on_privacy_changed(self, _enabled: bool) -> None:
        self.reread()

    # -- cells ---------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return [
            translate("CaseModels", "Code"),
            translate("CaseModels", "Pseudonym"),
            translate("CaseModels", "Flag"),
            translate("CaseModels", "Phase"),
            translate("CaseModels", "Follow-up"),
            translate("CaseModels", "Lead partner"),
            translate("CaseModels", "Next review"),
            translate("CaseModels", "Open measures"),
            translate("CaseModels", "Opened"),
        ]

    def cell(self, row: CaseRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == FLAG_ROLE and column == self.COL_FLAG:
            return row.flag
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_FLAG and row.flag:
            return L.flag_definition(row.flag, self.flag_texts)
        return None

    def display(self, row: CaseRow, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_PSEUDONYM:
            return privacy_mode().mask(row.pseudonym)
        if column == self.COL_FLAG:
            return L.flag_label(row.flag, self.flag_texts)
        if column == self.COL_PHASE:
            return L.phase_label(row.phase)
        if column == self.COL_FOLLOW_UP:
            return L.follow_up_label(row.follow_up) if row.follow_up else ""
        if column == self.COL_LEAD:
            return row.lead_partner
        if column == self.COL_REVIEW:
            return format_date(row.next_review)
        if column == self.COL_MEASURES:
            if row.overdue_measures:
                return translate("CaseModels", "{open} ({overdue} overdue)").format(
                    open=row.open_measures, overdue=row.overdue_measures
                )
            return str(row.open_measures) if row.open_measures else ""
        if column == self.COL_OPENED:
            return format_date(row.opened_on)
        return ""


# -- inside the case file ----------------------------------------------------------------------


class MeasureTableModel(SortedRowModel):
    COL_WHAT, COL_PARTNER, COL_DUE, COL_STATUS, COL_RESULT = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def headers(self) -> list[str]:
        return [
            translate("CaseModels", "Measure"),
            translate("CaseModels", "Responsible partner"),
            translate("CaseModels", "Due"),
            translate("CaseModels", "Status"),
            translate("CaseModels", "Result"),
        ]

    def display(self, row: MeasureRow, column: int) -> str:
        if column == self.COL_WHAT:
            return row.what
        if column == self.COL_PARTNER:
            return row.partner
        if column == self.COL_DUE:
            return format_date(row.due_on)
        if column == self.COL_STATUS:
            label = L.measure_status_label(row.status)
            if row.status.value == "open" and row.due_on and row.due_on < self.today:
                return translate("CaseModels", "{status}, overdue").format(status=label)
            return label
        if column == self.COL_RESULT:
            return row.result
        return ""

    def sort_value(self, row: MeasureRow, column: int) -> Any:
        if column == self.COL_DUE:
            return _sortable(row.due_on) or "9999"
        return super().sort_value(row, column)


class InfoTableModel(SortedRowModel):
    COL_DATE, COL_SOURCE, COL_SHARING, COL_SECRET, COL_MINUTES, COL_CONTENT = range(6)

    def headers(self) -> list[str]:
        return [
            translate("CaseModels", "Date"),
            translate("CaseModels", "Source partner"),
            translate("CaseModels", "Sharing"),
            translate("CaseModels", "Secret-covered"),
            translate("CaseModels", "Not for minutes"),
            translate("CaseModels", "Content"),
        ]

    def display(self, row: InfoRow, column: int) -> str:
        yes = translate("CaseModels", "Yes")
        if column == self.COL_DATE:
            return format_date(row.received_on)
        if column == self.COL_SOURCE:
            return row.source_partner
        if column == self.COL_SHARING:
            return L.sharing_label(row.sharing)
        if column == self.COL_SECRET:
            return yes if row.secret else ""
        if column == self.COL_MINUTES:
            return yes if row.not_for_minutes else ""
        if column == self.COL_CONTENT:
            text = " ".join(row.content.split())
            return text if len(text) <= 200 else text[:199] + "…"
        return ""

    def sort_value(self, row: InfoRow, column: int) -> Any:
        if column == self.COL_DATE:
            return f"{row.received_on.isoformat()}-{row.id:09d}"
        return super().sort_value(row, column)

    def tooltip(self, row: InfoRow, column: int) -> str | None:
        return row.content[:2000] if column == self.COL_CONTENT else None


class FlagHistoryModel(SortedRowModel):
    COL_DATE, COL_FLAG, COL_DECIDED_BY, COL_JUSTIFICATION, COL_REVIEW = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flag_texts: dict[Flag, FlagText] = {}

    def headers(self) -> list[str]:
        return [
            translate("CaseModels", "Date"),
            translate("CaseModels", "Flag"),
            translate("CaseModels", "Decided by"),
            translate("CaseModels", "Justification"),
            translate("CaseModels", "Next review / hand-over"),
        ]

    def display(self, row: FlagEntry, column: int) -> str:
        if column == self.COL_DATE:
            return format_date(row.decided_on)
        if column == self.COL_FLAG:
            return L.flag_label(row.flag, self.flag_texts)
        if column == self.COL_DECIDED_BY:
            return decided_by_text(row.meeting_id, row.decided_by_person)
        if column == self.COL_JUSTIFICATION:
            return " ".join(row.justification.split())
        if column == self.COL_REVIEW:
            if row.flag is Flag.BLACK:
                return translate("CaseModels", "Handed to {whom} on {date}").format(
                    whom=row.handed_to, date=format_date(row.handed_on)
                )
            return format_date(row.next_review)
        return ""

    def sort_value(self, row: FlagEntry, column: int) -> Any:
        if column == self.COL_DATE:
            return f"{row.decided_on.isoformat()}-{row.id:09d}"
        return super().sort_value(row, column)

    def extra_data(self, row: FlagEntry, column: int, role: int) -> Any:
        if role == FLAG_ROLE and column == self.COL_FLAG:
            return row.flag
        return None


def decided_by_text(meeting_id: int | None, person: str) -> str:
    if meeting_id is not None:
        text = translate("CaseModels", "Meeting #{id}").format(id=meeting_id)
        return f"{text} – {person}" if person else text
    return person


class TeamTableModel(SortedRowModel):
    COL_PARTNER, COL_JOINED, COL_LEFT = range(3)

    def headers(self) -> list[str]:
        return [
            translate("CaseModels", "Partner"),
            translate("CaseModels", "Joined"),
            translate("CaseModels", "Left"),
        ]

    def display(self, row: TeamRow, column: int) -> str:
        if column == self.COL_PARTNER:
            return row.partner
        if column == self.COL_JOINED:
            return format_date(row.joined_on)
        if column == self.COL_LEFT:
            return format_date(row.left_on)
        return ""

    def sort_value(self, row: TeamRow, column: int) -> Any:
        if column == self.COL_JOINED:
            return _sortable(row.joined_on)
        if column == self.COL_LEFT:
            return _sortable(row.left_on) or "9999"
        return super().sort_value(row, column)


class TimelineModel(SortedRowModel):
    COL_DATE, COL_KIND, COL_CODE, COL_WHO, COL_TEXT = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flag_texts: dict[Flag, FlagText] = {}

    def headers(self) -> list[str]:
        return [
            translate("CaseModels", "Date"),
            translate("CaseModels", "What"),
            translate("CaseModels", "Detail"),
            translate("CaseModels", "Partner / decided by"),
            translate("CaseModels", "Text"),
        ]

    def display(self, row: TimelineEntry, column: int) -> str:
        if column == self.COL_DATE:
            return format_date(row.on)
        if column == self.COL_KIND:
            return L.timeline_kind_label(row.kind)
        if column == self.COL_CODE:
            if row.kind == "flag":
                return L.flag_label(Flag(row.code), self.flag_texts)
            return L.timeline_code_label(row.kind, row.code)
        if column == self.COL_WHO:
            return decided_by_text(row.meeting_id, row.partner)
        if column == self.COL_TEXT:
            text = " ".join(row.text.split())
            return self._masked(row, text if len(text) <= 200 else text[:199] + "…")
        return ""

    @staticmethod
    def _masked(row: TimelineEntry, text: str) -> str:
        # A signal's entry shows what was observed: masked in privacy mode.
        return privacy_mode().mask(text) if row.kind == "signal" else text

    def sort_value(self, row: TimelineEntry, column: int) -> Any:
        if column == self.COL_DATE:
            # Same day: the service's order stays (the sort breaks ties by position).
            return row.on.isoformat()
        return super().sort_value(row, column)

    def tooltip(self, row: TimelineEntry, column: int) -> str | None:
        return self._masked(row, row.text[:2000]) if column == self.COL_TEXT and row.text else None

    def extra_data(self, row: TimelineEntry, column: int, role: int) -> Any:
        if role == FLAG_ROLE and column == self.COL_CODE and row.kind == "flag":
            return Flag(row.code)
        return None


# -- overview lists ----------------------------------------------------------------------------


class DueCaseModel(SortedRowModel):
    """Rows are (CaseRow, reasons) pairs from services.cases.due_for_review/overview."""

    COL_CODE, COL_FLAG, COL_REVIEW, COL_REASONS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flag_texts: dict[Flag, FlagText] = {}

    def headers(self) -> list[str]:
        return [
            translate("CaseModels", "Code"),
            translate("CaseModels", "Flag"),
            translate("CaseModels", "Next review"),
            translate("CaseModels", "Why"),
        ]

    def display(self, row: tuple[CaseRow, tuple[ReviewReason, ...]], column: int) -> str:
        case, reasons = row
        if column == self.COL_CODE:
            return case.code
        if column == self.COL_FLAG:
            return L.flag_label(case.flag, self.flag_texts)
        if column == self.COL_REVIEW:
            return format_date(case.next_review)
        if column == self.COL_REASONS:
            return ", ".join(L.review_reason_label(r) for r in reasons)
        return ""

    def tooltip(self, row: tuple[CaseRow, tuple[ReviewReason, ...]], column: int) -> str | None:
        return self.display(row, column) if column == self.COL_REASONS else None

    def sort_value(self, row: tuple[CaseRow, tuple[ReviewReason, ...]], column: int) -> Any:
        case = row[0]
        if column == self.COL_FLAG:
            return -1 if case.flag is None else list(Flag).index(case.flag)
        if column == self.COL_REVIEW:
            return _sortable(case.next_review) or "9999"
        return super().sort_value(row, column)

    def extra_data(
        self, row: tuple[CaseRow, tuple[ReviewReason, ...]], column: int, role: int
    ) -> Any:
        if role == FLAG_ROLE and column == self.COL_FLAG:
            return row[0].flag
        return None


class OverdueMeasureModel(SortedRowModel):
    COL_CODE, COL_DUE, COL_PARTNER = range(3)

    def headers(self) -> list[str]:
        return [
            translate("CaseModels", "Code"),
            translate("CaseModels", "Due"),
            translate("CaseModels", "Responsible partner"),
        ]

    def display(self, row: MeasureRow, column: int) -> str:
        if column == self.COL_CODE:
            return row.case_code
        if column == self.COL_DUE:
            return format_date(row.due_on)
        if column == self.COL_PARTNER:
            return row.partner
        return ""

    def sort_value(self, row: MeasureRow, column: int) -> Any:
        if column == self.COL_DUE:
            return _sortable(row.due_on)
        return super().sort_value(row, column)
