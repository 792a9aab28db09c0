"""One search across the register (Ctrl+F), and "Is this person already known?".

    results = search.search(session, "helene", table_labels={"operational": "Operationele tafel"})
    results.partners / .cases / .signals / .meetings      # at most `limit` of each
    persons = search.find_person(session, "Hélène 12/03/2008")   # codes only, recorded

The general search never reads the identities. The person search does, so it is an
explicit action written to the access trail: that it happened and which codes it showed,
never the words searched for."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.services.session import Session
from livc_desktop.storage.search_repo import (
    CaseHit,
    MeetingHit,
    PartnerHit,
    PersonHit,
    SearchRepository,
    SignalHit,
    split_person_query,
)

__all__ = [
    "LIMIT",
    "MIN_CHARS",
    "PERSON_LIMIT",
    "CaseHit",
    "MeetingHit",
    "PartnerHit",
    "PersonHit",
    "SearchResults",
    "SignalHit",
    "find_person",
    "search",
]

#: Results per kind; a longer list is not read, it is narrowed.
LIMIT = 50
#: A person search showing more codes than this asks for more precise words instead.
PERSON_LIMIT = 20
MIN_CHARS = 2
#: The access trail keeps short fields (domain.audit.MAX_FIELD_TEXT): codes go in chunks.
_CODES_PER_FIELD = 70


@dataclass
class SearchResults:
    partners: list[PartnerHit] = field(default_factory=list)
    cases: list[CaseHit] = field(default_factory=list)
    signals: list[SignalHit] = field(default_factory=list)
    meetings: list[MeetingHit] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.partners) + len(self.cases) + len(self.signals) + len(self.meetings)


def search(
    session: Session,
    text: str,
    *,
    table_labels: Mapping[str, str] | None = None,
    limit: int = LIMIT,
) -> SearchResults:
    """Partners, cases (code, pseudonym), signals and meetings matching every word of
    `text`, accents and case ignored both ways. Too short a text finds nothing."""
    if len("".join(text.split())) < MIN_CHARS:
        return SearchResults()
    repo = SearchRepository(session.register)
    return SearchResults(
        partners=repo.partners(text, limit),
        cases=repo.cases(text, limit),
        signals=repo.signals(text, limit),
        meetings=repo.meetings(text, limit, dict(table_labels or {})),
    )


@dataclass(frozen=True)
class PersonAnswer:
    hits: list[PersonHit]
    too_many: bool  # more than PERSON_LIMIT matched: none are shown


def find_person(session: Session, text: str) -> PersonAnswer:
    """Cases whose person's name or pseudonym holds every word typed and, if a date is
    typed (dd/mm/yyyy or yyyy-mm-dd), who was born that day. Raises ValidationError
    ("query": "too_short" / "date") for a query that cannot be answered; the trail gets
    one entry per answered search with the codes shown."""
    words, born, bad_date = split_person_query(text)
    if bad_date:
        raise ValidationError({"query": "date"})
    if born is None and len("".join(words)) < MIN_CHARS:
        raise ValidationError({"query": "too_short"})
    found = SearchRepository(session.register).persons(words, born, PERSON_LIMIT + 1)
    too_many = len(found) > PERSON_LIMIT
    shown = [] if too_many else found
    fields: dict[str, object] = {"matches": len(shown), "too_many": too_many}
    for n, chunk in enumerate(_chunks([hit.code for hit in shown])):
        fields["codes" if n == 0 else f"codes_{n + 1}"] = chunk
    session.record(ChangeKind.IDENTITY_SEARCHED, **fields)
    return PersonAnswer(shown, too_many)


def _chunks(codes: list[str]) -> list[str]:
    """Comma-joined codes in pieces short enough for a trail field, no code cut."""
    out: list[str] = []
    for code in codes:
        if out and len(out[-1]) + 1 + len(code) <= _CODES_PER_FIELD:
            out[-1] += "," + code
        else:
            out.append(code)
    return out
