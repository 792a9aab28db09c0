"""Reading a partner sheet exported from Excel or LibreOffice (CSV) and planning its
import. Pure functions on bytes: nothing is written here; `services/partner_import.py`
applies a confirmed plan in one transaction.

Handles Excel's "CSV UTF-8" (with BOM), UTF-16 "Unicode text", plain UTF-8 and the common
Windows-1252 files; `;` (Belgian Excel), `,` and tab delimiters are sniffed."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from livc_desktop.domain.errors import LivcError
from livc_desktop.domain.partners import (
    Contact,
    Participation,
    Partner,
    Sector,
    clean_name,
    name_key,
)

MAX_BYTES = 20 * 1024 * 1024
# The problem of a record that could not be split into cells (not one field's problem).
ROW_PROBLEM = "row"
UNCLOSED_QUOTE = "unclosed_quote"
MAX_ROWS = 50_000
PREVIEW_ROWS = 200


class ImportFileError(LivcError):
    """The file cannot be read as a sheet. Codes: empty_file, too_large, not_text,
    malformed, too_many_rows, no_header."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


# Target fields, in the order the mapping form shows them.
FIELDS: tuple[str, ...] = (
    "name",
    "sector",
    "participation",
    "address",
    "phone",
    "email",
    "website",
    "municipality",
    "notes",
    "contact_name",
    "contact_function",
    "contact_phone",
    "contact_email",
)

# Header words in nl / fr / de / en, compared after dropping case, accents and punctuation.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "naam",
        "name",
        "nom",
        "organisatie",
        "organisation",
        "organization",
        "partner",
        "organisatienaam",
        "partnernaam",
        "nomdelorganisation",
    ),
    "sector": ("sector", "secteur", "sektor", "soort", "type"),
    "participation": (
        "participatie",
        "participatieniveau",
        "participation",
        "niveau",
        "beteiligung",
        "participationlevel",
    ),
    "address": ("adres", "adresse", "address", "anschrift"),
    "phone": ("telefoon", "tel", "telefoonnummer", "phone", "telephone", "telefon", "gsm"),
    "email": ("email", "mail", "emailadres", "courriel", "adressemail"),
    "website": ("website", "site", "siteweb", "siteinternet", "webseite", "url", "web"),
    "municipality": ("gemeente", "commune", "gemeinde", "municipality", "stad", "ville"),
    "notes": (
        "notities",
        "notitie",
        "opmerkingen",
        "opmerking",
        "notes",
        "note",
        "remarques",
        "bemerkungen",
        "notizen",
        "commentaar",
    ),
    "contact_name": (
        "contactpersoon",
        "contact",
        "contactnaam",
        "contactname",
        "contactperson",
        "personnedecontact",
        "kontaktperson",
        "ansprechpartner",
    ),
    "contact_function": ("functie", "fonction", "function", "funktion", "contactfunctie"),
    "contact_phone": (
        "contacttelefoon",
        "teldecontact",
        "telefooncontact",
        "contactphone",
        "kontakttelefon",
        "gsmcontact",
    ),
    "contact_email": (
        "contactemail",
        "contactmail",
        "emailcontact",
        "courrielcontact",
        "kontaktemail",
    ),
}

