"""The first-start wizard: the cell, the officer, the language, and the passphrase.

Three short steps. Each step's fields are checked by the domain rules before moving on;
problems show under the field. Creating the register derives the key, which takes a
moment: it runs in a worker while a busy indicator shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain import passphrase as pp
from livc_desktop.domain.cell import LANGUAGES, MAX_NAME_LENGTH, CellProfile, CellStructure
from livc_desktop.domain.errors import LivcError, ValidationError
from livc_desktop.services import register as register_service
from livc_desktop.services.register import Session
from livc_desktop.ui import palette
from livc_desktop.ui.labels import language_label, structure_explanation, structure_label
from livc_desktop.ui.messages import error_message
from livc_desktop.ui.widgets.municipalities import MunicipalityListEditor
from livc_desktop.ui.widgets.passphrase import PassphraseEdit, ProblemLabel, StrengthMeter
from livc_desktop.ui.worker import run_in_background

STEP_CELL, STEP_OFFICER, STEP_PASSPHRASE = range(3)
# Which step shows which field, to go back to the first step with a problem.
FIELD_STEP = {
    "municipalities": STEP_CELL,
    "structure": STEP_CELL,
    "officer_name": STEP_OFFICER,
    "passphrase": STEP_PASSPHRASE,
    "repeat": STEP_PASSPHRASE,
}


def _heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _wrapped(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class FirstStartWizard(QWidget):
    """Emits `created(session)` once the register exists and is unlocked."""

    created = Signal(object)
    language_chosen = Signal(str)

    def __init__(self, register_path: Path, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("first_start_wizard")
        self.register_path = register_path
        self.busy = False

        self.title = _heading(self)
        self.step_label = QLabel(self)
        self.step_label.setObjectName("wizard_step")
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._build_cell_step())
        self.steps.addWidget(self._build_officer_step())
        self.steps.addWidget(self._build_passphrase_step())

        self.error_label = _wrapped(self, "wizard_error")
        self.error_label.setStyleSheet(palette.text_css(palette.ERROR))
        self.error_label.hide()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busy_indicator")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(200)
        self.busy_label = QLabel(self)
        self.busy_bar.hide()
        self.busy_label.hide()

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("wizard_back")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("wizard_next")
        self.next_button.setDefault(True)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("wizard_create")
        self.create_button.setDefault(True)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.create_button.clicked.connect(self._on_create_clicked)

        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_bar)
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.create_button)

        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addWidget(self.title)
        column.addWidget(self.step_label)
        column.addWidget(self.steps, 1)
        column.addWidget(self.error_label)
        column.addLayout(buttons)
        inner.setMaximumWidth(760)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        hl = QHBoxLayout(holder)
        hl.addStretch(1)
        hl.addWidget(inner, 4)
        hl.addStretch(1)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        index = self.language_combo.findData(language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)
        self.retranslate()
        self._show_step(STEP_CELL)

    # -- steps -------------------------------------------------------------------------
    def _build_cell_step(self) -> QWidget:
        page = QWidget(self)
        self.cell_intro = _wrapped(page)
        self.municipalities_label = QLabel(page)
        self.municipalities = MunicipalityListEditor(page)
        self.municipalities.changed.connect(lambda: self.problems["municipalities"].clear_problem())
        self.structure_label = QLabel(page)
        self.structure_group = QButtonGroup(page)
        self.structure_buttons: dict[CellStructure, QRadioButton] = {}
        self.structure_explanations: dict[CellStructure, QLabel] = {}
        self.problems: dict[str, ProblemLabel] = {
            name: ProblemLabel(name, page) for name in ("municipalities", "structure")
        }
        layout = QVBoxLayout(page)
        layout.addWidget(self.cell_intro)
        layout.addWidget(self.municipalities_label)
        layout.addWidget(self.municipalities)
        layout.addWidget(self.problems["municipalities"])
        layout.addSpacing(8)
        layout.addWidget(self.structure_label)
        for structure in CellStructure:
            button = QRadioButton(page)
            button.setObjectName(f"structure_{structure.value}")
            self.structure_group.addButton(button)
            self.structure_buttons[structure] = button
            explanation = _wrapped(page)
            explanation.setContentsMargins(24, 0, 0, 4)
            self.structure_explanations[structure] = explanation
            layout.addWidget(button)
            layout.addWidget(explanation)
        self.structure_buttons[CellStructure.INTEGRATED].setChecked(True)
        self.structure_group.buttonToggled.connect(
            lambda *_: self.problems["structure"].clear_problem()
        )
        layout.addWidget(self.problems["structure"])
        layout.addStretch(1)
        return page

    def _build_officer_step(self) -> QWidget:
        page = QWidget(self)
        self.officer_intro = _wrapped(page)
        self.officer_edit = QLineEdit(page)
        self.officer_edit.setObjectName("officer_name")
        self.officer_edit.setMaxLength(MAX_NAME_LENGTH)
        self.language_combo = QComboBox(page)
        self.language_combo.setObjectName("language")
        for lang in LANGUAGES:
            self.language_combo.addItem(language_label(lang), lang)
        self.problems_officer = ProblemLabel("officer_name", page)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.officer_label = QLabel(page)
        self.language_label = QLabel(page)
        form.addRow(self.officer_label, self.officer_edit)
        form.addRow("", self.problems_officer)
        form.addRow(self.language_label, self.language_combo)
        # The register lives on this laptop; README's security model asks for full-disk
        # encryption because open registers' pages can reach the swap file.
        self.disk_note = _wrapped(page, "disk_encryption_note")
        layout = QVBoxLayout(page)
        layout.addWidget(self.officer_intro)
        layout.addLayout(form)
        layout.addWidget(self.disk_note)
        layout.addStretch(1)
        return page

    def _build_passphrase_step(self) -> QWidget:
        page = QWidget(self)
        self.passphrase_intro = _wrapped(page)
        self.warning = _wrapped(page, "passphrase_warning")
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning.setContentsMargins(8, 8, 8, 8)
        self.warning.setStyleSheet(
            palette.box_css(palette.NOTICE_BG, palette.NOTICE_TEXT) + " padding: 6px;"
        )
        self.passphrase_edit = PassphraseEdit(page)
        self.passphrase_edit.setObjectName("passphrase")
        self.repeat_edit = PassphraseEdit(page)
        self.repeat_edit.setObjectName("repeat")
        self.meter = StrengthMeter(page)
        self.passphrase_edit.textChanged.connect(self._on_passphrase_text_changed)
        self.repeat_edit.textChanged.connect(lambda _t: self.problems_repeat.clear_problem())
        self.problems_passphrase = ProblemLabel("passphrase", page)
        self.problems_repeat: ProblemLabel = ProblemLabel("repeat", page)
        self.passphrase_label = QLabel(page)
        self.repeat_label = QLabel(page)
        self.strength_label = QLabel(page)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        form.addRow(self.strength_label, self.meter)
        form.addRow("", self.problems_passphrase)
        form.addRow(self.repeat_label, self.repeat_edit)
        form.addRow("", self.problems_repeat)
        layout = QVBoxLayout(page)
        layout.addWidget(self.passphrase_intro)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    # -- navigation --------------------------------------------------------------------
    def current_step(self) -> int:
        return self.steps.currentIndex()

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        last = step == STEP_PASSPHRASE
        self.back_button.setVisible(step > STEP_CELL)
        self.next_button.setVisible(not last)
        self.create_button.setVisible(last)
        self.step_label.setText(self.tr("Step {step} of {steps}").format(step=step + 1, steps=3))
        focus = {
            STEP_CELL: self.municipalities.name_edit,
            STEP_OFFICER: self.officer_edit,
            STEP_PASSPHRASE: self.passphrase_edit,
        }[step]
        focus.setFocus()

    def _on_back_clicked(self) -> None:
        self._show_step(max(STEP_CELL, self.current_step() - 1))

    def _on_next_clicked(self) -> None:
        step = self.current_step()
        found = {f: p for f, p in self.profile().problems().items() if FIELD_STEP[f] == step}
        self._show_problems(found)
        if not found:
            self._show_step(min(STEP_PASSPHRASE, step + 1))

    def profile(self) -> CellProfile:
        structure = next(
            (s for s, b in self.structure_buttons.items() if b.isChecked()),
            CellStructure.INTEGRATED,
        )
        return CellProfile(
            municipalities=self.municipalities.municipalities(),
            structure=structure,
            officer_name=" ".join(self.officer_edit.text().split()),
        )

    def _all_problem_labels(self) -> dict[str, ProblemLabel]:
        return {
            **self.problems,
            "officer_name": self.problems_officer,
            "passphrase": self.problems_passphrase,
            "repeat": self.problems_repeat,
        }

    def _show_problems(self, found: dict[str, str]) -> None:
        for name, label in self._all_problem_labels().items():
            label.show_problem(found.get(name, ""))

    def _on_passphrase_text_changed(self, text: str) -> None:
        self.meter.set_context(self.profile().names())
        self.meter.update_for(text)
        self.problems_passphrase.clear_problem()

    def _on_language_changed(self, _index: int) -> None:
        self.language_chosen.emit(str(self.language_combo.currentData()))

    # -- creation ----------------------------------------------------------------------
    def _on_create_clicked(self) -> None:
        if self.busy:
            return
        profile = self.profile()
        first, second = self.passphrase_edit.text(), self.repeat_edit.text()
        found = {**profile.problems(), **pp.problems(first, second, profile.names())}
        self._show_problems(found)
        self.error_label.hide()
        if found:
            self._show_step(min(FIELD_STEP[f] for f in found))
            return
        self._set_busy(True)
        path = self.register_path
        run_in_background(
            lambda: register_service.create(path, first, second, profile),
            self._on_create_done,
            self._on_create_failed,
        )

    def _on_create_done(self, session: Session) -> None:
        self._set_busy(False)
        self.passphrase_edit.wipe()
        self.repeat_edit.wipe()
        self.created.emit(session)

    def _on_create_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self._show_problems(exc.problems)
            steps = [FIELD_STEP[f] for f in exc.problems if f in FIELD_STEP]
            if steps:
                self._show_step(min(steps))
                return
        if isinstance(exc, LivcError):
            self.error_label.setText(error_message(exc))
        elif isinstance(exc, OSError):
            self.error_label.setText(
                self.tr("The register could not be created: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                )
            )
        else:
            raise exc
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.steps.setEnabled(not busy)
        for button in (self.back_button, self.create_button):
            button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)

    # -- texts -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to LIVC Desktop"))
        self.step_label.setText(
            self.tr("Step {step} of {steps}").format(step=self.current_step() + 1, steps=3)
        )
        self.cell_intro.setText(
            self.tr(
                "This program keeps the register of your Local Integrated Security Cell, "
                "encrypted on this computer. First, describe the cell."
            )
        )
        self.municipalities_label.setText(
            self.tr("Municipalities covered (a joint cell may cover several):")
        )
        self.structure_label.setText(self.tr("Structure of the cell:"))
        for structure, button in self.structure_buttons.items():
            button.setText(structure_label(structure))
            self.structure_explanations[structure].setText(structure_explanation(structure))
        self.officer_intro.setText(
            self.tr("Who keeps the register? The name appears on minutes and lists.")
        )
        self.officer_label.setText(self.tr("Prevention officer:"))
        self.language_label.setText(self.tr("Language:"))
        self.disk_note.setText(
            self.tr(
                "The register is kept on this computer: it must have full-disk encryption "
                "switched on (BitLocker on Windows, FileVault on a Mac, LUKS on Linux), "
                "because parts of an open register can be written to the swap or "
                "hibernation file."
            )
        )
        self.passphrase_intro.setText(
            self.tr(
                "Choose a passphrase of at least {n} characters: several words are easier "
                "to remember than a short password and harder to guess."
            ).format(n=pp.MIN_LENGTH)
        )
        self.warning.setText(
            self.tr(
                "<b>A lost passphrase cannot be recovered.</b> Nobody, not even the "
                "program's makers, can open the register without it. Write it down on paper "
                "and keep it in a sealed envelope in the municipal safe."
            )
        )
        self.passphrase_label.setText(self.tr("Passphrase:"))
        self.repeat_label.setText(self.tr("Repeat the passphrase:"))
        self.strength_label.setText(self.tr("Strength:"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self.create_button.setText(self.tr("Create the register"))
        self.busy_label.setText(self.tr("Creating the encrypted register…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
