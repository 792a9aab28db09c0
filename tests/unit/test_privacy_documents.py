"""Privacy in every meeting document, built through the real services: no identity term,
off-record or secret-covered marker in any PDF (read back with pypdf and pdftotext, both
reading directions), before and after a hand-over, an identity change and a purge; the
normal text and every attendance group do print."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from livc_desktop.domain.cases import CaseDraft, Flag, Identity, InformationItem
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.meetings import (
    ItemKind,
    NoteKind,
)
from livc_desktop.domain.redaction import IdentityRecord, Redactor, folded
from livc_desktop.services import cases as cs
from livc_desktop.services import handover, retention
from livc_desktop.services import meetings as svc
from livc_desktop.ui.meeting_labels import document_labels
from tests.fixtures.meetings import add_partner, pdf_text
from tests.rtl_text import reading_text

LABELS = document_labels("en")
TODAY = date.today()
YESTERDAY = TODAY - timedelta(days=1)
ARABIC_MUST_PRINT = "مسجد النور"  # a place named in a normal note: must come out intact
NAME = "Yasmina Él-Voorbeeldi"
ARABIC_NAME = "سلمى الخيالي"
IDENTITY_TERMS = (
    NAME,
    "Voorbeeldi Yasmina",
    ARABIC_NAME,
    "14/03/2009",
    "14 maart 2009",
    "Fictiefstraat 17",
    "Atheneum Demostad-Zuid",
    "Vlinderkind",  # the pseudonym
)
MARKERS = ("OFFRECORD", "SECRETCOVERED", "NOTFORMINUTES", "INFOSECRET")


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFKC", value)
    return " ".join(folded(value).split())


def _texts(data: bytes) -> list[str]:
    """The PDF's text by pypdf (plain and right-to-left runs reversed) and by pdftotext."""
    plain = "\n".join(pdf_text(data))
    out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    texts = [plain, reading_text(data), out]
    both = texts + [t[::-1] for t in texts]  # both reading directions
    return [_fold(t) for t in both]


def _assert_clean(data: bytes, *, must: tuple[str, ...] = ()) -> None:
    texts = _texts(data)
    # An extraction that yields nothing would pass every "not in" check below.
    assert any(_fold(ARABIC_MUST_PRINT) in t for t in texts)
    for term in IDENTITY_TERMS + MARKERS:
        needle = _fold(term)
        for t in texts:
            assert not re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", t), term
    for word in must:
        assert any(_fold(word) in t for t in texts), word


@pytest.fixture
def world(session):
    police = add_partner(
        session,
        "Lokale Politie Voorbeeldegem",
        ["integrated"],
        [("Inspecteur Ève Fictief", "information officer")],
        roles=["information_officer"],
    )
    add_partner(session, "Moskeevereniging Fictief", ["integrated"], [("رانيا المثال", "imam")])
    add_partner(session, "CLB Demostad", ["integrated"], [("Jürgen Voorbeeldi", "CLB")])
    add_partner(session, "OCMW Voorbeeldegem", ["integrated"], [("Zoë Afwezig", "")])
    case_id = cs.open_case(
        session,
        CaseDraft(TODAY - timedelta(days=40), pseudonym="Vlinderkind"),
        Identity(
            name=NAME,
            birth_date=date(2009, 3, 14),
            address="Fictiefstraat 17, 9999 Demostad",
            school_work="Atheneum Demostad-Zuid",
        ),
    )
    # A second person, named in Arabic script: blanked in every meeting, too.
    cs.open_case(session, CaseDraft(TODAY - timedelta(days=10)), Identity(name=ARABIC_NAME))
    cs.add_information(
        session,
        case_id,
        InformationItem(TODAY - timedelta(days=3), police, "INFOSECRET melding", True, secret=True),
    )
    cs.add_information(
        session,
        case_id,
        InformationItem(
            TODAY - timedelta(days=3), police, "NOTFORMINUTES detail", True, not_for_minutes=True
        ),
    )
    mid = svc.create_meeting(
        session,
        svc.MeetingDraft(TableKind.INTEGRATED, YESTERDAY, "14:00", f"Zaal 1, {ARABIC_MUST_PRINT}"),
    )
    item = svc.add_item(session, mid, ItemKind.CASE, "", 15, case_id=case_id)
    general = svc.add_item(session, mid, ItemKind.GENERAL, f"Overleg ({ARABIC_MUST_PRINT})", 10)
    svc.add_note(
        session,
        item,
        text=(
            f"Gesprek met {NAME} ({ARABIC_NAME}), geboren 14/03/2009 (14 maart 2009), "
            "woont Fictiefstraat 17; school Atheneum Demostad-Zuid; Yasmina komt mee."
        ),
    )
    svc.add_note(session, item, text="OFFRECORD gerucht", off_record=True)
    svc.add_note(session, item, text="SECRETCOVERED verslag", secret=True)
    svc.add_note(
        session,
        item,
        NoteKind.DECISION,
        f"Opvolging door het CLB afgesproken ({ARABIC_MUST_PRINT}).",
    )
    svc.add_note(
        session,
        general,
        text=(
            f"Samenwerking met {ARABIC_MUST_PRINT} en van Demostad volgt op. "
            f"Voorbeeldi Yasmina werd niet besproken."
        ),
    )
    entries = {e.name: e.id for e in svc.attendance(session, mid)}
    svc.set_attendance(session, entries["Inspecteur Ève Fictief"], svc.Attendance.PRESENT)
    svc.set_attendance(session, entries["رانيا المثال"], svc.Attendance.PRESENT)
    svc.set_attendance(session, entries["Jürgen Voorbeeldi"], svc.Attendance.EXCUSED)
    svc.set_attendance(session, entries["Zoë Afwezig"], svc.Attendance.ABSENT)
    svc.add_guest(session, mid, "Dr. Gast Fictief", "Expertisecentrum", "deskundige", True)
    svc.save_feedback_text(
        session,
        mid,
        case_id,
        f"Opvolging door het CLB; {NAME} wordt niet benaderd ({ARABIC_MUST_PRINT}).",
        "social",
        "INP Fictief",
    )
    for p in svc.feedback_consents(session, mid, case_id):
        kind, number = p.key.split(":")
        key = "attendance_id" if kind == "attendance" else "guest_id"
        svc.record_feedback_consent(session, mid, case_id, **{key: int(number)}, consent=True)
    yield session, mid, case_id