_SECTOR_WORDS: dict[str, Sector] = {
    "politie": Sector.POLICE,
    "police": Sector.POLICE,
    "polizei": Sector.POLICE,
    "lokalepolitie": Sector.POLICE,
    "politiezone": Sector.POLICE,
    "ocmw": Sector.SOCIAL_SERVICES,
    "cpas": Sector.SOCIAL_SERVICES,
    "oshz": Sector.SOCIAL_SERVICES,
    "sociaalhuis": Sector.SOCIAL_SERVICES,
    "socialservices": Sector.SOCIAL_SERVICES,
    "caw": Sector.WELFARE,
    "jac": Sector.WELFARE,
    "welzijn": Sector.WELFARE,
    "welfare": Sector.WELFARE,
    "bienetre": Sector.WELFARE,
    "jeugd": Sector.YOUTH,
    "jeugddienst": Sector.YOUTH,
    "jeunesse": Sector.YOUTH,
    "jugend": Sector.YOUTH,
    "youth": Sector.YOUTH,
    "onderwijs": Sector.EDUCATION,
    "school": Sector.EDUCATION,
    "clb": Sector.EDUCATION,
    "enseignement": Sector.EDUCATION,
    "ecole": Sector.EDUCATION,
    "pms": Sector.EDUCATION,
    "unterricht": Sector.EDUCATION,
    "schule": Sector.EDUCATION,
    "education": Sector.EDUCATION,
    "sport": Sector.SPORT,
    "cultuur": Sector.CULTURE,
    "culture": Sector.CULTURE,
    "kultur": Sector.CULTURE,
    "religie": Sector.RELIGIOUS,
    "erediensten": Sector.RELIGIOUS,
    "religion": Sector.RELIGIOUS,
    "culte": Sector.RELIGIOUS,
    "religious": Sector.RELIGIOUS,
    "moskee": Sector.RELIGIOUS,
    "straathoekwerk": Sector.STREET_WORK,
    "eerstelijn": Sector.STREET_WORK,
    "travailderue": Sector.STREET_WORK,
    "streetwork": Sector.STREET_WORK,
    "justitieassistenten": Sector.JUSTICE_ASSISTANTS,
    "justitiehuis": Sector.JUSTICE_ASSISTANTS,
    "maisondejustice": Sector.JUSTICE_ASSISTANTS,
    "preventie": Sector.PREVENTION,
    "prevention": Sector.PREVENTION,
    "praevention": Sector.PREVENTION,
    "preventiedienst": Sector.PREVENTION,
    "gemeentebestuur": Sector.MUNICIPAL_ADMINISTRATION,
    "gemeente": Sector.MUNICIPAL_ADMINISTRATION,
    "administrationcommunale": Sector.MUNICIPAL_ADMINISTRATION,
    "gemeindeverwaltung": Sector.MUNICIPAL_ADMINISTRATION,
    "parket": Sector.JUDICIAL_AUTHORITY,
    "parquet": Sector.JUDICIAL_AUTHORITY,
    "justitie": Sector.JUDICIAL_AUTHORITY,
    "justice": Sector.JUDICIAL_AUTHORITY,
    "staatsanwaltschaft": Sector.JUDICIAL_AUTHORITY,
    "andere": Sector.OTHER,
    "other": Sector.OTHER,
    "autre": Sector.OTHER,
    "sonstige": Sector.OTHER,
}

_PARTICIPATION_WORDS: dict[str, Participation] = {
    "meewerken": Participation.WORKS_ON,
    "worksonit": Participation.WORKS_ON,
    "workson": Participation.WORKS_ON,
    "collaborer": Participation.WORKS_ON,
    "mitarbeiten": Participation.WORKS_ON,
    "meedenken": Participation.CONTRIBUTES,
    "contributes": Participation.CONTRIBUTES,
    "contribuer": Participation.CONTRIBUTES,
    "mitdenken": Participation.CONTRIBUTES,
    "meeweten": Participation.INFORMED,
    "informed": Participation.INFORMED,
    "keptinformed": Participation.INFORMED,
    "etreinforme": Participation.INFORMED,
    "informe": Participation.INFORMED,
    "mitwissen": Participation.INFORMED,
    "informiert": Participation.INFORMED,
}

_ACCENTS = str.maketrans("àáâäãåçèéêëìíîïñòóôöõùúûüýÿ", "aaaaaaceeeeiiiinooooouuuuyy")


def word_key(text: str) -> str:
    """'E-mail adres ' -> 'emailadres': lower case, no accents, letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", text.casefold().translate(_ACCENTS))


@dataclass
class CsvSheet:
    encoding: str  # utf-8-sig, utf-16, utf-8, cp1252
    delimiter: str
    header: list[str]
    rows: list[list[str]]  # data rows, each padded/truncated to len(header)
    first_line: int = 2  # file line number of rows[0] (for messages)
    lines: list[int] = field(default_factory=list)  # file line number of each row
    # Lines where a record was refused: a quote left open, or a cell that swallowed line
    # breaks and delimiters. Each is a row that is not imported and is reported.
    broken: list[int] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with."""
    if not data:
        raise ImportFileError("empty_file")
    if len(data) > MAX_BYTES:
        raise ImportFileError("too_large")
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise ImportFileError("not_text") from None
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise ImportFileError("not_text") from None
    if "\x00" in text:
        raise ImportFileError("not_text")
    if not text.strip():
        raise ImportFileError("empty_file")
    return text, encoding


