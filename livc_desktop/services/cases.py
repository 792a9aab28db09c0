"""Case files: open, weigh (flags), move through the phases, case team, measures,
information items, review and agenda queries. Shared by GUI and CLI.

Every write announces itself through `session.record(kind, **ids)` with ids and codes
only, never content. For the meetings feature: `cases_for_agenda`, `add_measure`,
`change_flag`, `change_phase`, `set_measure_status`, and `TIMELINE_SOURCES` (append a
callable to show meeting decisions in a case's timeline)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from livc_desktop.domain.cases import (
    AgendaCase,
    CaseDraft,
    ClosureReason,
    Cooperation,
    Flag,
    FlagChange,
    FlagText,
    Identity,
    InformationItem,
    InformationRemoval,
    Measure,
    MeasureStatus,
    NotFound,
    Phase,
    PhaseChange,
    ReviewReason,
    TeamPeriod,
    agenda_reasons,
    check_flag_change,
    check_phase_change,
    clamp_review_weeks,
    flag_texts_from_dict,
    flag_texts_to_dict,
    next_case_code,
    review_reasons,
)
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.redaction import IdentityRecord
from livc_desktop.services.register import Session
from livc_desktop.storage.case_repo import CaseRepository, fts_query
from livc_desktop.storage.case_rows import (
    CaseListQuery,
    CaseRow,
    CaseSort,
    CooperationRow,
    FlagEntry,
    InfoRow,
    MeasureRow,
    PhaseEntry,
    TeamRow,
)
from livc_desktop.storage.signal_repo import SignalRepository

REVIEW_WEEKS_KEY = "cases.review_weeks"
FLAG_TEXTS_KEY = "cases.flag_texts"


def _repo(session: Session) -> CaseRepository:
    return CaseRepository(session.register)


def _today(today: date | None) -> date:
    return today or date.today()


# -- settings ------------------------------------------------------------------------------


def review_weeks(session: Session) -> int:
    return clamp_review_weeks(session.settings.get(REVIEW_WEEKS_KEY, None))


def set_review_weeks(session: Session, weeks: int) -> None:
    session.settings.set(REVIEW_WEEKS_KEY, clamp_review_weeks(weeks))


def flag_texts(session: Session) -> dict[Flag, FlagText]:
    """The municipality's own flag labels, definitions and default responses (empty
    strings: the UI shows its built-in, translated text)."""
    return flag_texts_from_dict(session.settings.get(FLAG_TEXTS_KEY, None))


def save_flag_texts(session: Session, texts: dict[Flag, FlagText]) -> None:
    session.settings.set(FLAG_TEXTS_KEY, flag_texts_to_dict(texts))


# -- case files ----------------------------------------------------------------------------


def partner_choices(session: Session) -> list[tuple[int, str]]:
    return _repo(session).partner_choices()


def _check_partner(repo: CaseRepository, partner_id: int | None, field_name: str) -> None:
    if partner_id is not None and not repo.partner_exists(partner_id):
        raise ValidationError({field_name: "unknown_partner"})


def open_case(session: Session, draft: CaseDraft, identity: Identity | None = None) -> int:
    """Create a case file with the next code for its year; returns its id."""
    found = draft.problems()
    if identity is not None:
        found.update(identity.problems())
    if found:
        raise ValidationError(found)
    repo = _repo(session)
    _check_partner(repo, draft.lead_partner_id, "lead_partner")
    with session.register.transaction():
        code = next_case_code(draft.opened_on.year, repo.codes_for_year(draft.opened_on.year))
        case_id = repo.insert_case(
            code,
            draft.opened_on,
            " ".join(draft.pseudonym.split()),
            draft.follow_up,
            draft.lead_partner_id,
            draft.municipality,
        )
        if identity is not None:
            repo.save_identity(case_id, identity)
        if draft.lead_partner_id is not None:
            repo.join_team(case_id, draft.lead_partner_id, draft.opened_on)
    session.record(ChangeKind.CASE_CREATED, case_id=case_id)
    return case_id


def update_case(session: Session, case_id: int, draft: CaseDraft) -> None:
    found = draft.problems()
    if found:
        raise ValidationError(found)
    repo = _repo(session)
    _require_open(repo, case_id)
    _check_partner(repo, draft.lead_partner_id, "lead_partner")
    repo.update_case(
        case_id,
        pseudonym=" ".join(draft.pseudonym.split()),
        follow_up=draft.follow_up,
        lead_partner_id=draft.lead_partner_id,
        municipality=draft.municipality,
    )
    session.record(ChangeKind.CASE_UPDATED, case_id=case_id)


def list_cases(session: Session, today: date | None = None) -> list[CaseRow]:
    """The register in one query: codes, flags, phases, counters (no identity)."""
    return _repo(session).list_cases(_today(today))


def case_list_ids(
    session: Session, query: CaseListQuery, *, record: bool = True, today: date | None = None
) -> list[int]:
    """The ids of the case list in order, filtered and sorted by SQLite. Text also finds a
    case by the person's name (the list still shows only code and pseudonym); when it
    does, the name search is recorded like any other (`record`: the caller asks it once
    per typed text, not on every refresh of the same list)."""
    ids = _repo(session).case_list_ids(query, _today(today))
    _record_name_search(session, query, record)
    return ids


def record_name_search(session: Session, query: CaseListQuery) -> None:
    """One trail entry when the typed text matches a person's name (counted, not named)."""
    _record_name_search(session, query, True)


