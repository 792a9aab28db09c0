"""GUI fixtures: a private QSettings file per test, English texts, fast countdowns, and
main windows that are shut down (session closed) after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from livc_desktop.domain.cell import CellProfile, CellStructure, MeetingFrequency
from livc_desktop.services import register as register_service
from livc_desktop.ui import i18n
from livc_desktop.ui.main_window import MainWindow
from livc_desktop.ui.unlock import UnlockScreen
from livc_desktop.ui.worker import jobs_running
from tests.conftest import PASSPHRASE

# Register content that must never stay on screen or in a model once locked.
SENTINELS = ("Zoë Testpersoongem", "رانيا المثال", "Zaal Fictief 7", "Voorbeeldegem")


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    qapp.setOrganizationName("LIVC Desktop Tests")
    qapp.setApplicationName("livc-desktop-tests")
    QSettings().clear()
    i18n.install("en")
    yield
    QSettings().clear()
    i18n.install("en")


@pytest.fixture(autouse=True)
def no_backup_offer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Locking in these tests must not stop at the "make a backup now?" question
    (tested on its own in test_backup_dialogs)."""
    from livc_desktop.ui import backup_actions

    monkeypatch.setattr(backup_actions, "_offered", True)


@pytest.fixture(autouse=True)
def fast_countdown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(UnlockScreen, "tick_ms", 10)


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[..., MainWindow]]:
    made: list[MainWindow] = []

    def make(path: Path, **kwargs: object) -> MainWindow:
        window = MainWindow(path, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=10_000)
    for window in made:
        window.shutdown()


@pytest.fixture
def sentinel_register(register_path: Path) -> Path:
    """A closed register whose profile holds the sentinel strings."""
    session = register_service.create(
        register_path,
        PASSPHRASE,
        PASSPHRASE,
        CellProfile(
            ["Zoë Testpersoongem", "Voorbeeldegem"],
            CellStructure.MAIN_BODY_CASE_TEAMS,
            officer_name="رانيا المثال",
            default_place="Zaal Fictief 7",
            default_frequency=MeetingFrequency.QUARTERLY,
        ),
    )
    session.close()
    return register_path


def unlock_with(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    screen = window.unlock_screen
    qtbot.waitUntil(lambda: screen.unlock_button.isEnabled() or not screen.busy, timeout=5000)
    screen.passphrase_edit.setText(passphrase)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)


def visible_texts(root: QWidget) -> list[str]:
    """Every text a widget under `root` holds: labels, fields, buttons, titles, tooltips."""
    texts: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.currentText(), *(widget.itemText(i) for i in range(widget.count()))]
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QAbstractSpinBox):
            texts.append(widget.text())
    return [t for t in texts if t]


def model_texts(root: QWidget) -> list[str]:
    """Every DisplayRole/EditRole/ToolTip value in every model under `root`."""
    out: list[str] = []

    def walk(model: QAbstractItemModel, parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            # List models hide columnCount; index(row, col) is invalid past the last one.
            for col in range(64):
                if not model.index(row, col, parent).isValid():
                    break
                index = model.index(row, col, parent)
                for role in (
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole,
                ):
                    value = model.data(index, role)
                    if value is not None:
                        out.append(str(value))
                if not isinstance(model, QAbstractListModel | QAbstractTableModel):
                    walk(model, index)

    for model in root.findChildren(QAbstractItemModel):
        walk(model, QModelIndex())
    return out
