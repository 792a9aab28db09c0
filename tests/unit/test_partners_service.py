"""Partner services on a real (encrypted) register: CRUD with access-trail events,
references found generically, sectors, the support directory, demo data, list loading."""

from __future__ import annotations

import random

import pytest

from livc_desktop.domain.cell import CellProfile, CellStructure, TableKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.partners import (
    Contact,
    Participation,
    Partner,
    PartnerStatus,
    Role,
    Sector,
    Training,
)
from livc_desktop.services import partners as ps
from livc_desktop.services.partner_demo import demo_partners, fill_partners
from livc_desktop.storage.migrations.v0002_partners import BOOKLET_DATE


@pytest.fixture
def events(session):
    seen: list[tuple[str, dict]] = []
    session.on_event(lambda kind, fields: seen.append((kind, dict(fields))))
    return seen


def _partner(name="Partner Fictief vzw", **kw) -> Partner:
    return Partner(name=name, **kw)


def test_create_read_update_with_events(session, events):
    p = _partner(
        sector=Sector.POLICE.value,
        roles={Role.INFORMATION_OFFICER},
        tables={TableKind.INTEGRATED.value},
        contacts=[Contact(name="Zoë Testpersoon", clearance=True, language="nl")],
        trainings=[Training(title="Bounce Along", provider="Arktos vzw", on_date="2026-01-10")],
    )
    ps.save_partner(session, p)
    assert events == [("partner_created", {"partner_id": p.id})]
    loaded = ps.get_partner(session, p.id)
    assert loaded.roles == {Role.INFORMATION_OFFICER}
    assert [c.name for c in loaded.contacts] == ["Zoë Testpersoon"]
    assert loaded.contacts[0].clearance is True
    assert loaded.trainings[0].provider == "Arktos vzw"

    loaded.participation = Participation.WORKS_ON
    loaded.contacts.append(Contact(name="رانيا المثال"))
    loaded.trainings = []
    ps.save_partner(session, loaded)
    again = ps.get_partner(session, p.id)
    assert again.participation is Participation.WORKS_ON
    assert [c.name for c in again.contacts] == ["Zoë Testpersoon", "رانيا المثال"]
    assert again.trainings == []
    assert events[-1] == ("partner_updated", {"partner_id": p.id})


def test_invalid_partner_is_not_written(session, events):
    with pytest.raises(ValidationError) as err:
        ps.save_partner(session, _partner(name=" ", email="geen-mail"))
    assert err.value.problems == {"name": "required", "email": "invalid_email"}
    assert ps.load_rows(session) == []
    assert events == []


def test_event_fields_carry_no_content(session, events):
    ps.save_partner(session, _partner(notes="vertrouwelijke notitie"))
    assert [kind for kind, _fields in events] == ["partner_created"]
    for _kind, fields in events:
        assert all(isinstance(v, int | str) for v in fields.values())
        assert "vertrouwelijke" not in repr(fields)
        assert "Partner Fictief" not in repr(fields)


def test_delete_when_nothing_refers(session, events):
    p = ps.save_partner(session, _partner(contacts=[Contact(name="Zoë Testpersoon")]))
    assert ps.references(session, p.id) == {}
    ps.delete_partner(session, p.id)
    assert ps.load_rows(session) == []
    assert session.register.scalar("SELECT count(*) FROM partner_contact") == 0
    assert events[-1] == ("partner_deleted", {"partner_id": p.id})


