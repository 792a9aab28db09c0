"""Passing a case on to another cell: the encrypted package, its export and its import.

The file (all integers big-endian):

    0   magic "LIVCXFER"            8
    8   format version              2   (1)
    10  KDF id                      1   (1 = scrypt)
    11  log2 N, r, p                3
    14  salt                        16
    30  nonce                       12
    42  key check                   16  HMAC-SHA256(check key, "key check"), cut
    58  payload length              4
    62  AES-256-GCM ciphertext + tag
    ..  SHA-256 of everything before 32

Bytes 0..62 are the GCM associated data, so the header cannot be changed without the tag
failing. The plain SHA-256 at the end tells damage (a bad copy, an edit) from a wrong
passphrase before any key is derived; the key check then tells a wrong passphrase from a
forgery. scrypt gives 64 bytes: the AES key and the key-check key.

The passphrase is made by the program (25 base32 characters in groups of five, 125 bits),
shown once and never stored, logged or written beside the file."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import struct
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from livc_desktop.domain.cases import ClosureReason, Identity, NotFound, next_case_code
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.transfer import (
    CasePackage,
    ExportAuthority,
    FlagStep,
    MeasureStep,
    NotAPackage,
    PackageAlreadyImported,
    PackageMissing,
    PackageTampered,
    PackageTooNew,
    PackageTruncated,
    PackageWrongPassphrase,
    PersonIdentity,
    PhaseStep,
    ReceivedTexts,
    Sender,
    contact_problems,
    new_package_id,
    parse,
    serialise,
)
from livc_desktop.services.session import Session
from livc_desktop.storage.case_repo import CaseRepository
from livc_desktop.storage.files import ensure_private_dir, os_error, write_atomic
from livc_desktop.storage.transfer_repo import Provenance, TransferRepository

MAGIC = b"LIVCXFER"
FORMAT_VERSION = 1
KDF_SCRYPT = 1
SUFFIX = ".livccase"
_FIXED = struct.Struct(">8sHBBBB16s12s16sI")
HEADER_SIZE = _FIXED.size  # 62
TAG_SIZE = 16
DIGEST_SIZE = 32
SALT_SIZE = 16
# scrypt N = 2**17, r = 8: 128 MiB and some 0.3 s per try here. The floor is what any
# reader demands, so an edited header cannot make guessing cheaper.
LOG2_N = 17
MIN_LOG2_N = 17
MAX_LOG2_N = 20
SCRYPT_R = 8
SCRYPT_P = 1
MAX_PAYLOAD = 4 * 1024 * 1024
MAX_FILE = HEADER_SIZE + MAX_PAYLOAD + TAG_SIZE + DIGEST_SIZE

PASSPHRASE_CHARS = 25  # 25 x 5 bits = 125 bits
GROUP = 5
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


# -- the passphrase ------------------------------------------------------------------------


def new_passphrase() -> str:
    """A one-time passphrase in groups of five, easy to read out on the phone."""
    chars = "".join(secrets.choice(_B32) for _ in range(PASSPHRASE_CHARS))
    return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))


def normalise_passphrase(text: str) -> str:
    """What was typed, without spaces and dashes, in capitals (0/1/8 read as O/I/B)."""
    out = "".join(ch for ch in text.upper() if ch not in " -\t")
    return out.translate(str.maketrans("018", "OIB"))


# -- the envelope --------------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    version: int
    kdf: int
    log2_n: int
    r: int
    p: int
    salt: bytes
    nonce: bytes
    key_check: bytes
    length: int


def _derive(passphrase: str, h: Header) -> tuple[bytes, bytes]:
    secret = normalise_passphrase(passphrase).encode("utf-8")
    key = hashlib.scrypt(
        secret,
        salt=h.salt,
        n=1 << h.log2_n,
        r=h.r,
        p=h.p,
        maxmem=(128 * h.r * (1 << h.log2_n)) + 64 * 1024 * 1024,
        dklen=64,
    )
    return key[:32], key[32:]


def _key_check(check_key: bytes) -> bytes:
    return hmac.new(check_key, b"livc-transfer key check", hashlib.sha256).digest()[:16]


def seal(payload: bytes, passphrase: str, *, log2_n: int | None = None) -> bytes:
    """Encrypt `payload` under `passphrase` into the package format."""
    log2_n = LOG2_N if log2_n is None else log2_n
    if len(payload) > MAX_PAYLOAD:
        raise ValidationError({"package": "too_long"})
    salt, nonce = secrets.token_bytes(SALT_SIZE), secrets.token_bytes(12)
    draft = Header(FORMAT_VERSION, KDF_SCRYPT, log2_n, SCRYPT_R, SCRYPT_P, salt, nonce, b"", 0)
    enc_key, check_key = _derive(passphrase, draft)
    length = len(payload) + TAG_SIZE
    head = _FIXED.pack(
        MAGIC, FORMAT_VERSION, KDF_SCRYPT, log2_n, SCRYPT_R, SCRYPT_P, salt, nonce,
        _key_check(check_key), length,
    )  # fmt: skip
    body = head + AESGCM(enc_key).encrypt(nonce, payload, head)
    return body + hashlib.sha256(body).digest()


def read_header(data: bytes, *, min_log2_n: int | None = None) -> Header:
    """Check the frame without any key: foreign, truncated, newer, damaged."""
    min_log2_n = MIN_LOG2_N if min_log2_n is None else min_log2_n
    if len(data) < len(MAGIC):
        if data == MAGIC[: len(data)]:
            raise PackageTruncated("header")
        raise NotAPackage("magic")
    if data[: len(MAGIC)] != MAGIC:
        raise NotAPackage("magic")
    if len(data) < len(MAGIC) + 2:
        raise PackageTruncated("header")
    (version,) = struct.unpack_from(">H", data, len(MAGIC))
    if version > FORMAT_VERSION:
        raise PackageTooNew(str(version))
    if len(data) < HEADER_SIZE:
        raise PackageTruncated("header")
    _, version, kdf, log2_n, r, p, salt, nonce, check, length = _FIXED.unpack_from(data)
    total = HEADER_SIZE + length + DIGEST_SIZE
    if len(data) > MAX_FILE:
        raise PackageTampered("size")
    if len(data) < total:
        raise PackageTruncated("body")
    if len(data) > total:
        raise PackageTampered("trailing")
    digest = hashlib.sha256(data[:-DIGEST_SIZE]).digest()
    if not hmac.compare_digest(digest, data[-DIGEST_SIZE:]):
        raise PackageTampered("digest")
    if (
        version != FORMAT_VERSION
        or kdf != KDF_SCRYPT
        or not min_log2_n <= log2_n <= MAX_LOG2_N
        or r != SCRYPT_R
        or p != SCRYPT_P
        or length < TAG_SIZE
    ):
        # The digest matched, so this was written on purpose: a forged frame.
        raise PackageTampered("header")
    return Header(version, kdf, log2_n, r, p, salt, nonce, check, length)


def unseal(data: bytes, passphrase: str, *, min_log2_n: int | None = None) -> bytes:
    """The payload, or NotAPackage / PackageTruncated / PackageTooNew / PackageTampered /
    PackageWrongPassphrase."""
    h = read_header(data, min_log2_n=min_log2_n)
    enc_key, check_key = _derive(passphrase, h)
    if not hmac.compare_digest(_key_check(check_key), h.key_check):
        raise PackageWrongPassphrase()
    try:
        return AESGCM(enc_key).decrypt(h.nonce, data[HEADER_SIZE:-DIGEST_SIZE], data[:HEADER_SIZE])
    except InvalidTag:
        raise PackageTampered("tag") from None


def open_package(data: bytes, passphrase: str, *, min_log2_n: int | None = None) -> CasePackage:
    return parse(unseal(data, passphrase, min_log2_n=min_log2_n))


def read_file(path: Path) -> bytes:
    """The package's bytes; a file larger than any package is not read whole."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE + 1)
    except (FileNotFoundError, IsADirectoryError):
        raise PackageMissing(Path(path).name) from None
    except OSError as exc:
        raise os_error(exc) from exc
    if len(data) > MAX_FILE:
        if data[: len(MAGIC)] == MAGIC:
            raise PackageTampered("size")
        raise NotAPackage("size")
    return data


