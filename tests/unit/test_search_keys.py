"""The register search (Ctrl+F) on its stored folded keys: the same answers as the matching
rule read literally (every word, accents and case folded both ways, each kind's order and
limit), keys that follow every edit, and no key left behind by what is removed."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livc_desktop.domain.cases import CaseDraft, Flag, Identity
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.meetings import ItemKind
from livc_desktop.domain.partners import Contact, Partner
from livc_desktop.domain.redaction import folded
from livc_desktop.domain.signals import Channel, SignalIntake, Triage, TriageOutcome
from livc_desktop.services import cases as case_service
from livc_desktop.services import handover, search
from livc_desktop.services import meetings as meeting_service
from livc_desktop.services import partners as partner_service
from livc_desktop.services import retention as retention_service
from livc_desktop.services import signals as signal_service
from livc_desktop.services.meetings.planning import MeetingDraft
from livc_desktop.storage.search_repo import SearchRepository, split_person_query

TODAY = date.today()
LABELS = {TableKind.INTEGRATED.value: "Geïntegreerde LIVC", TableKind.CASE_TEAM.value: "Caseteam"}

# Letters whose folding the FTS tokenizer (unicode61, remove_diacritics 2) and the
# program's `folded` agree on, in both cases, and a few separators.
LETTERS = "abeiloörsnzéèëçñABEÉÈÖÇÑZ"
word = st.text(LETTERS, min_size=1, max_size=5)
text = st.lists(word, min_size=1, max_size=3).map(" ".join)
phrase = st.lists(word, min_size=1, max_size=4).map(lambda ws: " ".join(ws) + ".")


# -- the rule, read literally ------------------------------------------------------------
def words_of(typed: str) -> list[str]:
    return folded(" ".join(typed.split())).split()


def every(words: list[str], haystack: str) -> bool:
    return all(w in folded(haystack) for w in words)


def word_starts(words: list[str], observed: str) -> bool:
    """Every word (with a letter) begins a word of `observed`; a word the tokenizer cuts
    in pieces is a phrase whose last piece may be a beginning."""
    tokens = re.findall(r"[^\W_]+", folded(observed))
    terms = [re.findall(r"[^\W_]+", w) for w in words if re.search(r"\w", w)]
    if not terms:
        return False

    def found(parts: list[str]) -> bool:
        n = len(parts)
        return any(
            tokens[i : i + n - 1] == parts[:-1] and tokens[i + n - 1].startswith(parts[-1])
            for i in range(len(tokens) - n + 1)
        )

    return all(found(parts) for parts in terms)


def nocase(name: str) -> str:
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in name)


def expected(world: dict, typed: str, limit: int) -> dict[str, list]:
    words = words_of(typed)
    partners = []
    for pid, (name, contacts) in world["partners"].items():
        by_contact = [c for c in contacts if every(words, c)]
        if every(words, name):
            partners.append((nocase(name), pid, ""))
        elif by_contact:
            partners.append((nocase(name), pid, min(by_contact)))  # the contact shown
    cases = [
        (code, cid)
        for cid, (code, pseudonym) in world["cases"].items()
        if every(words, code) or every(words, pseudonym)
    ]
    signals = [
        (on, sid)
        for sid, (on, observed, pid) in world["signals"].items()
        if word_starts(words, observed) or every(words, world["partners"][pid][0])
    ]
    meeting_words, day, _bad = split_person_query(typed)
    if day is not None:
        meeting_words.append(day.isoformat())
    meetings = [
        (on, mid)
        for mid, (on, kind, place, titles) in world["meetings"].items()
        if meeting_words
        and every(meeting_words, " ".join([on.isoformat(), place, LABELS[kind], *titles]))
    ]
    return {
        "partners": [(pid, contact) for _n, pid, contact in sorted(partners)[:limit]],
        "cases": [cid for _c, cid in sorted(cases, reverse=True)[:limit]],
        "signals": [sid for _o, sid in sorted(signals, reverse=True)[:limit]],
        "meetings": [mid for _o, mid in sorted(meetings, reverse=True)[:limit]],
    }


def found(session, typed: str, limit: int) -> dict[str, list]:
    repo = SearchRepository(session.register)
    return {
        "partners": [(h.id, h.contact) for h in repo.partners(typed, limit)],
        "cases": [h.id for h in repo.cases(typed, limit)],
        "signals": [h.id for h in repo.signals(typed, limit)],
        "meetings": [h.id for h in repo.meetings(typed, limit, LABELS)],
    }


def clear(session) -> None:
    with session.register.transaction() as conn:
        for table in ("agenda_item", "meeting", "signal", "case_file", "partner"):
            conn.execute(f"DELETE FROM {table}")


def spoken(rng: st.DataObject, source: str) -> str:
    """A piece of `source` as someone might type it: other case, accents dropped."""
    start = rng.draw(st.integers(0, max(0, len(source) - 2)))
    piece = source[start : start + rng.draw(st.integers(2, 8))]
    if rng.draw(st.booleans()):
        piece = folded(piece)
    return piece.upper() if rng.draw(st.booleans()) else piece


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    partners=st.lists(st.tuples(text, st.lists(text, max_size=2)), min_size=1, max_size=5),
    pseudonyms=st.lists(st.one_of(st.just(""), text), max_size=5),
    signals=st.lists(st.tuples(st.integers(0, 40), phrase), max_size=6),
    meetings=st.lists(
        st.tuples(
            st.integers(-20, 20),
            st.sampled_from(sorted(LABELS)),
            st.one_of(st.just(""), text),
            st.lists(text, max_size=2),
        ),
        max_size=5,
    ),
    rng=st.data(),
)
def test_search_answers_as_the_rule_reads(session, partners, pseudonyms, signals, meetings, rng):
    clear(session)
    world: dict = {"partners": {}, "cases": {}, "signals": {}, "meetings": {}}
    for name, contacts in partners:
        saved = partner_service.save_partner(
            session, Partner(name=name, contacts=[Contact(name=c) for c in contacts])
        )
        world["partners"][saved.id] = (name, contacts)
    for pseudonym in pseudonyms:
        cid = case_service.open_case(session, CaseDraft(TODAY, pseudonym=pseudonym))
        world["cases"][cid] = (case_service.get_case(session, cid).code, pseudonym)
    pids = sorted(world["partners"])
    for n, (days, observed) in enumerate(signals):
        on = TODAY - timedelta(days=days)
        pid = pids[n % len(pids)]
        sid = signal_service.register_signal(
            session, SignalIntake(on, Channel.PHONE, observed, True, pid)
        )
        world["signals"][sid] = (on, observed, pid)
    for days, kind, place, titles in meetings:
        on = TODAY + timedelta(days=days)
        mid = meeting_service.create_meeting(
            session, MeetingDraft(TableKind(kind), on, place=place)
        )
        for title in titles:
            meeting_service.add_item(session, mid, ItemKind.GENERAL, title)
        world["meetings"][mid] = (on, kind, place, titles)

    sources = [name for name, contacts in partners for name in (name, *contacts)]
    sources += [p for p in pseudonyms if p] + [o for _d, o in signals]
    sources += [t for *_x, place, titles in meetings for t in (place, *titles) if t]
    sources += [code for code, _p in world["cases"].values()]
    sources += [on.strftime("%d/%m/%Y") for on, *_x in world["meetings"].values()]
    sources += ["caseteam", "geïntegreerde livc"]
    typed = rng.draw(
        st.one_of(
            st.sampled_from(sources).flatmap(lambda s: st.just(spoken(rng, s))),
            text,
            st.lists(st.sampled_from(sources), min_size=2, max_size=2).map(
                lambda two: " ".join(spoken(rng, s) for s in two)
            ),
        )
    )
    limit = rng.draw(st.integers(1, 4))
    assert found(session, typed, limit) == expected(world, typed, limit)


# -- keys follow the edits ----------------------------------------------------------------
def partner_ids(session, typed: str) -> list[int]:
    return [h.id for h in search.search(session, typed).partners]


def meeting_ids(session, typed: str) -> list[int]:
    return [h.id for h in search.search(session, typed, table_labels=LABELS).meetings]


def test_partner_and_contact_keys_follow_renames_and_removals(session):
    saved = partner_service.save_partner(
        session, Partner(name="Jeugdhuis Démostad", contacts=[Contact(name="Zoë Fictief")])
    )
    assert partner_ids(session, "jeugdhuis demostad") == [saved.id]
    assert partner_ids(session, "ZOE") == [saved.id]
    partner = partner_service.get_partner(session, saved.id)
    contact = replace(partner.contacts[0], name="Ward Voorbeeld")
    partner_service.save_partner(
        session, replace(partner, name="Sportclub Voorbeeldegem", contacts=[contact])
    )
    assert partner_ids(session, "jeugdhuis") == []
    assert partner_ids(session, "zoe") == []
    assert partner_ids(session, "sportclub") == [saved.id]
    assert [h.contact for h in search.search(session, "ward").partners] == ["Ward Voorbeeld"]
    partner_service.delete_partner(session, saved.id)
    assert partner_ids(session, "sportclub") == []
    # Nothing of the removed partner stays in a key.
    assert session.register.scalar("SELECT count(*) FROM partner_contact") == 0
    assert session.register.scalar("SELECT count(*) FROM partner") == 0


def test_meeting_keys_follow_the_meeting_and_its_agenda(session):
    mid = meeting_service.create_meeting(
        session, MeetingDraft(TableKind.INTEGRATED, TODAY, place="Zaal Fictief")
    )
    item = meeting_service.add_item(session, mid, ItemKind.GENERAL, "Wijkwerking Proefmolen")
    assert meeting_ids(session, "proefmolen zaal") == [mid]
    assert meeting_ids(session, "geintegreerde proefmolen") == [mid]  # the table's label
    meeting_service.update_item(session, item, title="Buurtfeest Demostad")
    assert meeting_ids(session, "proefmolen") == []
    assert meeting_ids(session, "buurtfeest") == [mid]
    meeting_service.update_meeting(session, mid, place="Raadzaal")
    assert meeting_ids(session, "zaal fictief") == []
    assert meeting_ids(session, "raadzaal buurtfeest") == [mid]
    meeting_service.delete_item(session, item)
    assert meeting_ids(session, "buurtfeest") == []
    key = session.register.scalar(
        "SELECT fold FROM meeting_search_key WHERE meeting_id = ?", (mid,)
    )
    assert "buurtfeest" not in key and "raadzaal" in key


def test_case_keys_follow_the_pseudonym(session):
    cid = case_service.open_case(session, CaseDraft(TODAY, pseudonym="Vlinder"))
    assert [h.id for h in search.search(session, "vlinder").cases] == [cid]
    case_service.update_case(session, cid, CaseDraft(TODAY, pseudonym="Mérel"))
    assert search.search(session, "vlinder").cases == []
    assert [h.id for h in search.search(session, "MEREL").cases] == [cid]
    # Every word in the code, or every word in the pseudonym: never some of each.
    code = case_service.get_case(session, cid).code
    assert [h.id for h in search.search(session, code).cases] == [cid]
    assert search.search(session, f"{code} merel").cases == []


def test_signals_are_found_newest_first_through_partner_case_and_words(session):
    pid = partner_service.save_partner(session, Partner(name="CAW Fictief")).id
    ids = []
    for days in (5, 1, 9, 1):
        ids.append(
            signal_service.register_signal(
                session,
                SignalIntake(
                    TODAY - timedelta(days=days), Channel.PHONE, "Zorg om een leerling", True, pid
                ),
            )
        )
    newest_first = [ids[3], ids[1], ids[0], ids[2]]
    assert [h.id for h in search.search(session, "leerl").signals] == newest_first
    assert [h.id for h in search.search(session, "caw").signals] == newest_first
    cid = signal_service.triage(
        session, ids[2], Triage(TriageOutcome.CASE, TODAY), CaseDraft(TODAY, pseudonym="Uil")
    )
    code = case_service.get_case(session, cid).code
    assert [h.id for h in search.search(session, code).signals] == [ids[2]]
    assert [h.id for h in search.search(session, "leerling", limit=2).signals] == newest_first[:2]


# -- nothing left behind -------------------------------------------------------------------
def fts_terms(session) -> set[str]:
    session.register.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.signal_terms"
        " USING fts5vocab(main, 'signal_fts', 'row')"
    )
    return {str(r[0]) for r in session.register.query("SELECT term FROM temp.signal_terms")}


def raw_bytes(session, table: str) -> bytes:
    return b"".join(
        bytes(v) if isinstance(v, bytes) else str(v).encode()
        for row in session.register.query(f"SELECT * FROM {table}")
        for v in row
    )


def test_a_purged_case_leaves_no_word_in_the_search_keys(session):
    pid = partner_service.save_partner(session, Partner(name="Jeugddienst Fictief")).id
    sid = signal_service.register_signal(
        session,
        SignalIntake(TODAY, Channel.PHONE, "Snorrewiebel zag iets fictiefs", True, pid),
    )
    cid = signal_service.triage(
        session, sid, Triage(TriageOutcome.CASE, TODAY), CaseDraft(TODAY, pseudonym="Kraai")
    )
    case_service.save_identity(session, cid, Identity(name="Pruttelmolen Testpersoon"))
    mid = meeting_service.create_meeting(session, MeetingDraft(TableKind.INTEGRATED, TODAY))
    meeting_service.add_item(session, mid, ItemKind.CASE, "Kwispelvogel bespreking", case_id=cid)
    search.search(session, "kwispelvogel")  # every key computed
    assert "snorrewiebel" in fts_terms(session)
    assert b"kwispelvogel" in raw_bytes(session, "meeting_search_key")

    retention_service.purge_case(session, cid, "erasure_request")
    assert "snorrewiebel" not in fts_terms(session)
    assert b"snorrewiebel" not in raw_bytes(session, "signal_fts_data")
    assert b"kwispelvogel" not in raw_bytes(session, "meeting_search_key")
    assert b"pruttelmolen" not in raw_bytes(session, "case_identity")
    assert search.search(session, "kwispelvogel").meetings == []
    assert search.search(session, "snorrewiebel").signals == []


def test_a_handed_over_case_leaves_no_folded_name(session):
    """A black flag erases the identity and blanks it from the meeting texts: the folded
    name and the meeting key holding it go too."""
    cid = case_service.open_case(
        session, CaseDraft(TODAY, pseudonym="Reiger"), Identity(name="Pruttelmolen Testpersoon")
    )
    mid = meeting_service.create_meeting(session, MeetingDraft(TableKind.INTEGRATED, TODAY))
    meeting_service.add_item(session, mid, ItemKind.CASE, "Pruttelmolen opvolgen", case_id=cid)
    assert [h.case_id for h in search.find_person(session, "pruttelmolen").hits] == [cid]
    assert meeting_ids(session, "pruttelmolen") == [mid]
    handover.change_flag(
        session,
        cid,
        Flag.BLACK,
        "Overgedragen aan de politie",
        None,
        decided_by_person="Test Ambtenaar",
        handed_to="Politie Fictief",
        handed_on=TODAY,
    )
    assert search.find_person(session, "pruttelmolen").hits == []
    assert meeting_ids(session, "pruttelmolen") == []
    assert b"pruttelmolen" not in raw_bytes(session, "case_identity")
    assert b"pruttelmolen" not in raw_bytes(session, "meeting_search_key")
