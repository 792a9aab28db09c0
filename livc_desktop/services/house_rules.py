"""House rules: the starting text from the cell's profile, drafts, adoption (an adopted
version is frozen), the differences between two versions, signatures per partner and
the PDFs (the adopted rules with a signature block per partner, the confidentiality
undertaking for ad hoc guests), each export in the access trail.

The starting texts are document content kept as package resources per language
(resources/house_rules/<lang>.json), not interface strings."""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from livc_desktop.domain.cell import LANGUAGES, CellProfile, language_tag
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import LivcError, ValidationError
from livc_desktop.domain.house_rules import (
    CHAPTERS,
    Chapter,
    ChapterDiff,
    Granularity,
    HouseRulesVersion,
    Signature,
    StartingValues,
    adoption_problems,
    current_version,
    diff_versions,
    edit_problems,
    fill,
    join_names,
    latest_signatures,
    next_number,
    signature_problems,
    unsigned_partners,
)
from livc_desktop.domain.partners import PartnerRow, PartnerStatus
from livc_desktop.services.exports import save_export
from livc_desktop.services.session import Session
from livc_desktop.storage.house_rules_repo import HouseRulesRepository
from livc_desktop.storage.partner_repo import PartnerRepository

if TYPE_CHECKING:
    from livc_desktop.reports.common import PageFrame
    from livc_desktop.reports.house_rules import HouseRulesDocument

# The report builders (reportlab) are imported when a document is made: the program
# must start without them.
DOCUMENT = "house_rules"
UNDERTAKING = "confidentiality_undertaking"


class HouseRulesMissing(LivcError):
    """No adopted version to print, or a version id that is not in the register."""

    code = "house_rules_missing"


def _repo(session: Session) -> HouseRulesRepository:
    return HouseRulesRepository(session.register)


# -- starting texts ---------------------------------------------------------------------


@cache
def resource(language: str) -> dict[str, Any]:
    """The starting text of `language` (English for a language without one)."""
    lang = language if language in LANGUAGES else "en"
    folder = importlib.resources.files("livc_desktop.resources") / "house_rules"
    data: dict[str, Any] = json.loads((folder / f"{lang}.json").read_text(encoding="utf-8"))
    return data


def starting_values(profile: CellProfile, language: str) -> StartingValues:
    res = resource(language)
    municipalities = join_names(profile.municipalities, res["conjunction"])
    tables = [res["tables"].get(t.value, t.value) for t in profile.tables]
    return StartingValues(
        cell=res["cell_name"].replace("{municipalities}", municipalities),
        municipalities=municipalities,
        structure=res["structures"].get(profile.structure.value, profile.structure.value),
        tables=join_names(tables, res["conjunction"]),
        place=profile.default_place or res["place_unknown"],
        frequency=res["frequencies"].get(
            profile.default_frequency.value, profile.default_frequency.value
        ),
        officer=profile.officer_name or "…",
    )


def starting_texts(profile: CellProfile, language: str) -> dict[Chapter, str]:
    """The five chapters in `language`, naming the cell, its municipalities and structure."""
    res = resource(language)
    values = starting_values(profile, language)
    return {c: fill(res["chapters"][c.value], values) for c in CHAPTERS}


# -- versions ---------------------------------------------------------------------------


def versions(session: Session) -> list[HouseRulesVersion]:
    return _repo(session).versions()


def current(session: Session) -> HouseRulesVersion | None:
    return current_version(versions(session))


def get_version(session: Session, version_id: int) -> HouseRulesVersion:
    found = _repo(session).get(version_id)
    if found is None:
        raise HouseRulesMissing(str(version_id))
    return found


def new_draft(session: Session, language: str, from_version: int | None = None) -> int:
    """A new draft: a copy of `from_version`, or the starting text in `language`."""
    all_versions = versions(session)
    if from_version is not None:
        base = get_version(session, from_version)
        texts, language = dict(base.chapters), base.language
    else:
        texts = starting_texts(session.profile(), language)
    vid = _repo(session).insert(next_number(all_versions), language, texts)
    session.record(ChangeKind.HOUSE_RULES_DRAFTED, version_id=vid)
    return vid


def save_draft(session: Session, version_id: int, texts: Mapping[Chapter, str]) -> None:
    version = get_version(session, version_id)
    found = edit_problems(version, texts)
    if found:
        raise ValidationError(found)
    _repo(session).save_texts(version_id, dict(texts))
    session.record(ChangeKind.HOUSE_RULES_SAVED, version_id=version_id)


