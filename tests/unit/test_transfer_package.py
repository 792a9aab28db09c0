"""The case-transfer package: canonical content and its authenticated encryption."""

from __future__ import annotations

import json
import struct
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livc_desktop.domain.cases import ClosureReason, Flag, FollowUp, MeasureStatus, Phase
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.transfer import (
    CasePackage,
    ExportAuthority,
    FlagStep,
    LegalBasis,
    MeasureStep,
    NotAPackage,
    PackageTampered,
    PackageTooNew,
    PackageTruncated,
    PackageWrongPassphrase,
    PersonIdentity,
    PhaseStep,
    Sender,
    TransferError,
    contact_problems,
    parse,
    serialise,
    to_dict,
)
from livc_desktop.services import transfer as tr

# A cheap scrypt for the many tries below; the floor test uses the program's own.
CHEAP = 4

days = st.dates(min_value=date(2019, 1, 1), max_value=date(2030, 12, 31))
names = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40
).filter(str.strip)


@st.composite
def packages(draw: st.DrawFn) -> CasePackage:
    flag = draw(st.none() | st.sampled_from(Flag))
    return CasePackage(
        package_id=draw(st.text("0123456789abcdef", min_size=32, max_size=32)),
        made_on=draw(days),
        case_code=draw(st.from_regex(r"\A20[0-9]{2}-[0-9]{3}\Z")),
        opened_on=draw(days),
        phase=draw(st.sampled_from(Phase)),
        phase_since=draw(days),
        flag=flag,
        flag_since=None if flag is None else draw(days),
        next_review=draw(st.none() | days),
        follow_up=draw(st.none() | st.sampled_from(FollowUp)),
        flags=tuple(
            draw(
                st.lists(
                    st.builds(
                        FlagStep, st.sampled_from(Flag), days, st.none() | days, st.none() | days
                    ),
                    max_size=4,
                )
            )
        ),
        phases=tuple(
            draw(
                st.lists(
                    st.builds(
                        PhaseStep,
                        st.sampled_from(Phase),
                        days,
                        st.none() | st.sampled_from(ClosureReason),
                    ),
                    max_size=4,
                )
            )
        ),
        measures=tuple(
            draw(
                st.lists(
                    st.builds(
                        MeasureStep,
                        names,
                        st.sampled_from(MeasureStatus),
                        days,
                        st.none() | days,
                        st.none() | days,
                    ),
                    max_size=4,
                )
            )
        ),
        sender=Sender(
            cell=draw(names), officer=draw(names), email="preventie@demostad.example", phone=""
        ),
        identity=draw(
            st.none() | st.builds(PersonIdentity, names, st.none() | days, names, names, names)
        ),
    )


SAMPLE = CasePackage(
    package_id="0123456789abcdef0123456789abcdef",
    made_on=date(2026, 3, 2),
    case_code="2026-004",
    opened_on=date(2026, 1, 5),
    phase=Phase.APPROACH,
    phase_since=date(2026, 2, 1),
    flag=Flag.YELLOW,
    flag_since=date(2026, 2, 1),
    next_review=date(2026, 3, 15),
    follow_up=FollowUp.SOCIAL,
    flags=(FlagStep(Flag.YELLOW, date(2026, 2, 1), date(2026, 3, 15)),),
    phases=(PhaseStep(Phase.REGISTRATION, date(2026, 1, 5)),),
    measures=(MeasureStep("JAC Demostad", MeasureStatus.OPEN, date(2026, 2, 1)),),
    sender=Sender("Demostad", "Ambtenaar Fictief", "preventie@demostad.example", ""),
)
PASS = tr.new_passphrase()
SEALED = tr.seal(serialise(SAMPLE), PASS, log2_n=CHEAP)


def opened(data: bytes, passphrase: str = PASS) -> CasePackage:
    return tr.open_package(data, passphrase, min_log2_n=CHEAP)


@given(packages())
def test_round_trip_is_exact_and_canonical(package: CasePackage) -> None:
    payload = serialise(package)
    assert parse(payload) == package
    assert serialise(parse(payload)) == payload  # canonical: one package, one byte string
    passphrase = tr.new_passphrase()
    assert opened(tr.seal(payload, passphrase, log2_n=CHEAP), passphrase) == package


@given(st.integers(min_value=0, max_value=len(SEALED) - 1), st.integers(1, 255))
def test_any_single_byte_change_is_detected(position: int, xor: int) -> None:
    data = bytearray(SEALED)
    data[position] ^= xor
    with pytest.raises(TransferError) as caught:
        opened(bytes(data))
    if position < 8:
        assert isinstance(caught.value, NotAPackage)
    elif position >= 10 and not 58 <= position < 62:
        # Past the magic, the version and the length: always "altered".
        assert isinstance(caught.value, PackageTampered)


@given(st.integers(min_value=0, max_value=len(SEALED) - 1))
def test_a_file_cut_at_any_length_is_truncated(length: int) -> None:
    with pytest.raises(PackageTruncated):
        opened(SEALED[:length])


@given(st.text(min_size=1, max_size=40))
def test_a_wrong_passphrase_is_told_as_such(other: str) -> None:
    if tr.normalise_passphrase(other) == tr.normalise_passphrase(PASS):
        return
    with pytest.raises(PackageWrongPassphrase):
        opened(SEALED, other)


