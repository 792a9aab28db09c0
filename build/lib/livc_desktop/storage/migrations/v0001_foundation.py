"""Foundation: settings (the cell's profile and preferences), stored encrypted."""

from typing import Any

VERSION = 1


def upgrade(conn: Any) -> None:
    conn.execute(
        """
        CREATE TABLE setting (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        ) STRICT
        """
    )
