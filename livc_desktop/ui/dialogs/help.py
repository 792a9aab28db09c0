"""Help (F1): the manual and glossary shipped as package resources (resources/help), in the
interface language, opened at the section of the screen in use.

    show_help(parent, "nl", "cases")     # one help window per program, moved to the section
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from livc_desktop import resources

#: Sections (anchors) every language's manual has: the pages' ids and a few screens more.
SECTIONS = (
    "overview",
    "search",
    "partners",
    "signals",
    "cases",
    "meetings",
    "meeting_mode",
    "retention",
    "audit",
    "backups",
    "locking",
    "unlock",
    "first_start",
    "settings",
    "law",
    "glossary",
)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.language = ""
        self.section = ""
        self.resize(760, 620)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("help_browser")
        self.browser.setAccessibleName(self.tr("Manual"))
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Help"))

    def show_section(self, language: str, section: str) -> None:
        if language != self.language:
            self.language = language
            self.browser.setHtml(resources.help_html(language))
            self.setWindowTitle(self.tr("Help"))
        self.section = section if section in SECTIONS else ""
        if self.section:
            self.browser.scrollToAnchor(self.section)
        else:
            self.browser.verticalScrollBar().setValue(0)


_open: list[HelpDialog] = []


def show_help(parent: QWidget, language: str, section: str) -> HelpDialog:
    """Open (or bring forward) the help window at `section`. Over a modal dialog it is
    modal too, so that it can be read and closed."""
    for dialog in list(_open):
        with contextlib.suppress(RuntimeError):
            if dialog.parent() is parent and dialog.isVisible():
                dialog.show_section(language, section)
                dialog.raise_()
                dialog.activateWindow()
                return dialog
    dialog = HelpDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open.append(dialog)
    dialog.destroyed.connect(lambda *_: _open.remove(dialog) if dialog in _open else None)
    modal = isinstance(parent, QDialog) and parent.isModal()
    dialog.setWindowModality(Qt.WindowModality.WindowModal if modal else Qt.WindowModality.NonModal)
    dialog.show_section(language, section)
    dialog.show()
    return dialog
