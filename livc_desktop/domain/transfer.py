"""A case passed on to another cell: what the package may hold and its canonical form.

Only structured data leaves: the case code, flag and phase values with their dates,
measures as (partner organisation, status, dates), the follow-up type, the sending cell's
name and the sending officer's contact, and the identity only when the officer ticks it.
No free text (justifications, notes, measure descriptions, information items) has a field
here, so none can be written; reading is strict so a package cannot smuggle any in either.

Plain Python; the encryption lives in services/transfer.py."""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from livc_desktop.domain.cases import ClosureReason, Flag, FollowUp, MeasureStatus, Phase
from livc_desktop.domain.errors import ExitCode, LivcError, ValidationError

PAYLOAD_SCHEMA = 1
MAX_NAME = 400  # an address or a long organisation name; never a paragraph
MAX_ITEMS = 500  # a case has tens of flag decisions at most; a package is not a register
MAX_REFERENCE = 40
_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ./_-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ./()-]{6,30}$")


E = TypeVar("E", bound=StrEnum)


class LegalBasis(StrEnum):
    """Why the cell may pass this case on; the law of 30 July 2018 does not organise it."""

    CONSENT = "consent"  # the person concerned agreed to the transfer
    CASE_CONSULTATION = "case_consultation"  # art. 458ter Sw.: both cells in one consultation
    NECESSITY = "necessity"  # a serious and imminent danger (state of necessity)
    LEGAL_DUTY = "legal_duty"  # a statutory duty or a judicial request


# -- errors --------------------------------------------------------------------------------


class TransferError(LivcError):
    """Base of everything that can go wrong with a transfer package."""

    code = "transfer_error"
    exit_code = ExitCode.NOT_A_REGISTER


class NotAPackage(TransferError):
    code = "transfer_not_a_package"


class PackageTruncated(TransferError):
    code = "transfer_truncated"


class PackageTampered(TransferError):
    code = "transfer_tampered"


class PackageWrongPassphrase(TransferError):
    code = "transfer_wrong_passphrase"
    exit_code = ExitCode.WRONG_PASSPHRASE


class PackageTooNew(TransferError):
    code = "transfer_too_new"
    exit_code = ExitCode.TOO_NEW


class PackageMissing(TransferError):
    code = "transfer_missing"


class PackageAlreadyImported(TransferError):
    code = "transfer_already_imported"
    exit_code = ExitCode.FAILURE


# -- the content model ---------------------------------------------------------------------


@dataclass(frozen=True)
class FlagStep:
    flag: Flag
    decided_on: date
    next_review: date | None = None
    handed_on: date | None = None


@dataclass(frozen=True)
class PhaseStep:
    phase: Phase
    changed_on: date
    closure_reason: ClosureReason | None = None


@dataclass(frozen=True)
class MeasureStep:
    organisation: str  # the partner's organisation name, as the sending cell knows it
    status: MeasureStatus
    agreed_on: date
    due_on: date | None = None
    closed_on: date | None = None


@dataclass(frozen=True)
class Sender:
    cell: str  # the sending cell's name (its municipalities)
    officer: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PersonIdentity:
    name: str
    birth_date: date | None = None
    address: str = ""
    school_work: str = ""
    languages: str = ""


@dataclass(frozen=True)
class CasePackage:
    package_id: str
    made_on: date
    case_code: str
    opened_on: date
    phase: Phase
    phase_since: date
    flag: Flag | None
    flag_since: date | None
    next_review: date | None
    follow_up: FollowUp | None
    flags: tuple[FlagStep, ...]
    phases: tuple[PhaseStep, ...]
    measures: tuple[MeasureStep, ...]
    sender: Sender
    identity: PersonIdentity | None = None


def new_package_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class ReceivedTexts:
    """The words written where the register wants text and the package has none: the
    caller's translations (the package carries no free text)."""

    decided_by: str  # who decided the flags: the sending cell
    flag_justification: str
    measure_what: str  # with {organisation}


# -- what the officer records before an export ---------------------------------------------


