"""The Run tab: a meeting live, item by item, with notes, actions, decisions, attendance
and guests.

The run screen is keyboard-first: PageDown/PageUp (or Alt+Right/Alt+Left) move between
items, Ctrl+N adds a note, Ctrl+D a decision, Ctrl+Return saves an action, Ctrl+K opens a
case item's feedback text and consent (also after finalising), Ctrl+1..4 set
the selected attendee present/excused/absent/not recorded. Notes save themselves."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.cases import Flag, Phase
from livc_desktop.domain.meetings import (
    AgendaItem,
    Attendance,
    DecisionKind,
    ItemKind,
    MinutesState,
    Note,
    NoteKind,
)
from livc_desktop.services import meetings as svc
from livc_desktop.ui import meeting_labels as ml
from livc_desktop.ui import palette
from livc_desktop.ui.messages import problem_message
from livc_desktop.ui.models.meetings import (
    item_title,
)
from livc_desktop.ui.pages.meetings.attendance import AttendancePanel
from livc_desktop.ui.pages.meetings.common import (
    OFF_RECORD_STYLE,
    date_edit,
    date_of,
    problem_label,
    retranslate_date,
    set_date,
)
from livc_desktop.ui.pages.meetings.context import MeetingContext
from livc_desktop.ui.pages.meetings.note_editor import NoteEditor
from livc_desktop.ui.widgets.flow import FlowLayout


class RunPanel(QWidget):
    """Meeting mode: one item at a time, a timer, notes saved as typed."""

    agenda_changed = Signal()  # an item's marks changed: the Prepare tab shows them
    feedback_requested = Signal(int, str)  # case id, code: its feedback text and consent

    def __init__(self, ctx: MeetingContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._items: list[AgendaItem] = []
        self._index = 0
        self._started = 0.0
        self.note_editors: list[NoteEditor] = []
        outer = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter)

        main = QWidget()
        col = QVBoxLayout(main)
        self._build_item_header(col)
        self._build_notes(col)
        self._build_actions(col)
        self._build_decision(col)
        splitter.addWidget(main)

        self.attendance = AttendancePanel(self._ctx)
        # The attendance column scrolls down on a low screen, never sideways.
        attendance_scroll = QScrollArea()
        attendance_scroll.setObjectName("attendance_scroll")
        attendance_scroll.setWidgetResizable(True)
        attendance_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        attendance_scroll.setWidget(self.attendance)
        splitter.addWidget(attendance_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 420])

        self._connect()

    def _build_item_header(self, col: QVBoxLayout) -> None:
        """Navigation, position, timer, title and the off-record mark of the item."""
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

    def _build_notes(self, col: QVBoxLayout) -> None:
        """The notes of the item, each in its own editor."""
        self.notes_area = QScrollArea()
        self.notes_area.setWidgetResizable(True)
        self.notes_host = QWidget()
        self.notes_layout = QVBoxLayout(self.notes_host)
        self.notes_layout.addStretch(1)
        self.notes_area.setWidget(self.notes_host)
        col.addWidget(self.notes_area, 1)
        note_buttons = FlowLayout()
        self.add_note = QPushButton()
        self.add_note.setObjectName("run_add_note")
        self.add_decision = QPushButton()
        self.add_decision.setObjectName("run_add_decision")
        note_buttons.addWidget(self.add_note)
        note_buttons.addWidget(self.add_decision)
        self.feedback = QPushButton()
        self.feedback.setObjectName("run_feedback")
        note_buttons.addWidget(self.feedback)
        col.addLayout(note_buttons)

    def _build_actions(self, col: QVBoxLayout) -> None:
        """Actions: who, what, by when."""
        self.actions_box = QGroupBox()
        actions = QGridLayout(self.actions_box)
        self.action_who = QLineEdit()
        self.action_who.setObjectName("action_who")
        self.action_what = QLineEdit()
        self.action_what.setObjectName("action_what")
        self.action_due = date_edit("action_due", optional=True)
        self.action_add = QPushButton()
        self.action_add.setObjectName("action_add")
        self.action_problem = problem_label("action_problem")
        self.action_list = QLabel()
        self.action_list.setObjectName("action_list")
        self.action_list.setWordWrap(True)
        self.action_list.setTextFormat(Qt.TextFormat.PlainText)
        actions.addWidget(self.action_what, 0, 0, 1, 3)
        actions.addWidget(self.action_who, 1, 0, 1, 3)
        actions.addWidget(self.action_due, 2, 0)
        actions.addWidget(self.action_add, 2, 1)
        actions.addWidget(self.action_problem, 3, 0, 1, 3)
        actions.addWidget(self.action_list, 4, 0, 1, 3)
        actions.setColumnStretch(0, 2)
        actions.setColumnStretch(1, 1)
        col.addWidget(self.actions_box)

    def _build_decision(self, col: QVBoxLayout) -> None:
        """A flag or phase decision on a case item, and approval of previous minutes."""
        self.decision_box = QGroupBox()
        # The justification takes a line of its own; the rest wraps (ui/widgets/flow.py).
        dec_col = QVBoxLayout(self.decision_box)
        dec = FlowLayout()
        self.decision_kind = QComboBox()
        self.decision_kind.setObjectName("decision_kind")
        self.decision_value = QComboBox()
        self.decision_value.setObjectName("decision_value")
        self.decision_why = QLineEdit()
        self.decision_why.setObjectName("decision_justification")
        self.decision_review = date_edit("decision_next_review", optional=True)
        self.decision_apply = QPushButton()
        self.decision_apply.setObjectName("decision_apply")
        for w in (self.decision_kind, self.decision_value):
            dec.addWidget(w)
        dec.addWidget(self.decision_review)
        dec.addWidget(self.decision_apply)
        dec_col.addLayout(dec)
        dec_col.addWidget(self.decision_why)
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

    def _connect(self) -> None:
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
            ("Ctrl+K", self._on_feedback_clicked),
            ("Ctrl+Return", self._on_action_add_clicked),
            ("Ctrl+1", lambda: self.attendance.set_status(Attendance.PRESENT)),
            ("Ctrl+2", lambda: self.attendance.set_status(Attendance.EXCUSED)),
            ("Ctrl+3", lambda: self.attendance.set_status(Attendance.ABSENT)),
            ("Ctrl+4", lambda: self.attendance.set_status(Attendance.INVITED)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.add_note.clicked.connect(lambda: self._add_note(NoteKind.ACCOUNT))
        self.feedback.clicked.connect(self._on_feedback_clicked)
        self.add_decision.clicked.connect(lambda: self._add_note(NoteKind.DECISION))
        self.item_off_record.clicked.connect(self._on_item_off_record_clicked)
        self.action_add.clicked.connect(self._on_action_add_clicked)
        self.action_what.returnPressed.connect(self._on_action_add_clicked)
        self.decision_kind.currentIndexChanged.connect(self._fill_decision_values)
        self.decision_apply.clicked.connect(self._on_decision_apply_clicked)
        self.approval_button.clicked.connect(self._on_approval_clicked)

    def retranslate(self) -> None:
        for when in (self.action_due, self.decision_review):
            retranslate_date(when)
        self.previous.setText(self.tr("◀ Previous (PgUp)"))
        self.next.setText(self.tr("Next (PgDown) ▶"))
        self.item_banner.setText(self.tr("OFF THE RECORD: this item is never printed"))
        self.item_off_record.setText(self.tr("Whole item off the record"))
        self.add_note.setText(self.tr("Add note (Ctrl+N)"))
        self.add_decision.setText(self.tr("Add decision (Ctrl+D)"))
        self.feedback.setText(self.tr("Feedback to the police… (Ctrl+K)"))
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
        self.attendance.retranslate()
        for editor in self.note_editors:
            editor.retranslate()
        self.show_item()

    def _fill_decision_values(self) -> None:
        self.decision_value.clear()
        codes = ml.code_labels()
        values: list[Flag] | list[Phase] = (
            list(Flag) if self.decision_kind.currentData() == DecisionKind.FLAG else list(Phase)
        )
        for value in values:
            self.decision_value.addItem(codes[value.value], value)

    # -- items -----------------------------------------------------------------------------
    def load(self, keep_index: bool = False) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
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
        self.attendance.reload()
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
        session = self._ctx.session
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
        self.feedback.setVisible(bool(item and item.case_id is not None))
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
        editor = NoteEditor(self._ctx, note)
        editor.removed.connect(self._on_note_removed)
        meeting = self._ctx.current_meeting()
        editor.setEnabled(bool(meeting and meeting.minutes_state is MinutesState.DRAFT))
        self.notes_layout.insertWidget(self.notes_layout.count() - 1, editor)
        self.note_editors.append(editor)
        return editor

    def _show_actions(self) -> None:
        item, session = self.current_item(), self._ctx.session
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
            "font-size:20px;font-weight:bold;" + (palette.text_css(palette.ERROR) if over else "")
        )

    def _add_note(self, kind: NoteKind) -> None:
        item, session = self.current_item(), self._ctx.session
        if item is None or session is None or not self.add_note.isEnabled():
            return
        note_id = self._ctx.run_call(svc.add_note, session, item.id, kind)
        if note_id:
            note = next(n for n in svc.notes_of_item(session, item.id) if n.id == note_id)
            self._append_editor(note).editor.setFocus()

    def _on_feedback_clicked(self) -> None:
        item = self.current_item()
        if item is None or item.case_id is None:
            return
        self.flush()  # the proposal is made from the notes as typed
        self.feedback_requested.emit(item.case_id, item.case_code)

    def _on_note_removed(self, _note_id: int) -> None:
        self.show_item()

    def _on_item_off_record_clicked(self) -> None:
        item, session = self.current_item(), self._ctx.session
        if item is None or session is None:
            return
        checked = self.item_off_record.isChecked()
        if self._ctx.run_call(svc.update_item, session, item.id, off_record=checked):
            item.off_record = checked
        self.item_banner.setVisible(item.off_record)
        self.agenda_changed.emit()

    def _item_call(self, func: Callable[..., Any], *args: Any) -> bool:
        """Runs a service call on the current item: a validation problem shows under the
        actions, another known error in a message box. True if it succeeded."""
        return bool(self._ctx.run_call(func, *args, on_problems=self._show_action_problems))

    def _show_action_problems(self, problems: dict[str, str]) -> None:
        self.action_problem.setText(" ".join(problem_message(f, p) for f, p in problems.items()))
        self.action_problem.show()

    def _on_action_add_clicked(self) -> None:
        item, session = self.current_item(), self._ctx.session
        if item is None or session is None or not self.actions_box.isEnabled():
            return
        self.action_problem.hide()
        if not self._item_call(
            svc.add_action,
            session,
            item.id,
            self.action_what.text(),
            self.action_who.text(),
            date_of(self.action_due),
        ):
            return
        for w in (self.action_who, self.action_what):
            w.clear()
        set_date(self.action_due, None)
        self.action_what.setFocus()
        self._show_actions()

    def _show_approval(self, item: AgendaItem | None) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
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
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None:
            return
        previous = svc.previous_minutes_awaiting_approval(session, meeting.id)
        if previous is None:
            return
        if self._ctx.run_call(
            svc.approve, session, previous.id, meeting.id, self.approval_remarks.text()
        ):
            self.approval_remarks.clear()
            self._ctx.status(
                self.tr("Minutes of {date} approved.").format(date=ml.ui_date(previous.on_date))
            )
            self._show_approval(self.current_item())

    def _on_decision_apply_clicked(self) -> None:
        item, session = self.current_item(), self._ctx.session
        if item is None or session is None:
            return
        if not self._item_call(
            svc.decide,
            session,
            item.id,
            DecisionKind(str(self.decision_kind.currentData())),
            str(self.decision_value.currentData()),
            self.decision_why.text(),
            date_of(self.decision_review),
        ):
            return
        self.decision_why.clear()
        set_date(self.decision_review, None)
        self._ctx.status(self.tr("Decision recorded."))

    # -- attendance ------------------------------------------------------------------------
    def clear(self) -> None:
        """Lock: every typed field emptied (actions, decision, approval, guest, clock)."""
        for w in (
            self.action_who,
            self.action_what,
            self.decision_why,
            self.approval_remarks,
        ):
            w.clear()
        for when in (self.action_due, self.decision_review):
            set_date(when, None)
        self.action_problem.hide()
        self.attendance.clear()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._ctx.current_meeting() is not None:
            self._tick.start()

    def hideEvent(self, event: Any) -> None:
        self.flush()
        self._tick.stop()
        super().hideEvent(event)