def _record_name_search(session: Session, query: CaseListQuery, record: bool) -> None:
    if record and query.text.strip():
        matches = _repo(session).name_match_count(query.text)
        if matches:
            session.record(ChangeKind.IDENTITY_SEARCHED, matches=matches)


#: Ids the case list asks for at once: a few screens, so the list shows at once however
#: large the register; the rest come from a worker thread (`case_list_rest`).
FIRST_SCREEN = 200


#: Orders SQLite cannot take from an index, whose key costs a lookup per case (the lead
#: partner's name, the open and overdue measures): with these the whole list is read on
#: the worker thread and the list keeps its rows until it comes.
SORTED_ON_WORKER = frozenset({CaseSort.LEAD_PARTNER, CaseSort.MEASURES})


def case_list_first(
    session: Session,
    query: CaseListQuery,
    *,
    record: bool = True,
    today: date | None = None,
    limit: int = FIRST_SCREEN,
) -> tuple[list[int], bool]:
    """The first `limit` ids of the case list, and whether that is all of them (else
    `case_list_rest` gives every id, on a worker thread). Text is recorded as in
    `case_list_ids`. Typed text is looked for here in the codes, pseudonyms and names
    only; the information items' full-text search (a common word is in a large share of
    them) is left to `case_list_rest`, so the first screen never waits for it."""
    items = bool(query.text.strip()) and bool(fts_query(query.text))
    ids = _repo(session).case_list_ids(query, _today(today), limit=limit + 1, with_items=False)
    _record_name_search(session, query, record)
    return ids[:limit], len(ids) <= limit and not items


def case_list_rest(session: Session, query: CaseListQuery, today: date) -> list[int]:
    """Every id of the case list, for a worker thread: read on the session's second
    connection (services/background.py); raises ReadCancelled when a lock came first."""
    return session.background.run(lambda reader: CaseRepository(reader).case_list_ids(query, today))


def cases_by_ids(
    session: Session, ids: Sequence[int], today: date | None = None
) -> dict[int, CaseRow]:
    """The list rows of the cases in view, by id."""
    return _repo(session).cases_by_ids(list(ids), _today(today))


def refresh_search_keys(session: Session) -> None:
    """Folds the search keys that writes left to do (the case list does it before each
    search; a bulk writer can do it at once)."""
    _repo(session).refresh_search_keys()


def case_count(session: Session) -> int:
    return _repo(session).count()


def due_window(session: Session, today: date | None = None) -> tuple[date, date]:
    """(today, weighed on or before): a case list query for the cases due for review,
    the same rule as `review_reasons`."""
    day = _today(today)
    return day, day - timedelta(weeks=review_weeks(session))


def get_case(session: Session, case_id: int, today: date | None = None) -> CaseRow:
    row = _repo(session).get(case_id, _today(today))
    if row is None:
        raise NotFound(str(case_id))
    return row


