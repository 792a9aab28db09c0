"""Folded search keys for the case list's filter: the code and pseudonym of each case, and
the person's name, without accents, marks or case (domain.redaction.folded). SQLite then
filters a register of any size in C (`instr` on a stored column) instead of calling the
Python fold function for every row on every keystroke.

Two covering indexes: information item id -> case id, so a full-text hit finds its case
without reading the item itself (a common word matched 95,000 items at ten times a city,
5 s of row reads against 0.15 s), and code + phase for the list of open cases by code.

A key is NULL when it has to be (re)computed: new rows start so, and a trigger sets it
back to NULL whenever the text it folds changes, whoever writes it. The case repository
fills the NULL keys before it searches (a partial index finds them at once)."""

from typing import Any

from livc_desktop.domain.redaction import folded
from livc_desktop.storage.sqlscript import execute_script

VERSION = 9

#: Separates the folded code from the folded pseudonym in `case_file.search_fold`, so a
#: needle never matches across the two (typed text has no control characters).
FOLD_SEPARATOR = "\x1f"

SQL = """
ALTER TABLE case_file ADD COLUMN search_fold TEXT;
ALTER TABLE case_identity ADD COLUMN name_fold TEXT;
CREATE INDEX case_file_unfolded ON case_file(id) WHERE search_fold IS NULL;
CREATE INDEX case_identity_unfolded ON case_identity(case_id) WHERE name_fold IS NULL;
CREATE INDEX info_item_id_case ON info_item(id, case_id);
CREATE INDEX case_file_code_phase ON case_file(code, phase);
CREATE TRIGGER case_file_fold_stale AFTER UPDATE OF code, pseudonym ON case_file
    WHEN NEW.search_fold IS NOT NULL
BEGIN
    UPDATE case_file SET search_fold = NULL WHERE id = NEW.id;
END;
CREATE TRIGGER case_identity_fold_stale AFTER UPDATE OF name ON case_identity
    WHEN NEW.name_fold IS NOT NULL
BEGIN
    UPDATE case_identity SET name_fold = NULL WHERE case_id = NEW.case_id;
END;
"""


def case_key(code: str, pseudonym: str) -> str:
    return folded(code) + FOLD_SEPARATOR + folded(pseudonym)


def upgrade(conn: Any) -> None:
    execute_script(conn, SQL)
    conn.executemany(
        "UPDATE case_file SET search_fold = ? WHERE id = ?",
        [
            (case_key(str(r[1]), str(r[2])), r[0])
            for r in conn.execute("SELECT id, code, pseudonym FROM case_file").fetchall()
        ],
    )
    conn.executemany(
        "UPDATE case_identity SET name_fold = ? WHERE case_id = ?",
        [
            (folded(str(r[1])), r[0])
            for r in conn.execute("SELECT case_id, name FROM case_identity").fetchall()
        ],
    )
