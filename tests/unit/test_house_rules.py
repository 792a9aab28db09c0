"""House rules: versions, adoption (frozen afterwards), the diff, signatures, the starting
text from the profile, the PDFs and the migration of the partners' bare signing date."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from livc_desktop.domain.cell import CellProfile, CellStructure
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.house_rules import (
    CHAPTERS,
    Chapter,
    DiffOp,
    Granularity,
    HouseRulesVersion,
    VersionState,
    current_version,
    diff_text,
    new_side,
    old_side,
)
from livc_desktop.domain.partners import Partner
from livc_desktop.services import audit
from livc_desktop.services import house_rules as hr
from livc_desktop.services import partners as ps
from livc_desktop.ui.house_rules_labels import labels_for

TODAY = date(2026, 11, 30)

texts = st.text(alphabet=st.sampled_from("ab c\nde\u00e9 ,."), max_size=60)


@given(texts, texts, st.sampled_from(list(Granularity)))
def test_diff_joins_back_to_both_texts(old, new, granularity):
    pieces = diff_text(old, new, granularity)
    assert old_side(pieces) == old
    assert new_side(pieces) == new
    # Neighbouring pieces never share a kind, and none is empty.
    assert all(p.text for p in pieces)
    assert all(a.op is not b.op for a, b in itertools.pairwise(pieces))


@given(texts)
def test_diff_of_equal_texts_has_no_change(text):
    assert all(p.op is DiffOp.EQUAL for p in diff_text(text, text))


def test_word_diff_marks_the_changed_word():
    pieces = diff_text("Vergadert maandelijks in Demostad.", "Vergadert wekelijks in Demostad.")
    assert [(p.op, p.text) for p in pieces if p.op is not DiffOp.EQUAL] == [
        (DiffOp.DELETED, "maandelijks"),
        (DiffOp.INSERTED, "wekelijks"),
    ]


def test_current_version_is_the_last_adopted():
    def v(n, on):
        return HouseRulesVersion(
            n, {}, "nl", VersionState.ADOPTED if on else VersionState.DRAFT, on, id=n
        )

    assert current_version([v(1, None)]) is None
    assert current_version([v(1, date(2026, 1, 1)), v(2, date(2026, 3, 1)), v(3, None)]).number == 2


def test_starting_text_names_the_cell_in_four_languages():
    profile = CellProfile(
        ["Demostad", "Voorbeeldegem"],
        CellStructure.ZONAL,
        officer_name="Zoë Voorbeeld",
        default_place="het Fictiefhuis",
    )
    for lang, law, structure in (
        ("nl", "wet van 30 juli 2018", "zonale cel"),
        ("fr", "loi du 30 juillet 2018", "cellule zonale"),
        ("de", "Gesetz vom 30. Juli 2018", "zonale Zelle"),
        ("en", "Law of 30 July 2018", "zonal cell"),
    ):
        t = hr.starting_texts(profile, lang)
        assert set(t) == set(CHAPTERS)
        joined = "\n".join(t.values())
        assert law in t[Chapter.GENERAL]
        assert "458ter" in t[Chapter.INFORMATION]
        assert "Demostad" in t[Chapter.GENERAL] and "Voorbeeldegem" in t[Chapter.GENERAL]
        assert structure in t[Chapter.COMPOSITION]
        assert "Zoë Voorbeeld" in t[Chapter.COMPOSITION]
        assert "het Fictiefhuis" in t[Chapter.MEETINGS]
        assert "{" not in joined, lang


def _partner(session, name, tables=frozenset({"integrated"})):
    p = Partner(name=name, tables=set(tables))
    ps.save_partner(session, p)
    return p.id


def test_draft_adopt_frozen_and_signatures(session):
    a = _partner(session, "OCMW Testdorp")
    b = _partner(session, "Jeugddienst Testdorp")
    _partner(session, "Alleen geïnformeerd", tables=frozenset())
    v1 = hr.new_draft(session, "nl")
    assert hr.current(session) is None
    assert hr.unsigned_partner_ids(session) == []  # nothing adopted: nothing to sign
    with pytest.raises(ValidationError) as err:
        hr.adopt(session, v1, date(2027, 1, 1), today=TODAY)
    assert err.value.problems == {"adopted_on": "in_future"}
    hr.adopt(session, v1, date(2026, 3, 1), today=TODAY)
    with pytest.raises(ValidationError) as err:
        hr.save_draft(session, v1, hr.get_version(session, v1).chapters)
    assert err.value.problems == {"version": "frozen"}
    # The register itself refuses to change an adopted version.
    with pytest.raises(Exception, match="adopted"):
        session.register.execute("UPDATE house_rules_chapter SET text = 'x'")
    assert sorted(hr.unsigned_partner_ids(session)) == sorted([a, b])

    hr.record_signature(session, a, v1, date(2026, 3, 5), "Zoë Testpersoon", today=TODAY)
    with pytest.raises(ValidationError) as err:
        hr.record_signature(session, b, v1, date(2026, 2, 1), today=TODAY)
    assert err.value.problems == {"signed_on": "before_adoption"}
    assert hr.unsigned_partner_ids(session) == [b]

    v2 = hr.new_draft(session, "nl", from_version=v1)
    texts = dict(hr.get_version(session, v2).chapters)
    texts[Chapter.MEETINGS] = texts[Chapter.MEETINGS].replace("maandelijks", "wekelijks")
    hr.save_draft(session, v2, texts)
    with pytest.raises(ValidationError) as err:
        hr.record_signature(session, a, v2, date(2026, 4, 1), today=TODAY)
    assert err.value.problems == {"version": "not_adopted"}
    diffs = {d.chapter: d for d in hr.compare(session, v1, v2)}
    assert diffs[Chapter.MEETINGS].changed and not diffs[Chapter.GENERAL].changed
    with pytest.raises(ValidationError):
        hr.adopt(session, v2, date(2026, 2, 1), today=TODAY)  # before version 1
    hr.adopt(session, v2, date(2026, 6, 1), today=TODAY)
    # Version 2 is current now: the signature of version 1 no longer counts.
    assert sorted(hr.unsigned_partner_ids(session)) == sorted([a, b])
    status = {s.partner_id: s for s in hr.signature_status(session)}
    assert status[a].version_number == 1 and not status[a].signed_current
    kinds = [e.kind for e in audit.entries(session)]
    assert kinds.count("house_rules_adopted") == 2 and "house_rules_signed" in kinds


def test_house_rules_pdf_and_undertaking(session, tmp_path):
    a = _partner(session, "OCMW Testdorp")
    vid = hr.new_draft(session, "nl")
    hr.adopt(session, vid, date(2026, 3, 1), today=TODAY)
    hr.record_signature(session, a, vid, date(2026, 3, 5), "Zoë Testpersoon", today=TODAY)
    labels = labels_for(session, "en")
    out = hr.export_house_rules(session, tmp_path / "hr.pdf", labels)
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "wet van 30 juli 2018" in text  # the text as adopted (Dutch)
    assert "Chapter 5: Information handling" in text
    assert "OCMW Testdorp" in text and "Version 1" in text
    # Printed in the version's own language, headings included.
    dutch = labels_for(session, "en", language=hr.printable_version(session).language)
    out = hr.export_house_rules(session, tmp_path / "hr-nl.pdf", dutch)
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Hoofdstuk 5: Informatiehuishouding" in text
    und = hr.export_undertaking(session, tmp_path / "guest.pdf", labels)
    reader = PdfReader(und)
    assert len(reader.pages) == 1
    assert "458ter" in reader.pages[0].extract_text()
    kinds = [(e.kind, e.fields.get("kind")) for e in audit.entries(session)]
    assert ("export_pdf", "house_rules") in kinds
    assert ("export_pdf", "confidentiality_undertaking") in kinds


def test_no_pdf_before_adoption(session, tmp_path):
    hr.new_draft(session, "fr")
    with pytest.raises(hr.HouseRulesMissing):
        hr.export_house_rules(session, tmp_path / "x.pdf", labels_for(session, "fr"))
    assert not (tmp_path / "x.pdf").exists()


def test_migration_moves_the_bare_signing_date(tmp_path):
    from livc_desktop.storage.connection import create_register, open_register
    from livc_desktop.storage.house_rules_repo import HouseRulesRepository

    key = b"fictional test key"
    path = tmp_path / "old.livc"
    reg = create_register(path, key, target_version=7)
    reg.execute(
        "INSERT INTO partner(name, house_rules_signed_on, created_at, updated_at) "
        "VALUES ('OCMW Testdorp', '2025-09-14', '2025-01-01', '2025-01-01'), "
        "('CAW Testdorp', NULL, '2025-01-01', '2025-01-01')"
    )
    reg.close()
    migrated = open_register(path, key)
    try:
        cols = [r[1] for r in migrated.query("PRAGMA table_info(partner)")]
        assert "house_rules_signed_on" not in cols
        (sig,) = HouseRulesRepository(migrated).signatures()
        assert sig.signed_on == date(2025, 9, 14) and sig.version_id is None
        assert migrated.integrity_problems() == []
    finally:
        migrated.close()