def test_the_passphrase_is_forgiving_about_spaces_dashes_and_case() -> None:
    typed = PASS.replace("-", " ").lower()
    assert opened(SEALED, typed) == SAMPLE
    assert len(tr.normalise_passphrase(PASS)) * 5 >= 100  # bits of entropy
    assert set(tr.normalise_passphrase(PASS)) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert tr.new_passphrase() != tr.new_passphrase()


@given(st.binary(max_size=200).filter(lambda b: not tr.MAGIC.startswith(b[:8])))
def test_a_foreign_file_is_not_a_package(data: bytes) -> None:
    with pytest.raises(NotAPackage):
        opened(data)


@pytest.mark.parametrize(
    "data", [b"%PDF-1.7\n%\xe2\xe3", b"SQLite format 3\x00" + bytes(100), b"PK\x03\x04" * 20]
)
def test_common_other_files_are_foreign(data: bytes) -> None:
    with pytest.raises(NotAPackage):
        opened(data)


@given(st.integers(min_value=tr.FORMAT_VERSION + 1, max_value=0xFFFF))
def test_a_newer_format_is_refused_as_newer(version: int) -> None:
    # A newer program may lay the rest out differently: only magic and version count.
    data = tr.MAGIC + struct.pack(">H", version) + b"\x00" * 5
    with pytest.raises(PackageTooNew):
        opened(data)
    with pytest.raises(PackageTooNew):
        opened(tr.MAGIC + struct.pack(">H", version) + SEALED[10:])


def _reseal_with_digest(data: bytes) -> bytes:
    import hashlib

    body = data[: -tr.DIGEST_SIZE]
    return body + hashlib.sha256(body).digest()


def test_an_edited_header_with_a_fixed_digest_still_fails() -> None:
    # Someone who recomputes the plain checksum still cannot change the bound header.
    data = bytearray(SEALED)
    data[31] ^= 1  # the nonce
    with pytest.raises(PackageTampered):
        opened(_reseal_with_digest(bytes(data)))
    data = bytearray(SEALED)
    data[-40] ^= 1  # inside the ciphertext
    with pytest.raises(PackageTampered):
        opened(_reseal_with_digest(bytes(data)))


def test_a_cheaper_key_derivation_than_the_floor_is_refused() -> None:
    # The program's own reader: a header claiming a cheap scrypt is a forgery.
    with pytest.raises(PackageTampered):
        tr.open_package(SEALED, PASS)
    strong = tr.seal(serialise(SAMPLE), PASS)
    assert strong[11] == tr.LOG2_N >= 17
    assert tr.open_package(strong, PASS) == SAMPLE


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(note="Zoë woont bij haar tante"),
        lambda d: d["case"].update(justification="vertrouwelijk"),
        lambda d: d["measures"][0].update(what="begeleiding"),
        lambda d: d["measures"][0].update(organisation="JAC\nZoë woont bij haar tante"),
        lambda d: d["sender"].update(cell=""),
        lambda d: d["case"].update(flag="purple"),
        lambda d: d["case"].update(opened_on="2026-13-01"),
        lambda d: d.update(schema=2),
        lambda d: d["flags"].append({"flag": "red"}),
    ],
)
def test_the_reader_refuses_anything_but_the_known_fields(edit) -> None:
    raw = to_dict(SAMPLE)
    edit(raw)
    payload = json.dumps(raw).encode()
    with pytest.raises(PackageTampered):
        parse(payload)
    # Even when properly encrypted by someone holding the passphrase.
    with pytest.raises(PackageTampered):
        opened(tr.seal(payload, PASS, log2_n=CHEAP))


@pytest.mark.parametrize("bad", ["JAC\nDemostad", "JAC\u2028Demostad", "JAC\x85", "x" * 401])
def test_what_the_reader_refuses_is_never_written(bad: str) -> None:
    import dataclasses

    measure = dataclasses.replace(SAMPLE.measures[0], organisation=bad)
    with pytest.raises(ValidationError):
        serialise(dataclasses.replace(SAMPLE, measures=(measure,)))


def test_the_payload_has_no_field_for_free_text() -> None:
    def keys(value: object) -> set[str]:
        if isinstance(value, dict):
            return set(value) | {k for v in value.values() for k in keys(v)}
        if isinstance(value, list):
            return {k for v in value for k in keys(v)}
        return set()

    found = keys(to_dict(SAMPLE)) | {"name", "birth_date", "address", "school_work"}
    forbidden = {"justification", "note", "notes", "what", "result", "content", "text"}
    assert not found & forbidden


def test_export_authority_needs_basis_approval_and_a_reference() -> None:
    today = date(2026, 3, 2)
    assert set(ExportAuthority(None, None, "").problems(today)) == {
        "legal_basis",
        "approved_on",
        "approval_reference",
    }
    later = ExportAuthority(LegalBasis.CONSENT, today + timedelta(days=1), "BGM/2026/014")
    assert later.problems(today) == {"approved_on": "in_future"}
    prose = ExportAuthority(LegalBasis.CONSENT, today, "Zoë, zie nota")
    assert prose.problems(today) == {"approval_reference": "not_a_reference"}
    assert ExportAuthority(LegalBasis.NECESSITY, today, "BGM/2026/014").problems(today) == {}
    assert contact_problems("", "") == {"contact": "contact_required"}
    assert contact_problems("geen-mail", "") == {"email": "invalid_email"}
    assert contact_problems("", "+32 9 123 45 67") == {}
