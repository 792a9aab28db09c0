"""Overview: "My month" first (what needs the officer now), then the register at a glance,
then the cell's static profile; features add their panels with `add_section(widget)` (each
panel takes care of its own data on lock)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.changes import Area, Changes
from livc_desktop.services.register import Session
from livc_desktop.ui.labels import structure_explanation, structure_label, table_label
from livc_desktop.ui.pages.base import Page
from livc_desktop.ui.widgets.case_overview import CaseOverviewPanel
from livc_desktop.ui.widgets.composition_warnings import CompositionWarningsPanel
from livc_desktop.ui.widgets.distribution_overview import DistributionOverviewPanel
from livc_desktop.ui.widgets.my_month import MyMonthPanel


def _value_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class OverviewPage(Page):
    page_id = "overview"
    shows = frozenset(Area)
    icon_name = "go-home"

    def __init__(self) -> None:
        super().__init__()
        self.heading = QLabel(self)
        self.heading.setObjectName("overview_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.cell_box = QGroupBox(self)
        self.municipalities_value = _value_label(self.cell_box, "overview_municipalities")
        self.joint_value = _value_label(self.cell_box, "overview_joint")
        self.structure_value = _value_label(self.cell_box, "overview_structure")
        self.tables_value = _value_label(self.cell_box, "overview_tables")
        self.officer_value = _value_label(self.cell_box, "overview_officer")
        self.cell_form = QFormLayout(self.cell_box)
        self.cell_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.cell_labels = [QLabel(self.cell_box) for _ in range(5)]
        for label, value in zip(
            self.cell_labels,
            (
                self.municipalities_value,
                self.joint_value,
                self.structure_value,
                self.tables_value,
                self.officer_value,
            ),
            strict=True,
        ):
            self.cell_form.addRow(label, value)

        self.register_box = QGroupBox(self)
        self.file_value = _value_label(self.register_box, "overview_file")
        self.schema_value = _value_label(self.register_box, "overview_schema")
        self.register_form = QFormLayout(self.register_box)
        self.register_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.register_labels = [QLabel(self.register_box) for _ in range(2)]
        self.register_form.addRow(self.register_labels[0], self.file_value)
        self.register_form.addRow(self.register_labels[1], self.schema_value)

        body = QWidget()
        body.setObjectName("overview_body")
        self.sections = QVBoxLayout(body)
        self.sections.addWidget(self.heading)
        self.my_month = MyMonthPanel(body)
        self.sections.addWidget(self.my_month)
        # The static profile stays at the bottom, below every feature's panel.
        self.sections.addWidget(self.cell_box)
        self.sections.addWidget(self.register_box)
        self.sections.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._panels: list[Any] = [self.my_month]
        self.add_section(CompositionWarningsPanel(self))
        self.case_panel = CaseOverviewPanel(self)
        self.add_section(self.case_panel)
        self.add_section(DistributionOverviewPanel(self))
        self.retranslate()

    def title(self) -> str:
        return self.tr("Overview")

    def add_section(self, widget: QWidget) -> None:
        """Put a feature's panel below the others (above the cell's profile). A panel
        with `set_session`/`refresh`/`retranslate` gets them from this page."""
        self.sections.insertWidget(self.sections.indexOf(self.cell_box), widget)
        if hasattr(widget, "set_session"):
            self._panels.append(widget)
            widget.set_session(self.session)

    def set_session(self, session: Session | None) -> None:
        super().set_session(session)
        self._fill()
        for panel in self._panels:
            panel.set_session(session)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Area.PROFILE):
            self._fill()
        self._refresh_panels()

    def refresh(self) -> None:
        self._fill()
        self._refresh_panels()

    def _refresh_panels(self) -> None:
        for panel in self._panels:
            if self.session is not None and hasattr(panel, "refresh"):
                panel.refresh()

    def _fill(self) -> None:
        values = (
            self.municipalities_value,
            self.joint_value,
            self.structure_value,
            self.tables_value,
            self.officer_value,
            self.file_value,
            self.schema_value,
        )
        if self.session is None:
            for value in values:
                value.clear()
            return
        profile = self.session.profile()
        self.municipalities_value.setText(", ".join(profile.municipalities))
        self.joint_value.setText(
            self.tr("Yes, a joint cell of {n} municipalities").format(n=len(profile.municipalities))
            if profile.is_joint
            else self.tr("No")
        )
        self.structure_value.setText(
            structure_label(profile.structure) + "\n" + structure_explanation(profile.structure)
        )
        self.tables_value.setText(", ".join(table_label(t) for t in profile.tables))
        self.officer_value.setText(profile.officer_name or "—")
        self.file_value.setText(str(self.session.path))
        self.schema_value.setText(str(self.session.register.schema_version))

    def retranslate(self) -> None:
        for panel in getattr(self, "_panels", []):
            if hasattr(panel, "retranslate"):
                panel.retranslate()
        self.heading.setText(self.tr("Overview"))
        self.cell_box.setTitle(self.tr("The cell"))
        self.register_box.setTitle(self.tr("The register"))
        for label, text in zip(
            self.cell_labels,
            (
                self.tr("Municipalities:"),
                self.tr("Joint cell:"),
                self.tr("Structure:"),
                self.tr("Tables:"),
                self.tr("Prevention officer:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.register_labels[0].setText(self.tr("File:"))
        self.register_labels[1].setText(self.tr("Schema version:"))
        if self.session is not None:
            self._fill()
