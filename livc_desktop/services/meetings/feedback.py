"""The feedback sheet to the police about one case (art. 458ter): the agreed text per
case and every participant's consent to exactly that text."""

from __future__ import annotations

from dataclasses import replace

from livc_desktop.domain.cases import NotFound
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.meetings import (
    Attendance,
    FeedbackNeedsConsensus,
    feedback_allowed,
)
from livc_desktop.domain.minutes import (
    FeedbackParticipant,
    FeedbackText,
    PrintedAttendee,
    extract_of,
    feedback_problems,
)
from livc_desktop.services import cases
from livc_desktop.services.meetings.documents import Labels, _case_code, _info, _preparation_content
from livc_desktop.services.meetings.minutes import minutes_content
from livc_desktop.services.meetings.planning import feedback_repo, get_meeting, repo
from livc_desktop.services.meetings.running import redactor
from livc_desktop.services.session import Session


def feedback_cases(session: Session, meeting_id: int) -> list[tuple[int, str]]:
    """(case id, code) of the cases a feedback sheet can be made for: the case items."""
    r = repo(session)
    ids = [i.case_id for i in r.items(meeting_id) if i.case_id is not None]
    codes = r.case_codes(ids)
    seen: dict[int, str] = {}
    for case_id in ids:
        seen.setdefault(case_id, codes.get(case_id, ""))
    for sheet in feedback_repo(session).feedback_sheets(meeting_id):
        seen.setdefault(int(sheet["case_id"]), str(sheet["case_code"]))
    return [(c, code) for c, code in seen.items() if code]


def _proposed_conclusion(session: Session, meeting_id: int, case_id: int, code: str) -> str:
    """The decisions noted on that case's items (not the account of the discussion)."""
    content = extract_of(minutes_content(session, meeting_id), code)
    lines = [d for item in content.items if not item.withheld for d in item.decisions]
    for item in content.items:
        for dec in item.case_decisions:
            if dec.justification:
                lines.append(dec.justification)
    return "\n".join(lines)


def feedback_text(session: Session, meeting_id: int, case_id: int) -> FeedbackText:
    """The exact text the feedback sheet for this case would carry: the stored, agreed
    text, or (not yet saved) a proposal from the decisions noted on that case's items."""
    meeting = get_meeting(session, meeting_id)
    code = _case_code(session, meeting_id, case_id)
    sheet = feedback_repo(session).feedback_sheet(meeting_id, case_id)
    clean = redactor(session)
    if sheet is not None:
        return FeedbackText(
            code,
            meeting.on_date.isoformat(),
            clean(str(sheet["conclusion"]), [case_id, code]),
            str(sheet["follow_up"]),
            clean(str(sheet["police_contact"]), [case_id, code]),
            saved=True,
        )
    try:
        row = cases.get_case(session, case_id)
    except NotFound:
        row = None
    follow_up = row.follow_up.value if row is not None and row.follow_up else ""
    return FeedbackText(
        code,
        meeting.on_date.isoformat(),
        _proposed_conclusion(session, meeting_id, case_id, code),
        follow_up,
    )


FOLLOW_UPS = ("social", "police", "mixed")


def save_feedback_text(
    session: Session,
    meeting_id: int,
    case_id: int,
    conclusion: str,
    follow_up: str = "",
    police_contact: str = "",
) -> FeedbackText:
    """Store the text the cell agrees to feed back about one case, redacted with every
    identity of the register. A changed text drops every consent given so far."""
    found = feedback_problems(conclusion, police_contact)
    if follow_up and follow_up not in FOLLOW_UPS:
        found["follow_up"] = "invalid"
    if found:
        raise ValidationError(found)
    meeting = get_meeting(session, meeting_id)
    code = _case_code(session, meeting_id, case_id)
    clean = redactor(session)
    text = FeedbackText(
        code,
        meeting.on_date.isoformat(),
        clean(conclusion.strip(), [case_id, code]),
        follow_up,
        clean(police_contact.strip(), [case_id, code]),
        saved=True,
    )
    changed = feedback_repo(session).save_feedback_sheet(
        meeting_id,
        case_id,
        code,
        text.conclusion,
        text.follow_up,
        text.police_contact,
        text.fingerprint(),
    )
    if changed:
        session.record(ChangeKind.FEEDBACK_TEXT_SAVED, meeting_id=meeting_id, case_id=case_id)
    return text


