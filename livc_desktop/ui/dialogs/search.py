"""One search (Ctrl+F): partners, cases, signals and meetings as you type, and the
explicit "Is this person already known?" that searches the identities and answers with
case codes only (recorded in the access trail by services.search).

    dialog = SearchDialog(session, parent)
    dialog.item_chosen.connect(window.open_item)  # (partner/case/signal/meeting, id)
    dialog.open()

With `pick_person=True` (the Retention page's access request) the dialog starts in the
person search and accepts with `chosen` = (case id, code) instead of opening the case."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.cases import Flag, Phase
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.signals import SignalStatus
from livc_desktop.services import search as search_service
from livc_desktop.services.session import Session
from livc_desktop.ui import case_labels
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.labels import table_label
from livc_desktop.ui.meeting_labels import status_label as meeting_status_label
from livc_desktop.ui.privacy import mask, privacy_mode

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
CODE_ROLE = Qt.ItemDataRole.UserRole + 3

KINDS = ("partner", "case", "signal", "meeting")


def _enum_or_none(enum: type, value: object) -> object:
    try:
        return enum(value)
    except ValueError:
        return None


class SearchDialog(QDialog):
    #: The user opened a result: its kind and id.
    item_chosen = Signal(str, int)

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, pick_person: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("search_dialog")
        self.session = session
        self.pick_person = pick_person
        self.chosen: tuple[int, str] | None = None
        self.resize(760, 540)

        self.everything_radio = QRadioButton(self)
        self.everything_radio.setObjectName("search_mode_all")
        self.person_radio = QRadioButton(self)
        self.person_radio.setObjectName("search_mode_person")
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.everything_radio)
        self.mode_group.addButton(self.person_radio)
        modes = QHBoxLayout()
        modes.addWidget(self.everything_radio)
        modes.addWidget(self.person_radio)
        modes.addStretch(1)

        self.text = QLineEdit(self)
        self.text.setObjectName("search_text")
        self.text.setClearButtonEnabled(True)
        self.find_button = QPushButton(self)
        self.find_button.setObjectName("search_find_person")
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.find_button)

        self.explain = QLabel(self)
        self.explain.setObjectName("search_explain")
        self.explain.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("search_status")
        self.status.setWordWrap(True)

        self.model = QStandardItemModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("search_results")
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.activated.connect(self._on_view_activated)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addLayout(modes)
        layout.addLayout(row)
        layout.addWidget(self.explain)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        # Typing searches after a short pause, not on every key (a city's register).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_search)
        self.text.textEdited.connect(self._on_text_edited)
        self.text.returnPressed.connect(self._on_text_return_pressed)
        self.find_button.clicked.connect(self.find_person)
        self.mode_group.buttonToggled.connect(self._on_mode_toggled)
        privacy_mode().changed.connect(self._on_privacy_changed)

        (self.person_radio if pick_person else self.everything_radio).setChecked(True)
        self.everything_radio.setEnabled(not pick_person)
        self.retranslate()
        self._apply_mode()

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.everything_radio.setText(self.tr("&Partners, cases, signals and meetings"))
        self.everything_radio.setToolTip(
            self.tr(
                "Searches names of partners and contacts, case codes and pseudonyms, what "
                "signals describe, and meeting dates, places and agenda titles. Accents and "
                "capitals do not matter."
            )
        )
        self.person_radio.setText(self.tr("Is this &person already known?"))
        self.person_radio.setToolTip(
            self.tr(
                "Searches the persons' names, pseudonyms and birth dates and shows case codes "
                "only. Each search is written to the access trail (not the words searched "
                "for)."
            )
        )
        self.find_button.setText(self.tr("&Find"))
        self._apply_mode()

    def person_mode(self) -> bool:
        return self.person_radio.isChecked()

    def _apply_mode(self) -> None:
        person = self.person_mode()
        self.find_button.setVisible(person)
        self.text.setPlaceholderText(
            self.tr("Name, pseudonym and/or birth date (dd/mm/yyyy)")
            if person
            else self.tr("Type at least two letters…")
        )
        self.text.setAccessibleName(
            self.tr("Person to look for") if person else self.tr("Search text")
        )
        self.explain.setText(
            self.tr(
                "Press Enter to search. The answer gives case codes only, and the access "
                "trail records that a person was looked for and which codes were shown."
            )
            if person
            else self.tr(
                "Results appear as you type; press Enter on one to open it. To find a case "
                "by the person's name, choose \u201cIs this person already known?\u201d."
            )
        )
        # The person's name is an identity: hidden like the other identity fields.
        self.text.setEchoMode(
            QLineEdit.EchoMode.Password
            if person and privacy_mode().enabled
            else QLineEdit.EchoMode.Normal
        )

    # -- searching ---------------------------------------------------------------------------
    def _on_mode_toggled(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        self.model.clear()
        self.status.clear()
        self._apply_mode()
        if not self.person_mode():
            self.run_search()
        self.text.setFocus()

    def _on_text_edited(self, _text: str) -> None:
        if not self.person_mode():
            self._timer.start()

    def _on_text_return_pressed(self) -> None:
        if self.person_mode():
            self.find_person()
            return
        self._timer.stop()
        self.run_search()
        if self.model.rowCount():
            self.view.setFocus()
            self._select_first()

    def run_search(self) -> None:
        """The register search for the text as it stands (no trail entry: no identities)."""
        self.model.clear()
        text = self.text.text()
        if len("".join(text.split())) < search_service.MIN_CHARS:
            self.status.setText("")
            return
        labels = {kind.value: table_label(kind) for kind in TableKind}
        found = search_service.search(self.session, text, table_labels=labels)
        self._add_group(
            self.tr("Partners"),
            "partner",
            [
                (
                    hit.id,
                    hit.name
                    + (f" ({hit.contact})" if hit.contact else "")
                    + (" — " + self.tr("archived") if hit.archived else ""),
                    "",
                )
                for hit in found.partners
            ],
        )
        self._add_group(
            self.tr("Cases"),
            "case",
            [
                (hit.id, self._case_text(hit.code, hit.pseudonym, hit.flag, hit.phase), hit.code)
                for hit in found.cases
            ],
        )
        self._add_group(
            self.tr("Signals"),
            "signal",
            [(hit.id, self._signal_text(hit), "") for hit in found.signals],
        )
        self._add_group(
            self.tr("Meetings"),
            "meeting",
            [
                (
                    hit.id,
                    " · ".join(
                        p
                        for p in (
                            format_date(hit.on_date),
                            table_label(hit.table_kind),
                            hit.case_code,
                            hit.place,
                            meeting_status_label(hit.status),
                        )
                        if p
                    ),
                    "",
                )
                for hit in found.meetings
            ],
        )
        self.view.expandAll()
        n = len(found)
        full = any(
            len(group) >= search_service.LIMIT
            for group in (found.partners, found.cases, found.signals, found.meetings)
        )
        if n == 0:
            self.status.setText(self.tr("Nothing found."))
        elif full:
            self.status.setText(
                self.tr("Results: {n}. Each list stops at {limit}: type more to narrow it.").format(
                    n=n, limit=search_service.LIMIT
                )
            )
        else:
            self.status.setText(self.tr("Results: {n}").format(n=n))

    def find_person(self) -> None:
        """The recorded person search: codes only."""
        self.model.clear()
        try:
            answer = search_service.find_person(self.session, self.text.text())
        except ValidationError as exc:
            problem = exc.problems.get("query", "")
            self.status.setText(
                self.tr("That date does not exist. Type it as dd/mm/yyyy.")
                if problem == "date"
                else self.tr("Type at least two letters of a name, or a birth date.")
            )
            return
        if answer.too_many:
            self.status.setText(
                self.tr(
                    "More than {n} cases match: add a first name or the birth date. No code "
                    "is shown."
                ).format(n=search_service.PERSON_LIMIT)
            )
            return
        if not answer.hits:
            self.status.setText(self.tr("This person is not known in the register."))
            return
        self._add_group(
            self.tr("Known in these cases"),
            "case",
            [
                (hit.case_id, self.tr("Case {code}").format(code=hit.code), hit.code)
                for hit in answer.hits
            ],
        )
        self.view.expandAll()
        self.status.setText(
            self.tr("Known in cases: {n}. Opening one is recorded too.").format(n=len(answer.hits))
        )
        self.view.setFocus()
        self._select_first()

    # -- showing ---------------------------------------------------------------------------
    def _case_text(self, code: str, pseudonym: str, flag: str | None, phase: str) -> str:
        parts = [code]
        if pseudonym:
            parts.append(mask(pseudonym))
        flag_value = _enum_or_none(Flag, flag) if flag else None
        parts.append(case_labels.flag_label(flag_value))  # type: ignore[arg-type]
        phase_value = _enum_or_none(Phase, phase)
        if phase_value is not None:
            parts.append(case_labels.phase_label(phase_value))  # type: ignore[arg-type]
        return " · ".join(parts)

    def _signal_text(self, hit: search_service.SignalHit) -> str:
        status = _enum_or_none(SignalStatus, hit.status)
        observed = " ".join(hit.observed.split())
        if len(observed) > 80:
            observed = observed[:79] + "…"
        parts = [
            format_date(hit.received_on),
            case_labels.signal_status_label(status) if status is not None else hit.status,  # type: ignore[arg-type]
            hit.case_code,
            hit.reporter_partner,
            mask(observed),
        ]
        return " · ".join(p for p in parts if p)

    def _add_group(self, title: str, kind: str, rows: list[tuple[int, str, str]]) -> None:
        if not rows:
            return
        group = QStandardItem(f"{title} ({len(rows)})")
        group.setSelectable(False)
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        for item_id, text, code in rows:
            item = QStandardItem(text)
            item.setToolTip(text)  # a long line is cut off in the list
            item.setData(kind, KIND_ROLE)
            item.setData(item_id, ID_ROLE)
            item.setData(code, CODE_ROLE)
            group.appendRow(item)
        self.model.appendRow(group)

    def _select_first(self) -> None:
        group = self.model.index(0, 0)
        first = self.model.index(0, 0, group)
        if first.isValid():
            self.view.setCurrentIndex(first)

    def result_count(self) -> int:
        return sum(self.model.item(r).rowCount() for r in range(self.model.rowCount()))

    def results(self) -> list[tuple[str, int, str]]:
        """(kind, id, text) of every result shown, in order (tests, screenshots)."""
        out = []
        for r in range(self.model.rowCount()):
            group = self.model.item(r)
            for c in range(group.rowCount()):
                item = group.child(c)
                out.append((str(item.data(KIND_ROLE)), int(item.data(ID_ROLE)), item.text()))
        return out

    # -- opening -----------------------------------------------------------------------------
    def _on_view_activated(self, index: QModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        item_id = index.data(ID_ROLE)
        if kind not in KINDS or item_id is None:
            return
        if self.pick_person:
            self.chosen = (int(item_id), str(index.data(CODE_ROLE) or ""))
            self.accept()
            return
        self.accept()
        self.item_chosen.emit(str(kind), int(item_id))

    def _on_privacy_changed(self, _enabled: bool) -> None:
        self._apply_mode()
        if self.person_mode():
            return  # codes only: nothing to mask
        self.run_search()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if not self.person_mode():
                self.run_search()  # group titles and labels in the new language
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the search field searches; it must not close the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            privacy_mode().changed.disconnect(self._on_privacy_changed)
        self.text.clear()  # it may hold a person's name
        self.model.clear()
        super().done(result)
