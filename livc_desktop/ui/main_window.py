"""The main window: the first-start wizard, the unlock screen, or the register's pages.

While locked, only the unlock screen exists on screen: the pages have dropped their data,
dialogs are closed, and the connection (with the key) is gone."""

from __future__ import annotations

import contextlib
import importlib
import logging
import platform
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from livc_desktop import APP_NAME, __version__
from livc_desktop.domain.changes import Area, ChangeKind, Changes
from livc_desktop.services.session import Session
from livc_desktop.storage import binding_info
from livc_desktop.ui import i18n
from livc_desktop.ui.accessibility import install_accessible_names, name_inputs
from livc_desktop.ui.backup_actions import (
    backup_status_text,
    before_session_closes,
    create_backup_actions,
)
from livc_desktop.ui.clipboard import clear_on_close
from livc_desktop.ui.locking import IdleWatcher, ModalShortcuts, SessionLockWatcher
from livc_desktop.ui.pages import PAGE_MODULES, page_factories
from livc_desktop.ui.pages.base import Page
from livc_desktop.ui.privacy import make_privacy_action, retranslate_privacy_action
from livc_desktop.ui.reminders import ReminderBar
from livc_desktop.ui.reminders import after_unlock as reminders_after_unlock
from livc_desktop.ui.unlock import UnlockScreen
from livc_desktop.ui.wheel_guard import install_wheel_guard
from livc_desktop.ui.widgets.tabs import size_to_current_tab

if TYPE_CHECKING:
    from livc_desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog
    from livc_desktop.ui.dialogs.search import SearchDialog
    from livc_desktop.ui.first_start import FirstStartWizard

