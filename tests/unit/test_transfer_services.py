"""Passing a case on to another cell, on real encrypted registers: what leaves, what
arrives, and what the access trails say on both sides."""

from __future__ import annotations

from datetime import date

import pytest

from livc_desktop.domain.cases import (
    CaseDraft,
    ClosureReason,
    Cooperation,
    CooperationKind,
    Flag,
    FollowUp,
    InformationItem,
    MeasureStatus,
    Phase,
)
from livc_desktop.domain.cell import CellProfile, CellStructure
from livc_desktop.domain.changes import ChangeKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.transfer import (
    ExportAuthority,
    LegalBasis,
    PackageAlreadyImported,
    PackageWrongPassphrase,
    ReceivedTexts,
)
from livc_desktop.services import audit
from livc_desktop.services import cases as cs
from livc_desktop.services import register as register_service
from livc_desktop.services import transfer as tr
from tests.conftest import PASSPHRASE
from tests.fixtures.meetings import IDENTITY, full_meeting

CHEAP = 4
TODAY = date(2026, 3, 20)
AUTHORITY = ExportAuthority(LegalBasis.CONSENT, date(2026, 3, 18), "BGM/2026/014")
TEXTS = ReceivedTexts(
    decided_by="Cel Demostad",
    flag_justification="Overgenomen van een andere cel",
    measure_what="Maatregel van {organisation}",
)
# Every kind of free text the sending register holds about the case, each one marked.
MARKERS = {
    "justification": "MARK-justification",
    "phase_note": "MARK-phase-note",
    "closing": "MARK-evaluation",
    "measure_what": "MARK-measure-what",
    "measure_result": "MARK-measure-result",
    "info": "MARK-info-item",
    "secret": "MARK-secret-item",
    "pseudonym": "MARK-pseudonym",
    "cooperation": "MARK-cooperation",
    "other_case": "MARK-other-case",
}


@pytest.fixture
def sender(session):
    """Case 2026-001 of a meeting with off-record and secret-covered notes, plus every
    kind of free text marked."""
    ids = full_meeting(session)
    case_id = ids["case_a"]
    partner = cs.partner_choices(session)[0][0]
    cs.update_case(
        session, case_id, CaseDraft(date(2026, 1, 15), MARKERS["pseudonym"], FollowUp.MIXED)
    )
    cs.change_flag(
        session, case_id, Flag.YELLOW, MARKERS["justification"], date(2026, 5, 1),
        decided_by_person="Test", decided_on=date(2026, 3, 1),
    )  # fmt: skip
    cs.change_phase(
        session, case_id, Phase.FILE_BUILDING, changed_on=date(2026, 2, 2),
        note=MARKERS["phase_note"],
    )  # fmt: skip
    m = cs.add_measure(session, case_id, partner, MARKERS["measure_what"], date(2026, 4, 1))
    cs.set_measure_status(session, m, MeasureStatus.DONE, MARKERS["measure_result"])
    cs.add_information(
        session, case_id, InformationItem(date(2026, 2, 3), partner, MARKERS["info"], True)
    )
    cs.add_information(
        session,
        case_id,
        InformationItem(date(2026, 2, 4), partner, MARKERS["secret"], True, secret=True),
    )
    cs.add_cooperation(
        session, case_id, Cooperation(CooperationKind.LTF, MARKERS["cooperation"], "x")
    )
    cs.add_information(
        session,
        ids["case_b"],
        InformationItem(date(2026, 2, 3), partner, MARKERS["other_case"], True),
    )
    return case_id


@pytest.fixture
def receiver(tmp_path):
    s = register_service.create(
        tmp_path / "other" / "register.livc",
        PASSPHRASE,
        PASSPHRASE,
        CellProfile(["Voorbeeldegem"], CellStructure.INTEGRATED, officer_name="Ontvanger Fictief"),
    )
    yield s
    if s.is_open:
        s.close()


def export(session, case_id, target, authority=AUTHORITY, **kw):
    return tr.export_case(
        session, case_id, target, authority, email="preventie@testdorp.example",
        today=TODAY, log2_n=CHEAP, **kw,
    )  # fmt: skip


