"""The one search (partners, cases, signals, meetings; accent-insensitive both ways), the
recorded person search (codes only, never the words) and "My month" counted in SQL."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from livc_desktop.domain.cases import CaseDraft, Identity
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.partners import Contact, Partner
from livc_desktop.domain.signals import Channel, SignalIntake
from livc_desktop.services import audit, my_month, search
from livc_desktop.services import backup as backup_service
from livc_desktop.services import cases as case_service
from livc_desktop.services import meetings as meeting_service
from livc_desktop.services import partners as partner_service
from livc_desktop.services import signals as signal_service
from livc_desktop.services.meetings.planning import MeetingDraft

TODAY = date.today()


@pytest.fixture
def world(session):
    audit.attach(session)
    school = partner_service.save_partner(
        session,
        Partner(name="Basisschool Sint-Hélène", contacts=[Contact(name="Zoë Contactpersoon")]),
    ).id
    jeugd = partner_service.save_partner(session, Partner(name="Jeugddienst Demostad")).id
    helene = case_service.open_case(
        session,
        CaseDraft(TODAY, pseudonym="Hélène V."),
        Identity(name="Hélène Voorbeeld", birth_date=date(2008, 3, 12)),
    )
    francois = case_service.open_case(
        session, CaseDraft(TODAY, pseudonym="F.D."), Identity(name="François Demo")
    )
    signal = signal_service.register_signal(
        session,
        SignalIntake(
            TODAY,
            Channel.PHONE,
            observed="Gesprek aan de crèche over een fictieve leerling",
            consent=True,
            reporter_partner_id=school,
        ),
    )
    meeting = meeting_service.create_meeting(
        session,
        MeetingDraft(TableKind.INTEGRATED, TODAY + timedelta(days=3), place="Zaal Fictief"),
    )
    return {
        "school": school,
        "jeugd": jeugd,
        "helene": helene,
        "francois": francois,
        "signal": signal,
        "meeting": meeting,
    }


def ids(hits) -> list[int]:
    return [getattr(h, "id", None) or h.case_id for h in hits]


@pytest.mark.parametrize("typed", ["helene", "HÉLÈNE", "Hélène", "hElEnE"])
def test_search_folds_accents_both_ways(session, world, typed):
    found = search.search(session, typed)
    assert ids(found.partners) == [world["school"]]
    assert ids(found.cases) == [world["helene"]]


def test_search_reaches_every_kind(session, world):
    assert ids(search.search(session, "zoe").partners) == [world["school"]]  # a contact
    assert ids(search.search(session, "creche LEERLING").signals) == [world["signal"]]
    assert ids(search.search(session, "sint-helene").signals) == [world["signal"]]  # reporter
    assert ids(search.search(session, "zaal fictief").meetings) == [world["meeting"]]
    on = (TODAY + timedelta(days=3)).strftime("%d/%m/%Y")
    assert ids(search.search(session, on).meetings) == [world["meeting"]]
    labels = {TableKind.INTEGRATED.value: "Geïntegreerde LIVC"}
    assert ids(search.search(session, "geintegreerde", table_labels=labels).meetings) == [
        world["meeting"]
    ]
    code = case_service.get_case(session, world["francois"]).code
    assert ids(search.search(session, code).cases) == [world["francois"]]


def test_the_general_search_never_reads_identities(session, world):
    assert not search.search(session, "voorbeeld").cases
    assert not search.search(session, "2008-03-12").cases
    assert len(search.search(session, "h")) == 0  # too short


@pytest.mark.parametrize(
    "typed", ["helene voorbeeld", "HÉLÈNE", "12/03/2008", "2008-03-12", "voorbeeld 12.03.2008"]
)
def test_person_search_finds_the_case_by_name_or_birth_date(session, world, typed):
    answer = search.find_person(session, typed)
    assert ids(answer.hits) == [world["helene"]]


def test_person_search_folds_the_other_way_too(session, world):
    assert ids(search.find_person(session, "FRANCOIS").hits) == [world["francois"]]
    assert ids(search.find_person(session, "françois demo").hits) == [world["francois"]]
    assert search.find_person(session, "helene 01/01/2001").hits == []


def test_person_search_is_recorded_with_codes_never_the_words(session, world):
    code = case_service.get_case(session, world["helene"]).code
    search.find_person(session, "Hélène Voorbeeld")
    entry = [e for e in audit.entries(session) if e.kind == "identity_searched"][-1]
    stored = json.dumps(entry.fields, ensure_ascii=False) + entry.case_code
    assert code in stored
    assert "voorbeeld" not in stored.lower() and "hélène" not in stored.lower()
    assert entry.fields["matches"] == 1


def test_person_search_refuses_what_it_cannot_answer(session, world):
    with pytest.raises(ValidationError) as bad:
        search.find_person(session, "31/02/2008")
    assert bad.value.problems == {"query": "date"}
    with pytest.raises(ValidationError):
        search.find_person(session, " x ")


def test_person_search_shows_no_codes_when_too_many_match(session):
    for n in range(search.PERSON_LIMIT + 1):
        case_service.open_case(session, CaseDraft(TODAY), Identity(name=f"Demo Persoon {n}"))
    answer = search.find_person(session, "demo persoon")
    assert answer.too_many and answer.hits == []
    assert len(search.find_person(session, "demo persoon 20").hits) == 1


def test_trail_codes_are_split_without_cutting_a_code(session):
    audit.attach(session)
    for _ in range(12):
        case_service.open_case(session, CaseDraft(TODAY), Identity(name="Voorbeeldnaam"))
    answer = search.find_person(session, "voorbeeldnaam")
    entry = [e for e in audit.entries(session) if e.kind == "identity_searched"][-1]
    stored = [v for k, v in sorted(entry.fields.items()) if k.startswith("codes")]
    assert len(stored) > 1
    assert sorted(",".join(stored).split(",")) == sorted(h.code for h in answer.hits)


# -- My month ---------------------------------------------------------------------------------
def test_my_month_counts_what_is_due(session, world):
    old = TODAY - timedelta(weeks=10)
    late = case_service.open_case(session, CaseDraft(old, pseudonym="Laat"))
    case_service.add_measure(session, late, world["jeugd"], "Huisbezoek", TODAY - timedelta(days=2))
    case_service.add_measure(session, late, world["jeugd"], "Gesprek", TODAY + timedelta(days=5))
    case_service.add_measure(session, late, world["jeugd"], "Later", TODAY + timedelta(days=40))
    month = my_month.summary(session)
    assert month.signals_awaiting == 1 and month.oldest_signal == TODAY
    assert month.reviews.overdue == 1 and month.reviews.first_id == late
    assert month.measures.overdue == 1 and month.measures.soon == 1
    assert month.measures.codes == (case_service.get_case(session, late).code,)
    assert month.next_meeting is not None and month.next_meeting.id == world["meeting"]
    assert my_month.MeetingGap.NO_AGENDA in month.meeting_gaps
    assert my_month.MeetingGap.AGENDA_NOT_SENT in month.meeting_gaps
    assert month.backup_age_days is None and month.backup_too_old
    assert month.due_now()


def test_my_month_minutes_and_backup(session, world):
    past = meeting_service.create_meeting(
        session, MeetingDraft(TableKind.INTEGRATED, TODAY - timedelta(days=7))
    )
    month = my_month.summary(session)
    assert month.to_finalise.count == 1 and month.to_finalise.first_id == past
    assert month.to_approve.count == 0
    session.settings.set(
        backup_service.LAST_GOOD_KEY,
        {"created": (datetime.now() - timedelta(days=2)).isoformat(timespec="seconds")},
    )
    month = my_month.summary(session)
    assert month.backup_age_days == 2 and not month.backup_too_old


def test_an_empty_register_has_nothing_due(session):
    month = my_month.summary(session)
    assert month.signals_awaiting == 0 and month.next_meeting is None
    assert month.reviews == my_month.DueCount() and month.measures == my_month.DueCount()
    assert not month.due_now()


def test_the_search_sql_fold_is_the_domain_fold(session):
    from hypothesis import given
    from hypothesis import strategies as st

    from livc_desktop.domain.redaction import folded
    from livc_desktop.storage.search_repo import _fold_sql

    sql = f"WITH t(x) AS (SELECT ?) SELECT {_fold_sql('x')} FROM t"

    # SQLite ends a bound text at a NUL character; a lone surrogate is no text SQLite can
    # be given at all (it cannot be encoded as UTF-8).
    @given(
        st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=40)
    )
    def check(text):
        assert session.register.scalar(sql, (text,)) == folded(text)

    check()
    for text in ("Hélène", "ZOË", "plain ASCII", "İstanbul ß ﬅ", "tab\there"):
        assert session.register.scalar(sql, (text,)) == folded(text)


def test_the_signal_index_follows_changes_and_stays_out_of_the_file(session, world):
    assert ids(search.search(session, "creche").signals) == [world["signal"]]
    session.register.execute(
        "UPDATE signal SET observed = 'Gesprek over de kermis' WHERE id = ?", (world["signal"],)
    )
    assert not search.search(session, "creche").signals
    assert ids(search.search(session, "KERMIS").signals) == [world["signal"]]
    later = signal_service.register_signal(
        session,
        SignalIntake(TODAY, Channel.EMAIL, observed="Één café", consent=True,
                     reporter_partner_id=world["jeugd"]),
    )  # fmt: skip
    assert ids(search.search(session, "een cafe").signals) == [later]
    main_names = [r[0] for r in session.register.query("SELECT name FROM sqlite_master")]
    assert not any("signal_words" in name for name in main_names)
