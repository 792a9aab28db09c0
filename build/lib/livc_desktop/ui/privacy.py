"""Privacy mode: while the screen is projected in a meeting, every identity field (the
person's name, birth date, address, school/work, languages, pseudonym or initials, and an
outside reporter's name and contact) is masked everywhere until it is switched off.

One QObject for the whole program (`privacy_mode()`); views connect to `changed` and ask
`mask(text)` whenever they show an identity field. The main window adds the action from
`make_privacy_action(parent)` to its toolbar."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

MASK = "••••••"
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


def make_privacy_action(parent: QObject) -> QAction:
    """A checkable toolbar action bound both ways to the privacy mode. After a language
    change call `retranslate_privacy_action(action)`."""
    mode = privacy_mode()
    action = QAction(parent)
    action.setObjectName("action_privacy_mode")
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
            "Mask every identity field, e.g. while the screen is projected in a meeting",
        )
    )
