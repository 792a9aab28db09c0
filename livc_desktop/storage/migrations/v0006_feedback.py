"""The feedback sheet to the police, per case of a meeting (art. 458ter; Constitutional
Court 52/2021): the text the cell agreed to share, stored redacted, and each participant's
consent to exactly that text (its fingerprint): a changed text is not consented to.

`case_id` carries no foreign key: a purged case leaves the sheet of a held meeting with
its code only."""

from typing import Any

from livc_desktop.storage.sqlscript import execute_script

VERSION = 6

SQL = """
CREATE TABLE feedback_sheet (
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    case_id        INTEGER NOT NULL,
    case_code      TEXT NOT NULL,
    conclusion     TEXT NOT NULL CHECK (length(trim(conclusion)) > 0),
    follow_up      TEXT NOT NULL DEFAULT '',
    police_contact TEXT NOT NULL DEFAULT '',
    fingerprint    TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (meeting_id, case_id)
) STRICT;

CREATE TABLE feedback_consent (
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    case_id     INTEGER NOT NULL,
    participant TEXT NOT NULL,  -- 'attendance:<id>' or 'guest:<id>'
    consent     INTEGER NOT NULL CHECK (consent IN (0, 1)),
    fingerprint TEXT NOT NULL,  -- the text consented to
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, case_id, participant)
) STRICT;
"""


def upgrade(conn: Any) -> None:
    execute_script(conn, SQL)