def open_case_file(session: Session, case_id: int) -> CaseRow:
    """Opening the case file itself (not just seeing its code in a list) is recorded."""
    row = get_case(session, case_id)
    session.record(ChangeKind.CASE_OPENED, case_id=case_id)
    return row


def _require_open(repo: CaseRepository, case_id: int) -> CaseRow:
    row = repo.get(case_id, date.today())
    if row is None:
        raise NotFound(str(case_id))
    if row.phase is Phase.CLOSED:
        from livc_desktop.domain.cases import CaseClosed

        raise CaseClosed(row.phase.value)
    return row


def has_identity(session: Session, case_id: int) -> bool:
    return _repo(session).has_identity(case_id)


def reveal_identity(session: Session, case_id: int) -> Identity | None:
    """The explicit action that shows who the person is; always recorded."""
    get_case(session, case_id)
    session.record(ChangeKind.IDENTITY_REVEALED, case_id=case_id)
    return _repo(session).identity(case_id)


def identity_terms(session: Session, case_ids: Sequence[int]) -> list[str]:
    """The identity fields of these cases' persons, for generators that must make sure
    none of them is printed. Nobody sees them, so this is not a reveal."""
    repo = _repo(session)
    terms: list[str] = []
    for case_id in case_ids:
        identity = repo.identity(case_id)
        if identity is None:
            continue
        for value in (identity.name, identity.address, identity.school_work):
            value = (value or "").strip()
            if value:
                terms.append(value)
                # Names are also written one part at a time ("Zoë" alone).
                terms.extend(part for part in value.split() if len(part) >= 3)
    return sorted(set(terms), key=lambda t: (-len(t), t))


def identity_records(
    session: Session, case_ids: Sequence[int] | None = None
) -> list[IdentityRecord]:
    """What identifies the person of every case in the register (or of `case_ids`), for
    the redaction of every printed text. Nobody sees it, so this is not a reveal."""
    return _repo(session).identity_records(None if case_ids is None else list(case_ids))


def save_identity(session: Session, case_id: int, identity: Identity) -> None:
    found = identity.problems()
    if found:
        raise ValidationError(found)
    repo = _repo(session)
    _require_open(repo, case_id)
    # The old name stops being an identity term: services/handover.py blanks it from
    # meeting texts first, which is where every caller goes.
    repo.save_identity(case_id, identity)
    session.record(ChangeKind.CASE_IDENTITY_UPDATED, case_id=case_id)


# -- phase and flag ------------------------------------------------------------------------


def change_phase(
    session: Session,
    case_id: int,
    phase: Phase,
    *,
    changed_on: date | None = None,
    closure_reason: ClosureReason | None = None,
    evaluation_note: str = "",
    note: str = "",
    meeting_id: int | None = None,
) -> None:
    """Move a case to `phase`. Illegal transitions raise IllegalTransition, a closed case
    CaseClosed; closing needs `closure_reason` and `evaluation_note` (ValidationError)."""
    repo = _repo(session)
    row = get_case(session, case_id)
    change = PhaseChange(
        target=Phase(phase),
        changed_on=changed_on or date.today(),
        closure_reason=closure_reason,
        evaluation_note=evaluation_note,
        note=note,
        meeting_id=meeting_id,
    )
    check_phase_change(row.phase, change)
    if change.target is Phase.CLOSED:
        assert closure_reason is not None
        repo.set_phase(
            case_id,
            row.phase,
            Phase.CLOSED,
            change.changed_on,
            meeting_id=meeting_id,
            reason=closure_reason.value,
            note=evaluation_note.strip(),
        )
    else:
        repo.set_phase(
            case_id, row.phase, change.target, change.changed_on, meeting_id=meeting_id, note=note
        )
    session.record(ChangeKind.CASE_PHASE_CHANGED, case_id=case_id, phase=change.target.value)


