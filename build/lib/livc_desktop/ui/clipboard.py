"""Copying sensitive text: marked for clipboard managers, cleared after 30 s, on lock and
on quit.

The marks are the hints password managers set so that clipboard history tools skip the
entry: `x-kde-passwordManagerHint: secret` (KDE Klipper and others on X11/Wayland);
on Windows `ExcludeClipboardContentFromMonitorProcessing` plus `CanIncludeInClipboardHistory`
and `CanUploadToCloudClipboard` set to 0 (Win+V history, cloud clipboard); on macOS
`org.nspasteboard.ConcealedType`. The clipboard is cleared only if it still holds what we
put there: whatever the user copied since is left alone."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
KDE_HINT = "x-kde-passwordManagerHint"
MAC_CONCEALED = "org.nspasteboard.ConcealedType"
_WIN = 'application/x-qt-windows-mime;value="{}"'
WIN_EXCLUDE = _WIN.format("ExcludeClipboardContentFromMonitorProcessing")
WIN_NO_HISTORY = _WIN.format("CanIncludeInClipboardHistory")
WIN_NO_CLOUD = _WIN.format("CanUploadToCloudClipboard")
_DWORD_ZERO = b"\x00\x00\x00\x00"


def sensitive_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_HINT, QByteArray(b"secret"))
    mime.setData(MAC_CONCEALED, QByteArray(b""))
    mime.setData(WIN_EXCLUDE, QByteArray(_DWORD_ZERO))
    mime.setData(WIN_NO_HISTORY, QByteArray(_DWORD_ZERO))
    mime.setData(WIN_NO_CLOUD, QByteArray(_DWORD_ZERO))
    return mime


class SensitiveClipboard(QObject):
    """One per application (`sensitive_clipboard()`); `copy()` from any page."""

    def __init__(self, parent: QObject | None = None, *, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def pending(self) -> bool:
        return self._text is not None

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setMimeData(sensitive_mime(text), QClipboard.Mode.Clipboard)
        self._text = text
        self._timer.start()

    def watch(self) -> None:
        """Treat every copy made inside the program (Ctrl+C in any field) as sensitive: it
        is re-marked for clipboard managers and cleared like `copy()` does."""
        QGuiApplication.clipboard().dataChanged.connect(self._on_clipboard_data_changed)

    def _on_clipboard_data_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        # The offscreen platform's clipboard lives inside this process: all of it is ours.
        ours = clipboard.ownsClipboard() or QGuiApplication.platformName() == "offscreen"
        if not ours:
            return  # copied in another program: not ours to touch
        mime = clipboard.mimeData(QClipboard.Mode.Clipboard)
        if mime is None or mime.hasFormat(KDE_HINT) or not mime.hasText():
            return  # already marked (our own copy) or nothing textual
        self.copy(mime.text())

    def clear_now(self) -> None:
        """Clear if the clipboard still holds our text (lock, quit, timeout)."""
        self._timer.stop()
        if self._text is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(QClipboard.Mode.Clipboard) == self._text:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._text = None
        # X11's primary selection holds whatever was last selected in our fields.
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    def _on_timer_timeout(self) -> None:
        self.clear_now()


_instance: SensitiveClipboard | None = None


def sensitive_clipboard() -> SensitiveClipboard:
    """The application's instance, cleared on quit (aboutToQuit)."""
    global _instance
    if _instance is None:
        app = QGuiApplication.instance()
        _instance = SensitiveClipboard(app)
        _instance.watch()
        if app is not None:
            app.aboutToQuit.connect(_instance.clear_now)
    return _instance


def copy_sensitive(text: str) -> None:
    sensitive_clipboard().copy(text)


def clear_on_close(session: object) -> None:
    """Clear on lock: `session.on_close` runs when the window locks or the session ends.
    Calling it also starts watching copies made in the program's fields."""
    sensitive_clipboard()
    on_close = getattr(session, "on_close", None)
    if on_close is not None:
        on_close(sensitive_clipboard().clear_now)
