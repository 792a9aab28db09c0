"""Privacy mode: while the screen is projected in a meeting, every identity field (the
person's name, birth date, address, school/work, languages, pseudonym or initials, and an
outside reporter's name and contact), what a signal's reporter observed, and off-record
notes are masked everywhere until it is switched off (Ctrl+Shift+P, also inside a case
file).

One QObject for the whole program (`privacy_mode()`); views connect to `changed` and ask
`mask(text)` whenever they show such a text; an editor that may hold off-record text gets
`mask_text_edit(editor, sensitive)`. The main window adds the action from
`make_privacy_action(parent)` to its toolbar."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from livc_desktop.ui import palette

MASK = "••••••"
SHORTCUT = QKeySequence("Ctrl+Shift+P")
translate = QCoreApplication.translate


class PrivacyMode(QObject):
    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._enabled = False

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        enabled = bool(enabled)
        if enabled != self._enabled:
            self._enabled = enabled
            self.changed.emit(enabled)

    def toggle(self) -> None:
        self.set_enabled(not self._enabled)

    def mask(self, text: str) -> str:
        """`text` as it may be shown now: masked in privacy mode (empty stays empty)."""
        if self._enabled and text:
            return MASK
        return text


_instance: PrivacyMode | None = None


def privacy_mode() -> PrivacyMode:
    global _instance
    if _instance is None:
        _instance = PrivacyMode()
    return _instance


def mask(text: str) -> str:
    return privacy_mode().mask(text)


def guard_identity_field(edit: QLineEdit) -> None:
    """Keep an editable identity field unreadable while privacy mode is on (the text is
    kept, only shown as dots), and readable again when it is switched off."""
    mode = privacy_mode()

    def apply(enabled: bool) -> None:
        with contextlib.suppress(RuntimeError):  # the field may already be gone
            edit.setEchoMode(QLineEdit.EchoMode.Password if enabled else QLineEdit.EchoMode.Normal)

    apply(mode.enabled)
    mode.changed.connect(apply)
    edit.destroyed.connect(lambda *_: _disconnect(mode, apply))


def _disconnect(mode: PrivacyMode, slot: object) -> None:
    with contextlib.suppress(RuntimeError, TypeError):
        mode.changed.disconnect(slot)


class TextEditMask(QObject):
    """Covers a text editor with an opaque notice while privacy mode is on and
    `sensitive()` says its text must not be seen (an off-record note). The editor is
    read-only meanwhile, so nothing is typed blind. Call `update()` whenever what
    `sensitive()` answers may have changed."""

    def __init__(self, edit: QPlainTextEdit | QTextEdit, sensitive: Callable[[], bool]) -> None:
        super().__init__(edit)
        self._edit = edit
        self._sensitive = sensitive
        self._read_only = edit.isReadOnly()
        self.cover = QLabel(edit)
        self.cover.setObjectName("privacy_cover")
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover.setWordWrap(True)
        self.cover.setAutoFillBackground(True)
        self.cover.setStyleSheet(
            f"QLabel#privacy_cover {{ {palette.box_css(palette.COVER_BG, palette.COVER_TEXT)} }}"
        )
        self.cover.hide()
        edit.installEventFilter(self)
        privacy_mode().changed.connect(self._on_privacy_changed)
        self.update()

    @property
    def masked(self) -> bool:
        return not self.cover.isHidden()

    def update(self) -> None:
        with contextlib.suppress(RuntimeError):  # the editor may already be gone
            hide = privacy_mode().enabled and self._sensitive()
            if hide and not self.masked:
                self._read_only = self._edit.isReadOnly()
            self.cover.setText(translate("Privacy", "Off the record: hidden in privacy mode"))
            self.cover.setGeometry(self._edit.rect())
            self.cover.setVisible(hide)
            self.cover.raise_()
            self._edit.setReadOnly(hide or self._read_only)

    def _on_privacy_changed(self, _enabled: bool) -> None:
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LanguageChange,
        ):
            self.update()
        return False


def mask_text_edit(edit: QPlainTextEdit | QTextEdit, sensitive: Callable[[], bool]) -> TextEditMask:
    """Mask `edit` in privacy mode whenever `sensitive()` is true; see TextEditMask."""
    return TextEditMask(edit, sensitive)


def make_privacy_action(parent: QObject) -> QAction:
    """A checkable action bound both ways to the privacy mode, on Ctrl+Shift+P. After a
    language change call `retranslate_privacy_action(action)`."""
    mode = privacy_mode()
    action = QAction(parent)
    action.setObjectName("action_privacy_mode")
    action.setShortcut(SHORTCUT)
    action.setCheckable(True)
    action.setChecked(mode.enabled)
    retranslate_privacy_action(action)
    action.toggled.connect(mode.set_enabled)
    mode.changed.connect(action.setChecked)
    return action


def retranslate_privacy_action(action: QAction) -> None:
    action.setText(translate("Privacy", "Privacy mode"))
    action.setToolTip(
        translate(
            "Privacy",
            "Mask every identity field, observation and off-record note, e.g. while the "
            "screen is projected in a meeting ({key})",
        ).format(key=SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText))
    )
