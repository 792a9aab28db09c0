"""Build, save, record: the one export service."""

from __future__ import annotations

import os

import pytest

from livc_desktop.domain.errors import UnsafeLink
from livc_desktop.services import audit as audit_service
from livc_desktop.services.exports import save_export


def _last(session):
    entry = audit_service.entries(session)[-1]
    return entry.kind, entry.fields


def test_a_pdf_is_built_written_privately_and_recorded(session, tmp_path):
    target = tmp_path / "out" / "lijst.pdf"
    built: list[int] = []

    def build() -> bytes:
        built.append(1)
        return b"%PDF-1.4 fictional"

    assert save_export(session, target, build, kind="partner_list") == target
    assert built == [1]
    assert target.read_bytes() == b"%PDF-1.4 fictional"
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0
    kind, fields = _last(session)
    assert kind == "export_pdf"
    assert fields == {"destination": "out", "kind": "partner_list"}


def test_the_suffix_names_the_kind_of_export(session, tmp_path):
    save_export(session, tmp_path / "lijst.csv", b"a;b\r\n", kind="partners")
    assert _last(session)[0] == "export_csv"
    save_export(session, tmp_path / "vergadering.ics", b"BEGIN:VCALENDAR", document="calendar")
    assert _last(session) == ("export_file", {"destination": tmp_path.name, "document": "calendar"})


def test_a_failed_write_records_nothing_and_keeps_the_old_file(session, tmp_path):
    target = tmp_path / "lijst.pdf"
    target.write_bytes(b"old")
    os.symlink(tmp_path / "elsewhere.pdf", tmp_path / "link.pdf")
    before = len(audit_service.entries(session))
    with pytest.raises(UnsafeLink):
        save_export(session, tmp_path / "link.pdf", b"new", kind="partner_list")
    assert len(audit_service.entries(session)) == before
    assert target.read_bytes() == b"old"
    assert not (tmp_path / "elsewhere.pdf").exists()
