"""Copies of a meeting document for the people entitled to it: who they are, the name of
each copy's file, and the password that protects it.

A generated password is five words drawn with `secrets` from a list of at least 7,776
words in the recipient's language (at least 64.6 bits); one typed by the officer is held to
the same estimate. Plain Python: the word lists are handed in by the caller."""

from __future__ import annotations

import math
import re
import secrets
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from livc_desktop.domain.passphrase import estimated_bits, normalize

PASSWORD_WORDS = 5
MIN_LIST_SIZE = 7776
# Words are joined by a space: the English list has a few hyphenated words.
SEPARATOR = " "
MIN_PASSWORD_BITS = PASSWORD_WORDS * math.log2(MIN_LIST_SIZE)
MAX_FILE_STEM = 120

_WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(10)}


@dataclass(frozen=True)
class Recipient:
    """Someone entitled to a copy: a member of the table (minutes) or of the case team
    (extract). `language` is the recipient's own (nl/fr/de/en) or empty."""

    name: str
    organisation: str = ""
    partner_id: int | None = None
    contact_id: int | None = None
    email: str = ""
    language: str = ""

    @property
    def key(self) -> str:
        """Stable within one distribution (a contact, else a partner's person by name)."""
        if self.contact_id is not None:
            return f"contact:{self.contact_id}"
        return f"partner:{self.partner_id or 0}:{self.name.strip().casefold()}"

    @property
    def label(self) -> str:
        """ "Name (Organisation)", or the name alone."""
        name = self.name.strip()
        org = self.organisation.strip()
        return f"{name} ({org})" if org else name


def check_word_list(words: Sequence[str]) -> None:
    if len(set(words)) < MIN_LIST_SIZE:
        raise ValueError(f"a password word list needs {MIN_LIST_SIZE} words, not {len(words)}")


def generate_password(words: Sequence[str], count: int = PASSWORD_WORDS) -> str:
    """`count` words drawn independently and uniformly with `secrets` (the OS's CSPRNG)."""
    check_word_list(words)
    if count < PASSWORD_WORDS:
        raise ValueError("too few words")
    return SEPARATOR.join(secrets.choice(words) for _ in range(count))


_TOKENS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|[^\w\s]+")


def password_bits(text: str, vocabulary: Collection[str]) -> float:
    """A cautious estimate of a typed password's strength in bits: the lower of the
    zxcvbn estimate (domain/passphrase.py) and a word estimate in which each distinct
    word found in a password word list counts as one pick from 7,776, a repeated word as
    nothing, and any other part by its characters."""
    text = normalize(text)
    seen: set[str] = set()
    words = 0.0
    for token in _TOKENS.findall(text.casefold()):
        if token in seen:
            continue
        seen.add(token)
        words += math.log2(MIN_LIST_SIZE) if token in vocabulary else estimated_bits(token)
    return min(words, estimated_bits(text))


def password_problems(text: str, repeated: str, vocabulary: Collection[str]) -> dict[str, str]:
    """Field -> problem code for a password typed (twice) by the officer."""
    if not text.strip():
        return {"password": "required"}
    if normalize(text) != normalize(repeated):
        return {"repeat": "mismatch"}
    if text != text.strip():
        return {"password": "surrounding_space"}
    if password_bits(text, vocabulary) < MIN_PASSWORD_BITS:
        return {"password": "too_weak"}
    return {}


def safe_file_stem(value: str) -> str:
    """`value` usable as a file name on Windows, macOS and Linux: no path separators or
    reserved characters, no trailing dots or spaces, not a device name, not too long."""
    value = unicodedata.normalize("NFC", value)
    value = _WINDOWS_FORBIDDEN.sub("-", value)
    value = " ".join(value.split())[:MAX_FILE_STEM].rstrip(" .")
    if not value or value.split(".")[0].casefold() in _RESERVED:
        value = f"_{value}"
    return value


def unique_file_names(stems: Iterable[str], suffix: str = ".pdf") -> list[str]:
    """One file name per stem, made unique without regard to case ("x (2).pdf")."""
    taken: set[str] = set()
    names: list[str] = []
    for stem in stems:
        base = safe_file_stem(stem)
        name, n = f"{base}{suffix}", 1
        while name.casefold() in taken:
            n += 1
            name = f"{base} ({n}){suffix}"
        taken.add(name.casefold())
        names.append(name)
    return names
