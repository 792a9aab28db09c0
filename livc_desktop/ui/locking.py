"""What makes the window lock by itself: idleness, and the operating system locking the
session or going to sleep.

`IdleWatcher` is an application-wide event filter: any keyboard, mouse, wheel or touch
input restarts a single-shot timer; when it runs out, `idle` is emitted.
`ModalShortcuts` keeps the main window's lock and privacy keys working while a modal
dialog (a case file, a form) blocks the main window's own shortcuts.
`SessionLockWatcher` emits `os_locked` when the OS session locks or the machine suspends,
wherever Qt or the OS tell us: Qt's application state `Suspended` everywhere, and on Windows
WM_WTSSESSION_CHANGE (WTS_SESSION_LOCK) and WM_POWERBROADCAST (PBT_APMSUSPEND) through a
native event filter after WTSRegisterSessionNotification; on Linux the D-Bus signals
org.freedesktop.ScreenSaver / org.gnome.ScreenSaver ActiveChanged(true) on the session bus
and org.freedesktop.login1.Manager PrepareForSleep(true) on the system bus."""

from __future__ import annotations

import contextlib
import sys
from typing import Any

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setObjectName("idle_timer")
        self.timer.setSingleShot(True)
        # Coarse timers may drift by 5 %; the lock should come when it was promised.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.idle)
        self._installed = False

    def set_interval_ms(self, ms: int) -> None:
        self.timer.setInterval(max(1, int(ms)))
        if self.timer.isActive():
            self.timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every widget's input passes here; only restart, never consume.
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class ModalShortcuts(QObject):
    """While a modal window is open, Qt gives the main window's shortcuts no key: this
    application-wide filter triggers `actions` (enabled ones) on their own shortcut then."""

    def __init__(self, actions: list[QAction], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self._installed = False

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def remove(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or QApplication.activeModalWidget() is None
        ):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self.actions:
            shortcut = action.shortcut()
            if action.isEnabled() and not shortcut.isEmpty() and shortcut == pressed:
                action.trigger()
                return True
        return False


class SessionLockWatcher(QObject):
    os_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state_changed)
        self._native: Any = None
        self.dbus_watches: list[str] = []
        if sys.platform.startswith("linux"):
            self._watch_dbus()

    def _watch_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus missing from this build
            return
        watches = (
            ("session", "", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
             "ActiveChanged"),
            ("session", "", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
            ("system", "org.freedesktop.login1", "/org/freedesktop/login1",
             "org.freedesktop.login1.Manager", "PrepareForSleep"),
        )  # fmt: skip
        for bus_name, service, path, interface, name in watches:
            bus = (
                QDBusConnection.sessionBus()
                if bus_name == "session"
                else QDBusConnection.systemBus()
            )
            if bus.isConnected() and bus.connect(  # type: ignore[call-overload]
                service, path, interface, name, self, SLOT("_on_dbus_signal(bool)")
            ):
                self.dbus_watches.append(f"{interface}.{name}")

    @Slot(bool)
    def _on_dbus_signal(self, starting: bool) -> None:
        # ActiveChanged(true): the screen saver / lock screen came on;
        # PrepareForSleep(true): the machine is about to suspend.
        if starting:
            self.os_locked.emit()

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.os_locked.emit()

    def watch_window(self, win_id: int) -> None:
        """Ask Windows to tell this window about session locks (no-op elsewhere)."""
        if sys.platform != "win32" or self._native is not None:
            return
        self._native = _WindowsSessionFilter(self.os_locked.emit)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._native)
        self._native.register(win_id)

    def close(self) -> None:
        if self._native is not None:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeNativeEventFilter(self._native)
            self._native.unregister()
            self._native = None


WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
NOTIFY_FOR_THIS_SESSION = 0


class _WindowsSessionFilter(QAbstractNativeEventFilter):  # pragma: no cover - Windows only
    def __init__(self, on_lock: Any) -> None:
        super().__init__()
        self._on_lock = on_lock
        self._hwnd = 0

    def register(self, win_id: int) -> None:
        import ctypes

        self._hwnd = int(win_id)
        try:
            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(  # type: ignore[attr-defined]
                self._hwnd, NOTIFY_FOR_THIS_SESSION
            )
        except (AttributeError, OSError):
            self._hwnd = 0

    def unregister(self) -> None:
        if not self._hwnd:
            return
        import ctypes

        with contextlib.suppress(AttributeError, OSError):
            wts = ctypes.windll.wtsapi32  # type: ignore[attr-defined]
            wts.WTSUnRegisterSessionNotification(self._hwnd)
        self._hwnd = 0

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:
        if bytes(event_type) in (b"windows_generic_MSG", b"windows_dispatcher_MSG"):
            import ctypes
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if (msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK) or (
                msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND
            ):
                # Lock after the native handler returns, on the event loop.
                QTimer.singleShot(0, self._on_lock)
            del ctypes
        return False, 0