def _participants(session: Session, meeting_id: int) -> list[tuple[str, str, str]]:
    """(key, name, organisation) of every member who took part, guests included."""
    r = repo(session)
    people = [
        (f"attendance:{e.id}", e.name, e.organisation)
        for e in r.attendance(meeting_id)
        if e.status is Attendance.PRESENT
    ]
    people += [(f"guest:{g.id}", g.name, g.organisation) for g in r.guests(meeting_id)]
    return people


def feedback_consents(session: Session, meeting_id: int, case_id: int) -> list[FeedbackParticipant]:
    """Every participant with their consent to the stored text (None: not asked yet, or
    asked about a text that has changed since)."""
    sheets = feedback_repo(session)
    sheet = sheets.feedback_sheet(meeting_id, case_id)
    given = sheets.feedback_consents(meeting_id, case_id) if sheet else {}
    out = []
    for key, name, organisation in _participants(session, meeting_id):
        consent, fingerprint = given.get(key, (None, ""))
        valid = sheet is not None and fingerprint == sheet["fingerprint"]
        out.append(FeedbackParticipant(key, name, organisation, consent if valid else None))
    return out


def record_feedback_consent(
    session: Session,
    meeting_id: int,
    case_id: int,
    *,
    attendance_id: int | None = None,
    guest_id: int | None = None,
    consent: bool | None,
) -> None:
    """Record (True / False) or reset (None) one participant's consent to the stored text;
    during the meeting or after finalising."""
    sheets = feedback_repo(session)
    sheet = sheets.feedback_sheet(meeting_id, case_id)
    if sheet is None:
        raise ValidationError({"conclusion": "required"})
    key = f"attendance:{attendance_id}" if attendance_id is not None else f"guest:{guest_id}"
    if key not in {k for k, _, _ in _participants(session, meeting_id)}:
        raise ValidationError({"participant": "not_a_participant"})
    feedback_repo(session).set_feedback_consent(
        meeting_id, case_id, key, consent, str(sheet["fingerprint"])
    )
    session.record(
        ChangeKind.FEEDBACK_CONSENT_RECORDED,
        meeting_id=meeting_id,
        case_id=case_id,
        attendance_id=attendance_id,
        guest_id=guest_id,
    )


def feedback_possible(session: Session, meeting_id: int, case_id: int | None = None) -> bool:
    """A sheet can be made: a stored text and every participant's consent to it (for
    `case_id`, or for at least one case of the meeting)."""
    cases = (
        [case_id] if case_id is not None else [c for c, _ in feedback_cases(session, meeting_id)]
    )
    for one in cases:
        if feedback_repo(session).feedback_sheet(meeting_id, one) is None:
            continue
        if feedback_allowed([p.consent for p in feedback_consents(session, meeting_id, one)]):
            return True
    return False


def feedback_pdf(
    session: Session, meeting_id: int, labels: Labels, *, case_id: int | None = None
) -> bytes:
    """Feedback sheet to the police about one case (art. 458ter): the agreed text only
    (case code, date, conclusion, follow-up type, police contact), refused unless every
    participant consented to exactly that text."""
    if case_id is None:
        ready = [
            c
            for c, _ in feedback_cases(session, meeting_id)
            if feedback_possible(session, meeting_id, c)
        ]
        if not ready:
            raise FeedbackNeedsConsensus(str(meeting_id))
        case_id = ready[0]
    people = feedback_consents(session, meeting_id, case_id)
    if feedback_repo(session).feedback_sheet(meeting_id, case_id) is None or not feedback_allowed(
        [p.consent for p in people]
    ):
        raise FeedbackNeedsConsensus(str(meeting_id))
    meeting = get_meeting(session, meeting_id)
    text = feedback_text(session, meeting_id, case_id)
    content = _preparation_content(session, meeting_id)
    participants = [PrintedAttendee(p.name, p.organisation, "") for p in people]
    info = replace(
        _info(session, labels, meeting), content_hash="", addenda=(), case_code=text.case_code
    )
    from livc_desktop.reports import minutes as minutes_report  # heavy: only when printing

    return minutes_report.feedback_pdf(content, text, participants, info)