def change_flag(
    session: Session,
    case_id: int,
    flag: Flag,
    justification: str,
    next_review: date | None,
    decided_by_meeting_id: int | None = None,
    decided_by_person: str = "",
    *,
    decided_on: date | None = None,
    handed_to: str = "",
    handed_on: date | None = None,
) -> int:
    """Append a flag decision to the case's history; returns its id. A black flag is a
    hand-over: `handed_to` and `handed_on` are required, the case is closed and only the
    fact of the hand-over is kept (identity, information, measures and team are erased).
    A hand-over goes through services/handover.py, which first blanks the identity from
    meeting texts while it still says which words to blank."""
    repo = _repo(session)
    row = get_case(session, case_id)
    change = FlagChange(
        flag=Flag(flag),
        decided_on=decided_on or date.today(),
        justification=justification,
        next_review=next_review,
        decided_by_meeting_id=decided_by_meeting_id,
        decided_by_person=decided_by_person,
        handed_to=handed_to,
        handed_on=handed_on,
    )
    check_flag_change(row.phase, change)
    with session.register.transaction():
        entry_id = repo.add_flag_change(case_id, change)
        if change.flag is Flag.BLACK:
            assert handed_on is not None
            repo.hand_over(case_id, handed_to, handed_on, change.decided_on)
    session.record(ChangeKind.CASE_FLAG_CHANGED, case_id=case_id, flag=change.flag.value)
    if change.flag is Flag.BLACK:
        session.record(ChangeKind.CASE_HANDED_OVER, case_id=case_id)
    return entry_id


def flag_history(session: Session, case_id: int) -> list[FlagEntry]:
    return _repo(session).flag_history(case_id)


def phase_history(session: Session, case_id: int) -> list[PhaseEntry]:
    return _repo(session).phase_history(case_id)


# -- team, measures, information, cooperation -------------------------------------------------


def team(session: Session, case_id: int) -> list[TeamRow]:
    return _repo(session).team(case_id)


def join_team(session: Session, case_id: int, partner_id: int, joined_on: date) -> int:
    repo = _repo(session)
    _require_open(repo, case_id)
    _check_partner(repo, partner_id, "partner")
    if repo.team_member_open(case_id, partner_id):
        raise ValidationError({"partner": "already_in_team"})
    team_id = repo.join_team(case_id, partner_id, joined_on)
    session.record(ChangeKind.CASE_TEAM_JOINED, case_id=case_id, partner_id=partner_id)
    return team_id


def leave_team(session: Session, team_id: int, left_on: date) -> None:
    repo = _repo(session)
    entry = repo.team_entry(team_id)
    if entry is None:
        raise NotFound(str(team_id))
    case_id, joined_on, left = entry
    if left is not None:
        raise ValidationError({"left_on": "already_left"})
    found = TeamPeriod(0, joined_on, left_on).problems()
    if found:
        raise ValidationError(found)
    repo.leave_team(team_id, left_on)
    session.record(ChangeKind.CASE_TEAM_LEFT, case_id=case_id, team_id=team_id)


def add_measure(
    session: Session,
    case_id: int,
    partner_id: int | None,
    what: str,
    due_date: date | None,
    meeting_id: int | None = None,
) -> int:
    """A measure agreed for one partner; returns its id."""
    m = Measure(what=what, partner_id=partner_id, due_on=due_date)
    found = m.problems()
    if found:
        raise ValidationError(found)
    repo = _repo(session)
    _require_open(repo, case_id)
    _check_partner(repo, partner_id, "partner")
    measure_id = repo.add_measure(case_id, m, date.today(), meeting_id)
    session.record(ChangeKind.MEASURE_CREATED, case_id=case_id, measure_id=measure_id)
    return measure_id


def set_measure_status(
    session: Session,
    measure_id: int,
    status: MeasureStatus,
    result: str = "",
    *,
    on: date | None = None,
) -> None:
    """Done or dropped needs a result (what came of it / why dropped)."""
    repo = _repo(session)
    row = repo.measure(measure_id)
    if row is None:
        raise NotFound(str(measure_id))
    status = MeasureStatus(status)
    if status is not MeasureStatus.OPEN and not result.strip():
        raise ValidationError({"result": "required"})
    repo.set_measure_status(measure_id, status, result, on or date.today())
    session.record(
        ChangeKind.MEASURE_UPDATED, case_id=row.case_id, measure_id=measure_id, status=status.value
    )


def measures(session: Session, case_id: int) -> list[MeasureRow]:
    return _repo(session).measures(case_id)


def overdue_measures(session: Session, today: date | None = None) -> list[MeasureRow]:
    return _repo(session).open_measures_due_by(_today(today), strictly_before=True)


