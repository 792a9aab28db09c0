"""Passphrase rules: a minimum length and a strength estimate for the meter.

The estimate is deliberately simple and explainable: entropy from the character classes
used and the length, with penalties for repeats, sequences and a few well-known words.
It never stores or returns the passphrase itself."""

from __future__ import annotations

import itertools
import math
import unicodedata
from enum import IntEnum

MIN_LENGTH = 12

_COMMON = (
    "password",
    "wachtwoord",
    "motdepasse",
    "passwort",
    "azerty",
    "qwerty",
    "welkom",
    "bienvenue",
    "willkommen",
    "letmein",
    "admin",
    "livc",
    "geheim",
    "secret",
    "123456",
)


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


def normalize(passphrase: str) -> str:
    """NFC, so the same passphrase typed on another keyboard or OS gives the same key."""
    return unicodedata.normalize("NFC", passphrase)


def to_key(passphrase: str) -> bytes:
    return normalize(passphrase).encode("utf-8")


def _pool_size(text: str) -> int:
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(c.isspace() for c in text):
        pool += 1
    if any(not c.isalnum() and not c.isspace() for c in text):
        pool += 33
    if any(ord(c) > 127 for c in text):
        pool += 64
    return max(pool, 1)


def _effective_length(text: str) -> float:
    """Length with runs of one character and simple ascending/descending sequences discounted."""
    if not text:
        return 0.0
    length = 1.0
    for prev, cur in itertools.pairwise(text):
        step = ord(cur) - ord(prev)
        length += 0.25 if step in (-1, 0, 1) else 1.0
    return length


def entropy_bits(passphrase: str) -> float:
    text = normalize(passphrase)
    bits = _effective_length(text) * math.log2(_pool_size(text))
    lowered = text.casefold()
    for word in _COMMON:
        if word in lowered:
            bits -= len(word) * 3.0
    return max(bits, 0.0)


def strength(passphrase: str) -> Strength:
    text = normalize(passphrase)
    if len(text) < MIN_LENGTH:
        return Strength.TOO_SHORT
    bits = entropy_bits(text)
    if bits < 45:
        return Strength.WEAK
    if bits < 60:
        return Strength.FAIR
    if bits < 80:
        return Strength.GOOD
    return Strength.STRONG


def problems(passphrase: str, repeated: str) -> dict[str, str]:
    """Field -> problem code for a new passphrase typed twice."""
    found: dict[str, str] = {}
    if len(normalize(passphrase)) < MIN_LENGTH:
        found["passphrase"] = "too_short"
    elif normalize(passphrase) != normalize(repeated):
        found["repeat"] = "mismatch"
    elif normalize(passphrase).strip() != normalize(passphrase):
        found["passphrase"] = "surrounding_space"
    return found
