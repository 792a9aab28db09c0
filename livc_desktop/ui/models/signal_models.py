"""Table models for signals: the Signals page's queue (ids only, it grows with the
register) and a case file's linked signals (frozen rows); both show the same cells and mask
what privacy mode hides."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from livc_desktop.domain.signals import Channel, SignalStatus, Urgency
from livc_desktop.services import signals as signal_service
from livc_desktop.services.register import Session
from livc_desktop.storage.signal_repo import SignalListQuery, SignalRow
from livc_desktop.ui import case_labels as L
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.models.base import LazyIdTableModel
from livc_desktop.ui.models.case_models import ROW_ROLE, SortedRowModel
from livc_desktop.ui.privacy import privacy_mode

translate = QCoreApplication.translate


# -- the cells -------------------------------------------------------------------------------


class _SignalCells:
    """What a signal's row shows, for the queue (lazy) and a case file's signals."""

    COL_RECEIVED, COL_CHANNEL, COL_REPORTER, COL_PERSON, COL_URGENCY, COL_STATUS = range(6)
    COL_OBSERVED = 6

    def headers(self) -> list[str]:
        return [
            translate("CaseModels", "Received"),
            translate("CaseModels", "Channel"),
            translate("CaseModels", "Reporter"),
            translate("CaseModels", "Person (initials)"),
            translate("CaseModels", "Urgency"),
            translate("CaseModels", "Status"),
            translate("CaseModels", "Observed"),
        ]

    def display(self, row: SignalRow, column: int) -> str:
        if column == self.COL_RECEIVED:
            return format_date(row.received_on)
        if column == self.COL_CHANNEL:
            return L.channel_label(row.channel)
        if column == self.COL_REPORTER:
            return reporter_text(row)
        if column == self.COL_PERSON:
            return privacy_mode().mask(row.person_label)
        if column == self.COL_URGENCY:
            return L.urgency_label(row.urgency) if row.registered else ""
        if column == self.COL_STATUS:
            status = L.signal_status_label(row.status)
            return f"{status} ({row.case_code})" if row.case_code else status
        if column == self.COL_OBSERVED:
            text = " ".join(row.observed.split())
            return privacy_mode().mask(text if len(text) <= 120 else text[:119] + "…")
        return ""

    def tooltip(self, row: SignalRow, column: int) -> str | None:
        if column == self.COL_OBSERVED and row.observed:
            return privacy_mode().mask(row.observed[:2000])
        return None


class SignalTableModel(_SignalCells, SortedRowModel):
    """A case file's signals (a handful): frozen rows from one service call."""

    def sort_value(self, row: SignalRow, column: int) -> Any:
        if column == self.COL_RECEIVED:
            return f"{row.received_on.isoformat()}-{row.id:09d}"
        return super().sort_value(row, column)


class SignalListModel(_SignalCells, LazyIdTableModel):
    """The Signals page: the queue awaiting weighing grows with the register, so the
    model holds ids (filtered and sorted by SQLite) and reads the rows in view."""

    ROW_ROLE = ROW_ROLE
    SORTS = ("received", "channel", "reporter", "person", "urgency", "status", "observed")
    #: Texts privacy mode masks: sorting by them would give their order away.
    MASKED_SORTS = frozenset({"reporter", "person", "observed"})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.recent: int | None = None
        self.sort_column, self.sort_order = self.COL_RECEIVED, Qt.SortOrder.AscendingOrder
        privacy_mode().changed.connect(self._on_privacy_changed)

    def reload(self) -> None:
        """The first screen at once; the rest of a long queue from a worker thread."""
        session = self.session
        if session is None:
            self.forget()
            return
        column = self.sort_column if 0 <= self.sort_column < len(self.SORTS) else 0
        sort = self.SORTS[column]
        if sort in self.MASKED_SORTS and privacy_mode().enabled:
            sort = "received"
        orders: dict[str, tuple[str, ...]] = {
            "channel": _by_label(Channel, L.channel_label),
            "urgency": _by_label(Urgency, L.urgency_label),
            "status": _by_label(SignalStatus, L.signal_status_label),
        }
        query = SignalListQuery(
            recent=self.recent,
            sort=sort,
            descending=self.sort_order == Qt.SortOrder.DescendingOrder,
            value_order=orders.get(sort, ()),
        )
        self.load(
            lambda: signal_service.signal_list_first(session, query),
            lambda: signal_service.signal_list_rest(session, query),
            lambda: session.is_open and self.session is session,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        super().sort(column, order)
        self.reload()

    def fetch_rows(self, ids: list[int]) -> dict[int, Any]:
        # A view may still paint for a moment after a lock closed the register: show
        # nothing rather than read from a closed connection.
        if self.session is None or self.session.register.closed or not ids:
            return {}
        return signal_service.signals_by_ids(self.session, ids)

    def cell(self, row: SignalRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        self.reread()

    def _on_privacy_changed(self, _enabled: bool) -> None:
        self.reread()


def _by_label(kind: Any, label: Any) -> tuple[str, ...]:
    return tuple(m.value for m in sorted(kind, key=lambda m: label(m).casefold()))


def reporter_text(row: SignalRow) -> str:
    parts = []
    if row.reporter_partner:
        parts.append(row.reporter_partner)
    if row.reporter_contact_name:
        parts.append(row.reporter_contact_name)
    if row.reporter_name:
        parts.append(privacy_mode().mask(row.reporter_name))
    return " – ".join(parts)
