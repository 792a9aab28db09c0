"""The partners section as a package: the page wires one widget per tab (list and editor,
participation overview, support directory, sectors) around a shared context."""

from livc_desktop.ui.pages.partners.page import PartnersPage

__all__ = ["PartnersPage"]
