"""The access trail as a table: ids only (the trail grows with every action, to a million
entries at stress size), filtered, sorted and counted by SQLite; rows read when in view."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt

from livc_desktop.domain.audit import AuditEntry
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.services import audit as audit_service
from livc_desktop.services.register import Session
from livc_desktop.storage.audit_repo import SORTS, AuditListQuery
from livc_desktop.ui.audit_labels import audit_fields_text, audit_kind_label
from livc_desktop.ui.models.base import LazyIdTableModel

COL_SEQ, COL_TIME, COL_KIND, COL_CASE, COL_DETAILS = range(5)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


def kind_ranks(kinds: Iterable[str]) -> tuple[tuple[str, int], ...]:
    """Each kind's place in the order of the translated labels (the same label, the same
    place), for SQLite to sort the event column as the officer reads it."""
    labels = {kind: audit_kind_label(kind).casefold() for kind in kinds}
    places = {label: n for n, label in enumerate(sorted(set(labels.values())))}
    return tuple((kind, places[label]) for kind, label in sorted(labels.items()))


class AuditTableModel(LazyIdTableModel):
    """The trail's entries by seq: `reload()` asks SQLite for the seqs that pass the
    filters, in the order of the sorted column; the rows in view are read in blocks."""

    ROW_ROLE = ENTRY_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.sort_column, self.sort_order = COL_SEQ, Qt.SortOrder.DescendingOrder
        self._filters: dict[str, str] = {}
        # Kinds in the trail that this version may not know, ranked with the known ones.
        self.kinds: list[str] = []
        self._labels: dict[str, str] = {}  # one translation per kind, not per cell

    # the list --------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.reload()

    def set_filters(
        self, *, date_from: str = "", date_to: str = "", kind: str = "", case_code: str = ""
    ) -> None:
        self._filters = {
            "date_from": date_from,
            "date_to": date_to,
            "kind": kind,
            "case_code": case_code,
        }
        self.reload()

    def query(self) -> AuditListQuery:
        column = self.sort_column if 0 <= self.sort_column < len(SORTS) else COL_SEQ
        sort = SORTS[column]
        return AuditListQuery(
            **self._filters,
            sort=sort,
            descending=self.sort_order == Qt.SortOrder.DescendingOrder,
            kind_ranks=kind_ranks({*ChangeKind, *self.kinds}) if sort == "kind" else (),
        )

    def reload(self) -> None:
        """The first screen at once when an index gives it; every seq from a worker
        thread (until it comes, an order no index gives keeps the rows shown)."""
        session = self.session
        if session is None or not session.is_open:
            self.forget()
            return
        query = self.query()
        first = None
        if audit_service.first_screen_is_quick(query):
            first = lambda: audit_service.list_first(session, query)  # noqa: E731
        self.load(
            first,
            lambda: audit_service.list_rest(session, query),
            lambda: session.is_open and self.session is session,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        super().sort(column, order)
        self.reload()

    def fetch_rows(self, ids: list[int]) -> dict[int, Any]:
        # A view may paint for a moment after a lock closed the register: show nothing.
        if self.session is None or self.session.register.closed or not ids:
            return {}
        return audit_service.entries_by_seqs(self.session, ids)

    def entry_at(self, row: int) -> AuditEntry | None:
        entry = self.row_at(row)
        return entry if isinstance(entry, AuditEntry) else None

    def kind_label(self, kind: str) -> str:
        label = self._labels.get(kind)
        if label is None:
            label = self._labels[kind] = audit_kind_label(kind)
        return label

    def retranslate(self) -> None:
        self._labels.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self.sort_column == COL_KIND:
            self.reload()  # the labels' order is the language's
        else:
            self.reread()

    # the cells -------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Date and time"),
            self.tr("Event"),
            self.tr("Case code"),
            self.tr("Details (ids and codes)"),
        ]

    def sort_key(self, entry: AuditEntry, column: int) -> Any:
        if column == COL_SEQ:
            return entry.seq
        if column == COL_TIME:
            return entry.at
        if column == COL_KIND:
            return self.kind_label(entry.kind).casefold()
        if column == COL_CASE:
            return entry.case_code.casefold()
        if column == COL_DETAILS:
            return audit_fields_text(entry.fields, entry.redacted).casefold()
        return None

    def cell(self, entry: AuditEntry, col: int, role: int) -> Any:
        if role == SORT_ROLE:
            return self.sort_key(entry, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_SEQ:
                return str(entry.seq)
            if col == COL_TIME:
                return entry.at.replace("T", " ")
            if col == COL_KIND:
                return self.kind_label(entry.kind)
            if col == COL_CASE:
                return entry.case_code
            if col == COL_DETAILS:
                return audit_fields_text(entry.fields, entry.redacted)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
