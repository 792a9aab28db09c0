"""'Put on the next meeting', offered by the case file and the Signals page: one place
that runs it and tells the officer which meeting it went to, or that none is planned."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from livc_desktop.domain.changes import Changes
from livc_desktop.services import meetings as meeting_service
from livc_desktop.services.session import Session
from livc_desktop.ui import meeting_labels as ml
from livc_desktop.ui.operations import run_op

translate = QCoreApplication.translate


def button_text() -> str:
    return translate("NextMeeting", "Put on the next meeting")


def put_on_next_meeting(
    parent: QWidget,
    session: Session,
    *,
    case_id: int | None = None,
    signal_id: int | None = None,
    announce: Callable[[Changes], None] | None = None,
) -> bool:
    """True when the case or signal is on the next meeting's agenda (now or already)."""
    title = button_text()
    outcome = run_op(
        parent,
        session,
        lambda: meeting_service.put_on_next_meeting(session, case_id=case_id, signal_id=signal_id),
        title=title,
        announce=announce,
    )
    if outcome is None:
        return False
    meeting, _item = outcome.value
    QMessageBox.information(
        parent,
        title,
        translate("NextMeeting", "It is on the agenda of the meeting of {date} ({table}).").format(
            date=ml.ui_date(meeting.on_date), table=ml.table_label(meeting.table_kind)
        ),
    )
    return True
