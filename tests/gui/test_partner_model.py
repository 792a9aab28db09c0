"""The partner list model and its filter proxy, without any widget."""

from __future__ import annotations

from PySide6.QtCore import Qt

from livc_desktop.domain.partners import Participation, PartnerRow, PartnerStatus, Role
from livc_desktop.ui.models.partner_model import (
    ROW_ROLE,
    PartnerFilterProxy,
    PartnerTableModel,
)


def _row(
    pid,
    name,
    sector="police",
    part=Participation.INFORMED,
    status=PartnerStatus.ACTIVE,
    tables=(),
    contacts=(),
    notes="",
    roles=(),
):
    return PartnerRow(
        id=pid,
        name=name,
        sector=sector,
        participation=part,
        status=status,
        municipality="",
        phone="",
        email="",
        notes=notes,
        roles=frozenset(roles),
        tables=frozenset(tables),
        contact_names=tuple(contacts),
        has_cleared_contact=False,
    )


ROWS = [
    _row(
        1,
        "Politiezone Fictief",
        contacts=["Zoë Testpersoon"],
        tables=["strategic"],
        part=Participation.WORKS_ON,
        roles=[Role.INFORMATION_OFFICER],
    ),
    _row(
        2,
        "OCMW Demostad",
        sector="social_services",
        contacts=["رانيا المثال"],
        notes="Vertrouwenspersoon jongeren",
        tables=["operational"],
    ),
    _row(3, "Oude vzw", sector="other", status=PartnerStatus.ARCHIVED),
    _row(4, "Buurtwerk Zuid", sector="custom_buurtwerk", part=Participation.CONTRIBUTES),
]
LABELS = {
    "police": "Politie",
    "social_services": "OCMW",
    "other": "Andere",
    "custom_buurtwerk": "Buurtwerk",
}


def _proxy(qapp):
    model = PartnerTableModel()
    model.set_rows(ROWS, LABELS)
    proxy = PartnerFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(PartnerTableModel.COL_NAME)
    return model, proxy


def _names(proxy):
    return [proxy.row_at(i).name for i in range(proxy.rowCount())]


def test_columns_roles_and_counts(qapp):
    model, proxy = _proxy(qapp)
    assert model.rowCount() == 4 and model.columnCount() == PartnerTableModel.COLUMN_COUNT
    index = model.index(0, PartnerTableModel.COL_SECTOR)
    assert index.data() == "Politie"
    assert model.index(3, PartnerTableModel.COL_SECTOR).data() == "Buurtwerk"
    assert model.index(0, PartnerTableModel.COL_CONTACTS).data() == "1"
    assert model.index(1, 0).data(ROW_ROLE) is ROWS[1]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.counts() == (3, 1)
    # Archived partners are hidden by default.
    assert _names(proxy) == ["Buurtwerk Zuid", "OCMW Demostad", "Politiezone Fictief"]


def test_search_matches_name_sector_contacts_and_notes(qapp):
    _, proxy = _proxy(qapp)
    for text, expected in [
        ("politie", ["Politiezone Fictief"]),  # the sector label
        ("zoë", ["Politiezone Fictief"]),
        ("رانيا", ["OCMW Demostad"]),
        ("vertrouwenspersoon", ["OCMW Demostad"]),
        ("ocmw jongeren", ["OCMW Demostad"]),  # every word must match
        ("buurtwerk", ["Buurtwerk Zuid"]),
        ("niets hiervan", []),
        ("", ["Buurtwerk Zuid", "OCMW Demostad", "Politiezone Fictief"]),
    ]:
        proxy.set_search(text)
        assert _names(proxy) == expected, text


def test_filters_combine(qapp):
    _, proxy = _proxy(qapp)
    proxy.set_status(None)
    assert len(_names(proxy)) == 4
    proxy.set_status(PartnerStatus.ARCHIVED)
    assert _names(proxy) == ["Oude vzw"]
    proxy.set_status(PartnerStatus.ACTIVE)
    proxy.set_sector("social_services")
    assert _names(proxy) == ["OCMW Demostad"]
    proxy.set_sector(None)
    proxy.set_participation(Participation.WORKS_ON)
    assert _names(proxy) == ["Politiezone Fictief"]
    proxy.set_participation(None)
    proxy.set_table("operational")
    assert _names(proxy) == ["OCMW Demostad"]


def test_sorting_uses_the_sort_role(qapp):
    _, proxy = _proxy(qapp)
    proxy.sort(PartnerTableModel.COL_PARTICIPATION)
    assert [r.participation for r in proxy.visible_rows()] == [
        Participation.WORKS_ON,
        Participation.CONTRIBUTES,
        Participation.INFORMED,
    ]
    proxy.sort(PartnerTableModel.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert _names(proxy)[0] == "Politiezone Fictief"


def test_clear_drops_every_row(qapp):
    model, proxy = _proxy(qapp)
    model.clear()
    assert model.rowCount() == 0 and proxy.rowCount() == 0


def test_two_thousand_partners_filter_with_precomputed_strings(qapp):
    rows = [
        _row(i, f"Partner {i}", contacts=[f"Contact {i}-{j}" for j in range(5)], notes="n")
        for i in range(2000)
    ]
    model = PartnerTableModel()
    model.set_rows(rows, LABELS)
    proxy = PartnerFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("contact 1999-4")
    assert _names(proxy) == ["Partner 1999"]
    proxy.set_search("partner 12")
    assert len(_names(proxy)) == sum("12" in str(i) for i in range(2000))
