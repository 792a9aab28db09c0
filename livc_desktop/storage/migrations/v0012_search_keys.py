"""Stored search keys for the window's search (Ctrl+F), so that one search reads narrow
indexes in C instead of folding every partner, contact and meeting in Python.

- `partner.name_fold`, `partner_contact.name_fold`: the folded name (domain.redaction.
  folded), each in a covering index with what the search orders and shows.
- `meeting_search_key`: per meeting, the folded date, place, chair, case code and agenda
  titles, and its table's kind (the label is in the interface language), clustered by
  date so a search reads the newest first and stops at its limit.
- `signal_fts`: the words of what signals describe (contentless FTS5, accents folded by
  its tokenizer, as the in-memory index it replaces). Its rowid is the signal's received
  date and id in one number, so the newest matches come first without a sort. A deleted
  or changed signal's words are taken out with FTS5's 'delete' command and its
  secure-delete option: gone from the index at once, not left behind a tombstone. Its
  prefix index answers the two- and three-letter word starts typed first.
- Indexes that give a partner's and a case's signals newest first, and all
  signals newest first with their partner and case (for a word that many of them match).

As in v0009, a key is NULL when it has to be (re)computed: new rows start so, and
triggers set it back to NULL whenever a text it folds changes, whoever writes it. The
search repository fills the NULL keys before it searches (a partial index finds them).
A removed row takes its key with it (a column of the row, or a trigger)."""

from typing import Any

from livc_desktop.domain.redaction import folded
from livc_desktop.storage.sqlscript import execute_script

VERSION = 12

#: The FTS rowid of a signal: received date (yyyymmdd) in the high bits, the id below.
SIGNAL_ID_BITS = 32
SIGNAL_ID_MASK = (1 << SIGNAL_ID_BITS) - 1


def _signal_key(row: str) -> str:
    return (
        f"((CAST(replace(substr({row}.received_on, 1, 10), '-', '') AS INTEGER)"
        f" << {SIGNAL_ID_BITS}) | {row}.id)"
    )


SQL = f"""
ALTER TABLE partner ADD COLUMN name_fold TEXT;
ALTER TABLE partner_contact ADD COLUMN name_fold TEXT;
CREATE INDEX partner_unfolded ON partner(id) WHERE name_fold IS NULL;
CREATE INDEX partner_contact_unfolded ON partner_contact(id) WHERE name_fold IS NULL;
CREATE INDEX partner_search ON partner(name_fold, name);
CREATE INDEX partner_contact_search ON partner_contact(name_fold, partner_id, name);
CREATE TRIGGER partner_fold_stale AFTER UPDATE OF name ON partner
    WHEN NEW.name_fold IS NOT NULL
BEGIN
    UPDATE partner SET name_fold = NULL WHERE id = NEW.id;
END;
CREATE TRIGGER partner_contact_fold_stale AFTER UPDATE OF name ON partner_contact
    WHEN NEW.name_fold IS NOT NULL
BEGIN
    UPDATE partner_contact SET name_fold = NULL WHERE id = NEW.id;
END;

CREATE TABLE meeting_search_key (
    on_date    TEXT NOT NULL,
    meeting_id INTEGER NOT NULL UNIQUE,
    table_kind TEXT NOT NULL,
    fold       TEXT,
    PRIMARY KEY (on_date, meeting_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX meeting_search_key_stale ON meeting_search_key(meeting_id) WHERE fold IS NULL;
CREATE INDEX meeting_case ON meeting(case_id);
CREATE TRIGGER meeting_search_key_insert AFTER INSERT ON meeting
BEGIN
    INSERT INTO meeting_search_key(on_date, meeting_id, table_kind, fold)
    VALUES (NEW.on_date, NEW.id, NEW.table_kind, NULL);
END;
CREATE TRIGGER meeting_search_key_update AFTER UPDATE OF on_date, table_kind, place, chair, case_id
    ON meeting
BEGIN
    UPDATE meeting_search_key SET on_date = NEW.on_date, table_kind = NEW.table_kind, fold = NULL
    WHERE meeting_id = NEW.id;
END;
CREATE TRIGGER meeting_search_key_delete AFTER DELETE ON meeting
BEGIN
    DELETE FROM meeting_search_key WHERE meeting_id = OLD.id;
END;
CREATE TRIGGER agenda_item_search_key_insert AFTER INSERT ON agenda_item
BEGIN
    UPDATE meeting_search_key SET fold = NULL WHERE meeting_id = NEW.meeting_id;
END;
CREATE TRIGGER agenda_item_search_key_update AFTER UPDATE OF title, meeting_id ON agenda_item
BEGIN
    UPDATE meeting_search_key SET fold = NULL WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
END;
CREATE TRIGGER agenda_item_search_key_delete AFTER DELETE ON agenda_item
BEGIN
    UPDATE meeting_search_key SET fold = NULL WHERE meeting_id = OLD.meeting_id;
END;
CREATE TRIGGER case_file_meeting_search_key AFTER UPDATE OF code ON case_file
BEGIN
    UPDATE meeting_search_key SET fold = NULL
    WHERE meeting_id IN (SELECT id FROM meeting WHERE case_id = NEW.id);
END;

CREATE INDEX signal_reporter_received ON signal(reporter_partner_id, registered, received_on);
CREATE INDEX signal_case_received ON signal(case_id, registered, received_on);
CREATE INDEX signal_received_owners ON signal(received_on, registered, reporter_partner_id,
    case_id);
CREATE VIRTUAL TABLE signal_fts USING fts5(observed, content='',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3');
INSERT INTO signal_fts(signal_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO signal_fts(rowid, observed)
    SELECT {_signal_key("signal")}, observed FROM signal WHERE observed <> '';
CREATE TRIGGER signal_fts_insert AFTER INSERT ON signal WHEN NEW.observed <> ''
BEGIN
    INSERT INTO signal_fts(rowid, observed) VALUES ({_signal_key("NEW")}, NEW.observed);
END;
CREATE TRIGGER signal_fts_delete AFTER DELETE ON signal WHEN OLD.observed <> ''
BEGIN
    INSERT INTO signal_fts(signal_fts, rowid, observed)
        VALUES ('delete', {_signal_key("OLD")}, OLD.observed);
END;
CREATE TRIGGER signal_fts_update AFTER UPDATE OF observed, received_on ON signal
BEGIN
    INSERT INTO signal_fts(signal_fts, rowid, observed)
        SELECT 'delete', {_signal_key("OLD")}, OLD.observed WHERE OLD.observed <> '';
    INSERT INTO signal_fts(rowid, observed)
        SELECT {_signal_key("NEW")}, NEW.observed WHERE NEW.observed <> '';
END;
"""