def _documents(session, mid, case_id):
    return {
        "minutes": svc.minutes_pdf(session, mid, LABELS),
        "extract": svc.extract_pdf(session, mid, case_id, LABELS),
        "feedback": svc.feedback_pdf(session, mid, LABELS, case_id=case_id),
        "invitation": svc.invitation_pdf(session, mid, LABELS),
        "attendance": svc.attendance_sheet_pdf(session, mid, LABELS),
    }


ATTENDEES = ("Inspecteur Ève Fictief", "رانيا المثال", "Jürgen Voorbeeldi", "Zoë Afwezig")


def _check_all(session, mid, case_id):
    docs = _documents(session, mid, case_id)
    _assert_clean(
        docs["minutes"],
        must=(
            "Opvolging door het CLB afgesproken",
            "van Demostad volgt op",
            *ATTENDEES,
            "Dr. Gast Fictief",
            "Secret-covered information was discussed",
        ),
    )
    _assert_clean(docs["extract"], must=("Opvolging door het CLB afgesproken",))
    _assert_clean(docs["feedback"], must=("INP Fictief", "Dr. Gast Fictief"))
    feedback = " ".join(_texts(docs["feedback"]))
    assert "van demostad" not in feedback and "gesprek met" not in feedback
    _assert_clean(docs["invitation"], must=ATTENDEES)
    _assert_clean(docs["attendance"], must=ATTENDEES)
    return docs


def test_every_document_is_clean_before_and_after_finalising(world):
    session, mid, case_id = world
    _check_all(session, mid, case_id)
    svc.finalise(session, mid)
    svc.add_addendum(session, mid, f"Correctie: {NAME} ({ARABIC_MUST_PRINT}), Fictiefstraat 17.")
    _check_all(session, mid, case_id)


def test_documents_stay_clean_after_a_hand_over(world):
    session, mid, case_id = world
    svc.finalise(session, mid)
    first = svc.minutes_pdf(session, mid, LABELS)
    handover.change_flag(
        session,
        case_id,
        Flag.BLACK,
        "Acuut",
        None,
        decided_by_person="Voorzitter",
        handed_to="Parket Fictief",
        handed_on=TODAY,
    )
    _check_all(session, mid, case_id)
    assert pdf_text(svc.minutes_pdf(session, mid, LABELS)) == pdf_text(first)


def test_draft_documents_stay_clean_after_a_hand_over(world):
    session, mid, case_id = world
    handover.change_flag(
        session,
        case_id,
        Flag.BLACK,
        "Acuut",
        None,
        decided_by_person="Voorzitter",
        handed_to="Parket Fictief",
        handed_on=TODAY,
    )
    _check_all(session, mid, case_id)


