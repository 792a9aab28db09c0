"""A seeded generator of fictional registers at three sizes, through the program's own
services (the same code paths the GUI uses: validation, case codes, the access trail).

Generating the city size takes a few minutes on a small machine, so `cached_register`
keeps one finished register per size, seed and schema version under benchmarks/cache/
(gitignored; the data is fictional and the passphrase is the benchmark's own)."""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from livc_desktop.domain.cases import CaseDraft, Identity, InformationItem, SharingLevel
from livc_desktop.domain.cell import CellProfile, CellStructure
from livc_desktop.domain.meetings import (
    Attendance,
    ItemKind,
    NoteKind,
)
from livc_desktop.services import case_demo, partner_demo
from livc_desktop.services import cases as case_service
from livc_desktop.services import meetings as meeting_service
from livc_desktop.services import partners as partner_service
from livc_desktop.services import register as register_service
from livc_desktop.services.register import Session
from livc_desktop.storage import migrations
from livc_desktop.storage.connection import params_path

CACHE_DIR = Path(__file__).resolve().parent / "cache"

SIZES: dict[str, dict[str, int]] = {
    "small": {
        "partners": 30,
        "contacts": 90,
        "cases": 50,
        "signals": 100,
        "items": 500,
        "meetings": 40,
    },
    "city": {
        "partners": 500,
        "contacts": 3000,
        "cases": 5000,
        "signals": 20000,
        "items": 100000,
        "meetings": 2000,
    },
    "stress": {
        "partners": 5000,
        "contacts": 30000,
        "cases": 50000,
        "signals": 200000,
        "items": 1000000,
        "meetings": 20000,
    },
}

#: The pseudonym of the one case file that gets exactly BIG_CASE_ITEMS information items
#: (benchmark 4 opens it).
BIG_CASE_PSEUDONYM = "Bench Grote Casus"
BIG_CASE_ITEMS = 200
#: Attendance per meeting: most meetings are small case-team or operational tables; the
#: minutes benchmark renders its own 30-attendee meeting.
ATTENDEES = (8, 24)
CASE_ITEMS_PER_MEETING = (1, 4)
MEETING_BATCH = 100

#: Bump when the generated content changes, so that cached registers are made again.
GENERATOR_VERSION = 5

# Information items are written from a vocabulary with Zipf frequencies (the n-th word
# about 1/n as often as the first), as in real notes: a few words in nearly every item,
# domain words in some percent of them, a long tail of rare words. An evenly drawn short
# list would put every word in most items and make every search a worst case.
_COMMON = [
    "de",
    "het",
    "een",
    "en",
    "van",
    "in",
    "is",
    "op",
    "te",
    "dat",
    "niet",
    "met",
    "voor",
    "zijn",
    "er",
    "aan",
    "ook",
    "bij",
    "om",
    "als",
    "heeft",
    "maar",
    "nog",
    "werd",
    "naar",
    "over",
    "uit",
    "door",
    "wel",
    "dan",
    "kan",
    "geen",
    "moeder",
    "vader",
]
_DOMAIN = [
    "school",
    "jeugdhuis",
    "gesprek",
    "ouders",
    "sportclub",
    "afwezig",
    "begeleiding",
    "contact",
    "zorg",
    "internet",
    "vrienden",
    "buurt",
    "werk",
    "familie",
    "moskee",
    "stage",
    "opleiding",
    "huisbezoek",
    "wijkagent",
    "jeugdwerker",
    "klas",
    "leerkracht",
    "CLB",
    "OCMW",
    "politie",
    "telefoon",
    "filmpjes",
    "groep",
    "broer",
    "zus",
    "agressie",
    "uitspraken",
    "spijbelen",
    "hulpverlening",
    "afspraak",
    "opvolging",
    "weekend",
    "nacht",
]
_SYLLABLES = [
    "ba",
    "be",
    "bo",
    "da",
    "de",
    "do",
    "ka",
    "ke",
    "ko",
    "la",
    "le",
    "lo",
    "ma",
    "me",
    "mo",
    "na",
    "ne",
    "no",
    "ra",
    "re",
    "ro",
    "sa",
    "se",
    "so",
    "ta",
    "te",
    "to",
]
ITEM_WORDS = 30