def adopt(
    session: Session, version_id: int, adopted_on: date | None, today: date | None = None
) -> None:
    """Adopt a draft on `adopted_on`; from then on it is frozen."""
    all_versions = versions(session)
    version = next((v for v in all_versions if v.id == version_id), None)
    if version is None:
        raise HouseRulesMissing(str(version_id))
    found = adoption_problems(
        version, adopted_on, today or date.today(), current_version(all_versions)
    )
    if found:
        raise ValidationError(found)
    assert adopted_on is not None
    _repo(session).adopt(version_id, adopted_on)
    session.record(ChangeKind.HOUSE_RULES_ADOPTED, version_id=version_id, number=version.number)


def delete_draft(session: Session, version_id: int) -> None:
    version = get_version(session, version_id)
    if version.is_adopted:
        raise ValidationError({"version": "frozen"})
    _repo(session).delete_draft(version_id)
    session.record(ChangeKind.HOUSE_RULES_DELETED, version_id=version_id)


def compare(
    session: Session,
    old_id: int,
    new_id: int,
    granularity: Granularity = Granularity.WORDS,
) -> list[ChapterDiff]:
    return diff_versions(get_version(session, old_id), get_version(session, new_id), granularity)


# -- signatures -------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureStatus:
    """One partner expected to sign: its latest signature and whether that is of the
    current version."""

    partner_id: int
    partner: str
    representative: str
    latest: Signature | None
    version_number: int | None  # of the latest signature; None: unknown (older record)
    signed_current: bool


def expected_signers(rows: list[PartnerRow]) -> list[PartnerRow]:
    """Active partners that sit at one of the cell's tables sign the house rules."""
    return [r for r in rows if r.status is PartnerStatus.ACTIVE and r.tables]


def signature_status(session: Session) -> list[SignatureStatus]:
    rows = expected_signers(PartnerRepository(session.register).list_rows())
    repo = _repo(session)
    all_versions = repo.versions()
    numbers = {v.id: v.number for v in all_versions}
    now = current_version(all_versions)
    signatures = repo.signatures()
    latest = latest_signatures(signatures)
    unsigned = set(unsigned_partners([r.id for r in rows], signatures, now))
    out = []
    for row in rows:
        sig = latest.get(row.id)
        out.append(
            SignatureStatus(
                partner_id=row.id,
                partner=row.name,
                representative=row.contact_names[0] if row.contact_names else "",
                latest=sig,
                version_number=numbers.get(sig.version_id) if sig and sig.version_id else None,
                signed_current=now is not None and row.id not in unsigned,
            )
        )
    return out


def unsigned_partner_ids(session: Session) -> list[int]:
    """Partners at a table that have not signed the current version (none before any
    version was adopted): what the Overview warns about."""
    rows = expected_signers(PartnerRepository(session.register).list_rows())
    repo = _repo(session)
    return unsigned_partners(
        [r.id for r in rows], repo.signatures(), current_version(repo.versions())
    )


def record_signature(
    session: Session,
    partner_id: int,
    version_id: int | None,
    signed_on: date | None,
    signed_by: str = "",
    today: date | None = None,
) -> int:
    version = _repo(session).get(version_id) if version_id is not None else None
    found = signature_problems(signed_on, signed_by, version, today or date.today())
    if not PartnerRepository(session.register).exists(partner_id):
        found["partner"] = "unknown_partner"
    if found:
        raise ValidationError(found)
    assert signed_on is not None and version is not None
    sid = _repo(session).add_signature(
        Signature(partner_id, version.id, signed_on, " ".join(signed_by.split()))
    )
    session.record(ChangeKind.HOUSE_RULES_SIGNED, partner_id=partner_id, version_id=version.id)
    return sid


# -- documents --------------------------------------------------------------------------


@dataclass(frozen=True)
class HouseRulesLabels:
    """The documents' words in one language (built by the UI's label home)."""

    words: Mapping[str, str]
    chapters: Mapping[str, str]
    language: str = "en"
    format_date: Callable[[str], str] = str


def _frame(session: Session, labels: HouseRulesLabels, title: str) -> PageFrame:
    from livc_desktop.reports.common import PageFrame

    profile = session.profile()
    return PageFrame(
        title=title,
        header_left=labels.words["cell"].format(municipalities=", ".join(profile.municipalities)),
        confidentiality=labels.words["confidentiality"],
        page_label=labels.words["page_label"],
        author=profile.officer_name,
        subject=title,
        language=language_tag(labels.language),
    )


