"""The Run tab: a meeting live, item by item, with notes, actions, decisions, attendance
and guests.

The run screen is keyboard-first: PageDown/PageUp (or Alt+Right/Alt+Left) move between
items, Ctrl+N adds a note, Ctrl+D a decision, Ctrl+Return saves an action, Ctrl+K opens a
case item's feedback text and consent (also after finalising), Ctrl+1..4 set
the selected attendee present/excused/absent/not recorded. Notes save themselves.

After moving to an item, focus is in that item's note (never outside the panel), so every
shortcut keeps working. What is typed in the action and decision fields belongs to the
item it was typed for: each item keeps its own draft, and moving on never carries it."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
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
    ActionTableModel,
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
from livc_desktop.ui.pages.meetings.summary import CaseSummaryBox
from livc_desktop.ui.privacy import MASK, privacy_mode
from livc_desktop.ui.widgets.flow import FlowLayout
from livc_desktop.ui.widgets.sizing import show_rows


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
        # Unsaved action and decision fields per item id: never shown under another item.
        self._drafts: dict[int, dict[str, Any]] = {}
        self._editing_action: int | None = None  # the action being corrected, if any
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
        # The case beside its item takes the height of its lines; attendance the rest.
        right = QWidget()
        right_col = QVBoxLayout(right)
        right_col.setContentsMargins(0, 0, 0, 0)
        self.case_summary = CaseSummaryBox()
        right_col.addWidget(self.case_summary)
        right_col.addWidget(self.attendance, 1)
        # The column scrolls down on a low screen, never sideways.
        attendance_scroll = QScrollArea()
        attendance_scroll.setObjectName("attendance_scroll")
        attendance_scroll.setWidgetResizable(True)
        attendance_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        attendance_scroll.setWidget(right)
        splitter.addWidget(attendance_scroll)
        # The panel itself takes focus when no field of the item can: keys stay here.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
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
        """Actions: what, the responsible partner, who, by when; the item's actions below,
        each of which can be corrected or removed while the minutes are a draft."""
        self.actions_box = QGroupBox()
        actions = QGridLayout(self.actions_box)
        self.action_who = QLineEdit()
        self.action_who.setObjectName("action_who")
        self.action_what = QLineEdit()
        self.action_what.setObjectName("action_what")
        self.action_partner = QComboBox()
        self.action_partner.setObjectName("action_partner")
        self.action_partner_label = QLabel()
        self.action_partner_label.setBuddy(self.action_partner)
        self.action_due = date_edit("action_due", optional=True)
        self.action_add = QPushButton()
        self.action_add.setObjectName("action_add")
        self.action_problem = problem_label("action_problem")
        self.action_model = ActionTableModel()
        self.action_list = QTableView()
        self.action_list.setObjectName("action_list")
        self.action_list.setModel(self.action_model)
        self.action_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.action_list.verticalHeader().hide()
        self.action_list.horizontalHeader().setSectionResizeMode(
            ActionTableModel.WHAT, QHeaderView.ResizeMode.Stretch
        )
        show_rows(self.action_list, 4)
        self.action_correct = QPushButton()
        self.action_correct.setObjectName("action_correct")
        self.action_remove = QPushButton()
        self.action_remove.setObjectName("action_remove")
        self.action_cancel = QPushButton()
        self.action_cancel.setObjectName("action_cancel")
        actions.addWidget(self.action_what, 0, 0, 1, 4)
        actions.addWidget(self.action_partner_label, 1, 0)
        actions.addWidget(self.action_partner, 1, 1)
        actions.addWidget(self.action_who, 1, 2)
        actions.addWidget(self.action_due, 1, 3)
        actions.addWidget(self.action_problem, 2, 0, 1, 4)
        actions.addWidget(self.action_list, 3, 0, 3, 3)
        actions.addWidget(self.action_add, 3, 3)
        actions.addWidget(self.action_correct, 4, 3)
        actions.addWidget(self.action_remove, 5, 3)
        actions.addWidget(self.action_cancel, 2, 3)
        actions.setColumnStretch(1, 2)
        actions.setColumnStretch(2, 1)
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
        self.action_correct.clicked.connect(self._on_action_correct_clicked)
        self.action_remove.clicked.connect(self._on_action_remove_clicked)
        self.action_cancel.clicked.connect(self._end_correction)
        self.action_list.doubleClicked.connect(self._on_action_correct_clicked)
        self.action_partner.activated.connect(
            lambda _i: self.action_partner.setProperty("chosen", True)
        )
        privacy_mode().changed.connect(self._on_privacy_changed)
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
        self.actions_box.setTitle(self.tr("Actions: what / partner / who / by when (Ctrl+Return)"))
        self.action_who.setPlaceholderText(self.tr("Who (optional)"))
        self.action_what.setPlaceholderText(self.tr("What"))
        self.action_partner_label.setText(self.tr("&Partner:"))
        self.action_correct.setText(self.tr("Correct…"))
        self.action_remove.setText(self.tr("Remove"))
        self.action_cancel.setText(self.tr("Cancel correction"))
        self.action_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self.case_summary.retranslate()
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
        self._stash_draft()
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
        self._stash_draft()
        self._items = svc.agenda(session, meeting.id) if session and meeting else []
        if not keep_index:
            self._index = 0
            self._started = time.monotonic()
        self._index = max(0, min(self._index, len(self._items) - 1))
        editable = self._editable()
        self.setEnabled(meeting is not None)
        for w in (self.add_note, self.add_decision, self.actions_box, self.decision_box):
            w.setEnabled(editable)
        self.item_off_record.setEnabled(editable)
        self.show_item()
        self.attendance.reload()
        if meeting is not None and self.isVisible():
            self._tick.start()

    def _editable(self) -> bool:
        meeting = self._ctx.current_meeting()
        return bool(meeting and meeting.minutes_state is MinutesState.DRAFT)

    def current_item(self) -> AgendaItem | None:
        return self._items[self._index] if 0 <= self._index < len(self._items) else None

    def go(self, index: int) -> None:
        if not self._items:
            return
        index = max(0, min(len(self._items) - 1, index))
        if index != self._index:
            self.flush()
            self._stash_draft()
            self._index = index
            self._started = time.monotonic()
            self.show_item()
        self.focus_note()

    def focus_note(self) -> None:
        """Focus the item's note: its last one, or a new one in draft minutes (an empty
        note is never printed); otherwise the panel itself. Never a widget outside."""
        if self.note_editors:
            editor = self.note_editors[-1].editor
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        elif self.current_item() is not None and self._editable():
            self._add_note(NoteKind.ACCOUNT)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        for editor in self.note_editors:
            editor.flush()

    # -- drafts per item ---------------------------------------------------------------------
    def _stash_draft(self) -> None:
        """Keep what was typed in the action and decision fields with the item on screen."""
        item = self.current_item()
        if item is None:
            return
        draft = {
            "what": self.action_what.text(),
            "who": self.action_who.text(),
            "due": date_of(self.action_due),
            "partner": self.action_partner.currentData(),
            "partner_chosen": self.action_partner.property("chosen"),
            "editing": self._editing_action,
            "why": self.decision_why.text(),
            "review": date_of(self.decision_review),
            "remarks": self.approval_remarks.text(),
        }
        typed = any(draft[k] for k in ("what", "who", "due", "why", "review", "remarks"))
        if typed or draft["editing"] is not None or draft["partner_chosen"]:
            self._drafts[item.id] = draft
        else:
            self._drafts.pop(item.id, None)

    def _restore_draft(self, item: AgendaItem | None) -> None:
        """The fields of `item`: its own draft, else empty (with the default partner)."""
        draft = self._drafts.pop(item.id, {}) if item is not None else {}
        self.action_what.setText(draft.get("what", ""))
        self.action_who.setText(draft.get("who", ""))
        set_date(self.action_due, draft.get("due"))
        self.decision_why.setText(draft.get("why", ""))
        set_date(self.decision_review, draft.get("review"))
        self.approval_remarks.setText(draft.get("remarks", ""))
        self._editing_action = draft.get("editing")
        self._fill_partners(item)
        if draft.get("partner_chosen"):
            self._select_partner(draft.get("partner"))
            self.action_partner.setProperty("chosen", True)
        self.action_problem.hide()
        self._show_editing()

    def _fill_partners(self, item: AgendaItem | None) -> None:
        """Who may carry an action of `item`: a case item's action needs one (it becomes a
        measure of the case), so the choice starts at the case's lead or team partner."""
        self.action_partner.blockSignals(True)
        self.action_partner.clear()
        self.action_partner.setProperty("chosen", False)
        session = self._ctx.session
        if item is not None and session is not None:
            choices = svc.action_partner_choices(session, item.id)
            self.action_partner.addItem(
                self.tr("– choose a partner –") if choices.required else self.tr("– none –"),
                None,
            )
            for partner_id, name in choices.partners:
                self.action_partner.addItem(name, partner_id)
            self._select_partner(choices.default)
        self.action_partner.blockSignals(False)

    def _select_partner(self, partner_id: object) -> None:
        self.action_partner.setCurrentIndex(max(0, self.action_partner.findData(partner_id)))

    def show_item(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and any(e.isAncestorOf(focused) for e in self.note_editors):
            # Focus stays in the panel (never the menu) while the old item's notes go.
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        for editor in self.note_editors:
            editor.flush()
            editor.hide()
            self.notes_layout.removeWidget(editor)
            editor.deleteLater()
        self.note_editors = []
        item = self.current_item()
        session = self._ctx.session
        self.position.setText(
            self.tr("Item {n} of {total}").format(n=self._index + 1, total=len(self._items))
            if item
            else ""
        )
        self._show_title()
        self.item_banner.setVisible(bool(item and item.off_record))
        self.item_off_record.blockSignals(True)
        self.item_off_record.setChecked(bool(item and item.off_record))
        self.item_off_record.blockSignals(False)
        self.decision_box.setVisible(bool(item and item.case_id is not None))
        self.feedback.setVisible(bool(item and item.case_id is not None))
        self._show_approval(item)
        self.previous.setEnabled(self._index > 0)
        self.next.setEnabled(self._index < len(self._items) - 1)
        self._restore_draft(item)
        self._show_summary()
        if item is None or session is None:
            self.action_model.set_actions([])
            self._show_timer()
            return
        for note in svc.notes_of_item(session, item.id):
            self._append_editor(note)
        self._show_actions()
        self._show_timer()

    def _show_title(self) -> None:
        item = self.current_item()
        if item is None:
            self.title.clear()
            return
        # An off-record item's own words stay off the projected screen in privacy mode.
        title = MASK if item.off_record and privacy_mode().enabled else item_title(item)
        self.title.setText(f"{self._index + 1}. {title}")

    def _show_summary(self) -> None:
        item, session = self.current_item(), self._ctx.session
        if item is None or item.case_id is None or session is None:
            self.case_summary.show_summary(None)
            return
        self.case_summary.show_summary(svc.case_summary(session, item.case_id))

    def _on_privacy_changed(self, _enabled: bool) -> None:
        self._show_title()
        self.case_summary.refresh()

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
        actions = svc.actions_of_item(session, item.id) if item and session else []
        self.action_model.set_actions(actions)
        self.action_list.resizeColumnToContents(ActionTableModel.WHO)
        has = bool(actions) and self._editable()
        self.action_correct.setEnabled(has)
        self.action_remove.setEnabled(has)

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
        self._show_title()
        self.agenda_changed.emit()

    def _item_call(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        """Runs a service call on the current item: a validation problem shows under the
        actions, another known error in a message box. True if it succeeded."""
        return bool(
            self._ctx.run_call(func, *args, on_problems=self._show_action_problems, **kwargs)
        )

    def _show_action_problems(self, problems: dict[str, str]) -> None:
        texts = []
        for field, problem in problems.items():
            if field == "partner":
                texts.append(self.tr("Choose the partner responsible for this action."))
                self.action_partner.setFocus()
            else:
                texts.append(problem_message(field, problem))
        self.action_problem.setText(" ".join(texts))
        self.action_problem.show()

    def _on_action_add_clicked(self) -> None:
        """Add the action typed for the item on screen, or save the correction of one."""
        item, session = self.current_item(), self._ctx.session
        if item is None or session is None or not self.actions_box.isEnabled():
            return
        self.action_problem.hide()
        partner = self.action_partner.currentData()
        fields = (
            self.action_what.text(),
            self.action_who.text(),
            date_of(self.action_due),
        )
        if self._editing_action is not None:
            done = self._item_call(
                svc.correct_action, session, self._editing_action, *fields, partner_id=partner
            )
        else:
            done = self._item_call(svc.add_action, session, item.id, *fields, partner_id=partner)
        if not done:
            return
        if self._editing_action is not None:
            self._ctx.status(self.tr("Action corrected."))
        self._drafts.pop(item.id, None)
        self._restore_draft(item)
        self.action_what.setFocus()
        self._show_actions()
        self._show_summary()

    def _selected_action(self) -> Any:
        index = self.action_list.currentIndex()
        if not index.isValid() and self.action_model.rowCount() == 1:
            return self.action_model.action_at(0)
        return self.action_model.action_at(index.row()) if index.isValid() else None

    def _on_action_correct_clicked(self) -> None:
        action = self._selected_action()
        if action is None or not self._editable():
            return
        self._editing_action = action.id
        self.action_what.setText(action.what)
        self.action_who.setText(action.who)
        set_date(self.action_due, action.due_on)
        self._select_partner(action.partner_id)
        self.action_partner.setProperty("chosen", True)
        self._show_editing()
        self.action_what.setFocus()

    def _end_correction(self) -> None:
        item = self.current_item()
        if item is not None:
            self._drafts.pop(item.id, None)
        self._restore_draft(item)

    def _show_editing(self) -> None:
        editing = self._editing_action is not None
        self.action_add.setText(self.tr("Save correction") if editing else self.tr("Add action"))
        self.action_cancel.setVisible(editing)

    def _on_action_remove_clicked(self) -> None:
        action, session = self._selected_action(), self._ctx.session
        if action is None or session is None or not self._editable():
            return
        question = self.tr("Remove this action?")
        if action.measure_id is not None:
            question = self.tr(
                "Remove this action? The measure it became in the case file is removed too."
            )
        if not self._ctx.confirm(question):
            return
        if self._item_call(svc.delete_action, session, action.id):
            if self._editing_action == action.id:
                self._end_correction()
            self._show_actions()
            self._show_summary()
            self._ctx.status(self.tr("Action removed."))

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
        self._show_summary()
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
        self._drafts.clear()
        self._editing_action = None
        self.action_partner.clear()
        self.action_model.set_actions([])
        self.case_summary.show_summary(None)
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
