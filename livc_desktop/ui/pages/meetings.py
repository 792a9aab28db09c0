"""Meetings: the list, preparing a meeting, running it live, and its minutes.

The run screen is keyboard-first: PageDown/PageUp (or Alt+Right/Alt+Left) move between
items, Ctrl+N adds a note, Ctrl+D a decision, Ctrl+Return saves an action, Ctrl+1..4 set
the selected attendee present/excused/absent/not recorded. Notes save themselves
(debounced, one short transaction per save)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.errors import LivcError, ValidationError
from livc_desktop.domain.meetings import (
    FLAGS,
    PHASES,
    AgendaItem,
    Attendance,
    DecisionKind,
    DocumentKind,
    ItemKind,
    Meeting,
    MinutesState,
    Note,
    NoteKind,
    Recurrence,
    expected_end,
)
from livc_desktop.services import meetings as svc
from livc_desktop.services.register import Session
from livc_desktop.ui import meeting_labels as ml
from livc_desktop.ui.destinations import ask_save_path
from livc_desktop.ui.messages import error_message, problem_message
from livc_desktop.ui.models.meetings import (
    ROW_ROLE,
    AgendaTableModel,
    AttendanceTableModel,
    GuestTableModel,
    MeetingFilterProxy,
    MeetingTableModel,
    item_title,
)
from livc_desktop.ui.pages.base import Page

AUTOSAVE_MS = 300
PRINT_DPI = 300
log = logging.getLogger(__name__)
OFF_RECORD_STYLE = "background:#b00020;color:white;font-weight:bold;padding:6px;border-radius:3px;"


def _problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet("color:#b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


class NoteEditor(QFrame):
    """One note of an item: text saved as typed, off-record and secrecy marks."""

    def __init__(self, page: MeetingsPage, note: Note) -> None:
        super().__init__()
        self._page = page
        self.note = note
        self.setObjectName(f"note_{note.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind_label = QLabel()
        self.off_record = QCheckBox()
        self.off_record.setObjectName("note_off_record")
        self.off_record.setChecked(note.off_record)
        self.secret = QCheckBox()
        self.secret.setObjectName("note_secret")
        self.secret.setChecked(note.secret)
        self.banner = QLabel()
        self.banner.setObjectName("note_off_record_banner")
        self.banner.setStyleSheet(OFF_RECORD_STYLE)
        self.delete = QPushButton()
        top.addWidget(self.kind_label)
        top.addStretch(1)
        top.addWidget(self.off_record)
        top.addWidget(self.secret)
        top.addWidget(self.delete)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("note_text")
        self.editor.setPlainText(note.text)
        self.editor.setMinimumHeight(70)
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._on_editor_changed)
        self.off_record.toggled.connect(self._on_off_record_toggled)
        self.secret.toggled.connect(self._on_secret_toggled)
        self.delete.clicked.connect(self._on_delete_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.kind_label.setText(
            self.tr("Account") if self.note.kind is NoteKind.ACCOUNT else self.tr("Decision")
        )
        self.off_record.setText(self.tr("Off the record"))
        self.secret.setText(self.tr("Professional secrecy"))
        self.banner.setText(self.tr("OFF THE RECORD: never printed"))
        self.delete.setText(self.tr("Remove"))
        self._show_marks()

    def _show_marks(self) -> None:
        off = self.off_record.isChecked()
        self.banner.setVisible(off)
        self.editor.setStyleSheet(
            "QPlainTextEdit{border:3px solid #b00020;background:#fdecee;}" if off else ""
        )

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        self._timer.stop()
        text = self.editor.toPlainText()
        if text == self.note.text or self._page.session is None:
            return
        if self._page.run_call(svc.save_note_text, self._page.session, self.note.id, text):
            self.note.text = text

    def _on_editor_changed(self) -> None:
        self._timer.start()

    def _on_off_record_toggled(self, checked: bool) -> None:
        if self._page.session is not None and self._page.run_call(
            svc.set_note_flags, self._page.session, self.note.id, off_record=checked
        ):
            self.note.off_record = checked
        self._show_marks()

    def _on_secret_toggled(self, checked: bool) -> None:
        if self._page.session is not None:
            self._page.run_call(
                svc.set_note_flags, self._page.session, self.note.id, secret=checked
            )

    def _on_delete_clicked(self) -> None:
        if self._page.session is None or not self._page.confirm(self.tr("Remove this note?")):
            return
        self._timer.stop()
        if self._page.run_call(svc.delete_note, self._page.session, self.note.id):
            self._page.run_panel.show_item()


class PreparePanel(QWidget):
    def __init__(self, page: MeetingsPage) -> None:
        super().__init__()
        self._page = page
        outer = QVBoxLayout(self)
        self.details = QGroupBox()
        form = QFormLayout(self.details)
        self._form = form
        self.table = QComboBox()
        self.table.setObjectName("meeting_table")
        self.case = QComboBox()
        self.case.setObjectName("meeting_case")
        self.on_date = QLineEdit()
        self.on_date.setObjectName("meeting_date")
        self.on_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.start_time = QLineEdit()
        self.start_time.setObjectName("meeting_start")
        self.start_time.setPlaceholderText(self.tr("HH:MM"))
        self.end_time = QLineEdit()
        self.end_time.setObjectName("meeting_end")
        self.end_time.setPlaceholderText(self.tr("HH:MM"))
        self.place = QLineEdit()
        self.place.setObjectName("meeting_place")
        self.chair = QLineEdit()
        self.chair.setObjectName("meeting_chair")
        self.minute_taker = QLineEdit()
        self.minute_taker.setObjectName("meeting_minute_taker")
        self.problems: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        for key, widget in (
            ("table", self.table),
            ("case", self.case),
            ("on_date", self.on_date),
            ("start_time", self.start_time),
            ("end_time", self.end_time),
            ("place", self.place),
            ("chair", self.chair),
            ("minute_taker", self.minute_taker),
        ):
            box = QVBoxLayout()
            box.addWidget(widget)
            self.problems[key] = _problem_label(f"problem_{key}")
            box.addWidget(self.problems[key])
            self._labels[key] = QLabel()
            form.addRow(self._labels[key], box)
        self.save_details = QPushButton()
        self.save_details.setObjectName("meeting_save_details")
        form.addRow(self.save_details)
        outer.addWidget(self.details)

        self.agenda_box = QGroupBox()
        agenda_layout = QVBoxLayout(self.agenda_box)
        self.agenda_model = AgendaTableModel()
        self.agenda_view = QTableView()
        self.agenda_view.setObjectName("agenda_view")
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda_view.setDragEnabled(True)
        self.agenda_view.setAcceptDrops(True)
        self.agenda_view.setDropIndicatorShown(True)
        self.agenda_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda_view.verticalHeader().hide()
        header = self.agenda_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        agenda_layout.addWidget(self.agenda_view)
        self.timing = QLabel()
        self.timing.setObjectName("agenda_timing")
        agenda_layout.addWidget(self.timing)
        row = QHBoxLayout()
        self.up = QPushButton()
        self.up.setObjectName("agenda_up")
        self.down = QPushButton()
        self.down.setObjectName("agenda_down")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("agenda_minutes")
        self.minutes.setRange(0, 600)
        self.item_off_record = QCheckBox()
        self.item_off_record.setObjectName("agenda_off_record")
        self.item_secret = QCheckBox()
        self.item_secret.setObjectName("agenda_secret")
        self.remove = QPushButton()
        self.remove.setObjectName("agenda_remove")
        self._minutes_label = QLabel()
        for w in (self.up, self.down, self._minutes_label, self.minutes):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.remove)
        agenda_layout.addLayout(row)
        marks_row = QHBoxLayout()
        marks_row.addWidget(self.item_off_record)
        marks_row.addWidget(self.item_secret)
        marks_row.addStretch(1)
        agenda_layout.addLayout(marks_row)
        add_row = QHBoxLayout()
        self.new_title = QLineEdit()
        self.new_title.setObjectName("agenda_new_title")
        self.new_kind = QComboBox()
        self.new_kind.setObjectName("agenda_new_kind")
        self.add = QPushButton()
        self.add.setObjectName("agenda_add")
        self.propose = QPushButton()
        self.propose.setObjectName("agenda_propose")
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.new_title, 1)
        add_row.addWidget(self.add)
        agenda_layout.addLayout(add_row)
        propose_row = QHBoxLayout()
        propose_row.addStretch(1)
        propose_row.addWidget(self.propose)
        agenda_layout.addLayout(propose_row)
        self.agenda_problem = _problem_label("agenda_problem")
        agenda_layout.addWidget(self.agenda_problem)
        outer.addWidget(self.agenda_box, 1)

        self.docs_box = QGroupBox()
        docs = QGridLayout(self.docs_box)
        self.invite_members = QPushButton()
        self.invite_members.setObjectName("meeting_invite_members")
        self.invitation = QPushButton()
        self.invitation.setObjectName("meeting_invitation_pdf")
        self.sheet = QPushButton()
        self.sheet.setObjectName("meeting_attendance_sheet")
        self.ics = QPushButton()
        self.ics.setObjectName("meeting_ics")
        self.sent = QPushButton()
        self.sent.setObjectName("meeting_agenda_sent")
        self.rule = QComboBox()
        self.rule.setObjectName("meeting_rule")
        self.count = QSpinBox()
        self.count.setObjectName("meeting_repeat_count")
        self.count.setRange(1, 60)
        self.count.setValue(3)
        self.every = QSpinBox()
        self.every.setObjectName("meeting_every_days")
        self.every.setRange(1, 366)
        self.every.setValue(14)
        self.repeat = QPushButton()
        self.repeat.setObjectName("meeting_repeat")
        self._every_label = QLabel()
        docs.addWidget(self.invite_members, 0, 0)
        docs.addWidget(self.invitation, 0, 1)
        docs.addWidget(self.sheet, 0, 2)
        docs.addWidget(self.ics, 1, 0)
        docs.addWidget(self.sent, 1, 1)
        docs.addWidget(self.rule, 2, 0)
        docs.addWidget(self.count, 2, 1)
        docs.addWidget(self.repeat, 2, 2)
        docs.addWidget(self._every_label, 3, 0)
        docs.addWidget(self.every, 3, 1)
        outer.addWidget(self.docs_box)

        self.save_details.clicked.connect(self._on_save_details_clicked)
        self.table.currentIndexChanged.connect(self._show_case_choice)
        self.agenda_model.order_changed.connect(self._on_agenda_order_changed)
        self.agenda_view.selectionModel().currentRowChanged.connect(self._on_agenda_current)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        QShortcut(QKeySequence("Ctrl+Up"), self.agenda_view, lambda: self._move(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.agenda_view, lambda: self._move(+1))
        self.minutes.editingFinished.connect(self._on_minutes_edited)
        self.item_off_record.clicked.connect(self._on_item_flags_clicked)
        self.item_secret.clicked.connect(self._on_item_flags_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.add.clicked.connect(self._on_add_clicked)
        self.new_title.returnPressed.connect(self._on_add_clicked)
        self.propose.clicked.connect(self._on_propose_clicked)
        self.invite_members.clicked.connect(self._on_invite_members_clicked)
        self.invitation.clicked.connect(
            lambda: page.export(DocumentKind.INVITATION, svc.invitation_pdf)
        )
        self.sheet.clicked.connect(
            lambda: page.export(DocumentKind.ATTENDANCE_SHEET, svc.attendance_sheet_pdf)
        )
        self.ics.clicked.connect(self._on_ics_clicked)
        self.sent.clicked.connect(self._on_sent_clicked)
        self.repeat.clicked.connect(self._on_repeat_clicked)

    def retranslate(self) -> None:
        self.details.setTitle(self.tr("Meeting"))
        for key, text in (
            ("table", self.tr("Table")),
            ("case", self.tr("Case (case team)")),
            ("on_date", self.tr("Date")),
            ("start_time", self.tr("Start time")),
            ("end_time", self.tr("End time")),
            ("place", self.tr("Place")),
            ("chair", self.tr("Chair")),
            ("minute_taker", self.tr("Minute-taker")),
        ):
            self._labels[key].setText(text)
        self.save_details.setText(self.tr("Save details"))
        self.agenda_box.setTitle(self.tr("Agenda (drag rows, or Ctrl+Up/Ctrl+Down, to reorder)"))
        self.up.setText(self.tr("Move up"))
        self.down.setText(self.tr("Move down"))
        self._minutes_label.setText(self.tr("Planned minutes:"))
        self.item_off_record.setText(self.tr("Off the record"))
        self.item_secret.setText(self.tr("Professional secrecy"))
        self.remove.setText(self.tr("Remove item"))
        self.new_title.setPlaceholderText(self.tr("Title of a new item"))
        self.add.setText(self.tr("Add item"))
        self.propose.setText(self.tr("Propose cases and signals"))
        self.docs_box.setTitle(self.tr("Invitations and series"))
        self.invite_members.setText(self.tr("Invite the table's members"))
        self.invitation.setText(self.tr("Invitation and agenda (PDF)…"))
        self.sheet.setText(self.tr("Attendance sheet (PDF)…"))
        self.ics.setText(self.tr("Calendar file (.ics)…"))
        self.sent.setText(self.tr("Mark agenda as sent"))
        self._every_label.setText(self.tr("Every N days:"))
        self.repeat.setText(self.tr("Create following dates"))
        current = self.new_kind.currentData()
        self.new_kind.clear()
        for kind in (ItemKind.GENERAL, ItemKind.AOB):
            self.new_kind.addItem(ml.item_kind_label(kind), kind.value)
        if current:
            self.new_kind.setCurrentIndex(max(0, self.new_kind.findData(current)))
        rule = self.rule.currentData()
        self.rule.clear()
        for r in Recurrence:
            self.rule.addItem(ml.recurrence_label(r), r.value)
        if rule:
            self.rule.setCurrentIndex(max(0, self.rule.findData(rule)))
        self._fill_tables()
        self.agenda_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)

    def _fill_tables(self) -> None:
        current = self.table.currentData()
        self.table.clear()
        kinds = list(self._page.session.profile().tables) if self._page.session else []
        for kind in kinds or list(TableKind):
            self.table.addItem(ml.table_label(kind), kind.value)
        if current:
            self.table.setCurrentIndex(max(0, self.table.findData(current)))

    def _show_case_choice(self) -> None:
        is_team = self.table.currentData() == TableKind.CASE_TEAM.value
        self._form.setRowVisible(1, is_team)  # row 1: the case of a case-team meeting

    def _fill_cases(self, selected: int | None) -> None:
        self.case.clear()
        self.case.addItem("–", None)
        if self._page.session is not None:
            for case_id, code in svc.case_choices(self._page.session):
                self.case.addItem(code, case_id)
        self.case.setCurrentIndex(max(0, self.case.findData(selected)))

    def clear(self) -> None:
        self.case.clear()
        for w in (
            self.on_date,
            self.start_time,
            self.end_time,
            self.place,
            self.chair,
            self.minute_taker,
            self.new_title,
        ):
            w.clear()
        self.agenda_model.set_items([], "")
        self.timing.clear()
        for label in self.problems.values():
            label.hide()

    def show_meeting(self, meeting: Meeting | None) -> None:
        self._fill_tables()
        if meeting is None:
            self.clear()
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.table.setCurrentIndex(max(0, self.table.findData(meeting.table_kind.value)))
        self._fill_cases(meeting.case_id)
        self._show_case_choice()
        self.on_date.setText(meeting.on_date)
        self.start_time.setText(meeting.start_time)
        self.end_time.setText(meeting.end_time)
        self.place.setText(meeting.place)
        self.chair.setText(meeting.chair)
        self.minute_taker.setText(meeting.minute_taker)
        editable = meeting.minutes_state is MinutesState.DRAFT
        for w in (self.details, self.agenda_box):
            w.setEnabled(editable)
        for label in self.problems.values():
            label.hide()
        self.reload_agenda()

    def reload_agenda(self, select_id: int | None = None) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        if session is None or meeting is None:
            return
        items = svc.agenda(session, meeting.id)
        self.agenda_model.set_items(items, meeting.start_time)
        total = sum(i.planned_minutes for i in items)
        end = expected_end(meeting.start_time, [i.planned_minutes for i in items])
        self.timing.setText(
            self.tr("{count} items, {total} minutes in total; expected end {end}").format(
                count=len(items), total=total, end=end or "–"
            )
        )
        if select_id is not None:
            for row, item in enumerate(items):
                if item.id == select_id:
                    self.agenda_view.selectionModel().setCurrentIndex(
                        self.agenda_model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )

    def selected_item(self) -> AgendaItem | None:
        index = self.agenda_view.currentIndex()
        return self.agenda_model.item_at(index.row()) if index.isValid() else None

    def _on_agenda_current(self, *_: Any) -> None:
        item = self.selected_item()
        for w in (self.minutes, self.item_off_record, self.item_secret):
            w.blockSignals(True)
        self.minutes.setValue(item.planned_minutes if item else 0)
        self.item_off_record.setChecked(bool(item and item.off_record))
        self.item_secret.setChecked(bool(item and item.secret))
        for w in (self.minutes, self.item_off_record, self.item_secret):
            w.blockSignals(False)

    def _on_save_details_clicked(self) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        if session is None or meeting is None:
            return
        fields = {
            "table_kind": str(self.table.currentData() or meeting.table_kind.value),
            "case_id": (
                self.case.currentData()
                if self.table.currentData() == TableKind.CASE_TEAM.value
                else None
            ),
            "on_date": self.on_date.text().strip(),
            "start_time": self.start_time.text().strip(),
            "end_time": self.end_time.text().strip(),
            "place": self.place.text().strip(),
            "chair": self.chair.text().strip(),
            "minute_taker": self.minute_taker.text().strip(),
        }
        for label in self.problems.values():
            label.hide()
        try:
            svc.update_meeting(session, meeting.id, **fields)
        except ValidationError as exc:
            for field, problem in exc.problems.items():
                if field in self.problems:
                    self.problems[field].setText(problem_message(field, problem))
                    self.problems[field].show()
            return
        except LivcError as exc:
            self._page.show_error(exc)
            return
        self._page.reload(select=meeting.id)
        self._page.status_message.emit(self.tr("Meeting saved."))

    def _on_agenda_order_changed(self, ids: list[int]) -> None:
        meeting = self._page.current_meeting()
        if self._page.session and meeting:
            selected = self.selected_item()
            self._page.run_call(svc.reorder_items, self._page.session, meeting.id, ids)
            self.reload_agenda(select_id=selected.id if selected else None)

    def _move(self, delta: int) -> None:
        item = self.selected_item()
        if item is None or self._page.session is None:
            return
        if self._page.run_call(svc.move_item, self._page.session, item.id, delta):
            self.reload_agenda(select_id=item.id)

    def _on_minutes_edited(self) -> None:
        item = self.selected_item()
        if item and self._page.session and item.planned_minutes != self.minutes.value():
            self._page.run_call(
                svc.update_item, self._page.session, item.id, planned_minutes=self.minutes.value()
            )
            self.reload_agenda(select_id=item.id)

    def _on_item_flags_clicked(self) -> None:
        item = self.selected_item()
        if item and self._page.session:
            self._page.run_call(
                svc.update_item,
                self._page.session,
                item.id,
                off_record=self.item_off_record.isChecked(),
                secret=self.item_secret.isChecked(),
            )
            self.reload_agenda(select_id=item.id)

    def _on_remove_clicked(self) -> None:
        item = self.selected_item()
        if item is None or self._page.session is None:
            return
        if self._page.confirm(self.tr("Remove this agenda item and everything noted on it?")):
            self._page.run_call(svc.delete_item, self._page.session, item.id)
            self.reload_agenda()

    def _on_add_clicked(self) -> None:
        meeting = self._page.current_meeting()
        if meeting is None or self._page.session is None:
            return
        kind = ItemKind(str(self.new_kind.currentData() or "general"))
        self.agenda_problem.hide()
        try:
            item_id = svc.add_item(
                self._page.session, meeting.id, kind, self.new_title.text().strip(), 10
            )
        except ValidationError as exc:
            field, problem = next(iter(exc.problems.items()))
            self.agenda_problem.setText(problem_message(field, problem))
            self.agenda_problem.show()
            return
        self.new_title.clear()
        self.reload_agenda(select_id=item_id)

    def _on_propose_clicked(self) -> None:
        meeting = self._page.current_meeting()
        if meeting and self._page.session:
            added = svc.propose_agenda(self._page.session, meeting.id)
            self.reload_agenda()
            self._page.status_message.emit(
                self.tr("{count} items proposed.").format(count=len(added))
            )

    def _on_invite_members_clicked(self) -> None:
        meeting = self._page.current_meeting()
        if meeting and self._page.session:
            self._page.run_call(svc.invite_table_members, self._page.session, meeting.id)
            self._page.run_panel.reload_attendance()

    def _on_ics_clicked(self) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        if session is None or meeting is None:
            return
        summary = self.tr("LIVC meeting: {table}").format(table=ml.table_label(meeting.table_kind))
        data = svc.ics_bytes(session, meeting.id, summary)
        self._page.save_bytes(DocumentKind.CALENDAR, data, f"meeting-{meeting.on_date}.ics", "ics")

    def _on_sent_clicked(self) -> None:
        meeting = self._page.current_meeting()
        if (
            meeting
            and self._page.session
            and self._page.run_call(svc.mark_agenda_sent, self._page.session, meeting.id)
        ):
            self._page.status_message.emit(self.tr("The agenda as sent is kept."))

    def _on_repeat_clicked(self) -> None:
        meeting = self._page.current_meeting()
        if meeting is None or self._page.session is None:
            return
        rule = Recurrence(str(self.rule.currentData() or "monthly"))
        try:
            ids = svc.make_recurring(
                self._page.session, meeting.id, rule, self.count.value(), self.every.value()
            )
        except LivcError as exc:
            self._page.show_error(exc)
            return
        self._page.reload(select=meeting.id)
        self._page.status_message.emit(self.tr("{count} meetings added.").format(count=len(ids)))


class RunPanel(QWidget):
    """Meeting mode: one item at a time, a timer, notes saved as typed."""

    def __init__(self, page: MeetingsPage) -> None:
        super().__init__()
        self._page = page
        self._items: list[AgendaItem] = []
        self._index = 0
        self._started = 0.0
        self.note_editors: list[NoteEditor] = []
        outer = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter)

        main = QWidget()
        col = QVBoxLayout(main)
        nav = QHBoxLayout()
        self.previous = QPushButton()
        self.previous.setObjectName("run_previous")
        self.next = QPushButton()
        self.next.setObjectName("run_next")
        self.position = QLabel()
        self.position.setObjectName("run_position")
        self.timer_label = QLabel()
        self.timer_label.setObjectName("run_timer")
        self.timer_label.setStyleSheet("font-size:20px;font-weight:bold;")
        nav.addWidget(self.previous)
        nav.addWidget(self.position)
        nav.addWidget(self.next)
        nav.addStretch(1)
        col.addLayout(nav)
        self.title = QLabel()
        self.title.setObjectName("run_item_title")
        self.title.setStyleSheet("font-size:22px;font-weight:bold;")
        self.title.setWordWrap(True)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.timer_label, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(title_row)
        self.item_banner = QLabel()
        self.item_banner.setObjectName("run_off_record_banner")
        self.item_banner.setStyleSheet(OFF_RECORD_STYLE + "font-size:16px;")
        col.addWidget(self.item_banner)
        self.item_off_record = QCheckBox()
        self.item_off_record.setObjectName("run_item_off_record")
        col.addWidget(self.item_off_record)

        self.notes_area = QScrollArea()
        self.notes_area.setWidgetResizable(True)
        self.notes_host = QWidget()
        self.notes_layout = QVBoxLayout(self.notes_host)
        self.notes_layout.addStretch(1)
        self.notes_area.setWidget(self.notes_host)
        col.addWidget(self.notes_area, 1)
        note_buttons = QHBoxLayout()
        self.add_note = QPushButton()
        self.add_note.setObjectName("run_add_note")
        self.add_decision = QPushButton()
        self.add_decision.setObjectName("run_add_decision")
        note_buttons.addWidget(self.add_note)
        note_buttons.addWidget(self.add_decision)
        note_buttons.addStretch(1)
        col.addLayout(note_buttons)

        self.actions_box = QGroupBox()
        actions = QGridLayout(self.actions_box)
        self.action_who = QLineEdit()
        self.action_who.setObjectName("action_who")
        self.action_what = QLineEdit()
        self.action_what.setObjectName("action_what")
        self.action_due = QLineEdit()
        self.action_due.setObjectName("action_due")
        self.action_due.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.action_add = QPushButton()
        self.action_add.setObjectName("action_add")
        self.action_problem = _problem_label("action_problem")
        self.action_list = QLabel()
        self.action_list.setObjectName("action_list")
        self.action_list.setWordWrap(True)
        self.action_list.setTextFormat(Qt.TextFormat.PlainText)
        actions.addWidget(self.action_what, 0, 0, 1, 3)
        actions.addWidget(self.action_who, 1, 0)
        actions.addWidget(self.action_due, 1, 1)
        actions.addWidget(self.action_add, 1, 2)
        actions.addWidget(self.action_problem, 2, 0, 1, 3)
        actions.addWidget(self.action_list, 3, 0, 1, 3)
        actions.setColumnStretch(0, 2)
        actions.setColumnStretch(1, 1)
        col.addWidget(self.actions_box)

        self.decision_box = QGroupBox()
        dec = QHBoxLayout(self.decision_box)
        self.decision_kind = QComboBox()
        self.decision_kind.setObjectName("decision_kind")
        self.decision_value = QComboBox()
        self.decision_value.setObjectName("decision_value")
        self.decision_why = QLineEdit()
        self.decision_why.setObjectName("decision_justification")
        self.decision_review = QLineEdit()
        self.decision_review.setObjectName("decision_next_review")
        self.decision_review.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.decision_apply = QPushButton()
        self.decision_apply.setObjectName("decision_apply")
        for w in (self.decision_kind, self.decision_value):
            dec.addWidget(w)
        dec.addWidget(self.decision_why, 1)
        dec.addWidget(self.decision_review)
        dec.addWidget(self.decision_apply)
        col.addWidget(self.decision_box)
        self.approval_box = QGroupBox()
        approval = QHBoxLayout(self.approval_box)
        self.approval_remarks = QLineEdit()
        self.approval_remarks.setObjectName("run_approval_remarks")
        self.approval_button = QPushButton()
        self.approval_button.setObjectName("run_approve_previous")
        approval.addWidget(self.approval_remarks, 1)
        approval.addWidget(self.approval_button)
        col.addWidget(self.approval_box)
        splitter.addWidget(main)

        side = QWidget()
        side_col = QVBoxLayout(side)
        self.attendance_title = QLabel()
        self.attendance_title.setStyleSheet("font-weight:bold;")
        side_col.addWidget(self.attendance_title)
        self.attendance_model = AttendanceTableModel()
        self.attendance_view = QTableView()
        self.attendance_view.setObjectName("attendance_view")
        self.attendance_view.setModel(self.attendance_model)
        self.attendance_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance_view.verticalHeader().hide()
        self.attendance_view.horizontalHeader().setStretchLastSection(True)
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
        self.consent = QCheckBox()
        self.consent.setObjectName("attendance_consent")
        grid.addWidget(self.present, 0, 0)
        grid.addWidget(self.excused, 0, 1)
        grid.addWidget(self.absent, 0, 2)
        grid.addWidget(self.sent_info, 1, 0, 1, 3)
        grid.addWidget(self.clock, 2, 0)
        grid.addWidget(self.arrived, 2, 1)
        grid.addWidget(self.left, 2, 2)
        grid.addWidget(self.consent, 3, 0, 1, 3)
        side_col.addLayout(grid)
        self.attendance_problem = _problem_label("attendance_problem")
        side_col.addWidget(self.attendance_problem)
        self.guest_box = QGroupBox()
        guest = QFormLayout(self.guest_box)
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
        self.guest_view.setMaximumHeight(110)
        self.guest_consent = QCheckBox()
        self.guest_consent.setObjectName("guest_consent")
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
        guest_row.addWidget(self.guest_consent, 1)
        guest_row.addWidget(self.guest_remove)
        guest.addRow(guest_row)
        side_col.addWidget(self.guest_box)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 420])

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_timer)
        self.previous.clicked.connect(lambda: self.go(self._index - 1))
        self.next.clicked.connect(lambda: self.go(self._index + 1))
        for keys, slot in (
            ("PgDown", lambda: self.go(self._index + 1)),
            ("PgUp", lambda: self.go(self._index - 1)),
            ("Alt+Right", lambda: self.go(self._index + 1)),
            ("Alt+Left", lambda: self.go(self._index - 1)),
            ("Ctrl+N", lambda: self._add_note(NoteKind.ACCOUNT)),
            ("Ctrl+D", lambda: self._add_note(NoteKind.DECISION)),
            ("Ctrl+Return", self._on_action_add_clicked),
            ("Ctrl+1", lambda: self._set_status(Attendance.PRESENT)),
            ("Ctrl+2", lambda: self._set_status(Attendance.EXCUSED)),
            ("Ctrl+3", lambda: self._set_status(Attendance.ABSENT)),
            ("Ctrl+4", lambda: self._set_status(Attendance.INVITED)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.add_note.clicked.connect(lambda: self._add_note(NoteKind.ACCOUNT))
        self.add_decision.clicked.connect(lambda: self._add_note(NoteKind.DECISION))
        self.item_off_record.clicked.connect(self._on_item_off_record_clicked)
        self.action_add.clicked.connect(self._on_action_add_clicked)
        self.action_what.returnPressed.connect(self._on_action_add_clicked)
        self.decision_kind.currentIndexChanged.connect(self._fill_decision_values)
        self.decision_apply.clicked.connect(self._on_decision_apply_clicked)
        self.approval_button.clicked.connect(self._on_approval_clicked)
        self.present.clicked.connect(lambda: self._set_status(Attendance.PRESENT))
        self.excused.clicked.connect(lambda: self._set_status(Attendance.EXCUSED))
        self.absent.clicked.connect(lambda: self._set_status(Attendance.ABSENT))
        self.sent_info.clicked.connect(self._on_sent_info_clicked)
        self.arrived.clicked.connect(lambda: self._set_clock("arrived_at"))
        self.left.clicked.connect(lambda: self._set_clock("left_at"))
        self.consent.clicked.connect(self._on_consent_clicked)
        self.attendance_view.selectionModel().currentRowChanged.connect(self._on_attendee_current)
        self.guest_add.clicked.connect(self._on_guest_add_clicked)
        self.guest_consent.clicked.connect(self._on_guest_consent_clicked)
        self.guest_remove.clicked.connect(self._on_guest_remove_clicked)
        self.guest_view.selectionModel().currentRowChanged.connect(self._on_guest_current)

    def retranslate(self) -> None:
        self.previous.setText(self.tr("◀ Previous (PgUp)"))
        self.next.setText(self.tr("Next (PgDown) ▶"))
        self.item_banner.setText(self.tr("OFF THE RECORD: this item is never printed"))
        self.item_off_record.setText(self.tr("Whole item off the record"))
        self.add_note.setText(self.tr("Add note (Ctrl+N)"))
        self.add_decision.setText(self.tr("Add decision (Ctrl+D)"))
        self.actions_box.setTitle(self.tr("Actions: who / what / by when (Ctrl+Return)"))
        self.action_who.setPlaceholderText(self.tr("Who"))
        self.action_what.setPlaceholderText(self.tr("What"))
        self.action_add.setText(self.tr("Add action"))
        self.decision_box.setTitle(self.tr("Case decision (updates the case)"))
        self.decision_why.setPlaceholderText(self.tr("Justification"))
        self.decision_apply.setText(self.tr("Record decision"))
        self.approval_remarks.setPlaceholderText(self.tr("Remarks at approval"))
        kind = self.decision_kind.currentData()
        self.decision_kind.blockSignals(True)
        self.decision_kind.clear()
        self.decision_kind.addItem(self.tr("Flag"), DecisionKind.FLAG.value)
        self.decision_kind.addItem(self.tr("Phase"), DecisionKind.PHASE.value)
        if kind:
            self.decision_kind.setCurrentIndex(max(0, self.decision_kind.findData(kind)))
        self.decision_kind.blockSignals(False)
        self._fill_decision_values()
        self.attendance_title.setText(
            self.tr("Attendance (Ctrl+1 present, Ctrl+2 excused, Ctrl+3 absent)")
        )
        self.present.setText(self.tr("Present"))
        self.excused.setText(self.tr("Excused"))
        self.absent.setText(self.tr("Absent without notice"))
        self.sent_info.setText(self.tr("Sent information beforehand"))
        self.arrived.setText(self.tr("Arrived late at"))
        self.left.setText(self.tr("Left early at"))
        self.consent.setText(self.tr("Agrees to the feedback sheet to the police"))
        self.guest_box.setTitle(self.tr("Ad hoc guest"))
        for label, text in zip(
            self._guest_labels,
            (self.tr("Name"), self.tr("Organisation"), self.tr("Capacity")),
            strict=True,
        ):
            label.setText(text)
        self.guest_undertaking.setText(self.tr("Signed the confidentiality undertaking"))
        self.guest_add.setText(self.tr("Add guest"))
        self.guest_consent.setText(self.tr("Selected guest agrees to the feedback sheet"))
        self.guest_remove.setText(self.tr("Remove guest"))
        for editor in self.note_editors:
            editor.retranslate()
        self.show_item()

    def _fill_decision_values(self) -> None:
        self.decision_value.clear()
        codes = ml.code_labels()
        values = FLAGS if self.decision_kind.currentData() == "flag" else PHASES
        for code in values:
            self.decision_value.addItem(codes[code], code)

    # -- items -----------------------------------------------------------------------------
    def load(self, keep_index: bool = False) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        self.flush()
        self._items = svc.agenda(session, meeting.id) if session and meeting else []
        if not keep_index:
            self._index = 0
            self._started = time.monotonic()
        self._index = max(0, min(self._index, len(self._items) - 1))
        editable = bool(meeting and meeting.minutes_state is MinutesState.DRAFT)
        self.setEnabled(meeting is not None)
        for w in (self.add_note, self.add_decision, self.actions_box, self.decision_box):
            w.setEnabled(editable)
        self.item_off_record.setEnabled(editable)
        self.show_item()
        self.reload_attendance()
        if meeting is not None and self.isVisible():
            self._tick.start()

    def current_item(self) -> AgendaItem | None:
        return self._items[self._index] if 0 <= self._index < len(self._items) else None

    def go(self, index: int) -> None:
        if not self._items:
            return
        index = max(0, min(len(self._items) - 1, index))
        if index == self._index:
            return
        self.flush()
        self._index = index
        self._started = time.monotonic()
        self.show_item()

    def flush(self) -> None:
        for editor in self.note_editors:
            editor.flush()

    def show_item(self) -> None:
        for editor in self.note_editors:
            editor.flush()
            editor.setParent(None)
            editor.deleteLater()
        self.note_editors = []
        item = self.current_item()
        session = self._page.session
        self.position.setText(
            self.tr("Item {n} of {total}").format(n=self._index + 1, total=len(self._items))
            if item
            else ""
        )
        self.title.setText(f"{self._index + 1}. {item_title(item)}" if item else "")
        self.item_banner.setVisible(bool(item and item.off_record))
        self.item_off_record.blockSignals(True)
        self.item_off_record.setChecked(bool(item and item.off_record))
        self.item_off_record.blockSignals(False)
        self.decision_box.setVisible(bool(item and item.case_id is not None))
        self._show_approval(item)
        self.previous.setEnabled(self._index > 0)
        self.next.setEnabled(self._index < len(self._items) - 1)
        if item is None or session is None:
            self.action_list.clear()
            self._show_timer()
            return
        for note in svc.notes_of_item(session, item.id):
            self._append_editor(note)
        self._show_actions()
        self._show_timer()

    def _append_editor(self, note: Note) -> NoteEditor:
        editor = NoteEditor(self._page, note)
        meeting = self._page.current_meeting()
        editor.setEnabled(bool(meeting and meeting.minutes_state is MinutesState.DRAFT))
        self.notes_layout.insertWidget(self.notes_layout.count() - 1, editor)
        self.note_editors.append(editor)
        return editor

    def _show_actions(self) -> None:
        item, session = self.current_item(), self._page.session
        if item is None or session is None:
            self.action_list.clear()
            return
        lines = []
        off = self.tr("off the record")
        for a in svc.actions_of_item(session, item.id):
            mark = f" [{off}]" if a.off_record else ""
            lines.append(f"• {a.who or '–'}: {a.what} ({ml.ui_date(a.due_on) or '–'}){mark}")
        self.action_list.setText("\n".join(lines))

    def _show_timer(self) -> None:
        item = self.current_item()
        if item is None:
            self.timer_label.clear()
            return
        elapsed = int(time.monotonic() - self._started)
        planned = item.planned_minutes * 60
        self.timer_label.setText(
            f"{elapsed // 60:02d}:{elapsed % 60:02d} / {item.planned_minutes:02d}:00"
        )
        over = planned and elapsed > planned
        self.timer_label.setStyleSheet(
            "font-size:20px;font-weight:bold;" + ("color:#b00020;" if over else "")
        )

    def _add_note(self, kind: NoteKind) -> None:
        item, session = self.current_item(), self._page.session
        if item is None or session is None or not self.add_note.isEnabled():
            return
        note_id = self._page.run_call(svc.add_note, session, item.id, kind)
        if note_id:
            note = next(n for n in svc.notes_of_item(session, item.id) if n.id == note_id)
            self._append_editor(note).editor.setFocus()

    def _on_item_off_record_clicked(self) -> None:
        item, session = self.current_item(), self._page.session
        if item is None or session is None:
            return
        checked = self.item_off_record.isChecked()
        if self._page.run_call(svc.update_item, session, item.id, off_record=checked):
            item.off_record = checked
        self.item_banner.setVisible(item.off_record)
        self._page.prepare_panel.reload_agenda()

    def _item_call(self, func: Callable[..., Any], *args: Any) -> bool:
        """Runs a service call on the current item: a validation problem shows under the
        actions, another known error in a message box. True if it succeeded."""
        try:
            func(*args)
        except ValidationError as exc:
            self.action_problem.setText(
                " ".join(problem_message(f, p) for f, p in exc.problems.items())
            )
            self.action_problem.show()
            return False
        except LivcError as exc:
            self._page.show_error(exc)
            return False
        return True

    def _on_action_add_clicked(self) -> None:
        item, session = self.current_item(), self._page.session
        if item is None or session is None or not self.actions_box.isEnabled():
            return
        self.action_problem.hide()
        if not self._item_call(
            svc.add_action,
            session,
            item.id,
            self.action_what.text(),
            self.action_who.text(),
            self.action_due.text().strip(),
        ):
            return
        for w in (self.action_who, self.action_what, self.action_due):
            w.clear()
        self.action_what.setFocus()
        self._show_actions()

    def _show_approval(self, item: AgendaItem | None) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        previous = (
            svc.previous_minutes_awaiting_approval(session, meeting.id)
            if session is not None and meeting is not None
            else None
        )
        show = bool(item and item.kind is ItemKind.APPROVE_MINUTES and previous)
        self.approval_box.setVisible(show)
        if show and previous is not None:
            self.approval_box.setTitle(
                self.tr("Minutes of {date} await approval").format(
                    date=ml.ui_date(previous.on_date)
                )
            )
            self.approval_button.setText(self.tr("Approve those minutes"))

    def _on_approval_clicked(self) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        if session is None or meeting is None:
            return
        previous = svc.previous_minutes_awaiting_approval(session, meeting.id)
        if previous is None:
            return
        if self._page.run_call(
            svc.approve, session, previous.id, meeting.id, self.approval_remarks.text()
        ):
            self.approval_remarks.clear()
            self._page.status_message.emit(
                self.tr("Minutes of {date} approved.").format(date=ml.ui_date(previous.on_date))
            )
            self._page.data_changed.emit("meetings")
            self._show_approval(self.current_item())

    def _on_decision_apply_clicked(self) -> None:
        item, session = self.current_item(), self._page.session
        if item is None or session is None:
            return
        if not self._item_call(
            svc.decide,
            session,
            item.id,
            DecisionKind(str(self.decision_kind.currentData())),
            str(self.decision_value.currentData()),
            self.decision_why.text(),
            self.decision_review.text().strip(),
        ):
            return
        self.decision_why.clear()
        self.decision_review.clear()
        self._page.status_message.emit(self.tr("Decision recorded."))

    # -- attendance ------------------------------------------------------------------------
    def reload_attendance(self) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
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
        self.consent.setChecked(bool(entry.feedback_consent))

    def _set_status(self, status: Attendance) -> None:
        entry_id, session = self._selected_attendee_id(), self._page.session
        if entry_id is None or session is None:
            return
        if self._page.run_call(svc.set_attendance, session, entry_id, status):
            self.reload_attendance()

    def _on_sent_info_clicked(self) -> None:
        entry_id, session = self._selected_attendee_id(), self._page.session
        if entry_id is None or session is None:
            return
        self._page.run_call(
            svc.set_attendance,
            session,
            entry_id,
            Attendance.EXCUSED,
            sent_info=self.sent_info.isChecked(),
        )
        self.reload_attendance()

    def _set_clock(self, which: str) -> None:
        entry_id, session = self._selected_attendee_id(), self._page.session
        if entry_id is None or session is None:
            return
        clock = self.clock.text().strip() or time.strftime("%H:%M")
        self.attendance_problem.hide()
        try:
            if which == "arrived_at":
                svc.set_attendance(session, entry_id, Attendance.PRESENT, arrived_at=clock)
            else:
                svc.set_attendance(session, entry_id, Attendance.PRESENT, left_at=clock)
        except ValidationError as exc:
            field, problem = next(iter(exc.problems.items()))
            self.attendance_problem.setText(problem_message(field, problem))
            self.attendance_problem.show()
            return
        self.clock.clear()
        self.reload_attendance()

    def _on_consent_clicked(self) -> None:
        entry_id, session = self._selected_attendee_id(), self._page.session
        if entry_id is not None and session is not None:
            self._page.run_call(
                svc.set_feedback_consent,
                session,
                attendance_id=entry_id,
                consent=self.consent.isChecked(),
            )
            self.reload_attendance()

    def _selected_guest_id(self) -> int | None:
        index = self.guest_view.currentIndex()
        return int(self.guest_model.guest_at(index.row()).id) if index.isValid() else None

    def _on_guest_current(self, *_: Any) -> None:
        index = self.guest_view.currentIndex()
        if index.isValid():
            self.guest_consent.setChecked(
                bool(self.guest_model.guest_at(index.row()).feedback_consent)
            )

    def _on_guest_consent_clicked(self) -> None:
        guest_id, session = self._selected_guest_id(), self._page.session
        if guest_id is not None and session is not None:
            self._page.run_call(
                svc.set_feedback_consent,
                session,
                guest_id=guest_id,
                consent=self.guest_consent.isChecked(),
            )
            self.reload_attendance()

    def _on_guest_remove_clicked(self) -> None:
        guest_id, session = self._selected_guest_id(), self._page.session
        if guest_id is None or session is None:
            return
        if self._page.confirm(self.tr("Remove this guest from the meeting?")):
            self._page.run_call(svc.remove_guest, session, guest_id)
            self.reload_attendance()

    def _on_guest_add_clicked(self) -> None:
        meeting, session = self._page.current_meeting(), self._page.session
        if meeting is None or session is None:
            return
        self.attendance_problem.hide()
        try:
            svc.add_guest(
                session,
                meeting.id,
                self.guest_name.text(),
                self.guest_org.text().strip(),
                self.guest_capacity.text().strip(),
                self.guest_undertaking.isChecked(),
            )
        except ValidationError as exc:
            field, problem = next(iter(exc.problems.items()))
            self.attendance_problem.setText(problem_message(field, problem))
            self.attendance_problem.show()
            return
        for w in (self.guest_name, self.guest_org, self.guest_capacity):
            w.clear()
        self.guest_undertaking.setChecked(False)
        self.reload_attendance()

    def clear(self) -> None:
        """Lock: every typed field emptied (actions, decision, approval, guest, clock)."""
        for w in (
            self.action_who,
            self.action_what,
            self.action_due,
            self.decision_why,
            self.decision_review,
            self.approval_remarks,
            self.clock,
            self.guest_name,
            self.guest_org,
            self.guest_capacity,
        ):
            w.clear()
        self.guest_undertaking.setChecked(False)
        self.action_problem.hide()
        self.attendance_problem.hide()
        self.attendance_model.set_entries([])
        self.guest_model.set_guests([])

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._page.current_meeting() is not None:
            self._tick.start()

    def hideEvent(self, event: Any) -> None:
        self.flush()
        self._tick.stop()
        super().hideEvent(event)


class MinutesPanel(QWidget):
    def __init__(self, page: MeetingsPage) -> None:
        super().__init__()
        self._page = page
        self._pdf: bytes = b""
        self._pdf_name = ""
        self._pdf_kind = DocumentKind.MINUTES
        self._buffer: QBuffer | None = None
        col = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setObjectName("minutes_state")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.state)
        row = QHBoxLayout()
        self.preview = QPushButton()
        self.preview.setObjectName("minutes_preview")
        self.finalise = QPushButton()
        self.finalise.setObjectName("minutes_finalise")
        self.extract_case = QComboBox()
        self.extract_case.setObjectName("minutes_extract_case")
        self.extract = QPushButton()
        self.extract.setObjectName("minutes_extract")
        self.feedback = QPushButton()
        self.feedback.setObjectName("minutes_feedback")
        self._case_label = QLabel()
        for w in (
            self.preview,
            self.finalise,
            self._case_label,
            self.extract_case,
            self.extract,
            self.feedback,
        ):
            row.addWidget(w)
        row.addStretch(1)
        col.addLayout(row)
        row2 = QHBoxLayout()
        self.approve_by = QComboBox()
        self.approve_by.setObjectName("minutes_approve_by")
        self.approve_remarks = QLineEdit()
        self.approve_remarks.setObjectName("minutes_approve_remarks")
        self.approve = QPushButton()
        self.approve.setObjectName("minutes_approve")
        self.addendum = QLineEdit()
        self.addendum.setObjectName("minutes_addendum_text")
        self.add_addendum = QPushButton()
        self.add_addendum.setObjectName("minutes_add_addendum")
        self._approve_label = QLabel()
        row2.addWidget(self._approve_label)
        row2.addWidget(self.approve_by)
        row2.addWidget(self.approve_remarks, 1)
        row2.addWidget(self.approve)
        col.addLayout(row2)
        row_add = QHBoxLayout()
        row_add.addWidget(self.addendum, 1)
        row_add.addWidget(self.add_addendum)
        col.addLayout(row_add)
        row3 = QHBoxLayout()
        self.save_as = QPushButton()
        self.save_as.setObjectName("minutes_save_as")
        self.print_button = QPushButton()
        self.print_button.setObjectName("minutes_print")
        self.recipient = QLineEdit()
        self.recipient.setObjectName("distribution_recipient")
        self.distribute = QPushButton()
        self.distribute.setObjectName("distribution_record")
        self.distribution = QLabel()
        self.distribution.setObjectName("distribution_list")
        self.distribution.setTextFormat(Qt.TextFormat.PlainText)
        row3.addWidget(self.save_as)
        row3.addWidget(self.print_button)
        row3.addWidget(self.recipient, 1)
        row3.addWidget(self.distribute)
        col.addLayout(row3)
        col.addWidget(self.distribution)
        self.viewer_host = QVBoxLayout()
        col.addLayout(self.viewer_host, 1)
        self.viewer: Any = None
        self.document: Any = None
        self.problem = _problem_label("minutes_problem")
        col.addWidget(self.problem)

        self.preview.clicked.connect(self._on_preview_clicked)
        self.finalise.clicked.connect(self._on_finalise_clicked)
        self.extract.clicked.connect(self._on_extract_clicked)
        self.feedback.clicked.connect(self._on_feedback_clicked)
        self.approve.clicked.connect(self._on_approve_clicked)
        self.add_addendum.clicked.connect(self._on_add_addendum_clicked)
        self.save_as.clicked.connect(self._on_save_as_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.distribute.clicked.connect(self._on_distribute_clicked)

    def retranslate(self) -> None:
        self.preview.setText(self.tr("Preview minutes"))
        self._case_label.setText(self.tr("Case:"))
        self._approve_label.setText(self.tr("Approve at the meeting of:"))
        self.finalise.setText(self.tr("Finalise minutes…"))
        self.extract.setText(self.tr("Case-team extract"))
        self.feedback.setText(self.tr("Feedback sheet to the police"))
        self.approve_remarks.setPlaceholderText(self.tr("Remarks at approval"))
        self.approve.setText(self.tr("Approve at that meeting"))
        self.addendum.setPlaceholderText(self.tr("Text of a correction (addendum)"))
        self.add_addendum.setText(self.tr("Add addendum"))
        self.save_as.setText(self.tr("Save as…"))
        self.print_button.setText(self.tr("Print…"))
        self.recipient.setPlaceholderText(self.tr("Recipient (partner or person)"))
        self.distribute.setText(self.tr("Record as sent"))
        self.show_meeting()

    def clear(self) -> None:
        self._pdf = b""
        self.state.clear()
        self.distribution.clear()
        self.extract_case.clear()
        self.approve_by.clear()
        for w in (self.approve_remarks, self.addendum, self.recipient):
            w.clear()
        self._close_viewer()

    def _close_viewer(self) -> None:
        if self.document is not None:
            self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None

    def show_meeting(self) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        if session is None or meeting is None:
            self.clear()
            self.setEnabled(False)
            return
        self.setEnabled(True)
        lines = [ml.minutes_state_label(meeting.minutes_state)]
        if meeting.content_hash:
            lines.append(self.tr("Fingerprint: {hash}").format(hash=meeting.content_hash))
        if meeting.approved_on:
            lines.append(self.tr("Approved on {date}").format(date=ml.ui_date(meeting.approved_on)))
        self.state.setText("\n".join(lines))
        draft = meeting.minutes_state is MinutesState.DRAFT
        self.finalise.setEnabled(draft)
        self.add_addendum.setEnabled(not draft)
        self.addendum.setEnabled(not draft)
        finalised = meeting.minutes_state is MinutesState.FINALISED
        self.approve.setEnabled(finalised)
        self.approve_by.clear()
        for other in svc.list_meetings(session):
            if other.on_date > meeting.on_date and other.table_kind == meeting.table_kind:
                self.approve_by.addItem(
                    f"{ml.ui_date(other.on_date)} {other.start_time}".strip(), other.id
                )
        self.extract_case.clear()
        for item in svc.agenda(session, meeting.id):
            if item.case_id is not None and self.extract_case.findData(item.case_id) < 0:
                self.extract_case.addItem(item.case_code, item.case_id)
        has_cases = self.extract_case.count() > 0
        for w in (self._case_label, self.extract_case, self.extract):
            w.setVisible(has_cases)
        case_id = self.extract_case.currentData()
        self.feedback.setEnabled(
            case_id is not None and svc.feedback_possible(session, meeting.id, int(case_id))
        )
        self.feedback.setToolTip(
            ""
            if self.feedback.isEnabled()
            else self.tr("Needs the recorded consent of every member who took part.")
        )
        rows = svc.distribution(session, meeting.id)
        self.distribution.setText(
            "\n".join(
                f"{ml.ui_date(r['sent_at'][:16].replace('T', ' '))}  "
                f"{ml.document_kind_label(r['document'])}  {r['recipient']}"
                + (f"  ({r['case_code']})" if r["case_code"] else "")
                for r in rows
            )
        )

    def _labels(self) -> svc.Labels:
        assert self._page.session is not None
        return ml.labels_for(self._page.session, self._page.ui_language())

    def show_pdf(self, data: bytes, name: str, kind: DocumentKind) -> None:
        """Show `data` in the in-app viewer (from memory; nothing written to disk)."""
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._pdf, self._pdf_name, self._pdf_kind = data, name, kind
        if self.viewer is None:
            self.document = QPdfDocument(self)
            self.viewer = QPdfView(self)
            self.viewer.setObjectName("minutes_viewer")
            self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
            self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.viewer.setDocument(self.document)
            self.viewer_host.addWidget(self.viewer)
        self._close_viewer()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _on_preview_clicked(self) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        if session is None or meeting is None:
            return
        self._page.run_panel.flush()
        data = svc.minutes_pdf(session, meeting.id, self._labels())
        self.show_pdf(data, f"minutes-{meeting.on_date}.pdf", DocumentKind.MINUTES)

    def _on_finalise_clicked(self) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        if session is None or meeting is None:
            return
        if not self._page.confirm(
            self.tr(
                "Finalise these minutes? Their content is frozen; later corrections become "
                "numbered addenda."
            )
        ):
            return
        self._page.run_panel.flush()
        if self._page.run_call(svc.finalise, session, meeting.id):
            self._page.reload(select=meeting.id)
            self._on_preview_clicked()

    def _on_extract_clicked(self) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        case_id = self.extract_case.currentData()
        if session is None or meeting is None or case_id is None:
            return
        data = svc.extract_pdf(session, meeting.id, int(case_id), self._labels())
        code = self.extract_case.currentText()
        self.show_pdf(data, f"extract-{meeting.on_date}-{code}.pdf", DocumentKind.EXTRACT)

    def _on_feedback_clicked(self) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        if session is None or meeting is None:
            return
        case_id = self.extract_case.currentData()
        if case_id is None:
            return
        data = self._page.run_call(
            svc.feedback_pdf, session, meeting.id, self._labels(), case_id=int(case_id)
        )
        if data:
            self.show_pdf(data, f"feedback-{meeting.on_date}.pdf", DocumentKind.FEEDBACK)

    def _on_approve_clicked(self) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        by = self.approve_by.currentData()
        if session is None or meeting is None or by is None:
            return
        if self._page.run_call(
            svc.approve, session, meeting.id, int(by), self.approve_remarks.text()
        ):
            self._page.reload(select=meeting.id)

    def _on_add_addendum_clicked(self) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        if session is None or meeting is None or not self.addendum.text().strip():
            return
        if not self._page.confirm(self.tr("Add this addendum to the finalised minutes?")):
            return
        if self._page.run_call(svc.add_addendum, session, meeting.id, self.addendum.text()):
            self.addendum.clear()
            self._on_preview_clicked()

    def _on_save_as_clicked(self) -> None:
        if not self._pdf:
            self._on_preview_clicked()
        if self._pdf:
            self._page.save_bytes(self._pdf_kind, self._pdf, self._pdf_name, "pdf")

    def _on_print_clicked(self) -> None:
        if not self._pdf:
            self._on_preview_clicked()
        if not self._pdf or self.document is None:
            return
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        # 300 dpi is sharp on paper; "high resolution" (1200 dpi) would render each page
        # as a half-gigabyte image.
        printer.setResolution(min(printer.resolution(), PRINT_DPI))
        painter = QPainter(printer)
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                rect = painter.viewport()
                image = self.document.render(page, rect.size())
                painter.drawImage(rect, image)
        finally:
            painter.end()
        meeting = self._page.current_meeting()
        if self._page.session and meeting:
            self._page.session.record(
                "export_print", document=self._pdf_kind.value, meeting_id=meeting.id
            )

    def _on_distribute_clicked(self) -> None:
        session, meeting = self._page.session, self._page.current_meeting()
        name = self.recipient.text().strip()
        if session is None or meeting is None or not name:
            return
        case_id = (
            self.extract_case.currentData() if self._pdf_kind is DocumentKind.EXTRACT else None
        )
        if self._page.run_call(
            svc.record_distribution,
            session,
            meeting.id,
            self._pdf_kind,
            [(name, None)],
            data=self._pdf,
            case_id=case_id,
        ):
            self.recipient.clear()
            self.show_meeting()


class MeetingsPage(Page):
    page_id = "meetings"
    icon_name = "x-office-calendar"

    def __init__(self) -> None:
        super().__init__()
        self._current_id: int | None = None
        self._current: Meeting | None = None
        self._locking = False
        self._lock_error: LivcError | None = None
        outer = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter)
        left = QWidget()
        left_col = QVBoxLayout(left)
        self.filter = QLineEdit()
        self.filter.setObjectName("meetings_filter")
        self.filter.setClearButtonEnabled(True)
        left_col.addWidget(self.filter)
        self.model = MeetingTableModel()
        self.proxy = MeetingFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("meetings_list")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(MeetingTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        left_col.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.setObjectName("meetings_new")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("meetings_delete")
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_col.addLayout(buttons)
        splitter.addWidget(left)
        self.list_panel = left
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetings_tabs")
        self.prepare_panel = PreparePanel(self)
        self.run_panel = RunPanel(self)
        self.minutes_panel = MinutesPanel(self)
        prepare_scroll = QScrollArea()
        prepare_scroll.setWidgetResizable(True)
        prepare_scroll.setWidget(self.prepare_panel)
        self.tabs.addTab(prepare_scroll, "")
        self.tabs.addTab(self.run_panel, "")
        self.tabs.addTab(self.minutes_panel, "")
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 1020])
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.tabs.currentChanged.connect(self._on_tabs_changed)
        self.retranslate()
        self._show_current()

    # -- Page --------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Meetings")

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter meetings"))
        self.new_button.setText(self.tr("New meeting"))
        self.delete_button.setText(self.tr("Delete meeting"))
        self.tabs.setTabText(0, self.tr("Prepare"))
        self.tabs.setTabText(1, self.tr("Run meeting"))
        self.tabs.setTabText(2, self.tr("Minutes"))
        self.prepare_panel.retranslate()
        self.run_panel.retranslate()
        self.minutes_panel.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)

    def set_session(self, session: Session | None) -> None:
        if session is None:
            # A lock saves what was typed, quietly: it never waits for a click with data on
            # screen. A failure is told after the next unlock.
            self._locking = True
            try:
                self.run_panel.flush()
            finally:
                self._locking = False
        super().set_session(session)
        self._current_id = None
        self._current = None
        if session is None:
            self.model.set_meetings([])
            self.filter.clear()
            self.prepare_panel.clear()
            self.run_panel.load()
            self.run_panel.clear()
            self.minutes_panel.clear()
            self._clear_inputs()
            self._show_current()
            return
        self.reload()
        if self._lock_error is not None:
            QTimer.singleShot(0, self._on_unlock_show_lock_error)

    def _clear_inputs(self) -> None:
        """Empty every input on the page, whichever panel it is in (new fields included)."""
        for edit in self.findChildren(QLineEdit):
            if isinstance(edit.parent(), QAbstractSpinBox | QComboBox):
                continue  # spin boxes hold numbers; combo boxes are handled below
            edit.clear()
        for text in self.findChildren(QTextEdit) + self.findChildren(QPlainTextEdit):
            text.clear()
        for when in self.findChildren(QDateTimeEdit):
            when.clear()
        for combo in self.findChildren(QComboBox):
            if combo.isEditable():
                combo.clearEditText()

    def _on_unlock_show_lock_error(self) -> None:
        exc, self._lock_error = self._lock_error, None
        if exc is None or self.session is None:
            return
        QMessageBox.warning(
            self,
            self.title(),
            self.tr("A note typed before the lock could not be saved: {reason}").format(
                reason=error_message(exc)
            ),
        )

    def can_leave(self) -> bool:
        self.run_panel.flush()
        return True

    def refresh(self, what: str = "") -> None:
        if what in ("", "meetings", "partners", "cases") and self.session is not None:
            self.reload(select=self._current_id)

    # -- helpers used by the panels ---------------------------------------------------------
    def current_meeting(self) -> Meeting | None:
        return self._current

    def ui_language(self) -> str:
        from PySide6.QtCore import QLocale

        return QLocale().name().split("_")[0]

    def reload(self, select: int | None = None) -> None:
        if self.session is None:
            return
        self.model.set_meetings(svc.list_meetings(self.session))
        target = select if select is not None else self._current_id
        row = self.model.row_of(target) if target is not None else -1
        if row < 0 and self.model.rowCount():
            row = self._default_row()
        if row >= 0:
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.view.selectionModel().setCurrentIndex(
                proxy_index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._load_current(self.model.meeting_at(row).id if row >= 0 else None)

    def _default_row(self) -> int:
        """The next meeting from today, else the latest."""
        today = date.today().isoformat()
        upcoming = [
            (m.on_date, n)
            for n in range(self.model.rowCount())
            if (m := self.model.meeting_at(n)).on_date >= today
        ]
        return min(upcoming)[1] if upcoming else 0

    def _load_current(self, meeting_id: int | None) -> None:
        self.run_panel.flush()
        same = meeting_id == self._current_id
        self._current_id = meeting_id
        self._current = (
            svc.get_meeting(self.session, meeting_id)
            if self.session is not None and meeting_id is not None
            else None
        )
        self.prepare_panel.show_meeting(self._current)
        self.run_panel.load(keep_index=same)
        self.minutes_panel.show_meeting()
        self._show_current()

    def _show_current(self) -> None:
        self.tabs.setEnabled(self._current is not None)
        self.delete_button.setEnabled(
            self._current is not None and self._current.minutes_state is MinutesState.DRAFT
        )
        self.new_button.setEnabled(self.session is not None)

    def run_call(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a service; show a translated message on a known error. Returns the result,
        or None on error (True for calls that return nothing)."""
        try:
            result = func(*args, **kwargs)
        except LivcError as exc:
            if self._locking:
                # Locking: no dialog (it would wait with data on screen); the code only.
                log.warning("not saved while locking: %s", exc.code)
                self._lock_error = exc
            else:
                self.show_error(exc)
            return None
        except Exception as exc:
            if not self._locking:
                raise
            # A lock must always complete; the type name only, never content.
            log.warning("not saved while locking: %s", type(exc).__name__)
            self._lock_error = LivcError(type(exc).__name__)
            return None
        return True if result is None else result

    def show_error(self, exc: LivcError) -> None:
        QMessageBox.warning(self, self.title(), error_message(exc))

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.title(), question)
        return answer == QMessageBox.StandardButton.Yes

    def export(self, kind: DocumentKind, build: Callable[..., bytes]) -> None:
        meeting = self._current
        if self.session is None or meeting is None:
            return
        data = build(self.session, meeting.id, self.minutes_panel._labels())
        name = f"{kind.value}-{meeting.on_date}.pdf"
        self.tabs.setCurrentWidget(self.minutes_panel)
        self.minutes_panel.show_pdf(data, name, kind)

    def save_bytes(self, kind: DocumentKind, data: bytes, name: str, suffix: str) -> None:
        meeting = self._current
        if self.session is None or meeting is None:
            return
        target = ask_save_path(
            self, self.tr("Save as"), str(Path.home() / name), f"*.{suffix}", f".{suffix}"
        )
        if target is None:
            return
        try:
            svc.write_document(self.session, meeting.id, kind, data, target)
        except LivcError as exc:
            self.show_error(exc)
            return
        except OSError:
            QMessageBox.warning(self, self.title(), self.tr("The file could not be written."))
            return
        self.status_message.emit(self.tr("Saved: {name}").format(name=target.name))

    # -- slots -------------------------------------------------------------------------------
    def _on_view_current(self, current: Any, _previous: Any) -> None:
        meeting = current.data(ROW_ROLE) if current.isValid() else None
        new_id = meeting.id if meeting is not None else None
        if new_id != self._current_id:
            self._load_current(new_id)

    def _on_new_clicked(self) -> None:
        if self.session is None:
            return
        profile = self.session.profile()
        table = profile.tables[0] if profile.tables else TableKind.INTEGRATED
        draft = svc.MeetingDraft(
            table,
            (date.today() + timedelta(days=7)).isoformat(),
            "14:00",
            profile.default_place,
            "",
            profile.officer_name,
        )
        meeting_id = self.run_call(svc.create_meeting, self.session, draft)
        if meeting_id:
            self.reload(select=int(meeting_id))
            self.tabs.setCurrentIndex(0)
            self.prepare_panel.on_date.setFocus()
            self.data_changed.emit("meetings")

    def _on_delete_clicked(self) -> None:
        meeting = self._current
        if self.session is None or meeting is None:
            return
        if not self.confirm(
            self.tr("Delete the meeting of {date} with its agenda and notes?").format(
                date=ml.ui_date(meeting.on_date)
            )
        ):
            return
        if self.run_call(svc.delete_meeting, self.session, meeting.id):
            self._current_id = None
            self.reload()
            self.data_changed.emit("meetings")

    def _on_tabs_changed(self, index: int) -> None:
        # Meeting mode is a focused screen: the list steps aside while a meeting runs.
        self.list_panel.setVisible(self.tabs.widget(index) is not self.run_panel)
        if self.tabs.widget(index) is self.run_panel and self._current is not None:
            self.run_panel.load(keep_index=True)
        if self.tabs.widget(index) is self.minutes_panel:
            self.run_panel.flush()
            self.minutes_panel.show_meeting()
