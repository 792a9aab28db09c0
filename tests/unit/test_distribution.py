"""Per-recipient copies of meeting documents: the recipient on every page and in the
metadata, AES-256 with a password of its own (the right one opens, a wrong one does not),
the same content for everyone and the same privacy as the minutes; the distribution
record, the Overview's questions and the command line."""

# ruff: noqa: F811 - the tests take the privacy tests' `world` fixture by name
from __future__ import annotations

import io
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions

from livc_desktop.cli import main
from livc_desktop.domain import distribution as rules
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.meetings import DocumentKind
from livc_desktop.services import audit, cases, distribution
from livc_desktop.services import meetings as svc
from livc_desktop.storage.distribution_repo import DistributionRepository
from livc_desktop.ui.distribution_labels import copy_words
from livc_desktop.ui.meeting_labels import document_labels
from tests.conftest import PASSPHRASE
from tests.rtl_text import drawn_lines, logical
from tests.unit.test_privacy_documents import (  # noqa: F401 - the fixture is used by name
    ATTENDEES,
    _assert_clean,
    world,
)

LABELS = document_labels("en")


def _pages(data: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        assert reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", " ".join(text.split()))


def _lines(data: bytes) -> list[list[str]]:
    """Each page's lines as read (right-to-left runs back in logical order)."""
    return [[_norm(logical(line)) for line in page if line] for page in drawn_lines(data)]


def _decrypted(data: bytes, password: str) -> bytes:
    reader = PdfReader(io.BytesIO(data))
    assert reader.decrypt(password)
    out = io.BytesIO()
    PdfWriter(clone_from=reader).write(out)
    return out.getvalue()


def _words(session, mid, document=DocumentKind.MINUTES, code=""):
    return copy_words(session, svc.get_meeting(session, mid), document, code, "en")


def _copies(session, mid, *, encrypt, document=DocumentKind.MINUTES, case_id=None, code=""):
    chosen = distribution.recipients(session, mid, document, case_id)
    words = _words(session, mid, document, code)
    return words, distribution.make_copies(
        session, mid, document, chosen, LABELS, words, case_id=case_id, encrypt=encrypt
    )


# -- word lists and passwords -------------------------------------------------------------
@pytest.mark.parametrize("language", distribution.LANGUAGES)
def test_each_language_has_a_list_of_at_least_7776_plain_words(language):
    words = distribution.word_list(language)
    assert len(set(words)) == len(words) >= rules.MIN_LIST_SIZE
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)?", w) for w in words)


@given(st.sampled_from(distribution.LANGUAGES))
def test_a_generated_password_is_five_words_of_the_recipients_list(language):
    words = distribution.word_list(language)
    password = rules.generate_password(words)
    parts = password.split(rules.SEPARATOR)
    assert len(parts) == rules.PASSWORD_WORDS and set(parts) <= set(words)


def test_generated_passwords_differ_and_need_a_long_list():
    words = distribution.word_list("nl")
    assert len({rules.generate_password(words) for _ in range(200)}) == 200
    with pytest.raises(ValueError):
        rules.generate_password(words[:7000])
    assert rules.MIN_PASSWORD_BITS > 64


@pytest.mark.parametrize(
    "typed",
    [
        "correct horse battery staple",  # four list words: 51.7 bits
        "Demostad2026!",
        "wachtwoord wachtwoord wachtwoord wachtwoord wachtwoord wachtwoord",
        "abcdefghijklmnopqrstu",
    ],
)
def test_a_typed_password_weaker_than_five_list_words_is_refused(typed):
    assert rules.password_problems(typed, typed, distribution.vocabulary()) == {
        "password": "too_weak"
    }


@pytest.mark.parametrize("typed", ["correct horse battery staple mantra", "Vq7#rT2!mZp9@Lx4wK9q"])
def test_a_typed_password_as_strong_as_five_list_words_is_accepted(typed):
    assert rules.password_problems(typed, typed, distribution.vocabulary()) == {}


@given(st.text(max_size=8))
def test_no_password_of_eight_characters_or_fewer_passes(typed):
    assert rules.password_problems(typed, typed, distribution.vocabulary())


def test_typed_password_problems_are_named():
    vocab = distribution.vocabulary()
    assert rules.password_problems("", "", vocab) == {"password": "required"}
    assert rules.password_problems("a b c d e f", "a b c", vocab) == {"repeat": "mismatch"}
    padded = " correct horse battery staple mantra"
    assert rules.password_problems(padded, padded, vocab) == {"password": "surrounding_space"}


@given(st.text(max_size=300))
def test_a_file_name_is_safe_on_every_system(value):
    stem = rules.safe_file_stem(value)
    assert stem and len(stem) <= rules.MAX_FILE_STEM + 1
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', stem)
    assert not stem.endswith((".", " "))


