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

import functools
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
    if value.isascii():  # the common case, and much faster
        return value.lower(), list(range(len(value)))
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


_IGNORED_TABLE = dict.fromkeys(map(ord, _IGNORED))
_COMBINING_BMP: list[re.Pattern[str]] = []


def _combining_bmp() -> re.Pattern[str]:
    """The combining marks of the Basic Multilingual Plane as one character class, made
    on the first text that needs it (a scan of 64,000 code points, once)."""
    if not _COMBINING_BMP:
        marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
        _COMBINING_BMP.append(re.compile("[" + re.escape(marks) + "]"))
    return _COMBINING_BMP[0]


def folded(value: str) -> str:
    """`fold` without the map back to the original (the same text, faster: the work is
    done by str.translate, the normaliser and one regular expression, not per character
    in Python, so a thousand partners' texts fold in milliseconds)."""
    if value.isascii():
        return value.lower()
    plain = value.translate(_IGNORED_TABLE)
    split = unicodedata.normalize("NFKD", plain)
    if split.isascii():
        return split.lower()
    if max(split) > "\uffff":  # marks beyond the BMP: the plain way
        return "".join(c for c in split if not unicodedata.combining(c)).casefold()
    return _combining_bmp().sub("", split).casefold()


_TOKEN = re.compile(r"[^\W_]+")


def words(value: str) -> list[str]:
    """The folded words of `value` (letters and digits, any script)."""
    return _TOKEN.findall(folded(value)) if value else []


_DAY = re.compile(r"0?(\d{1,2})(?:st|nd|rd|th|de|ste|e|er|eme|ieme)?$")
_HOUSE = re.compile(r"(\d+)[a-z]?$")
_NUMBER_WORDS = ("nr", "no", "n", "nummer", "numero", "num")
_MONTH_NUMBER = {folded(n): i for i, names in enumerate(_MONTHS, start=1) for n in names}
Phrase = tuple[str, ...]  # folded words; "#12" stands for house number 12 (12, 12b ...)


def _name_phrases(name: str) -> list[Phrase]:
    return _phrases_of_words(words(name))


def _phrases_of_words(tokens: list[str]) -> list[Phrase]:
    if not tokens:
        return []
    out = [tuple(tokens)]
    if len(tokens) > 1:
        given, surname = tokens[0], tokens[1:]
        bare = [t for t in surname if t not in PARTICLES] or surname
        # "Janssens, Zoë", "Van den Broeck Zoë", "Zoë Broeck": surname first, or the
        # surname without its particles.
        for variant in ([*surname, given], tokens[::-1], [given, *bare], [*bare, given]):
            out.append(tuple(variant))
    return out


def _street_phrases(address: str) -> list[Phrase]:
    """The street with its house number, in the orders people write it: "Kerkstraat 12",
    "Kerkstraat nr. 12b", "12, rue de la Paix"."""
    out: list[Phrase] = []
    for part in re.split(r"[,;\n]", folded(address)):
        tokens = _TOKEN.findall(part)
        at = next((i for i, t in enumerate(tokens) if _HOUSE.match(t)), None)
        if at is None:
            continue
        found = _HOUSE.match(tokens[at])
        assert found is not None
        house = "#" + found.group(1)
        if at > 0:
            street = tuple(tokens[:at])
            out.append((*street, house))
            out += [(*street, word, house) for word in _NUMBER_WORDS]
        elif len(tokens) > 1:
            out.append((house, *tokens[1:]))
    return out


def _token_matches(want: str, token: str) -> bool:
    if want.startswith("#"):
        found = _HOUSE.match(token)
        return found is not None and found.group(1) == want[1:]
    return want == token


def _day(token: str) -> int | None:
    found = _DAY.match(token)
    return int(found.group(1)) if found else None


def _month(token: str) -> int | None:
    if token.isdigit():
        value = int(token)
        return value if 1 <= value <= 12 and len(token) <= 2 else None
    return _MONTH_NUMBER.get(token)


def _year(token: str) -> tuple[int, bool] | None:
    """(year, two digits only) of a year token."""
    if token.isdigit() and len(token) in (2, 4):
        return int(token), len(token) == 2
    return None


def _nrn_valid(groups: Sequence[str]) -> bool:
    digits = "".join(groups)
    first, check = int(digits[:9]), int(digits[9:])
    return check in (97 - first % 97, 97 - int("2" + digits[:9]) % 97)


