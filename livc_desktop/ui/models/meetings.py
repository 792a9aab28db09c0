"""Table models for meetings: the meeting list, the agenda (drag-and-drop reorder), the
attendance register, the guests and who consented to a feedback text. Rows are domain
objects; the models never touch the register."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from livc_desktop.domain.meetings import (
    Action,
    AgendaItem,
    Attendance,
    AttendanceEntry,
    Guest,
    Meeting,
    agenda_schedule,
)
from livc_desktop.domain.minutes import FeedbackParticipant
from livc_desktop.domain.redaction import folded
from livc_desktop.ui import meeting_labels as ml
from livc_desktop.ui import palette
from livc_desktop.ui.models.base import Index, RowTableModel
from livc_desktop.ui.privacy import privacy_mode

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3
AGENDA_MIME = "application/x-livc-agenda-rows"


class MeetingTableModel(RowTableModel):
    """Sorts itself, one key per row (MeetingFilterProxy forwards its sort() here): a
    register can hold 20,000 meetings, and a proxy sorting through data() made some
    350,000 Python calls each time the list was shown. Ties come in the order the
    proxy gave them after a new list: as given when ascending, reversed when descending."""

    DATE, TIME, TABLE, PLACE, STATUS, MINUTES = range(6)
    ROW_ROLE = ROW_ROLE
    _rows: list[Meeting]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._given: list[Meeting] = []  # in the order they came, the base of every sort
        self._positions: dict[int, int] | None = None
        self._filter_texts: dict[int, str] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_meetings(self, meetings: list[Meeting]) -> None:
        self._given = list(meetings)
        self._filter_texts = {}
        self._positions = None
        self._reset_rows(self._sorted())

    def meeting_at(self, row: int) -> Meeting:
        return self._rows[row]

    def row_of(self, meeting_id: int) -> int:
        if self._positions is None:
            self._positions = {m.id: n for n, m in enumerate(self._rows)}
        return self._positions.get(meeting_id, -1)

    def retranslate(self) -> None:
        """The labels changed language: what the filter matches is made again."""
        self._filter_texts = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Start"),
            self.tr("Table"),
            self.tr("Place"),
            self.tr("Status"),
            self.tr("Minutes"),
        ]

    def _texts(self, m: Meeting) -> list[str]:
        return [
            ml.ui_date(m.on_date),
            m.start_time,
            ml.table_label(m.table_kind),
            m.place,
            ml.status_label(m.status),
            ml.minutes_state_label(m.minutes_state),
        ]

    def sort_key(self, m: Meeting, col: int) -> str:
        if col in (self.DATE, self.TIME):
            return f"{m.on_date} {m.start_time}"
        return str(self._texts(m)[col] or "").casefold()

    def _sorted(self) -> list[Meeting]:
        column, rows = self._sort_column, self._given
        if not 0 <= column < 6 or not rows:
            return list(rows)
        if column in (self.DATE, self.TIME, self.PLACE):
            keys = [self.sort_key(m, column) for m in rows]
        else:
            labels: dict[object, str] = {}  # one translation per code, not per row
            attribute = {self.TABLE: "table_kind", self.STATUS: "status"}.get(
                column, "minutes_state"
            )
            keys = []
            for m in rows:
                code = getattr(m, attribute)
                if code not in labels:
                    labels[code] = self.sort_key(m, column)
                keys.append(labels[code])
        order = sorted(range(len(rows)), key=keys.__getitem__)
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            order.reverse()  # ties the other way round too, as the proxy's sort had them
        return [rows[n] for n in order]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if not self._rows:
            return
        self._positions = None
        self._reorder(self._sorted())

    def cell(self, m: Meeting, col: int, role: int) -> Any:
        if role == SORT_ROLE:
            return self.sort_key(m, col)
        if role == FILTER_ROLE:
            # Every visible column, folded (accents and case), kept until the next list
            # or language: a filter keystroke reads it for every meeting.
            text = self._filter_texts.get(m.id)
            if text is None:
                text = "\n".join(folded(str(t or "")) for t in self._texts(m))
                self._filter_texts[m.id] = text
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(m)[col]
        return None


class MeetingFilterProxy(QSortFilterProxyModel):
    """Filters on every visible column, accents and case folded both ways: Qt matches the
    folded needle against the row's folded texts (FILTER_ROLE), so no Python runs per row
    while the filter is empty. Sorting happens in the source model."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        self._needle = ""

    def setFilterFixedString(self, pattern: str) -> None:
        needle = folded(pattern.strip())
        if needle == self._needle:
            return
        self._needle = needle
        super().setFilterFixedString(needle)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class AgendaTableModel(RowTableModel):
    """The agenda in order. Rows are dragged to a new place; `order_changed` carries the
    new list of item ids (the page saves it through the service)."""

    NUMBER, START, TITLE, MINUTES, MARKS = range(5)
    ROW_ROLE = ROW_ROLE
    _rows: list[AgendaItem]
    order_changed = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self._start = ""
        privacy_mode().changed.connect(self._on_privacy_changed)

    def _on_privacy_changed(self, _enabled: bool) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.TITLE), self.index(len(self._rows) - 1, self.TITLE)
            )

    def set_items(self, items: list[AgendaItem], start_time: str) -> None:
        self._start = start_time  # read only by data(), after the reset below
        self.set_rows(items)

    def items(self) -> list[AgendaItem]:
        return self.rows()

    def item_at(self, row: int) -> AgendaItem:
        return self._rows[row]

    def headers(self) -> list[str]:
        return ["#", self.tr("Start"), self.tr("Item"), self.tr("Minutes"), self.tr("Marks")]

    def cell(self, item: AgendaItem, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and item.off_record:
            return QBrush(palette.colour(palette.ERROR))
        if role == Qt.ItemDataRole.FontRole and item.off_record:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.NUMBER:
            return str(self._position(item) + 1)
        if col == self.START:
            slots = agenda_schedule(self._start, [i.planned_minutes for i in self._rows])
            return slots[self._position(item)].start
        if col == self.TITLE:
            # An off-record item's own words stay off a projected screen in privacy mode.
            return privacy_mode().mask(item_title(item)) if item.off_record else item_title(item)
        if col == self.MINUTES:
            return str(item.planned_minutes)
        marks = []
        if item.off_record:
            marks.append(self.tr("OFF THE RECORD"))
        if item.secret:
            marks.append(self.tr("Professional secrecy"))
        return ", ".join(marks)

    def _position(self, item: AgendaItem) -> int:
        # By identity: an agenda is short, and two items may compare equal.
        return next(n for n, it in enumerate(self._rows) if it is item)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        rows = sorted({i.row() for i in indexes})
        data = QMimeData()
        data.setData(AGENDA_MIME, QByteArray(",".join(str(r) for r in rows).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(AGENDA_MIME):
            return False
        raw = bytes(data.data(AGENDA_MIME).data()).decode()
        rows = [int(r) for r in raw.split(",") if r]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        self.move_rows(rows, row)
        return False  # we moved the rows ourselves; the view must not remove any

    def move_rows(self, rows: list[int], target: int) -> None:
        moving = [self._rows[r] for r in rows if 0 <= r < len(self._rows)]
        if not moving:
            return
        before = sum(1 for r in rows if r < target)
        rest = [it for n, it in enumerate(self._rows) if n not in rows]
        target = max(0, min(len(rest), target - before))
        new = rest[:target] + moving + rest[target:]
        if [i.id for i in new] == [i.id for i in self._rows]:
            return
        self._reset_rows(new)
        self.order_changed.emit([i.id for i in new])


def item_title(item: AgendaItem) -> str:
    """A case item is named by its code only."""
    label = ml.item_kind_label(item.kind)
    if item.case_code:
        reason = ml.reason_label(item.reason) if item.reason else ""
        return f"{label}: {item.case_code}" + (f" ({reason})" if reason else "")
    if item.signal_id is not None:
        return f"{label} #{item.signal_id}"
    if item.title and item.kind.value in ("general", "aob"):
        return item.title
    return f"{label}: {item.title}" if item.title else label


class AttendanceTableModel(RowTableModel):
    NAME, ORGANISATION, ROLE, STATUS, NOTE = range(5)
    ROW_ROLE = ROW_ROLE
    _rows: list[AttendanceEntry]

    def set_entries(self, entries: list[AttendanceEntry]) -> None:
        self.set_rows(entries)

    def entry_at(self, row: int) -> AttendanceEntry:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Role"),
            self.tr("Attendance"),
            self.tr("Remark"),
        ]

    def cell(self, e: AttendanceEntry, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and col == self.STATUS:
            colour = {
                Attendance.PRESENT: palette.ATTENDANCE_PRESENT,
                Attendance.EXCUSED: palette.ATTENDANCE_EXCUSED,
                Attendance.ABSENT: palette.ATTENDANCE_ABSENT,
            }.get(e.status)
            return QBrush(palette.colour(colour)) if colour else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.NAME:
            return e.name
        if col == self.ORGANISATION:
            return e.organisation
        if col == self.ROLE:
            roles = ml.role_labels()
            return ", ".join(roles.get(r, r) for r in e.role.split(",") if r)
        if col == self.STATUS:
            return ml.attendance_label(e.status)
        notes = []
        if e.status is Attendance.EXCUSED and e.sent_info:
            notes.append(self.tr("sent information beforehand"))
        if e.arrived_at:
            notes.append(self.tr("arrived at {time}").format(time=e.arrived_at))
        if e.left_at:
            notes.append(self.tr("left at {time}").format(time=e.left_at))
        return "; ".join(notes)


class GuestTableModel(RowTableModel):
    """Ad hoc guests: name, organisation, capacity, undertaking."""

    NAME, ORGANISATION, CAPACITY, UNDERTAKING = range(4)
    ROW_ROLE = ROW_ROLE
    _rows: list[Guest]

    def set_guests(self, guests: list[Guest]) -> None:
        self.set_rows(guests)

    def guest_at(self, row: int) -> Guest:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Capacity"),
            self.tr("Undertaking"),
        ]

    def cell(self, g: Guest, col: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        yes, no = self.tr("yes"), self.tr("no")
        return [
            g.name,
            g.organisation,
            g.capacity,
            yes if g.undertaking_signed else no,
        ][col]


class FeedbackConsentTableModel(RowTableModel):
    """Every member who took part (present attendees, then guests) and their answer to
    one case's feedback text: agrees, refuses or not asked yet."""

    NAME, ORGANISATION, CONSENT = range(3)
    ROW_ROLE = ROW_ROLE
    _rows: list[FeedbackParticipant]

    def set_participants(self, people: list[FeedbackParticipant]) -> None:
        self.set_rows(people)

    def participant_at(self, row: int) -> FeedbackParticipant:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Organisation"), self.tr("Consent")]

    def cell(self, p: FeedbackParticipant, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return [p.name, p.organisation, ml.feedback_consent_label(p.consent)][col]
        if role == Qt.ItemDataRole.ForegroundRole and col == self.CONSENT and p.consent is False:
            return QBrush(palette.colour(palette.ERROR))
        if role == Qt.ItemDataRole.FontRole and col == self.CONSENT and p.consent is not None:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ActionTableModel(RowTableModel):
    """The actions of one agenda item: who, what, by when, off the record."""

    WHO, WHAT, DUE = range(3)
    ROW_ROLE = ROW_ROLE
    _rows: list[Action]

    def set_actions(self, actions: list[Action]) -> None:
        self.set_rows(actions)

    def action_at(self, row: int) -> Action:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [self.tr("Who"), self.tr("What"), self.tr("By when")]

    def cell(self, a: Action, col: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        what = a.what + (f" [{self.tr('off the record')}]" if a.off_record else "")
        return [a.who or "–", what, ml.ui_date(a.due_on) or "–"][col]