def test_no_free_text_secret_item_or_other_case_leaves(session, sender, tmp_path):
    target = tmp_path / "out" / "2026-001.livccase"
    passphrase = export(session, sender, target)
    data = target.read_bytes()
    payload = tr.unseal(data, passphrase, min_log2_n=CHEAP).decode("utf-8")
    for marker in MARKERS.values():
        assert marker not in payload
    for words in ("OFFRECORD", "SECRET-beroepsgeheim", "Zorgen blijven", IDENTITY, "Zoë"):
        assert words not in payload
    # What does leave: the structure.
    package = tr.open_package(data, passphrase, min_log2_n=CHEAP)
    assert package.case_code == "2026-001"
    assert package.follow_up is FollowUp.MIXED
    sent = [(f.flag, f.decided_on, f.next_review) for f in cs.flag_history(session, sender)]
    assert [(f.flag, f.decided_on, f.next_review) for f in package.flags] == sent
    assert package.flag is cs.get_case(session, sender).flag is Flag.YELLOW
    assert package.phases[-1].phase is Phase.FILE_BUILDING
    assert (cs.partner_choices(session)[0][1], MeasureStatus.DONE) in {
        (m.organisation, m.status) for m in package.measures
    }
    assert package.sender.cell == "Testdorp"
    assert package.identity is None
    # Nothing readable in the file itself either.
    assert b"2026-001" not in data and b"Testdorp" not in data


def test_identity_leaves_only_when_ticked(session, sender, tmp_path):
    with_id = ExportAuthority(LegalBasis.CONSENT, date(2026, 3, 18), "BGM/2026/014", True)
    passphrase = export(session, sender, tmp_path / "a.livccase", with_id)
    package = tr.open_package((tmp_path / "a.livccase").read_bytes(), passphrase, min_log2_n=CHEAP)
    assert package.identity is not None and package.identity.name == IDENTITY


def test_export_needs_basis_and_approval_and_writes_them_to_the_trail(session, sender, tmp_path):
    target = tmp_path / "x.livccase"
    with pytest.raises(ValidationError) as caught:
        export(session, sender, target, ExportAuthority(None, None, ""))
    assert set(caught.value.problems) == {"legal_basis", "approved_on", "approval_reference"}
    assert not target.exists()
    passphrase = export(session, sender, target)
    entry = audit.entries(session)[-1]
    assert entry.kind == ChangeKind.EXPORT_CASE_TRANSFER
    assert entry.case_code == "2026-001"
    assert entry.fields["legal_basis"] == "consent"
    assert entry.fields["mayor_approved_on"] == "2026-03-18"
    assert entry.fields["mayor_approval_ref"] == "BGM/2026/014"
    assert entry.fields["identity"] is False
    # The trail holds codes, never the passphrase or content.
    text = repr([e.fields for e in audit.entries(session)])
    assert passphrase not in text and tr.normalise_passphrase(passphrase) not in text
    assert "MARK-" not in text


