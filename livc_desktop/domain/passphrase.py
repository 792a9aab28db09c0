"""Passphrase rules: a minimum length and a strength estimate by zxcvbn, with Dutch,
French and German words and the cell's own names added to its dictionaries. The same
verdict serves the strength meter and the check that refuses a passphrase (for the
register and for a separate backup passphrase alike).

It never stores or returns the passphrase itself."""

from __future__ import annotations

import math
import threading
import unicodedata
from collections.abc import Iterable
from enum import IntEnum

from livc_desktop.domain.passphrase_words import WORDS

MIN_LENGTH = 12
#: zxcvbn's score (0-4) a new passphrase needs: 3 means about 10^8 guesses or more.
MIN_SCORE = 3
#: Only the first characters are rated: zxcvbn's cost grows steeply with the length, and
#: the meter rates on every keystroke. Characters beyond these only add strength.
RATED_LENGTH = 64


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1  # zxcvbn score 0 or 1
    FAIR = 2  # score 2: still refused
    GOOD = 3  # score 3: accepted
    STRONG = 4  # score 4


#: The weakest strength a new passphrase may have.
ACCEPTED = Strength(MIN_SCORE)

_lock = threading.Lock()
_ready = False


def normalize(passphrase: str) -> str:
    """NFC, so the same passphrase typed on another keyboard or OS gives the same key."""
    return unicodedata.normalize("NFC", passphrase)


def to_key(passphrase: str) -> bytes:
    return normalize(passphrase).encode("utf-8")


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _rate(text: str, names: list[str]) -> tuple[int, float]:
    """zxcvbn's score of `text` and its estimate of the guesses needed (log10). zxcvbn is
    imported on first use (its lists take a tenth of a second to load) and gets our words
    once; a lock guards its module-wide table of the caller's own words."""
    global _ready
    from zxcvbn import matching, zxcvbn

    with _lock:
        if not _ready:
            matching.add_frequency_lists({"livc_nl_fr_de": WORDS})
            _ready = True
        found = zxcvbn(text, user_inputs=names, max_length=RATED_LENGTH)
        return int(found["score"]), float(found["guesses_log10"])


def cell_words(names: Iterable[str]) -> list[str]:
    """The cell's own names (municipalities, officer, meeting place) as zxcvbn user
    inputs: each name whole and each of its words, without accents."""
    out: list[str] = []
    for name in names:
        plain = _without_accents(name).casefold()
        parts = ["".join(plain.split())] + [
            "".join(c for c in w if c.isalnum()) for w in plain.split()
        ]
        out += [p for p in parts if len(p) >= 3 and p not in out]
    return out


def score(passphrase: str, context: Iterable[str] = ()) -> int:
    """zxcvbn's score (0-4) of the passphrase's first RATED_LENGTH characters, accents
    left out (the word lists are written without them)."""
    text = _without_accents(normalize(passphrase))[:RATED_LENGTH]
    return _rate(text, cell_words(context))[0] if text else 0


def estimated_bits(passphrase: str, context: Iterable[str] = ()) -> float:
    """The same rating as a number: log2 of the guesses zxcvbn estimates an attacker needs
    (for rules stated in bits, such as the passwords of the copies that leave the
    register)."""
    text = _without_accents(normalize(passphrase))[:RATED_LENGTH]
    return _rate(text, cell_words(context))[1] * math.log2(10) if text else 0.0


def strength(passphrase: str, context: Iterable[str] = ()) -> Strength:
    text = normalize(passphrase)
    if len(text) < MIN_LENGTH:
        return Strength.TOO_SHORT
    return Strength(max(int(Strength.WEAK), score(text, context)))


def problems(passphrase: str, repeated: str, context: Iterable[str] = ()) -> dict[str, str]:
    """Field -> problem code for a new passphrase typed twice; `context` names the cell
    (municipalities, officer), which make a passphrase easier to guess."""
    found: dict[str, str] = {}
    text = normalize(passphrase)
    if len(text) < MIN_LENGTH:
        found["passphrase"] = "too_short"
    elif text != normalize(repeated):
        found["repeat"] = "mismatch"
    elif text.strip() != text:
        found["passphrase"] = "surrounding_space"
    elif strength(text, context) < ACCEPTED:
        found["passphrase"] = "too_weak"
    return found
