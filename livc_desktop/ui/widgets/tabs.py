"""Tabs (and stacked pages) that ask only for the room of the tab on show.

A QTabWidget is as wide as its widest page, shown or not: the meeting-run page alone
made the minutes tab wider than a 1280-pixel projector. Hidden pages get an Ignored size
policy, so only the current one counts."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QTabWidget


def size_to_current_tab(tabs: QTabWidget | QStackedWidget) -> None:
    def update(current: int) -> None:
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is None:
                continue
            policy = (
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(policy, policy)
        tabs.updateGeometry()

    tabs.currentChanged.connect(update)
    update(tabs.currentIndex())