def add_information(session: Session, case_id: int, item: InformationItem) -> int:
    """One item from one partner, with that partner's consent (required). Never merged."""
    found = item.problems()
    if found:
        raise ValidationError(found)
    repo = _repo(session)
    _require_open(repo, case_id)
    _check_partner(repo, item.source_partner_id, "source_partner")
    item_id = repo.add_info(case_id, item)
    session.record(ChangeKind.INFORMATION_CREATED, case_id=case_id, item_id=item_id)
    return item_id


def _info_trail(row: InfoRow) -> dict[str, object]:
    """What the trail says of an item: its id, case and kind (sharing, secrecy), no text."""
    return {
        "case_id": row.case_id,
        "item_id": row.id,
        "sharing": row.sharing.value,
        "secret": row.secret,
    }


def _info_of_open_case(repo: CaseRepository, item_id: int) -> InfoRow:
    row = repo.info_item(item_id)
    if row is None:
        raise NotFound(str(item_id))
    # A closed or handed-over case takes no corrections, as it takes no new items.
    _require_open(repo, row.case_id)
    return row


def correct_information(session: Session, item_id: int, item: InformationItem) -> None:
    """Correct an item in place, checked like a new one (source, consent, secrecy). The
    trail records that it was corrected, never the old or the new text."""
    found = item.problems()
    if found:
        raise ValidationError(found)
    repo = _repo(session)
    row = _info_of_open_case(repo, item_id)
    _check_partner(repo, item.source_partner_id, "source_partner")
    repo.update_info(item_id, item)
    corrected = repo.info_item(item_id)
    session.record(ChangeKind.INFORMATION_UPDATED, **_info_trail(corrected or row))


def remove_information(
    session: Session, item_id: int, reason: InformationRemoval | str | None = None
) -> None:
    """Take an item out of the case file for good (search and documents with it). The
    trail keeps that it happened, with a reason category but no text."""
    category = None if reason is None else _removal_reason(reason)
    repo = _repo(session)
    row = _info_of_open_case(repo, item_id)
    repo.delete_info(item_id)
    fields = _info_trail(row)
    if category is not None:
        fields["reason"] = category.value
    session.record(ChangeKind.INFORMATION_DELETED, **fields)


def _removal_reason(reason: InformationRemoval | str) -> InformationRemoval:
    try:
        return InformationRemoval(reason)
    except ValueError:
        raise ValidationError({"reason": "invalid"}) from None


def add_information_bulk(session: Session, items: Sequence[tuple[int, InformationItem]]) -> None:
    """Many items at once for generated volume (benchmarks): validated like
    `add_information`, written with one statement, not recorded one by one."""
    for _case_id, item in items:
        found = item.problems()
        if found:
            raise ValidationError(found)
    _repo(session).add_info_many(list(items))


def information(session: Session, case_id: int) -> list[InfoRow]:
    return _repo(session).info_items(case_id)


def add_cooperation(session: Session, case_id: int, cooperation: Cooperation) -> int:
    found = cooperation.problems()
    if found:
        raise ValidationError(found)
    repo = _repo(session)
    _require_open(repo, case_id)
    coop_id = repo.add_cooperation(case_id, cooperation)
    session.record(ChangeKind.CASE_COOPERATION_CREATED, case_id=case_id, cooperation_id=coop_id)
    return coop_id


def cooperation(session: Session, case_id: int) -> list[CooperationRow]:
    return _repo(session).cooperation(case_id)


# -- search and filters ----------------------------------------------------------------------


def search_case_ids(session: Session, text: str) -> set[int]:
    """Code, pseudonym and information items (full-text); never the identity."""
    text = text.strip()
    return _repo(session).search_case_ids(text) if text else set()


def team_partner_case_ids(session: Session, partner_id: int) -> set[int]:
    return _repo(session).case_ids_with_team_partner(partner_id)


# -- review, agenda, overview ----------------------------------------------------------------


def reasons_due(row: CaseRow, today: date, weeks: int) -> tuple[ReviewReason, ...]:
    return review_reasons(
        today=today,
        phase=row.phase,
        last_weighed_on=row.last_weighed_on,
        next_review=row.next_review,
        review_weeks=weeks,
    )