def meeting_key(on_date: str, place: str, chair: str, code: str, titles: list[str]) -> str:
    """The folded words of a meeting: date (as stored), place, chair, case code, titles."""
    return " ".join(folded(t) for t in (on_date, place, chair, code, *titles) if t)


def fill_meeting_keys(conn: Any) -> int:
    """Compute the stale (NULL) meeting keys; how many there were."""
    heads = conn.execute(
        "SELECT m.id, m.on_date, m.place, m.chair, coalesce(c.code, '')"
        " FROM meeting_search_key k JOIN meeting m ON m.id = k.meeting_id"
        " LEFT JOIN case_file c ON c.id = m.case_id WHERE k.fold IS NULL"
    ).fetchall()
    if not heads:
        return 0
    titles: dict[int, list[str]] = {}
    for start in range(0, len(heads), 500):
        ids = [int(h[0]) for h in heads[start : start + 500]]
        rows = conn.execute(
            "SELECT meeting_id, title FROM agenda_item WHERE title <> '' AND meeting_id IN"
            f" ({','.join('?' * len(ids))}) ORDER BY meeting_id, position, id",
            ids,
        )
        for meeting_id, title in rows:
            titles.setdefault(int(meeting_id), []).append(str(title))
    conn.executemany(
        "UPDATE meeting_search_key SET on_date = ?, fold = ? WHERE meeting_id = ?",
        [
            (
                str(on_date),
                meeting_key(str(on_date), str(place), str(chair), str(code), titles.get(mid, [])),
                mid,
            )
            for mid, on_date, place, chair, code in heads
        ],
    )
    return len(heads)


def upgrade(conn: Any) -> None:
    execute_script(conn, SQL)
    conn.executemany(
        "UPDATE partner SET name_fold = ? WHERE id = ?",
        [(folded(str(name)), pid) for pid, name in conn.execute("SELECT id, name FROM partner")],
    )
    conn.executemany(
        "UPDATE partner_contact SET name_fold = ? WHERE id = ?",
        [
            (folded(str(name)), cid)
            for cid, name in conn.execute("SELECT id, name FROM partner_contact")
        ],
    )
    conn.execute(
        "INSERT INTO meeting_search_key(on_date, meeting_id, table_kind, fold)"
        " SELECT on_date, id, table_kind, NULL FROM meeting"
    )
    fill_meeting_keys(conn)
