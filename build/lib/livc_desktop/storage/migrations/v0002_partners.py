"""Partner inventory: organisations, their contact persons, roles, tables, trainings, the
editable sector list, and the reference directory of support organisations (seeded from
the booklet, marked with its date so users know to verify the entries)."""

from typing import Any

from livc_desktop.storage.sqlscript import execute_script

VERSION = 2

# Built-in sector codes (labels are translated by the UI); kept in step with
# domain/partners.py Sector. A migration never imports the domain: it is frozen history.
_BUILTIN_SECTORS = (
    "police",
    "social_services",
    "welfare",
    "youth",
    "education",
    "sport",
    "culture",
    "religious",
    "street_work",
    "justice_assistants",
    "prevention",
    "municipal_administration",
    "judicial_authority",
    "other",
)

# The booklet "Zakboekje voor de burgemeester" (latest supplement 16 June 2017), Deel 2, 6
# and 7. Organisations' general contact points only, no named persons.
BOOKLET_DATE = "2017-06-16"
_SUPPORT_ENTRIES = (
    # (kind, name, description, website, email, phone)
    (
        "training",
        "Arktos vzw – project 'Bounce'",
        "Bounce Young (resilience training for young people), Bounce Along (awareness for "
        "parents and first-line workers), Bounce Up (train the trainers). Contact through "
        "the Vormingscentrum West-Vlaanderen.",
        "www.arktos.be",
        "",
        "059 70 10 14",
    ),
    (
        "training",
        "Motief vzw",
        "Training for staff, volunteers and policy officers facing religious and "
        "philosophical diversity (youth work, welfare, education).",
        "www.motief.org",
        "info@motief.org",
        "",
    ),
    (
        "training",
        "CEAPIRE",
        "Centre of expertise and advice on prevention and intervention regarding "
        "radicalism and extremism: advice, workshops and training on demand.",
        "www.ceapire.be",
        "",
        "",
    ),
    (
        "training",
        "Uit de Marge vzw",
        "Support centre for youth work with children and young people in vulnerable "
        "situations: training, methods, advice and coaching.",
        "www.uitdemarge.be",
        "info@uitdemarge.be",
        "",
    ),
    (
        "federal",
        "FOD Binnenlandse Zaken – Mobiel Team (Algemene Directie Veiligheid en Preventie)",
        "Temporary on-site support for municipalities on prevention of radicalisation, "
        "approach and aftercare; setting up an LIVC.",
        "",
        "mob.team@ibz.fgov.be",
        "",
    ),
    (
        "regional",
        "VVSG – helpdesk radicalisering",
        "Support for Flemish local authorities: helpdesk, framework for action, overview "
        "of sectoral initiatives, good-practice database, peer meetings and training.",
        "www.vvsg.be/radicalisering",
        "radicalisering@vvsg.be",
        "",
    ),
    (
        "helpline",
        "De Opvoedingslijn (Groeimee)",
        "Helpline for parents, family and friends of children who radicalise.",
        "www.groeimee.be/opvoedingslijn",
        "opvoedingslijn@groeimee.be",
        "078 15 00 10",
    ),
    (
        "helpline",
        "Infolijn Executief van de Moslims van België",
        "Free line for theological questions about Islam, weekdays 9.30-12.00.",
        "",
        "infolijn.islam@embnet.be",
        "0800 200 98",
    ),
    (
        "network",
        "Netwerk islamexperten (Vlaamse overheid, Onderwijs)",
        "Network of Islam experts for preventive work against radicalisation and "
        "polarisation; Flemish contact point for education.",
        "onderwijs.vlaanderen.be/deradicalisering",
        "deradicalisering.onderwijs@vlaanderen.be",
        "",
    ),
    (
        "information",
        "Klasse – dossier radicalisering",
        "Questions about radicalisation in education and the training offer.",
        "www.klasse.be/radicalisering",
        "",
        "",
    ),
    (
        "information",
        "EXPOO – Expertisecentrum Opvoedingsondersteuning",
        "Questions about parenting and family support.",
        "www.expoo.be/radicalisering",
        "",
        "",
    ),
    (
        "helpline",
        "JAC – Jongerenadviescentrum",
        "Young people with questions.",
        "www.jac.be",
        "",
        "",
    ),
    (
        "helpline",
        "CAW – Centrum Algemeen Welzijnswerk",
        "Support for parents.",
        "www.caw.be",
        "",
        "",
    ),
    (
        "information",
        "OCJ – Ondersteuningscentrum Jeugdzorg",
        "Professionals worried about young people or families.",
        "wvg.vlaanderen.be/jongerenwelzijn",
        "",
        "",
    ),
    (
        "helpline",
        "CGG – Centrum Geestelijke Gezondheidszorg",
        "Psychological support.",
        "www.geestelijkgezondvlaanderen.be",
        "",
        "",
    ),
)


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
            code     TEXT PRIMARY KEY NOT NULL,
            label    TEXT NOT NULL DEFAULT '',   -- empty for built-in codes (translated by the UI)
            active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            builtin  INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
            position INTEGER NOT NULL DEFAULT 0
        ) STRICT;

        CREATE TABLE support_organisation (
            id          INTEGER PRIMARY KEY,
            kind        TEXT NOT NULL DEFAULT 'other',
            name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
            description TEXT NOT NULL DEFAULT '',
            website     TEXT NOT NULL DEFAULT '',
            email       TEXT NOT NULL DEFAULT '',
            phone       TEXT NOT NULL DEFAULT '',
            source      TEXT NOT NULL DEFAULT '',  -- 'booklet' for shipped entries, '' for own
            source_date TEXT,                      -- date of the source; verify entries after it
            verified_on TEXT,                      -- when a user last checked the entry
            updated_at  TEXT NOT NULL
        ) STRICT;
        """,
    )
    for position, code in enumerate(_BUILTIN_SECTORS):
        conn.execute(
            "INSERT INTO sector(code, label, active, builtin, position) VALUES (?, '', 1, 1, ?)",
            (code, position),
        )
    for kind, name, description, website, email, phone in _SUPPORT_ENTRIES:
        conn.execute(
            "INSERT INTO support_organisation(kind, name, description, website, email, phone, "
            "source, source_date, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'booklet', ?, ?)",
            (
                kind,
                name,
                description,
                website,
                email,
                phone,
                BOOKLET_DATE,
                BOOKLET_DATE + "T00:00:00",
            ),
        )
