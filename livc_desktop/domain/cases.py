"""Case files: phases, flags, measures, information items, review rules (domain.md,
"Case management", "The flag system", "Professional secrecy").

Plain Python. Everything here returns codes; the UI turns them into words."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from livc_desktop.domain.errors import LivcError, ValidationError

MAX_TEXT = 100_000  # a long note is fine; a pasted book is not
MAX_SHORT = 200
DEFAULT_REVIEW_WEEKS = 6
REVIEW_WEEKS_MIN = 1
REVIEW_WEEKS_MAX = 52


class Flag(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    BLACK = "black"


class Phase(StrEnum):
    REGISTRATION = "registration"
    FILE_BUILDING = "file_building"
    WEIGHING = "weighing"
    APPROACH = "approach"
    EVALUATION = "evaluation"
    CLOSED = "closed"


class FollowUp(StrEnum):
    SOCIAL = "social"
    POLICE = "police"
    MIXED = "mixed"


class MeasureStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class SharingLevel(StrEnum):
    CASE_TEAM = "case_team"  # need-to-know: only the partners in the case team
    WHOLE_CELL = "whole_cell"


class CooperationKind(StrEnum):
    OTHER_LIVC = "other_livc"
    LTF = "ltf"


class ClosureReason(StrEnum):
    NO_CONCERN = "no_concern"  # weighed green: no (longer any) concern
    GOALS_REACHED = "goals_reached"
    MOVED_AWAY = "moved_away"
    HANDED_OVER = "handed_over"  # black flag: outside the cell's preventive remit
    REFUSED_SUPPORT = "refused_support"
    OTHER = "other"


class ReviewReason(StrEnum):
    """Why a case shows up as due, or on a meeting's agenda."""

    FLAG_RED = "flag_red"
    FLAG_BLACK = "flag_black"
    NOT_WEIGHED = "not_weighed"  # not weighed for N weeks (setting)
    REVIEW_DATE_PASSED = "review_date_passed"  # past the flag's next review date
    MEASURE_DUE = "measure_due"  # an open measure falls due before the meeting
    # The flag's own response asks for it (yellow: "weigh again at the next meeting").
    FLAG_NEXT_MEETING = "flag_next_meeting"


# The booklet's order, plus the way back that practice needs: more information before
# weighing again, another round of approach after an evaluation. Closing is possible from
# every open phase (a case may turn out unfounded at any time) but needs a reason and an
# evaluation note. A closed case stays closed: new signals open a new case.
TRANSITIONS: dict[Phase, frozenset[Phase]] = {
    Phase.REGISTRATION: frozenset({Phase.FILE_BUILDING, Phase.CLOSED}),
    Phase.FILE_BUILDING: frozenset({Phase.WEIGHING, Phase.CLOSED}),
    Phase.WEIGHING: frozenset({Phase.FILE_BUILDING, Phase.APPROACH, Phase.CLOSED}),
    Phase.APPROACH: frozenset({Phase.EVALUATION, Phase.CLOSED}),
    Phase.EVALUATION: frozenset({Phase.APPROACH, Phase.WEIGHING, Phase.CLOSED}),
    Phase.CLOSED: frozenset(),
}
PHASE_ORDER: tuple[Phase, ...] = tuple(Phase)
FLAG_ORDER: tuple[Flag, ...] = tuple(Flag)


class IllegalTransition(LivcError):
    """A phase change the rules do not allow (detail: 'from->to', codes only)."""

    code = "illegal_phase_transition"


class CaseClosed(LivcError):
    """The case is closed (or handed over): it takes no more changes."""

    code = "case_closed"


class NotFound(LivcError):
    code = "not_found"


def allowed_next(phase: Phase) -> frozenset[Phase]:
    return TRANSITIONS[phase]


def can_move(current: Phase, target: Phase) -> bool:
    return target in TRANSITIONS[current]


def _blank(text: str | None) -> bool:
    return not (text or "").strip()


