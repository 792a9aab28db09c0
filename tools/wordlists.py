"""Rebuild resources/wordlists/nl.txt (the Dutch password words; sources and licences in
resources/wordlists/README.md). A developer tool, not part of the program:

    pip install wordfreq==3.1.1 dutch-words==0.2.5      # in a scratch environment
    apt-get install wdutch                              # /usr/share/dict/dutch (OpenTaal)
    python tools/wordlists.py [--dict /usr/share/dict/dutch]

The other languages' lists are taken as published (see the README)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

SIZE = 7776
OUT = Path(__file__).resolve().parent.parent / "resources" / "wordlists" / "nl.txt"
# Rude words, and words of the program's own field that would be awkward read out by phone.
_BLOCKED_WORDS = """
kut lul klote kanker tering tyfus hoer hoeren neuken gezeik shit fuck pik pikken
flikker neger negers mongool debiel homo homos kankeren sukkel trut slet sletten
bitch penis vagina seks sex porno anus kont tieten lijk lijken moord moorden
moordenaar vermoord doden dood dode doodt gedood bom bommen aanslag aanslagen
terreur terrorist terroristen jihad explosief zelfmoord gijzeling oorlog wapen
wapens geweer kogel kogels schieten neergeschoten verkracht verkrachting drugs
heroine cocaine nazi nazis hitler jood joden moslim moslims islam christen kerk
moskee allah god bijbel koran racisme racist zwart blank
"""
BLOCKED = frozenset(_BLOCKED_WORDS.split())


def build(dictionary: Path) -> list[str]:
    import dutch_words
    import wordfreq

    spelled = set(dictionary.read_text(encoding="utf-8").split("\n"))

    def ok(word: str, shortest: int, longest: int) -> bool:
        pattern = f"[a-z]{{{shortest},{longest}}}"
        return bool(re.fullmatch(pattern, word)) and word in spelled and word not in BLOCKED

    words: list[str] = []
    seen: set[str] = set()
    for word in dutch_words.get_ranked():
        if ok(word, 3, 10) and word not in seen:
            seen.add(word)
            words.append(word)
    for word in wordfreq.top_n_list("nl", 60000, wordlist="large"):
        if len(words) >= SIZE:
            break
        if ok(word, 4, 9) and word not in seen:
            seen.add(word)
            words.append(word)
    if len(words) != SIZE:
        raise SystemExit(f"only {len(words)} words")
    return sorted(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dict", type=Path, default=Path("/usr/share/dict/dutch"))
    args = parser.parse_args()
    OUT.write_text("\n".join(build(args.dict)) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
