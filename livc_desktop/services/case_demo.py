"""Demo filler for signals and cases: fictional cases in every phase and flag, with
signals, flag decisions, measures, information items and a case team. Uses the partners
already in the demo register (the partner filler runs first); without partners it still
makes signals and cases, but no measures, information items or teams."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from livc_desktop.domain.cases import (
    CaseDraft,
    ClosureReason,
    Cooperation,
    CooperationKind,
    Flag,
    FollowUp,
    Identity,
    InformationItem,
    MeasureStatus,
    Phase,
    SharingLevel,
)
from livc_desktop.domain.signals import Channel, SignalIntake, Triage, TriageOutcome, Urgency
from livc_desktop.services import cases as cs
from livc_desktop.services import handover
from livc_desktop.services import signals as ss
from livc_desktop.services.register import Session

# Invented people, obviously so.
PEOPLE = [
    (
        "Merel",
        Identity(
            "Zoë Testpersoon",
            date(2008, 4, 2),
            "Verzonnenstraat 1, Demostad",
            "Atheneum Fictief",
            "nl, fr",
        ),
    ),
    (
        "Vink",
        Identity(
            "Jan Fictief",
            date(2005, 9, 17),
            "Nepdreef 22, Voorbeeldegem",
            "Bakkerij Denkbeeld",
            "nl",
        ),
    ),
    (
        "Reiger",
        Identity(
            "رانيا المثال",
            date(2007, 1, 30),
            "Proefplein 3, Demostad",
            "Campus Voorbeeld",
            "ar, nl",
        ),
    ),
    ("Specht", Identity("Amira Voorbeeld", None, "", "", "nl, en")),
    ("Kievit", Identity("Lucas Verzonnen", date(2006, 11, 5), "", "Sportclub Fictief", "")),
    ("Zwaluw", Identity("Noor Denkbeeldig", None, "Nergenslaan 9, Voorbeeldegem", "", "")),
    ("Buizerd", Identity("Tom Testgeval", date(2004, 3, 3), "", "", "")),
    ("Roodborst", Identity("Sara Proef", None, "", "", "")),
    ("Mus", Identity("Elias Verzinsel", None, "", "", "")),
    ("Uil", Identity("Lina Voorbeeldig", date(2009, 6, 6), "", "", "")),
    ("Ekster", Identity("Ruben Fictief", None, "", "", "")),
]

OBSERVED = [
    "Deelt op sociale media steeds vaker filmpjes van een extremistische groep (fictief).",
    "Klasgenoten melden dat hij zich terugtrekt en vrienden 'ongelovigen' noemt (fictief).",
    "Jeugdwerker hoorde uitspraken over geweld tegen een bevolkingsgroep (fictief).",
    "Ouder is ongerust over plotse gedragsverandering en nieuwe contacten (fictief).",
    "Sportclub merkt dat ze trainingen mist en contact zoekt met een onbekende groep (fictief).",
]

INFO = [
    "School: afwezigheden nemen toe; gesprek met CLB gepland (fictief).",
    "OCMW: gezin krijgt begeleiding; geen bijzonderheden (fictief).",
    "Politie: geen gerechtelijke antecedenten gekend (fictief).",
    "Jeugddienst: neemt weer deel aan activiteiten van het jeugdhuis (fictief).",
]

MEASURES = [
    "Gesprek met de jongere en de ouders",
    "Begeleiding door een jeugdwerker opstarten",
    "Contact met de school over afwezigheden",
    "Doorverwijzen naar het CAW",
]

# (pseudonym index, opened weeks ago, target phase, flags as (flag, weeks ago), follow-up)
PLAN: list[tuple[int, int, Phase, list[tuple[Flag, int]], FollowUp | None]] = [
    (0, 2, Phase.REGISTRATION, [], None),
    (1, 9, Phase.FILE_BUILDING, [], None),  # not weighed for too long: due for review
    (2, 5, Phase.WEIGHING, [(Flag.YELLOW, 3)], FollowUp.SOCIAL),
    (3, 20, Phase.APPROACH, [(Flag.YELLOW, 18), (Flag.RED, 10)], FollowUp.MIXED),
    (4, 14, Phase.APPROACH, [(Flag.RED, 12)], FollowUp.POLICE),
    (5, 12, Phase.APPROACH, [(Flag.YELLOW, 9)], FollowUp.SOCIAL),
    (6, 30, Phase.EVALUATION, [(Flag.RED, 26), (Flag.YELLOW, 8)], FollowUp.SOCIAL),
    (7, 25, Phase.EVALUATION, [(Flag.GREEN, 4)], FollowUp.SOCIAL),
    (8, 40, Phase.CLOSED, [(Flag.YELLOW, 36), (Flag.GREEN, 6)], FollowUp.SOCIAL),
    (9, 16, Phase.CLOSED, [(Flag.GREEN, 14)], None),
    (10, 8, Phase.WEIGHING, [(Flag.BLACK, 1)], FollowUp.POLICE),
]

PATH = [Phase.FILE_BUILDING, Phase.WEIGHING, Phase.APPROACH, Phase.EVALUATION]


def fill_cases(session: Session, rng: random.Random) -> None:
    today = date.today()
    partners = [pid for pid, _name in cs.partner_choices(session)]
    officer = session.profile().officer_name or "Fien Voorbeeld"
    munis = session.profile().municipalities

    def pick() -> int | None:
        return rng.choice(partners) if partners else None

    def weeks(n: int) -> date:
        return today - timedelta(weeks=n)

    for idx, opened_weeks, target, flags, follow in PLAN:
        pseudonym, identity = PEOPLE[idx]
        opened = weeks(opened_weeks)
        reporter = pick()
        signal_id = ss.register_signal(
            session,
            SignalIntake(
                received_on=opened - timedelta(days=rng.randint(1, 6)),
                channel=rng.choice(list(Channel)),
                observed=rng.choice(OBSERVED),
                consent=True,
                reporter_partner_id=reporter,
                reporter_name="" if reporter else "Buurtbewoner Fictief",
                person_label=pseudonym[:1] + "." + identity.name.split()[-1][:1] + ".",
                urgency=rng.choice(list(Urgency)),
            ),
        )
        draft = CaseDraft(
            opened_on=opened,
            pseudonym=pseudonym,
            follow_up=follow,
            lead_partner_id=pick() if follow else None,
            municipality=rng.choice(munis) if munis else "",
        )
        case_id = ss.triage(session, signal_id, Triage(TriageOutcome.CASE, opened), draft)
        assert case_id is not None
        handover.save_identity(session, case_id, identity)
        # Walk the phases, weighing along the way.
        steps = PATH[: PATH.index(target) + 1] if target in PATH else []
        if target is Phase.CLOSED:
            steps = list(PATH)
        span = max(1, opened_weeks - 1)
        last_on = opened
        flag_iter = iter(sorted(flags, key=lambda f: -f[1]))
        pending = next(flag_iter, None)
        for n, phase in enumerate(steps):
            on = opened + timedelta(weeks=span * (n + 1) // (len(steps) + 1))
            while pending and weeks(pending[1]) <= on and pending[0] is not Flag.BLACK:
                _flag(session, case_id, pending, officer, weeks)
                pending = next(flag_iter, None)
            if phase is Phase.APPROACH and partners:
                for pid in rng.sample(partners, min(2, len(partners))):
                    if pid not in _team_ids(session, case_id):
                        cs.join_team(session, case_id, pid, on)
            cs.change_phase(session, case_id, phase, changed_on=on)
            last_on = on
        while pending and pending[0] is not Flag.BLACK:
            _flag(session, case_id, pending, officer, weeks)
            pending = next(flag_iter, None)
        if partners:
            for text in rng.sample(INFO, rng.randint(1, 3)):
                cs.add_information(
                    session,
                    case_id,
                    InformationItem(
                        received_on=opened + timedelta(days=rng.randint(0, 20)),
                        source_partner_id=rng.choice(partners),
                        content=text,
                        consent=True,
                        sharing=rng.choice(list(SharingLevel)),
                        secret=False,
                        not_for_minutes=rng.random() < 0.3,
                    ),
                )
            if target in (Phase.APPROACH, Phase.EVALUATION, Phase.CLOSED):
                for n in range(rng.randint(1, 3)):
                    mid = cs.add_measure(
                        session,
                        case_id,
                        rng.choice(partners),
                        rng.choice(MEASURES),
                        today + timedelta(days=rng.randint(-20, 30)),
                    )
                    if target is Phase.CLOSED or (n == 0 and target is Phase.EVALUATION):
                        cs.set_measure_status(
                            session, mid, MeasureStatus.DONE, "Uitgevoerd (fictief)"
                        )
        if idx == 4:
            cs.add_cooperation(
                session,
                case_id,
                Cooperation(
                    CooperationKind.OTHER_LIVC,
                    "LIVC Nabijdorp (fictief)",
                    "preventie@nabijdorp.example",
                    weeks(3),
                ),
            )
        if target is Phase.CLOSED:
            cs.change_phase(
                session,
                case_id,
                Phase.CLOSED,
                changed_on=min(today, last_on + timedelta(weeks=1)),
                closure_reason=ClosureReason.NO_CONCERN
                if idx == 8
                else ClosureReason.GOALS_REACHED,
                evaluation_note="Geen zorgen meer; partners blijven alert (fictief).",
            )
        if pending and pending[0] is Flag.BLACK:
            handover.change_flag(
                session,
                case_id,
                Flag.BLACK,
                "Acuut risico; buiten de preventieve opdracht van de cel (fictief).",
                None,
                decided_by_person=officer,
                decided_on=weeks(pending[1]),
                handed_to="Lokale politie Demozone (fictief)",
                handed_on=weeks(pending[1]),
            )

    # Signals in the queue, and the other triage outcomes.
    for n in range(4):
        reporter = pick()
        ss.register_signal(
            session,
            SignalIntake(
                received_on=today - timedelta(days=3 + 5 * n),
                channel=rng.choice(list(Channel)),
                observed=rng.choice(OBSERVED),
                consent=True,
                reporter_partner_id=reporter,
                reporter_name="" if reporter else "Anonieme melder (fictief)",
                person_label=rng.choice(["K.D.", "Valk", "S.M.", "Havik"]),
            ),
        )
    handed = ss.register_signal(
        session,
        SignalIntake(
            today - timedelta(days=30),
            Channel.INFORMAL,
            OBSERVED[3],
            True,
            reporter_partner_id=pick(),
            reporter_name="Buurman Fictief",
            person_label="Meeuw",
        ),
    )
    if partners:
        ss.triage(
            session,
            handed,
            Triage(
                TriageOutcome.HANDED_TO_PARTNER,
                today - timedelta(days=25),
                partner_id=rng.choice(partners),
                reason="Gezinsproblematiek; de jeugddienst volgt op (fictief).",
            ),
        )
    dropped = ss.register_signal(
        session,
        SignalIntake(
            today - timedelta(days=40),
            Channel.EMAIL,
            OBSERVED[4],
            True,
            reporter_partner_id=pick(),
            reporter_name="Trainer Fictief",
        ),
    )
    ss.triage(
        session,
        dropped,
        Triage(
            TriageOutcome.NOT_RETAINED,
            today - timedelta(days=35),
            reason="Na navraag geen signaal van radicalisering (fictief).",
        ),
    )
    ss.register_signal(
        session,
        SignalIntake(
            today - timedelta(days=12),
            Channel.PHONE,
            consent=False,
            reporter_partner_id=pick(),
            reporter_name="" if partners else "Beller",
        ),
    )


def _team_ids(session: Session, case_id: int) -> set[int]:
    return {t.partner_id for t in cs.team(session, case_id) if t.left_on is None}


def _flag(session, case_id, pending, officer, weeks) -> None:  # type: ignore[no-untyped-def]
    flag, ago = pending
    decided = weeks(ago)
    handover.change_flag(
        session,
        case_id,
        flag,
        {
            Flag.GREEN: "Geen zorgwekkende elementen meer (fictief).",
            Flag.YELLOW: "Zorgwekkend maar onduidelijk; sociale partner volgt op (fictief).",
            Flag.RED: "Ernstige signalen; gezamenlijke aanpak nodig (fictief).",
        }[flag],
        cs.default_review_date(flag, decided, session),
        decided_by_person=officer,
        decided_on=decided,
    )


def generate_cases(
    session: Session,
    rng: random.Random,
    *,
    cases: int,
    signals: int,
    items: int,
    batch: int = 500,
    item_text: Callable[[random.Random], str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Synthetic, fictional volume for benchmarks, through the same services as the GUI:
    `cases` case files (every phase and flag), `signals` signals (most linked to a case,
    some awaiting weighing) and `items` information items. Writes are grouped in
    transactions of `batch` cases. Uses the partners already in the register.
    `item_text(rng)` makes an information item's text (default: 25 words drawn evenly from
    a short list, so every word occurs in most items). `progress(done)` is told the number
    of cases written after each batch."""
    partners = [pid for pid, _name in cs.partner_choices(session)]
    if not partners:
        raise ValueError("generate partners first")
    today = date.today()
    words = [
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
    ]
    case_ids: list[int] = []
    per_case_items = max(0, items // max(1, cases))
    extra_items = items - per_case_items * cases
    signals_left = signals
    pending_items: list[tuple[int, InformationItem]] = []
    for start in range(0, cases, batch):
        with session.register.transaction():
            for n in range(start, min(cases, start + batch)):
                opened = today - timedelta(days=rng.randint(0, 1500))
                case_id = cs.open_case(
                    session,
                    CaseDraft(
                        opened, f"Vogel {n}", rng.choice([*FollowUp, None]), rng.choice(partners)
                    ),
                    Identity(f"Testpersoon {n} Fictief"),
                )
                case_ids.append(case_id)
                if signals_left > 0:
                    sid = ss.register_signal(
                        session,
                        SignalIntake(
                            opened,
                            rng.choice(list(Channel)),
                            "Fictief signaal",
                            True,
                            rng.choice(partners),
                            person_label="X.Y.",
                        ),
                    )
                    ss.triage(session, sid, Triage(TriageOutcome.CASE, opened, case_id=case_id))
                    signals_left -= 1
                target = rng.choice(list(Phase))
                steps = (
                    list(PATH)
                    if target is Phase.CLOSED
                    else (PATH[: PATH.index(target) + 1] if target in PATH else [])
                )
                for step in steps:
                    cs.change_phase(session, case_id, step, changed_on=opened)
                    if step is Phase.WEIGHING:
                        flag = rng.choice([Flag.GREEN, Flag.YELLOW, Flag.RED])
                        handover.change_flag(
                            session,
                            case_id,
                            flag,
                            "Fictieve weging",
                            opened + timedelta(days=rng.randint(14, 120)),
                            decided_by_person="Bench",
                            decided_on=opened,
                        )
                for _ in range(rng.randint(0, 3)):
                    cs.add_measure(
                        session,
                        case_id,
                        rng.choice(partners),
                        "Fictieve maatregel",
                        opened + timedelta(days=rng.randint(0, 400)),
                    )
                count = per_case_items + (1 if n < extra_items else 0)
                # One statement per batch: a million items one service call at a time
                # (each with its trail entry) made the stress register take hours.
                pending_items.extend(
                    (
                        case_id,
                        InformationItem(
                            opened + timedelta(days=rng.randint(0, 60)),
                            rng.choice(partners),
                            item_text(rng)
                            if item_text
                            else " ".join(rng.choice(words) for _ in range(25)),
                            True,
                            rng.choice(list(SharingLevel)),
                        ),
                    )
                    for _ in range(count)
                )
                if target is Phase.CLOSED:
                    cs.change_phase(
                        session,
                        case_id,
                        Phase.CLOSED,
                        changed_on=opened,
                        closure_reason=ClosureReason.GOALS_REACHED,
                        evaluation_note="Fictieve evaluatie",
                    )
            cs.add_information_bulk(session, pending_items)
            pending_items.clear()
        if progress is not None:
            progress(min(cases, start + batch))
    with session.register.transaction():
        for _ in range(max(0, signals_left)):
            ss.register_signal(
                session,
                SignalIntake(
                    today - timedelta(days=rng.randint(0, 400)),
                    rng.choice(list(Channel)),
                    "Fictief signaal in de wachtrij",
                    True,
                    rng.choice(partners),
                ),
            )
