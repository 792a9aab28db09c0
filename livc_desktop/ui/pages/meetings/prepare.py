"""The Prepare tab: the meeting's details, its agenda (proposals from the cases feature,
order, durations, off-record and secrecy marks), invitations, calendar file and series."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.meetings import (
    AgendaItem,
    DocumentKind,
    ItemKind,
    Meeting,
    MinutesState,
    Recurrence,
    expected_end,
)
from livc_desktop.services import meetings as svc
from livc_desktop.ui import meeting_labels as ml
from livc_desktop.ui.messages import problem_message
from livc_desktop.ui.models.meetings import (
    AgendaTableModel,
)
from livc_desktop.ui.pages.meetings.common import (
    date_edit,
    date_of,
    problem_label,
    retranslate_date,
    set_date,
)
from livc_desktop.ui.pages.meetings.context import MeetingContext
from livc_desktop.ui.widgets.date_edits import (
    hhmm,
    optional_time_edit,
    retranslate_optional_time,
    set_hhmm,
)
from livc_desktop.ui.widgets.flow import FlowLayout
from livc_desktop.ui.widgets.sizing import show_rows


class PreparePanel(QWidget):
    """Details and agenda of the meeting on screen."""

    attendance_changed = Signal()  # table members were invited
    document_requested = Signal(object)  # DocumentKind: shown in the Minutes tab

    def __init__(self, ctx: MeetingContext) -> None:
        super().__init__()
        self._ctx = ctx
        outer = QVBoxLayout(self)
        self.details = QGroupBox()
        form = QFormLayout(self.details)
        self._form = form
        self.table = QComboBox()
        self.table.setObjectName("meeting_table")
        self.case = _CaseCombo(self._fill_case_list)
        self._cases_filled = False
        self._showing = False
        self.case.setObjectName("meeting_case")
        # "No date" is refused on saving (required), with the message under the field.
        self.on_date = date_edit("meeting_date", optional=True)
        self.start_time = optional_time_edit("meeting_start")
        self.end_time = optional_time_edit("meeting_end")
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
            self.problems[key] = problem_label(f"problem_{key}")
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
        show_rows(self.agenda_view, 6)
        agenda_layout.addWidget(self.agenda_view)
        self.timing = QLabel()
        self.timing.setObjectName("agenda_timing")
        agenda_layout.addWidget(self.timing)
        row = FlowLayout()  # wraps rather than widen the window
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
        self.pick = QPushButton()
        self.pick.setObjectName("agenda_pick")
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.new_title, 1)
        add_row.addWidget(self.add)
        agenda_layout.addLayout(add_row)
        propose_row = QHBoxLayout()
        propose_row.addStretch(1)
        propose_row.addWidget(self.pick)
        propose_row.addWidget(self.propose)
        agenda_layout.addLayout(propose_row)
        self.agenda_problem = problem_label("agenda_problem")
        agenda_layout.addWidget(self.agenda_problem)
        outer.addWidget(self.agenda_box, 1)

        self.docs_box = QGroupBox()
        docs = QVBoxLayout(self.docs_box)
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
        # Rows that wrap rather than widen the window (ui/widgets/flow.py).
        documents, repeats = FlowLayout(), FlowLayout()
        for button in (self.invite_members, self.invitation, self.sheet, self.ics, self.sent):
            documents.addWidget(button)
        for part in (self.rule, self.count, self._every_label, self.every, self.repeat):
            repeats.addWidget(part)
        docs.addLayout(documents)
        docs.addLayout(repeats)
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
        self.pick.clicked.connect(self._on_pick_clicked)
        self.invite_members.clicked.connect(self._on_invite_members_clicked)
        self.invitation.clicked.connect(
            lambda: self.document_requested.emit(DocumentKind.INVITATION)
        )
        self.sheet.clicked.connect(
            lambda: self.document_requested.emit(DocumentKind.ATTENDANCE_SHEET)
        )
        self.ics.clicked.connect(self._on_ics_clicked)
        self.sent.clicked.connect(self._on_sent_clicked)
        self.repeat.clicked.connect(self._on_repeat_clicked)

    def retranslate(self) -> None:
        retranslate_date(self.on_date)
        retranslate_optional_time(self.start_time)
        retranslate_optional_time(self.end_time)
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
        self.pick.setText(self.tr("Add a case or signal…"))
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
        kinds = list(self._ctx.session.profile().tables) if self._ctx.session else []
        for kind in kinds or list(TableKind):
            self.table.addItem(ml.table_label(kind), kind.value)
        if current:
            self.table.setCurrentIndex(max(0, self.table.findData(current)))

    def _show_case_choice(self) -> None:
        is_team = self.table.currentData() == TableKind.CASE_TEAM.value
        self._form.setRowVisible(1, is_team)  # row 1: the case of a case-team meeting
        if is_team and not self._showing:
            self._fill_case_list()  # made a case-team meeting: its case is chosen next

    def _fill_cases(self, selected: int | None) -> None:
        """The choice of the case of a case-team meeting: "–" and the meeting's own case;
        every case of the register (up to 50,000) only once the choice is opened or
        focused (_CaseCombo)."""
        self._cases_filled = False
        self.case.clear()
        self.case.addItem("–", None)
        session = self._ctx.session
        if session is not None and selected is not None:
            code = svc.case_code(session, selected)
            if code:
                self.case.addItem(code, selected)
                self.case.setCurrentIndex(1)

    def _fill_case_list(self) -> None:
        if self._cases_filled or self._ctx.session is None:
            return
        self._cases_filled = True
        chosen = self.case.currentData()
        self.case.blockSignals(True)
        self.case.clear()
        self.case.addItem("–", None)
        for case_id, code in svc.case_choices(self._ctx.session):
            self.case.addItem(code, case_id)
        self.case.setCurrentIndex(max(0, self.case.findData(chosen)))
        self.case.blockSignals(False)

    def clear(self) -> None:
        self.case.clear()
        self._cases_filled = False
        set_date(self.on_date, None)
        for w in (
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
        self._fill_cases(meeting.case_id)
        self._showing = True
        try:
            self.table.setCurrentIndex(max(0, self.table.findData(meeting.table_kind.value)))
            self._show_case_choice()
        finally:
            self._showing = False
        set_date(self.on_date, meeting.on_date)
        set_hhmm(self.start_time, meeting.start_time)
        set_hhmm(self.end_time, meeting.end_time)
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
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None:
            return
        items = svc.agenda(session, meeting.id)
        self.agenda_model.set_items(items, meeting.start_time)
        total = sum(i.planned_minutes for i in items)
        end = expected_end(meeting.start_time, [i.planned_minutes for i in items])
        self.timing.setText(
            self.tr(
                "%n items, {total} minutes in total; expected end {end}", "", len(items)
            ).format(total=total, end=end or "–")
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
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None:
            return
        fields = {
            "table_kind": str(self.table.currentData() or meeting.table_kind.value),
            "case_id": (
                self.case.currentData()
                if self.table.currentData() == TableKind.CASE_TEAM.value
                else None
            ),
            "on_date": date_of(self.on_date),
            "start_time": hhmm(self.start_time),
            "end_time": hhmm(self.end_time),
            "place": self.place.text().strip(),
            "chair": self.chair.text().strip(),
            "minute_taker": self.minute_taker.text().strip(),
        }
        for label in self.problems.values():
            label.hide()
        if not self._ctx.run_call(
            svc.update_meeting, session, meeting.id, **fields, on_problems=self._show_problems
        ):
            return
        self._ctx.reload(select=meeting.id)
        self._ctx.status(self.tr("Meeting saved."))

    def _show_problems(self, problems: dict[str, str]) -> None:
        for field, problem in problems.items():
            if field in self.problems:
                self.problems[field].setText(problem_message(field, problem))
                self.problems[field].show()

    def _on_agenda_order_changed(self, ids: list[int]) -> None:
        meeting = self._ctx.current_meeting()
        if self._ctx.session and meeting:
            selected = self.selected_item()
            self._ctx.run_call(svc.reorder_items, self._ctx.session, meeting.id, ids)
            self.reload_agenda(select_id=selected.id if selected else None)

    def _move(self, delta: int) -> None:
        item = self.selected_item()
        if item is None or self._ctx.session is None:
            return
        if self._ctx.run_call(svc.move_item, self._ctx.session, item.id, delta):
            self.reload_agenda(select_id=item.id)

    def _on_minutes_edited(self) -> None:
        item = self.selected_item()
        if item and self._ctx.session and item.planned_minutes != self.minutes.value():
            self._ctx.run_call(
                svc.update_item, self._ctx.session, item.id, planned_minutes=self.minutes.value()
            )
            self.reload_agenda(select_id=item.id)

    def _on_item_flags_clicked(self) -> None:
        item = self.selected_item()
        if item and self._ctx.session:
            self._ctx.run_call(
                svc.update_item,
                self._ctx.session,
                item.id,
                off_record=self.item_off_record.isChecked(),
                secret=self.item_secret.isChecked(),
            )
            self.reload_agenda(select_id=item.id)

    def _on_remove_clicked(self) -> None:
        item = self.selected_item()
        if item is None or self._ctx.session is None:
            return
        if self._ctx.confirm(self.tr("Remove this agenda item and everything noted on it?")):
            self._ctx.run_call(svc.delete_item, self._ctx.session, item.id)
            self.reload_agenda()

    def _on_add_clicked(self) -> None:
        meeting = self._ctx.current_meeting()
        if meeting is None or self._ctx.session is None:
            return
        kind = ItemKind(str(self.new_kind.currentData() or "general"))
        self.agenda_problem.hide()
        item_id = self._ctx.run_call(
            svc.add_item,
            self._ctx.session,
            meeting.id,
            kind,
            self.new_title.text().strip(),
            10,
            on_problems=self._show_agenda_problems,
        )
        if not item_id:
            return
        self.new_title.clear()
        self.reload_agenda(select_id=item_id)

    def _show_agenda_problems(self, problems: dict[str, str]) -> None:
        field, problem = next(iter(problems.items()))
        self.agenda_problem.setText(problem_message(field, problem))
        self.agenda_problem.show()

    def _on_propose_clicked(self) -> None:
        meeting = self._ctx.current_meeting()
        if meeting and self._ctx.session:
            added = self._ctx.run_call(svc.propose_agenda, self._ctx.session, meeting.id)
            if added is None:
                return
            self.reload_agenda()
            if added is True or not added:
                self._ctx.status(
                    self.tr(
                        "Nothing to propose: every case and signal that asks for this "
                        "meeting is on the agenda already."
                    )
                )
                return
            self._ctx.status(self.tr("%n items proposed.", "", len(added)))

    def _on_pick_clicked(self) -> None:
        """Any case or signal, chosen by code or pseudonym."""
        from livc_desktop.ui.pages.meetings.picker import AgendaPickerDialog

        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None:
            return
        dialog = AgendaPickerDialog(svc.agenda_choices(session, meeting.id), self)
        if dialog.exec() != AgendaPickerDialog.DialogCode.Accepted:
            return
        choice = dialog.chosen()
        if choice is None:
            return
        item_id = self._ctx.run_call(
            svc.add_to_agenda,
            session,
            meeting.id,
            case_id=choice.case_id,
            signal_id=choice.signal_id,
        )
        if item_id:
            self.reload_agenda(select_id=int(item_id))
            self._ctx.status(self.tr("{code} is on the agenda.").format(code=choice.code))

    def _on_invite_members_clicked(self) -> None:
        meeting, session = self._ctx.current_meeting(), self._ctx.session
        if meeting is None or session is None:
            return
        outcome = self._ctx.run_call(svc.invite_table_members, session, meeting.id)
        if not isinstance(outcome, svc.InviteOutcome):
            return
        self.attendance_changed.emit()
        table = ml.table_label(meeting.table_kind)
        if outcome.members == 0 and outcome.partners_at_table == 0:
            self._ctx.inform(
                self.tr(
                    'Nobody was invited: no partner is ticked for the table "{table}" '
                    "yet. On the Partners page, open each partner who sits at this table, "
                    'tick "{table}" under Tables and save; then click this button again.'
                ).format(table=table)
            )
        elif outcome.members == 0:
            self._ctx.inform(
                self.tr(
                    'Nobody was invited: the partners ticked for the table "{table}" have '
                    "no active contact person. Add a contact to each of them on the Partners "
                    "page; then click this button again."
                ).format(table=table)
            )
        elif outcome.added == 0:
            self._ctx.status(self.tr("Everyone at this table is invited already."))
        else:
            self._ctx.status(self.tr("%n members invited.", "", outcome.added))

    def _on_ics_clicked(self) -> None:
        session, meeting = self._ctx.session, self._ctx.current_meeting()
        if session is None or meeting is None:
            return
        summary = self.tr("LIVC meeting: {table}").format(table=ml.table_label(meeting.table_kind))
        data = svc.ics_bytes(session, meeting.id, summary)
        language = self._ctx.document_labels().language
        name = ml.document_file_name(DocumentKind.CALENDAR, language, meeting.on_date, suffix="ics")
        self._ctx.save_bytes(DocumentKind.CALENDAR, data, name, "ics")

    def _on_sent_clicked(self) -> None:
        meeting = self._ctx.current_meeting()
        if (
            meeting
            and self._ctx.session
            and self._ctx.run_call(svc.mark_agenda_sent, self._ctx.session, meeting.id)
        ):
            self._ctx.status(self.tr("The agenda as sent is kept."))

    def _on_repeat_clicked(self) -> None:
        meeting = self._ctx.current_meeting()
        if meeting is None or self._ctx.session is None:
            return
        rule = Recurrence(str(self.rule.currentData() or "monthly"))
        ids = self._ctx.run_call(
            svc.make_recurring,
            self._ctx.session,
            meeting.id,
            rule,
            self.count.value(),
            self.every.value(),
        )
        if ids is None:
            return
        self._ctx.reload(select=meeting.id)
        self._ctx.status(self.tr("%n meetings added.", "", len(ids)))


class _CaseCombo(QComboBox):
    """A combo box that lists its choices only when they are about to be used."""

    def __init__(self, fill: Any) -> None:
        super().__init__()
        self._fill = fill

    def showPopup(self) -> None:
        self._fill()
        super().showPopup()

    def focusInEvent(self, event: Any) -> None:
        self._fill()  # keys on a closed box step through the whole list too
        super().focusInEvent(event)
