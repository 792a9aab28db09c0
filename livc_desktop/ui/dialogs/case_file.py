"""The case file: one window per case with tabs overview, timeline, team, measures,
information, flag history and linked signals. Opening it is recorded ("case_opened");
the identity stays hidden until the explicit, recorded "Reveal identity"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.cases import Cooperation, CooperationKind, Identity, MeasureStatus, Phase
from livc_desktop.domain.errors import LivcError
from livc_desktop.services import cases as case_service
from livc_desktop.services import signals as signal_service
from livc_desktop.services.register import Session
from livc_desktop.storage.case_rows import CaseRow, InfoRow
from livc_desktop.ui import case_labels as L
from livc_desktop.ui import dates, next_meeting
from livc_desktop.ui.case_labels import named
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.dialogs.case_forms import (
    CaseEditDialog,
    FlagChangeDialog,
    IdentityDialog,
    InformationDialog,
    InformationRemoveDialog,
    MeasureDialog,
    MeasureStatusDialog,
    PhaseChangeDialog,
    TeamJoinDialog,
    TeamLeaveDialog,
)
from livc_desktop.ui.dialogs.case_transfer import ProvenanceLabel, TransferCaseButton
from livc_desktop.ui.dialogs.form_fields import (
    RegisterForm,
    combo,
    date_edit,
    enum_data,
)
from livc_desktop.ui.forms import close_on_lock
from livc_desktop.ui.messages import error_message
from livc_desktop.ui.models.case_models import (
    FlagHistoryModel,
    InfoTableModel,
    MeasureTableModel,
    TeamTableModel,
    TimelineModel,
)
from livc_desktop.ui.models.signal_models import SignalTableModel
from livc_desktop.ui.privacy import privacy_mode
from livc_desktop.ui.retention_actions import save_subject_access_pdf
from livc_desktop.ui.widgets.case_tables import make_table, selected_row
from livc_desktop.ui.widgets.flag_badge import FlagBadge, FlagBadgeDelegate


class CooperationDialog(RegisterForm):
    def __init__(self, session: Session, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("cooperation_dialog")
        self.setWindowTitle(self.tr("Also followed by"))
        self.case = case
        self.kind = combo("kind", [(L.cooperation_label(k), k) for k in CooperationKind])
        self.name = named(QLineEdit(), "name")
        self.name.setMaxLength(200)
        self.contact = named(QLineEdit(), "contact")
        self.contact.setMaxLength(200)
        self.exchanged_on = date_edit(None, "exchanged_on")
        self.add_row("kind", self.tr("Followed by"), self.kind)
        self.add_row("name", self.tr("Name"), self.name)
        self.add_row("contact", self.tr("Contact"), self.contact)
        self.add_row("exchanged_on", self.tr("Date of exchange"), self.exchanged_on)

    def save(self) -> None:
        case_service.add_cooperation(
            self.session,
            self.case.id,
            Cooperation(
                kind=enum_data(self.kind, CooperationKind) or CooperationKind.OTHER_LIVC,
                name=self.name.text(),
                contact=self.contact.text(),
                exchanged_on=dates.from_qdate(self.exchanged_on.date()),
            ),
        )


class CaseFileDialog(QDialog):
    """Everything about one case. Emits `case_changed(case_id)` after every write."""

    case_changed = Signal(int)

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_file_dialog")
        self.session = session
        self.case_id = case_id
        self.case: CaseRow = case_service.open_case_file(session, case_id)
        close_on_lock(self, session)
        self.identity: Identity | None = None  # only after "Reveal identity"
        self.resize(1000, 640)  # fits a 1280x720 projector with its task bar
        self._build()
        privacy_mode().changed.connect(self._on_privacy_changed)
        # The platform's Close keys (Ctrl+W, Ctrl+F4) besides Escape.
        QShortcut(QKeySequence.StandardKey.Close, self, self.reject)
        self.reload()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.code_label = named(QLabel(), "case_code")
        self.code_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.flag_badge = FlagBadge()
        self.phase_label = named(QLabel(), "case_phase")
        head.addWidget(self.code_label)
        head.addSpacing(12)
        head.addWidget(self.flag_badge)
        head.addSpacing(12)
        head.addWidget(self.phase_label)
        head.addStretch(1)
        self.flag_button = named(QPushButton(self.tr("Change flag…")), "change_flag")
        self.phase_button = named(QPushButton(self.tr("Change phase…")), "change_phase")
        self.edit_button = named(QPushButton(self.tr("Edit case data…")), "edit_case")
        for b in (self.flag_button, self.phase_button, self.edit_button):
            head.addWidget(b)
        self.flag_button.clicked.connect(self._on_flag_button_clicked)
        self.phase_button.clicked.connect(self._on_phase_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        layout.addLayout(head)
        self.provenance = ProvenanceLabel(self)
        layout.addWidget(self.provenance)

        self.tabs = named(QTabWidget(), "case_tabs")
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_overview(), self.tr("Overview"))

        # The tables are made when their tab is first shown (or asked for): six table
        # views were a third of the time it took to open a case file.
        self._views: dict[str, QTableView] = {}
        self._view_makers: dict[str, tuple[Callable[[], QTableView], QWidget]] = {}
        self.timeline_model = TimelineModel(self)
        self.tabs.addTab(self._lazy_view("timeline", self._make_timeline_view), self.tr("Timeline"))

        self.team_model = TeamTableModel(self)
        self.tabs.addTab(
            self._with_buttons(
                self._lazy_view(
                    "team", lambda: make_table("team_view", self.team_model, fit_on_load=True)
                ),
                [
                    (self.tr("Add partner…"), "team_add", self._on_team_add_clicked),
                    (self.tr("Partner leaves…"), "team_leave", self._on_team_leave_clicked),
                ],
            ),
            self.tr("Team"),
        )

        self.measure_model = MeasureTableModel(self)
        self.tabs.addTab(
            self._with_buttons(
                self._lazy_view(
                    "measure",
                    lambda: make_table(
                        "measure_view",
                        self.measure_model,
                        MeasureTableModel.COL_WHAT,
                        fit_on_load=True,
                    ),
                ),
                [
                    (self.tr("New measure…"), "measure_add", self._on_measure_add_clicked),
                    (
                        self.tr("Follow up…"),
                        "measure_follow_up",
                        self._on_measure_follow_up_clicked,
                    ),
                ],
            ),
            self.tr("Measures"),
        )

        self.info_model = InfoTableModel(self)
        self.tabs.addTab(
            self._with_buttons(
                self._lazy_view("info", self._make_info_view),
                [
                    (self.tr("New information…"), "info_add", self._on_info_add_clicked),
                    (self.tr("Correct…"), "info_correct", self._on_info_correct_clicked),
                    (self.tr("Remove…"), "info_remove", self._on_info_remove_clicked),
                ],
            ),
            self.tr("Information"),
        )

        # Correct and remove act on one chosen item (and on open cases only, see reload).
        self.info_selection_buttons = [
            b for b in self._tab_buttons if b.objectName() in ("info_correct", "info_remove")
        ]

        self.flag_model = FlagHistoryModel(self)
        self.tabs.addTab(self._lazy_view("flag", self._make_flag_view), self.tr("Flag history"))

        self.signal_model = SignalTableModel(self)
        self.tabs.addTab(
            self._lazy_view(
                "signal",
                lambda: make_table(
                    "linked_signals_view",
                    self.signal_model,
                    SignalTableModel.COL_OBSERVED,
                    fit_on_load=True,
                ),
            ),
            self.tr("Linked signals"),
        )
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        # Switchable here too (the main window's toolbar is out of reach behind this file).
        self.privacy_button = named(QPushButton(self.tr("Privacy mode")), "case_privacy")
        self.privacy_button.setCheckable(True)
        self.privacy_button.setChecked(privacy_mode().enabled)
        self.privacy_button.setToolTip(
            self.tr("Mask the identity and what was observed (Ctrl+Shift+P)")
        )
        self.privacy_button.toggled.connect(privacy_mode().set_enabled)
        close = named(QPushButton(self.tr("Close")), "close_case_file")
        close.clicked.connect(self.accept)
        # GDPR art. 15: everything on this person, for the municipality's answer.
        self.access_button = named(QPushButton(self.tr("Subject access PDF…")), "subject_access")
        self.access_button.clicked.connect(self._on_access_button_clicked)
        self.next_meeting_button = named(
            QPushButton(next_meeting.button_text()), "case_next_meeting"
        )
        self.next_meeting_button.clicked.connect(self._on_next_meeting_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.access_button)
        row.addWidget(TransferCaseButton(self.session, lambda: self.case, self))
        row.addWidget(self.next_meeting_button)
        row.addWidget(self.privacy_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)

    def _build_overview(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        general = QGroupBox(self.tr("Case"))
        form = QFormLayout(general)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("pseudonym", self.tr("Pseudonym")),
            ("opened_on", self.tr("Opened on")),
            ("follow_up", self.tr("Follow-up")),
            ("lead", self.tr("Lead partner (case manager)")),
            ("municipality", self.tr("Municipality")),
            ("next_review", self.tr("Next review")),
            ("last_weighed", self.tr("Last weighed")),
            ("closure", self.tr("Closure")),
            ("cooperation", self.tr("Also followed by")),
        ):
            value = named(QLabel(), f"field_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        self.coop_button = named(QPushButton(self.tr("Add cooperation…")), "cooperation_add")
        self.coop_button.clicked.connect(self._on_coop_button_clicked)
        form.addRow("", self.coop_button)
        outer.addWidget(general, 3)

        ident = QGroupBox(self.tr("Identity of the person concerned"))
        iform = QFormLayout(ident)
        self.identity_hint = named(QLabel(), "identity_hint")
        self.identity_hint.setWordWrap(True)
        iform.addRow(self.identity_hint)
        self.identity_fields: dict[str, QLabel] = {}
        for key, label in (
            ("name", self.tr("Name")),
            ("birth_date", self.tr("Date of birth")),
            ("address", self.tr("Address")),
            ("school_work", self.tr("School or work")),
            ("languages", self.tr("Languages")),
        ):
            value = named(QLabel(), f"identity_{key}")
            value.setWordWrap(True)
            self.identity_fields[key] = value
            iform.addRow(label, value)
        buttons = QHBoxLayout()
        self.reveal_button = named(QPushButton(self.tr("Reveal identity")), "reveal_identity")
        self.reveal_button.clicked.connect(self._on_reveal_button_clicked)
        self.hide_button = named(QPushButton(self.tr("Hide")), "hide_identity")
        self.hide_button.clicked.connect(self._on_hide_button_clicked)
        self.identity_edit = named(QPushButton(self.tr("Edit identity…")), "edit_identity")
        self.identity_edit.clicked.connect(self._on_identity_edit_clicked)
        for b in (self.reveal_button, self.hide_button, self.identity_edit):
            buttons.addWidget(b)
        iform.addRow(buttons)
        outer.addWidget(ident, 2)
        return page

    # -- the tables, made when first needed --------------------------------------------------
    def _lazy_view(self, key: str, make: Callable[[], QTableView]) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        self._view_makers[key] = (make, holder)
        return holder

    def _view(self, key: str) -> QTableView:
        view = self._views.get(key)
        if view is None:
            make, holder = self._view_makers[key]
            view = make()
            self._views[key] = view
            box = holder.layout()
            assert box is not None  # made in _lazy_view
            box.addWidget(view)
            if holder.isVisible():
                view.show()
        return view

    def _on_tabs_current_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        for key, (_make, holder) in self._view_makers.items():
            if page is not None and (holder is page or page.isAncestorOf(holder)):
                self._view(key)

    def _make_timeline_view(self) -> QTableView:
        view = make_table(
            "timeline_view", self.timeline_model, TimelineModel.COL_TEXT, fit_on_load=True
        )
        view.setItemDelegateForColumn(
            TimelineModel.COL_CODE, FlagBadgeDelegate(self, chip_for_none=False)
        )
        # Newest first: what happened last is what the next meeting needs.
        view.sortByColumn(TimelineModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        return view

    def _make_info_view(self) -> QTableView:
        view = make_table(
            "info_view", self.info_model, InfoTableModel.COL_CONTENT, fit_on_load=True
        )
        view.doubleClicked.connect(self._on_info_view_double_clicked)
        view.selectionModel().selectionChanged.connect(self._update_info_buttons)
        return view

    def _make_flag_view(self) -> QTableView:
        view = make_table(
            "flag_history_view",
            self.flag_model,
            FlagHistoryModel.COL_JUSTIFICATION,
            fit_on_load=True,
        )
        view.setItemDelegateForColumn(FlagHistoryModel.COL_FLAG, FlagBadgeDelegate(self))
        return view

    @property
    def timeline_view(self) -> QTableView:
        return self._view("timeline")

    @property
    def team_view(self) -> QTableView:
        return self._view("team")

    @property
    def measure_view(self) -> QTableView:
        return self._view("measure")

    @property
    def info_view(self) -> QTableView:
        return self._view("info")

    @property
    def flag_view(self) -> QTableView:
        return self._view("flag")

    @property
    def signal_view(self) -> QTableView:
        return self._view("signal")

    def _with_buttons(self, view: QWidget, buttons: list[tuple[str, str, object]]) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        row = QHBoxLayout()
        self._tab_buttons = getattr(self, "_tab_buttons", [])
        for text, name, slot in buttons:
            b = named(QPushButton(text), name)
            b.clicked.connect(slot)
            row.addWidget(b)
            self._tab_buttons.append(b)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(view, 1)
        return page

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        s = self.session
        self.case = case_service.get_case(s, self.case_id)
        c = self.case
        texts = case_service.flag_texts(s)
        self.setWindowTitle(self.tr("Case {code}").format(code=c.code))
        self.code_label.setText(c.code)
        self.provenance.show_for(s, c.id)
        self.flag_badge.set_flag(c.flag, texts)
        self.phase_label.setText(L.phase_label(c.phase))
        self.fields["opened_on"].setText(format_date(c.opened_on))
        self.fields["follow_up"].setText(L.follow_up_label(c.follow_up))
        self.fields["lead"].setText(c.lead_partner)
        self.fields["municipality"].setText(c.municipality)
        self.fields["next_review"].setText(format_date(c.next_review))
        self.fields["last_weighed"].setText(format_date(c.last_weighed_on))
        closure = ""
        if c.phase is Phase.CLOSED:
            closure = f"{format_date(c.closed_on)} – {L.closure_reason_label(c.closure_reason)}"
            if c.handed_to:
                closure += "\n" + self.tr("Handed to {whom} on {date}").format(
                    whom=c.handed_to, date=format_date(c.handed_on)
                )
            elif c.closure_note:
                closure += "\n" + c.closure_note
        self.fields["closure"].setText(closure)
        coop = case_service.cooperation(s, c.id)
        self.fields["cooperation"].setText(
            "\n".join(
                f"{L.cooperation_label(x.kind)}: {x.name}"
                + (f" ({x.contact})" if x.contact else "")
                + (f", {format_date(x.exchanged_on)}" if x.exchanged_on else "")
                for x in coop
            )
        )
        self.flag_model.flag_texts = texts
        self.timeline_model.flag_texts = texts
        self.timeline_model.set_rows(case_service.timeline(s, c.id))
        self.team_model.set_rows(case_service.team(s, c.id))
        self.measure_model.set_rows(case_service.measures(s, c.id))
        self.info_model.set_rows(case_service.information(s, c.id))
        self.flag_model.set_rows(case_service.flag_history(s, c.id))
        self.signal_model.set_rows(signal_service.signals_of_case(s, c.id))
        closed = c.phase is Phase.CLOSED
        for b in [
            self.flag_button,
            self.phase_button,
            self.edit_button,
            self.coop_button,
            self.identity_edit,
            *self._tab_buttons,
        ]:
            b.setEnabled(not closed)
        self._update_info_buttons()
        self._show_identity()

    def _show_identity(self) -> None:
        masked = privacy_mode().enabled
        self.fields["pseudonym"].setText(privacy_mode().mask(self.case.pseudonym))
        ident = self.identity
        if ident is None:
            self.identity_hint.setText(
                self.tr("Hidden. Revealing the identity is recorded in the access trail.")
            )
        elif masked:
            self.identity_hint.setText(self.tr("Masked: privacy mode is on."))
        else:
            self.identity_hint.setText(self.tr("Shown (recorded)."))
        values = {
            "name": ident.name if ident else "",
            "birth_date": format_date(ident.birth_date) if ident else "",
            "address": ident.address if ident else "",
            "school_work": ident.school_work if ident else "",
            "languages": ident.languages if ident else "",
        }
        for key, label in self.identity_fields.items():
            label.setText(privacy_mode().mask(values[key]) if ident else "")
        self.reveal_button.setVisible(ident is None)
        self.hide_button.setVisible(ident is not None)

    def _changed(self) -> None:
        self.reload()
        self.case_changed.emit(self.case_id)

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    # -- slots -------------------------------------------------------------------------------
    def _on_privacy_changed(self, enabled: bool) -> None:
        self.privacy_button.setChecked(enabled)
        self._show_identity()

    def _on_reveal_button_clicked(self) -> None:
        try:
            self.identity = case_service.reveal_identity(self.session, self.case_id) or Identity()
        except LivcError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_message(exc))
            return
        self._show_identity()

    def _on_hide_button_clicked(self) -> None:
        self.identity = None
        self._show_identity()

    def _on_identity_edit_clicked(self) -> None:
        if self.identity is None:
            # Editing shows the identity, so it counts as revealing it.
            self.identity = case_service.reveal_identity(self.session, self.case_id) or Identity()
        dialog = IdentityDialog(self.session, self.case_id, self.identity, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.identity = case_service.reveal_identity(self.session, self.case_id)
            self._changed()

    def _on_next_meeting_button_clicked(self) -> None:
        if next_meeting.put_on_next_meeting(self, self.session, case_id=self.case_id):
            self.case_changed.emit(self.case_id)

    def _on_access_button_clicked(self) -> None:
        save_subject_access_pdf(self, self.session, self.case_id, self.case.code)

    def _on_flag_button_clicked(self) -> None:
        dialog = FlagChangeDialog(self.session, self.case, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.identity = None
            self._changed()

    def _on_phase_button_clicked(self) -> None:
        self._run(PhaseChangeDialog(self.session, self.case, self))

    def _on_edit_button_clicked(self) -> None:
        self._run(CaseEditDialog(self.session, self.case, self))

    def _on_coop_button_clicked(self) -> None:
        self._run(CooperationDialog(self.session, self.case, self))

    def _on_team_add_clicked(self) -> None:
        self._run(TeamJoinDialog(self.session, self.case, self))

    def _on_team_leave_clicked(self) -> None:
        row = selected_row(self.team_view)
        if row is None or getattr(row, "left_on", None) is not None:
            return
        self._run(TeamLeaveDialog(self.session, row.id, self))  # type: ignore[attr-defined]

    def _on_measure_add_clicked(self) -> None:
        self._run(MeasureDialog(self.session, self.case, self))

    def _on_measure_follow_up_clicked(self) -> None:
        row = selected_row(self.measure_view)
        if row is None or row.status is not MeasureStatus.OPEN:  # type: ignore[attr-defined]
            return
        self._run(MeasureStatusDialog(self.session, row, self))  # type: ignore[arg-type]

    def _on_info_add_clicked(self) -> None:
        self._run(InformationDialog(self.session, self.case, self))

    def _update_info_buttons(self, *_args: object) -> None:
        # A table not made yet has nothing selected.
        chosen = "info" in self._views and selected_row(self._views["info"]) is not None
        usable = self.case.phase is not Phase.CLOSED and chosen
        for b in self.info_selection_buttons:
            b.setEnabled(usable)

    def _on_info_correct_clicked(self) -> None:
        row = selected_row(self.info_view)
        if isinstance(row, InfoRow):
            self._run(InformationDialog(self.session, self.case, self, existing=row))

    def _on_info_remove_clicked(self) -> None:
        row = selected_row(self.info_view)
        if isinstance(row, InfoRow):
            self._run(InformationRemoveDialog(self.session, self.case, row, self))

    def _on_info_view_double_clicked(self, index: object) -> None:
        row = selected_row(self.info_view)
        if row is None:
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Information"))
        box.setText(row.content[:5000])  # type: ignore[attr-defined]
        box.exec()

    def closeEvent(self, event: object) -> None:
        self.identity = None
        super().closeEvent(event)  # type: ignore[arg-type]

    def done(self, result: int) -> None:
        # Forget the revealed identity as soon as the file is closed.
        self.identity = None
        for label in self.identity_fields.values():
            label.clear()
        super().done(result)


__all__ = ["CaseFileDialog", "CooperationDialog", "make_table", "selected_row"]
