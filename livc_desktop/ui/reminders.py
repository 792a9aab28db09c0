"""Reminders after an unlock: a bar above the pages naming what is due (case reviews and
measures overdue, minutes to finalise or approve), shown together with the backup
reminder of ui.backup_actions. Nothing shows before the unlock, and the bar holds counts
only, so privacy mode has nothing to mask in it. It never blocks: the officer may be
about to project the screen.

    bar = ReminderBar(window)                 # placed above the pages
    after_unlock(window, bar, session)        # once the register's screen shows
    bar.clear()                               # on lock
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from livc_desktop.domain.errors import LivcError
from livc_desktop.services import my_month
from livc_desktop.services.background import ReadCancelled
from livc_desktop.services.my_month import MonthSummary
from livc_desktop.services.session import Session
from livc_desktop.ui import backup_actions
from livc_desktop.ui.worker import run_in_background


class ReminderBar(QFrame):
    #: "Show my month" was clicked.
    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#reminder_bar { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 4px; }"
        )
        self.summary: MonthSummary | None = None
        self.text = QLabel(self)
        self.text.setObjectName("reminder_text")
        self.text.setWordWrap(True)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("reminder_show")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("reminder_close")
        # An icon, not a "×" text: nothing on screen escapes the translations.
        self.close_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        )
        self.close_button.setAutoRaise(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.close_button)
        self.show_button.clicked.connect(self._on_show_clicked)
        self.close_button.clicked.connect(self.clear)
        self.retranslate()
        self.hide()

    def show_for(self, summary: MonthSummary) -> None:
        """Show what is due now; nothing due: stay hidden."""
        self.summary = summary if summary.due_now() else None
        self._fill()

    def clear(self) -> None:
        self.summary = None
        self.text.clear()
        self.hide()

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show my month"))
        self.show_button.setToolTip(self.tr("Opens the Overview, where each line leads further"))
        self.close_button.setToolTip(self.tr("Hide this reminder"))
        self.close_button.setAccessibleName(self.tr("Hide this reminder"))
        self._fill()

    def _fill(self) -> None:
        month = self.summary
        if month is None:
            self.text.clear()
            self.hide()
            return
        parts = []
        if month.reviews.overdue:
            parts.append(self.tr("case reviews overdue: {n}").format(n=month.reviews.overdue))
        if month.measures.overdue:
            parts.append(self.tr("measures overdue: {n}").format(n=month.measures.overdue))
        if month.to_finalise.count:
            parts.append(self.tr("minutes to finalise: {n}").format(n=month.to_finalise.count))
        if month.to_approve.count:
            parts.append(self.tr("minutes to approve: {n}").format(n=month.to_approve.count))
        self.text.setText(self.tr("Due now: {items}.").format(items="; ".join(parts)))
        self.show()

    def _on_show_clicked(self) -> None:
        self.show_requested.emit()
        self.clear()


def after_unlock(parent: QWidget | None, bar: ReminderBar, session: Session) -> None:
    """The reminders once the register's screen shows: the due items in the bar (never
    blocking), then the backup reminder (a question, once per program run)."""
    if not session.is_open:
        return

    def counted(month: MonthSummary) -> None:
        if session.is_open:
            bar.show_for(month)
            backup_actions.after_unlock(parent, session)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ReadCancelled) or not session.is_open:
            return  # locked before the counts were in: nothing to remind of now
        if not isinstance(exc, LivcError):
            raise exc
        bar.clear()
        backup_actions.after_unlock(parent, session)

    # Counted on a worker thread: the counts read every case and measure.
    run_in_background(lambda: session.read_in_background(my_month.summary), counted, failed)
