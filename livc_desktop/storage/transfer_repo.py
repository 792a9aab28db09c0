"""Cases received from another cell: the record of imported packages and the writing of a
received case (its row, flag and phase history, measures) in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from livc_desktop.domain.cases import Identity
from livc_desktop.domain.transfer import CasePackage, ReceivedTexts
from livc_desktop.storage.case_rows import iso, now_stamp
from livc_desktop.storage.connection import Register


@dataclass(frozen=True)
class Provenance:
    package_id: str
    source_code: str
    sender_cell: str
    sender_officer: str
    sender_email: str
    sender_phone: str
    sent_on: date
    received_on: date


class TransferRepository:
    def __init__(self, register: Register) -> None:
        self._r = register

    def was_imported(self, package_id: str) -> bool:
        return bool(
            self._r.scalar("SELECT 1 FROM case_transfer_in WHERE package_id = ?", (package_id,))
        )

    def case_id_for_code(self, code: str) -> int | None:
        value = self._r.scalar("SELECT id FROM case_file WHERE code = ?", (code,))
        return None if value is None else int(value)

    def provenance(self, case_id: int) -> Provenance | None:
        rows = self._r.query("SELECT * FROM case_transfer_in WHERE case_id = ?", (case_id,))
        if not rows:
            return None
        r = rows[0]
        return Provenance(
            package_id=str(r["package_id"]),
            source_code=str(r["source_code"]),
            sender_cell=str(r["sender_cell"]),
            sender_officer=str(r["sender_officer"]),
            sender_email=str(r["sender_email"]),
            sender_phone=str(r["sender_phone"]),
            sent_on=date.fromisoformat(str(r["sent_on"])),
            received_on=date.fromisoformat(str(r["received_on"])),
        )

    def insert_received(
        self,
        code: str,
        package: CasePackage,
        received_on: date,
        texts: ReceivedTexts,
        identity: Identity | None,
    ) -> int:
        """The new case with the package's state and history; returns its id. Runs inside
        the caller's transaction, together with the code's choice."""
        stamp = now_stamp()
        p = package
        last_weighed = max((f.decided_on for f in p.flags), default=p.opened_on)
        closed = p.phase.value == "closed"
        closing = next((s for s in reversed(p.phases) if s.phase.value == "closed"), None)
        last_black = next((f for f in reversed(p.flags) if f.flag.value == "black"), None)
        with self._r.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO case_file(code, created_at, updated_at, opened_on, pseudonym,"
                " municipality, phase, phase_since, flag, flag_since, next_review,"
                " last_weighed_on, follow_up, closure_reason, closed_on, handed_on)"
                " VALUES (?, ?, ?, ?, '', '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    code,
                    stamp,
                    stamp,
                    p.opened_on.isoformat(),
                    p.phase.value,
                    p.phase_since.isoformat(),
                    p.flag.value if p.flag else None,
                    iso(p.flag_since),
                    None if closed else iso(p.next_review),
                    last_weighed.isoformat(),
                    p.follow_up.value if p.follow_up else None,
                    closing.closure_reason.value
                    if closed and closing and closing.closure_reason
                    else None,
                    p.phase_since.isoformat() if closed else None,
                    iso(last_black.handed_on) if last_black else None,
                ),
            )
            case_id = int(cur.lastrowid)
            previous = None
            for step in p.phases:
                conn.execute(
                    "INSERT INTO case_phase_change(case_id, from_phase, to_phase, changed_on,"
                    " reason, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        case_id,
                        previous,
                        step.phase.value,
                        step.changed_on.isoformat(),
                        step.closure_reason.value if step.closure_reason else "",
                        stamp,
                    ),
                )
                previous = step.phase.value
            for f in p.flags:
                conn.execute(
                    "INSERT INTO case_flag_change(case_id, flag, decided_on, decided_by_person,"
                    " justification, next_review, handed_on, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        case_id,
                        f.flag.value,
                        f.decided_on.isoformat(),
                        texts.decided_by,
                        texts.flag_justification,
                        iso(f.next_review),
                        iso(f.handed_on),
                        stamp,
                    ),
                )
            for m in p.measures:
                conn.execute(
                    "INSERT INTO measure(case_id, partner_id, what, due_on, status, result,"
                    " created_on, closed_on, created_at, updated_at)"
                    " VALUES (?, NULL, ?, ?, ?, '', ?, ?, ?, ?)",
                    (
                        case_id,
                        texts.measure_what.format(organisation=m.organisation),
                        iso(m.due_on),
                        m.status.value,
                        m.agreed_on.isoformat(),
                        iso(m.closed_on),
                        stamp,
                        stamp,
                    ),
                )
            if identity is not None:
                conn.execute(
                    "INSERT INTO case_identity(case_id, name, birth_date, address, school_work,"
                    " languages) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        case_id,
                        identity.name,
                        iso(identity.birth_date),
                        identity.address,
                        identity.school_work,
                        identity.languages,
                    ),
                )
            conn.execute(
                "INSERT INTO case_transfer_in(package_id, case_id, source_code, sender_cell,"
                " sender_officer, sender_email, sender_phone, sent_on, received_on, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    p.package_id,
                    case_id,
                    p.case_code,
                    p.sender.cell,
                    p.sender.officer,
                    p.sender.email,
                    p.sender.phone,
                    p.made_on.isoformat(),
                    received_on.isoformat(),
                    stamp,
                ),
            )
        return case_id


__all__ = ["Provenance", "ReceivedTexts", "TransferRepository"]
