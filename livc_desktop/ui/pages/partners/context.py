"""What the partner tabs share: the open session, the register's sectors and the one way
they run a service call (the operation runner: its error shown, its changes announced).
Plain Python, handed to every tab by the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableView, QWidget

from livc_desktop.domain.changes import Changes
from livc_desktop.domain.partners import SectorEntry
from livc_desktop.services import partners as partner_service
from livc_desktop.services.session import Session
from livc_desktop.ui import partner_labels as labels
from livc_desktop.ui.operations import OpResult, run_op

T = TypeVar("T")


class PartnersContext:
    """The session and the sector list the tabs read; the page keeps it current."""

    def __init__(self, announce: Callable[[Changes], None] | None = None) -> None:
        self.session: Session | None = None
        self.sectors: list[SectorEntry] = []
        self.sector_labels: dict[str, str] = {}
        self._announce = announce
        #: The caption of an error box a tab shows (the page sets it in its language).
        self.title = ""

    def set_session(self, session: Session | None) -> None:
        self.session = session
        if session is None:
            self.sectors = []
            self.sector_labels = {}

    def load_sectors(self) -> None:
        if self.session is not None:
            self.sectors = partner_service.sectors(self.session)
        self.retranslate()

    def retranslate(self) -> None:
        self.sector_labels = labels.sector_labels(self.sectors)

    def municipalities(self) -> list[str]:
        return list(self.session.profile().municipalities) if self.session else []

    def table_kinds(self) -> tuple[str, ...]:
        if self.session is None:
            return ()
        return tuple(t.value for t in self.session.profile().tables)

    def house_rules_text(self, partner_id: int | None) -> str:
        """The partner's latest house rules signature, in words (read-only here)."""
        if self.session is None or partner_id is None:
            return ""
        from livc_desktop.services import house_rules
        from livc_desktop.ui.models import house_rules as words

        for row in house_rules.signature_status(self.session):
            if row.partner_id == partner_id:
                text = words.signature_text(row)
                if row.latest is not None and not row.signed_current:
                    text += " · " + words.not_current_text()
                return text
        return words.not_expected_text()

    def sector_choices(self, keep: str | None = None) -> list[tuple[str, str]]:
        """(code, label) of the switched-on sectors (plus `keep`, the partner's own)."""
        out = [
            (e.code, self.sector_labels.get(e.code, e.code))
            for e in self.sectors
            if e.active or e.code == keep
        ]
        if keep and keep not in {c for c, _ in out}:
            out.append((keep, labels.sector_label(keep)))
        return out

    def run(
        self,
        parent: QWidget,
        call: Callable[[], T],
        *,
        on_problems: Callable[[dict[str, str]], None] | None = None,
    ) -> OpResult[T] | None:
        """Run a service call through the operation runner (None: nothing open, or the
        error was shown, or its problems handed to `on_problems`); its changes go to the
        page, which tells the other pages."""
        if self.session is None:
            return None
        return run_op(
            parent,
            self.session,
            call,
            title=self.title,
            announce=self._announce,
            on_problems=on_problems,
        )


def table_view(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def push_button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button