@dataclass(frozen=True)
class ExportAuthority:
    """The legal basis and the mayor's approval; both go into the access-trail entry."""

    legal_basis: LegalBasis | None
    approved_on: date | None
    approval_reference: str
    with_identity: bool = False

    def problems(self, today: date) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.legal_basis is None:
            found["legal_basis"] = "required"
        if self.approved_on is None:
            found["approved_on"] = "required"
        elif self.approved_on > today:
            found["approved_on"] = "in_future"
        ref = self.approval_reference.strip()
        if not ref:
            found["approval_reference"] = "required"
        elif len(ref) > MAX_REFERENCE:
            found["approval_reference"] = "too_long"
        elif not _REFERENCE.match(ref):
            # A reference number, not a sentence: it is written into the access trail.
            found["approval_reference"] = "not_a_reference"
        return found


def contact_problems(email: str, phone: str) -> dict[str, str]:
    found: dict[str, str] = {}
    email, phone = email.strip(), phone.strip()
    if not email and not phone:
        found["contact"] = "contact_required"
    if email and (len(email) > MAX_NAME or not _EMAIL.match(email)):
        found["email"] = "invalid_email"
    if phone and not _PHONE.match(phone):
        found["phone"] = "invalid_phone"
    return found


# -- canonical serialisation ---------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def to_dict(p: CasePackage) -> dict[str, Any]:
    return {
        "schema": PAYLOAD_SCHEMA,
        "package_id": p.package_id,
        "made_on": p.made_on.isoformat(),
        "case": {
            "code": p.case_code,
            "opened_on": p.opened_on.isoformat(),
            "phase": p.phase.value,
            "phase_since": p.phase_since.isoformat(),
            "flag": p.flag.value if p.flag else None,
            "flag_since": _iso(p.flag_since),
            "next_review": _iso(p.next_review),
            "follow_up": p.follow_up.value if p.follow_up else None,
        },
        "flags": [
            {
                "flag": f.flag.value,
                "decided_on": f.decided_on.isoformat(),
                "next_review": _iso(f.next_review),
                "handed_on": _iso(f.handed_on),
            }
            for f in p.flags
        ],
        "phases": [
            {
                "phase": s.phase.value,
                "changed_on": s.changed_on.isoformat(),
                "closure_reason": s.closure_reason.value if s.closure_reason else None,
            }
            for s in p.phases
        ],
        "measures": [
            {
                "organisation": m.organisation,
                "status": m.status.value,
                "agreed_on": m.agreed_on.isoformat(),
                "due_on": _iso(m.due_on),
                "closed_on": _iso(m.closed_on),
            }
            for m in p.measures
        ],
        "sender": {
            "cell": p.sender.cell,
            "officer": p.sender.officer,
            "email": p.sender.email,
            "phone": p.sender.phone,
        },
        "identity": None
        if p.identity is None
        else {
            "name": p.identity.name,
            "birth_date": _iso(p.identity.birth_date),
            "address": p.identity.address,
            "school_work": p.identity.school_work,
            "languages": p.identity.languages,
        },
    }


