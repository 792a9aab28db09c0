"""Import partners from a CSV sheet: choose the file, check the column mapping against a
preview, see every row's problem, decide about duplicates, then confirm. Nothing is written
before the confirmation, and the import runs in one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.errors import LivcError
from livc_desktop.domain.partner_import import (
    FIELDS,
    ROW_PROBLEM,
    CsvSheet,
    ImportFileError,
    ImportPlan,
    ImportRow,
    word_key,
)
from livc_desktop.services import partner_import as import_service
from livc_desktop.services.session import Session
from livc_desktop.ui import palette
from livc_desktop.ui import partner_labels as labels
from livc_desktop.ui.messages import error_message, problem_message
from livc_desktop.ui.models.base import RowTableModel

translate = QCoreApplication.translate
MAX_FILE_BYTES = 20 * 1024 * 1024


def field_label(field: str) -> str:
    return {
        "name": translate("PartnerImport", "Name"),
        "sector": translate("PartnerImport", "Sector"),
        "participation": translate("PartnerImport", "Participation"),
        "address": translate("PartnerImport", "Address"),
        "phone": translate("PartnerImport", "Phone"),
        "email": translate("PartnerImport", "E-mail"),
        "website": translate("PartnerImport", "Website"),
        "municipality": translate("PartnerImport", "Municipality"),
        "notes": translate("PartnerImport", "Notes"),
        "contact_name": translate("PartnerImport", "Contact person"),
        "contact_function": translate("PartnerImport", "Contact's function"),
        "contact_phone": translate("PartnerImport", "Contact's phone"),
        "contact_email": translate("PartnerImport", "Contact's e-mail"),
    }.get(field, field)


def row_problem_text(row: ImportRow) -> str:
    # Each problem is a full sentence ending in a full stop: separate them by spaces.
    return " ".join(
        _unclosed_quote_text()
        if f == ROW_PROBLEM
        else f"{field_label(f)}: {problem_message(f.removeprefix('contact_'), p)}"
        for f, p in sorted(row.problems.items())
    )


def _unclosed_quote_text() -> str:
    # The only whole-row problem: the line could not be split into cells.
    return translate(
        "PartnerImport",
        'A quote (") on this line is never closed, or a cell here runs over several lines '
        "and holds the separator. Correct the line in the sheet; the lines after it are "
        "read as separate rows.",
    )


class ImportPreviewModel(RowTableModel):
    """One line per data row of the file, with what the import will do with it."""

    COL_LINE, COL_NAME, COL_SECTOR, COL_CONTACT, COL_RESULT = range(5)

    _rows: list[ImportRow]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._merge = True
        self._sector_labels: dict[str, str] = {}

    def set_plan(self, plan: ImportPlan | None, merge: bool, sector_labels: dict[str, str]) -> None:
        self._merge = merge
        self._sector_labels = sector_labels
        self.set_rows(plan.rows if plan else [])

    def result_text(self, row: ImportRow) -> str:
        if not row.ok:
            return translate("PartnerImport", "Not imported: {problems}").format(
                problems=row_problem_text(row)
            )
        if row.same_as_line is not None:
            return translate("PartnerImport", "Added to the partner of line {line}").format(
                line=row.same_as_line
            )
        if row.duplicate_of is not None:
            if self._merge:
                return translate("PartnerImport", "Already in the register: merged")
            return translate("PartnerImport", "Already in the register: skipped")
        text = translate("PartnerImport", "New partner")
        if row.sector_unknown:
            text += " · " + translate(
                "PartnerImport", "unknown sector '{sector}' kept in the notes"
            ).format(sector=row.sector_unknown)
        return text

    def cell(self, row: ImportRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.ok:
            return palette.colour(palette.ERROR)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_RESULT:
            return self.result_text(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        p = row.partner or row.draft
        if col == self.COL_LINE:
            return str(row.line)
        if col == self.COL_RESULT:
            return self.result_text(row)
        if p is None:
            return ""
        if col == self.COL_NAME:
            return p.name
        if col == self.COL_SECTOR:
            return self._sector_labels.get(p.sector) or labels.sector_label(p.sector)
        return ", ".join(c.name for c in p.contacts)

    def headers(self) -> list[str]:
        return [
            translate("PartnerImport", "Line"),
            translate("PartnerImport", "Name"),
            translate("PartnerImport", "Sector"),
            translate("PartnerImport", "Contact person"),
            translate("PartnerImport", "What happens"),
        ]


class PartnerImportDialog(QDialog):
    def __init__(
        self, session: Session, sector_labels: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partner_import_dialog")
        self.setWindowTitle(self.tr("Import partners from a CSV file"))
        self.resize(1120, 640)  # fits a 1280x720 projector with its task bar
        self._session = session
        self._sector_labels = dict(sector_labels)
        self.sheet: CsvSheet | None = None
        self.plan: ImportPlan | None = None
        self.result_summary: str | None = None
        self._combos: dict[str, QComboBox] = {}

        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Save the sheet in Excel with Save As › 'CSV UTF-8' (or plain CSV) and choose "
                "it here. The first row must hold the column names. Nothing is imported "
                "until you confirm."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("import_choose")
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        row.addWidget(self.choose_button)
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setObjectName("import_file")
        self.file_label.setWordWrap(True)
        row.addWidget(self.file_label, 1)
        outer.addLayout(row)
        self.file_error = QLabel()
        self.file_error.setObjectName("import_file_error")
        self.file_error.setStyleSheet(palette.text_css(palette.ERROR))
        self.file_error.setWordWrap(True)
        self.file_error.setVisible(False)
        outer.addWidget(self.file_error)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        mapping_box = QGroupBox(self.tr("Columns"))
        form = QFormLayout(mapping_box)
        for field in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self._combos[field] = combo
            form.addRow(field_label(field), combo)
        self.duplicates = QComboBox()
        self.duplicates.setObjectName("import_duplicates")
        self.duplicates.addItem(self.tr("Merge with the partner already in the register"), True)
        self.duplicates.addItem(self.tr("Skip it"), False)
        self.duplicates.currentIndexChanged.connect(self._on_mapping_changed)
        form.addRow(QLabel(self.tr("Same name as a partner in the register:")))
        form.addRow(self.duplicates)
        splitter.addWidget(mapping_box)

        preview_box = QGroupBox(self.tr("Preview"))
        pv = QVBoxLayout(preview_box)
        self.preview_model = ImportPreviewModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("import_preview")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 45), (1, 170), (2, 130), (3, 130)):
            self.preview.horizontalHeader().resizeSection(column, width)
        pv.addWidget(self.preview, 1)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        pv.addWidget(self.summary)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_confirm")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    # -- reading ---------------------------------------------------------------------
    def _on_choose_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a CSV file"),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if not path:
            return
        try:
            size = Path(path).stat().st_size
            if size > MAX_FILE_BYTES:
                raise ImportFileError("too_large")
            data = Path(path).read_bytes()
        except ImportFileError as exc:
            self._show_file_error(exc)
            return
        except OSError:
            self._show_file_error(ImportFileError("not_text"))
            return
        self.load_bytes(data, Path(path).name)

    def load_bytes(self, data: bytes, name: str = "") -> bool:
        """Read the sheet and guess the mapping; False (and a message) if unreadable."""
        try:
            sheet, mapping = import_service.read(data)
        except ImportFileError as exc:
            self._show_file_error(exc)
            return False
        self.sheet = sheet
        self.file_error.setVisible(False)
        encoding = {
            "utf-8-sig": "UTF-8 (Excel)",
            "utf-8": "UTF-8",
            "utf-16": "UTF-16",
            "cp1252": "Windows-1252",
        }.get(sheet.encoding, sheet.encoding)
        delimiter = {";": ";", ",": ",", "\t": self.tr("tab")}.get(sheet.delimiter, sheet.delimiter)
        self.file_label.setText(
            self.tr("{name}: {rows} rows · {encoding} · columns separated by {delimiter}").format(
                name=name, rows=len(sheet.rows), encoding=encoding, delimiter=delimiter
            )
        )
        for field, combo in self._combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), -1)
            for i, title in enumerate(sheet.header):
                combo.addItem(title or self.tr("column {n}").format(n=i + 1), i)
            index = mapping.get(field)
            combo.setCurrentIndex(0 if index is None else index + 1)
            combo.blockSignals(False)
        self._replan()
        return True

    def _show_file_error(self, exc: LivcError) -> None:
        self.sheet = None
        self.plan = None
        self.preview_model.set_plan(None, True, self._sector_labels)
        self.file_error.setText(error_message(exc))
        self.file_error.setVisible(True)
        self.summary.clear()
        self.import_button.setEnabled(False)

    def mapping(self) -> dict[str, int | None]:
        out: dict[str, int | None] = {}
        for field, combo in self._combos.items():
            value = combo.currentData()
            out[field] = int(value) if isinstance(value, int) and value >= 0 else None
        return out

    def set_mapping(self, field: str, column: int | None) -> None:
        combo = self._combos[field]
        combo.setCurrentIndex(0 if column is None else column + 1)

    def merge_duplicates(self) -> bool:
        return bool(self.duplicates.currentData())

    def _on_mapping_changed(self, _index: int) -> None:
        self._replan()

    def _replan(self) -> None:
        if self.sheet is None:
            return
        lookup = {word_key(label): code for code, label in self._sector_labels.items()}
        self.plan = import_service.plan(self._session, self.sheet, self.mapping(), lookup)
        self.preview_model.set_plan(self.plan, self.merge_duplicates(), self._sector_labels)
        self.preview.resizeRowsToContents()
        plan = self.plan
        if self.mapping().get("name") is None:
            self.summary.setText(self.tr("Choose which column holds the partner's name."))
            self.import_button.setEnabled(False)
            return
        self.summary.setText(
            self.tr(
                "New partners: {new} · already in the register: {duplicates} ({action}) · "
                "rows adding a contact to an earlier row: {folded} · "
                "rows with problems (not imported): {errors}"
            ).format(
                new=len(plan.new),
                duplicates=len(plan.duplicates),
                action=self.tr("merge") if self.merge_duplicates() else self.tr("skip"),
                folded=len(plan.folded),
                errors=len(plan.errors),
            )
        )
        useful = len(plan.new) + (len(plan.duplicates) if self.merge_duplicates() else 0)
        self.import_button.setEnabled(useful > 0)

    # -- importing -------------------------------------------------------------------
    def _on_buttons_accepted(self) -> None:
        plan = self.plan
        if plan is None:
            return
        merge = self.merge_duplicates()
        question = self.tr(
            "Import now?\nNew partners: {new}\n"
            "Merged into partners already in the register: {merged}\n"
            "Rows with problems, not imported: {errors}"
        ).format(
            new=len(plan.new),
            merged=len(plan.duplicates) if merge else 0,
            errors=len(plan.errors),
        )
        answer = QMessageBox.question(
            self,
            self.tr("Import partners"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = import_service.apply(self._session, plan, merge_duplicates=merge)
        except LivcError as exc:
            QMessageBox.warning(
                self,
                self.tr("Import partners"),
                error_message(exc) + "\n" + self.tr("Nothing was imported."),
            )
            return
        self.result_summary = self.tr(
            "Import done. New: {created} · merged: {merged} · skipped: {skipped} · "
            "rows with problems, not imported: {failed}"
        ).format(
            created=len(result.created),
            merged=len(result.merged),
            skipped=result.skipped,
            failed=result.failed,
        )
        self.accept()
