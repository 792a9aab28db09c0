"""The annual report: figures derived from the register, suppressed before printing, PDF
and CSV in the register's language, one access-trail entry per file, the command."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from livc_desktop.domain.annual_report import NOT_SET, Section
from livc_desktop.domain.cases import CaseDraft, ClosureReason, Flag, FollowUp, Phase
from livc_desktop.domain.cell import TableKind
from livc_desktop.domain.disclosure import Figure, Mark
from livc_desktop.domain.errors import ValidationError
from livc_desktop.domain.signals import Channel, SignalIntake, SignalStatus, Triage, TriageOutcome
from livc_desktop.services import annual_report, audit, cases, signals
from livc_desktop.storage.annual_report_repo import AnnualReportRepository

YEAR = 2024
STAMP = "2024-01-01T00:00:00"


def _signal(session, on: date, channel: Channel) -> int:
    return signals.register_signal(
        session,
        SignalIntake(
            received_on=on,
            channel=channel,
            observed="Fictief signaal voor de test",
            consent=True,
            reporter_name="Melder Fictief",
        ),
    )


def _partner(session, name: str) -> int:
    cur = session.register.execute(
        "INSERT INTO partner(name, created_at, updated_at) VALUES (?, ?, ?)", (name, STAMP, STAMP)
    )
    return int(cur.lastrowid)


def _meeting(session, on: str, table: TableKind, status: str = "held") -> int:
    cur = session.register.execute(
        "INSERT INTO meeting(table_kind, on_date, status, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (table.value, on, status, STAMP, STAMP),
    )
    return int(cur.lastrowid)


def _attend(
    session, meeting_id: int, partner_id: int, status: str, name: str = "Vertegenwoordiger"
) -> None:
    session.register.execute(
        "INSERT INTO attendance(meeting_id, partner_id, name, status) VALUES (?, ?, ?, ?)",
        (meeting_id, partner_id, name, status),
    )


@pytest.fixture
def year_register(session):
    """A register with a known year 2024 (and some 2023 and 2025 around it)."""
    for n in range(7):
        _signal(session, date(YEAR, 3, 1 + n), Channel.EMAIL)
    phone = [_signal(session, date(YEAR, 5, 2 + n), Channel.PHONE) for n in range(2)]
    _signal(session, date(YEAR - 1, 12, 31), Channel.PHONE)  # the year before
    # Weighed in the year and after it: on 31 December the second still awaited weighing.
    signals.triage(
        session,
        phone[0],
        Triage(TriageOutcome.NOT_RETAINED, date(YEAR, 6, 1), reason="Geen zorg"),
    )
    signals.triage(
        session,
        phone[1],
        Triage(TriageOutcome.NOT_RETAINED, date(YEAR + 1, 1, 5), reason="Geen zorg"),
    )
    case_ids = []
    for n in range(6):
        case_ids.append(
            cases.open_case(
                session,
                CaseDraft(
                    opened_on=date(YEAR, 2, 1 + n),
                    follow_up=FollowUp.SOCIAL if n < 5 else None,
                ),
            )
        )
    for case_id in case_ids:
        cases.change_flag(
            session,
            case_id,
            Flag.RED,
            "Ernstig",
            date(YEAR, 9, 1),
            decided_by_person="Voorzitter",
            decided_on=date(YEAR, 3, 1),
        )
    # Re-weighed after the year: on 31 December it was still red.
    cases.change_flag(
        session,
        case_ids[0],
        Flag.YELLOW,
        "Minder zorg",
        date(YEAR + 1, 6, 1),
        decided_by_person="Voorzitter",
        decided_on=date(YEAR + 1, 2, 1),
    )
    cases.change_phase(session, case_ids[1], Phase.FILE_BUILDING, changed_on=date(YEAR, 4, 1))
    cases.change_phase(
        session,
        case_ids[2],
        Phase.CLOSED,
        changed_on=date(YEAR, 10, 1),
        closure_reason=ClosureReason.GOALS_REACHED,
        evaluation_note="Doel bereikt",
    )
    school = _partner(session, "Atheneum Voorbeeldegem")
    police = _partner(session, "Politiezone Demostad")
    done = cases.add_measure(session, case_ids[3], school, "Gesprek", date(YEAR, 5, 1))
    cases.set_measure_status(
        session, done, cases.MeasureStatus.DONE, "Gebeurd", on=date(YEAR, 4, 20)
    )
    for n in range(5):
        cases.add_measure(session, case_ids[4], police, f"Opvolging {n}", date(YEAR, 11, 1))
    # Measures take today as the day they were agreed; this one is about 2024.
    session.register.execute("UPDATE measure SET created_on = ?", (f"{YEAR}-02-10",))
    for n in range(6):
        meeting = _meeting(session, f"{YEAR}-{n + 1:02d}-15", TableKind.INTEGRATED)
        _attend(session, meeting, school, "present" if n < 5 else "excused")
        _attend(session, meeting, police, "present")
        _attend(session, meeting, police, "absent", "Tweede vertegenwoordiger")
    _meeting(session, f"{YEAR}-12-20", TableKind.INTEGRATED, status="planned")
    session.register.execute(
        "INSERT INTO partner_training(partner_id, provider, title, on_date, state)"
        " VALUES (?, 'Arktos', 'Bounce', ?, 'followed')",
        (school, f"{YEAR}-09-09"),
    )
    return session, case_ids


def test_figures_follow_the_register_as_it_was_on_31_december(year_register) -> None:
    session, _ = year_register
    f = AnnualReportRepository(session.register).figures(YEAR)
    assert f.signals_by_channel == {Channel.EMAIL: 7, Channel.PHONE: 2}
    assert f.signals_by_outcome == {SignalStatus.AWAITING: 8, SignalStatus.NOT_RETAINED: 1}
    assert (f.cases_opened, f.cases_closed) == (6, 1)
    assert f.open_by_flag == {Flag.RED.value: 5}
    assert f.open_by_phase == {Phase.REGISTRATION: 4, Phase.FILE_BUILDING: 1}
    assert f.open_by_follow_up == {FollowUp.SOCIAL.value: 4, NOT_SET: 1}
    assert f.flag_decisions == {Flag.RED: 6}
    assert (f.measures_done, f.measures_overdue) == (1, 5)
    assert f.meetings_by_table == {TableKind.INTEGRATED: 6}
    assert [(a.partner, a.attended, a.missed) for a in f.attendance] == [
        ("Atheneum Voorbeeldegem", 5, 1),
        ("Politiezone Demostad", 6, 0),
    ]
    assert (f.trainings_followed, f.partners_trained) == (1, 1)


def test_small_numbers_are_suppressed_before_anything_is_printed(year_register) -> None:
    session, _ = year_register
    report = annual_report.build(session, YEAR, today=date(YEAR + 1, 3, 1))
    signals_group = report.group(Section.SIGNALS)
    channel = dict(signals_group.breakdowns[0].figures)
    assert channel[Channel.PHONE] == Figure(Mark.SMALL)
    # 9 signals with 7 e-mails printed would give the 2 by phone away: the e-mails are hidden.
    assert signals_group.total == Figure(Mark.SHOWN, 9)
    assert channel[Channel.EMAIL] == Figure(Mark.HIDDEN)
    assert report.group(Section.CASES_CLOSED).total == Figure(Mark.SMALL)
    assert report.group(Section.MEETINGS).total == Figure(Mark.SHOWN, 6)
    lines = {line.partner: line for line in report.attendance}
    assert lines["Atheneum Voorbeeldegem"].missed == Figure(Mark.SMALL)
    assert lines["Atheneum Voorbeeldegem"].rate_percent is None
    assert lines["Politiezone Demostad"].attended == Figure(Mark.SHOWN, 6)


def test_charts_and_tables_receive_the_printed_figures_only(year_register) -> None:
    from livc_desktop.ui.annual_report_labels import labels_for

    session, _ = year_register
    report = annual_report.build(session, YEAR, today=date(YEAR + 1, 3, 1))
    doc = annual_report.document(report, labels_for(session, "en"))
    bars = list(doc.key_figures.bars)
    for _, tables, _ in doc.details:
        for table in tables:
            bars += [*table.bars, *([table.total] if table.total else [])]
    assert {bar.mark for bar in bars} >= {"shown", "small", "hidden"}
    for bar in bars:
        if bar.mark == "shown":
            assert bar.text == str(bar.value)
        else:
            assert bar.value is None and bar.text in ("< 5", "x", "not shown")


def test_a_year_outside_the_register_is_refused(session) -> None:
    with pytest.raises(ValidationError) as raised:
        annual_report.build(session, 2999, today=date(2026, 1, 1))
    assert raised.value.problems == {"year": "out_of_range"}
    with pytest.raises(ValidationError):
        annual_report.build(session, None)


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_pdf_and_csv_print_only_suppressed_figures_and_each_is_in_the_trail(
    year_register, tmp_path: Path
) -> None:
    from livc_desktop.ui.annual_report_labels import labels_for

    session, _ = year_register
    pdf, csv = tmp_path / "out" / "jaarverslag.pdf", tmp_path / "out" / "jaarverslag.csv"
    written = annual_report.export(
        session, YEAR, labels_for(session, "en"), pdf=pdf, csv=csv, today=date(YEAR + 1, 1, 2)
    )
    assert written == [pdf, csv]
    text = _text(pdf.read_bytes())
    assert "Annual report 2024" in text
    assert "Phone\n< 5" in text
    assert "E-mail\nx" in text
    assert "Meetings held\n6" in text
    assert "Atheneum Voorbeeldegem" in text
    rows = csv.read_bytes().decode("utf-8-sig").splitlines()
    assert "Signals received;By channel;Phone;< 5" in rows
    assert not any(row.endswith(";2") or row.endswith(";1") for row in rows)
    entries = [e for e in audit.entries(session) if e.kind in ("export_pdf", "export_csv")]
    assert [(e.kind, e.fields.get("kind"), e.fields.get("year")) for e in entries] == [
        ("export_pdf", "annual_report", YEAR),
        ("export_csv", "annual_report", YEAR),
    ]


def test_the_command_writes_the_report_of_a_demo_register(
    qapp, tmp_path: Path, monkeypatch
) -> None:
    # `qapp`: the command's Qt core application would otherwise outlive the test and stop
    # later widget tests from making theirs.
    from livc_desktop.cli import main
    from livc_desktop.services.demo import DEMO_PASSPHRASE, create_demo

    register = tmp_path / "demo" / "register.livc"
    create_demo(register, language="nl").close()
    pdf, csv = tmp_path / "jaarverslag.pdf", tmp_path / "jaarverslag.csv"
    year = date.today().year
    monkeypatch.setattr("sys.stdin", io.StringIO(DEMO_PASSPHRASE + "\n"))
    code = main(
        [
            "annual-report",
            "--register",
            str(register),
            "--year",
            str(year),
            "--out",
            str(pdf),
            "--csv",
            str(csv),
            "--passphrase-stdin",
        ]
    )
    assert code == 0
    assert f"Jaarverslag {year}" in _text(pdf.read_bytes())
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "1990", "--out", "x.pdf"], "no annual report for 1990"),
        (["--year", "2024", "--out", "x.txt"], ".pdf"),
        (["--year", "2024", "--out", "x.pdf", "--csv", "x.txt"], ".csv"),
    ],
)
def test_the_command_refuses_bad_arguments_with_a_clear_message(
    qapp, tmp_path: Path, capsys, args: list[str], message: str
) -> None:
    from livc_desktop.cli import main

    assert main(["annual-report", "--register", str(tmp_path / "r.livc"), *args]) == 2
    assert message in capsys.readouterr().err
