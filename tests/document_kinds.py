"""Every kind of PDF the program makes, built from a fictional demo register in one
language, the way the program builds them (the same label builders and services).

Used by tests/gui/test_document_words.py and handy for looking at the pages:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.document_kinds fr /tmp/pdfs
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

LANGUAGES = ("nl", "fr", "de", "en")


@contextmanager
def demo_session(folder: Path, language: str) -> Iterator[Any]:
    from livc_desktop.services.demo import create_demo

    session = create_demo(folder / f"demo-{language}" / "register.livc", language=language)
    try:
        yield session
    finally:
        if session.is_open:
            session.close()


def _meeting_documents(session: Any) -> dict[str, bytes]:
    from livc_desktop.domain.meetings import MinutesState
    from livc_desktop.services import meetings as svc
    from livc_desktop.ui.meeting_labels import labels_for

    labels = labels_for(session)
    meetings = svc.list_meetings(session)
    out: dict[str, bytes] = {}
    # The demo meeting with the most agenda items stands for a real one.
    busiest = max(meetings, key=lambda m: len(svc.agenda(session, m.id)))
    out["invitation"] = svc.invitation_pdf(session, busiest.id, labels)
    out["attendance_sheet"] = svc.attendance_sheet_pdf(session, busiest.id, labels)
    held = [m for m in meetings if m.minutes_state is not MinutesState.DRAFT] or meetings
    minutes_of = max(held, key=lambda m: len(svc.agenda(session, m.id)))
    if minutes_of.minutes_state is MinutesState.DRAFT:
        out["minutes_draft"] = svc.minutes_pdf(session, minutes_of.id, labels)
    else:
        svc.add_addendum(
            session,
            minutes_of.id,
            "De actie van de jeugddienst loopt tot de volgende vergadering; de "
            "preventiemedewerker bevestigt de nieuwe datum aan alle partners.",
        )
        out["minutes_with_addendum"] = svc.minutes_pdf(session, minutes_of.id, labels)
    draft = [m for m in meetings if m.minutes_state is MinutesState.DRAFT and m.id != busiest.id]
    if draft:
        out["minutes_draft"] = svc.minutes_pdf(session, draft[0].id, labels)
    # The demo's agendas hold no case: one is put on the next meeting's agenda for the
    # case-team extract and the feedback sheet to the police.
    from livc_desktop.domain.meetings import Attendance, ItemKind
    from livc_desktop.services import cases

    case = cases.list_cases(session)[0]
    meeting = draft[0] if draft else busiest
    svc.add_item(session, meeting.id, ItemKind.CASE, case_id=case.id, planned_minutes=20)
    out["extract"] = svc.extract_pdf(session, meeting.id, case.id, labels)
    for entry in svc.attendance(session, meeting.id)[:4]:
        svc.set_attendance(session, entry.id, Attendance.PRESENT)
    svc.save_feedback_text(
        session,
        meeting.id,
        case.id,
        "De casus blijft in opvolging door de jeugddienst; een nieuwe weging volgt in "
        "januari. Telefonisch bereikbaar via +32 470 12 34 56 of via "
        "preventie@demostad.example.",
        "mixed",
        "Inspecteur Fictief, 09 123 45 67",
    )
    for person in svc.feedback_consents(session, meeting.id, case.id):
        kind, number = person.key.split(":")
        key = "attendance_id" if kind == "attendance" else "guest_id"
        svc.record_feedback_consent(
            session, meeting.id, case.id, **{key: int(number)}, consent=True
        )
    out["feedback"] = svc.feedback_pdf(session, meeting.id, labels, case_id=case.id)
    return out


def _distribution_copy(session: Any, minutes: bytes) -> bytes:
    from livc_desktop.reports.copies import CopyMaker, CopyMark

    mark = CopyMark("Exemplaar voor Fien Voorbeeld (OCMW Demostad), 30/11/2026", "Fien", "OCMW")
    return CopyMaker(minutes).copy(mark, None)


def _partner_documents(session: Any) -> dict[str, bytes]:
    from livc_desktop.ui.pages.partners.page import PartnersPage

    page = PartnersPage()
    try:
        page.set_session(session)
        return {
            "partner_list": page.partner_list_pdf(),
            "contact_sheet": page.contact_sheet_pdf(),
            "participation_overview": page.participation_pdf(),
        }
    finally:
        page.set_session(None)
        page.deleteLater()


def _register_documents(session: Any) -> dict[str, bytes]:
    from livc_desktop.services import annual_report, cases
    from livc_desktop.ui import annual_report_labels
    from livc_desktop.ui.pages.audit import AuditPage
    from livc_desktop.ui.print_language import document_language, register_language
    from livc_desktop.ui.retention_actions import processing_record_pdf, subject_access_pdf

    out: dict[str, bytes] = {}
    labels = annual_report_labels.labels_for(session)
    report = annual_report.build(session, annual_report.available_years(session)[0])
    out["annual_report"] = annual_report.pdf_bytes(session, report, labels)
    out["processing_record"] = processing_record_pdf(session)
    case_id = cases.list_cases(session)[0].id
    out["subject_access"] = subject_access_pdf(session, case_id)
    page = AuditPage()
    try:
        page.set_session(session)
        with document_language(register_language(session)):
            out["access_trail"] = page.build_report()
    finally:
        page.set_session(None)
        page.deleteLater()
    return out


def every_document(session: Any) -> dict[str, bytes]:
    """kind -> PDF bytes, for every kind of PDF the program makes."""
    out = _meeting_documents(session)
    out.update(_partner_documents(session))
    out.update(_register_documents(session))
    minutes = out.get("minutes_with_addendum") or out["minutes_draft"]
    out["distribution_copy"] = _distribution_copy(session, minutes)
    return out


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    language, folder = argv[0], Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    with demo_session(folder, language) as session:
        for kind, data in every_document(session).items():
            (folder / f"{language}-{kind}.pdf").write_bytes(data)
            print(folder / f"{language}-{kind}.pdf")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