@dataclass(frozen=True)
class PhaseChange:
    target: Phase
    changed_on: date
    closure_reason: ClosureReason | None = None
    evaluation_note: str = ""
    note: str = ""
    meeting_id: int | None = None

    def problems(self, current: Phase, today: date | None = None) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.target is Phase.CLOSED:
            if self.closure_reason is None:
                found["closure_reason"] = "required"
            if _blank(self.evaluation_note):
                found["evaluation_note"] = "required"
        if len(self.evaluation_note) > MAX_TEXT:
            found["evaluation_note"] = "too_long"
        if len(self.note) > MAX_TEXT:
            found["note"] = "too_long"
        if today is not None and self.changed_on > today:
            found["changed_on"] = "in_future"
        return found


def check_phase_change(current: Phase, change: PhaseChange, today: date | None = None) -> None:
    """Raise CaseClosed / IllegalTransition / ValidationError; return when allowed."""
    if current is Phase.CLOSED:
        raise CaseClosed(current.value)
    if not can_move(current, change.target):
        raise IllegalTransition(f"{current.value}->{change.target.value}")
    found = change.problems(current, today)
    if found:
        raise ValidationError(found)


@dataclass(frozen=True)
class FlagChange:
    """One entry of a case's flag history (append-only). Decided at a meeting or by a
    person; black means hand-over: to whom and when, and nothing else is kept."""

    flag: Flag
    decided_on: date
    justification: str
    next_review: date | None = None
    decided_by_meeting_id: int | None = None
    decided_by_person: str = ""
    handed_to: str = ""
    handed_on: date | None = None

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if _blank(self.justification):
            found["justification"] = "required"
        elif len(self.justification) > MAX_TEXT:
            found["justification"] = "too_long"
        if self.decided_by_meeting_id is None and _blank(self.decided_by_person):
            found["decided_by"] = "required"
        if len(self.decided_by_person) > MAX_SHORT:
            found["decided_by"] = "too_long"
        if self.flag is Flag.BLACK:
            if _blank(self.handed_to):
                found["handed_to"] = "required"
            elif len(self.handed_to) > MAX_SHORT:
                found["handed_to"] = "too_long"
            if self.handed_on is None:
                found["handed_on"] = "required"
            elif self.handed_on < self.decided_on - timedelta(days=366):
                found["handed_on"] = "invalid_date"
        else:
            if self.next_review is None:
                found["next_review"] = "required"
            elif self.next_review < self.decided_on:
                found["next_review"] = "before_decision"
            if not _blank(self.handed_to) or self.handed_on is not None:
                found["handed_to"] = "only_black"
        return found


def check_flag_change(phase: Phase, change: FlagChange) -> None:
    if phase is Phase.CLOSED:
        raise CaseClosed(phase.value)
    found = change.problems()
    if found:
        raise ValidationError(found)


def default_next_review(flag: Flag, decided_on: date, review_weeks: int) -> date | None:
    """A suggestion for the form: red comes back sooner than green."""
    if flag is Flag.BLACK:
        return None
    weeks = {Flag.GREEN: review_weeks * 2, Flag.YELLOW: review_weeks, Flag.RED: 4}[flag]
    return decided_on + timedelta(weeks=max(1, min(weeks, review_weeks * 2)))


# -- case codes --------------------------------------------------------------------------


def format_case_code(year: int, sequence: int) -> str:
    """'2026-007': year + sequence, never anything derived from the person."""
    if not 1900 <= year <= 9999 or sequence < 1:
        raise ValueError("bad case code parts")
    return f"{year:04d}-{sequence:03d}"


def parse_case_code(code: str) -> tuple[int, int] | None:
    year, sep, seq = code.partition("-")
    if not sep or not (year.isdigit() and seq.isdigit()) or len(year) != 4:
        return None
    return int(year), int(seq)


def next_case_code(year: int, existing_codes: list[str] | tuple[str, ...]) -> str:
    used = [p[1] for c in existing_codes if (p := parse_case_code(c)) and p[0] == year]
    return format_case_code(year, max(used, default=0) + 1)


