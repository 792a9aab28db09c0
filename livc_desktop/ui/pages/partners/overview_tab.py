"""The participation overview: active partners by participation level and the tables or
teams they sit at."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.partners import Participation, PartnerRow, PartnerStatus, Role
from livc_desktop.ui import partner_labels as labels
from livc_desktop.ui.labels import table_label
from livc_desktop.ui.pages.partners.context import PartnersContext, push_button


class ParticipationTab(QWidget):
    print_requested = Signal()

    def __init__(self, context: PartnersContext) -> None:
        super().__init__()
        self._context = context
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setObjectName("participation_overview")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.print_button = push_button("partners_print_overview")
        self.print_button.clicked.connect(self.print_requested)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("Print participation overview…"))
        self.intro.setText(
            self.tr(
                "Active partners by participation level (works on it, contributes, kept "
                "informed) and the tables or teams they sit at."
            )
        )

    def clear(self) -> None:
        self.model.clear()

    def fill(self, rows: Sequence[PartnerRow]) -> None:
        self.model.clear()
        kinds = list(self._context.table_kinds())
        self.model.setHorizontalHeaderLabels(
            [self.tr("Partner"), self.tr("Sector")]
            + [table_label(k) for k in kinds]
            + [self.tr("Roles")]
        )
        sector_names = self._context.sector_labels
        active = [r for r in rows if r.status is PartnerStatus.ACTIVE]
        for level in Participation:
            members = [r for r in active if r.participation is level]
            group = QStandardItem(f"{labels.participation_label(level)} ({len(members)})")
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            group.setToolTip(labels.participation_explanation(level))
            for r in members:
                items = [
                    QStandardItem(r.name),
                    QStandardItem(sector_names.get(r.sector, r.sector)),
                ]
                items += [QStandardItem("✓" if k in r.tables else "") for k in kinds]
                items.append(
                    QStandardItem(
                        ", ".join(
                            labels.role_label(x) for x in sorted(r.roles, key=list(Role).index)
                        )
                    )
                )
                group.appendRow(items)
            self.model.appendRow(group)
        self.view.expandAll()
        self.view.header().resizeSection(0, 260)
        self.view.header().resizeSection(1, 170)