def test_references_from_any_later_table_block_delete(session):
    """Tables added by later features count without this code knowing them."""
    p = ps.save_partner(session, _partner(contacts=[Contact(name="Zoë Testpersoon")]))
    other = ps.save_partner(session, _partner(name="Ander Fictief"))
    contact_id = p.contacts[0].id
    with session.register.transaction() as conn:
        conn.execute(
            "CREATE TABLE future_attendance (id INTEGER PRIMARY KEY, "
            "contact_id INTEGER REFERENCES partner_contact(id)) STRICT"
        )
        conn.execute(
            "CREATE TABLE future_measure (id INTEGER PRIMARY KEY, "
            "owner INTEGER REFERENCES partner(id)) STRICT"
        )
        conn.execute("INSERT INTO future_attendance(contact_id) VALUES (?)", (contact_id,))
        conn.execute("INSERT INTO future_measure(owner) VALUES (?)", (other.id,))
    assert ps.references(session, p.id) == {"future_attendance": 1}
    assert ps.references(session, other.id) == {"future_measure": 1}
    with pytest.raises(ps.PartnerInUse):
        ps.delete_partner(session, p.id)
    with pytest.raises(ps.PartnerInUse):
        ps.delete_partner(session, other.id)
    assert len(ps.load_rows(session)) == 2

    # Removing a referenced contact from the partner archives it instead of deleting it.
    loaded = ps.get_partner(session, p.id)
    loaded.contacts = []
    ps.save_partner(session, loaded)
    kept = ps.get_partner(session, p.id).contacts
    assert [(c.id, c.status) for c in kept] == [(contact_id, PartnerStatus.ARCHIVED)]


def test_archive_and_restore(session, events):
    p = ps.save_partner(session, _partner())
    ps.archive_partner(session, p.id)
    row = ps.load_rows(session)[0]
    assert row.status is PartnerStatus.ARCHIVED and row.archived_on
    ps.restore_partner(session, p.id)
    row = ps.load_rows(session)[0]
    assert row.status is PartnerStatus.ACTIVE and row.archived_on is None
    assert [k for k, _ in events] == ["partner_created", "partner_archived", "partner_restored"]


def test_list_loads_with_a_fixed_number_of_queries(session):
    def count_queries() -> int:
        statements: list[str] = []
        session.register.conn.set_trace_callback(statements.append)
        try:
            ps.load_rows(session)
        finally:
            session.register.conn.set_trace_callback(None)
        return len(statements)

    ps.bulk_create(
        session,
        [_partner(name=f"Partner {i}", contacts=[Contact(name=f"C {i}")]) for i in range(3)],
    )
    few = count_queries()
    ps.bulk_create(
        session,
        [
            _partner(name=f"Partner B{i}", contacts=[Contact(name=f"C {i}"), Contact(name="D")])
            for i in range(60)
        ],
    )
    assert count_queries() == few <= 5


def test_bulk_create_is_all_or_nothing(session):
    with pytest.raises(ValidationError):
        ps.bulk_create(session, [_partner(name="Goed"), _partner(name="")])
    assert ps.load_rows(session) == []


def test_composition_warnings_on_the_register(session):
    assert ps.composition_warnings(session) == [
        "mayor_missing",
        "police_missing",
        "prevention_missing",
    ]
    ps.save_partner(session, _partner(name="Burgemeester Fictief", roles={Role.MAYOR}))
    police = ps.save_partner(
        session,
        _partner(name="Politiezone Fictief", sector="police", contacts=[Contact(name="Agent")]),
    )
    ps.save_partner(session, _partner(name="Preventie", roles={Role.PREVENTION_OFFICER}))
    assert ps.composition_warnings(session) == ["police_clearance_missing"]
    police.contacts[0].clearance = True
    ps.save_partner(session, police)
    assert ps.composition_warnings(session) == []