def test_documents_stay_clean_after_an_identity_change(world):
    session, mid, case_id = world
    handover.save_identity(session, case_id, Identity(name="Andere Naam Nieuwer"))
    _check_all(session, mid, case_id)
    svc.finalise(session, mid)
    _check_all(session, mid, case_id)


def test_documents_stay_clean_after_a_purge(world):
    session, mid, case_id = world
    other = svc.create_meeting(session, svc.MeetingDraft(TableKind.INTEGRATED, YESTERDAY))
    general = svc.add_item(session, other, ItemKind.GENERAL, "Algemeen", 5)
    svc.add_note(session, general, text=f"{NAME} verhuisd ({ARABIC_MUST_PRINT}).")
    svc.finalise(session, mid)
    extract_before = svc.extract_pdf(session, mid, case_id, LABELS)
    handover.change_flag(
        session,
        case_id,
        Flag.BLACK,
        "Acuut",
        None,
        decided_by_person="Voorzitter",
        handed_to="Parket Fictief",
        handed_on=TODAY,
    )
    retention.purge_case(session, case_id, "erasure_request")
    _assert_clean(svc.minutes_pdf(session, mid, LABELS), must=ATTENDEES)
    _assert_clean(extract_before)
    _assert_clean(svc.minutes_pdf(session, other, LABELS))


def test_arabic_brackets_are_mirrored_and_digits_keep_their_order(world, tmp_path):
    session, mid, _ = world
    svc.add_note(session, svc.agenda(session, mid)[1].id, text="زيارة (مسجد النور) يوم 12 و 345")
    data = svc.minutes_pdf(session, mid, LABELS)
    text = reading_text(data)
    assert "(مسجد النور)" in text and ")مسجد النور(" not in text
    assert "345" in text and "543" not in text
    # Rendered: the page draws (pdftoppm must succeed and give a non-empty image).
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", "-", str(tmp_path / "p")],
        input=data,
        check=True,
    )
    assert any(p.stat().st_size > 1000 for p in tmp_path.glob("p*.png"))


# -- the redaction rule itself -------------------------------------------------------------
_LATIN = "abcdefghijklmnopqrstuvwxyzéëèçöüïñ"
_ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_HEBREW = "אבגדהוזחטיכלמנסעפצקרשת"
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыэюя"
_word = st.one_of(
    *(st.text(alphabet=a, min_size=4, max_size=9) for a in (_LATIN, _ARABIC, _HEBREW, _CYRILLIC))
)


_DATE_FORMS = ("{d:02d}/{m:02d}/{y}", "{y}-{m:02d}-{d:02d}", "{d}.{m}.{y}", "{d} {month} {y}")
_MONTH_NL = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


@settings(max_examples=80, deadline=None)
@given(
    given_name=_word,
    surname=_word,
    street=_word,
    school=_word,
    fillers=st.lists(_word, min_size=1, max_size=8),
    house=st.integers(1, 999),
    born=st.dates(date(1940, 1, 1), date(2025, 12, 31)),
    form=st.sampled_from(_DATE_FORMS),
)
def test_identity_terms_never_survive_and_other_words_stay(
    given_name, surname, street, school, fillers, house, born, form
):
    record = IdentityRecord(
        1,
        "2026-001",
        f"{given_name} {surname}",
        birth_date=born,
        address=f"{street}straat {house}, 9999 Demostad",
        school_work=f"{school} college",
    )
    identity_words = {
        folded(w) for w in (given_name, surname, f"{street}straat", school, "college")
    }
    kept = [w for w in fillers if folded(w) not in identity_words]
    written = form.format(d=born.day, m=born.month, y=born.year, month=_MONTH_NL[born.month - 1])
    pieces = [
        f"{given_name} {surname}",
        f"{surname.upper()}, {given_name}",
        written,
        f"{street}straat {house}",
        f"{school} college",
    ]
    text = " . ".join(pieces + kept + ["Demostad", "college"])
    redactor = Redactor([record])
    out = redactor.redact(text, ["2026-001"])
    folded_out = folded(out)
    for term in (f"{given_name} {surname}", f"{street}straat {house}", f"{school} college"):
        assert folded(term) not in folded_out
    for lone in (given_name, surname):  # in the case's own text, lone names go too
        assert not re.search(rf"(?<!\w){re.escape(folded(lone))}(?!\w)", folded_out)
    assert str(born.year) not in out
    assert redactor.redact(out, ["2026-001"]) == out  # nothing identifying is left
    for word in kept:
        assert folded(word) in folded_out
    assert folded_out.endswith("demostad . college")  # parts of address and school stay