SETTINGS_LANGUAGE = "ui/language"
SETTINGS_GEOMETRY = "window/geometry"
#: While a meeting runs, the idle lock waits at least this long (README, Security model).
MEETING_AUTO_LOCK_MINUTES = 20

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    #: A session became active (unlock, first start, passphrase change). Emitted before the
    #: pages receive it and before the "unlock" event is recorded, so listeners such as the
    #: access trail can subscribe with `session.on_event(...)` in time.
    session_opened = Signal(object)
    #: The active session is about to close (lock, quit); pages still hold it.
    session_closing = Signal()
    #: True when the window locked, False when it unlocked.
    lock_state_changed = Signal(bool)

    def __init__(
        self,
        register_path: Path,
        *,
        language: str = "en",
        pseudo: bool = False,
        demo_passphrase: str = "",
    ) -> None:
        super().__init__()
        install_wheel_guard()  # before any field exists: each gets its focus policy
        install_accessible_names()
        self.setObjectName("main_window")
        self.register_path = Path(register_path)
        self.language = language
        self.pseudo = pseudo
        self.demo = bool(demo_passphrase)
        self.session: Session | None = None
        self._busy_jobs = 0
        self._pending_lock = ""
        self._idle_override_ms: int | None = None
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self.wizard: FirstStartWizard | None = None

        self.screens = QStackedWidget(self)
        self.screens.setObjectName("screens")
        self.setCentralWidget(self.screens)

        self.unlock_screen = UnlockScreen(self.register_path, self)
        self.unlock_screen.set_demo_passphrase(demo_passphrase)
        self.unlock_screen.unlocked.connect(self._on_unlock_screen_unlocked)
        self.screens.addWidget(self.unlock_screen)

        self.content = QWidget(self)
        self.content.setObjectName("content")
        self._navigation = QListWidget(self.content)
        self._navigation.setObjectName("navigation")
        self._navigation.setSpacing(3)
        self._navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self._navigation.setStyleSheet("QListWidget#navigation { padding: 6px; }")
        self._page_stack = QStackedWidget(self.content)
        self._page_stack.setObjectName("page_stack")
        # What is due shows above the pages after an unlock (ui.reminders), never blocking.
        self.reminder_bar = ReminderBar(self.content)
        self.reminder_bar.show_requested.connect(lambda: self.show_page("overview"))
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.reminder_bar)
        right.addWidget(self._page_stack, 1)
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._navigation)
        row.addLayout(right, 1)
        self.screens.addWidget(self.content)

        # The pages are built after the unlock screen's first paint, one per turn of the
        # event loop (the passphrase is typed meanwhile), or at once when anything asks
        # for them first (`pages`, `page()`, an unlock): starting took twice as long with
        # every page built before the window showed.
        self._pages: list[Page] = []
        self._page_builder: Iterator[None] | None = self._build_pages()
        self._building_page = False
        self._page_build_scheduled = False

        self._build_actions()
        self._build_status_bar()

        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self._on_idle_idle)
        self.os_lock = SessionLockWatcher(self)
        self.os_lock.os_locked.connect(self._on_os_lock_os_locked)
        # Ctrl+L and the privacy key work inside a case file or any other modal dialog.
        self.modal_keys = ModalShortcuts(
            [self.lock_action, self.privacy_action, self.help_action], self
        )
        self.modal_keys.install()

        self.retranslate()
        self._restore_geometry()
        # A demo register is still being made in the background: its unlock screen waits.
        if self.demo or self.register_path.exists():
            self._show_unlock()
        else:
            self._show_wizard()

    # -- construction ------------------------------------------------------------------
    def _build_pages(self) -> Iterator[None]:
        """Build the pages step by step; each `yield` gives the event loop a turn."""
        for module in PAGE_MODULES:
            importlib.import_module(module)
            yield
        for factory in page_factories():
            page = factory()
            self._add_page(page)
            name_inputs(page)
            yield
        self._navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        size_to_current_tab(self._page_stack)
        overview = next(p for p in self._pages if p.page_id == "overview")
        case_panel = getattr(overview, "case_panel", None)
        if case_panel is not None:
            case_panel.case_activated.connect(self._on_case_panel_case_activated)
            case_panel.show_all_requested.connect(self.open_place)
        my_month_panel = getattr(overview, "my_month", None)
        if my_month_panel is not None:
            my_month_panel.place_requested.connect(self.open_place)
        self._navigation.setCurrentRow(0)
        self._fit_navigation()

    def _build_next_page(self) -> None:
        """One step of the page building, then the next at the event loop's next turn."""
        if self._page_builder is None or self._building_page:
            return
        self._building_page = True
        try:
            next(self._page_builder)
        except StopIteration:
            self._page_builder = None
        finally:
            self._building_page = False
        if self._page_builder is not None:
            QTimer.singleShot(0, self, self._build_next_page)

    def _ensure_pages(self) -> None:
        """Build every page not built yet, now."""
        if self._page_builder is None or self._building_page:
            return
        self._building_page = True
        try:
            for _step in self._page_builder:
                pass
        finally:
            self._page_builder = None
            self._building_page = False

    @property
    def pages(self) -> list[Page]:
        self._ensure_pages()
        return self._pages

    @property
    def navigation(self) -> QListWidget:
        self._ensure_pages()
        return self._navigation

    @property
    def page_stack(self) -> QStackedWidget:
        self._ensure_pages()
        return self._page_stack

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._page_build_scheduled:
            # The unlock screen is on screen: the pages follow in the background.
            self._page_build_scheduled = True
            QTimer.singleShot(0, self, self._build_next_page)

    def _add_page(self, page: Page) -> None:
        page.set_session(None)
        self._pages.append(page)
        self._page_stack.addWidget(page)
        item = QListWidgetItem(page.title())
        if page.icon_name and QIcon.hasThemeIcon(page.icon_name):
            item.setIcon(QIcon.fromTheme(page.icon_name))
        item.setData(Qt.ItemDataRole.UserRole, page.page_id)
        self._navigation.addItem(item)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        page.data_changed.connect(self._on_page_data_changed)
        # Optional hooks a page may offer (the settings page does).
        language_selected = getattr(page, "language_selected", None)
        if language_selected is not None:
            language_selected.connect(self.apply_language)
        change_requested = getattr(page, "passphrase_change_requested", None)
        if change_requested is not None:
            change_requested.connect(self.change_passphrase)
        tabs = getattr(page, "tabs", None)
        if page.page_id == "meetings" and tabs is not None:
            tabs.currentChanged.connect(lambda _index: self._apply_auto_lock())
        keys_held = getattr(page, "keys_held", None)
        if keys_held is not None:
            keys_held.connect(self._on_page_keys_held)

    def _on_page_keys_held(self, held: bool) -> None:
        """While a meeting runs, keys stay in it: the menu takes no keyboard focus, so
        PageDown or an arrow can never switch the page (the mouse still can)."""
        self._navigation.setFocusPolicy(
            Qt.FocusPolicy.NoFocus if held else Qt.FocusPolicy.StrongFocus
        )

    def _build_actions(self) -> None:
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("action_lock")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if QIcon.hasThemeIcon("system-lock-screen"):
            self.lock_action.setIcon(QIcon.fromTheme("system-lock-screen"))
        self.lock_action.triggered.connect(lambda: self.lock("manual"))
        self.change_passphrase_action = QAction(self)
        self.change_passphrase_action.setObjectName("action_change_passphrase")
        self.change_passphrase_action.triggered.connect(self.change_passphrase)
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("action_quit")
        # The platform's Quit keys; Windows has none, and Ctrl+Q is what users expect there.
        self.quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
            or [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q)]
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.setObjectName("action_about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

        self.search_action = QAction(self)
        self.search_action.setObjectName("action_search")
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        if QIcon.hasThemeIcon("edit-find"):
            self.search_action.setIcon(QIcon.fromTheme("edit-find"))
        self.search_action.triggered.connect(self.show_search)
        self.help_action = QAction(self)
        self.help_action.setObjectName("action_help")
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if QIcon.hasThemeIcon("help-contents"):
            self.help_action.setIcon(QIcon.fromTheme("help-contents"))
        self.help_action.triggered.connect(self.show_help)

        self.annual_report_action = QAction(self)
        self.annual_report_action.setObjectName("action_annual_report")
        self.annual_report_action.triggered.connect(self.show_annual_report)

        self.backup = create_backup_actions(self, close_session=self._close_for_restore)
        self.backup.status_changed.connect(self.set_backup_status)
        self.backup.restored.connect(self._on_backup_restored)

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.setObjectName("menu_file")
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.change_passphrase_action)
        self.file_menu.addSeparator()
        for action in self.backup.actions():
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.annual_report_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.setObjectName("menu_help")
        self.help_menu.addAction(self.help_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.addAction(self.search_action)
        # Privacy mode: masks every identity field, for a screen projected in a meeting.
        self.privacy_action = make_privacy_action(self)
        self.privacy_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.toolbar.addAction(self.privacy_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_status_bar(self) -> None:
        self.file_status = QLabel(self)
        self.file_status.setObjectName("status_file")
        self.lock_status = QLabel(self)
        self.lock_status.setObjectName("status_lock")
        self.backup_status = QLabel(self)
        self.backup_status.setObjectName("status_backup")
        self.backup_status.hide()
        for label in (self.file_status, self.lock_status, self.backup_status):
            label.setContentsMargins(8, 0, 8, 0)
        bar = self.statusBar()
        bar.addPermanentWidget(self.backup_status)
        bar.addPermanentWidget(self.file_status)
        bar.addPermanentWidget(self.lock_status)

    # -- public hooks for features -----------------------------------------------------
    def add_toolbar_action(self, action: QAction) -> None:
        """Add a feature's action (privacy mode, backup ...) to the toolbar."""
        self.toolbar.addAction(action)

    def set_backup_status(self, text: str) -> None:
        """The backup feature's short status (e.g. "Last backup: 2 days ago")."""
        self.backup_status.setText(text)
        self.backup_status.setVisible(bool(text))

    def page(self, page_id: str) -> Page:
        """The page, given the session first if it has not been shown since the unlock."""
        page = next(p for p in self.pages if p.page_id == page_id)
        self._bind_page(page)
        return page

    def _bind_page(self, page: Page) -> None:
        # Pages load their data when first shown, not all at unlock: at a city's size
        # filling every page took a second after the key derivation.
        if self.session is not None and page.session is not self.session:
            page.set_session(self.session)

    def show_page(self, page_id: str) -> None:
        self.navigation.setCurrentRow(self.pages.index(self.page(page_id)))

    def current_page(self) -> Page:
        return self.pages[self.page_stack.currentIndex()]

    @property
    def locked(self) -> bool:
        return self.session is None

    # -- screens -----------------------------------------------------------------------
    def _show_wizard(self) -> None:
        from livc_desktop.ui.first_start import FirstStartWizard

        self.wizard = FirstStartWizard(self.register_path, self.language, self)
        self.wizard.created.connect(self._on_wizard_created)
        self.wizard.language_chosen.connect(self.apply_language)
        self.screens.addWidget(self.wizard)
        self.screens.setCurrentWidget(self.wizard)
        self._update_state()

    def _show_unlock(self) -> None:
        self.screens.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.reset()
        self._update_state()

    def _on_wizard_created(self, session: Session) -> None:
        wizard, self.wizard = self.wizard, None
        self._activate(session)
        if wizard is not None:
            self.screens.removeWidget(wizard)
            wizard.deleteLater()

    def _on_unlock_screen_unlocked(self, session: Session, failed_attempts: int) -> None:
        # The access trail records the unlock with the failed attempts (services.audit).
        del failed_attempts
        self._activate(session)
        # Once the unlock has finished and the register's screen shows (not after the
        # first start: an empty register needs no backup yet).
        QTimer.singleShot(0, self._after_unlock)

    def _bind_session(self, session: Session) -> None:
        """Everything that holds the session: after an unlock and after a passphrase
        change (which gives a new session on a new connection)."""
        self._ensure_pages()  # before the session is set: a page is built without it
        self.session = session
        self.session_opened.emit(session)
        self.backup.set_session(session)
        self.set_backup_status(backup_status_text(session))
        clear_on_close(session)
        for page in self.pages:
            if page.session is not None:
                page.set_session(session)  # a passphrase change: rebind what was loaded
        self._bind_page(self.current_page())

    def _activate(self, session: Session) -> None:
        self._bind_session(session)
        self.screens.setCurrentWidget(self.content)
        self._apply_auto_lock()
        self.idle.start()
        self._update_state()
        self.current_page().setFocus()
        self.lock_state_changed.emit(False)

    def _after_unlock(self) -> None:
        if self.session is not None:
            reminders_after_unlock(self, self.reminder_bar, self.session)

    # -- locking -----------------------------------------------------------------------
    def set_idle_interval_ms(self, ms: int | None) -> None:
        """Override the auto-lock delay (tests); None returns to the preference."""
        self._idle_override_ms = ms
        self._apply_auto_lock()

    def in_meeting_mode(self) -> bool:
        """True while the meetings page runs a meeting (its run panel is shown)."""
        page = self.current_page()
        tabs = getattr(page, "tabs", None)
        run_panel = getattr(page, "run_panel", None)
        return (
            page.page_id == "meetings"
            and tabs is not None
            and run_panel is not None
            and tabs.currentWidget() is run_panel
        )

    def _apply_auto_lock(self) -> None:
        if self._idle_override_ms is not None:
            self.idle.set_interval_ms(self._idle_override_ms)
        elif self.session is not None:
            minutes = self.session.preferences().auto_lock_minutes
            if self.in_meeting_mode():
                # A discussion can run that long without anyone touching the laptop; the
                # register still locks if it is left behind after the meeting.
                minutes = max(minutes, MEETING_AUTO_LOCK_MINUTES)
            self.idle.set_minutes(minutes)

    def _on_idle_idle(self) -> None:
        self.lock("idle")

    def _on_os_lock_os_locked(self) -> None:
        self.lock("os_session")

    def lock(self, reason: str = "manual") -> None:
        """Close the session and show the unlock screen. While a background job uses the
        connection (a passphrase change), the lock waits for it to finish."""
        if self.session is None:
            return
        if self._busy_jobs:
            self._pending_lock = reason
            return
        self.idle.stop()
        self._close_other_windows()
        session = self.session
        # The screen clears first and at once: the automatic backup below may take seconds,
        # and a question about backups waits for the next unlock.
        self.backup.set_session(None)
        self.set_backup_status("")
        self.reminder_bar.clear()
        self.session_closing.emit()
        self.session = None
        for page in self._pages:
            try:
                page.set_session(None)
            except Exception as exc:
                log.warning("page %s failed to clear: %s", page.page_id, type(exc).__name__)
        self.statusBar().clearMessage()
        self._show_unlock()
        self.repaint()
        # Whatever fails on the way (a USB stick pulled out under the automatic backup, a
        # full disk under the trail entry), the register still closes.
        try:
            before_session_closes(self, session, ask=reason == "quit")
        except Exception as exc:
            log.warning("backup before lock failed: %s", type(exc).__name__)
        try:
            session.record(ChangeKind.REGISTER_LOCKED, reason=reason)
        except Exception as exc:
            log.warning("could not record the lock: %s", type(exc).__name__)
        try:
            session.close()
        except Exception as exc:
            log.warning("closing the register failed: %s", type(exc).__name__)
        self.lock_state_changed.emit(True)

    # -- search, My month and help ------------------------------------------------------
    def show_search(self) -> SearchDialog | None:
        """The one search (Ctrl+F); a result opens where it is dealt with."""
        if self.session is None:
            return None
        from livc_desktop.ui.dialogs.search import SearchDialog

        dialog = SearchDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.item_chosen.connect(self.open_item)
        dialog.open()
        return dialog

    def open_item(self, kind: str, item_id: int) -> None:
        """Open a partner, case, signal or meeting on its own page."""
        if self.session is None:
            return
        if kind == "partner":
            self.show_page("partners")
            opener = getattr(self.page("partners"), "open_partner", None)
            if opener is not None:
                opener(item_id)
        elif kind == "case":
            self._on_case_panel_case_activated(item_id)
        elif kind == "signal":
            self.show_page("signals")
            shower = getattr(self.page("signals"), "show_signal", None)
            if shower is not None and not shower(item_id):
                self.statusBar().showMessage(
                    self.tr("That signal is older than the list shows."), 8000
                )
        elif kind == "meeting":
            self._show_meeting(item_id, "prepare")

    def open_place(self, place: str, item_id: int = -1) -> None:
        """Where a line of My month is dealt with."""
        if self.session is None:
            return
        if place == "signals":
            self.show_page("signals")
            page = self.page("signals")
            choice = getattr(page, "view_choice", None)
            if choice is not None:
                choice.setCurrentIndex(max(0, choice.findData("awaiting")))
        elif place in ("reviews", "measures"):
            self.show_page("cases")
            page = self.page("cases")
            due = getattr(page, "due_filter", None)
            overdue = getattr(page, "overdue_filter", None)
            if due is not None and overdue is not None:
                due.setChecked(place == "reviews")
                overdue.setChecked(place == "measures")
        elif place == "meeting":
            self._show_meeting(item_id, "prepare")
        elif place == "minutes":
            self._show_meeting(item_id, "minutes")
        elif place == "backup":
            self.backup.make_action.trigger()

    def _show_meeting(self, meeting_id: int, tab: str) -> None:
        self.show_page("meetings")
        page = self.page("meetings")
        reload = getattr(page, "reload", None)
        if reload is not None and meeting_id >= 0:
            reload(select=meeting_id)
        tabs = getattr(page, "tabs", None)
        if tabs is not None:
            panel = getattr(page, "minutes_panel", None) if tab == "minutes" else None
            if panel is not None:
                tabs.setCurrentWidget(panel)
            else:
                tabs.setCurrentIndex(0)

    def show_help(self) -> None:
        """The manual at the section of the screen in use, in the interface language."""
        section = "unlock" if self.session is None else self.current_page().page_id
        if self.wizard is not None:
            section = "first_start"
        elif self.session is not None and self.in_meeting_mode():
            section = "meeting_mode"
        from livc_desktop.ui.dialogs.help import show_help

        show_help(QApplication.activeModalWidget() or self, self.language, section)

    def _on_case_panel_case_activated(self, case_id: int) -> None:
        self.show_page("cases")
        cases_page = self.page("cases")
        if hasattr(cases_page, "open_case_file"):
            cases_page.open_case_file(case_id)

    def _close_for_restore(self) -> Path | None:
        """Restoring replaces the register file: lock first; None cancels."""
        if self.session is not None:
            self.lock("restore")
        return None if self.session is not None else self.register_path

    def _on_backup_restored(self, _path: object) -> None:
        self._show_unlock()

    def _close_other_windows(self) -> None:
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            popup = QApplication.activePopupWidget()
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
                widget.close()
            elif self.isAncestorOf(widget) or widget.parentWidget() is not None:
                widget.close()
        self._dispose_closed_dialogs()

    def _dispose_closed_dialogs(self) -> None:
        """A dialog that was closed but not deleted still holds what was typed in it (an
        identity, a passphrase): on lock, wipe and delete every hidden dialog."""
        hidden = [d for d in self.findChildren(QDialog) if not d.isVisible()]
        hidden += [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and not w.isVisible() and w not in hidden
        ]
        for dialog in hidden:
            if dialog is self.passphrase_dialog:
                continue
            for edit in dialog.findChildren(QLineEdit):
                edit.clear()
            for text in dialog.findChildren(QTextEdit) + dialog.findChildren(QPlainTextEdit):
                text.clear()
            dialog.deleteLater()

    def job_started(self) -> None:
        """A background job uses the session: postpone locks until `job_finished`."""
        self._busy_jobs += 1
        self.idle.timer.stop()

    def job_finished(self) -> None:
        self._busy_jobs = max(0, self._busy_jobs - 1)
        if self._busy_jobs == 0 and self.session is not None:
            if self._pending_lock:
                reason, self._pending_lock = self._pending_lock, ""
                self.lock(reason)
            else:
                self.idle.start()

    # -- passphrase ----------------------------------------------------------------------
    def change_passphrase(self) -> None:
        if self.session is None or self.passphrase_dialog is not None:
            return
        from livc_desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.session, self)
        self.passphrase_dialog = dialog
        dialog.job_started.connect(self.job_started)
        dialog.job_finished.connect(self.job_finished)
        dialog.changed.connect(self._on_passphrase_dialog_changed)
        dialog.finished.connect(self._on_passphrase_dialog_finished)
        dialog.open()

    def _on_passphrase_dialog_changed(self, session: Session) -> None:
        self._replace_session(session)

    def _on_passphrase_dialog_finished(self, _result: int) -> None:
        dialog, self.passphrase_dialog = self.passphrase_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self.session is not None and not self.session.is_open:
            # The change failed after the old connection was closed (the register on disk
            # is intact, under the old passphrase): unlock again.
            self.lock("error")

    def _replace_session(self, session: Session) -> None:
        """After a passphrase change the register is a new file with a new connection
        (the access trail recorded the change when the new session was opened)."""
        old = self.session
        if old is not None and old is not session:
            old.close()  # its register is closed already; this runs its close listeners here
        self._bind_session(session)
        self.statusBar().showMessage(self.tr("The passphrase was changed."), 8000)

    # -- pages -------------------------------------------------------------------------
    def _on_navigation_row_changed(self, row: int) -> None:
        if row < 0 or row >= len(self._pages):
            return
        current = self._page_stack.currentIndex()
        if current != row and self.session is not None and not self._pages[current].can_leave():
            self._navigation.blockSignals(True)
            self._navigation.setCurrentRow(current)
            self._navigation.blockSignals(False)
            return
        self._bind_page(self._pages[row])
        self._page_stack.setCurrentIndex(row)
        self._apply_auto_lock()

    def _on_page_data_changed(self, changes: Changes) -> None:
        sender = self.sender()
        for page in self._pages:
            if page is not sender and page.session is not None:
                page.on_changes(changes)  # pages not loaded yet read fresh data when shown
        if changes.touches(Area.PREFERENCES):
            self._apply_auto_lock()

    # -- language ----------------------------------------------------------------------
    def apply_language(self, language: str) -> None:
        """Switch the interface language now and remember it (QSettings, not secret)."""
        self.language = i18n.install(language, pseudo_mode=self.pseudo)
        QSettings().setValue(SETTINGS_LANGUAGE, self.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = APP_NAME
        if self.demo:
            title = self.tr("{app} (demo with invented data)").format(app=APP_NAME)
        self.setWindowTitle(title)
        self.file_menu.setTitle(self.tr("&File"))
        retranslate_privacy_action(self.privacy_action)
        self.backup.retranslate()
        self.help_menu.setTitle(self.tr("&Help"))
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Lock the register now (Ctrl+L)"))
        self.change_passphrase_action.setText(self.tr("Change &passphrase…"))
        self.annual_report_action.setText(self.tr("&Annual report…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About LIVC Desktop"))
        self.search_action.setText(self.tr("&Search…"))
        self.search_action.setToolTip(
            self.tr(
                "Search partners, cases, signals and meetings, or whether a person is already "
                "known ({key})"
            ).format(
                key=self.search_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.help_action.setText(self.tr("&Manual and glossary"))
        self.help_action.setToolTip(
            self.tr("The manual and glossary, at the section of this screen ({key})").format(
                key=self.help_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.change_passphrase_action.setToolTip(
            self.tr("Choose a new passphrase for the register (every backup keeps its own)")
        )
        self.annual_report_action.setToolTip(
            self.tr("Figures of the year for the mayor and the council, without names")
        )
        self._navigation.setToolTip(self.tr("The parts of the register"))
        self.reminder_bar.retranslate()
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self._navigation.setAccessibleName(self.tr("Sections"))
        for row, page in enumerate(self._pages):  # a page built later is built translated
            page.retranslate()
            item = self._navigation.item(row)
            if item is not None:
                item.setText(page.title())
        self._fit_navigation()
        self._update_state()
        if self.session is not None and self.session.is_open:
            self.set_backup_status(backup_status_text(self.session))
        # The pages have their new texts: screen-reader names follow at once.
        name_inputs(self)

    def _fit_navigation(self) -> None:
        metrics = self._navigation.fontMetrics()
        widest = max((metrics.horizontalAdvance(p.title()) for p in self._pages), default=80)
        self._navigation.setFixedWidth(min(320, max(160, widest + 48)))

    def _update_state(self) -> None:
        self.file_status.setText(self.tr("Register: {name}").format(name=self.register_path.name))
        self.file_status.setToolTip(str(self.register_path))
        if self.wizard is not None:
            state = self.tr("Not created yet")
        elif self.session is None:
            state = self.tr("Locked")
        else:
            state = self.tr("Unlocked")
        self.lock_status.setText(state)
        unlocked = self.session is not None
        self.lock_action.setEnabled(unlocked)
        self.change_passphrase_action.setEnabled(unlocked)
        self.annual_report_action.setEnabled(unlocked)
        self.search_action.setEnabled(unlocked)
        self.toolbar.setEnabled(unlocked)

    def show_annual_report(self) -> None:
        if self.session is None:
            return
        from livc_desktop.ui.dialogs.annual_report import AnnualReportDialog

        dialog = AnnualReportDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- about -------------------------------------------------------------------------
    def about_text(self) -> str:
        try:
            info = binding_info()
            cipher = f"{info.cipher_version} (SQLite {info.sqlite_version})"
        except Exception:  # the About box must open even if the binding is broken
            cipher = "?"
        return self.tr(
            "<h3>{app} {version}</h3>"
            "<p>An offline, encrypted register for a Local Integrated Security Cell.</p>"
            "<p>Qt {qt}<br>PySide6 {pyside}<br>SQLCipher {sqlcipher}<br>Python {python}</p>"
        ).format(
            app=APP_NAME,
            version=__version__,
            qt=qVersion(),
            pyside=PySide6.__version__,
            sqlcipher=cipher,
            python=platform.python_version(),
        )

    def show_about(self) -> None:
        from livc_desktop.ui.dialogs.about import AboutDialog

        box = AboutDialog(self.about_text(), self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- geometry and closing ----------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value(SETTINGS_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.os_lock.watch_window(int(self.winId()))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.wizard is not None and self.wizard.busy:
            event.ignore()  # the register is being created; closing now would abandon it
            return
        if self._busy_jobs or self.unlock_screen.busy:
            # A passphrase change or an unlock is running; it ends within seconds.
            event.ignore()
            return
        QSettings().setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Close the session (recorded as a lock on quit) and stop watching."""
        if self.session is not None:
            self.lock("quit")
        self.idle.stop()
        self.modal_keys.remove()
        self.os_lock.close()
        with contextlib.suppress(RuntimeError):
            self.unlock_screen.timer.stop()
