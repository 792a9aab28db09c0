"""Attendance and ad hoc guests of the meeting on screen (the side of the Run tab):
present, excused, absent, late arrival and early leaving, and the guests' undertaking.
Consent to a feedback sheet is asked per case, of exactly its text (feedback.py)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.meetings import (
    Attendance,
)
from livc_desktop.services import meetings as svc
from livc_desktop.ui import meeting_labels as ml
from livc_desktop.ui.messages import problem_message
from livc_desktop.ui.models.meetings import (
    AttendanceTableModel,
    GuestTableModel,
)
from livc_desktop.ui.pages.meetings.common import (
    problem_label,
)
from livc_desktop.ui.pages.meetings.context import MeetingContext
from livc_desktop.ui.widgets.flow import FlowLayout
from livc_desktop.ui.widgets.sizing import show_rows


class AttendancePanel(QWidget):
    def __init__(self, ctx: MeetingContext) -> None:
        super().__init__()
        self._ctx = ctx
        side_col = QVBoxLayout(self)
        side_col.setContentsMargins(0, 0, 0, 0)
        self.attendance_title = QLabel()
        self.attendance_title.setStyleSheet("font-weight:bold;")
        self.attendance_title.setWordWrap(True)
        side_col.addWidget(self.attendance_title)
        self.attendance_model = AttendanceTableModel()
        self.attendance_view = QTableView()
        self.attendance_view.setObjectName("attendance_view")
        self.attendance_view.setModel(self.attendance_model)
        self.attendance_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance_view.verticalHeader().hide()
        self.attendance_view.horizontalHeader().setStretchLastSection(True)
        show_rows(self.attendance_view, 6)
        side_col.addWidget(self.attendance_view, 1)
        grid = QGridLayout()
        self.present = QPushButton()
        self.present.setObjectName("attendance_present")
        self.excused = QPushButton()
        self.excused.setObjectName("attendance_excused")
        self.absent = QPushButton()
        self.absent.setObjectName("attendance_absent")
        self.sent_info = QCheckBox()
        self.sent_info.setObjectName("attendance_sent_info")
        self.clock = QLineEdit()
        self.clock.setObjectName("attendance_clock")
        self.clock.setPlaceholderText(self.tr("HH:MM"))
        self.arrived = QPushButton()
        self.arrived.setObjectName("attendance_arrived")
        self.left = QPushButton()
        self.left.setObjectName("attendance_left")
        # Rows that wrap rather than widen the window (ui/widgets/flow.py).
        statuses, clock = FlowLayout(), FlowLayout()
        for button in (self.present, self.excused, self.absent):
            statuses.addWidget(button)
        for widget in (self.clock, self.arrived, self.left):
            clock.addWidget(widget)
        grid.addLayout(statuses, 0, 0)
        grid.addWidget(self.sent_info, 1, 0)
        grid.addLayout(clock, 2, 0)
        side_col.addLayout(grid)
        self.attendance_problem = problem_label("attendance_problem")
        side_col.addWidget(self.attendance_problem)
        self.guest_box = QGroupBox()
        guest = QFormLayout(self.guest_box)
        guest.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.guest_name = QLineEdit()
        self.guest_name.setObjectName("guest_name")
        self.guest_org = QLineEdit()
        self.guest_org.setObjectName("guest_organisation")
        self.guest_capacity = QLineEdit()
        self.guest_capacity.setObjectName("guest_capacity")
        self.guest_undertaking = QCheckBox()
        self.guest_undertaking.setObjectName("guest_undertaking")
        self.guest_add = QPushButton()
        self.guest_add.setObjectName("guest_add")
        self.guest_model = GuestTableModel()
        self.guest_view = QTableView()
        self.guest_view.setObjectName("guest_view")
        self.guest_view.setModel(self.guest_model)
        self.guest_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guest_view.verticalHeader().hide()
        self.guest_view.horizontalHeader().setStretchLastSection(True)
        show_rows(self.guest_view, 4)
        self.guest_remove = QPushButton()
        self.guest_remove.setObjectName("guest_remove")
        self._guest_labels = [QLabel(), QLabel(), QLabel()]
        guest.addRow(self._guest_labels[0], self.guest_name)
        guest.addRow(self._guest_labels[1], self.guest_org)
        guest.addRow(self._guest_labels[2], self.guest_capacity)
        guest.addRow(self.guest_undertaking)
        guest.addRow(self.guest_add)
        guest.addRow(self.guest_view)
        guest_row = QHBoxLayout()
        guest_row.addStretch(1)
        guest_row.addWidget(self.guest_remove)
        guest.addRow(guest_row)
        side_col.addWidget(self.guest_box)
        self.present.clicked.connect(lambda: self.set_status(Attendance.PRESENT))
        self.excused.clicked.connect(lambda: self.set_status(Attendance.EXCUSED))
        self.absent.clicked.connect(lambda: self.set_status(Attendance.ABSENT))
        self.sent_info.clicked.connect(self._on_sent_info_clicked)
        self.arrived.clicked.connect(lambda: self._set_clock("arrived_at"))
        self.left.clicked.connect(lambda: self._set_clock("left_at"))
        self.attendance_view.selectionModel().currentRowChanged.connect(self._on_attendee_current)
        self.guest_add.clicked.connect(self._on_guest_add_clicked)
        self.guest_remove.clicked.connect(self._on_guest_remove_clicked)

    def retranslate(self) -> None:
        self.attendance_title.setText(
            self.tr("Attendance (Ctrl+1 present, Ctrl+2 excused, Ctrl+3 absent)")
        )
        # The buttons carry the statuses' own names (ui/meeting_labels.py).
        self.present.setText(ml.attendance_label(Attendance.PRESENT))
        self.excused.setText(ml.attendance_label(Attendance.EXCUSED))
        self.absent.setText(ml.attendance_label(Attendance.ABSENT))
        self.sent_info.setText(self.tr("Sent information beforehand"))
        self.arrived.setText(self.tr("Arrived late at"))
        self.left.setText(self.tr("Left early at"))
        self.guest_box.setTitle(self.tr("Ad hoc guest"))
        for label, text in zip(
            self._guest_labels,
            (self.tr("Name"), self.tr("Organisation"), self.tr("Capacity")),
            strict=True,
        ):
            label.setText(text)
        self.guest_undertaking.setText(self.tr("Signed the confidentiality undertaking"))
        self.guest_add.setText(self.tr("Add guest"))
        self.guest_remove.setText(self.tr("Remove guest"))

    def reload(self) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        row = self.attendance_view.currentIndex().row()
        if session is None or meeting is None:
            self.attendance_model.set_entries([])
            self.guest_model.set_guests([])
            return
        self.attendance_model.set_entries(svc.attendance(session, meeting.id))
        if 0 <= row < self.attendance_model.rowCount():
            self.attendance_view.selectRow(row)
        guest_row = self.guest_view.currentIndex().row()
        self.guest_model.set_guests(svc.guests(session, meeting.id))
        if 0 <= guest_row < self.guest_model.rowCount():
            self.guest_view.selectRow(guest_row)

    def _selected_attendee_id(self) -> int | None:
        index = self.attendance_view.currentIndex()
        if not index.isValid():
            return None
        return int(self.attendance_model.entry_at(index.row()).id)

    def _on_attendee_current(self, *_: Any) -> None:
        index = self.attendance_view.currentIndex()
        if not index.isValid():
            return
        entry = self.attendance_model.entry_at(index.row())
        self.sent_info.setChecked(entry.sent_info)

    def set_status(self, status: Attendance) -> None:
        entry_id, session = self._selected_attendee_id(), self._ctx.session
        if entry_id is None or session is None:
            return
        if self._ctx.run_call(svc.set_attendance, session, entry_id, status):
            self.reload()

    def _on_sent_info_clicked(self) -> None:
        entry_id, session = self._selected_attendee_id(), self._ctx.session
        if entry_id is None or session is None:
            return
        self._ctx.run_call(
            svc.set_attendance,
            session,
            entry_id,
            Attendance.EXCUSED,
            sent_info=self.sent_info.isChecked(),
        )
        self.reload()

    def _set_clock(self, which: str) -> None:
        entry_id, session = self._selected_attendee_id(), self._ctx.session
        if entry_id is None or session is None:
            return
        clock = self.clock.text().strip() or time.strftime("%H:%M")
        self.attendance_problem.hide()
        if not self._ctx.run_call(
            svc.set_attendance,
            session,
            entry_id,
            Attendance.PRESENT,
            **{which: clock},
            on_problems=self._show_problems,
        ):
            return
        self.clock.clear()
        self.reload()

    def _selected_guest_id(self) -> int | None:
        index = self.guest_view.currentIndex()
        return int(self.guest_model.guest_at(index.row()).id) if index.isValid() else None

    def _on_guest_remove_clicked(self) -> None:
        guest_id, session = self._selected_guest_id(), self._ctx.session
        if guest_id is None or session is None:
            return
        if self._ctx.confirm(self.tr("Remove this guest from the meeting?")):
            self._ctx.run_call(svc.remove_guest, session, guest_id)
            self.reload()

    def _on_guest_add_clicked(self) -> None:
        meeting, session = self._ctx.current_meeting(), self._ctx.session
        if meeting is None or session is None:
            return
        self.attendance_problem.hide()
        if not self._ctx.run_call(
            svc.add_guest,
            session,
            meeting.id,
            self.guest_name.text(),
            self.guest_org.text().strip(),
            self.guest_capacity.text().strip(),
            self.guest_undertaking.isChecked(),
            on_problems=self._show_problems,
        ):
            return
        for w in (self.guest_name, self.guest_org, self.guest_capacity):
            w.clear()
        self.guest_undertaking.setChecked(False)
        self.reload()

    def _show_problems(self, problems: dict[str, str]) -> None:
        field, problem = next(iter(problems.items()))
        self.attendance_problem.setText(problem_message(field, problem))
        self.attendance_problem.show()

    def clear(self) -> None:
        for w in (self.clock, self.guest_name, self.guest_org, self.guest_capacity):
            w.clear()
        self.guest_undertaking.setChecked(False)
        self.attendance_problem.hide()
        self.attendance_model.set_entries([])
        self.guest_model.set_guests([])
