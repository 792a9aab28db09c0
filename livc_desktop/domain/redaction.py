"""Blanking the persons concerned out of free text that may be printed.

One place decides what counts as identifying, for every document of the program:

- blanked everywhere (every case of the register, in every text): the full name in either
  order, the pseudonym, the birth date in its common written forms, the street with its
  house number, the whole address, the school or employer as a phrase, and anything shaped
  like a Belgian national register number;
- blanked only in texts about that case (its items, or a text naming its code): a lone
  first name or surname of three letters or more (particles such as "van", "de", "el",
  "ben", "al" excepted), since a lone "Ali" elsewhere is most likely somebody else.

Matching ignores case, accents (and Arabic vowel marks) and compatibility forms, works in
any script and only on whole words: the words of an address or school on their own stay
("van Demostad volgt op")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

REDACTED = "[…]"

# Name particles that are never blanked on their own (they are not a name).
PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "ten",
        "ter",
        "te",
        "vander",
        "vanden",
        "le",
        "la",
        "les",
        "du",
        "des",
        "di",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "von",
        "zu",
        "vom",
        "zum",
        "el",
        "al",
        "ben",
        "bin",
        "bint",
        "ibn",
        "abu",
        "ould",
        "ait",
        "bou",
        "mac",
        "mc",
        "st",
        "sint",
        "saint",
        "sainte",
    }
)
MIN_LONE = 3  # a lone name part shorter than this is never blanked on its own

# Characters that do not change a word: tatweel, zero-width (non-)joiners, soft hyphen.
_IGNORED = frozenset("\u0640\u200b\u200c\u200d\u00ad\u2060\ufeff")

_MONTHS: tuple[tuple[str, ...], ...] = (
    ("januari", "jan", "janvier", "janv", "januar", "janner", "january", "jänner"),
    ("februari", "feb", "febr", "fevrier", "fevr", "fev", "februar", "february"),
    ("maart", "mrt", "mars", "marz", "maerz", "march", "mar"),
    ("april", "apr", "avril", "avr"),
    ("mei", "mai", "may"),
    ("juni", "jun", "juin", "june"),
    ("juli", "jul", "juillet", "juil", "july"),
    ("augustus", "aug", "aout", "august"),
    ("september", "sep", "sept", "septembre"),
    ("oktober", "okt", "octobre", "oct", "october"),
    ("november", "nov", "novembre"),
    ("december", "dec", "decembre", "dezember", "dez"),
)
_ORDINAL = r"(?:st|nd|rd|th|de|ste|e|er|eme|ieme|\.)?"
_SEP = r"[\W_]+"  # between the words of a phrase: spaces, commas, hyphens, slashes ...
# Belgian national register number: YY.MM.DD-NNN.CC, with or without the separators.
_NRN = re.compile(r"(?<!\d)(\d{2})[. ]?(\d{2})[. ]?(\d{2})[ .-]?(\d{3})[ .]?(\d{2})(?!\d)")


@dataclass(frozen=True)
class IdentityRecord:
    """What identifies the person of one case (never printed; used only to blank)."""

    case_id: int
    case_code: str = ""
    name: str = ""
    pseudonym: str = ""
    birth_date: date | None = None
    address: str = ""
    school_work: str = ""
    national_number: str = ""
    # Further phrases to blank everywhere (aliases typed elsewhere).
    other_terms: tuple[str, ...] = field(default_factory=tuple)


def fold(value: str) -> tuple[str, list[int]]:
    """`value` without accents, marks and case (NFKD, combining marks dropped, casefolded),
    and for each folded character the index of the original character it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(value):
        if char in _IGNORED:
            continue
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for out in part.casefold():
                folded.append(out)
                origin.append(index)
    return "".join(folded), origin


def folded(value: str) -> str:
    return fold(value)[0]


def words(value: str) -> list[str]:
    """The folded words of `value` (letters and digits, any script)."""
    return re.findall(r"[^\W_]+", folded(value))


def _phrase(tokens: Sequence[str]) -> str:
    return _SEP.join(re.escape(t) for t in tokens)


def _bounded(body: str) -> str:
    return rf"(?<![^\W_]){body}(?![^\W_])"


def _name_phrases(name: str) -> list[str]:
    tokens = words(name)
    if not tokens:
        return []
    out = [_phrase(tokens)]
    if len(tokens) > 1:
        given, surname = tokens[0], tokens[1:]
        bare = [t for t in surname if t not in PARTICLES] or surname
        # "Janssens, Zoë", "Van den Broeck Zoë", "Zoë Broeck": surname first, or the
        # surname without its particles.
        for variant in ([*surname, given], tokens[::-1], [given, *bare], [*bare, given]):
            out.append(_phrase(variant))
    return out


def _month_alternation(month: int) -> str:
    names = sorted({folded(n) for n in _MONTHS[month - 1]}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(n) for n in names) + r")\.?"


def _date_phrases(day: date) -> list[str]:
    d, m, y = day.day, day.month, day.year
    dd = rf"0?{d}"
    mm = rf"0?{m}"
    yy = rf"(?:{y}|{y % 100:02d})"
    sep = r"\s*[-/.]\s*"
    month = _month_alternation(m)
    return [
        rf"(?<!\d){y}{sep}{mm}{sep}{dd}(?!\d)",
        rf"(?<!\d){dd}{sep}{mm}{sep}{yy}(?!\d)",
        rf"(?<!\d){dd}{_ORDINAL}\s*{month}\s*,?\s*{yy}(?!\d)",
        rf"(?<![^\W_]){month}\s*{dd}{_ORDINAL}\s*,?\s*{yy}(?!\d)",
    ]


