"""The sections of the main window's navigation, in display order.

Each feature adds its page factory here; the main window builds one page per entry."""

from __future__ import annotations

from collections.abc import Callable

from livc_desktop.ui.pages.base import Page

PageFactory = Callable[[], Page]

#: The modules of `page_factories`' pages, in the same order: the main window imports them
#: one per turn of the event loop, after the unlock screen is painted.
PAGE_MODULES = (
    "livc_desktop.ui.pages.overview",
    "livc_desktop.ui.pages.partners.page",
    "livc_desktop.ui.pages.house_rules",
    "livc_desktop.ui.pages.signals",
    "livc_desktop.ui.pages.cases",
    "livc_desktop.ui.pages.meetings.page",
    "livc_desktop.ui.pages.settings",
    "livc_desktop.ui.pages.retention",
    "livc_desktop.ui.pages.audit",
)


def page_factories() -> list[PageFactory]:
    # Imported here so that importing the package does not pull in every page.
    from livc_desktop.ui.pages.audit import AuditPage
    from livc_desktop.ui.pages.cases import CasesPage
    from livc_desktop.ui.pages.house_rules import HouseRulesPage
    from livc_desktop.ui.pages.meetings import MeetingsPage
    from livc_desktop.ui.pages.overview import OverviewPage
    from livc_desktop.ui.pages.partners import PartnersPage
    from livc_desktop.ui.pages.retention import RetentionPage
    from livc_desktop.ui.pages.settings import SettingsPage
    from livc_desktop.ui.pages.signals import SignalsPage

    return [
        OverviewPage,
        PartnersPage,
        HouseRulesPage,
        SignalsPage,
        CasesPage,
        MeetingsPage,
        SettingsPage,
        RetentionPage,
        AuditPage,
    ]
