"""Signals and cases (the operational table's core)."""

from typing import Any

from livc_desktop.storage.sqlscript import execute_script

VERSION = 3


def upgrade(conn: Any) -> None:
    execute_script(
        conn,
        """
        CREATE TABLE case_file (
            id         INTEGER PRIMARY KEY,
            code       TEXT NOT NULL UNIQUE,  -- year + sequence; never derived from the person
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE signal (
            id          INTEGER PRIMARY KEY,
            received_on TEXT NOT NULL,
            created_at  TEXT NOT NULL
        ) STRICT;
        """,
    )