# -- identity, measures, information ------------------------------------------------------


@dataclass
class Identity:
    """The person concerned. Only inside the case file, hidden until revealed."""

    name: str = ""
    birth_date: date | None = None
    address: str = ""
    school_work: str = ""
    languages: str = ""

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if _blank(self.name):
            found["name"] = "required"
        for key in ("name", "address", "school_work", "languages"):
            if len(getattr(self, key)) > MAX_SHORT * 2:
                found[key] = "too_long"
        if self.birth_date is not None and self.birth_date > date.today():
            found["birth_date"] = "in_future"
        return found


@dataclass
class CaseDraft:
    """What it takes to open a case file (from a signal or directly)."""

    opened_on: date
    pseudonym: str = ""
    follow_up: FollowUp | None = None
    lead_partner_id: int | None = None
    municipality: str = ""

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if len(self.pseudonym) > MAX_SHORT:
            found["pseudonym"] = "too_long"
        return found


@dataclass
class Measure:
    what: str
    partner_id: int | None
    due_on: date | None
    status: MeasureStatus = MeasureStatus.OPEN
    result: str = ""

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if _blank(self.what):
            found["what"] = "required"
        elif len(self.what) > MAX_TEXT:
            found["what"] = "too_long"
        if self.partner_id is None:
            found["partner"] = "required"
        if self.status is not MeasureStatus.OPEN and _blank(self.result):
            found["result"] = "required"
        return found


def measure_overdue(status: MeasureStatus, due_on: date | None, today: date) -> bool:
    return status is MeasureStatus.OPEN and due_on is not None and due_on < today


@dataclass
class InformationItem:
    """One piece of information from one partner. Never merged with another: each keeps
    its source and the source's consent."""

    received_on: date
    source_partner_id: int | None
    content: str
    consent: bool
    sharing: SharingLevel = SharingLevel.CASE_TEAM
    secret: bool = False
    not_for_minutes: bool = False

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.consent:
            found["consent"] = "consent_required"
        if self.source_partner_id is None:
            found["source_partner"] = "required"
        if _blank(self.content):
            found["content"] = "required"
        elif len(self.content) > MAX_TEXT:
            found["content"] = "too_long"
        if self.secret and self.sharing is SharingLevel.WHOLE_CELL:
            # Secret-covered information goes to the case team only (art. 458ter).
            found["sharing"] = "secret_case_team_only"
        return found


class InformationRemoval(StrEnum):
    """Why an information item was taken out of a case file. A category, never free
    text: the access trail keeps it, and the trail holds no content."""

    ENTERED_IN_ERROR = "entered_in_error"
    WRONG_CASE = "wrong_case"
    DUPLICATE = "duplicate"
    CONSENT_WITHDRAWN = "consent_withdrawn"


@dataclass
class Cooperation:
    kind: CooperationKind
    name: str
    contact: str = ""
    exchanged_on: date | None = None

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if _blank(self.name):
            found["name"] = "required"
        elif len(self.name) > MAX_SHORT:
            found["name"] = "too_long"
        if len(self.contact) > MAX_SHORT:
            found["contact"] = "too_long"
        return found


@dataclass(frozen=True)
class TeamPeriod:
    partner_id: int
    joined_on: date
    left_on: date | None = None

    def problems(self) -> dict[str, str]:
        if self.left_on is not None and self.left_on < self.joined_on:
            return {"left_on": "before_joined"}
        return {}


# -- review rules -------------------------------------------------------------------------


def clamp_review_weeks(weeks: object) -> int:
    try:
        value: int = int(weeks)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_REVIEW_WEEKS
    return max(REVIEW_WEEKS_MIN, min(REVIEW_WEEKS_MAX, value))