@given(st.lists(st.text(max_size=20), max_size=12))
def test_file_names_are_unique_ignoring_case(stems):
    names = rules.unique_file_names(stems)
    assert len({n.casefold() for n in names}) == len(stems)


# -- the copies ------------------------------------------------------------------------------
def test_encrypted_copies_open_with_their_own_password_only(world):
    session, mid, _ = world
    svc.finalise(session, mid)
    words, copies = _copies(session, mid, encrypt=True)
    assert sorted(c.recipient.name for c in copies) == sorted(ATTENDEES)
    base = _lines(svc.minutes_pdf(session, mid, LABELS))
    passwords = [c.password for c in copies]
    assert len(set(passwords)) == len(copies)
    for copy in copies:
        reader = PdfReader(io.BytesIO(copy.data))
        assert reader.is_encrypted
        encrypt = reader.trailer["/Encrypt"]
        assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256, PDF 2.0
        assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
        for other in passwords:
            if other != copy.password:
                assert not PdfReader(io.BytesIO(copy.data)).decrypt(other)
        assert not PdfReader(io.BytesIO(copy.data)).decrypt("wrong password")
        pages = _lines(_decrypted(copy.data, copy.password))
        line = _norm(words.mark.format(recipient=copy.recipient.label, date=words.today))
        assert len(pages) == len(base)
        for page, original in zip(pages, base, strict=True):
            assert page.count(line) == 1
            # Everything but the recipient's line is the document itself.
            assert [text for text in page if text != line] == original
        reader = PdfReader(io.BytesIO(copy.data))
        reader.decrypt(copy.password)
        assert reader.metadata["/LivcRecipient"] == copy.recipient.name
        assert reader.metadata["/LivcOrganisation"] == copy.recipient.organisation
        assert copy.recipient.name in reader.metadata["/Subject"]
        permissions = UserAccessPermissions(int(encrypt["/P"]) & 0xFFFFFFFF)
        assert permissions & UserAccessPermissions.PRINT
        assert permissions & UserAccessPermissions.EXTRACT_TEXT_AND_GRAPHICS
        assert not permissions & UserAccessPermissions.MODIFY
        _assert_clean(_decrypted(copy.data, copy.password), must=("Opvolging door het CLB",))


def test_plain_copies_pass_the_privacy_checks_of_the_minutes(world):
    session, mid, _ = world
    _, copies = _copies(session, mid, encrypt=False)  # a draft: redacted at print time
    for copy in copies:
        assert copy.password is None and not PdfReader(io.BytesIO(copy.data)).is_encrypted
        _assert_clean(copy.data, must=("Opvolging door het CLB", copy.recipient.name))


def test_an_extract_goes_to_the_case_team(world):
    session, mid, case_id = world
    clb = session.register.scalar("SELECT id FROM partner WHERE name = 'CLB Demostad'")
    cases.join_team(session, case_id, clb, date.today())
    svc.finalise(session, mid)
    code = session.register.scalar("SELECT code FROM case_file WHERE id = ?", (case_id,))
    _, copies = _copies(
        session, mid, encrypt=True, document=DocumentKind.EXTRACT, case_id=case_id, code=code
    )
    assert [c.recipient.name for c in copies] == ["Jürgen Voorbeeldi"]
    assert code in copies[0].file_name
    _assert_clean(_decrypted(copies[0].data, copies[0].password))


def test_each_password_is_drawn_in_its_recipients_language(world):
    session, mid, _ = world
    with session.register.transaction() as conn:
        conn.execute("UPDATE partner_contact SET language = 'fr' WHERE name = 'Jürgen Voorbeeldi'")
        conn.execute("UPDATE partner SET email = 'clb@demostad.example' WHERE name LIKE 'CLB%'")
    _, copies = _copies(session, mid, encrypt=True)
    for copy in copies:
        own = copy.recipient.name == "Jürgen Voorbeeldi"
        assert copy.recipient.email == ("clb@demostad.example" if own else "")
        words = distribution.word_list("fr" if own else LABELS.language)
        assert set(copy.password.split(rules.SEPARATOR)) <= set(words)


def test_a_typed_password_is_used_and_held_to_the_same_strength(world):
    session, mid, _ = world
    chosen = distribution.recipients(session, mid, DocumentKind.MINUTES)[:1]
    words = _words(session, mid)
    typed = "correct horse battery staple mantra"
    copies = distribution.make_copies(
        session,
        mid,
        DocumentKind.MINUTES,
        chosen,
        LABELS,
        words,
        encrypt=True,
        passwords={chosen[0].key: typed},
    )
    assert PdfReader(io.BytesIO(copies[0].data)).decrypt(typed)
    with pytest.raises(ValidationError) as err:
        distribution.make_copies(
            session,
            mid,
            DocumentKind.MINUTES,
            chosen,
            LABELS,
            words,
            encrypt=True,
            passwords={chosen[0].key: "Demostad2026!"},
        )
    assert err.value.problems == {f"password:{chosen[0].key}": "too_weak"}