# -- export ----------------------------------------------------------------------------------


def cell_name(session: Session) -> str:
    return " / ".join(session.profile().municipalities)


def build_package(
    session: Session,
    case_id: int,
    *,
    with_identity: bool,
    email: str,
    phone: str,
    made_on: date,
) -> CasePackage:
    """Read the case's structured data; nothing else has a field to go into."""
    repo = CaseRepository(session.register)
    row = repo.get(case_id, made_on)
    if row is None:
        raise NotFound(str(case_id))
    identity = None
    if with_identity:
        ident = repo.identity(case_id)
        if ident is not None and ident.name.strip():
            identity = PersonIdentity(
                name=" ".join(ident.name.split()),
                birth_date=ident.birth_date,
                address=" ".join(ident.address.split()),
                school_work=" ".join(ident.school_work.split()),
                languages=" ".join(ident.languages.split()),
            )
    return CasePackage(
        package_id=new_package_id(),
        made_on=made_on,
        case_code=row.code,
        opened_on=row.opened_on,
        phase=row.phase,
        phase_since=row.phase_since,
        flag=row.flag,
        flag_since=row.flag_since,
        next_review=row.next_review,
        follow_up=row.follow_up,
        flags=tuple(
            FlagStep(f.flag, f.decided_on, f.next_review, f.handed_on)
            for f in repo.flag_history(case_id)
        ),
        phases=tuple(
            PhaseStep(s.to_phase, s.changed_on, _closure(s.reason))
            for s in repo.phase_history(case_id)
        ),
        measures=tuple(
            MeasureStep(
                organisation=" ".join(m.partner.split()) or "?",
                status=m.status,
                agreed_on=m.created_on,
                due_on=m.due_on,
                closed_on=m.closed_on,
            )
            for m in repo.measures(case_id)
        ),
        sender=Sender(
            cell=cell_name(session),
            officer=" ".join(session.profile().officer_name.split()),
            email=email.strip(),
            phone=phone.strip(),
        ),
        identity=identity,
    )


