"""Copies of a meeting document for the people entitled to it, and the record of who
received which copy.

One PDF per recipient, made from the document's own producer (services/meetings: the
frozen, redacted content once the minutes are finalised), with the recipient's name and
organisation at the foot of every page and in the metadata, optionally encrypted with
AES-256 under a password of its own. The copies are saved into one folder and recorded in
the register (`distribution`) and in the access trail (ids and codes only)."""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from livc_desktop.domain import distribution as rules
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.distribution import Recipient
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.meetings import DocumentKind, MinutesState
from livc_desktop.services import cases
from livc_desktop.services import meetings as meeting_service
from livc_desktop.services.exports import save_export
from livc_desktop.services.session import Session
from livc_desktop.storage.distribution_repo import (
    CopyRow,
    DistributionRepository,
    MissingRecipient,
    UnsentDocument,
)

LANGUAGES = ("nl", "fr", "de", "en")
DOCUMENTS = (DocumentKind.MINUTES, DocumentKind.EXTRACT)


@functools.cache
def word_list(language: str) -> tuple[str, ...]:
    """The password words of `language` (English when it has none), shipped in
    resources/wordlists/ (sources and licences in its README)."""
    language = language if language in LANGUAGES else "en"
    folder = importlib.resources.files("livc_desktop.resources") / "wordlists"
    words = tuple((folder / f"{language}.txt").read_text(encoding="utf-8").split())
    rules.check_word_list(words)
    return words


@functools.cache
def vocabulary() -> frozenset[str]:
    """Every password word of every language (for judging a typed password)."""
    return frozenset(w for lang in LANGUAGES for w in word_list(lang))


@dataclass(frozen=True)
class CopyWords:
    """The translated texts of a distribution, in the register's language (the caller,
    GUI or command line, translates them)."""

    mark: str  # "Copy for {recipient}, {date}"
    file_name: str  # "{document} {date} - {recipient}"
    document: str  # e.g. "Minutes LIVC" or "Case-team extract 2026-001"
    meeting_date: str  # the meeting's date as the register's language writes it
    today: str  # today's date, likewise


@dataclass
class Copy:
    recipient: Recipient
    file_name: str
    data: bytes = field(repr=False)
    password: str | None = field(default=None, repr=False)


@dataclass
class SavedCopy:
    recipient: Recipient
    path: Path
    password: str | None = field(default=None, repr=False)
    distribution_id: int = 0


def _repo(session: Session) -> DistributionRepository:
    return DistributionRepository(session.register)


def recipients(
    session: Session, meeting_id: int, document: DocumentKind, case_id: int | None = None
) -> list[Recipient]:
    """Who is entitled to `document`: the table (the meeting's attendance list) for the
    minutes; for a case-team extract the members of the case's team (their people on the
    attendance list, else the partner's active contacts)."""
    entries = meeting_service.attendance(session, meeting_id)
    if document is DocumentKind.EXTRACT:
        if case_id is None:
            raise ValidationError({"case": "required"})
        team = [t.partner_id for t in cases.team(session, case_id) if t.left_on is None]
        entries = [e for e in entries if e.partner_id in team]
        present = {e.partner_id for e in entries}
        missing = [p for p in team if p not in present]
        extra = _repo(session).partner_contacts(missing)
    elif document is DocumentKind.MINUTES:
        extra = []
    else:
        raise ValidationError({"document": "unknown_value"})
    people = [(e.name, e.organisation, e.partner_id, e.contact_id) for e in entries]
    people += [(name, org, pid, cid) for pid, cid, name, org in extra]
    info = _repo(session).contacts([c for *_, c in people if c is not None])
    found: dict[str, Recipient] = {}
    for name, org, partner_id, contact_id in people:
        contact = info.get(contact_id) if contact_id is not None else None
        recipient = Recipient(
            name=name,
            organisation=org,
            partner_id=partner_id,
            contact_id=contact_id,
            email=contact.email if contact else "",
            language=contact.language if contact else "",
        )
        found.setdefault(recipient.key, recipient)
    return list(found.values())


