"""A meeting document (invitation, attendance sheet) shown over the Prepare tab, from
memory, with its own title and a way to save or print it."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from livc_desktop.ui.printing import print_document


class DocumentDialog(QDialog):
    save_requested = Signal()

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.setObjectName("meeting_document")
        self.setWindowTitle(title)
        col = QVBoxLayout(self)
        self.heading = QLabel(title)
        self.heading.setObjectName("meeting_document_title")
        self.heading.setStyleSheet("font-weight:bold;")
        col.addWidget(self.heading)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.viewer = QPdfView(self)
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.viewer.setDocument(self.document)
        col.addWidget(self.viewer, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save = buttons.addButton(self.tr("Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save.setObjectName("meeting_document_save")
        # Printed through the one printing path: page range and paper respected.
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("meeting_document_print")
        self.print_button.clicked.connect(lambda: print_document(self, data, title))
        buttons.rejected.connect(self.reject)
        self.save.clicked.connect(self.save_requested.emit)
        col.addWidget(buttons)
        self.resize(760, 640)

    def done(self, result: int) -> None:
        self.document.close()
        self._buffer.close()
        super().done(result)
