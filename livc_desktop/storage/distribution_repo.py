"""The distribution record: one row per copy handed out (who, which document, when,
protected or not), and the questions the Overview asks of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from livc_desktop.storage.connection import Register


@dataclass(frozen=True)
class CopyRow:
    meeting_id: int
    document: str
    recipient: str
    organisation: str = ""
    partner_id: int | None = None
    contact_id: int | None = None
    case_id: int | None = None
    protected: bool = False
    content_hash: str = ""
    copy_hash: str = ""
    minutes_state: str = ""
    sent_at: str = ""


@dataclass(frozen=True)
class ContactInfo:
    email: str
    language: str


@dataclass(frozen=True)
class UnsentDocument:
    meeting_id: int
    on_date: str
    table_kind: str


@dataclass(frozen=True)
class MissingRecipient:
    meeting_id: int
    on_date: str
    name: str
    organisation: str


class DistributionRepository:
    def __init__(self, register: Register) -> None:
        self._r = register

    def add_copies(self, rows: Sequence[CopyRow]) -> list[int]:
        """All rows in one transaction: a distribution is recorded whole or not at all."""
        ids: list[int] = []
        with self._r.transaction() as conn:
            for row in rows:
                cur = conn.execute(
                    "INSERT INTO distribution(meeting_id, document, case_id, partner_id, "
                    "contact_id, recipient, organisation, protected, sent_at, content_hash, "
                    "copy_hash, minutes_state) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        row.meeting_id,
                        row.document,
                        row.case_id,
                        row.partner_id,
                        row.contact_id,
                        row.recipient,
                        row.organisation,
                        int(row.protected),
                        row.sent_at,
                        row.content_hash,
                        row.copy_hash,
                        row.minutes_state,
                    ),
                )
                ids.append(int(cur.lastrowid))
        return ids

    def contacts(self, contact_ids: Sequence[int]) -> dict[int, ContactInfo]:
        """E-mail address (the partner's when the contact has none) and language of each
        contact."""
        if not contact_ids:
            return {}
        marks = ",".join("?" * len(contact_ids))
        rows = self._r.query(
            "SELECT c.id, coalesce(nullif(c.email, ''), p.email), c.language "
            f"FROM partner_contact c JOIN partner p ON p.id = c.partner_id WHERE c.id IN ({marks})",
            tuple(contact_ids),
        )
        return {int(r[0]): ContactInfo(str(r[1]), str(r[2])) for r in rows}

    def partner_contacts(self, partner_ids: Sequence[int]) -> list[tuple[int, int, str, str]]:
        """(partner id, contact id, contact name, partner name) of the active contacts."""
        if not partner_ids:
            return []
        marks = ",".join("?" * len(partner_ids))
        rows = self._r.query(
            "SELECT p.id, c.id, c.name, p.name FROM partner_contact c "
            "JOIN partner p ON p.id = c.partner_id "
            f"WHERE p.id IN ({marks}) AND c.status = 'active' ORDER BY p.name, c.name, c.id",
            tuple(partner_ids),
        )
        return [(int(r[0]), int(r[1]), str(r[2]), str(r[3])) for r in rows]

    def unsent_minutes(self) -> list[UnsentDocument]:
        """Finalised or approved minutes of which no copy was recorded, newest first."""
        rows = self._r.query(
            "SELECT m.id, m.on_date, m.table_kind FROM meeting m "
            "WHERE m.minutes_state IN ('finalised', 'approved') AND NOT EXISTS ("
            "  SELECT 1 FROM distribution d WHERE d.meeting_id = m.id "
            "  AND d.document = 'minutes') "
            "ORDER BY m.on_date DESC, m.id DESC"
        )
        return [UnsentDocument(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    def missing_approved_minutes(self) -> list[MissingRecipient]:
        """Members of the table (the meeting's attendance list) who have no copy of the
        minutes made after their approval, newest meeting first. A member is matched by
        contact, else by name."""
        rows = self._r.query(
            "SELECT m.id, m.on_date, a.name, a.organisation FROM meeting m "
            "JOIN attendance a ON a.meeting_id = m.id "
            "WHERE m.minutes_state = 'approved' AND NOT EXISTS ("
            "  SELECT 1 FROM distribution d WHERE d.meeting_id = m.id "
            "  AND d.document = 'minutes' AND d.minutes_state = 'approved' "
            "  AND (d.contact_id = a.contact_id OR (a.contact_id IS NULL "
            "       AND lower(trim(d.recipient)) = lower(trim(a.name))))) "
            "ORDER BY m.on_date DESC, m.id DESC, a.position, a.id"
        )
        return [MissingRecipient(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]
