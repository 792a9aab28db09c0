"""House rules: versions with their five chapters (an adopted version is frozen by
triggers, so no code path can change what partners signed) and the signatures per
partner. The partner's bare "house rules signed on" date moves into the signatures as a
signature of a version from before the program kept versions (version_id NULL)."""

from typing import Any

from livc_desktop.storage.sqlscript import execute_script

VERSION = 10

SQL = """
CREATE TABLE house_rules_version (
    id         INTEGER PRIMARY KEY,
    number     INTEGER NOT NULL UNIQUE CHECK (number > 0),
    language   TEXT NOT NULL,
    state      TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'adopted')),
    adopted_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((state = 'adopted') = (adopted_on IS NOT NULL))
) STRICT;

CREATE TABLE house_rules_chapter (
    version_id INTEGER NOT NULL REFERENCES house_rules_version(id) ON DELETE CASCADE,
    chapter    TEXT NOT NULL,
    text       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (version_id, chapter)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER house_rules_version_frozen BEFORE UPDATE ON house_rules_version
WHEN OLD.state = 'adopted'
BEGIN SELECT RAISE(ABORT, 'house rules version is adopted'); END;

CREATE TRIGGER house_rules_version_kept BEFORE DELETE ON house_rules_version
WHEN OLD.state = 'adopted'
BEGIN SELECT RAISE(ABORT, 'house rules version is adopted'); END;

CREATE TRIGGER house_rules_chapter_frozen_update BEFORE UPDATE ON house_rules_chapter
WHEN (SELECT state FROM house_rules_version WHERE id = OLD.version_id) = 'adopted'
BEGIN SELECT RAISE(ABORT, 'house rules version is adopted'); END;

CREATE TRIGGER house_rules_chapter_frozen_insert BEFORE INSERT ON house_rules_chapter
WHEN (SELECT state FROM house_rules_version WHERE id = NEW.version_id) = 'adopted'
BEGIN SELECT RAISE(ABORT, 'house rules version is adopted'); END;

CREATE TRIGGER house_rules_chapter_frozen_delete BEFORE DELETE ON house_rules_chapter
WHEN (SELECT state FROM house_rules_version WHERE id = OLD.version_id) = 'adopted'
BEGIN SELECT RAISE(ABORT, 'house rules version is adopted'); END;

CREATE TABLE house_rules_signature (
    id         INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
    version_id INTEGER REFERENCES house_rules_version(id),
    signed_on  TEXT NOT NULL,
    signed_by  TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX house_rules_signature_partner ON house_rules_signature(partner_id);

INSERT INTO house_rules_signature(partner_id, version_id, signed_on, signed_by, created_at)
    SELECT id, NULL, trim(house_rules_signed_on), '', updated_at FROM partner
    WHERE house_rules_signed_on IS NOT NULL AND trim(house_rules_signed_on) <> '';

ALTER TABLE partner DROP COLUMN house_rules_signed_on;
"""


def upgrade(conn: Any) -> None:
    execute_script(conn, SQL)