def test_sectors_built_in_and_custom(session, events):
    codes = [s.code for s in ps.sectors(session)]
    assert codes[0] == "police" and "other" in codes and len(codes) == len(Sector)
    code = ps.add_sector(session, "Buurtwerk")
    with pytest.raises(ValidationError):
        ps.add_sector(session, " buurtwerk ")
    ps.update_sector(session, code, label="Buurtwerk en opbouwwerk", active=True)
    entry = next(s for s in ps.sectors(session) if s.code == code)
    assert entry.label == "Buurtwerk en opbouwwerk" and not entry.builtin
    p = ps.save_partner(session, _partner(sector=code))
    with pytest.raises(ps.SectorInUse):
        ps.delete_sector(session, code)
    ps.delete_partner(session, p.id)
    ps.delete_sector(session, code)
    assert code not in [s.code for s in ps.sectors(session)]
    ps.update_sector(session, "sport", active=False)
    assert not next(s for s in ps.sectors(session) if s.code == "sport").active
    assert ("sector_created", {"sector": code}) in events


def test_support_directory_is_seeded_from_the_booklet_and_editable(session):
    entries = ps.support_entries(session)
    names = " ".join(e.name for e in entries)
    for expected in (
        "Arktos",
        "Motief",
        "CEAPIRE",
        "Uit de Marge",
        "Mobiel Team",
        "VVSG",
        "Opvoedingslijn",
        "Infolijn",
    ):
        assert expected in names
    assert all(e.source == "booklet" and e.source_date == BOOKLET_DATE for e in entries)
    vvsg = next(e for e in entries if "VVSG" in e.name)
    assert vvsg.email == "radicalisering@vvsg.be"
    vvsg.verified_on = "2026-11-01"
    ps.save_support(session, vvsg)
    assert next(e for e in ps.support_entries(session) if e.id == vvsg.id).verified_on
    ps.delete_support(session, vvsg.id)
    assert len(ps.support_entries(session)) == len(entries) - 1


def test_csv_bytes_are_excel_friendly_and_neutralise_formulas():
    data = ps.csv_bytes(["Naam", "Telefoon"], [["=HYPERLINK(1)", "+32 2 123 45 67"], ["Zoë", ""]])
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    assert "'=HYPERLINK(1);+32 2 123 45 67" in text
    assert "Zoë;" in text


def test_list_csv_adds_phone_email_and_contacts_after_the_shown_cells(session, events, tmp_path):
    saved = ps.save_partner(
        session,
        _partner(
            phone="050 12 34 56",
            email="info@fictief.example",
            contacts=[Contact(name="Zoë Testpersoon")],
        ),
    )
    row = next(r for r in ps.load_rows(session) if r.id == saved.id)
    target = tmp_path / "uit" / "lijst.csv"
    target.parent.mkdir()
    count = ps.export_list_csv(
        session,
        target,
        ["Naam", "Sector", "Telefoon", "E-mail", "Contactpersonen"],
        [(row, ["Partner Fictief vzw", "Politie"])],
    )
    assert count == 1
    lines = target.read_bytes().decode("utf-8-sig").splitlines()
    assert lines == [
        "Naam;Sector;Telefoon;E-mail;Contactpersonen",
        "Partner Fictief vzw;Politie;050 12 34 56;info@fictief.example;Zoë Testpersoon",
    ]
    assert events[-1] == ("export_csv", {"kind": "partners", "destination": "uit"})


@pytest.mark.parametrize("structure", list(CellStructure))
def test_demo_partners_fit_every_structure(structure):
    towns = ["Demostad", "Voorbeeldegem"]
    partners = demo_partners(structure, towns, random.Random(1))
    allowed = {t.value for t in CellProfile(towns, structure).tables}
    assert all(p.tables <= allowed for p in partners)
    assert all(p.all_problems() == {} for p in partners)
    used = set().union(*(p.tables for p in partners))
    assert used == allowed  # every table of the structure has partners
    assert any(Role.MAYOR in p.roles for p in partners)
    assert any(p.sector == "police" and p.contacts[0].clearance for p in partners)


def test_demo_filler_leaves_a_complete_cell(session):
    fill_partners(session, random.Random(7))
    rows = ps.load_rows(session)
    assert len(rows) > 10
    assert sum(r.status is PartnerStatus.ARCHIVED for r in rows) == 1
    assert ps.composition_warnings(session) == []
