"""The access trail: append-only, hash-chained, every edit/deletion/reorder detected."""

from __future__ import annotations

import pytest

from livc_desktop.domain.audit import GENESIS, clean_fields
from livc_desktop.domain.errors import WrongPassphrase
from livc_desktop.services import audit
from livc_desktop.services import register as register_service
from livc_desktop.storage.audit_repo import AuditFilter
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def _fill(session) -> None:
    session.record("case_opened", case_id=3, case_code="LIVC-2026-001")
    session.record("identity_revealed", case_id=3, case_code="LIVC-2026-001")
    session.record("partner_created", partner_id=7)
    session.record("export_pdf", kind="minutes", destination="/home/fien/Documenten/LIVC")


def _drop_triggers(session) -> None:
    """What someone editing the file with the key could do; the chain still tells."""
    session.register.execute("DROP TRIGGER audit_entry_no_delete")
    session.register.execute("DROP TRIGGER audit_entry_update_only_to_redact")


def test_create_unlock_lock_and_failed_attempts_are_recorded(session, register_path):
    session.close()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            register_service.unlock(register_path, OTHER_PASSPHRASE)
    s = register_service.unlock(register_path, PASSPHRASE)
    try:
        kinds = [(e.kind, e.fields) for e in audit.entries(s)]
        assert kinds[0] == ("register_created", {})
        assert ("register_locked", {}) in kinds
        assert kinds[-1] == ("register_unlocked", {"failed_attempts": 2})
    finally:
        s.close()


def test_settings_changes_are_recorded_by_key_only(session):
    session.settings.set("preferences", {"language": "nl"})
    last = audit.entries(session)[-1]
    assert (last.kind, last.fields) == ("settings_changed", {"key": "preferences"})


def test_fields_are_ids_and_codes_with_folder_name_only(session):
    _fill(session)
    entries = audit.entries(session)
    export = entries[-1]
    assert export.fields == {"destination": "LIVC", "kind": "minutes"}
    assert entries[-3].case_code == "LIVC-2026-001"
    assert clean_fields({"note": "x" * 500})["note"] == "x" * 80


def test_filters(session):
    _fill(session)
    assert [e.kind for e in audit.entries(session, AuditFilter(case_code="LIVC-2026-001"))] == [
        "case_opened",
        "identity_revealed",
    ]
    assert len(audit.entries(session, AuditFilter(kind="partner_created"))) == 1
    today = audit.entries(session)[-1].at[:10]
    assert len(audit.entries(session, AuditFilter(date_from=today, date_to=today))) >= 5
    assert audit.entries(session, AuditFilter(date_to="2000-01-01")) == []


def test_intact_trail_verifies(session):
    _fill(session)
    report = audit.verify_trail(session)
    assert report.ok and report.count >= 5 and report.head != GENESIS
    assert audit.entries(session)[-1].kind == "trail_verified"


def test_update_and_delete_are_refused_by_the_database(session):
    _fill(session)
    with pytest.raises(Exception, match="append-only"):
        session.register.execute("UPDATE audit_entry SET kind = 'x' WHERE seq = 2")
    with pytest.raises(Exception, match="append-only"):
        session.register.execute("DELETE FROM audit_entry WHERE seq = 2")
    with pytest.raises(Exception, match="append-only"):
        # Even redacting needs the purge gate.
        session.register.execute("UPDATE audit_entry SET fields = '{}', redacted = 1")
    assert audit.verify_trail(session).ok


def test_edited_entry_is_detected(session):
    _fill(session)
    _drop_triggers(session)
    session.register.execute(
        "UPDATE audit_entry SET fields = '{\"partner_id\":8}' WHERE kind = 'partner_created'"
    )
    report = audit.verify_trail(session)
    assert not report.ok and report.problems[0][1] == "fields"


def test_edited_time_is_detected(session):
    _fill(session)
    _drop_triggers(session)
    session.register.execute("UPDATE audit_entry SET at = '2020-01-01T00:00:00' WHERE seq = 3")
    assert audit.verify_trail(session).first_bad_seq == 3


def test_deleted_entry_is_detected(session):
    _fill(session)
    _drop_triggers(session)
    session.register.execute("DELETE FROM audit_entry WHERE seq = 3")
    report = audit.verify_trail(session)
    assert not report.ok and report.first_bad_seq == 4


def test_reordered_entries_are_detected(session):
    _fill(session)
    _drop_triggers(session)
    session.register.execute("UPDATE audit_entry SET seq = -1 WHERE seq = 3")
    session.register.execute("UPDATE audit_entry SET seq = 3 WHERE seq = 4")
    session.register.execute("UPDATE audit_entry SET seq = 4 WHERE seq = -1")
    assert not audit.verify_trail(session).ok


def test_purge_path_keeps_code_date_reason_and_the_chain(session):
    _fill(session)
    audit.record_purge(session, "LIVC-2026-001", "retention_expired")
    about = audit.entries(session, AuditFilter(case_code="LIVC-2026-001"))
    assert [e.kind for e in about] == ["case_opened", "identity_revealed", "case_purged"]
    assert about[0].fields == {} and about[0].redacted
    assert about[-1].fields == {"case_code": "LIVC-2026-001", "reason": "retention_expired"}
    assert audit.verify_trail(session).ok
    assert session.register.scalar("SELECT count(*) FROM audit_gate") == 0


def test_trail_survives_passphrase_change(session, register_path):
    _fill(session)
    new = register_service.change_passphrase(
        session, PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE
    )
    try:
        assert audit.entries(new)[-1].kind == "passphrase_changed"
        assert audit.verify_trail(new).ok
    finally:
        new.close()


def test_case_events_are_found_by_case_code(session):
    """Services announce cases by id; the trail stores the code so the DPO can ask
    "who opened case 2026-001?" (and a purge can redact by code)."""
    from datetime import date

    from livc_desktop.domain.cases import CaseDraft
    from livc_desktop.services import cases

    case_id = cases.open_case(session, CaseDraft(opened_on=date(2026, 3, 2)))
    cases.open_case_file(session, case_id)
    code = cases.get_case(session, case_id).code
    found = audit.entries(session, audit.AuditFilter(case_code=code))
    assert {e.kind for e in found} >= {"case_created", "case_opened"}
    assert all(e.case_code == code for e in found)


def test_entries_for_display_leave_out_the_hashes_but_nothing_else(session):
    full = audit.entries(session)
    light = audit.entries(session, with_hashes=False)
    assert [(e.seq, e.at, e.kind, e.case_code, e.fields) for e in light] == [
        (e.seq, e.at, e.kind, e.case_code, e.fields) for e in full
    ]
    assert all(e.hash == e.prev_hash == e.fields_hash == "" for e in light)
    assert all(len(e.hash) == 64 for e in full)
