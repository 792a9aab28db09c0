"""The meetings screen as a package: `page` wires the three tabs (`prepare`, `run` with
its `note_editor`, `minutes`); the panels share a `context.MeetingContext` and speak to
each other only through signals the page connects."""

from livc_desktop.ui.pages.meetings.common import AUTOSAVE_MS as AUTOSAVE_MS
from livc_desktop.ui.pages.meetings.page import MeetingsPage as MeetingsPage
