"""The cases part of the Overview page: signals awaiting weighing, cases by flag and by
phase, cases due for review, overdue measures, and a chart of open cases by flag over
time drawn with QPainter. Codes only: no identity, no content."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.cases import Flag, FlagText, Phase
from livc_desktop.services import cases as case_service
from livc_desktop.services.register import Session
from livc_desktop.ui import case_labels as L
from livc_desktop.ui import palette
from livc_desktop.ui.case_labels import named
from livc_desktop.ui.dates import format_date
from livc_desktop.ui.models.case_models import ROW_ROLE, DueCaseModel, OverdueMeasureModel
from livc_desktop.ui.models.flag_chart import FlagChartTableModel
from livc_desktop.ui.widgets.case_tables import make_table
from livc_desktop.ui.widgets.flag_badge import FlagBadgeDelegate, paint_chip
from livc_desktop.ui.worker import LatestRead


class FlagChart(QWidget):
    """Stacked areas of open cases per flag, one point per month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flag_chart")
        self.setMinimumSize(360, 200)
        self.points: list[tuple[date, dict[Flag, int]]] = []
        self.flag_texts: dict[Flag, FlagText] = {}

    def set_points(self, points: list[tuple[date, dict[Flag, int]]]) -> None:
        self.points = list(points)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 240)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        fm = p.fontMetrics()
        legend_h = fm.height() + 8
        left, right, top = fm.horizontalAdvance("0000") + 10, 12, 10
        bottom = fm.height() + 8 + legend_h
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        p.setPen(QPen(pal.text().color()))
        if not self.points or plot.width() < 20 or plot.height() < 20:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No flag decisions yet."))
            p.end()
            return
        totals = [sum(c.values()) for _, c in self.points]
        peak = max(1, max(totals))
        n = len(self.points)

        def x(i: int) -> float:
            return plot.left() + (plot.width() * i / (n - 1) if n > 1 else plot.width() / 2)

        def y(v: float) -> float:
            return plot.bottom() - plot.height() * v / peak

        base = [0.0] * n
        for flag in (Flag.BLACK, Flag.RED, Flag.YELLOW, Flag.GREEN):
            upper = [base[i] + self.points[i][1].get(flag, 0) for i in range(n)]
            path = QPainterPath(QPointF(x(0), y(base[0])))
            for i in range(n):
                path.lineTo(x(i), y(upper[i]))
            for i in reversed(range(n)):
                path.lineTo(x(i), y(base[i]))
            path.closeSubpath()
            colour = QColor(L.flag_colour(flag))
            colour.setAlpha(200)
            p.fillPath(path, colour)
            # An outline, so the black flag shows on a dark background too.
            p.strokePath(path, QPen(palette.colour(palette.BADGE_OUTLINE), 1))
            base = upper
        # axes and labels
        grid = QColor(pal.text().color())
        grid.setAlpha(90)
        p.setPen(QPen(grid))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        p.setPen(QPen(pal.text().color()))
        p.drawText(
            QRectF(0, plot.top() - 2, left - 6, fm.height()), Qt.AlignmentFlag.AlignRight, str(peak)
        )
        p.drawText(
            QRectF(0, plot.bottom() - fm.height(), left - 6, fm.height()),
            Qt.AlignmentFlag.AlignRight,
            "0",
        )
        step = max(1, n // 6)
        for i in range(0, n, step):
            label = self.points[i][0].strftime("%m/%y")
            w = fm.horizontalAdvance(label)
            p.drawText(
                QPointF(
                    min(max(x(i) - w / 2, 0), self.width() - w), plot.bottom() + fm.ascent() + 4
                ),
                label,
            )
        # legend: colour plus label, never colour alone
        lx = plot.left()
        ly = self.height() - legend_h + 4
        for flag in Flag:
            paint_chip(p, QRectF(lx, ly + 2, 12, 12).toRect(), flag)
            text = L.flag_label(flag, self.flag_texts)
            p.setPen(QPen(pal.text().color()))
            p.drawText(QPointF(lx + 16, ly + fm.ascent()), text)
            lx += 16 + fm.horizontalAdvance(text) + 16
        p.end()


_OverviewData = tuple[
    case_service.CaseOverview, dict[Flag, FlagText], list[tuple[date, dict[Flag, int]]]
]


def _overview_data(session: Session) -> _OverviewData:
    """Everything the panel shows, for a worker thread."""
    return (
        case_service.overview(session),
        case_service.flag_texts(session),
        case_service.flag_counts_over_time(session),
    )


class CaseOverviewPanel(QWidget):
    """Embed with OverviewPage.add_section; call set_session(session | None)."""

    case_activated = Signal(int)  # a case id picked from the due/overdue lists
    # "reviews" or "measures": the case list with every due case / overdue measure.
    show_all_requested = Signal(str)
    # The counts, lists and chart are in.
    counted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_overview_panel")
        self.session: Session | None = None
        self._read = LatestRead()  # the figures, counted on a worker thread
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top_row = QHBoxLayout()
        bottom_row = QHBoxLayout()
        outer.addLayout(top_row, 3)
        outer.addLayout(bottom_row, 2)
        self.counts_box = QGroupBox()
        counts = QFormLayout(self.counts_box)
        self.awaiting_label = QLabel()
        self.awaiting_value = named(QLabel(), "signals_awaiting_count")
        counts.addRow(self.awaiting_label, self.awaiting_value)
        self.flag_labels: dict[Flag | None, tuple[QLabel, QLabel]] = {}
        for flag in [*Flag, None]:
            pair = (QLabel(), named(QLabel(), f"flag_count_{flag.value if flag else 'none'}"))
            self.flag_labels[flag] = pair
            counts.addRow(*pair)
        top_row.addWidget(self.counts_box)

        self.phase_box = QGroupBox()
        phases = QFormLayout(self.phase_box)
        self.phase_labels: dict[Phase, tuple[QLabel, QLabel]] = {}
        for phase in Phase:
            pair = (QLabel(), named(QLabel(), f"phase_count_{phase.value}"))
            self.phase_labels[phase] = pair
            phases.addRow(*pair)
        top_row.addWidget(self.phase_box)

        self.chart_box = QGroupBox()
        chart_layout = QVBoxLayout(self.chart_box)
        self.chart = FlagChart()
        # The same figures as a table: for the keyboard, a screen reader, or a reader who
        # wants numbers rather than areas.
        self.chart_model = FlagChartTableModel(self)
        self.chart_table = QTableView()
        self.chart_table.setObjectName("flag_chart_table")
        self.chart_table.setModel(self.chart_model)
        self.chart_table.verticalHeader().hide()
        self.chart_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setObjectName("flag_chart_tabs")
        self.chart_tabs.setDocumentMode(True)
        self.chart_tabs.addTab(self.chart, "")
        self.chart_tabs.addTab(self.chart_table, "")
        chart_layout.addWidget(self.chart_tabs)
        top_row.addWidget(self.chart_box, 1)

        self.due_box = QGroupBox()
        due_layout = QVBoxLayout(self.due_box)
        self.due_model = DueCaseModel(self)
        self.due_list = make_table(
            "due_list", self.due_model, DueCaseModel.COL_REASONS, fit_on_load=True
        )
        self.due_list.setItemDelegateForColumn(DueCaseModel.COL_FLAG, FlagBadgeDelegate(self))
        self.due_list.activated.connect(self._on_due_list_activated)
        due_layout.addWidget(self.due_list)
        self.due_more, self.due_more_button = self._more_row(due_layout, "reviews")
        bottom_row.addWidget(self.due_box, 1)

        self.overdue_box = QGroupBox()
        overdue_layout = QVBoxLayout(self.overdue_box)
        self.overdue_model = OverdueMeasureModel(self)
        self.overdue_list = make_table(
            "overdue_list", self.overdue_model, OverdueMeasureModel.COL_PARTNER, fit_on_load=True
        )
        self.overdue_list.activated.connect(self._on_overdue_list_activated)
        overdue_layout.addWidget(self.overdue_list)
        self.overdue_more, self.overdue_more_button = self._more_row(overdue_layout, "measures")
        bottom_row.addWidget(self.overdue_box, 1)
        self._totals = (0, 0)
        self.retranslate()
        self.set_session(None)

    def _more_row(self, layout: QVBoxLayout, place: str) -> tuple[QLabel, QPushButton]:
        """Under a list that shows only its first rows: how many there are, and a button
        to the case list that shows them all. Hidden while the list is complete."""
        row = QHBoxLayout()
        label = named(QLabel(), f"{place}_more")
        label.setWordWrap(True)
        button = QPushButton()
        button.setObjectName(f"{place}_show_all")
        button.clicked.connect(lambda: self.show_all_requested.emit(place))
        row.addWidget(label, 1)
        row.addWidget(button)
        layout.addLayout(row)
        label.hide()
        button.hide()
        return label, button

    def _show_totals(self, shown: tuple[int, int] = (0, 0)) -> None:
        """Called before the lists are filled: showing or hiding the line lays the panel
        out again, which sizes the lists' columns over their rows."""
        pairs = (
            (self.due_more, self.due_more_button, shown[0], self._totals[0]),
            (self.overdue_more, self.overdue_more_button, shown[1], self._totals[1]),
        )
        for label, button, listed, total in pairs:
            more = total > listed
            label.setVisible(more)
            button.setVisible(more)
            if more:
                label.setText(
                    self.tr("The first {shown} of %n are listed.", "", total).format(shown=listed)
                )

    def retranslate(self) -> None:
        self.counts_box.setTitle(self.tr("Signals and flags"))
        self.awaiting_label.setText(self.tr("Signals awaiting weighing"))
        texts = self.chart.flag_texts
        for flag, (label, _value) in self.flag_labels.items():
            label.setText(L.flag_label(flag, texts))
        self.phase_box.setTitle(self.tr("Cases by phase"))
        for phase, (label, _value) in self.phase_labels.items():
            label.setText(L.phase_label(phase))
        self.chart_box.setTitle(self.tr("Open cases by flag over time"))
        self.chart_tabs.setTabText(0, self.tr("Chart"))
        self.chart_tabs.setTabText(1, self.tr("Table"))
        self.chart.setAccessibleName(self.tr("Open cases by flag over time"))
        self.chart_table.setAccessibleName(self.tr("Open cases by flag over time, as a table"))
        self.due_box.setTitle(self.tr("Cases due for review"))
        self.overdue_box.setTitle(self.tr("Overdue measures"))
        self.due_more_button.setText(self.tr("Show all in the case list"))
        self.overdue_more_button.setText(self.tr("Show all in the case list"))
        self.due_model.retranslate()
        self.overdue_model.retranslate()
        self.reload()

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        session = self.session
        if session is None or not session.is_open:
            self._read.cancel()
            self.due_model.clear()
            self.overdue_model.clear()
            self.awaiting_value.setText("")
            for _label, value in [*self.flag_labels.values(), *self.phase_labels.values()]:
                value.setText("")
            self.chart.set_points([])
            self.chart_model.set_points([])
            self._describe_chart()
            self._totals = (0, 0)
            self._show_totals()
            return
        # Counted on a worker thread: the counts and the chart read every case, which
        # must not hold up the window in a large register. The figures shown stay until
        # the new ones are in (`loading`).
        self._read.run(
            lambda: session.read_in_background(_overview_data),
            self._on_counted,
            lambda: self.session is session and session.is_open,
        )

    @property
    def loading(self) -> bool:
        """True while the figures are being counted on a worker thread."""
        return self._read.loading

    def _on_counted(self, data: _OverviewData) -> None:
        ov, texts, points = data
        self.chart.flag_texts = texts
        self.due_model.flag_texts = texts
        for flag, (label, _v) in self.flag_labels.items():
            label.setText(L.flag_label(flag, texts))
        self.awaiting_value.setText(str(ov.signals_awaiting))
        for flag, (_label, value) in self.flag_labels.items():
            value.setText(str(ov.by_flag.get(flag, 0)))
        for phase, (_label, value) in self.phase_labels.items():
            value.setText(str(ov.by_phase.get(phase, 0)))
        self._totals = (ov.due_total, ov.overdue_total)
        self._show_totals((len(ov.due), len(ov.overdue)))
        self.due_model.set_rows(ov.due)
        self.overdue_model.set_rows(ov.overdue)
        self.chart.set_points(points)
        self.chart_model.flag_texts = texts
        self.chart_model.set_points(points)
        self._describe_chart()
        self.counted.emit()

    def _describe_chart(self) -> None:
        """The chart in one sentence, for a screen reader (its accessible description)."""
        points = self.chart.points
        if not points:
            self.chart.setAccessibleDescription(self.tr("No flag decisions yet."))
            return
        (first, _), (last, counts) = points[0], points[-1]
        now = ", ".join(
            f"{L.flag_label(flag, self.chart.flag_texts)} {counts.get(flag, 0)}" for flag in Flag
        )
        self.chart.setAccessibleDescription(
            self.tr(
                "Open cases per month from {first} to {last}. In the last month: {now}. "
                "The Table tab lists every month."
            ).format(first=format_date(first), last=format_date(last), now=now)
        )

    def _on_due_list_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.case_activated.emit(int(row[0].id))

    def _on_overdue_list_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.case_activated.emit(int(row.case_id))
