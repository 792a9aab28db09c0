"""For the Overview: minutes that were finalised but never sent, and members of the table
who have not received the approved minutes (services/distribution.py asks the register).
Hidden when there is nothing to send."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from livc_desktop.services import distribution
from livc_desktop.services.session import Session
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.labels import table_label

SHOWN = 5  # lines per question; the rest is counted


class DistributionOverviewPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distribution_overview")
        self._session: Session | None = None
        self._data: distribution.DistributionOverview | None = None
        col = QVBoxLayout(self)
        self.unsent = QLabel()
        self.unsent.setObjectName("distribution_unsent")
        self.unsent.setWordWrap(True)
        self.missing = QLabel()
        self.missing.setObjectName("distribution_missing")
        self.missing.setWordWrap(True)
        col.addWidget(self.unsent)
        col.addWidget(self.missing)
        self.setVisible(False)

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.refresh()

    def refresh(self) -> None:
        open_ = self._session is not None and self._session.is_open
        self._data = distribution.overview(self._session) if open_ else None  # type: ignore[arg-type]
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Documents to send"))
        data = self._data
        if data is None or not (data.unsent or data.missing):
            self.unsent.clear()
            self.missing.clear()
            self.setVisible(False)
            return
        lines = [
            self.tr("Minutes of {date} ({table})").format(
                date=format_date(d.on_date), table=table_label(d.table_kind)
            )
            for d in data.unsent
        ]
        self.unsent.setText(self._list(self.tr("Finalised minutes not yet sent:"), lines))
        lines = [
            self.tr("{name} ({organisation}): minutes of {date}").format(
                name=m.name, organisation=m.organisation or "—", date=format_date(m.on_date)
            )
            for m in data.missing
        ]
        self.missing.setText(self._list(self.tr("Members without the approved minutes:"), lines))
        self.unsent.setVisible(bool(data.unsent))
        self.missing.setVisible(bool(data.missing))
        self.setVisible(True)

    def _list(self, title: str, lines: list[str]) -> str:
        shown = [f"• {line}" for line in lines[:SHOWN]]
        if len(lines) > SHOWN:
            shown.append(self.tr("… and {n} more").format(n=len(lines) - SHOWN))
        return "\n".join([title, *shown])