def serialise(p: CasePackage) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8; the same package gives the same bytes.
    What the strict reader would refuse is never written (ValidationError)."""
    validate(p)
    data = json.dumps(to_dict(p), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    payload = data.encode("utf-8")
    try:
        parse(payload)
    except PackageTampered:
        raise ValidationError({"package": "invalid"}) from None
    return payload


class _Bad(Exception):
    pass


# Control characters (tabs and newlines included) and line or paragraph separators.
_NOT_IN_A_NAME = frozenset({"Cc", "Zl", "Zp"})


def _obj(value: object, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise _Bad
    return value


def _list(value: object) -> list[Any]:
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise _Bad
    return value


def _text(value: object, *, required: bool = False) -> str:
    if not isinstance(value, str) or len(value) > MAX_NAME:
        raise _Bad
    if any(unicodedata.category(ch) in _NOT_IN_A_NAME for ch in value):
        raise _Bad  # names and contacts are one line; a line break means prose
    if required and not value.strip():
        raise _Bad
    return value


def _day(value: object) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise _Bad
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _Bad from None


def _opt_day(value: object) -> date | None:
    return None if value is None else _day(value)


def _enum(kind: type[E], value: object) -> E:
    if not isinstance(value, str):
        raise _Bad
    try:
        return kind(value)
    except ValueError:
        raise _Bad from None


def _opt_enum(kind: type[E], value: object) -> E | None:
    return None if value is None else _enum(kind, value)


def parse(data: bytes) -> CasePackage:
    """The strict reader: exactly the known fields with the right types, or PackageTampered
    (the caller only gets here after authentication, so a bad payload is a forged one)."""
    try:
        raw = json.loads(data.decode("utf-8"))
        top = _obj(
            raw,
            {"schema", "package_id", "made_on", "case", "flags", "phases", "measures"}
            | {"sender", "identity"},
        )
        if top["schema"] != PAYLOAD_SCHEMA or isinstance(top["schema"], bool):
            raise _Bad
        case = _obj(
            top["case"],
            {"code", "opened_on", "phase", "phase_since", "flag", "flag_since"}
            | {"next_review", "follow_up"},
        )
        sender = _obj(top["sender"], {"cell", "officer", "email", "phone"})
        identity = None
        if top["identity"] is not None:
            ident = _obj(
                top["identity"], {"name", "birth_date", "address", "school_work", "languages"}
            )
            identity = PersonIdentity(
                name=_text(ident["name"], required=True),
                birth_date=_opt_day(ident["birth_date"]),
                address=_text(ident["address"]),
                school_work=_text(ident["school_work"]),
                languages=_text(ident["languages"]),
            )
        flags = tuple(
            FlagStep(
                flag=_enum(Flag, f["flag"]),
                decided_on=_day(f["decided_on"]),
                next_review=_opt_day(f["next_review"]),
                handed_on=_opt_day(f["handed_on"]),
            )
            for f in (
                _obj(x, {"flag", "decided_on", "next_review", "handed_on"})
                for x in _list(top["flags"])
            )
        )
        phases = tuple(
            PhaseStep(
                phase=_enum(Phase, s["phase"]),
                changed_on=_day(s["changed_on"]),
                closure_reason=_opt_enum(ClosureReason, s["closure_reason"]),
            )
            for s in (
                _obj(x, {"phase", "changed_on", "closure_reason"}) for x in _list(top["phases"])
            )
        )
        measures = tuple(
            MeasureStep(
                organisation=_text(m["organisation"], required=True),
                status=_enum(MeasureStatus, m["status"]),
                agreed_on=_day(m["agreed_on"]),
                due_on=_opt_day(m["due_on"]),
                closed_on=_opt_day(m["closed_on"]),
            )
            for m in (
                _obj(x, {"organisation", "status", "agreed_on", "due_on", "closed_on"})
                for x in _list(top["measures"])
            )
        )
        package = CasePackage(
            package_id=_text(top["package_id"], required=True),
            made_on=_day(top["made_on"]),
            case_code=_text(case["code"], required=True),
            opened_on=_day(case["opened_on"]),
            phase=_enum(Phase, case["phase"]),
            phase_since=_day(case["phase_since"]),
            flag=_opt_enum(Flag, case["flag"]),
            flag_since=_opt_day(case["flag_since"]),
            next_review=_opt_day(case["next_review"]),
            follow_up=_opt_enum(FollowUp, case["follow_up"]),
            flags=flags,
            phases=phases,
            measures=measures,
            sender=Sender(
                cell=_text(sender["cell"], required=True),
                officer=_text(sender["officer"]),
                email=_text(sender["email"]),
                phone=_text(sender["phone"]),
            ),
            identity=identity,
        )
        validate(package)
    except (_Bad, ValueError, UnicodeDecodeError, RecursionError, ValidationError):
        raise PackageTampered("payload") from None
    return package


_PACKAGE_ID = re.compile(r"^[0-9a-f]{32}$")
_CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z/._-]{0,39}$")


def validate(p: CasePackage) -> None:
    """The rules a package obeys both ways (ValidationError with codes)."""
    found: dict[str, str] = {}
    if not _PACKAGE_ID.match(p.package_id):
        found["package_id"] = "invalid"
    if not _CODE.match(p.case_code):
        found["case_code"] = "invalid"
    if p.flag is not None and p.flag_since is None:
        found["flag_since"] = "required"
    if not p.sender.cell.strip():
        found["sender"] = "required"
    if p.identity is not None and not p.identity.name.strip():
        found["identity"] = "required"
    if len(p.flags) > MAX_ITEMS or len(p.phases) > MAX_ITEMS or len(p.measures) > MAX_ITEMS:
        found["items"] = "too_long"
    if found:
        raise ValidationError(found)
