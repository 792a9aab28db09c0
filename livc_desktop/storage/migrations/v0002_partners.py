"""Partner inventory: organisations, their contact persons, roles, tables, trainings."""

from typing import Any

from livc_desktop.storage.sqlscript import execute_script

VERSION = 2


def upgrade(conn: Any) -> None:
    execute_script(
        conn,
        """
        CREATE TABLE partner (
            id                    INTEGER PRIMARY KEY,
            name                  TEXT NOT NULL CHECK (length(trim(name)) > 0),
            sector                TEXT NOT NULL DEFAULT 'other',
            address               TEXT NOT NULL DEFAULT '',
            phone                 TEXT NOT NULL DEFAULT '',
            email                 TEXT NOT NULL DEFAULT '',
            website               TEXT NOT NULL DEFAULT '',
            municipality          TEXT NOT NULL DEFAULT '',
            status                TEXT NOT NULL DEFAULT 'active'
                                  CHECK (status IN ('active', 'archived')),
            archived_on           TEXT,
            notes                 TEXT NOT NULL DEFAULT '',
            participation         TEXT NOT NULL DEFAULT 'informed'
                                  CHECK (participation IN ('works_on', 'contributes', 'informed')),
            secrecy               TEXT NOT NULL DEFAULT 'unknown'
                                  CHECK (secrecy IN ('yes', 'no', 'unknown')),
            secrecy_basis         TEXT NOT NULL DEFAULT '',
            house_rules_signed_on TEXT,
            created_at            TEXT NOT NULL,
            updated_at            TEXT NOT NULL
        ) STRICT;
        CREATE INDEX partner_name ON partner(name COLLATE NOCASE);

        CREATE TABLE partner_role (
            partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
            role       TEXT NOT NULL,
            PRIMARY KEY (partner_id, role)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE partner_table (
            partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
            table_kind TEXT NOT NULL,
            PRIMARY KEY (partner_id, table_kind)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE partner_contact (
            id         INTEGER PRIMARY KEY,
            partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
            name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
            function   TEXT NOT NULL DEFAULT '',
            phone      TEXT NOT NULL DEFAULT '',
            email      TEXT NOT NULL DEFAULT '',
            language   TEXT NOT NULL DEFAULT '',
            clearance  INTEGER NOT NULL DEFAULT 0 CHECK (clearance IN (0, 1)),
            status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX partner_contact_partner ON partner_contact(partner_id);

        CREATE TABLE partner_training (
            id         INTEGER PRIMARY KEY,
            partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
            provider   TEXT NOT NULL DEFAULT '',
            title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
            on_date    TEXT,
            state      TEXT NOT NULL DEFAULT 'followed' CHECK (state IN ('followed', 'wanted'))
        ) STRICT;
        CREATE INDEX partner_training_partner ON partner_training(partner_id);

        CREATE TABLE sector (
            code   TEXT PRIMARY KEY NOT NULL,
            label  TEXT NOT NULL DEFAULT '',   -- empty for built-in codes (translated by the UI)
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        ) STRICT;
        """,
    )
