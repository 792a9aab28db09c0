"""Passphrase entry with a show/hide toggle, a strength meter, and a field-problem label."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from livc_desktop.domain.passphrase import Strength, strength
from livc_desktop.ui import palette
from livc_desktop.ui.labels import strength_label
from livc_desktop.ui.messages import problem_message


class PassphraseEdit(QLineEdit):
    """A password-mode line edit; its trailing action shows or hides what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setClearButtonEnabled(False)
        # No completion, no undo history of the secret, no drag of its text elsewhere.
        self.setDragEnabled(False)
        self.toggle_action = QAction(self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setObjectName("show_passphrase")
        self._update_icon()
        self.toggle_action.toggled.connect(self._on_toggle_toggled)
        self.addAction(self.toggle_action, QLineEdit.ActionPosition.TrailingPosition)
        self.retranslate()

    def _on_toggle_toggled(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._update_icon()
        self.retranslate()

    def _update_icon(self) -> None:
        name = "view-conceal-symbolic" if self.shown else "view-reveal-symbolic"
        icon = QIcon.fromTheme(name)
        self.toggle_action.setIcon(icon if not icon.isNull() else _eye_icon(self.shown))

    def set_shown(self, shown: bool) -> None:
        self.toggle_action.setChecked(shown)

    @property
    def shown(self) -> bool:
        return self.toggle_action.isChecked()

    def wipe(self) -> None:
        """Clear the text and hide it again (Python cannot scrub the string's memory)."""
        self.clear()
        self.set_shown(False)

    def retranslate(self) -> None:
        text = self.tr("Hide the passphrase") if self.shown else self.tr("Show the passphrase")
        self.toggle_action.setText(text)
        self.toggle_action.setToolTip(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _eye_icon(crossed: bool) -> QIcon:
    """A drawn eye (crossed out while the text shows), for systems without an icon theme."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(palette.colour(palette.ICON), 2.5)
    painter.setPen(pen)
    path = QPainterPath()
    path.moveTo(3, 16)
    path.quadTo(16, 2, 29, 16)
    path.quadTo(16, 30, 3, 16)
    painter.drawPath(path)
    painter.setBrush(palette.colour(palette.ICON))
    painter.drawEllipse(QPointF(16, 16), 4.5, 4.5)
    if crossed:
        painter.drawLine(QPointF(5, 27), QPointF(27, 5))
    painter.end()
    return QIcon(pixmap)


class StrengthMeter(QWidget):
    """A bar and a word: too short, weak, not strong enough (all red: refused), good,
    strong. The verdict is the one that accepts or refuses the passphrase
    (`domain.passphrase.strength`); `set_context` gives it the cell's own names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strength_meter")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, int(Strength.STRONG))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.word = QLabel(self)
        self.word.setObjectName("strength_word")
        self.word.setMinimumWidth(self.word.fontMetrics().horizontalAdvance("M" * 10))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.word)
        self.level = Strength.TOO_SHORT
        self._context: list[str] = []
        self.update_for("")

    def set_context(self, names: list[str]) -> None:
        """The cell's own names, which make a passphrase easier to guess."""
        self._context = list(names)

    def update_for(self, passphrase: str) -> None:
        self.level = strength(passphrase, self._context)
        self.bar.setValue(int(self.level))
        colour = palette.css(
            palette.FLAG_GREEN
            if self.level in (Strength.GOOD, Strength.STRONG)
            else palette.FLAG_RED
        )
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.word.setText(strength_label(self.level) if passphrase else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.bar.value() >= 0:
            self.word.setText(strength_label(self.level) if self.word.text() else "")
        super().changeEvent(event)


class ProblemLabel(QLabel):
    """The translated problem shown right under a form field; hidden when there is none."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.problem = ""
        self.setObjectName(f"problem_{field}")
        self.setWordWrap(True)
        self.setStyleSheet(palette.text_css(palette.ERROR))
        self.hide()

    def show_problem(self, problem: str) -> None:
        self.problem = problem
        self.setText(problem_message(self.field, problem) if problem else "")
        self.setVisible(bool(problem))

    def clear_problem(self) -> None:
        self.show_problem("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.problem:
            self.setText(problem_message(self.field, self.problem))
        super().changeEvent(event)
