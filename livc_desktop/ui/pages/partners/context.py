"""What the partner tabs share: the open session, the register's sectors and the one place
a failed service call is reported. Plain Python, handed to every tab by the page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QPushButton, QTableView, QWidget

from livc_desktop.domain.errors import LivcError
from livc_desktop.domain.partners import SectorEntry
from livc_desktop.services import partners as partner_service
from livc_desktop.services.register import Session
from livc_desktop.ui import partner_labels as labels
from livc_desktop.ui.messages import error_message


def format_date(iso: str | None) -> str:
    """Belgian day/month/year, the same in every language."""
    if not iso:
        return ""
    try:
        return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


class PartnersContext:
    """The session and the sector list the tabs read; the page keeps it current."""

    def __init__(self) -> None:
        self.session: Session | None = None
        self.sectors: list[SectorEntry] = []
        self.sector_labels: dict[str, str] = {}

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

    def show_error(self, parent: QWidget, exc: LivcError) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PartnersPage", "Partners"), error_message(exc)
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