def sniff_delimiter(text: str) -> str:
    """The most frequent of ; , tab on the first non-empty line outside quotes
    (Belgian Excel writes ';')."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    unquoted = re.sub(r'"[^"]*"', "", first)
    counts = {d: unquoted.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ";"))
    return best if counts[best] else ";"


# A quoted cell longer than this many lines is taken for an unclosed quote: no address or
# note in a partner sheet spans that many, and it bounds the work a broken file can cause.
MAX_CELL_LINES = 30
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _line_starts(text: str) -> list[int]:
    """Where each physical line begins (csv's own line breaks: \r\n, \r, \n)."""
    starts = [0]
    starts.extend(match.end() for match in _LINE_BREAK.finditer(text))
    if starts[-1] == len(text):
        starts.pop()  # the text ends with a line break: no line after it
    return starts


def _swallowed(record: list[str], delimiter: str) -> bool:
    """A quoted cell that runs over a line break and holds the delimiter or a quote
    after it: the sign of a quote left open that ate the next rows."""
    for cell in record:
        if "\n" not in cell and "\r" not in cell:
            continue
        parts = _LINE_BREAK.split(cell)
        if any(delimiter in part or '"' in part for part in parts[1:]):
            return True
    return False


def _records(text: str, delimiter: str) -> tuple[list[tuple[int, list[str]]], list[int]]:
    """(file line, cells) of every non-empty record, and the lines of the records refused
    because a quote was left open there (or a cell swallowed line breaks and delimiters,
    or ran over more than MAX_CELL_LINES lines). Reading starts again on the line after a
    refused record's first line, so the rows a broken cell would have swallowed are read
    as the rows they are. A swallowed stretch holds no other quote, so it is read once
    more as plain rows: the work stays about linear."""
    starts = _line_starts(text)
    source = io.StringIO(text, newline="")
    records: list[tuple[int, list[str]]] = []
    broken: list[int] = []
    start = 0  # index of the physical line reading (re)starts at
    while start < len(starts):
        source.seek(starts[start])
        reader = csv.reader(source, delimiter=delimiter, strict=True)
        first = start  # first physical line of the record being read
        try:
            for record in reader:
                end = start + reader.line_num  # one past the record's last line
                if len(records) + len(broken) > MAX_ROWS:
                    raise ImportFileError("too_many_rows")
                if end - first > MAX_CELL_LINES or _swallowed(record, delimiter):
                    break
                if any(cell.strip() for cell in record):
                    records.append((first + 1, record))
                first = end
            else:
                break
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise ImportFileError("malformed") from None  # a cell too long, not a quote
        broken.append(first + 1)
        start = first + 1
    return records, broken


def read_sheet(data: bytes) -> CsvSheet:
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    records, broken = _records(text, delimiter)
    if not records or (broken and broken[0] < records[0][0]):
        # Without a readable header row nothing can be mapped.
        raise ImportFileError("malformed" if broken else "empty_file")
    header = [" ".join(h.split()) for h in records[0][1]]
    if not any(header):
        raise ImportFileError("no_header")
    width = len(header)
    rows = [(r + [""] * width)[:width] for _, r in records[1:]]
    return CsvSheet(
        encoding, delimiter, header, rows, lines=[n for n, _ in records[1:]], broken=broken
    )


def guess_mapping(header: list[str]) -> dict[str, int | None]:
    """Target field -> column index (None when no column fits)."""
    keys = [word_key(h) for h in header]
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    used: set[int] = set()
    for target in FIELDS:
        for i, key in enumerate(keys):
            if i not in used and key and key in _SYNONYMS[target]:
                mapping[target] = i
                used.add(i)
                break
    return mapping


def sector_from_text(text: str, lookup: Mapping[str, str]) -> str | None:
    """A sector code for the sheet's text: the caller's lookup (codes, custom and
    translated labels, keyed by `word_key`) first, then common words; None if unknown."""
    key = word_key(text)
    if not key:
        return Sector.OTHER.value
    if key in lookup:
        return lookup[key]
    if key in _SECTOR_WORDS:
        return _SECTOR_WORDS[key].value
    for word, sector in _SECTOR_WORDS.items():
        if len(word) >= 4 and key.startswith(word):
            return sector.value
    return None


def participation_from_text(text: str) -> Participation | None:
    key = word_key(text)
    if not key:
        return Participation.INFORMED
    try:
        return Participation(text.strip())
    except ValueError:
        return _PARTICIPATION_WORDS.get(key)


@dataclass
class ImportRow:
    line: int  # line number in the file
    partner: Partner | None  # None when the row has errors
    problems: dict[str, str] = field(default_factory=dict)  # field -> problem code
    duplicate_of: int | None = None  # an existing partner with the same name
    same_as_line: int | None = None  # an earlier row of the file with the same name
    sector_unknown: str = ""  # sector text that matched no sector (kept in the notes)
    draft: Partner | None = None  # what the row holds, even when it has problems (preview)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class ImportPlan:
    rows: list[ImportRow]

    @property
    def errors(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def new(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok and r.duplicate_of is None and r.same_as_line is None]

    @property
    def duplicates(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok and r.duplicate_of is not None]

    @property
    def folded(self) -> list[ImportRow]:
        """Rows that add a contact to an earlier row of the same partner."""
        return [r for r in self.rows if r.ok and r.same_as_line is not None]


def _cell(row: list[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index].strip()


def plan_import(
    sheet: CsvSheet,
    mapping: Mapping[str, int | None],
    existing: Mapping[str, int],
    sector_lookup: Mapping[str, str] | None = None,
    default_municipality: str = "",
) -> ImportPlan:
    """Validate every row; `existing` maps `name_key(name)` -> partner id."""
    lookup = sector_lookup or {}
    rows: list[ImportRow] = []
    first_by_key: dict[str, ImportRow] = {}
    for index, raw in enumerate(sheet.rows):
        line = sheet.lines[index] if index < len(sheet.lines) else index + sheet.first_line
        get = {f: _cell(raw, mapping.get(f)) for f in FIELDS}
        problems: dict[str, str] = {}
        sector = sector_from_text(get["sector"], lookup)
        unknown_sector = ""
        if sector is None:
            unknown_sector, sector = get["sector"], Sector.OTHER.value
        participation = participation_from_text(get["participation"])
        if participation is None:
            problems["participation"] = "unknown_value"
            participation = Participation.INFORMED
        notes = get["notes"]
        if unknown_sector:
            notes = (notes + "\n" if notes else "") + unknown_sector
        partner = Partner(
            name=clean_name(get["name"]),
            sector=sector,
            participation=participation,
            address=get["address"],
            phone=get["phone"],
            email=get["email"],
            website=get["website"],
            municipality=get["municipality"] or default_municipality,
            notes=notes,
        )
        problems.update(partner.problems())
        if get["contact_name"] or get["contact_phone"] or get["contact_email"]:
            contact = Contact(
                name=get["contact_name"],
                function=get["contact_function"],
                phone=get["contact_phone"],
                email=get["contact_email"],
            )
            for key, problem in contact.problems().items():
                problems[f"contact_{key}"] = problem
            partner.contacts.append(contact)
        if problems:
            rows.append(
                ImportRow(line, None, problems, sector_unknown=unknown_sector, draft=partner)
            )
            continue
        partner.normalized()
        key = name_key(partner.name)
        row = ImportRow(line, partner, sector_unknown=unknown_sector, draft=partner)
        earlier = first_by_key.get(key)
        if earlier is not None and earlier.partner is not None:
            row.same_as_line = earlier.line
            row.duplicate_of = earlier.duplicate_of
        else:
            first_by_key[key] = row
            row.duplicate_of = existing.get(key)
        rows.append(row)
    for line in sheet.broken:
        rows.append(ImportRow(line, None, {ROW_PROBLEM: UNCLOSED_QUOTE}))
    rows.sort(key=lambda r: r.line)
    return ImportPlan(rows)


def fill_from(target: Partner, source: Partner) -> None:
    """Merge: keep what `target` has, fill its empty fields from `source`, add the contacts
    it does not have yet (same name, case and spacing ignored)."""
    for key in ("address", "phone", "email", "website", "municipality"):
        if not getattr(target, key) and getattr(source, key):
            setattr(target, key, getattr(source, key))
    if source.notes and source.notes not in target.notes:
        target.notes = (target.notes + "\n" if target.notes else "") + source.notes
    if target.sector == Sector.OTHER.value and source.sector != Sector.OTHER.value:
        target.sector = source.sector
    have = {name_key(c.name) for c in target.contacts}
    for contact in source.contacts:
        if name_key(contact.name) not in have:
            target.contacts.append(
                Contact(contact.name, contact.function, contact.phone, contact.email)
            )
            have.add(name_key(contact.name))
