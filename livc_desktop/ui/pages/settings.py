"""Settings: the cell's profile, auto-lock, language, and the passphrase.

The profile and preferences are saved in the (encrypted) register. The interface language
and the window geometry live in QSettings, because they are needed before unlocking; they
are not sensitive."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.cell import (
    LANGUAGES,
    MAX_NAME_LENGTH,
    CellProfile,
    CellStructure,
    MeetingFrequency,
)
from livc_desktop.domain.changes import Area, ChangeKind, Changes
from livc_desktop.domain.errors import LivcError, ValidationError
from livc_desktop.domain.preferences import AUTO_LOCK_MAX, AUTO_LOCK_MIN, Preferences
from livc_desktop.services.register import Session
from livc_desktop.ui import i18n, palette
from livc_desktop.ui.labels import (
    frequency_label,
    language_label,
    structure_explanation,
    structure_label,
)
from livc_desktop.ui.messages import error_message
from livc_desktop.ui.operations import watching
from livc_desktop.ui.pages.base import Page
from livc_desktop.ui.widgets.case_settings import CaseSettingsPanel
from livc_desktop.ui.widgets.municipalities import MunicipalityListEditor
from livc_desktop.ui.widgets.passphrase import ProblemLabel


class SettingsPage(Page):
    page_id = "settings"
    shows = frozenset({Area.PROFILE, Area.PREFERENCES})
    icon_name = "preferences-system"

    #: The user picked another interface language (applied by the main window).
    language_selected = Signal(str)
    passphrase_change_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._loading = False

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)

        # The cell's profile.
        self.cell_box = QGroupBox(self)
        self.municipalities = MunicipalityListEditor(self.cell_box)
        self.structure_combo = QComboBox(self.cell_box)
        self.structure_combo.setObjectName("settings_structure")
        for structure in CellStructure:
            self.structure_combo.addItem("", structure.value)
        self.structure_hint = QLabel(self.cell_box)
        self.structure_hint.setWordWrap(True)
        self.place_edit = QLineEdit(self.cell_box)
        self.place_edit.setObjectName("settings_place")
        self.place_edit.setMaxLength(MAX_NAME_LENGTH)
        self.frequency_combo = QComboBox(self.cell_box)
        self.frequency_combo.setObjectName("settings_frequency")
        for frequency in MeetingFrequency:
            self.frequency_combo.addItem("", frequency.value)
        self.officer_edit = QLineEdit(self.cell_box)
        self.officer_edit.setObjectName("settings_officer")
        self.officer_edit.setMaxLength(MAX_NAME_LENGTH)
        self.problems = {
            name: ProblemLabel(name, self.cell_box)
            for name in ("municipalities", "structure", "officer_name")
        }
        self.cell_labels = [QLabel(self.cell_box) for _ in range(5)]
        cell_form = QFormLayout(self.cell_box)
        cell_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        cell_form.addRow(self.cell_labels[0], self.municipalities)
        cell_form.addRow("", self.problems["municipalities"])
        cell_form.addRow(self.cell_labels[1], self.structure_combo)
        cell_form.addRow("", self.structure_hint)
        cell_form.addRow("", self.problems["structure"])
        cell_form.addRow(self.cell_labels[2], self.place_edit)
        cell_form.addRow(self.cell_labels[3], self.frequency_combo)
        cell_form.addRow(self.cell_labels[4], self.officer_edit)
        cell_form.addRow("", self.problems["officer_name"])

        # This computer and the program.
        self.program_box = QGroupBox(self)
        self.auto_lock_spin = QSpinBox(self.program_box)
        self.auto_lock_spin.setObjectName("settings_auto_lock")
        self.auto_lock_spin.setRange(AUTO_LOCK_MIN, AUTO_LOCK_MAX)
        self.auto_lock_spin.setMinimumWidth(
            self.auto_lock_spin.fontMetrics().horizontalAdvance("0" * 12)
        )
        self.auto_lock_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.language_combo = QComboBox(self.program_box)
        self.language_combo.setObjectName("settings_language")
        for lang in LANGUAGES:
            self.language_combo.addItem(language_label(lang), lang)
        self.language_hint = QLabel(self.program_box)
        self.language_hint.setWordWrap(True)
        self.program_labels = [QLabel(self.program_box) for _ in range(2)]
        program_form = QFormLayout(self.program_box)
        program_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        program_form.addRow(self.program_labels[0], self.auto_lock_spin)
        program_form.addRow(self.program_labels[1], self.language_combo)
        program_form.addRow("", self.language_hint)

        # The passphrase.
        self.passphrase_box = QGroupBox(self)
        self.passphrase_hint = QLabel(self.passphrase_box)
        self.passphrase_hint.setWordWrap(True)
        self.change_button = QPushButton(self.passphrase_box)
        self.change_button.setObjectName("settings_change_passphrase")
        pass_layout = QVBoxLayout(self.passphrase_box)
        pass_layout.addWidget(self.passphrase_hint)
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addStretch(1)
        pass_layout.addLayout(row)

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("settings_save")
        self.revert_button = QPushButton(self)
        self.revert_button.setObjectName("settings_revert")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("settings_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(palette.text_css(palette.ERROR))
        self.error_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.heading)
        column.addWidget(self.cell_box)
        column.addLayout(buttons)
        column.addWidget(self.program_box)
        column.addWidget(self.passphrase_box)
        # Review interval and the municipality's own flag texts (cases feature).
        self.case_settings = CaseSettingsPanel(self)
        self.case_settings.saved.connect(
            lambda: self.announce(Changes.of(ChangeKind.SETTINGS_CHANGED))
        )
        column.addWidget(self.case_settings)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.structure_combo.currentIndexChanged.connect(self._on_structure_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.revert_button.clicked.connect(self._on_revert_clicked)
        self.change_button.clicked.connect(self.passphrase_change_requested)
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)
        self.auto_lock_spin.valueChanged.connect(self._on_auto_lock_changed)
        self.retranslate()
        self._set_language_choice(i18n.current_language())

    def title(self) -> str:
        return self.tr("Settings")

    # -- session -----------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        # A lock never waits for the user: valid edits are saved, invalid ones dropped.
        if session is None and self.session is not None and self.session.is_open:
            self._save_if_changed()
        super().set_session(session)
        self._load()
        self.case_settings.set_session(session)

    def has_unsaved_changes(self) -> bool:
        return self.session is not None and self.profile() != self.session.profile()

    def can_leave(self) -> bool:
        """Leaving with edits saves them when valid; otherwise stay and show why."""
        if not self.has_unsaved_changes():
            return True
        return self._save()

    def _save_if_changed(self) -> None:
        if self.has_unsaved_changes() and not self.profile().problems():
            self._save()

    def refresh(self) -> None:
        self._load()

    def _load(self) -> None:
        self._loading = True
        try:
            for label in self.problems.values():
                label.clear_problem()
            self.error_label.hide()
            enabled = self.session is not None
            for widget in (self.cell_box, self.auto_lock_spin, self.passphrase_box):
                widget.setEnabled(enabled)
            self.save_button.setEnabled(enabled)
            self.revert_button.setEnabled(enabled)
            if self.session is None:
                self.municipalities.clear()
                self.place_edit.clear()
                self.officer_edit.clear()
                self.structure_combo.setCurrentIndex(0)
                self.frequency_combo.setCurrentIndex(0)
                self.auto_lock_spin.setValue(Preferences().auto_lock_minutes)
                return
            profile = self.session.profile()
            prefs = self.session.preferences()
            self.municipalities.set_municipalities(profile.municipalities)
            self.structure_combo.setCurrentIndex(
                self.structure_combo.findData(profile.structure.value)
            )
            self.place_edit.setText(profile.default_place)
            self.frequency_combo.setCurrentIndex(
                self.frequency_combo.findData(profile.default_frequency.value)
            )
            self.officer_edit.setText(profile.officer_name)
            self.auto_lock_spin.setValue(prefs.auto_lock_minutes)
        finally:
            self._loading = False
        self._on_structure_changed()

    def profile(self) -> CellProfile:
        return CellProfile(
            municipalities=self.municipalities.municipalities(),
            structure=CellStructure(str(self.structure_combo.currentData())),
            officer_name=" ".join(self.officer_edit.text().split()),
            default_place=" ".join(self.place_edit.text().split()),
            default_frequency=MeetingFrequency(str(self.frequency_combo.currentData())),
        )

    # -- saving ------------------------------------------------------------------------
    def _on_save_clicked(self) -> None:
        self._save()

    def _save(self) -> bool:
        if self.session is None:
            return False
        profile = self.profile()
        self.error_label.hide()
        found = profile.problems()
        for name, label in self.problems.items():
            label.show_problem(found.get(name, ""))
        if found:
            return False
        try:
            with watching(self.session) as watch:
                self.session.save_profile(profile)
        except ValidationError as exc:
            for name, label in self.problems.items():
                label.show_problem(exc.problems.get(name, ""))
            return False
        except LivcError as exc:
            self.error_label.setText(error_message(exc))
            self.error_label.show()
            return False
        self.municipalities.set_municipalities(profile.municipalities)
        self.status_message.emit(self.tr("The settings were saved."))
        self.announce(watch.changes)
        return True

    def _on_revert_clicked(self) -> None:
        self._load()

    def _on_auto_lock_changed(self, minutes: int) -> None:
        # Saved at once: a security setting should not wait for another button.
        if self._loading or self.session is None:
            return
        prefs = self.session.preferences()
        prefs.auto_lock_minutes = minutes
        with watching(self.session) as watch:
            self.session.save_preferences(prefs)
        self.announce(watch.changes)

    def _on_structure_changed(self, _index: int = 0) -> None:
        structure = CellStructure(str(self.structure_combo.currentData()))
        self.structure_hint.setText(structure_explanation(structure))
        self.problems["structure"].clear_problem()

    # -- language ----------------------------------------------------------------------
    def _set_language_choice(self, language: str) -> None:
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.blockSignals(False)

    def _on_language_changed(self, _index: int) -> None:
        self.language_selected.emit(str(self.language_combo.currentData()))

    # -- texts -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.cell_box.setTitle(self.tr("The cell (saved in the register)"))
        for label, text in zip(
            self.cell_labels,
            (
                self.tr("Municipalities:"),
                self.tr("Structure:"),
                self.tr("Default meeting place:"),
                self.tr("Meeting frequency:"),
                self.tr("Prevention officer:"),
            ),
            strict=True,
        ):
            label.setText(text)
        for i in range(self.structure_combo.count()):
            structure = CellStructure(str(self.structure_combo.itemData(i)))
            self.structure_combo.setItemText(i, structure_label(structure))
        for i in range(self.frequency_combo.count()):
            frequency = MeetingFrequency(str(self.frequency_combo.itemData(i)))
            self.frequency_combo.setItemText(i, frequency_label(frequency))
        self._on_structure_changed()
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Undo changes"))
        self.program_box.setTitle(self.tr("Program"))
        self.program_labels[0].setText(self.tr("Lock after this many idle minutes:"))
        self.program_labels[1].setText(self.tr("Interface language:"))
        self.language_hint.setText(
            self.tr("The language applies at once and is remembered on this computer.")
        )
        self.auto_lock_spin.setSuffix(self.tr(" min"))
        self.passphrase_box.setTitle(self.tr("Passphrase"))
        self.passphrase_hint.setText(
            self.tr(
                "Change the passphrase when someone who knew it leaves, or if it may have "
                "been seen. The register is re-encrypted; it stays open."
            )
        )
        self.change_button.setText(self.tr("Change passphrase…"))
        self.case_settings.retranslate()
        self._set_language_choice(i18n.current_language())