class Redactor:
    """Blanks the identities of `records` (and plain `extra_terms`) from free text.

    Built once per register state (services: running.redactor): phrases are indexed by
    their first word, so a text is scanned once, whatever the size of the register."""

    def __init__(
        self, records: Iterable[IdentityRecord] = (), extra_terms: Iterable[str] = ()
    ) -> None:
        self._phrases: dict[str, set[Phrase]] = {}
        self._local: dict[str, set[str]] = {}  # case code or "#id" -> lone name words
        self._codes: dict[Phrase, set[str]] = {}  # a case code's words -> its keys
        self._dates: set[tuple[int, int, int]] = set()
        self._short_dates: set[tuple[int, int, int]] = set()  # two-digit years
        self._numbers: set[str] = set()
        # Each value is folded and split once (a register holds 50,000 identities).
        for rec in records:
            name_words, pseudonym_words = words(rec.name), words(rec.pseudonym)
            self._add(_phrases_of_words(name_words))
            self._add(_phrases_of_words(pseudonym_words))
            for value in rec.other_terms:
                self._add(_name_phrases(value))
            for value in (rec.address, rec.school_work):
                value_words = words(value)
                if value_words:
                    self._add([tuple(value_words)])
            if rec.address:
                self._add(_street_phrases(rec.address))
            if rec.birth_date is not None:
                born = rec.birth_date
                self._dates.add((born.day, born.month, born.year))
                self._short_dates.add((born.day, born.month, born.year % 100))
            if rec.national_number:
                digits = re.sub(r"\D", "", rec.national_number)
                if len(digits) == 11:
                    self._numbers.add(digits)
            lone = {
                w
                for w in (*name_words, *pseudonym_words)
                if len(w) >= MIN_LONE and w not in PARTICLES and not w.isdigit()
            }
            code_key = folded(rec.case_code) if rec.case_code else ""
            keys = (f"#{rec.case_id}", *([code_key] if code_key else []))
            if lone:
                for key in keys:
                    self._local.setdefault(key, set()).update(lone)
            code = tuple(_TOKEN.findall(code_key))
            if code:
                self._codes.setdefault(code, set()).update(keys)
        for term in extra_terms:
            self._add(_name_phrases(term))

    def _add(self, phrases: Iterable[Phrase]) -> None:
        table = self._phrases
        for phrase in phrases:
            if phrase:
                found = table.get(phrase[0])
                if found is None:
                    table[phrase[0]] = {phrase}
                else:
                    found.add(phrase)

    @staticmethod
    def _keys(token: str) -> tuple[str, ...]:
        found = _HOUSE.match(token)
        return (token, "#" + found.group(1)) if found else (token,)

    def _named(self, tokens: Sequence[str]) -> set[str]:
        keys: set[str] = set()
        for length in {len(code) for code in self._codes}:
            for i in range(len(tokens) - length + 1):
                keys.update(self._codes.get(tuple(tokens[i : i + length]), ()))
        return keys

    def cases_named(self, texts: Iterable[str]) -> list[str]:
        """Keys of the cases whose code one of `texts` names: pass them as `cases` for
        every text of the same item ("items that name that case")."""
        keys: set[str] = set()
        for text in texts:
            keys |= self._named(_TOKEN.findall(folded(text)))
        return sorted(keys)

    def _is_birth_date(self, a: str, b: str, c: str) -> bool:
        if not self._dates:
            return False
        for order, (day_t, month_t, year_t) in enumerate(((a, b, c), (c, b, a), (b, a, c))):
            day, month, year = _day(day_t), _month(month_t), _year(year_t)
            if day is None or month is None or year is None:
                continue
            if order == 1 and year[1]:
                continue  # year first only with four digits
            if order == 2 and month_t.isdigit():
                continue  # month first only when written as a word
            if (day, month, year[0]) in self._dates:
                return True
            if year[1] and (day, month, year[0]) in self._short_dates:
                return True
        return False

    def spans(self, value: str, cases: Iterable[int | str] = ()) -> list[tuple[int, int]]:
        """The (start, end) ranges of `value` to blank, merged and sorted."""
        if not value:
            return []
        text, origin = fold(value)
        tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        words_only = [t for _, _, t in tokens]
        found: list[tuple[int, int]] = []

        def starts_at(i: int, phrase: Phrase) -> bool:
            if i + len(phrase) > len(words_only):
                return False
            return all(_token_matches(w, words_only[i + k]) for k, w in enumerate(phrase))

        keys = {
            key if key.startswith("#") else folded(key)
            for key in (f"#{c}" if isinstance(c, int) else c for c in cases)
            if key
        }
        keys |= self._named(words_only)
        lone: set[str] = set()
        for key in keys:
            lone |= self._local.get(key, set())
        for i, (start, end, token) in enumerate(tokens):
            for key in self._keys(token):
                for phrase in self._phrases.get(key, ()):
                    if starts_at(i, phrase):
                        found.append((start, tokens[i + len(phrase) - 1][1]))
            if token in lone:
                found.append((start, end))
            if i + 2 < len(tokens) and self._is_birth_date(*words_only[i : i + 3]):
                found.append((start, tokens[i + 2][1]))
        for match in _NRN.finditer(text):
            digits = "".join(match.groups())
            if digits in self._numbers or _nrn_valid(match.groups()):
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


@functools.lru_cache(maxsize=4)
def _cached(records: tuple[IdentityRecord, ...], extra_terms: tuple[str, ...]) -> Redactor:
    return Redactor(records, extra_terms)


def redactor_for(records: Iterable[IdentityRecord], extra_terms: Iterable[str] = ()) -> Redactor:
    """A Redactor for these identities, reused while the register's identities stay the
    same (building one for a city's register takes a noticeable fraction of a second)."""
    return _cached(tuple(records), tuple(extra_terms))


def redact_terms(value: str, terms: Iterable[str]) -> str:
    """Blank plain phrases (names and the like) everywhere in `value`."""
    return Redactor(extra_terms=[t for t in terms if len(t.strip()) >= 2]).redact(value)
