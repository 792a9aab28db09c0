"""Signals: the queue awaiting weighing (oldest first), intake and triage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from livc_desktop.domain.changes import Area
from livc_desktop.domain.errors import LivcError
from livc_desktop.services import signals as signal_service
from livc_desktop.services.register import Session
from livc_desktop.ui import next_meeting
from livc_desktop.ui.case_labels import named
from livc_desktop.ui.dialogs.case_file import CaseFileDialog, make_table, selected_row
from livc_desktop.ui.dialogs.signal_forms import SignalIntakeDialog, TriageDialog
from livc_desktop.ui.models.signal_models import SignalListModel
from livc_desktop.ui.pages.base import Page
from livc_desktop.ui.widgets.flow import FlowLayout

VIEW_AWAITING = "awaiting"
VIEW_RECENT = "recent"


class SignalsPage(Page):
    page_id = "signals"
    shows = frozenset({Area.SIGNALS, Area.CASES, Area.PARTNERS})
    icon_name = "mail-mark-important"

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = named(QLabel(), "signals_heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        top.addWidget(self.heading)
        top.addStretch(1)
        self.view_choice = named(QComboBox(), "signals_view_choice")
        self.view_choice.currentIndexChanged.connect(self._on_view_choice_changed)
        top.addWidget(self.view_choice)
        # The buttons wrap onto a second line rather than widen the window.
        buttons = FlowLayout()
        self.new_button = named(QPushButton(), "new_signal")
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.triage_button = named(QPushButton(), "triage_signal")
        self.triage_button.clicked.connect(self._on_triage_button_clicked)
        self.next_meeting_button = named(QPushButton(), "signal_next_meeting")
        self.next_meeting_button.clicked.connect(self._on_next_meeting_button_clicked)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.triage_button)
        buttons.addWidget(self.next_meeting_button)
        # The reporting form partners fill in, and the import of a filled one.
        self.form_button = named(QPushButton(), "intake_form_pdf")
        self.form_button.clicked.connect(self._on_form_button_clicked)
        self.import_button = named(QPushButton(), "intake_form_import")
        self.import_button.clicked.connect(self._on_import_button_clicked)
        buttons.addWidget(self.form_button)
        buttons.addWidget(self.import_button)
        layout.addLayout(top)
        layout.addLayout(buttons)
        self.hint = named(QLabel(), "signals_hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        # The queue holds ids only and reads the rows in view (it grows with the
        # register): no proxy; SQLite sorts (SignalListModel).
        self.model = SignalListModel(self)
        self._pending_signal: int | None = None
        self.model.completed.connect(self._on_model_completed)
        self.view = make_table(
            "signals_view",
            self.model,  # type: ignore[arg-type]
            SignalListModel.COL_OBSERVED,
            fit_on_load=True,
        )
        unused_proxy = self.view.model()
        self.view.setModel(self.model)
        unused_proxy.deleteLater()
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)
        self._kept_selection: int | None = None
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Signals")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Signals"))
        current = self.view_choice.currentData() or VIEW_AWAITING
        self.view_choice.blockSignals(True)
        self.view_choice.clear()
        self.view_choice.addItem(self.tr("Awaiting weighing (oldest first)"), VIEW_AWAITING)
        self.view_choice.addItem(self.tr("All recent signals"), VIEW_RECENT)
        self.view_choice.setCurrentIndex(0 if current == VIEW_AWAITING else 1)
        self.view_choice.blockSignals(False)
        self.new_button.setText(self.tr("New signal…"))
        self.triage_button.setText(self.tr("Weigh…"))
        self.next_meeting_button.setText(next_meeting.button_text())
        self.form_button.setText(self.tr("Reporting form…"))
        self.import_button.setText(self.tr("Import filled form…"))
        self.model.retranslate()
        self._update_hint()

    def set_session(self, session: Session | None) -> None:
        super().set_session(session)
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        recent = self.view_choice.currentData() == VIEW_RECENT
        self.model.session = self.session
        self.model.recent = signal_service.RECENT_LIMIT if recent else None
        # The queue oldest first, the recent ones newest first: one query (the header's
        # own signal would sort a second time).
        order = Qt.SortOrder.DescendingOrder if recent else Qt.SortOrder.AscendingOrder
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(SignalListModel.COL_RECEIVED, order)
        header.blockSignals(False)
        self.model.sort(SignalListModel.COL_RECEIVED, order)
        self._update_hint()
        self._update_buttons()

    def show_signal(self, signal_id: int) -> bool:
        """Select one signal (the search opens it here): in the queue if it awaits weighing,
        else among the recent ones. False when neither list holds it (an old one)."""
        if self.session is None:
            return False
        try:
            row = signal_service.get_signal(self.session, signal_id)
        except LivcError:
            return False
        wanted = VIEW_AWAITING if row.status.value == "awaiting" else VIEW_RECENT
        if self.view_choice.currentData() != wanted:
            self.view_choice.setCurrentIndex(self.view_choice.findData(wanted))
        if self.model.row_of(signal_id) < 0 and not self.model.complete:
            # A long queue shows its first screen first: select it once the rest is in.
            self._pending_signal = signal_id
            return True
        return self._select_signal(signal_id)

    def _select_signal(self, signal_id: int) -> bool:
        position = self.model.row_of(signal_id)
        if position < 0:
            return False
        index = self.model.index(position, 0)
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        self.view.setFocus()
        return True

    def _on_model_completed(self) -> None:
        signal_id, self._pending_signal = self._pending_signal, None
        if signal_id is not None:
            self._select_signal(signal_id)

    def _update_hint(self) -> None:
        if self.session is None:
            self.hint.setText("")
            return
        if self.view_choice.currentData() == VIEW_AWAITING:
            n = signal_service.count_awaiting(self.session)
            self.hint.setText(
                self.tr("%n signals await weighing. Weigh them together with the partners.", "", n)
                if n
                else self.tr("No signal awaits weighing.")
            )
        else:
            self.hint.setText("")

    def _update_buttons(self) -> None:
        has = self.session is not None
        self.new_button.setEnabled(has)
        self.form_button.setEnabled(has)
        self.import_button.setEnabled(has)
        row = selected_row(self.view)
        self.triage_button.setEnabled(
            has and row is not None and row.status.value == "awaiting"  # type: ignore[attr-defined]
        )
        self.next_meeting_button.setEnabled(has and row is not None)

    # -- slots -------------------------------------------------------------------------------
    def _on_view_choice_changed(self, _index: int) -> None:
        self.reload()

    def _on_view_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    # A new list of ids resets the model: the selected signal stays selected when it is
    # still in the list (a sort keeps it by itself).
    def _on_model_about_to_be_reset(self) -> None:
        row = selected_row(self.view)
        self._kept_selection = getattr(row, "id", None)

    def _on_model_reset(self) -> None:
        signal_id, self._kept_selection = self._kept_selection, None
        position = self.model.row_of(signal_id) if signal_id is not None else -1
        if position >= 0:
            self.view.selectRow(position)
        self._update_buttons()

    def _on_new_button_clicked(self) -> None:
        if self.session is None:
            return
        dialog = SignalIntakeDialog(self.session, self)
        if self.run_dialog(dialog):
            self.reload()
            self.status_message.emit(self.tr("Signal saved."))

    def _on_form_button_clicked(self) -> None:
        if self.session is None:
            return
        from livc_desktop.ui.dialogs.intake_form import save_blank_form

        saved = save_blank_form(self, self.session)
        if saved is not None:
            self.status_message.emit(self.tr("Saved: {file}").format(file=saved.name))

    def _on_import_button_clicked(self) -> None:
        if self.session is None:
            return
        from livc_desktop.ui.dialogs.intake_form import ask_filled_form

        proposed = ask_filled_form(self, self.session)
        if proposed is None:
            return
        dialog = SignalIntakeDialog(self.session, self, proposed)
        if self.run_dialog(dialog):
            self.reload()
            self.status_message.emit(self.tr("Signal saved."))

    def _on_triage_button_clicked(self) -> None:
        row = selected_row(self.view)
        if self.session is None or row is None:
            return
        dialog = TriageDialog(self.session, row, self)  # type: ignore[arg-type]
        if self.run_dialog(dialog):
            self.reload()
            if dialog.case_id is not None:
                CaseFileDialog(self.session, dialog.case_id, self).exec()

    def _on_next_meeting_button_clicked(self) -> None:
        row = selected_row(self.view)
        if self.session is None or row is None:
            return
        next_meeting.put_on_next_meeting(
            self,
            self.session,
            signal_id=row.id,  # type: ignore[attr-defined]
            announce=self.data_changed.emit,
        )

    def _on_view_double_clicked(self, _index: object) -> None:
        row = selected_row(self.view)
        if row is None or self.session is None:
            return
        if row.status.value == "awaiting":  # type: ignore[attr-defined]
            self._on_triage_button_clicked()
        elif row.case_id is not None:  # type: ignore[attr-defined]
            CaseFileDialog(self.session, row.case_id, self).exec()  # type: ignore[attr-defined]