def test_agenda_as_sent_loses_a_name_identified_later_and_handed_over(world):
    session, mid, _ = world
    svc.add_item(session, mid, ItemKind.GENERAL, "Overleg met Bram Laterbekend", 5)
    svc.mark_agenda_sent(session, mid)  # nobody of that name in the register yet
    later = cs.open_case(
        session, CaseDraft(TODAY - timedelta(days=2)), Identity(name="Bram Laterbekend")
    )
    handover.change_flag(
        session,
        later,
        Flag.BLACK,
        "Acuut",
        None,
        decided_by_person="Voorzitter",
        handed_to="Parket Fictief",
        handed_on=TODAY,
    )
    for data in (svc.minutes_pdf(session, mid, LABELS), svc.invitation_pdf(session, mid, LABELS)):
        text = " ".join(_texts(data))
        assert "overleg met" in text and "laterbekend" not in text


def test_feedback_text_and_consent_after_finalising(world):
    session, mid, case_id = world
    svc.finalise(session, mid)
    assert svc.feedback_possible(session, mid, case_id)
    svc.save_feedback_text(session, mid, case_id, "Opvolging door het CLB.", "social", "INP")
    assert not svc.feedback_possible(session, mid, case_id)  # a new text: ask again
    with pytest.raises(ValidationError):
        svc.save_feedback_text(session, mid, case_id, "x" * 5000)
    with pytest.raises(ValidationError):
        svc.save_feedback_text(session, mid, case_id, "Tekst", follow_up="unknown")
    people = svc.feedback_consents(session, mid, case_id)
    assert len(people) == 3 and all(p.consent is None for p in people)
    for p in people:
        kind, number = p.key.split(":")
        key = "attendance_id" if kind == "attendance" else "guest_id"
        svc.record_feedback_consent(session, mid, case_id, **{key: int(number)}, consent=True)
    kind, number = people[0].key.split(":")
    key = "attendance_id" if kind == "attendance" else "guest_id"
    svc.record_feedback_consent(session, mid, case_id, **{key: int(number)}, consent=None)
    assert not svc.feedback_possible(session, mid, case_id)  # one consent withdrawn
    with pytest.raises(ValidationError):  # somebody who did not take part
        svc.record_feedback_consent(session, mid, case_id, attendance_id=99999, consent=True)


def test_an_item_that_names_the_case_blanks_lone_names_in_all_its_texts(world):
    session, mid, case_id = world
    code = cs.get_case(session, case_id).code
    item = svc.add_item(session, mid, ItemKind.GENERAL, "Rondvraag", 5)
    svc.add_note(session, item, text=f"Stand van zaken {code}.")
    svc.add_note(session, item, text="Yasmina belt terug; Voorbeeldi ook.")
    other = svc.add_item(session, mid, ItemKind.GENERAL, "Varia", 5)
    svc.add_note(session, other, text="Yasmina van de jeugddienst belt terug.")
    content = svc.minutes_content(session, mid)
    by_title = {i.title: i for i in content.items}
    assert by_title["Rondvraag"].account[1] == "[…] belt terug; […] ook."
    # A lone first name in an item about nothing of that case stays (another Yasmina).
    assert by_title["Varia"].account == ["Yasmina van de jeugddienst belt terug."]
    svc.finalise(session, mid)
    assert svc.minutes_content(session, mid).items == content.items


def test_a_signals_person_label_is_blanked_before_it_becomes_a_case(world):
    """A signal awaiting its weighing names its person by a pseudonym: an identity too."""
    from livc_desktop.domain.signals import Channel, SignalIntake
    from livc_desktop.services import signals as signal_service

    session, mid, _case_id = world
    signal_service.register_signal(
        session,
        SignalIntake(
            received_on=YESTERDAY,
            channel=Channel.PHONE,
            observed="Fictieve observatie.",
            consent=True,
            reporter_name="Fictieve Melder",
            person_label="Zilvermeeuw",
        ),
    )
    item = svc.add_item(session, mid, ItemKind.GENERAL, "Nieuwe signalen", 5)
    svc.add_note(session, item, text="Het signaal over Zilvermeeuw wordt gewogen.")
    content = svc.minutes_content(session, mid)
    (printed,) = [i for i in content.items if i.title == "Nieuwe signalen"]
    assert printed.account == ["Het signaal over […] wordt gewogen."]
