"""The distribution record per copy: which contact received it, their organisation as
printed on the copy, whether it was password-protected, the state of the minutes it was
made from (so "received the approved minutes" is exact) and the copy's own fingerprint
(each copy differs by its recipient line)."""

from typing import Any

from livc_desktop.storage.sqlscript import execute_script

VERSION = 7

SQL = """
ALTER TABLE distribution ADD COLUMN contact_id INTEGER
    REFERENCES partner_contact(id) ON DELETE SET NULL;
ALTER TABLE distribution ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
ALTER TABLE distribution ADD COLUMN protected INTEGER NOT NULL DEFAULT 0
    CHECK (protected IN (0, 1));
ALTER TABLE distribution ADD COLUMN copy_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE distribution ADD COLUMN minutes_state TEXT NOT NULL DEFAULT ''
    CHECK (minutes_state IN ('', 'draft', 'finalised', 'approved'));
CREATE INDEX distribution_document ON distribution(document, meeting_id);
"""


def upgrade(conn: Any) -> None:
    execute_script(conn, SQL)
