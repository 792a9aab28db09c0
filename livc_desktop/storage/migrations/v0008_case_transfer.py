"""Cases received from another cell: which package each came from (so a package is never
imported twice, even after the case is purged) and the provenance shown in the case file."""

from typing import Any

from livc_desktop.storage.sqlscript import execute_script

VERSION = 8

SQL = """
CREATE TABLE case_transfer_in (
    package_id     TEXT PRIMARY KEY CHECK (length(package_id) = 32),
    case_id        INTEGER UNIQUE REFERENCES case_file(id) ON DELETE SET NULL,
    source_code    TEXT NOT NULL,
    sender_cell    TEXT NOT NULL,
    sender_officer TEXT NOT NULL DEFAULT '',
    sender_email   TEXT NOT NULL DEFAULT '',
    sender_phone   TEXT NOT NULL DEFAULT '',
    sent_on        TEXT NOT NULL,
    received_on    TEXT NOT NULL,
    created_at     TEXT NOT NULL
) STRICT;
-- A purged case keeps only the fact that its package was imported (so it is not imported
-- again): the sender's case code, which points at the person in the other register, goes.
CREATE TRIGGER case_transfer_in_case_purged BEFORE DELETE ON case_file BEGIN
    UPDATE case_transfer_in SET case_id = NULL, source_code = '' WHERE case_id = old.id;
END;
"""


def upgrade(conn: Any) -> None:
    execute_script(conn, SQL)