def review_reasons(
    *,
    today: date,
    phase: Phase,
    last_weighed_on: date,
    next_review: date | None,
    review_weeks: int,
) -> tuple[ReviewReason, ...]:
    """Why an open case is due for review on `today` (empty: not due). `last_weighed_on`
    is the last flag decision, or the day the case was opened if it was never weighed."""
    if phase is Phase.CLOSED:
        return ()
    found: list[ReviewReason] = []
    if next_review is not None and next_review <= today:
        found.append(ReviewReason.REVIEW_DATE_PASSED)
    if today - last_weighed_on >= timedelta(weeks=review_weeks):
        found.append(ReviewReason.NOT_WEIGHED)
    return tuple(found)


def is_due(**kwargs: object) -> bool:
    return bool(review_reasons(**kwargs))  # type: ignore[arg-type]


@dataclass(frozen=True)
class AgendaCase:
    """A case the next meeting should discuss; codes only, never content."""

    case_id: int
    code: str
    reason: ReviewReason
    reasons: tuple[ReviewReason, ...] = field(default=())


AGENDA_PRIORITY: tuple[ReviewReason, ...] = (
    ReviewReason.FLAG_BLACK,
    ReviewReason.FLAG_RED,
    ReviewReason.REVIEW_DATE_PASSED,
    ReviewReason.NOT_WEIGHED,
    ReviewReason.FLAG_NEXT_MEETING,
    ReviewReason.MEASURE_DUE,
)

# Flags whose default response is to weigh the case again at the next meeting.
FLAGS_BACK_NEXT_MEETING: frozenset[Flag] = frozenset({Flag.YELLOW})


def agenda_reasons(
    *,
    meeting_date: date,
    phase: Phase,
    flag: Flag | None,
    flag_since: date | None,
    last_weighed_on: date,
    next_review: date | None,
    review_weeks: int,
    measures_due: bool,
) -> tuple[ReviewReason, ...]:
    """Reasons a case belongs on the agenda of the meeting on `meeting_date`, most
    pressing first. A black flag appears once: at the first meeting after the hand-over
    (within the review period), so the cell learns of it."""
    found: set[ReviewReason] = set()
    if flag is Flag.BLACK:
        if flag_since is not None and (
            timedelta(0) <= meeting_date - flag_since <= timedelta(weeks=review_weeks)
        ):
            found.add(ReviewReason.FLAG_BLACK)
        return tuple(r for r in AGENDA_PRIORITY if r in found)
    if phase is Phase.CLOSED:
        return ()
    if flag is Flag.RED:
        found.add(ReviewReason.FLAG_RED)
    if flag in FLAGS_BACK_NEXT_MEETING and flag_since is not None and flag_since <= meeting_date:
        found.add(ReviewReason.FLAG_NEXT_MEETING)
    found.update(
        review_reasons(
            today=meeting_date,
            phase=phase,
            last_weighed_on=last_weighed_on,
            next_review=next_review,
            review_weeks=review_weeks,
        )
    )
    if measures_due:
        found.add(ReviewReason.MEASURE_DUE)
    return tuple(r for r in AGENDA_PRIORITY if r in found)


# -- flag texts per municipality ---------------------------------------------------------


@dataclass
class FlagText:
    """A municipality's own wording; empty strings mean 'use the built-in text'."""

    label: str = ""
    definition: str = ""
    response: str = ""


_FLAG_VALUES = frozenset(f.value for f in Flag)


def flag_texts_from_dict(data: object) -> dict[Flag, FlagText]:
    out = {f: FlagText() for f in Flag}
    if isinstance(data, dict):
        for key, value in data.items():
            if key in _FLAG_VALUES and isinstance(value, dict):
                out[Flag(key)] = FlagText(
                    label=str(value.get("label", ""))[:MAX_SHORT],
                    definition=str(value.get("definition", ""))[:MAX_TEXT],
                    response=str(value.get("response", ""))[:MAX_TEXT],
                )
    return out


def flag_texts_to_dict(texts: dict[Flag, FlagText]) -> dict[str, dict[str, str]]:
    return {
        f.value: {"label": t.label, "definition": t.definition, "response": t.response}
        for f, t in texts.items()
    }