def due_for_review(
    session: Session, today: date | None = None
) -> list[tuple[CaseRow, tuple[ReviewReason, ...]]]:
    day = _today(today)
    weeks = review_weeks(session)
    out = []
    for row in list_cases(session, day):
        reasons = reasons_due(row, day, weeks)
        if reasons:
            out.append((row, reasons))
    return out


def cases_for_agenda(session: Session, meeting_date: date) -> list[AgendaCase]:
    """Cases the meeting on `meeting_date` should discuss: red flags, black flags handed
    over since (within the review period), cases due for review (not weighed for N weeks or
    past their review date) and cases with open measures due on or before the meeting.
    Ordered by urgency (black, red, review date passed, not weighed, measure due), then
    code. Each carries `case_id`, `code`, `reason` (the main ReviewReason) and `reasons`."""
    repo = _repo(session)
    weeks = review_weeks(session)
    with_due = {m.case_id for m in repo.open_measures_due_by(meeting_date, strictly_before=False)}
    out: list[AgendaCase] = []
    for row in repo.list_cases(meeting_date):
        reasons = agenda_reasons(
            meeting_date=meeting_date,
            phase=row.phase,
            flag=row.flag,
            flag_since=row.flag_since,
            last_weighed_on=row.last_weighed_on,
            next_review=row.next_review,
            review_weeks=weeks,
            measures_due=row.id in with_due,
        )
        if reasons:
            out.append(AgendaCase(row.id, row.code, reasons[0], reasons))
    from livc_desktop.domain.cases import AGENDA_PRIORITY

    out.sort(key=lambda a: (AGENDA_PRIORITY.index(a.reason), a.code))
    return out


@dataclass
class CaseOverview:
    signals_awaiting: int = 0
    by_flag: dict[Flag | None, int] = field(default_factory=dict)
    by_phase: dict[Phase, int] = field(default_factory=dict)
    #: The first OVERVIEW_ROWS cases due for review and overdue measures; the totals
    #: count them all (the case list shows every one of them).
    due: list[tuple[CaseRow, tuple[ReviewReason, ...]]] = field(default_factory=list)
    overdue: list[MeasureRow] = field(default_factory=list)
    due_total: int = 0
    overdue_total: int = 0


#: Rows the Overview lists per list: its cost must not follow the register.
OVERVIEW_ROWS = 50


def overview(session: Session, today: date | None = None) -> CaseOverview:
    """What the Overview shows. Counted by SQLite; only the cases that can be due are read
    (the register's closed cases and recently weighed ones are not), and the review rule
    decides among those."""
    day = _today(today)
    weeks = review_weeks(session)
    repo = _repo(session)
    ov = CaseOverview(signals_awaiting=SignalRepository(session.register).count_awaiting())
    for phase, flag, n in repo.tallies():
        ov.by_phase[phase] = ov.by_phase.get(phase, 0) + n
        # Open cases per flag; black cases are closed by the hand-over but still counted.
        if phase is not Phase.CLOSED or flag is Flag.BLACK:
            ov.by_flag[flag] = ov.by_flag.get(flag, 0) + n
    weighed_before = day - timedelta(weeks=weeks)
    for row in repo.review_candidates(day, weighed_before, limit=OVERVIEW_ROWS):
        reasons = reasons_due(row, day, weeks)
        if reasons:
            ov.due.append((row, reasons))
    # The candidates' condition is the review rule written as SQL (the case list's "due"
    # filter uses it too), so SQLite counts them all without reading them.
    ov.due_total = repo.count_review_candidates(day, weighed_before)
    ov.overdue = repo.open_measures_due_by(day, strictly_before=True, limit=OVERVIEW_ROWS)
    ov.overdue_total = repo.count_open_measures_due_by(day, strictly_before=True)
    return ov


def flag_counts_over_time(
    session: Session, *, months: int = 12, today: date | None = None
) -> list[tuple[date, dict[Flag, int]]]:
    """Open cases per flag at the first day of each of the last `months` months (and
    today): the data of the overview chart."""
    day = _today(today)
    points: list[date] = []
    y, m = day.year, day.month
    for _ in range(months):
        points.append(date(y, m, 1))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    points = sorted(points)
    if points[-1] != day:
        points.append(day)
    repo = _repo(session)
    return flag_counts_at(
        points, repo.flag_changes_between(points[0], day), repo.closed_dates(points[0])
    )