def test_saving_records_each_copy_with_ids_and_codes_only(world, tmp_path):
    session, mid, _ = world
    svc.finalise(session, mid)
    _, copies = _copies(session, mid, encrypt=True)
    folder = tmp_path / "out"
    saved = distribution.save_copies(session, mid, DocumentKind.MINUTES, copies, folder)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(c.file_name for c in copies)
    assert all(n.startswith("Minutes ") and n.endswith(".pdf") for n in names)
    rows = svc.distribution(session, mid)
    assert sorted(r["recipient"] for r in rows) == sorted(ATTENDEES)
    assert all(r["protected"] == 1 and len(r["copy_hash"]) == 64 for r in rows)
    assert {r["content_hash"] for r in rows} == {svc.get_meeting(session, mid).content_hash}
    entries = [
        e for e in audit.entries(session) if e.kind == ChangeKind.DISTRIBUTION_RECORDED.value
    ]
    assert sorted(e.fields["distribution_id"] for e in entries) == sorted(
        s.distribution_id for s in saved
    )
    trail = repr([e.fields for e in audit.entries(session)])
    for copy in copies:
        assert copy.recipient.name not in trail and copy.password not in trail
        assert copy.file_name not in trail


def test_the_overview_names_unsent_minutes_and_members_without_the_approved_ones(world):
    session, mid, _ = world
    repo = DistributionRepository(session.register)
    assert distribution.overview(session).unsent == []
    svc.finalise(session, mid)
    assert [d.meeting_id for d in distribution.overview(session).unsent] == [mid]
    _, copies = _copies(session, mid, encrypt=False)
    distribution.save_copies(
        session, mid, DocumentKind.MINUTES, copies[:2], Path(session.path).parent / "c"
    )
    assert distribution.overview(session).unsent == []
    table = svc.get_meeting(session, mid).table_kind
    later = svc.create_meeting(session, svc.MeetingDraft(table, date.today()))
    svc.approve(session, mid, later)
    # Copies made before the approval do not count as the approved minutes.
    missing = distribution.overview(session).missing
    assert sorted(m.name for m in missing) == sorted(ATTENDEES)
    _, copies = _copies(session, mid, encrypt=False)
    distribution.save_copies(
        session, mid, DocumentKind.MINUTES, copies[1:], Path(session.path).parent / "d"
    )
    assert [m.name for m in repo.missing_approved_minutes()] == [copies[0].recipient.name]


# -- the command line ------------------------------------------------------------------------
def _run(monkeypatch, capsys, *argv):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main([*argv, "--passphrase-stdin"])
    return code, capsys.readouterr()


def test_cli_writes_one_copy_per_member_and_prints_the_passwords(
    world, register_path, tmp_path, monkeypatch, capsys
):
    session, mid, _ = world
    svc.finalise(session, mid)
    session.close()
    folder = tmp_path / "copies"
    args = ("minutes", "--register", str(register_path), "--meeting", str(mid), "--out")
    code, out = _run(monkeypatch, capsys, *args, str(folder), "--per-recipient", "--encrypt")
    assert code == 0, out.err
    lines = [line.split("\t") for line in out.out.splitlines()]
    assert len(lines) == len(ATTENDEES) and all(len(fields) == 3 for fields in lines)
    for file, recipient, password in lines:
        assert Path(file).parent == folder and recipient.split(" (")[0] in ATTENDEES
        assert _pages(Path(file).read_bytes(), password)
    assert out.err == ""
    code, out = _run(monkeypatch, capsys, *args, str(tmp_path / "plain"), "--per-recipient")
    assert code == 0
    lines = [line.split("\t") for line in out.out.splitlines()]
    assert all(len(fields) == 2 for fields in lines)
    assert not PdfReader(lines[0][0]).is_encrypted


def test_cli_refuses_encrypt_without_per_recipient(
    world, register_path, tmp_path, monkeypatch, capsys
):
    session, mid, _ = world
    session.close()
    args = ("minutes", "--register", str(register_path), "--meeting", str(mid))
    code, out = _run(monkeypatch, capsys, *args, "--out", str(tmp_path / "m.pdf"), "--encrypt")
    assert code == 2 and "--per-recipient" in out.err
    code, out = _run(
        monkeypatch, capsys, *args, "--out", str(tmp_path / "m.pdf"), "--per-recipient"
    )
    assert code == 2 and not (tmp_path / "m.pdf").exists()