def _closure(reason: str) -> ClosureReason | None:
    try:
        return ClosureReason(reason) if reason else None
    except ValueError:
        return None


def export_case(
    session: Session,
    case_id: int,
    target: Path,
    authority: ExportAuthority,
    *,
    email: str = "",
    phone: str = "",
    today: date | None = None,
    log2_n: int | None = None,
) -> str:
    """Write the case's package to `target` and return its one-time passphrase (shown
    once by the caller, never kept). The legal basis and the mayor's approval go into the
    access-trail entry with the case code; nothing of the case's content does."""
    today = today or date.today()
    found = authority.problems(today)
    found.update(contact_problems(email, phone))
    if found:
        raise ValidationError(found)
    package = build_package(
        session, case_id, with_identity=authority.with_identity, email=email, phone=phone,
        made_on=today,
    )  # fmt: skip
    passphrase = new_passphrase()
    data = seal(serialise(package), passphrase, log2_n=log2_n)
    target = Path(target)
    try:
        ensure_private_dir(target.parent)
    except OSError as exc:
        raise os_error(exc) from exc
    write_atomic(target, data)
    assert authority.legal_basis is not None and authority.approved_on is not None
    session.record(
        ChangeKind.EXPORT_CASE_TRANSFER,
        case_id=case_id,
        legal_basis=authority.legal_basis.value,
        mayor_approved_on=authority.approved_on.isoformat(),
        mayor_approval_ref=authority.approval_reference.strip(),
        identity=package.identity is not None,
        package=package.package_id,
        destination=target.parent.name,
    )
    return passphrase


# -- import ----------------------------------------------------------------------------------


def preview(
    session: Session, data: bytes, passphrase: str, *, min_log2_n: int | None = None
) -> CasePackage:
    """Open and check the package without writing anything; PackageAlreadyImported when
    this register has received it before."""
    package = open_package(data, passphrase, min_log2_n=min_log2_n)
    if TransferRepository(session.register).was_imported(package.package_id):
        raise PackageAlreadyImported(package.package_id)
    return package


def import_package(
    session: Session,
    package: CasePackage,
    texts: ReceivedTexts,
    *,
    today: date | None = None,
) -> int:
    """The received case as a new case with this register's next code; returns its id."""
    today = today or date.today()
    repo = TransferRepository(session.register)
    cases = CaseRepository(session.register)
    identity = None
    if package.identity is not None:
        i = package.identity
        identity = Identity(i.name, i.birth_date, i.address, i.school_work, i.languages)
    with session.register.transaction():
        if repo.was_imported(package.package_id):
            raise PackageAlreadyImported(package.package_id)
        code = next_case_code(today.year, cases.codes_for_year(today.year))
        case_id = repo.insert_received(code, package, today, texts, identity)
    session.record(
        ChangeKind.CASE_TRANSFER_RECEIVED,
        case_id=case_id,
        source_code=package.case_code,
        package=package.package_id,
        identity=identity is not None,
    )
    return case_id


def case_id_for_code(session: Session, code: str) -> int | None:
    return TransferRepository(session.register).case_id_for_code(code)


def case_code(session: Session, case_id: int) -> str:
    row = CaseRepository(session.register).get(case_id, date.today())
    if row is None:
        raise NotFound(str(case_id))
    return row.code


def provenance(session: Session, case_id: int) -> Provenance | None:
    return TransferRepository(session.register).provenance(case_id)


__all__ = [
    "FORMAT_VERSION",
    "MAGIC",
    "SUFFIX",
    "ExportAuthority",
    "Provenance",
    "ReceivedTexts",
    "export_case",
    "import_package",
    "new_passphrase",
    "open_package",
    "preview",
    "provenance",
    "read_file",
    "seal",
    "unseal",
]
