"""The list filters typed into (partners, meetings) fold accents and case both ways."""

from __future__ import annotations

import pytest

from livc_desktop.domain.partners import Participation, PartnerRow, PartnerStatus
from livc_desktop.ui.models.partner_model import PartnerFilterProxy, PartnerTableModel


def partner(pid: int, name: str, contact: str) -> PartnerRow:
    return PartnerRow(
        id=pid,
        name=name,
        sector="other",
        participation=Participation.INFORMED,
        status=PartnerStatus.ACTIVE,
        municipality="",
        phone="",
        email="",
        notes="",
        roles=frozenset(),
        tables=frozenset(),
        contact_names=(contact,),
        has_cleared_contact=False,
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("creche", ["Crèche Zonnetje"]),
        ("CRÈCHE", ["Crèche Zonnetje"]),
        ("helene", ["Crèche Zonnetje"]),
        ("zoe", ["Jeugdhuis Fictief"]),
        ("Zoë", ["Jeugdhuis Fictief"]),
    ],
)
def test_partner_search_folds_accents_both_ways(qapp, typed, expected):
    model = PartnerTableModel()
    model.set_rows(
        [
            partner(1, "Crèche Zonnetje", "Hélène Voorbeeld"),
            partner(2, "Jeugdhuis Fictief", "Zoe Testpersoon"),
        ],
        {},
    )
    proxy = PartnerFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_status(None)
    proxy.set_search(typed)
    assert [proxy.row_at(r).name for r in range(proxy.rowCount())] == expected