def flag_counts_at(
    points: list[date], changes: list[tuple[int, Flag, date]], closed: dict[int, date]
) -> list[tuple[date, dict[Flag, int]]]:
    """Cases per flag at each of `points` (ascending): `changes` (case, flag, day) in date
    order, `closed` the closing day per case."""
    closures = sorted((shut, case_id) for case_id, shut in closed.items())
    # One pass over the changes and the closures, in date order, keeping the counts per
    # flag up to date: a case counts while it has a flag and is not closed before the
    # point (closed or handed over on the day itself, it still counts that day).
    out: list[tuple[date, dict[Flag, int]]] = []
    current: dict[int, Flag] = {}
    gone: set[int] = set()
    counts = {f: 0 for f in Flag}
    i = j = 0
    for point in points:
        while i < len(changes) and changes[i][2] <= point:
            case_id, flag = changes[i][0], changes[i][1]
            if case_id not in gone:
                if case_id in current:
                    counts[current[case_id]] -= 1
                counts[flag] += 1
            current[case_id] = flag
            i += 1
        while j < len(closures) and closures[j][0] < point:
            case_id = closures[j][1]
            if case_id not in gone:
                gone.add(case_id)
                if case_id in current:
                    counts[current[case_id]] -= 1
            j += 1
        out.append((point, dict(counts)))
    return out


# -- timeline --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a case's chronological view. `kind` is a code: signal, flag, phase,
    measure, measure_closed, information, meeting_decision (added by the meetings
    feature through TIMELINE_SOURCES). `text` is content: show it in the case file only."""

    on: date
    kind: str
    ref_id: int
    code: str = ""  # flag / phase / status code
    text: str = ""
    partner: str = ""
    meeting_id: int | None = None


TimelineSource = Callable[[Session, int], list[TimelineEntry]]
#: Other features append a callable (session, case_id) -> entries, e.g. meeting decisions.
TIMELINE_SOURCES: list[TimelineSource] = []


def timeline(session: Session, case_id: int) -> list[TimelineEntry]:
    repo = _repo(session)
    out: list[TimelineEntry] = []
    for s in SignalRepository(session.register).for_case(case_id):
        out.append(
            TimelineEntry(
                s.received_on, "signal", s.id, s.channel.value, s.observed, s.reporter_partner
            )
        )
    for f in repo.flag_history(case_id):
        out.append(
            TimelineEntry(
                f.decided_on,
                "flag",
                f.id,
                f.flag.value,
                f.justification,
                f.decided_by_person,
                f.meeting_id,
            )
        )
    for p in repo.phase_history(case_id):
        out.append(
            TimelineEntry(p.changed_on, "phase", p.id, p.to_phase.value, p.note, "", p.meeting_id)
        )
    for m in repo.measures(case_id):
        out.append(
            TimelineEntry(m.created_on, "measure", m.id, "open", m.what, m.partner, m.meeting_id)
        )
        if m.closed_on is not None:
            out.append(
                TimelineEntry(
                    m.closed_on, "measure_closed", m.id, m.status.value, m.result, m.partner
                )
            )
    for i in repo.info_items(case_id):
        out.append(
            TimelineEntry(
                i.received_on, "information", i.id, i.sharing.value, i.content, i.source_partner
            )
        )
    for source in TIMELINE_SOURCES:
        out.extend(source(session, case_id))
    order = {
        "signal": 0,
        "phase": 1,
        "flag": 2,
        "information": 3,
        "measure": 4,
        "meeting_decision": 5,
        "measure_closed": 6,
    }
    out.sort(key=lambda e: (e.on, order.get(e.kind, 9), e.ref_id))
    return out


def default_review_date(flag: Flag, decided_on: date, session: Session) -> date | None:
    from livc_desktop.domain.cases import default_next_review

    return default_next_review(flag, decided_on, review_weeks(session))


def weeks_ago(day: date, weeks: int) -> date:
    return day - timedelta(weeks=weeks)
