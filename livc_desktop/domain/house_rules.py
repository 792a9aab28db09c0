"""House rules (huishoudelijk reglement): the booklet's five chapters, versions with a date
of adoption, the differences between two versions and who signed which version.

An adopted version is frozen: a change means a new draft, adopted in its turn. The
"current" house rules are the adopted version adopted last. A partner has signed the
current rules only when its latest signature names that version."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

MAX_CHAPTER_TEXT = 20_000
MAX_SIGNED_BY = 200


class Chapter(StrEnum):
    GENERAL = "general"  # legal basis, local plans
    COMPOSITION = "composition"  # who sits, inviting experts
    MEETINGS = "meetings"  # place and frequency
    MINUTES = "minutes"  # minutes and reporting, what may go into them
    INFORMATION = "information"  # consent, professional secrecy, the police


CHAPTERS: tuple[Chapter, ...] = tuple(Chapter)


class VersionState(StrEnum):
    DRAFT = "draft"
    ADOPTED = "adopted"


@dataclass(frozen=True)
class HouseRulesVersion:
    """One version of the house rules: its number, chapter texts and adoption."""

    number: int
    chapters: Mapping[Chapter, str]
    language: str
    state: VersionState = VersionState.DRAFT
    adopted_on: date | None = None
    id: int | None = None

    @property
    def is_adopted(self) -> bool:
        return self.state is VersionState.ADOPTED

    def text(self, chapter: Chapter) -> str:
        return self.chapters.get(chapter, "")


def chapter_problems(texts: Mapping[Chapter, str]) -> dict[str, str]:
    """Field 'chapter.<code>' -> problem: every chapter needs text, none may be huge."""
    found: dict[str, str] = {}
    for chapter in CHAPTERS:
        value = texts.get(chapter, "")
        if not value.strip():
            found[f"chapter.{chapter.value}"] = "required"
        elif len(value) > MAX_CHAPTER_TEXT:
            found[f"chapter.{chapter.value}"] = "too_long"
    return found


def edit_problems(version: HouseRulesVersion, texts: Mapping[Chapter, str]) -> dict[str, str]:
    """Problems of saving `texts` into `version` (an adopted version is frozen)."""
    if version.is_adopted:
        return {"version": "frozen"}
    return chapter_problems(texts)


def adoption_problems(
    version: HouseRulesVersion,
    adopted_on: date | None,
    today: date,
    previous: HouseRulesVersion | None,
) -> dict[str, str]:
    """Problems of adopting `version` on `adopted_on`; `previous` is the current adopted
    version (a new adoption may not predate it, so "current" stays unambiguous)."""
    if version.is_adopted:
        return {"version": "frozen"}
    found = chapter_problems(version.chapters)
    if adopted_on is None:
        found["adopted_on"] = "required"
    elif adopted_on > today:
        found["adopted_on"] = "in_future"
    elif (
        previous is not None
        and previous.adopted_on is not None
        and adopted_on < previous.adopted_on
    ):
        found["adopted_on"] = "before_previous"
    return found


def current_version(versions: Iterable[HouseRulesVersion]) -> HouseRulesVersion | None:
    """The adopted version adopted last (by date, then number); None before any adoption."""
    adopted = [v for v in versions if v.is_adopted and v.adopted_on is not None]
    if not adopted:
        return None
    return max(adopted, key=lambda v: (v.adopted_on, v.number))


def next_number(versions: Iterable[HouseRulesVersion]) -> int:
    return max((v.number for v in versions), default=0) + 1


# -- differences -----------------------------------------------------------------------


class DiffOp(StrEnum):
    EQUAL = "equal"
    DELETED = "deleted"
    INSERTED = "inserted"


class Granularity(StrEnum):
    WORDS = "words"
    LINES = "lines"


@dataclass(frozen=True)
class DiffPiece:
    op: DiffOp
    text: str


@dataclass(frozen=True)
class ChapterDiff:
    chapter: Chapter
    pieces: tuple[DiffPiece, ...]

    @property
    def changed(self) -> bool:
        return any(p.op is not DiffOp.EQUAL for p in self.pieces)


_WORDS = re.compile(r"\s+|[^\s]+")


def _tokens(text: str, granularity: Granularity) -> list[str]:
    if granularity is Granularity.LINES:
        return text.splitlines(keepends=True)
    return _WORDS.findall(text)


def diff_text(
    old: str, new: str, granularity: Granularity = Granularity.WORDS
) -> tuple[DiffPiece, ...]:
    """The pieces that turn `old` into `new`: EQUAL and DELETED pieces join to `old`,
    EQUAL and INSERTED pieces to `new`; neighbouring pieces of one kind are merged."""
    a, b = _tokens(old, granularity), _tokens(new, granularity)
    pieces: list[DiffPiece] = []

    def add(op: DiffOp, tokens: Sequence[str]) -> None:
        value = "".join(tokens)
        if not value:
            return
        if pieces and pieces[-1].op is op:
            pieces[-1] = DiffPiece(op, pieces[-1].text + value)
        else:
            pieces.append(DiffPiece(op, value))

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add(DiffOp.EQUAL, a[i1:i2])
        else:
            add(DiffOp.DELETED, a[i1:i2])
            add(DiffOp.INSERTED, b[j1:j2])
    return _ordered(pieces)


def _ordered(pieces: list[DiffPiece]) -> tuple[DiffPiece, ...]:
    """Merge again after empty pieces fell out (DELETED, INSERTED, DELETED ... stays as
    the matcher gave it: one change block is deleted text, then inserted text)."""
    merged: list[DiffPiece] = []
    for piece in pieces:
        if merged and merged[-1].op is piece.op:
            merged[-1] = DiffPiece(piece.op, merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return tuple(merged)


def old_side(pieces: Iterable[DiffPiece]) -> str:
    return "".join(p.text for p in pieces if p.op is not DiffOp.INSERTED)


def new_side(pieces: Iterable[DiffPiece]) -> str:
    return "".join(p.text for p in pieces if p.op is not DiffOp.DELETED)


def diff_versions(
    old: HouseRulesVersion,
    new: HouseRulesVersion,
    granularity: Granularity = Granularity.WORDS,
) -> list[ChapterDiff]:
    """One diff per chapter, in chapter order."""
    return [
        ChapterDiff(chapter, diff_text(old.text(chapter), new.text(chapter), granularity))
        for chapter in CHAPTERS
    ]


# -- signatures ------------------------------------------------------------------------


@dataclass(frozen=True)
class Signature:
    """A partner's representative signed a version (None: a version from before the
    program kept versions, known only by its date)."""

    partner_id: int
    version_id: int | None
    signed_on: date
    signed_by: str = ""
    id: int | None = None


def signature_problems(
    signed_on: date | None,
    signed_by: str,
    version: HouseRulesVersion | None,
    today: date,
) -> dict[str, str]:
    found: dict[str, str] = {}
    if version is None:
        found["version"] = "required"
    elif not version.is_adopted:
        found["version"] = "not_adopted"
    if signed_on is None:
        found["signed_on"] = "required"
    elif signed_on > today:
        found["signed_on"] = "in_future"
    elif version is not None and version.adopted_on is not None and signed_on < version.adopted_on:
        found["signed_on"] = "before_adoption"
    if len(signed_by) > MAX_SIGNED_BY:
        found["signed_by"] = "too_long"
    return found


def latest_signatures(signatures: Iterable[Signature]) -> dict[int, Signature]:
    """Partner id -> its latest signature (by date, then id)."""
    latest: dict[int, Signature] = {}
    for sig in signatures:
        known = latest.get(sig.partner_id)
        if known is None or (sig.signed_on, sig.id or 0) > (known.signed_on, known.id or 0):
            latest[sig.partner_id] = sig
    return latest


def unsigned_partners(
    expected: Iterable[int],
    signatures: Iterable[Signature],
    current: HouseRulesVersion | None,
) -> list[int]:
    """Partners (of `expected`) that have not signed `current`; none when nothing has
    been adopted yet."""
    if current is None:
        return []
    signed = {
        s.partner_id for s in signatures if s.version_id is not None and s.version_id == current.id
    }
    return [pid for pid in expected if pid not in signed]


# -- starting texts --------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class StartingValues:
    """What the starting text names, from the cell's profile (in the text's language)."""

    cell: str
    municipalities: str
    structure: str
    tables: str
    place: str
    frequency: str
    officer: str
    extra: Mapping[str, str] = field(default_factory=dict)


def fill(template: str, values: StartingValues) -> str:
    """Replace {cell}, {municipalities} ... in `template`; unknown braces stay as typed."""
    known = {
        "cell": values.cell,
        "municipalities": values.municipalities,
        "structure": values.structure,
        "tables": values.tables,
        "place": values.place,
        "frequency": values.frequency,
        "officer": values.officer,
        **values.extra,
    }
    return _PLACEHOLDER.sub(lambda m: known.get(m.group(1), m.group(0)), template)


def join_names(names: Sequence[str], conjunction: str) -> str:
    """'A', 'A and B', 'A, B and C' (the conjunction in the text's language)."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"
