"""Settings for cases: the review period (weeks without weighing before a case is due)
and the municipality's own flag labels, definitions and default responses. Empty fields
keep the built-in (translated) text, shown as placeholder."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.domain.cases import REVIEW_WEEKS_MAX, REVIEW_WEEKS_MIN, Flag, FlagText
from livc_desktop.domain.errors import LivcError
from livc_desktop.services import cases as case_service
from livc_desktop.services.register import Session
from livc_desktop.ui import case_labels as L
from livc_desktop.ui.case_labels import named
from livc_desktop.ui.messages import error_message


class CaseSettingsPanel(QWidget):
    """Embed in the Settings page; call set_session(session | None)."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_settings_panel")
        self.session: Session | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QFormLayout()
        self.weeks_label = QLabel()
        self.weeks = named(QSpinBox(), "review_weeks")
        self.weeks.setRange(REVIEW_WEEKS_MIN, REVIEW_WEEKS_MAX)
        top.addRow(self.weeks_label, self.weeks)
        layout.addLayout(top)
        self.boxes: dict[Flag, QGroupBox] = {}
        self.labels: dict[Flag, QLineEdit] = {}
        self.definitions: dict[Flag, QPlainTextEdit] = {}
        self.responses: dict[Flag, QPlainTextEdit] = {}
        self.row_labels: list[tuple[QLabel, QLabel, QLabel]] = []
        for flag in Flag:
            box = QGroupBox()
            form = QFormLayout(box)
            label = named(QLineEdit(), f"flag_label_{flag.value}")
            label.setMaxLength(200)
            definition = named(QPlainTextEdit(), f"flag_definition_{flag.value}")
            response = named(QPlainTextEdit(), f"flag_response_{flag.value}")
            for edit in (definition, response):
                edit.setMaximumHeight(60)
                edit.setTabChangesFocus(True)
            names = (QLabel(), QLabel(), QLabel())
            form.addRow(names[0], label)
            form.addRow(names[1], definition)
            form.addRow(names[2], response)
            self.row_labels.append(names)
            self.boxes[flag] = box
            self.labels[flag] = label
            self.definitions[flag] = definition
            self.responses[flag] = response
            layout.addWidget(box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = named(QPushButton(), "save_case_settings")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.retranslate()
        self.set_session(None)

    def retranslate(self) -> None:
        self.weeks_label.setText(
            self.tr("A case is due for review after this many weeks without weighing")
        )
        self.weeks.setSuffix(" " + self.tr("weeks"))
        for flag, names in zip(Flag, self.row_labels, strict=True):
            self.boxes[flag].setTitle(
                self.tr("Flag: {flag}").format(flag=L.builtin_flag_label(flag))
            )
            names[0].setText(self.tr("Label"))
            names[1].setText(self.tr("Definition"))
            names[2].setText(self.tr("Default response"))
            self.labels[flag].setPlaceholderText(L.builtin_flag_label(flag))
            self.definitions[flag].setPlaceholderText(L.builtin_flag_definition(flag))
            self.responses[flag].setPlaceholderText(L.builtin_flag_response(flag))
        self.save_button.setText(self.tr("Save case settings"))

    def set_session(self, session: Session | None) -> None:
        self.session = session
        texts = case_service.flag_texts(session) if session else {f: FlagText() for f in Flag}
        self.weeks.setValue(case_service.review_weeks(session) if session else 6)
        for flag in Flag:
            self.labels[flag].setText(texts[flag].label)
            self.definitions[flag].setPlainText(texts[flag].definition)
            self.responses[flag].setPlainText(texts[flag].response)
        self.setEnabled(session is not None)

    def _on_save_button_clicked(self) -> None:
        if self.session is None:
            return
        texts = {
            flag: FlagText(
                label=self.labels[flag].text().strip(),
                definition=self.definitions[flag].toPlainText().strip(),
                response=self.responses[flag].toPlainText().strip(),
            )
            for flag in Flag
        }
        try:
            case_service.save_flag_texts(self.session, texts)
            case_service.set_review_weeks(self.session, self.weeks.value())
        except LivcError as exc:
            QMessageBox.warning(self, self.tr("Case settings"), error_message(exc))
            return
        self.saved.emit()
