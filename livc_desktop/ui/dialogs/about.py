"""Help > About: the program and its versions, its licence (EUPL-1.2), the third-party
notices that the wheel and the bundle carry, and Qt's own About box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livc_desktop.resources import licence_text, notices_text
from livc_desktop.ui.identity import app_icon


def _text_view(text: str, name: str) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setPlainText(text)
    return view


def _read(reader: object) -> str:
    try:
        return str(reader())  # type: ignore[operator]
    except OSError:
        # A damaged installation: About still opens and says what is missing.
        return ""


class AboutDialog(QDialog):
    def __init__(self, header_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_box")
        self.setWindowTitle(self.tr("About LIVC Desktop"))
        self.setWindowIcon(app_icon())
        self._header_html = header_html

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        header = QLabel(header_html)
        header.setObjectName("about_header")
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setWordWrap(True)
        licence_note = QLabel(
            self.tr(
                "LIVC Desktop is free software under the European Union Public Licence "
                "(EUPL-1.2). It comes without any warranty."
            )
        )
        licence_note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(logo)
        text = QVBoxLayout()
        text.addWidget(header)
        text.addWidget(licence_note)
        top.addLayout(text, 1)

        missing = self.tr("This text is missing from the installation.")
        self.licence_view = _text_view(_read(licence_text) or missing, "about_licence")
        self.notices_view = _text_view(_read(notices_text) or missing, "about_notices")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.licence_view, self.tr("Licence"))
        self.tabs.addTab(self.notices_view, self.tr("Third-party software"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt_button = QPushButton(self.tr("About Qt"))
        self.about_qt_button.setObjectName("about_qt")
        buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.about_qt_button.clicked.connect(self._on_about_qt_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def text(self) -> str:
        """The header (program and library versions) as shown."""
        return self._header_html

    def _on_about_qt_clicked(self) -> None:
        QMessageBox.aboutQt(self, self.tr("About Qt"))
