"""File > Annual report: choose a year and save the cell's annual report as PDF (and,
if wished, its figures as CSV next to it), in the register's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.changes import ChangeKind
from livc_desktop.services import annual_report
from livc_desktop.services.annual_report import AnnualLabels
from livc_desktop.services.session import Session
from livc_desktop.ui.annual_report_labels import labels_for
from livc_desktop.ui.destinations import ask_save_path
from livc_desktop.ui.forms import close_on_lock
from livc_desktop.ui.operations import run_op
from livc_desktop.ui.printing import show_document
from livc_desktop.ui.widgets.sizing import prefer_width


class AnnualReportDialog(QDialog):
    #: The files written (PDF first), after each export.
    report_exported = Signal(list)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annual_report_dialog")
        self.session = session
        close_on_lock(self, session)
        prefer_width(self, 480)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("annual_report_intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.year = QComboBox()
        self.year.setObjectName("annual_report_year")
        for year in annual_report.available_years(session):
            self.year.addItem(str(year), year)
        self.with_csv = QCheckBox()
        self.with_csv.setObjectName("annual_report_csv")
        self.year_label = QLabel()
        form.addRow(self.year_label, self.year)
        form.addRow("", self.with_csv)
        layout.addLayout(form)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("annual_report_saved")
        self.saved_label.setWordWrap(True)
        layout.addWidget(self.saved_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("buttons")
        self.save_button = QPushButton()
        self.save_button.setObjectName("annual_report_save")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Annual report"))
        self.intro.setText(
            self.tr(
                "What the cell did in one calendar year, for the mayor, the council and the "
                "regional authorities. Counts below 5 are printed as \u201c<\u00a05\u201d, and a "
                "number that would let someone work one out is left out too. The report is "
                "written in the register's language."
            )
        )
        self.year_label.setText(self.tr("Year"))
        self.with_csv.setText(self.tr("Also save the figures as CSV (same name, .csv)"))
        self.save_button.setText(self.tr("Save PDF…"))

    def selected_year(self) -> int | None:
        value = self.year.currentData()
        return int(value) if value is not None else None

    def _on_save_button_clicked(self) -> None:
        """Preview the report with print and save (ui/printing.py)."""
        year = self.selected_year()
        labels = labels_for(self.session)
        built = run_op(
            self,
            self.session,
            lambda: annual_report.pdf_bytes(
                self.session, annual_report.build(self.session, year), labels
            ),
            title=self.windowTitle(),
        )
        if built is None:
            return
        session = self.session
        show_document(
            self,
            built.value,
            self.windowTitle(),
            save=lambda: self._save(year, labels),
            printed=lambda: session.record(ChangeKind.EXPORT_PRINT, kind="annual_report"),
        )

    def _save(self, year: int | None, labels: AnnualLabels) -> bool:
        target = ask_save_path(
            self,
            self.tr("Save the annual report"),
            self.tr("annual-report-{year}.pdf").format(year=year),
            self.tr("PDF documents (*.pdf)"),
            ".pdf",
        )
        if target is None:
            return False
        csv: Path | None = target.with_suffix(".csv") if self.with_csv.isChecked() else None
        outcome = run_op(
            self,
            self.session,
            lambda: annual_report.export(self.session, year, labels, pdf=target, csv=csv),
            title=self.windowTitle(),
        )
        if outcome is None:
            return False
        names = ", ".join(path.name for path in outcome.value)
        self.saved_label.setText(self.tr("Saved: {files}").format(files=names))
        self.report_exported.emit(list(outcome.value))
        return True
