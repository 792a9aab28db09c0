"""What the panels of the meetings page share: the autosave delay, the off-record style
and the problem label under a field."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

AUTOSAVE_MS = 300
PRINT_DPI = 300
OFF_RECORD_STYLE = "background:#b00020;color:white;font-weight:bold;padding:6px;border-radius:3px;"


def _problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet("color:#b00020;")
    label.setWordWrap(True)
    label.hide()
    return label
