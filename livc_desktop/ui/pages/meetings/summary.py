"""The case beside its agenda item in meeting mode: flag, phase, team, open measures and
the last decision. What partners wrote (measures, the decision's justification) is case
content: masked in privacy mode, the screen may be projected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QSizePolicy, QVBoxLayout

from livc_desktop.domain.cases import Flag, Phase
from livc_desktop.domain.meetings import DecisionKind
from livc_desktop.services import meetings as svc
from livc_desktop.ui import case_labels as cl
from livc_desktop.ui import meeting_labels as ml
from livc_desktop.ui.privacy import privacy_mode


class CaseSummaryBox(QGroupBox):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("run_case_summary")
        self._summary: svc.CaseSummary | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(6, 2, 6, 2)
        self.text = QLabel()
        self.text.setObjectName("run_case_summary_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        col.addWidget(self.text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def retranslate(self) -> None:
        self.refresh()

    def show_summary(self, summary: svc.CaseSummary | None) -> None:
        self._summary = summary
        self.refresh()

    def refresh(self) -> None:
        s = self._summary
        self.setVisible(s is not None)
        if s is None:
            self.text.clear()
            return
        self.setTitle(self.tr("Case {code}").format(code=s.code))
        mask = privacy_mode().mask
        none = self.tr("none")
        flag = cl.flag_label(s.flag) if s.flag is not None else self.tr("not weighed yet")
        if s.flag_since is not None:
            flag += " " + self.tr("(since {date})").format(date=ml.ui_date(s.flag_since))
        # Two facts a line: the summary shares its column with the attendance list.
        lines = [
            self.tr("Flag: {flag}").format(flag=flag)
            + "  ·  "
            + self.tr("Phase: {phase}").format(phase=cl.phase_label(s.phase)),
            self.tr("Team: {names}").format(names=", ".join(s.team) or none),
            self.tr("Open measures: {count}").format(count=len(s.open_measures))
            + "  ·  "
            + self.tr("Next review: {date}").format(date=ml.ui_date(s.next_review) or "–"),
        ]
        for what, partner, due in s.open_measures:
            lines.append(f"  • {mask(what)} – {partner or '–'} ({ml.ui_date(due) or '–'})")
        if s.last_decision is None:
            lines.append(self.tr("Last decision: {what}").format(what=none))
        else:
            kind, value, on, why = s.last_decision
            label = (
                cl.flag_label(Flag(value))
                if kind == DecisionKind.FLAG.value
                else cl.phase_label(Phase(value))
            )
            lines.append(
                self.tr("Last decision: {what} on {date}").format(what=label, date=ml.ui_date(on))
            )
            if why:
                lines.append(f"  {mask(why)}")
        self.text.setText("\n".join(lines))
