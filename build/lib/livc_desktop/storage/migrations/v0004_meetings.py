"""Meetings: series, agenda, attendance, notes, actions, case decisions, minutes addenda
and the distribution list."""

from typing import Any

from livc_desktop.storage.sqlscript import execute_script

VERSION = 4


def upgrade(conn: Any) -> None:
    execute_script(
        conn,
        """
        CREATE TABLE meeting_series (
            id          INTEGER PRIMARY KEY,
            table_kind  TEXT NOT NULL,
            rule        TEXT NOT NULL CHECK (rule IN ('weekly', 'monthly', 'custom')),
            every_days  INTEGER NOT NULL DEFAULT 7 CHECK (every_days >= 1),
            created_at  TEXT NOT NULL
        ) STRICT;

        CREATE TABLE meeting (
            id                      INTEGER PRIMARY KEY,
            series_id               INTEGER REFERENCES meeting_series(id) ON DELETE SET NULL,
            table_kind              TEXT NOT NULL,
            case_id                 INTEGER REFERENCES case_file(id) ON DELETE SET NULL,
            on_date                 TEXT NOT NULL,
            start_time              TEXT NOT NULL DEFAULT '',
            end_time                TEXT NOT NULL DEFAULT '',
            place                   TEXT NOT NULL DEFAULT '',
            chair                   TEXT NOT NULL DEFAULT '',
            minute_taker            TEXT NOT NULL DEFAULT '',
            status                  TEXT NOT NULL DEFAULT 'planned'
                                    CHECK (status IN ('planned', 'held', 'cancelled')),
            minutes_state           TEXT NOT NULL DEFAULT 'draft'
                                    CHECK (minutes_state IN ('draft', 'finalised', 'approved')),
            agenda_sent_at          TEXT NOT NULL DEFAULT '',
            agenda_as_sent          TEXT NOT NULL DEFAULT '',  -- JSON, frozen when sent
            finalised_at            TEXT NOT NULL DEFAULT '',
            frozen_content          TEXT NOT NULL DEFAULT '',  -- JSON of the printed content
            content_hash            TEXT NOT NULL DEFAULT '',
            approved_on             TEXT NOT NULL DEFAULT '',
            approved_by_meeting_id  INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
            approval_remarks        TEXT NOT NULL DEFAULT '',
            created_at              TEXT NOT NULL,
            updated_at              TEXT NOT NULL
        ) STRICT;
        CREATE INDEX meeting_on_date ON meeting(on_date);
        CREATE INDEX meeting_series_ref ON meeting(series_id);

        CREATE TABLE agenda_item (
            id              INTEGER PRIMARY KEY,
            meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            position        INTEGER NOT NULL,
            kind            TEXT NOT NULL CHECK (kind IN ('opening', 'approve_minutes',
                            'follow_up', 'case', 'signal', 'general', 'aob')),
            title           TEXT NOT NULL DEFAULT '',
            case_id         INTEGER REFERENCES case_file(id) ON DELETE SET NULL,
            signal_id       INTEGER REFERENCES signal(id) ON DELETE SET NULL,
            reason          TEXT NOT NULL DEFAULT '',
            planned_minutes INTEGER NOT NULL DEFAULT 10 CHECK (planned_minutes BETWEEN 0 AND 600),
            off_record      INTEGER NOT NULL DEFAULT 0 CHECK (off_record IN (0, 1)),
            secret          INTEGER NOT NULL DEFAULT 0 CHECK (secret IN (0, 1)),
            updated_at      TEXT NOT NULL
        ) STRICT;
        CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);
        CREATE INDEX agenda_item_case ON agenda_item(case_id);

        CREATE TABLE item_note (
            id          INTEGER PRIMARY KEY,
            item_id     INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
            kind        TEXT NOT NULL CHECK (kind IN ('account', 'decision')),
            text        TEXT NOT NULL DEFAULT '',
            off_record  INTEGER NOT NULL DEFAULT 0 CHECK (off_record IN (0, 1)),
            secret      INTEGER NOT NULL DEFAULT 0 CHECK (secret IN (0, 1)),
            position    INTEGER NOT NULL DEFAULT 0,
            updated_at  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX item_note_item ON item_note(item_id);

        CREATE TABLE meeting_action (
            id          INTEGER PRIMARY KEY,
            item_id     INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
            partner_id  INTEGER REFERENCES partner(id) ON DELETE SET NULL,
            who         TEXT NOT NULL DEFAULT '',
            what        TEXT NOT NULL CHECK (length(trim(what)) > 0),
            due_on      TEXT NOT NULL DEFAULT '',
            off_record  INTEGER NOT NULL DEFAULT 0 CHECK (off_record IN (0, 1)),
            measure_id  INTEGER,  -- the case measure it became (cases feature)
            updated_at  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX meeting_action_item ON meeting_action(item_id);

        CREATE TABLE case_decision (
            id            INTEGER PRIMARY KEY,
            item_id       INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
            case_id       INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
            kind          TEXT NOT NULL CHECK (kind IN ('flag', 'phase')),
            value         TEXT NOT NULL,
            justification TEXT NOT NULL DEFAULT '',
            next_review   TEXT NOT NULL DEFAULT '',
            created_at    TEXT NOT NULL
        ) STRICT;
        CREATE INDEX case_decision_item ON case_decision(item_id);

        CREATE TABLE attendance (
            id               INTEGER PRIMARY KEY,
            meeting_id       INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            contact_id       INTEGER REFERENCES partner_contact(id) ON DELETE SET NULL,
            partner_id       INTEGER REFERENCES partner(id) ON DELETE SET NULL,
            name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
            organisation     TEXT NOT NULL DEFAULT '',
            role             TEXT NOT NULL DEFAULT '',
            status           TEXT NOT NULL DEFAULT 'invited'
                             CHECK (status IN ('invited', 'present', 'excused', 'absent')),
            sent_info        INTEGER NOT NULL DEFAULT 0 CHECK (sent_info IN (0, 1)),
            arrived_at       TEXT NOT NULL DEFAULT '',
            left_at          TEXT NOT NULL DEFAULT '',
            feedback_consent INTEGER CHECK (feedback_consent IN (0, 1)),
            position         INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX attendance_meeting ON attendance(meeting_id);

        CREATE TABLE meeting_guest (
            id                 INTEGER PRIMARY KEY,
            meeting_id         INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
            organisation       TEXT NOT NULL DEFAULT '',
            capacity           TEXT NOT NULL DEFAULT '',
            undertaking_signed INTEGER NOT NULL DEFAULT 0 CHECK (undertaking_signed IN (0, 1)),
            feedback_consent   INTEGER CHECK (feedback_consent IN (0, 1))
        ) STRICT;
        CREATE INDEX meeting_guest_meeting ON meeting_guest(meeting_id);

        CREATE TABLE minutes_addendum (
            id           INTEGER PRIMARY KEY,
            meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            number       INTEGER NOT NULL,
            text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
            content_hash TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            UNIQUE (meeting_id, number)
        ) STRICT;

        CREATE TABLE distribution (
            id           INTEGER PRIMARY KEY,
            meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            document     TEXT NOT NULL CHECK (document IN ('invitation', 'attendance_sheet',
                         'calendar', 'minutes', 'extract', 'feedback')),
            case_id      INTEGER REFERENCES case_file(id) ON DELETE SET NULL,
            partner_id   INTEGER REFERENCES partner(id) ON DELETE SET NULL,
            recipient    TEXT NOT NULL CHECK (length(trim(recipient)) > 0),
            sent_at      TEXT NOT NULL,
            content_hash TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX distribution_meeting ON distribution(meeting_id);

        -- Finalised minutes are frozen: the register itself refuses a silent edit.
        CREATE TRIGGER meeting_frozen_fields BEFORE UPDATE OF table_kind, case_id, on_date,
            start_time, end_time, place, chair, minute_taker, agenda_as_sent ON meeting
        WHEN OLD.minutes_state <> 'draft'
        BEGIN SELECT RAISE(ABORT, 'minutes_frozen'); END;
        CREATE TRIGGER meeting_frozen_hash BEFORE UPDATE OF frozen_content, content_hash
            ON meeting
        WHEN OLD.content_hash <> ''
        BEGIN SELECT RAISE(ABORT, 'minutes_frozen'); END;
        CREATE TRIGGER meeting_frozen_delete BEFORE DELETE ON meeting
        WHEN OLD.minutes_state <> 'draft'
        BEGIN SELECT RAISE(ABORT, 'minutes_frozen'); END;
        CREATE TRIGGER addendum_no_update BEFORE UPDATE ON minutes_addendum
        BEGIN SELECT RAISE(ABORT, 'minutes_frozen'); END;
        """,
    )
    for table, meeting_of in _CHILDREN.items():
        for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
            conn.execute(
                f"CREATE TRIGGER {table}_frozen_{event.lower()} BEFORE {event} ON {table} "
                f"WHEN (SELECT minutes_state FROM meeting WHERE id = "
                f"{meeting_of.format(row=row)}) <> 'draft' "
                "BEGIN SELECT RAISE(ABORT, 'minutes_frozen'); END"
            )


_ITEM_MEETING = "(SELECT meeting_id FROM agenda_item WHERE id = {row}.item_id)"
# Table -> SQL giving the meeting a row belongs to.
_CHILDREN = {
    "agenda_item": "{row}.meeting_id",
    "attendance": "{row}.meeting_id",
    "meeting_guest": "{row}.meeting_id",
    "item_note": _ITEM_MEETING,
    "meeting_action": _ITEM_MEETING,
    "case_decision": _ITEM_MEETING,
}