def house_rules_document(
    session: Session, version: HouseRulesVersion, labels: HouseRulesLabels
) -> HouseRulesDocument:
    from livc_desktop.reports.house_rules import HouseRulesDocument, SignatureBlock

    w = labels.words
    adopted = labels.format_date(version.adopted_on.isoformat()) if version.adopted_on else ""
    blocks = [
        SignatureBlock(
            partner=s.partner,
            representative=s.representative,
            signed=(
                w["signed_on"].format(date=labels.format_date(s.latest.signed_on.isoformat()))
                if s.latest is not None and s.signed_current
                else ""
            ),
        )
        for s in signature_status(session)
    ]
    return HouseRulesDocument(
        title=w["title"],
        subtitle=w["subtitle"].format(number=version.number, date=adopted),
        cell=resource(labels.language)["cell_name"].replace(
            "{municipalities}", starting_values(session.profile(), labels.language).municipalities
        ),
        chapters=[
            (w["chapter"].format(n=i, title=labels.chapters[c.value]), version.text(c))
            for i, c in enumerate(CHAPTERS, start=1)
        ],
        signatures_title=w["signatures"],
        signatures_intro=w["signatures_intro"].format(number=version.number),
        signature_words=(w["organisation"], w["representative"], w["signature"], w["date"]),
        blocks=blocks,
    )


def printable_version(session: Session, version_id: int | None = None) -> HouseRulesVersion:
    """The adopted version `version_id`, else the current one; HouseRulesMissing if none.
    Its PDF is printed in the version's own language (`version.language`)."""
    version = get_version(session, version_id) if version_id is not None else current(session)
    if version is None or not version.is_adopted:
        raise HouseRulesMissing("not_adopted")
    return version


def house_rules_bytes(
    session: Session, labels: HouseRulesLabels, version_id: int | None = None
) -> tuple[bytes, HouseRulesVersion]:
    """The PDF of `version_id` (an adopted version), else of the current version."""
    from livc_desktop.reports.house_rules import house_rules_pdf

    version = printable_version(session, version_id)
    doc = house_rules_document(session, version, labels)
    title = labels.words["title"]
    return house_rules_pdf(_frame(session, labels, title), doc), version


def export_house_rules(
    session: Session, target: Path, labels: HouseRulesLabels, version_id: int | None = None
) -> Path:
    data, version = house_rules_bytes(session, labels, version_id)
    return save_export(session, target, data, kind=DOCUMENT, version=version.number)


def undertaking_bytes(session: Session, labels: HouseRulesLabels) -> bytes:
    from livc_desktop.reports.house_rules import UndertakingDocument, undertaking_pdf

    w = labels.words
    cell = resource(labels.language)["cell_name"].replace(
        "{municipalities}", starting_values(session.profile(), labels.language).municipalities
    )
    doc = UndertakingDocument(
        title=w["undertaking_title"],
        cell=cell,
        paragraphs=[p.replace("{cell}", cell) for p in resource(labels.language)["undertaking"]],
        fields=(
            w["guest_name"],
            w["guest_capacity"],
            w["meeting"],
            w["item"],
            w["place_date"],
            w["signature"],
        ),
    )
    return undertaking_pdf(_frame(session, labels, w["undertaking_title"]), doc)


def export_undertaking(session: Session, target: Path, labels: HouseRulesLabels) -> Path:
    return save_export(
        session, target, lambda: undertaking_bytes(session, labels), kind=UNDERTAKING
    )


def fill_demo(session: Session, rng: Any) -> None:
    """Demo house rules: version 1 adopted ten months ago and signed by every partner at
    a table, version 2 (a changed meeting rhythm) adopted four months ago and signed by
    most, so the Overview shows who still has to sign."""
    from datetime import timedelta

    today = date.today()
    language = session.preferences().language or "nl"
    first = new_draft(session, language)
    adopt(session, first, today - timedelta(days=300), today)
    signers = expected_signers(PartnerRepository(session.register).list_rows())
    for row in signers:
        signed = today - timedelta(days=300 - rng.randint(1, 40))
        record_signature(session, row.id, first, signed, _first(row), today)
    second = new_draft(session, language, from_version=first)
    texts = dict(get_version(session, second).chapters)
    texts[Chapter.MEETINGS] += "\n\n" + resource(language)["demo_addition"]
    save_draft(session, second, texts)
    adopt(session, second, today - timedelta(days=120), today)
    for row in signers[: max(0, len(signers) - 3)]:
        signed = today - timedelta(days=120 - rng.randint(1, 60))
        record_signature(session, row.id, second, signed, _first(row), today)


def _first(row: PartnerRow) -> str:
    return row.contact_names[0] if row.contact_names else ""
