"""The case register: flag badges (colour plus label), filters and search. Outside the
case file a case appears only as its code or pseudonym."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.cases import Flag, FollowUp, Phase
from livc_desktop.domain.changes import Area, ChangeKind, Changes
from livc_desktop.services import cases as case_service
from livc_desktop.services.register import Session
from livc_desktop.storage.case_rows import CaseListQuery
from livc_desktop.ui import case_labels as L
from livc_desktop.ui.case_labels import named
from livc_desktop.ui.dialogs.case_file import CaseFileDialog, make_table, selected_row
from livc_desktop.ui.dialogs.case_forms import CaseEditDialog
from livc_desktop.ui.dialogs.case_transfer import ImportCaseButton
from livc_desktop.ui.models.case_models import ROW_ROLE, CaseTableModel
from livc_desktop.ui.pages.base import Page
from livc_desktop.ui.widgets.flag_badge import FlagBadgeDelegate
from livc_desktop.ui.widgets.flow import FlowLayout

_ANY = "any"
_NONE = "none"


class CasesPage(Page):
    page_id = "cases"
    shows = frozenset({Area.CASES, Area.SIGNALS, Area.PARTNERS, Area.MEETINGS, Area.SETTINGS})
    icon_name = "folder"

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = named(QLabel(), "cases_heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        top.addWidget(self.heading)
        top.addStretch(1)
        self.search = named(QLineEdit(), "case_search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        top.addWidget(self.search)
        self.new_button = named(QPushButton(), "new_case")
        self.open_button = named(QPushButton(), "open_case")
        # The buttons wrap onto a second line rather than widen the window.
        buttons = FlowLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(ImportCaseButton(self))
        layout.addLayout(top)
        layout.addLayout(buttons)

        # Filters wrap onto a second line rather than widen the window (ui/widgets/flow.py).
        filters = FlowLayout()
        self.flag_filter = named(QComboBox(), "filter_flag")
        self.phase_filter = named(QComboBox(), "filter_phase")
        self.follow_filter = named(QComboBox(), "filter_follow_up")
        self.team_filter = named(QComboBox(), "filter_team_partner")
        self.team_filter.setMinimumWidth(160)
        self.due_filter = named(QCheckBox(), "filter_due")
        self.overdue_filter = named(QCheckBox(), "filter_overdue")
        self.filter_labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        for label, box in zip(
            self.filter_labels,
            (self.flag_filter, self.phase_filter, self.follow_filter, self.team_filter),
            strict=True,
        ):
            label.setBuddy(box)
            pair = QWidget()
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            pair_row.addWidget(label)
            pair_row.addWidget(box)
            filters.addWidget(pair)
        filters.addWidget(self.due_filter)
        filters.addWidget(self.overdue_filter)
        layout.addLayout(filters)

        self.count_label = named(QLabel(), "case_count")
        layout.addWidget(self.count_label)

        # The list holds ids only and reads the rows in view: no proxy over every row;
        # SQLite filters, sorts and counts (CaseTableModel).
        self.model = CaseTableModel(self)
        self.view = make_table(
            "cases_view",
            self.model,  # type: ignore[arg-type]
            CaseTableModel.COL_LEAD,
            fit_on_load=True,
        )
        unused_proxy = self.view.model()
        self.view.setModel(self.model)
        unused_proxy.deleteLater()
        self.view.setItemDelegateForColumn(CaseTableModel.COL_FLAG, FlagBadgeDelegate(self))
        self.view.horizontalHeader().setSortIndicator(
            CaseTableModel.COL_CODE, Qt.SortOrder.DescendingOrder
        )
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.completed.connect(self._on_model_completed)
        self._kept_selection: int | None = None
        layout.addWidget(self.view, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self._on_search_text_changed)
        for box in (self.flag_filter, self.phase_filter, self.follow_filter, self.team_filter):
            box.currentIndexChanged.connect(self._on_filter_changed)
        self.due_filter.toggled.connect(self._on_filter_changed)
        self.overdue_filter.toggled.connect(self._on_filter_changed)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.retranslate()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Cases")

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Cases"))
        self.search.setPlaceholderText(self.tr("Search code, pseudonym or information…"))
        self.new_button.setText(self.tr("New case…"))
        self.open_button.setText(self.tr("Open case file"))
        for label, text in zip(
            self.filter_labels,
            (self.tr("Flag"), self.tr("Phase"), self.tr("Follow-up"), self.tr("Team partner")),
            strict=True,
        ):
            label.setText(text)
        self.due_filter.setText(self.tr("Due for review"))
        self.overdue_filter.setText(self.tr("Overdue measures"))
        texts = case_service.flag_texts(self.session) if self.session else {}
        self._fill(
            self.flag_filter,
            [(self.tr("All"), _ANY), (L.flag_label(None), _NONE)]
            + [(L.flag_label(f, texts), f.value) for f in Flag],
        )
        self._fill(
            self.phase_filter,
            [(self.tr("Open cases"), "open"), (self.tr("All"), _ANY)]
            + [(L.phase_label(p), p.value) for p in Phase],
        )
        self._fill(
            self.follow_filter,
            [(self.tr("All"), _ANY)] + [(L.follow_up_label(f), f.value) for f in FollowUp],
        )
        self._fill_partners()
        self.model.retranslate()
        self._update_count()

    @staticmethod
    def _fill(box: QComboBox, items: Sequence[tuple[str, object]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for text, data in items:
            box.addItem(text, data)
        index = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)

    def _fill_partners(self) -> None:
        partners = case_service.partner_choices(self.session) if self.session else []
        self._fill(self.team_filter, [(self.tr("All"), None)] + [(n, i) for i, n in partners])

    # -- data --------------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        super().set_session(session)
        if session is None:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._search_timer.stop()
        self.model.session = session
        self.retranslate()
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Area.PARTNERS, Area.SETTINGS):
            self.retranslate()  # partner names and the cell's flag texts in the filters
        super().on_changes(changes)

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        if self.session is not None:
            self.model.flag_texts = case_service.flag_texts(self.session)
        self._apply_filters()

    def current_query(self) -> CaseListQuery:
        """The filters shown, as one query for SQLite (the sort is the model's)."""
        flag = self.flag_filter.currentData()
        phase = self.phase_filter.currentData()
        follow = self.follow_filter.currentData()
        partner = self.team_filter.currentData()
        session = self.session
        return CaseListQuery(
            flag=None if flag in (_ANY, _NONE, None) else Flag(flag),
            unweighed_only=flag == _NONE,
            phase=None if phase in (_ANY, "open", None) else Phase(phase),
            open_only=phase == "open",
            follow_up=None if follow in (_ANY, None) else FollowUp(follow),
            team_partner_id=partner,
            due=case_service.due_window(session)
            if session is not None and self.due_filter.isChecked()
            else None,
            overdue_only=self.overdue_filter.isChecked(),
            text=self.search.text().strip(),
        )

    def _apply_filters(self) -> None:
        self.model.query = self.current_query()
        self.model.reload()
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        if self.session is None:
            self.count_label.setText("")
            return
        if not self.model.complete:
            # The first screen shows; every match is being counted on a worker thread.
            self.count_label.setText(
                self.tr("Counting the cases found… (%n in the register)", "", self.model.total)
            )
            return
        self.count_label.setText(
            self.tr("{shown} of %n cases shown", "", self.model.total).format(
                shown=self.model.rowCount()
            )
        )

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self.session is not None)
        self.open_button.setEnabled(
            self.session is not None and selected_row(self.view) is not None
        )

    def open_case_file(self, case_id: int) -> None:
        if self.session is None:
            return
        dialog = CaseFileDialog(self.session, case_id, self)
        dialog.case_changed.connect(self._on_case_file_changed)
        dialog.exec()

    # -- slots -------------------------------------------------------------------------------
    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_filter_changed(self, *_args: object) -> None:
        self._apply_filters()

    def _on_view_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    # A new list of ids resets the model: the selected case stays selected when it is
    # still in the list (a sort keeps it by itself).
    def _on_model_about_to_be_reset(self) -> None:
        row = selected_row(self.view)
        self._kept_selection = getattr(row, "id", None)

    def _on_model_reset(self) -> None:
        case_id, self._kept_selection = self._kept_selection, None
        position = self.model.row_of(case_id) if case_id is not None else -1
        if position >= 0:
            self.view.selectRow(position)
        elif not self.model.complete:
            self._kept_selection = case_id  # it may come with the rest of the list
        self._update_buttons()

    def _on_model_completed(self) -> None:
        case_id, self._kept_selection = self._kept_selection, None
        position = self.model.row_of(case_id) if case_id is not None else -1
        if position >= 0 and selected_row(self.view) is None:
            self.view.selectRow(position)
        self._update_count()
        self._update_buttons()

    def _on_case_file_changed(self, _case_id: int) -> None:
        self.reload()
        self.announce(Changes.of(ChangeKind.CASE_UPDATED))

    def _on_new_button_clicked(self) -> None:
        if self.session is None:
            return
        dialog = CaseEditDialog(self.session, None, self)
        if self.run_dialog(dialog) and dialog.case_id is not None:
            self.reload()
            self.open_case_file(dialog.case_id)

    def _on_open_button_clicked(self) -> None:
        row = selected_row(self.view)
        if row is not None:
            self.open_case_file(row.id)  # type: ignore[attr-defined]

    def _on_view_double_clicked(self, index: object) -> None:
        row = index.data(ROW_ROLE)  # type: ignore[attr-defined]
        if row is not None:
            self.open_case_file(row.id)
