"""The register's redactor is kept between texts, and built again after any change to
an identity, by whatever path it comes: a name added after a first build is blanked."""

from __future__ import annotations

from datetime import date

import pytest

from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.signals import Channel, SignalIntake
from livc_desktop.services import meetings as svc
from livc_desktop.services import signals as ss
from tests.fixtures.meetings import add_case, full_meeting, name_person


def test_the_redactor_is_kept_while_no_identity_changes(session):
    case = add_case(session, "2026-101")
    name_person(session, case, "Zoë Testpersoon")
    first = svc.redactor(session)
    assert svc.redactor(session) is first
    # Writes that touch no identity keep it.
    svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, date(2026, 5, 1)))
    assert svc.redactor(session) is first
    assert "Testpersoon" not in first("Gesprek met Zoë Testpersoon")


def test_a_name_added_after_the_first_build_is_blanked(session):
    case = add_case(session, "2026-102")
    name_person(session, case, "Zoë Testpersoon")
    assert svc.redactor(session)("Wannes Voorbeeldman") == "Wannes Voorbeeldman"
    other = add_case(session, "2026-103")
    name_person(session, other, "Wannes Voorbeeldman")
    assert "Voorbeeldman" not in svc.redactor(session)("Gesprek met Wannes Voorbeeldman")


@pytest.mark.parametrize("path", ["identity", "pseudonym", "code", "signal", "raw sql"])
def test_every_kind_of_identity_change_builds_it_again(session, path):
    case = add_case(session, "2026-104")
    name_person(session, case, "Zoë Testpersoon")
    before = svc.redactor(session)
    new = "Fictieve Kwastmans"
    conn = session.register.conn
    if path == "identity":
        name_person(session, case, new)  # the name replaced
    elif path == "pseudonym":
        conn.execute("UPDATE case_file SET pseudonym = ? WHERE id = ?", (new, case))
    elif path == "code":
        # A lone first name is blanked in texts that name the case by its code.
        conn.execute("UPDATE case_file SET code = '2026-999' WHERE id = ?", (case,))
    elif path == "signal":
        ss.register_signal(
            session,
            SignalIntake(
                date(2026, 2, 1),
                Channel.PHONE,
                "Iets gezien",
                True,
                reporter_name="Melder Fictief",
                person_label=new,
            ),
            today=date(2026, 2, 2),
        )
    else:
        conn.execute(
            "INSERT INTO case_identity(case_id, name, birth_date, address, school_work,"
            " languages) VALUES (?, ?, '', '', '', '')",
            (add_case(session, "2026-105"), new),
        )
    after = svc.redactor(session)
    assert after is not before
    if path == "code":
        assert after("Zoë kwam op 2026-999") == "[…] kwam op 2026-999"
        assert before("Zoë kwam op 2026-999") == "Zoë kwam op 2026-999"
    else:
        assert "Kwastmans" not in after(f"Gesprek met {new}")


def test_a_rolled_back_change_never_leaves_a_stale_redactor(session):
    case = add_case(session, "2026-106")
    name_person(session, case, "Zoë Testpersoon")
    svc.redactor(session)
    with pytest.raises(RuntimeError), session.register.transaction():
        name_person(session, case, "Teruggedraaide Naam")
        assert "Teruggedraaide" not in svc.redactor(session)("Teruggedraaide Naam")
        raise RuntimeError
    # One change after the rollback (one statement): it must be seen, though it may bring
    # the identity state back to the value it had inside the rolled-back transaction.
    session.register.conn.execute(
        "UPDATE case_file SET pseudonym = 'Anders Fictief' WHERE id = ?", (case,)
    )
    after = svc.redactor(session)
    assert "Fictief" not in after("Anders Fictief")
    assert "Testpersoon" not in after("Zoë Testpersoon")
    assert after("Teruggedraaide Naam") == "Teruggedraaide Naam"


def test_minutes_blank_a_name_given_after_they_were_first_shown(session):
    ids = full_meeting(session)
    meeting = ids["meeting"]
    svc.add_note(session, ids["general"], text="Gesprek met Wannes Voorbeeldman gepland.")
    shown = svc.minutes_content(session, meeting)
    assert "Voorbeeldman" in repr(shown)  # not an identity yet
    other = add_case(session, "2026-107")
    name_person(session, other, "Wannes Voorbeeldman")
    assert "Voorbeeldman" not in repr(svc.minutes_content(session, meeting))
