""" "My month" at the top of the Overview: one line per thing the officer has to deal with
(signals to weigh, reviews and measures due, the next meeting and what it lacks, minutes
to finalise or approve, the last backup). Each line is a button that asks the main window
to open the place where it is dealt with (`place_requested`). Counts, dates and case codes
only, so nothing needs masking in privacy mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from livc_desktop.domain.errors import LivcError
from livc_desktop.services import my_month
from livc_desktop.services.my_month import MeetingGap, MonthSummary
from livc_desktop.services.session import Session
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.labels import table_label
from livc_desktop.ui.worker import LatestRead

#: Places a line can open (the main window's `open_place`).
PLACE_SIGNALS = "signals"
PLACE_REVIEWS = "reviews"
PLACE_MEASURES = "measures"
PLACE_MEETING = "meeting"
PLACE_MINUTES = "minutes"
PLACE_BACKUP = "backup"

LINES = ("signals", "reviews", "measures", "meeting", "finalise", "approve", "backup")


def _codes(codes: tuple[str, ...], total: int) -> str:
    if not codes:
        return ""
    shown = ", ".join(codes)
    return shown + (", …" if total > len(codes) else "")


class MyMonthPanel(QGroupBox):
    """Embed at the top of the Overview; `set_session(session | None)`, `refresh()`."""

    #: (place, item id or -1): a line was clicked.
    place_requested = Signal(str, int)
    # The counts are in (a MonthSummary).
    counted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("my_month_panel")
        self.session: Session | None = None
        self.summary: MonthSummary | None = None
        self._read = LatestRead()  # the counts, made on a worker thread
        self.lines: dict[str, QPushButton] = {}
        self._targets: dict[str, tuple[str, int]] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.intro = QLabel(self)
        self.intro.setObjectName("my_month_intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        for name in LINES:
            button = QPushButton(self)
            button.setObjectName(f"my_month_{name}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setStyleSheet("QPushButton { text-align: left; padding: 3px 6px; }")
            button.clicked.connect(lambda _=False, n=name: self._on_line_clicked(n))
            self.lines[name] = button
            layout.addWidget(button)
        self.retranslate()

    # -- data ------------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Counted on a worker thread (services/background.py): the counts read every
        case and measure, which must not hold up the window in a large register. The
        lines keep what they said until the new counts are in (`loading`)."""
        session = self.session
        if session is None or not session.is_open:
            self._read.cancel()
            self.summary = None
            self._fill()
            return
        self._read.run(
            lambda: session.read_in_background(my_month.summary),
            self._on_counted,
            lambda: self.session is session and session.is_open,
            self._on_count_failed,
        )

    @property
    def loading(self) -> bool:
        """True while the counts are being made on a worker thread."""
        return self._read.loading

    def _on_counted(self, month: MonthSummary) -> None:
        self.summary = month
        self._fill()
        self.counted.emit(month)

    def _on_count_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, LivcError):
            raise exc
        self.summary = None
        self._fill()

    def retranslate(self) -> None:
        self.setTitle(self.tr("My month"))
        self.intro.setText(
            self.tr("What needs you in the coming two weeks. Click a line to deal with it.")
        )
        self._fill()

    # -- lines -------------------------------------------------------------------------------
    def _set(self, name: str, text: str, place: str, item_id: int = -1, *, warn: bool) -> None:
        button = self.lines[name]
        button.setText(("⚠ " if warn else "✓ ") + text)
        button.setAccessibleName(text)
        button.setVisible(True)
        button.setProperty("warn", warn)
        self._targets[name] = (place, item_id)

    def _fill(self) -> None:
        month = self.summary
        self._targets.clear()
        if month is None:
            for button in self.lines.values():
                button.setText("")
                button.setVisible(False)
            self.intro.setVisible(False)
            return
        self.intro.setVisible(True)
        self._fill_signals(month)
        self._fill_due(month)
        self._fill_meeting(month)
        self._fill_minutes(month)
        self._fill_backup(month)
        for name, button in self.lines.items():
            tip = {
                "signals": self.tr("Opens the signals waiting for weighing"),
                "reviews": self.tr("Opens the case list filtered on cases due for review"),
                "measures": self.tr("Opens the case list filtered on overdue measures"),
                "meeting": self.tr("Opens the meeting's preparation"),
                "finalise": self.tr("Opens the meeting's minutes"),
                "approve": self.tr("Opens the meeting's minutes"),
                "backup": self.tr("Makes a backup now"),
            }[name]
            button.setToolTip(tip)

    def _fill_signals(self, month: MonthSummary) -> None:
        if month.signals_awaiting:
            text = self.tr("Signals waiting for weighing: {n} (oldest received {date})").format(
                n=month.signals_awaiting, date=format_date(month.oldest_signal)
            )
        else:
            text = self.tr("No signal is waiting for weighing.")
        self._set("signals", text, PLACE_SIGNALS, warn=bool(month.signals_awaiting))

    def _fill_due(self, month: MonthSummary) -> None:
        for name, due, place in (
            ("reviews", month.reviews, PLACE_REVIEWS),
            ("measures", month.measures, PLACE_MEASURES),
        ):
            total = due.overdue + due.soon
            if not total:
                text = (
                    self.tr("No case review due in the next two weeks.")
                    if name == "reviews"
                    else self.tr("No measure due in the next two weeks.")
                )
            else:
                text = (
                    self.tr(
                        "Case reviews: {overdue} overdue, {soon} due within two weeks ({codes})"
                    )
                    if name == "reviews"
                    else self.tr(
                        "Measures: {overdue} overdue, {soon} due within two weeks ({codes})"
                    )
                ).format(overdue=due.overdue, soon=due.soon, codes=_codes(due.codes, total))
            self._set(name, text, place, due.first_id or -1, warn=bool(due.overdue))

    def _fill_meeting(self, month: MonthSummary) -> None:
        meeting = month.next_meeting
        if meeting is None:
            self._set(
                "meeting",
                self.tr("No meeting planned: plan the next one."),
                PLACE_MEETING,
                warn=True,
            )
            return
        what = format_date(meeting.on_date) + ", " + table_label(meeting.table_kind)
        if meeting.case_code:
            what += " " + meeting.case_code
        gaps = {
            MeetingGap.NO_AGENDA: self.tr("agenda items"),
            MeetingGap.AGENDA_NOT_SENT: self.tr("sending the agenda"),
            MeetingGap.NOBODY_INVITED: self.tr("invitees"),
            MeetingGap.INVITATIONS_NOT_SENT: self.tr("sending the invitations"),
        }
        if month.meeting_gaps:
            text = self.tr("Next meeting: {meeting}. Still to do: {missing}").format(
                meeting=what, missing=", ".join(gaps[g] for g in month.meeting_gaps)
            )
        else:
            text = self.tr("Next meeting: {meeting}. Agenda and invitations are sent.").format(
                meeting=what
            )
        self._set("meeting", text, PLACE_MEETING, meeting.id, warn=bool(month.meeting_gaps))

    def _fill_minutes(self, month: MonthSummary) -> None:
        finalise, approve = month.to_finalise, month.to_approve
        if finalise.count:
            self._set(
                "finalise",
                self.tr("Minutes to finalise: {n} (oldest: meeting of {date})").format(
                    n=finalise.count, date=format_date(finalise.first_date)
                ),
                PLACE_MINUTES,
                finalise.first_id or -1,
                warn=True,
            )
        else:
            self._set("finalise", self.tr("No minutes to finalise."), PLACE_MINUTES, warn=False)
        if approve.count:
            self._set(
                "approve",
                self.tr(
                    "Minutes to approve at the next meeting: {n} (oldest: meeting of {date})"
                ).format(n=approve.count, date=format_date(approve.first_date)),
                PLACE_MINUTES,
                approve.first_id or -1,
                warn=True,
            )
        else:
            self.lines["approve"].setVisible(False)
            self.lines["approve"].setText("")

    def _fill_backup(self, month: MonthSummary) -> None:
        days = month.backup_age_days
        if days is None:
            text = self.tr("No backup yet: make one now.")
        elif days == 0:
            text = self.tr("Last backup: today")
        elif days == 1:
            text = self.tr("Last backup: yesterday")
        else:
            text = self.tr("Last backup: {days} days ago").format(days=days)
        if days is not None and month.backup_too_old:
            text += " " + self.tr("(too old: make a new one)")
        self._set("backup", text, PLACE_BACKUP, warn=month.backup_too_old)

    def _on_line_clicked(self, name: str) -> None:
        target = self._targets.get(name)
        if target is not None:
            self.place_requested.emit(*target)

    def line_texts(self) -> dict[str, str]:
        """Visible line texts by name (tests, screenshots)."""
        return {n: b.text() for n, b in self.lines.items() if not b.isHidden()}
