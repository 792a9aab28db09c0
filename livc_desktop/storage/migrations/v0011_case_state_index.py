"""A narrow index of each case's state (phase, flag, review date, last weighing): the
Overview's counts per phase and flag and of the cases due for review read it instead of
every case's whole row, so they stay quick in a register of tens of thousands of cases.
The same for the meetings whose minutes wait (My month asks at every unlock). The case
list's index by code also holds the folded search key, so a search that finds few cases
walks one index instead of fetching every case's row; the flag decisions by day also
hold case and flag, so the Overview's chart reads no decision's reasons."""

from typing import Any

from livc_desktop.storage.sqlscript import execute_script

VERSION = 11

SQL = """
CREATE INDEX case_file_state ON case_file(phase, flag, next_review, last_weighed_on);
CREATE INDEX meeting_minutes_state ON meeting(minutes_state, on_date);
DROP INDEX case_file_code_phase;
CREATE INDEX case_file_list ON case_file(code, phase, search_fold);
DROP INDEX case_flag_change_day;
CREATE INDEX case_flag_change_chart ON case_flag_change(decided_on, id, case_id, flag);
"""


def upgrade(conn: Any) -> None:
    execute_script(conn, SQL)