def _vocabulary(seed: int, size: int = 3000) -> tuple[list[str], list[float]]:
    rng = random.Random(seed * 7919 + 1)
    words = list(_COMMON) + list(_DOMAIN)
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    cumulative, total = [], 0.0
    for rank in range(1, len(words) + 1):
        total += 1.0 / rank
        cumulative.append(total)
    return words, cumulative


def item_text_maker(seed: int) -> Callable[[random.Random], str]:
    words, cumulative = _vocabulary(seed)

    def item_text(rng: random.Random) -> str:
        return " ".join(rng.choices(words, cum_weights=cumulative, k=ITEM_WORDS)) + " (fictief)"

    return item_text


def generate(path: Path, passphrase: str, size: str, seed: int = 7) -> dict[str, int]:
    """Create the register at `path` and fill it; return the row counts per table."""
    spec = SIZES[size]
    rng = random.Random(seed)
    session = register_service.create(
        path,
        passphrase,
        passphrase,
        CellProfile(
            ["Benchdorp", "Proefgem"],
            CellStructure.MAIN_BODY_CASE_TEAMS,
            officer_name="Bench Ambtenaar",
        ),
    )
    try:
        timings: dict[str, float] = {}
        start = time.perf_counter()
        contacts_each = max(1, spec["contacts"] // spec["partners"])
        partners = partner_demo.synthetic_partners(spec["partners"], contacts_each, seed)
        partner_service.bulk_create(session, partners, record=False)
        timings["partners"] = time.perf_counter() - start

        start = time.perf_counter()
        big_items = min(BIG_CASE_ITEMS, spec["items"] // 2)
        case_demo.generate_cases(
            session,
            rng,
            cases=spec["cases"] - 1,
            signals=spec["signals"],
            items=spec["items"] - big_items,
            item_text=item_text_maker(seed),
            progress=_progress("cases", spec["cases"]) if spec["cases"] >= 20000 else None,
        )
        _big_case(session, rng, big_items, item_text_maker(seed))
        timings["cases"] = time.perf_counter() - start

        start = time.perf_counter()
        _meetings(session, rng, spec["meetings"], item_text_maker(seed))
        timings["meetings"] = time.perf_counter() - start
        case_service.refresh_search_keys(session)  # not on the first keystroke measured
        print(
            "  generation: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()),
            flush=True,
        )
        return session.register.table_counts()
    finally:
        session.close()


def _progress(what: str, total: int) -> Callable[[int], None]:
    """Prints how far a long generation got, every tenth, with its pace (a pace that
    falls as the register grows is a cost that grows with it)."""
    start = time.perf_counter()
    step = max(1, total // 10)
    last = [0]

    def report(done: int) -> None:
        if done - last[0] >= step or done >= total:
            last[0] = done
            took = time.perf_counter() - start
            print(f"    {what}: {done:,} of {total:,} in {took:.0f} s", flush=True)

    return report


def _big_case(
    session: Session, rng: random.Random, items: int, text: Callable[[random.Random], str]
) -> int:
    """One case file with `items` information items, for the open-a-case benchmark."""
    partners = [pid for pid, _name in case_service.partner_choices(session)]
    opened = date.today() - timedelta(days=400)
    with session.register.transaction():
        case_id = case_service.open_case(
            session,
            CaseDraft(opened, BIG_CASE_PSEUDONYM, None, rng.choice(partners)),
            Identity("Groot Testgeval Fictief"),
        )
        for n in range(items):
            case_service.add_information(
                session,
                case_id,
                InformationItem(
                    opened + timedelta(days=n),
                    rng.choice(partners),
                    text(rng),
                    True,
                    rng.choice(list(SharingLevel)),
                    not_for_minutes=n % 7 == 0,
                ),
            )
    return case_id


def _meetings(
    session: Session, rng: random.Random, count: int, text: Callable[[random.Random], str]
) -> None:
    """`count` meetings over the last years and the coming months, each with the standard
    items, case items with a note, and attendance; past meetings are held, with attendance
    recorded. Grouped in transactions of MEETING_BATCH meetings."""
    profile = session.profile()
    tables = list(profile.tables)
    mrepo = meeting_service.repo(session)
    contacts = [
        (int(r["id"]), int(r["partner_id"]), str(r["name"]))
        for r in session.register.query("SELECT id, partner_id, name FROM partner_contact")
    ]
    case_ids = [row.id for row in case_service.list_cases(session)]
    today = date.today()
    first = today - timedelta(days=5 * 365)
    span = (today + timedelta(days=120) - first).days
    report = _progress("meetings", count) if count >= 20000 else None
    for start in range(0, count, MEETING_BATCH):
        if report is not None:
            report(start)
        with session.register.transaction():
            for n in range(start, min(count, start + MEETING_BATCH)):
                on = first + timedelta(days=span * n // max(1, count))
                meeting_id = meeting_service.create_meeting(
                    session,
                    meeting_service.MeetingDraft(
                        rng.choice(tables),
                        on,
                        "14:00",
                        "Gemeentehuis Benchdorp (fictief)",
                        "Burgemeester Fictief",
                        "Bench Ambtenaar",
                    ),
                    invite_members=False,
                )
                people = rng.sample(contacts, min(len(contacts), rng.randint(*ATTENDEES)))
                entries = [
                    mrepo.add_attendance(
                        meeting_id,
                        name,
                        contact_id=cid,
                        partner_id=pid,
                        organisation="Partner Fictief",
                        role="member",
                        position=pos,
                    )
                    for pos, (cid, pid, name) in enumerate(people)
                ]
                for case_id in rng.sample(case_ids, rng.randint(*CASE_ITEMS_PER_MEETING)):
                    item_id = meeting_service.add_item(
                        session, meeting_id, ItemKind.CASE, "", 15, case_id=case_id
                    )
                    meeting_service.add_note(
                        session,
                        item_id,
                        NoteKind.ACCOUNT,
                        text(rng),
                    )
                if on < today:
                    for entry in entries:
                        status = rng.choice(
                            [Attendance.PRESENT] * 4 + [Attendance.EXCUSED, Attendance.ABSENT]
                        )
                        meeting_service.set_attendance(session, entry, status)
                    meeting_service.update_meeting(
                        session, meeting_id, end_time="16:00", status="held"
                    )


# -- the cache -------------------------------------------------------------------------------
def cache_key(size: str, seed: int) -> str:
    return f"{size}-seed{seed}-schema{migrations.LATEST_VERSION}-gen{GENERATOR_VERSION}"


def _migrate_older_cache(cached: Path, passphrase: str, size: str, seed: int) -> None:
    """A register generated for an older schema (same content version) is brought to the
    latest by the program's own migrations, as an officer's register would be, and kept
    as this schema's cache: a new index must not cost a stress register's generation."""
    older = sorted(
        CACHE_DIR.glob(f"{size}-seed{seed}-schema*-gen{GENERATOR_VERSION}.livc"),
        key=lambda p: int(p.name.split("-schema")[1].split("-")[0]),
    )
    older = [p for p in older if params_path(p).is_file() and p != cached]
    if not older:
        return
    source = older[-1]
    work = cached.with_name(cached.name + ".migrating")
    shutil.copyfile(source, work)
    shutil.copyfile(params_path(source), params_path(work))
    try:
        session = register_service.unlock(work, passphrase)
        session.close()
        shutil.copyfile(params_path(work), params_path(cached))
        work.replace(cached)
        print(f"  {source.name} migrated to schema {migrations.LATEST_VERSION}", flush=True)
    finally:
        for leftover in work.parent.glob(work.name + "*"):
            leftover.unlink()


def cached_register(
    target: Path, passphrase: str, size: str, seed: int = 7, *, use_cache: bool = True
) -> tuple[dict[str, int], float, bool]:
    """Put a generated register of `size` at `target` (with its parameters sidecar), from
    the cache when it holds one for this size, seed and schema version. Returns the row
    counts, the generation time (0 when cached) and whether the cache was used."""
    cached = CACHE_DIR / f"{cache_key(size, seed)}.livc"
    if use_cache and not cached.is_file():
        _migrate_older_cache(cached, passphrase, size, seed)
    if use_cache and cached.is_file() and params_path(cached).is_file():
        shutil.copyfile(cached, target)
        shutil.copyfile(params_path(cached), params_path(target))
        session = register_service.unlock(target, passphrase)
        try:
            counts = session.register.table_counts()
        finally:
            session.close()
        return counts, 0.0, True
    start = time.perf_counter()
    counts = generate(target, passphrase, size, seed)
    took = time.perf_counter() - start
    if use_cache:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(cached.name + ".tmp")
        shutil.copyfile(target, tmp)
        shutil.copyfile(params_path(target), params_path(cached))
        tmp.replace(cached)
    return counts, took, False
