"""Access trail: an append-only, hash-chained log of who-did-what events (ids and codes,
never content).

Triggers refuse DELETE always, and UPDATE except the one purge path: while the one-row
`audit_gate` table holds a row (inside the purge transaction), an UPDATE may only blank an
entry's fields (`fields = '{}'`, `redacted = 1`); seq, time, kind, case code and every hash
stay, so the chain still verifies after a purge."""

from typing import Any

from livc_desktop.storage.sqlscript import execute_script

VERSION = 5

SQL = """
CREATE TABLE audit_entry (
    seq         INTEGER PRIMARY KEY NOT NULL,
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    case_code   TEXT NOT NULL DEFAULT '',
    fields      TEXT NOT NULL,
    fields_hash TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    redacted    INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1))
) STRICT;
CREATE INDEX audit_entry_at ON audit_entry(at);
CREATE INDEX audit_entry_kind ON audit_entry(kind, at);
CREATE INDEX audit_entry_case ON audit_entry(case_code, at);

CREATE TABLE audit_gate (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1)
) STRICT;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit trail is append-only');
END;

CREATE TRIGGER audit_entry_update_only_to_redact BEFORE UPDATE ON audit_entry
WHEN NOT (
    (SELECT count(*) FROM audit_gate) = 1
    AND NEW.seq IS OLD.seq AND NEW.at IS OLD.at AND NEW.kind IS OLD.kind
    AND NEW.case_code IS OLD.case_code AND NEW.fields_hash IS OLD.fields_hash
    AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash
    AND NEW.redacted = 1 AND NEW.fields = '{}'
)
BEGIN
    SELECT RAISE(ABORT, 'audit trail is append-only');
END;
"""


def upgrade(conn: Any) -> None:
    execute_script(conn, SQL)
