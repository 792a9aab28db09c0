"""CSV import: Excel's encodings and delimiters, column mapping, per-row problems,
duplicates, and never a half import, whatever the file holds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from livc_desktop.domain.partner_import import (
    ImportFileError,
    guess_mapping,
    plan_import,
    read_sheet,
)
from livc_desktop.domain.partners import Contact, Partner, PartnerStatus
from livc_desktop.services import partner_import as pi
from livc_desktop.services import partners as ps

SHEET = (
    "Naam;Sector;Participatie;Contactpersoon;E-mail;Telefoon;Opmerkingen\r\n"
    "OCMW Demostad;OCMW;meewerken;Zoë Testpersoon;info@ocmw.example;050 11 22 33;\r\n"
    'Partner Fictief vzw;Buurtwerk;meedenken;رانيا المثال;;+32 2 123 45 67;"lijn 1\nlijn 2"\r\n'
    "Foute rij;politie;misschien;;geen-mail;abc;\r\n"
    "partner  fictief VZW;;;Jan Proef;;;\r\n"
    ";;;;;;\r\n"
)


def _counts(session) -> tuple[int, int]:
    r = session.register
    return (
        int(r.scalar("SELECT count(*) FROM partner")),
        int(r.scalar("SELECT count(*) FROM partner_contact")),
    )


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (("\ufeff" + SHEET).encode("utf-8"), "utf-8-sig"),
        (SHEET.encode("utf-8"), "utf-8"),
        (SHEET.encode("utf-16"), "utf-16"),
    ],
)
def test_excel_encodings_are_read(data, encoding):
    sheet = read_sheet(data)
    assert sheet.encoding == encoding
    assert sheet.delimiter == ";"
    assert sheet.header[0] == "Naam"
    assert sheet.rows[0][3] == "Zoë Testpersoon"
    assert sheet.rows[1][3] == "رانيا المثال"
    assert sheet.rows[1][6] == "lijn 1\nlijn 2"
    assert len(sheet.rows) == 4  # the empty row is dropped
    assert sheet.lines[:2] == [2, 3]


def test_windows_1252_with_commas():
    text = "Name,Sector,Contact\r\nCafé Fictief,Sport,François Demo\r\n"
    sheet = read_sheet(text.encode("cp1252"))
    assert (sheet.encoding, sheet.delimiter) == ("cp1252", ",")
    assert sheet.rows == [["Café Fictief", "Sport", "François Demo"]]


def test_mapping_is_guessed_in_four_languages():
    assert guess_mapping(["Naam", "Sector", "E-mail", "Contactpersoon"]) == {
        **dict.fromkeys(guess_mapping([])),
        "name": 0,
        "sector": 1,
        "email": 2,
        "contact_name": 3,
    }
    fr = guess_mapping(["Nom", "Secteur", "Téléphone", "Personne de contact", "Courriel"])
    assert (fr["name"], fr["sector"], fr["phone"], fr["contact_name"], fr["email"]) == (
        0,
        1,
        2,
        3,
        4,
    )
    de = guess_mapping(["Name", "Sektor", "Telefon", "Kontaktperson", "Bemerkungen"])
    assert (de["name"], de["phone"], de["contact_name"], de["notes"]) == (0, 2, 3, 4)


def test_plan_reports_rows_and_detects_duplicates(session):
    ps.save_partner(session, Partner(name="ocmw  demostad", phone="", contacts=[]))
    sheet, mapping = pi.read(SHEET.encode("utf-8"))
    plan = pi.plan(session, sheet, mapping)
    assert _counts(session) == (1, 0)  # planning writes nothing
    by_line = {r.line: r for r in plan.rows}
    assert by_line[2].duplicate_of is not None
    assert by_line[3].ok and by_line[3].sector_unknown == "Buurtwerk"
    assert "Buurtwerk" in by_line[3].partner.notes
    assert by_line[5].problems == {
        "participation": "unknown_value",
        "email": "invalid_email",
        "phone": "invalid_phone",
    }
    assert by_line[5].draft.name == "Foute rij"
    assert by_line[6].same_as_line == 3  # same name, other case and spacing
    assert (len(plan.new), len(plan.duplicates), len(plan.folded), len(plan.errors)) == (
        1,
        1,
        1,
        1,
    )


def test_apply_merge_and_fold(session, request):
    events = []
    session.on_event(lambda k, f: events.append(k))
    existing = ps.save_partner(session, Partner(name="OCMW Demostad"))
    sheet, mapping = pi.read(SHEET.encode("utf-8"))
    result = pi.apply(session, pi.plan(session, sheet, mapping), merge_duplicates=True)
    assert (len(result.created), result.merged, result.failed) == (1, [existing.id], 1)
    merged = ps.get_partner(session, existing.id)
    assert merged.phone == "050 11 22 33"
    assert [c.name for c in merged.contacts] == ["Zoë Testpersoon"]
    new = ps.get_partner(session, result.created[0])
    assert new.name == "Partner Fictief vzw"
    assert [c.name for c in new.contacts] == ["رانيا المثال", "Jan Proef"]
    assert new.municipality == "Testdorp"  # the register's only municipality
    assert "partner_created" in events and "partners_imported" in events


def test_apply_skip_leaves_existing_untouched(session):
    existing = ps.save_partner(session, Partner(name="OCMW Demostad"))
    sheet, mapping = pi.read(SHEET.encode("utf-8"))
    result = pi.apply(session, pi.plan(session, sheet, mapping), merge_duplicates=False)
    assert result.skipped == 1 and result.merged == []
    assert ps.get_partner(session, existing.id).phone == ""


def test_a_failure_halfway_imports_nothing(session, monkeypatch):
    ps.save_partner(session, Partner(name="Bestaand", contacts=[Contact(name="A")]))
    before = _counts(session)
    text = "Naam;Contactpersoon\n" + "".join(f"Partner {i};Persoon {i}\n" for i in range(20))
    sheet, mapping = pi.read(text.encode())
    plan = pi.plan(session, sheet, mapping)
    from livc_desktop.storage.partner_repo import PartnerRepository

    real_save = PartnerRepository.save
    calls = {"n": 0}

    def failing_save(self, partner):
        calls["n"] += 1
        if calls["n"] == 10:
            raise RuntimeError("disk pulled out")
        return real_save(self, partner)

    monkeypatch.setattr(PartnerRepository, "save", failing_save)
    with pytest.raises(RuntimeError):
        pi.apply(session, plan, merge_duplicates=True)
    assert _counts(session) == before


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty_file"),
        (b"\n\n  \n", "empty_file"),
        (b"\x00\x01\x02binary\x00", "not_text"),
        (b"\xef\xbb\xbf\xff\xfe", "not_text"),
        (b'Naam\n"' + b"x" * 200_000 + b'"\n', "malformed"),
    ],
)
def test_unreadable_files_are_explained(data, code):
    with pytest.raises(ImportFileError) as err:
        read_sheet(data)
    assert err.value.code == code


_cells = st.text(
    alphabet=st.sampled_from([*list("ab é;,\t\"'\n\r=@+-0123456789"), "ë", "ر", "\x00", "\ufeff"]),
    max_size=60,
)


@settings(max_examples=80)
@given(st.one_of(st.binary(max_size=400), _cells.map(lambda t: t.encode("utf-8", "replace"))))
def test_any_file_is_reported_never_crashes(data):
    try:
        sheet = read_sheet(data)
    except ImportFileError as exc:
        assert exc.code in {
            "empty_file",
            "too_large",
            "not_text",
            "malformed",
            "too_many_rows",
            "no_header",
        }
        return
    mapping = guess_mapping(sheet.header)
    mapping["name"] = 0
    plan = plan_import(sheet, mapping, {})
    assert len(plan.rows) == len(sheet.rows) + len(sheet.broken)
    for row in plan.rows:
        assert row.ok == (row.partner is not None)
        if row.partner is not None:
            assert row.partner.all_problems() == {}


@settings(max_examples=25)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet="abcdé ر", max_size=12),
            st.sampled_from(["", "x@y.be", "fout", "a@b"]),
            st.sampled_from(["", "050 12 34 56", "abc"]),
        ),
        max_size=12,
    )
)
def test_import_is_all_valid_rows_or_nothing(tmp_path_factory, rows):
    from livc_desktop.domain.cell import CellProfile
    from livc_desktop.services import register as register_service
    from tests.conftest import PASSPHRASE

    path = tmp_path_factory.mktemp("imp") / "r.livc"
    session = register_service.create(path, PASSPHRASE, PASSPHRASE, CellProfile(["Testdorp"]))
    try:
        text = "Naam;E-mail;Telefoon\n" + "".join(f"{n};{e};{p}\n" for n, e, p in rows)
        try:
            sheet, mapping = pi.read(text.encode())
        except ImportFileError:
            return
        plan = pi.plan(session, sheet, mapping)
        result = pi.apply(session, plan, merge_duplicates=True)
        stored = ps.load_rows(session)
        assert len(stored) == len(result.created) == len(plan.new)
        assert all(r.status is PartnerStatus.ACTIVE for r in stored)
        for row in stored:
            assert ps.get_partner(session, row.id).all_problems() == {}
    finally:
        session.close()


# -- a quote left open must not swallow the rows after it -------------------------------------
OPEN_QUOTE_SHEET = (
    "Naam;Sector\r\n"
    "OCMW Demostad;OCMW\r\n"
    '"Partner Fictief vzw;Buurtwerk\r\n'  # line 3: the closing quote is missing
    "Jeugdhuis Voorbeeldegem;Jeugd\r\n"
    "Sportdienst Demostad;Sport\r\n"
    "Bibliotheek Testdorp;Cultuur\r\n"
)


def test_an_open_quote_is_reported_on_its_line_and_the_rows_after_it_are_kept(session):
    sheet, mapping = pi.read(OPEN_QUOTE_SHEET.encode("utf-8"))
    assert sheet.broken == [3]
    assert [r[0] for r in sheet.rows] == [
        "OCMW Demostad",
        "Jeugdhuis Voorbeeldegem",
        "Sportdienst Demostad",
        "Bibliotheek Testdorp",
    ]
    plan = pi.plan(session, sheet, mapping)
    assert [r.line for r in plan.errors] == [3]
    assert plan.errors[0].problems == {"row": "unclosed_quote"}
    result = pi.apply(session, plan, merge_duplicates=True)
    assert len(result.created) == 4 and result.failed == 1 and result.skipped == 0
    names = sorted(p.name for p in ps.load_rows(session))
    assert "Partner Fictief vzw" not in " ".join(names) and len(names) == 4


def test_a_cell_that_swallowed_separators_over_lines_is_refused():
    data = 'Naam;Sector\n"OCMW Demostad;OCMW\nJeugdhuis;Jeugd";Sport\nBib Testdorp;Cultuur\n'
    sheet = read_sheet(data.encode())
    assert sheet.broken == [2]
    # Read again from the next line: the rows the cell had swallowed come back as rows.
    assert [r[0] for r in sheet.rows] == ["Jeugdhuis", "Bib Testdorp"]
    assert sheet.lines == [3, 4]


def test_a_quoted_cell_over_several_lines_is_still_one_cell():
    sheet = read_sheet(SHEET.encode("utf-8"))
    assert sheet.broken == []
    assert sheet.rows[1][6] == "lijn 1\nlijn 2"


def test_an_open_quote_in_the_header_refuses_the_file():
    with pytest.raises(ImportFileError) as err:
        read_sheet(b'"Naam;Sector\nOCMW Demostad;OCMW\n')
    assert err.value.code == "malformed"


_names = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz éëç-", min_size=1, max_size=12).map(
        lambda s: "Demo " + s.strip()
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60)
@given(names=_names, data=st.data())
def test_one_open_quote_costs_exactly_its_own_row(names, data):
    bad = data.draw(st.integers(0, len(names) - 1))
    delimiter = data.draw(st.sampled_from([";", ",", "\t"]))
    lines = ["Naam" + delimiter + "Sector"]
    for i, name in enumerate(names):
        cell = '"' + name if i == bad else name
        lines.append(cell + delimiter + "Overige")
    sheet = read_sheet(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    assert sheet.broken == [bad + 2]
    assert [r[0] for r in sheet.rows] == [n for i, n in enumerate(names) if i != bad]
    plan = plan_import(sheet, guess_mapping(sheet.header), {})
    # Every row of the file is accounted for: imported or reported, none silently lost.
    assert len(plan.rows) == len(names)
    assert [r.line for r in plan.errors if r.problems.get("row")] == [bad + 2]
