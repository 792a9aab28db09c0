"""The benchmark harness must keep working as the program changes: run a few of the cheap
benchmarks on the small register (no cache, results in tmp_path), in a subprocess so that
Qt stays out of this process. The figures themselves are never asserted here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate import SIZES
from benchmarks.harness import Result, format_table

ROOT = Path(__file__).resolve().parents[2]


def test_result_statistics_and_budget_ratio() -> None:
    r = Result("x", "ms", [5.0, 1.0, 3.0, 2.0, 4.0], budget=4.0)
    assert r.median == 3.0
    assert r.p95 == 5.0
    assert r.ratio == pytest.approx(1.25)
    assert Result("y", "ms", [7.0]).ratio is None
    table = format_table([r, Result("y", "ms", [7.0], note="reported")])
    assert "OVER" in table.splitlines()[2]
    assert "reported" in table


def test_sizes_follow_the_issue() -> None:
    city = SIZES["city"]
    assert (city["partners"], city["contacts"], city["cases"]) == (500, 3000, 5000)
    assert (city["signals"], city["items"], city["meetings"]) == (20000, 100000, 2000)
    assert all(SIZES["stress"][k] == 10 * v for k, v in city.items())


@pytest.mark.slow
def test_suite_runs_on_the_small_register(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--size",
            "small",
            "--repeat",
            "2",
            "--no-cache",
            "--results",
            str(tmp_path),
            "--only",
            "case_list",
            "open_case",
            "encryption_overhead",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    (written,) = tmp_path.glob("*-small.json")
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["machine"]["sqlcipher"].startswith("4.")
    assert data["register"]["rows"]["case_file"] == SIZES["small"]["cases"]
    assert data["register"]["rows"]["meeting"] == SIZES["small"]["meetings"]
    names = {r["name"]: r for r in data["results"]}
    for name in (
        "3 case list: filter keystroke",
        "3 FTS search over information items",
        "4 open case file (all tabs)",
        "8 encryption overhead: queries of 3 + 4",
    ):
        assert names[name]["samples"], name
        assert all(s > 0 for s in names[name]["samples"]), name
        assert names[name]["budget"], name
    assert "200 information items" in names["4 open case file (all tabs)"]["note"]
    assert "ratio" in proc.stdout


# -- fixes made for the budget keep their behaviour ------------------------------------------


def test_fts_query_short_words_are_whole_words() -> None:
    from livc_desktop.storage.case_repo import fts_query

    assert fts_query("s") == '"s"'
    assert fts_query("is sch") == '"is" "sch"*'
    assert fts_query('"bezoekt* (jeugdhuis') == '"bezoekt"* "jeugdhuis"*'


def test_search_first_keystrokes_do_not_expand_to_every_item(session) -> None:
    from datetime import date

    from livc_desktop.domain.cases import CaseDraft, InformationItem
    from livc_desktop.domain.partners import Partner
    from livc_desktop.services import cases as cs
    from livc_desktop.services import partners as ps

    (pid,) = ps.bulk_create(session, [Partner(name="Partner Fictief vzw")], record=False)
    case_id = cs.open_case(session, CaseDraft(date.today(), "Merel"))
    cs.add_information(
        session, case_id, InformationItem(date.today(), pid, "Zoë is vaak in de school", True)
    )
    assert cs.search_case_ids(session, "sc") == set()  # no word "sc", and no prefix yet
    assert cs.search_case_ids(session, "sch") == {case_id}
    assert cs.search_case_ids(session, "is") == {case_id}  # a short word, whole
    assert cs.search_case_ids(session, "me") == {case_id}  # pseudonym: still a substring


def test_growth_table_sets_sizes_side_by_side_with_the_growth() -> None:
    from benchmarks.harness import format_growth_table

    def stored(name: str, value: float, interactive: bool = True) -> dict:
        r = Result(name, "ms", [value], budget=25.0, interactive=interactive)
        return r.to_dict()

    table = format_growth_table(
        {
            "small": [stored("keystroke", 1.0), stored("backup", 100.0, False)],
            "city": [stored("keystroke", 10.0), stored("backup", 1000.0, False)],
            "stress": [stored("keystroke", 20.0), stored("backup", 10000.0, False)],
        }
    )
    keystroke = next(line for line in table.splitlines() if line.startswith("keystroke"))
    backup = next(line for line in table.splitlines() if line.startswith("backup"))
    assert "2.00*" in keystroke and keystroke.rstrip().endswith("GROWS")
    assert "10.00" in backup and "GROWS" not in backup and "OVER" in backup
