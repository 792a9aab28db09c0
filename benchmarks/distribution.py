"""A distribution of the minutes of a 40-item meeting to its 30 members: one AES-256
copy each, marked with the recipient, saved into a folder and recorded (target: under 5 s).

Run directly (`python -m benchmarks.distribution [--repeat N] [--keep FOLDER]`): it makes a
fictional register in a temporary folder through the program's services (40 agenda items
with an account, a decision and an action each; 30 members), finalises the minutes and
times `recipients` + `make_copies` (the minutes built once, then 30 copies) +
`save_copies` (30 files, 30 distribution rows, the trail entries). `--keep` copies the
last run's PDFs and prints their passwords, to look at them (pdftoppm)."""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from livc_desktop.domain.cell import CellProfile, CellStructure, TableKind
from livc_desktop.domain.meetings import DocumentKind, ItemKind, NoteKind
from livc_desktop.services import distribution
from livc_desktop.services import meetings as svc
from livc_desktop.services import register as register_service
from livc_desktop.services.session import Session
from livc_desktop.ui.distribution_labels import copy_words
from livc_desktop.ui.meeting_labels import labels_for

PASSPHRASE = "benchmark passphrase, fictional data only"


def build_meeting(session: Session, items: int = 40, members: int = 30) -> int:
    held = date.today() - timedelta(days=1)
    meeting_id = svc.create_meeting(
        session,
        svc.MeetingDraft(TableKind.OPERATIONAL, held, "09:00", "Gemeentehuis Demostad"),
    )
    for n in range(1, items + 1):
        item = svc.add_item(session, meeting_id, ItemKind.GENERAL, f"Agendapunt {n}", 5)
        svc.add_note(session, item, text="Verslag van de bespreking. " * 6)
        svc.add_note(session, item, NoteKind.DECISION, f"Besluit {n}: opvolgen.")
        svc.add_action(session, item, f"Actie {n}: terugkoppelen", "Partner Fictief vzw")
    for n in range(1, members + 1):
        svc.add_attendee(session, meeting_id, f"Deelnemer Fictief {n:02d}", f"Organisatie {n}")
    svc.finalise(session, meeting_id)
    return meeting_id


def distribute(session: Session, meeting_id: int, folder: Path) -> list[distribution.SavedCopy]:
    document = DocumentKind.MINUTES
    chosen = distribution.recipients(session, meeting_id, document)
    words = copy_words(session, svc.get_meeting(session, meeting_id), document)
    copies = distribution.make_copies(
        session, meeting_id, document, chosen, labels_for(session), words, encrypt=True
    )
    return distribution.save_copies(session, meeting_id, document, copies, folder)


def measure(repeat: int = 5, keep: Path | None = None) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - translations
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        session = register_service.create(
            root / "register.livc",
            PASSPHRASE,
            PASSPHRASE,
            CellProfile(["Demostad"], CellStructure.INTEGRATED, officer_name="Fien Voorbeeld"),
        )
        try:
            meeting_id = build_meeting(session)
            distribute(session, meeting_id, root / "warm-up")
            runs = []
            saved: list[distribution.SavedCopy] = []
            for n in range(repeat):
                start = time.perf_counter()
                saved = distribute(session, meeting_id, root / f"run{n}")
                runs.append(time.perf_counter() - start)
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                for item in saved:
                    shutil.copy2(item.path, keep / item.path.name)
                    print(f"{keep / item.path.name}\t{item.password}")
        finally:
            session.close()
    return {
        "copies": float(len(saved)),
        "median_s": statistics.median(runs),
        "max_s": max(runs),
        "min_s": min(runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args()
    figures = measure(args.repeat, args.keep)
    print(
        f"distribution of a 40-item meeting to {figures['copies']:.0f} members (AES-256): "
        f"median {figures['median_s']:.2f} s, best {figures['min_s']:.2f} s, "
        f"worst {figures['max_s']:.2f} s over {args.repeat} runs (target < 5 s)"
    )


if __name__ == "__main__":
    main()