def base_document(
    session: Session,
    meeting_id: int,
    document: DocumentKind,
    labels: meeting_service.Labels,
    case_id: int | None = None,
) -> bytes:
    """The document every copy is made of, from its one producer."""
    if document is DocumentKind.MINUTES:
        return meeting_service.minutes_pdf(session, meeting_id, labels)
    if document is DocumentKind.EXTRACT and case_id is not None:
        return meeting_service.extract_pdf(session, meeting_id, case_id, labels)
    raise ValidationError({"document": "unknown_value"})


def make_copies(
    session: Session,
    meeting_id: int,
    document: DocumentKind,
    chosen: Sequence[Recipient],
    labels: meeting_service.Labels,
    words: CopyWords,
    *,
    case_id: int | None = None,
    encrypt: bool = False,
    passwords: Mapping[str, str] | None = None,
) -> list[Copy]:
    """One marked copy per recipient, in memory. With `encrypt`, each gets the password
    typed for it in `passwords` (by recipient key; held to the generated ones' strength)
    or five words in its own language (else the register's)."""
    # The PDF machinery (reportlab, pypdf) is imported when copies are made: heavy.
    from livc_desktop.reports.copies import CopyMaker, CopyMark

    if not chosen:
        raise ValidationError({"recipients": "required"})
    passwords = passwords or {}
    for key, typed in passwords.items():
        found = rules.password_problems(typed, typed, vocabulary())
        if found:
            raise ValidationError({f"password:{key}": found["password"]})
    maker = CopyMaker(base_document(session, meeting_id, document, labels, case_id))
    stems = [
        words.file_name.format(document=words.document, date=words.meeting_date, recipient=r.label)
        for r in chosen
    ]
    copies = []
    for recipient, name in zip(chosen, rules.unique_file_names(stems), strict=True):
        password = None
        if encrypt:
            password = passwords.get(recipient.key) or rules.generate_password(
                word_list(recipient.language or labels.language)
            )
        mark = CopyMark(
            words.mark.format(recipient=recipient.label, date=words.today),
            recipient.name,
            recipient.organisation,
        )
        copies.append(Copy(recipient, name, maker.copy(mark, password), password))
    return copies


def save_copies(
    session: Session,
    meeting_id: int,
    document: DocumentKind,
    copies: Sequence[Copy],
    folder: Path,
    *,
    case_id: int | None = None,
) -> list[SavedCopy]:
    """Write every copy into `folder` (each written whole, owner-only) and record the
    distribution: one row per copy and its access-trail entry (ids and codes only)."""
    meeting = meeting_service.get_meeting(session, meeting_id)
    frozen = meeting.minutes_state is not MinutesState.DRAFT and document is DocumentKind.MINUTES
    saved = []
    for copy in copies:
        path = save_export(
            session,
            Path(folder) / copy.file_name,
            copy.data,
            document=document.value,
            meeting_id=meeting_id,
            case_id=case_id,
        )
        saved.append(SavedCopy(copy.recipient, path, copy.password))
    stamp = datetime.now().isoformat(timespec="seconds")
    rows = [
        CopyRow(
            meeting_id=meeting_id,
            document=document.value,
            recipient=c.recipient.name,
            organisation=c.recipient.organisation,
            partner_id=c.recipient.partner_id,
            contact_id=c.recipient.contact_id,
            case_id=case_id,
            protected=c.password is not None,
            content_hash=meeting.content_hash if frozen else "",
            copy_hash=hashlib.sha256(c.data).hexdigest(),
            minutes_state=meeting.minutes_state.value,
            sent_at=stamp,
        )
        for c in copies
    ]
    ids = _repo(session).add_copies(rows)
    for item, row_id in zip(saved, ids, strict=True):
        item.distribution_id = row_id
        session.record(
            ChangeKind.DISTRIBUTION_RECORDED,
            meeting_id=meeting_id,
            document=document.value,
            case_id=case_id,
            distribution_id=row_id,
            partner_id=item.recipient.partner_id,
            contact_id=item.recipient.contact_id,
            protected=item.password is not None,
        )
    return saved


@dataclass(frozen=True)
class DistributionOverview:
    unsent: list[UnsentDocument]
    missing: list[MissingRecipient]


def overview(session: Session) -> DistributionOverview:
    """For the Overview: finalised minutes of which no copy went out, and members of the
    table without a copy of the approved minutes."""
    repo = _repo(session)
    return DistributionOverview(repo.unsent_minutes(), repo.missing_approved_minutes())
