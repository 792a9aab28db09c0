"""The meetings page: the list of meetings and the three tabs (prepare, run, minutes).
The page owns the panels and wires their signals; panels see only a MeetingContext."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.changes import Area
from livc_desktop.domain.errors import LivcError
from livc_desktop.domain.meetings import (
    DocumentKind,
    Meeting,
    MinutesState,
)
from livc_desktop.services import meetings as svc
from livc_desktop.services.background import ReadCancelled
from livc_desktop.services.exports import save_export
from livc_desktop.services.session import Session
from livc_desktop.ui import meeting_labels as ml
from livc_desktop.ui.destinations import ask_save_path
from livc_desktop.ui.messages import error_message
from livc_desktop.ui.models.meetings import (
    ROW_ROLE,
    MeetingFilterProxy,
    MeetingTableModel,
)
from livc_desktop.ui.operations import run_op, show_error
from livc_desktop.ui.pages.base import Page
from livc_desktop.ui.pages.meetings.context import MeetingContext
from livc_desktop.ui.pages.meetings.document import DocumentDialog
from livc_desktop.ui.pages.meetings.feedback import FeedbackDialog
from livc_desktop.ui.pages.meetings.minutes import MinutesPanel
from livc_desktop.ui.pages.meetings.prepare import PreparePanel
from livc_desktop.ui.pages.meetings.run import RunPanel
from livc_desktop.ui.widgets.flow import FlowLayout
from livc_desktop.ui.widgets.tabs import size_to_current_tab
from livc_desktop.ui.worker import run_in_background

log = logging.getLogger(__name__)


class MeetingsPage(Page):
    page_id = "meetings"
    icon_name = "x-office-calendar"
    # Attendees come from partners' contacts, agenda proposals from cases and signals.
    shows = frozenset({Area.MEETINGS, Area.PARTNERS, Area.CASES, Area.SIGNALS})
    #: True while meeting mode is on screen: the main window keeps keys out of its menu.
    keys_held = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._current_id: int | None = None
        self._current: Meeting | None = None
        self._locking = False
        self._lock_error: LivcError | None = None
        self._list_generation = 0  # the list asked for last (older answers are dropped)
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
        # Sized by the rows on screen, not by the first thousand of a long list.
        self.view.horizontalHeader().setResizeContentsPrecision(0)
        left_col.addWidget(self.view, 1)
        buttons = FlowLayout()
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
        self.context = MeetingContext(self)
        self.prepare_panel = PreparePanel(self.context)
        self.run_panel = RunPanel(self.context)
        self.minutes_panel = MinutesPanel(self.context)
        self.prepare_panel.attendance_changed.connect(self.run_panel.attendance.reload)
        self.run_panel.agenda_changed.connect(self.prepare_panel.reload_agenda)
        self.minutes_panel.content_needed.connect(self.run_panel.flush)
        self.prepare_panel.document_requested.connect(self._on_prepare_document_requested)
        self.feedback_dialog: FeedbackDialog | None = None
        self.document_dialog: DocumentDialog | None = None
        self.run_panel.feedback_requested.connect(self.open_feedback)
        self.minutes_panel.feedback_requested.connect(self.open_feedback)
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
        size_to_current_tab(self.tabs)
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
        self.model.retranslate()

    def set_session(self, session: Session | None) -> None:
        if session is None:
            # A feedback text being edited is not saved by a lock: saving would reset
            # everyone's consent. The dialog closes with the case content it shows.
            if self.feedback_dialog is not None:
                self.feedback_dialog.reject()
            if self.document_dialog is not None:
                self.document_dialog.reject()
                self.document_dialog = None
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
            self._list_generation += 1
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
            when.setDate(when.minimumDate())  # date editors here show "no date" there
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

    def _hold_keys(self) -> None:
        self.keys_held.emit(self.isVisible() and self.tabs.currentWidget() is self.run_panel)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._hold_keys()

    def hideEvent(self, event: Any) -> None:
        self.keys_held.emit(False)
        super().hideEvent(event)

    def refresh(self) -> None:
        if self.session is not None:
            self.reload(select=self._current_id)

    # -- helpers used by the panels ---------------------------------------------------------
    def current_meeting(self) -> Meeting | None:
        return self._current

    def ui_language(self) -> str:
        from PySide6.QtCore import QLocale

        return QLocale().name().split("_")[0]

    def reload(self, select: int | None = None) -> None:
        """The list of meetings and the chosen one (`select`, else the one shown, else the
        next meeting from today, else the latest). A long list is read on a worker thread
        (20,000 meetings take half a second); the chosen meeting shows at once."""
        session = self.session
        if session is None:
            return
        target = select if select is not None else self._current_id
        if target is not None and not svc.meeting_exists(session, target):
            target = None
        if target is None:
            target = svc.default_meeting_id(session)
        self._load_current(target)
        self._list_generation += 1
        generation = self._list_generation
        if svc.meeting_count(session) <= self.LIST_AT_ONCE:
            self._show_list(svc.list_meetings(session), target)
        else:

            def arrived(meetings: Any) -> None:
                if generation == self._list_generation and self.session is session:
                    self._show_list(meetings, self._current_id)

            def failed(exc: BaseException) -> None:
                if isinstance(exc, ReadCancelled) or generation != self._list_generation:
                    return
                raise exc  # a real failure: the application's error handler reports it

            run_in_background(
                lambda: session.read_in_background(svc.list_meetings), arrived, failed
            )

    #: Up to this many meetings the list is read at once, on the GUI thread.
    LIST_AT_ONCE = 300

    def _show_list(self, meetings: list[Meeting], target: int | None) -> None:
        """Shows `meetings` with `target` chosen in the list (its row, when the filter
        shows it); choosing it there loads nothing again (_on_view_current)."""
        self.model.set_meetings(meetings)
        row = self.model.row_of(target) if target is not None else -1
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid():
            self.view.selectionModel().setCurrentIndex(
                proxy_index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

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
        # The Minutes tab reads the printable minutes (every identity of the register
        # blanked): only when it is on screen, else when it is next shown.
        if self.tabs.currentWidget() is self.minutes_panel:
            self.minutes_panel.show_meeting()
        self._show_current()

    def _show_current(self) -> None:
        self.tabs.setEnabled(self._current is not None)
        self.delete_button.setEnabled(
            self._current is not None and self._current.minutes_state is MinutesState.DRAFT
        )
        self.new_button.setEnabled(self.session is not None)

    def run_call(
        self,
        func: Callable[..., Any],
        *args: Any,
        on_problems: Callable[[dict[str, str]], None] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Run a service call through the operation runner (its error shown in one place,
        its changes announced to the other pages). Returns the result, or None on error
        (True for calls that return nothing)."""
        if self._locking:
            return self._run_while_locking(func, *args, **kwargs)
        if self.session is None:
            return None
        outcome = run_op(
            self,
            self.session,
            lambda: func(*args, **kwargs),
            title=self.title(),
            announce=self.announce,
            on_problems=on_problems,
        )
        if outcome is None:
            return None
        return True if outcome.value is None else outcome.value

    def _run_while_locking(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """A lock saves quietly: no dialog (it would wait with data on screen); a failure
        is kept, by its code only, and told after the next unlock."""
        try:
            result = func(*args, **kwargs)
        except LivcError as exc:
            log.warning("not saved while locking: %s", exc.code)
            self._lock_error = exc
            return None
        except Exception as exc:
            # A lock must always complete; the type name only, never content.
            log.warning("not saved while locking: %s", type(exc).__name__)
            self._lock_error = LivcError(type(exc).__name__)
            return None
        return True if result is None else result

    def status(self, message: str) -> None:
        self.status_message.emit(message)

    def show_error(self, exc: LivcError) -> None:
        show_error(self, exc, self.title())

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.title(), question)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, text: str) -> None:
        QMessageBox.information(self, self.title(), text)

    def show_document(self, kind: DocumentKind, data: bytes, name: str) -> None:
        """The invitation and the attendance sheet open over the Prepare tab, where they
        are made, under their own name (never in the minutes tab)."""
        meeting = self._current
        if meeting is None:
            return
        title = self.tr("{document}, meeting of {date}").format(
            document=ml.document_kind_label(kind), date=ml.ui_date(meeting.on_date)
        )
        dialog = DocumentDialog(title, data, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(lambda: self.save_bytes(kind, data, name, "pdf"))
        dialog.finished.connect(lambda _r: setattr(self, "document_dialog", None))
        self.document_dialog = dialog
        dialog.open()

    def _on_prepare_document_requested(self, kind: DocumentKind) -> None:
        builders = {
            DocumentKind.INVITATION: svc.invitation_pdf,
            DocumentKind.ATTENDANCE_SHEET: svc.attendance_sheet_pdf,
        }
        self.export(kind, builders[kind])

    def export(self, kind: DocumentKind, build: Callable[..., bytes]) -> None:
        meeting = self._current
        if self.session is None or meeting is None:
            return
        labels = self.context.document_labels()
        data = build(self.session, meeting.id, labels)
        name = ml.document_file_name(kind, labels.language, meeting.on_date)
        self.show_document(kind, data, name)

    def save_bytes(
        self, kind: DocumentKind, data: bytes, name: str, suffix: str, case_id: int | None = None
    ) -> None:
        meeting = self._current
        if self.session is None or meeting is None:
            return
        target = ask_save_path(
            self, self.tr("Save as"), str(Path.home() / name), f"*.{suffix}", f".{suffix}"
        )
        if target is None:
            return
        try:
            save_export(
                self.session,
                target,
                data,
                document=kind.value,
                meeting_id=meeting.id,
                case_id=case_id,
            )
        except LivcError as exc:
            self.show_error(exc)
            return
        except OSError:
            QMessageBox.warning(self, self.title(), self.tr("The file could not be written."))
            return
        self.status_message.emit(self.tr("Saved: {name}").format(name=target.name))

    def open_feedback(self, case_id: int, case_code: str) -> None:
        """The feedback text of one case and everyone's consent to it, over the page
        (window-modal: the meeting on screen cannot change underneath it)."""
        if self.session is None or self._current is None:
            return
        self.run_panel.flush()
        if self.feedback_dialog is not None:
            self.feedback_dialog.reject()
        dialog = FeedbackDialog(self.context, case_id, case_code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.feedback_changed.connect(self.minutes_panel.refresh_feedback)
        dialog.preview_requested.connect(self._on_feedback_preview_requested)
        dialog.finished.connect(self._on_feedback_finished)
        self.feedback_dialog = dialog
        dialog.open()

    # -- slots -------------------------------------------------------------------------------
    def _on_feedback_finished(self, _result: int) -> None:
        self.feedback_dialog = None
        self.minutes_panel.refresh_feedback()

    def _on_feedback_preview_requested(self, case_id: int) -> None:
        self.tabs.setCurrentWidget(self.minutes_panel)
        self.minutes_panel.show_feedback_sheet(case_id)

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
            date.today() + timedelta(days=7),
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

    def _on_tabs_changed(self, index: int) -> None:
        # Meeting mode is a focused screen: the list steps aside while a meeting runs.
        running = self.tabs.widget(index) is self.run_panel
        self.list_panel.setVisible(not running)
        self._hold_keys()
        if running and self._current is not None:
            self.run_panel.load(keep_index=True)
            if self.isActiveWindow():  # keys go to the item's note, not to the tab bar
                self.run_panel.focus_note()
        if self.tabs.widget(index) is self.minutes_panel:
            self.run_panel.flush()
            self.minutes_panel.show_meeting()