def _street_phrases(address: str) -> list[str]:
    """The street with its house number, in the orders people write it: "Kerkstraat 12",
    "Kerkstraat nr. 12b", "12, rue de la Paix"."""
    out: list[str] = []
    for part in re.split(r"[,;\n]", folded(address)):
        match = re.search(r"(?<!\d)(\d+)\s*([a-z])?(?![^\W_])", part)
        if match is None:
            continue
        number = match.group(1)
        street = re.findall(r"[^\W_\d]+", part[: match.start()])
        if not street:
            after = part[match.end() :]
            street = re.findall(r"[^\W_\d]+", after)
            if street:
                out.append(rf"(?<!\d){number}\s*[a-z]?\s*,?\s*{_phrase(street)}(?![^\W_])")
            continue
        house = rf"(?:(?:nr|no|n°|nummer|numero|num)\.?\s*)?{number}(?:\s*[a-z](?![^\W_]))?"
        out.append(rf"(?<![^\W_]){_phrase(street)}{_SEP}{house}(?!\d)")
    return out


def _nrn_valid(groups: Sequence[str]) -> bool:
    digits = "".join(groups)
    first, check = int(digits[:9]), int(digits[9:])
    return check in (97 - first % 97, 97 - int("2" + digits[:9]) % 97)


class Redactor:
    """Blanks the identities of `records` (and plain `extra_terms`) from free text."""

    def __init__(
        self, records: Iterable[IdentityRecord] = (), extra_terms: Iterable[str] = ()
    ) -> None:
        self.records = list(records)
        everywhere: list[str] = []
        self._local: dict[str, re.Pattern[str]] = {}  # case code or "#id" -> lone names
        self._codes: list[tuple[re.Pattern[str], list[str]]] = []
        for rec in self.records:
            for value in (rec.name, rec.pseudonym, *rec.other_terms):
                everywhere += _name_phrases(value)
            for value in (rec.address, rec.school_work):
                tokens = words(value)
                if tokens:
                    everywhere.append(_bounded(_phrase(tokens)))
            everywhere += _street_phrases(rec.address)
            if rec.birth_date is not None:
                everywhere += _date_phrases(rec.birth_date)
            if rec.national_number.strip():
                digits = re.sub(r"\D", "", rec.national_number)
                if len(digits) >= 6:
                    everywhere.append(r"(?<!\d)" + r"[\W_]*".join(digits) + r"(?!\d)")
            lone = sorted(
                {
                    w
                    for value in (rec.name, rec.pseudonym)
                    for w in words(value)
                    if len(w) >= MIN_LONE and w not in PARTICLES and not w.isdigit()
                },
                key=len,
                reverse=True,
            )
            keys = [f"#{rec.case_id}"] + ([folded(rec.case_code)] if rec.case_code else [])
            if lone:
                pattern = re.compile(_bounded("(?:" + "|".join(map(re.escape, lone)) + ")"))
                for key in keys:
                    self._local[key] = pattern
            if rec.case_code.strip():
                code = re.compile(_bounded(_phrase(words(rec.case_code))))
                self._codes.append((code, keys))
        for term in extra_terms:
            everywhere += _name_phrases(term)
        # Name phrases are bounded here; the others carry their own boundaries.
        bodies = sorted(set(everywhere), key=len, reverse=True)
        self._everywhere = [
            re.compile(b if b.startswith("(?<") else _bounded(b)) for b in bodies if b
        ]

    def _contexts(self, folded_text: str, cases: Iterable[int | str]) -> list[re.Pattern[str]]:
        keys = {f"#{c}" if isinstance(c, int) else folded(c) for c in cases}
        for code, code_keys in self._codes:
            if code.search(folded_text):
                keys.update(code_keys)
        return [self._local[k] for k in keys if k in self._local]

    def spans(self, value: str, cases: Iterable[int | str] = ()) -> list[tuple[int, int]]:
        """The (start, end) ranges of `value` to blank, merged and sorted."""
        if not value:
            return []
        text, origin = fold(value)
        found: list[tuple[int, int]] = []
        patterns = [*self._everywhere, *self._contexts(text, cases)]
        for pattern in patterns:
            for match in pattern.finditer(text):
                if match.end() > match.start():
                    found.append((match.start(), match.end()))
        for match in _NRN.finditer(text):
            if _nrn_valid(match.groups()):
                found.append((match.start(), match.end()))
        if not found:
            return []
        spans: list[tuple[int, int]] = []
        for start, end in sorted(found):
            a = origin[start]
            b = origin[end - 1] + 1
            # Combining marks and ignored characters after the last letter belong to it.
            while b < len(value) and (unicodedata.combining(value[b]) or value[b] in _IGNORED):
                b += 1
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], b))
            else:
                spans.append((a, b))
        return spans

    def redact(self, value: str, cases: Iterable[int | str] = ()) -> str:
        """`value` with every identity blanked (REDACTED). `cases`: ids or codes of the
        cases the text is about (their lone names are blanked too)."""
        spans = self.spans(value, cases)
        if not spans:
            return value
        out: list[str] = []
        cursor = 0
        for start, end in spans:
            out.append(value[cursor:start])
            out.append(REDACTED)
            cursor = end
        out.append(value[cursor:])
        return "".join(out)

    def __call__(self, value: str, cases: Iterable[int | str] = ()) -> str:
        return self.redact(value, cases)


def redact_terms(value: str, terms: Iterable[str]) -> str:
    """Blank plain phrases (names and the like) everywhere in `value`."""
    return Redactor(extra_terms=[t for t in terms if len(t.strip()) >= 2]).redact(value)
