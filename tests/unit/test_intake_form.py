"""The reporting form: a fillable PDF per language without register data, and the import
of a filled form (parser properties, and every bad file told apart)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

from livc_desktop.domain.intake_form import (
    EMPTY,
    ENCRYPTED,
    FOREIGN,
    MAX_LENGTHS,
    TAMPERED,
    TEXT_FIELDS,
    TOO_NEW,
    UNREADABLE,
    FormField,
    IntakeFormError,
    form_mark,
    parse_fields,
    to_intake,
)
from livc_desktop.domain.signals import Channel, SignalStatus
from livc_desktop.services import audit, intake_import
from livc_desktop.services import signals as signal_service
from livc_desktop.ui.house_rules_labels import intake_form_labels

TODAY = date(2026, 11, 30)


def _fields(**values):
    out = {f.value: "" for f in TEXT_FIELDS}
    out[FormField.CONSENT.value] = "/Off"
    out[FormField.MARK.value] = form_mark("nl")
    out.update(values)
    return out


field_text = {
    f: st.text(max_size=MAX_LENGTHS[f]).filter(lambda t: "\x00" not in t) for f in TEXT_FIELDS
}


@given(
    st.fixed_dictionaries({f.value: s for f, s in field_text.items()}),
    st.sampled_from(["/Yes", "/Off", "", "Yes", "Off"]),
)
def test_parser_accepts_every_value_within_limits(values, box):
    fields = _fields(**values, consent=box)
    if not any(v.strip() for v in values.values()):
        with pytest.raises(IntakeFormError) as err:
            parse_fields(fields)
        assert err.value.code == EMPTY
        return
    form = parse_fields(fields)
    assert form.consent is (box in ("/Yes", "Yes"))
    assert form.observed == values["observed"].strip()
    intake = to_intake(form, TODAY, "When", "Where")
    assert intake.channel is Channel.REGISTRATION_FORM and intake.person_label == ""
    # What the domain would store: with consent the content, without only the trace.
    record = intake.to_record()
    assert record.registered is form.consent
    if not form.consent:
        assert record.observed == "" and record.reporter_name == ""


@given(st.sampled_from(TEXT_FIELDS), st.integers(min_value=1, max_value=50))
def test_overlong_values_are_tampering(field, extra):
    fields = _fields(observed="Iets gezien")
    fields[field.value] = "x" * (MAX_LENGTHS[field] + extra)
    with pytest.raises(IntakeFormError) as err:
        parse_fields(fields)
    assert err.value.code == TAMPERED


@given(st.text(max_size=40))
def test_unknown_or_missing_mark_is_foreign(mark):
    fields = _fields(observed="Iets gezien")
    if mark.strip() == form_mark("nl"):
        return
    fields[FormField.MARK.value] = mark
    with pytest.raises(IntakeFormError) as err:
        parse_fields(fields)
    assert err.value.code in (FOREIGN, TAMPERED)


def test_changed_fields_newer_forms_and_odd_boxes():
    extra = _fields(observed="x", extra_field="y")
    missing = _fields(observed="x")
    del missing[FormField.REPORTER_EMAIL.value]
    newer = _fields(observed="x", livc_form=form_mark("nl").replace("/1/", "/9/"))
    box = _fields(observed="x", consent="/Maybe")
    for fields, code in ((extra, TAMPERED), (missing, TAMPERED), (newer, TOO_NEW), (box, TAMPERED)):
        with pytest.raises(IntakeFormError) as err:
            parse_fields(fields)
        assert err.value.code == code


def _blank(tmp_path, lang="nl"):
    return intake_import.export_form(tmp_path / f"form-{lang}.pdf", intake_form_labels(lang))


def _fill(path, out, values, consent):
    writer = PdfWriter(clone_from=str(path))
    writer.update_page_form_field_values(writer.pages[0], values, auto_regenerate=False)
    if consent:
        for annot in writer.pages[0]["/Annots"]:
            obj = annot.get_object()
            if obj.get("/T") == "consent":
                obj[NameObject("/V")] = NameObject("/Yes")
                obj[NameObject("/AS")] = NameObject("/Yes")
    with open(out, "wb") as fh:
        writer.write(fh)
    return out


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("nl", "Aanmeldingsformulier"),
        ("fr", "Formulaire de signalement"),
        ("de", "Meldeformular"),
        ("en", "Reporting form"),
    ],
)
def test_blank_form_per_language(tmp_path, lang, title):
    path = _blank(tmp_path, lang)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert title in text
    fields = reader.get_fields()
    assert set(fields) == {f.value for f in FormField}
    assert fields["livc_form"]["/V"] == form_mark(lang)


def test_filled_form_proposes_a_signal_and_consent_rules(session, tmp_path):
    blank = _blank(tmp_path)
    filled = _fill(
        blank,
        tmp_path / "filled.pdf",
        {
            "reporter_name": "Zoë Voorbeeld",
            "reporter_organisation": "Jeugdhuis Fictief",
            "reporter_email": "zoe@voorbeeld.example",
            "observed_on": "begin november",
            "observed_where": "jeugdhuis",
            "observed": "Deelt opvallend vaak filmpjes van een extremistische groep.",
        },
        consent=True,
    )
    intake = intake_import.import_form(session, filled, "Wanneer", "Waar", today=TODAY)
    assert intake.consent and intake.reporter_name == "Zoë Voorbeeld · Jeugdhuis Fictief"
    assert "Wanneer: begin november" in intake.observed
    # Nothing is saved until the officer confirms; the reading is in the trail.
    assert signal_service.recent_signals(session) == []
    entries = audit.entries(session)
    assert entries[-1].kind == "signal_form_imported"
    assert "Zoë" not in repr(entries[-1].fields)
    sid = signal_service.register_signal(session, intake, today=TODAY)
    assert signal_service.get_signal(session, sid).status is SignalStatus.AWAITING

    no_consent = _fill(blank, tmp_path / "nee.pdf", {"observed": "Iets gezien"}, consent=False)
    intake = intake_import.import_form(session, no_consent, "Wanneer", "Waar", today=TODAY)
    intake.reporter_name = intake.reporter_name or "Onbekende melder"
    sid = signal_service.register_signal(session, intake, today=TODAY)
    row = signal_service.get_signal(session, sid)
    assert row.status is SignalStatus.NOT_REGISTERED and row.observed == ""


def test_bad_files_get_their_own_code(session, tmp_path):
    blank = _blank(tmp_path)
    cases = {}
    (tmp_path / "text.pdf").write_bytes(b"Dit is geen PDF")
    cases["text.pdf"] = UNREADABLE
    data = blank.read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 3])
    cases["cut.pdf"] = UNREADABLE
    writer = PdfWriter(clone_from=str(blank))
    writer.encrypt("geheim-voorbeeld", algorithm="AES-256")
    with open(tmp_path / "locked.pdf", "wb") as fh:
        writer.write(fh)
    cases["locked.pdf"] = ENCRYPTED
    plain = PdfWriter()
    plain.add_blank_page(200, 200)
    with open(tmp_path / "other.pdf", "wb") as fh:
        plain.write(fh)
    cases["other.pdf"] = FOREIGN
    cases[blank.name] = EMPTY
    for name, code in cases.items():
        with pytest.raises(IntakeFormError) as err:
            intake_import.import_form(session, tmp_path / name, "W", "W", today=TODAY)
        assert err.value.code == code, name
    assert all(e.kind != "signal_form_imported" for e in audit.entries(session))


def test_messages_are_translated_per_code():
    from livc_desktop.ui.messages import error_message

    texts = {
        error_message(IntakeFormError(code))
        for code in (UNREADABLE, ENCRYPTED, FOREIGN, TAMPERED, TOO_NEW, EMPTY)
    }
    assert len(texts) == 6 and all(texts)
