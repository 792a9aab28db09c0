"""Signals and cases (the operational table's core).

Lists must stay instant with 5,000 cases and 100,000 information items: the register list
reads `case_file` alone (flag, phase, review date and counters are kept on the row), the
identity lives in its own table that lists never touch, and every per-case table is
indexed on case_id. Information items are searchable through FTS5, inside the encrypted
file like everything else (`temp_store = MEMORY` keeps index work off the disk)."""

from typing import Any

from livc_desktop.storage.sqlscript import execute_script

VERSION = 3


def upgrade(conn: Any) -> None:
    execute_script(
        conn,
        """
        CREATE TABLE case_file (
            id              INTEGER PRIMARY KEY,
            code            TEXT NOT NULL UNIQUE,  -- year + sequence; never derived from the person
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL,
            opened_on       TEXT NOT NULL,
            pseudonym       TEXT NOT NULL DEFAULT '',
            municipality    TEXT NOT NULL DEFAULT '',
            phase           TEXT NOT NULL DEFAULT 'registration' CHECK (phase IN
                            ('registration', 'file_building', 'weighing', 'approach',
                             'evaluation', 'closed')),
            phase_since     TEXT NOT NULL,
            flag            TEXT CHECK (flag IN ('green', 'yellow', 'red', 'black')),
            flag_since      TEXT,
            next_review     TEXT,
            last_weighed_on TEXT NOT NULL,
            follow_up       TEXT CHECK (follow_up IN ('social', 'police', 'mixed')),
            lead_partner_id INTEGER REFERENCES partner(id) ON DELETE SET NULL,
            closure_reason  TEXT,
            closure_note    TEXT NOT NULL DEFAULT '',
            closed_on       TEXT,
            handed_to       TEXT NOT NULL DEFAULT '',
            handed_on       TEXT
        ) STRICT;
        CREATE INDEX case_file_flag ON case_file(flag);
        CREATE INDEX case_file_phase ON case_file(phase);
        CREATE INDEX case_file_review ON case_file(next_review);
        CREATE INDEX case_file_weighed ON case_file(last_weighed_on);
        CREATE INDEX case_file_lead ON case_file(lead_partner_id);

        -- The person concerned: only ever read inside the case file, on an explicit reveal.
        CREATE TABLE case_identity (
            case_id     INTEGER PRIMARY KEY REFERENCES case_file(id) ON DELETE CASCADE,
            name        TEXT NOT NULL DEFAULT '',
            birth_date  TEXT,
            address     TEXT NOT NULL DEFAULT '',
            school_work TEXT NOT NULL DEFAULT '',
            languages   TEXT NOT NULL DEFAULT ''
        ) STRICT;

        CREATE TABLE case_phase_change (
            id          INTEGER PRIMARY KEY,
            case_id     INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
            from_phase  TEXT,
            to_phase    TEXT NOT NULL,
            changed_on  TEXT NOT NULL,
            meeting_id  INTEGER,
            reason      TEXT NOT NULL DEFAULT '',
            note        TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX case_phase_change_case ON case_phase_change(case_id, changed_on);

        -- Append-only: a flag decision is never edited, only followed by another one.
        CREATE TABLE case_flag_change (
            id                INTEGER PRIMARY KEY,
            case_id           INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
            flag              TEXT NOT NULL CHECK (flag IN ('green', 'yellow', 'red', 'black')),
            decided_on        TEXT NOT NULL,
            meeting_id        INTEGER,
            decided_by_person TEXT NOT NULL DEFAULT '',
            justification     TEXT NOT NULL,
            next_review       TEXT,
            handed_to         TEXT NOT NULL DEFAULT '',
            handed_on         TEXT,
            created_at        TEXT NOT NULL,
            CHECK (meeting_id IS NOT NULL OR length(trim(decided_by_person)) > 0)
        ) STRICT;
        CREATE INDEX case_flag_change_case ON case_flag_change(case_id, decided_on);
        CREATE INDEX case_flag_change_day ON case_flag_change(decided_on);
        -- The one edit allowed: a hand-over (black flag) blanks earlier justifications,
        -- since only the fact of the hand-over may be kept.
        CREATE TRIGGER case_flag_change_append_only BEFORE UPDATE ON case_flag_change
        WHEN NOT (new.justification = '' AND new.id IS old.id AND new.case_id IS old.case_id
                  AND new.flag IS old.flag AND new.decided_on IS old.decided_on
                  AND new.meeting_id IS old.meeting_id
                  AND new.decided_by_person IS old.decided_by_person
                  AND new.next_review IS old.next_review AND new.handed_to IS old.handed_to
                  AND new.handed_on IS old.handed_on AND new.created_at IS old.created_at)
        BEGIN
            SELECT RAISE(ABORT, 'flag history is append-only');
        END;

        CREATE TABLE case_team (
            id         INTEGER PRIMARY KEY,
            case_id    INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
            partner_id INTEGER NOT NULL REFERENCES partner(id),
            joined_on  TEXT NOT NULL,
            left_on    TEXT,
            CHECK (left_on IS NULL OR left_on >= joined_on)
        ) STRICT;
        CREATE INDEX case_team_case ON case_team(case_id);
        CREATE INDEX case_team_partner ON case_team(partner_id, case_id);

        CREATE TABLE measure (
            id         INTEGER PRIMARY KEY,
            case_id    INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
            partner_id INTEGER REFERENCES partner(id),
            what       TEXT NOT NULL CHECK (length(trim(what)) > 0),
            due_on     TEXT,
            status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
            result     TEXT NOT NULL DEFAULT '',
            meeting_id INTEGER,  -- the meeting that agreed it (meetings, v4), if any
            created_on TEXT NOT NULL,
            closed_on  TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX measure_case ON measure(case_id);
        CREATE INDEX measure_open_due ON measure(status, due_on);

        -- Each item keeps its source and that source's consent; items are never merged.
        CREATE TABLE info_item (
            id                INTEGER PRIMARY KEY,
            case_id           INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
            received_on       TEXT NOT NULL,
            source_partner_id INTEGER REFERENCES partner(id),
            content           TEXT NOT NULL,
            consent           INTEGER NOT NULL CHECK (consent = 1),
            sharing           TEXT NOT NULL DEFAULT 'case_team'
                              CHECK (sharing IN ('case_team', 'whole_cell')),
            secret            INTEGER NOT NULL DEFAULT 0 CHECK (secret IN (0, 1)),
            not_for_minutes   INTEGER NOT NULL DEFAULT 0 CHECK (not_for_minutes IN (0, 1)),
            created_at        TEXT NOT NULL,
            CHECK (secret = 0 OR sharing = 'case_team')
        ) STRICT;
        CREATE INDEX info_item_case ON info_item(case_id, received_on);

        CREATE VIRTUAL TABLE info_item_fts USING fts5(
            content, content='info_item', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER info_item_fts_insert AFTER INSERT ON info_item BEGIN
            INSERT INTO info_item_fts(rowid, content) VALUES (new.id, new.content);
        END;
        CREATE TRIGGER info_item_fts_delete AFTER DELETE ON info_item BEGIN
            INSERT INTO info_item_fts(info_item_fts, rowid, content)
            VALUES ('delete', old.id, old.content);
        END;
        CREATE TRIGGER info_item_fts_update AFTER UPDATE OF content ON info_item BEGIN
            INSERT INTO info_item_fts(info_item_fts, rowid, content)
            VALUES ('delete', old.id, old.content);
            INSERT INTO info_item_fts(rowid, content) VALUES (new.id, new.content);
        END;

        CREATE TABLE case_cooperation (
            id           INTEGER PRIMARY KEY,
            case_id      INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
            kind         TEXT NOT NULL CHECK (kind IN ('other_livc', 'ltf')),
            name         TEXT NOT NULL,
            contact      TEXT NOT NULL DEFAULT '',
            exchanged_on TEXT
        ) STRICT;
        CREATE INDEX case_cooperation_case ON case_cooperation(case_id);

        CREATE TABLE signal (
            id                  INTEGER PRIMARY KEY,
            received_on         TEXT NOT NULL,
            created_at          TEXT NOT NULL,
            channel             TEXT NOT NULL,
            registered          INTEGER NOT NULL CHECK (registered IN (0, 1)),
            status              TEXT NOT NULL CHECK (status IN
                                ('awaiting', 'case', 'handed_to_partner', 'not_retained',
                                 'not_registered')),
            reporter_partner_id INTEGER REFERENCES partner(id) ON DELETE SET NULL,
            reporter_contact_id INTEGER REFERENCES partner_contact(id) ON DELETE SET NULL,
            reporter_name       TEXT NOT NULL DEFAULT '',
            reporter_contact    TEXT NOT NULL DEFAULT '',
            observed            TEXT NOT NULL DEFAULT '',
            person_label        TEXT NOT NULL DEFAULT '',
            urgency             TEXT NOT NULL DEFAULT 'normal',
            case_id             INTEGER REFERENCES case_file(id) ON DELETE SET NULL,
            handed_partner_id   INTEGER REFERENCES partner(id) ON DELETE SET NULL,
            triage_reason       TEXT NOT NULL DEFAULT '',
            triaged_on          TEXT,
            triage_meeting_id   INTEGER,
            -- A signal without consent is a trace: nothing that describes or identifies.
            CHECK (registered = 1 OR (status = 'not_registered' AND observed = ''
                   AND person_label = '' AND reporter_name = '' AND reporter_contact = ''
                   AND reporter_contact_id IS NULL))
        ) STRICT;
        CREATE INDEX signal_queue ON signal(status, received_on);
        CREATE INDEX signal_case ON signal(case_id);
        CREATE INDEX signal_received ON signal(received_on);
        """,
    )