def test_import_creates_a_new_case_with_provenance_once(session, sender, receiver, tmp_path):
    # The receiving register already has a case of this year, so the code differs.
    cs.open_case(receiver, CaseDraft(date(2026, 1, 2)))
    target = tmp_path / "pkg.livccase"
    passphrase = export(session, sender, target)
    data = target.read_bytes()
    with pytest.raises(PackageWrongPassphrase):
        tr.preview(receiver, data, tr.new_passphrase(), min_log2_n=CHEAP)
    package = tr.preview(receiver, data, passphrase, min_log2_n=CHEAP)
    before = len(cs.list_cases(receiver))
    assert len(cs.list_cases(receiver)) == before  # preview writes nothing
    case_id = tr.import_package(receiver, package, TEXTS, today=TODAY)
    row = cs.get_case(receiver, case_id)
    assert row.code == "2026-002"  # the receiver's own next code
    assert row.phase is Phase.FILE_BUILDING and row.flag is Flag.YELLOW
    assert row.flag_since == date(2026, 3, 1) and row.next_review == date(2026, 5, 1)
    assert row.follow_up is FollowUp.MIXED
    flags = cs.flag_history(receiver, case_id)
    assert [(f.flag, f.decided_on) for f in flags] == [
        (f.flag, f.decided_on) for f in cs.flag_history(session, sender)
    ]
    assert {f.decided_by_person for f in flags} == {"Cel Demostad"}
    phases = cs.phase_history(receiver, case_id)
    assert [p.to_phase for p in phases][-1] is Phase.FILE_BUILDING
    measures = cs.measures(receiver, case_id)
    assert len(measures) == len(package.measures)
    assert all(m.what.startswith("Maatregel van ") for m in measures)
    assert not cs.has_identity(receiver, case_id)
    prov = tr.provenance(receiver, case_id)
    assert prov is not None
    assert (prov.sender_cell, prov.source_code, prov.sent_on, prov.received_on) == (
        "Testdorp",
        "2026-001",
        TODAY,
        TODAY,
    )
    assert prov.sender_email == "preventie@testdorp.example"
    entry = audit.entries(receiver)[-1]
    assert entry.kind == ChangeKind.CASE_TRANSFER_RECEIVED
    assert entry.case_code == "2026-002" and entry.fields["source_code"] == "2026-001"
    # Opened a second time: refused at preview and at import, nothing added.
    with pytest.raises(PackageAlreadyImported):
        tr.preview(receiver, data, passphrase, min_log2_n=CHEAP)
    with pytest.raises(PackageAlreadyImported):
        tr.import_package(receiver, package, TEXTS, today=TODAY)
    assert len(cs.list_cases(receiver)) == before + 1


def test_identity_arrives_when_sent(session, sender, receiver, tmp_path):
    with_id = ExportAuthority(LegalBasis.NECESSITY, date(2026, 3, 18), "BGM-7", True)
    passphrase = export(session, sender, tmp_path / "p.livccase", with_id)
    package = tr.preview(
        receiver, (tmp_path / "p.livccase").read_bytes(), passphrase, min_log2_n=CHEAP
    )
    case_id = tr.import_package(receiver, package, TEXTS, today=TODAY)
    assert cs.has_identity(receiver, case_id)
    assert audit.entries(receiver)[-1].fields["identity"] is True


def test_a_closed_case_arrives_closed(session, receiver, tmp_path):
    case_id = cs.open_case(session, CaseDraft(date(2026, 1, 5)))
    cs.change_phase(
        session, case_id, Phase.CLOSED, changed_on=date(2026, 2, 1),
        closure_reason=ClosureReason.MOVED_AWAY, evaluation_note="MARK-eval",
    )  # fmt: skip
    passphrase = export(session, case_id, tmp_path / "c.livccase")
    package = tr.preview(
        receiver, (tmp_path / "c.livccase").read_bytes(), passphrase, min_log2_n=CHEAP
    )
    new_id = tr.import_package(receiver, package, TEXTS, today=TODAY)
    row = cs.get_case(receiver, new_id)
    assert row.phase is Phase.CLOSED and row.closure_reason is ClosureReason.MOVED_AWAY
    assert row.closed_on == date(2026, 2, 1) and row.closure_note == ""


def test_a_purged_received_case_is_not_imported_again(session, sender, receiver, tmp_path):
    from livc_desktop.services import retention

    target = tmp_path / "pkg.livccase"
    passphrase = export(session, sender, target)
    data = target.read_bytes()
    package = tr.preview(receiver, data, passphrase, min_log2_n=CHEAP)
    case_id = tr.import_package(receiver, package, TEXTS, today=TODAY)
    reason = next(iter(retention.PurgeReason)).value
    retention.purge_case(receiver, case_id, reason)
    rows = receiver.register.query("SELECT case_id, source_code FROM case_transfer_in")
    assert [(r[0], r[1]) for r in rows] == [(None, "")]  # the other cell's code went too
    with pytest.raises(PackageAlreadyImported):
        tr.preview(receiver, data, passphrase, min_log2_n=CHEAP)
