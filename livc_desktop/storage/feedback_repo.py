"""The feedback sheets to the police in the register: one agreed text per meeting and
case, and each participant's consent to exactly that text."""

from __future__ import annotations

from typing import Any

from livc_desktop.storage.connection import Register
from livc_desktop.storage.meeting_rows import now


class FeedbackRepository:
    def __init__(self, register: Register) -> None:
        self._r = register

    def feedback_sheet(self, meeting_id: int, case_id: int) -> dict[str, Any] | None:
        rows = self._r.query(
            "SELECT * FROM feedback_sheet WHERE meeting_id = ? AND case_id = ?",
            (meeting_id, case_id),
        )
        return dict(rows[0]) if rows else None

    def feedback_sheets(self, meeting_id: int) -> list[dict[str, Any]]:
        rows = self._r.query(
            "SELECT * FROM feedback_sheet WHERE meeting_id = ? ORDER BY case_code", (meeting_id,)
        )
        return [dict(r) for r in rows]

    def save_feedback_sheet(
        self,
        meeting_id: int,
        case_id: int,
        case_code: str,
        conclusion: str,
        follow_up: str,
        police_contact: str,
        fingerprint: str,
    ) -> bool:
        """Store the text; returns True when it changed, and then every consent given to
        the previous text is dropped in the same transaction."""
        with self._r.transaction() as conn:
            old = conn.execute(
                "SELECT fingerprint FROM feedback_sheet WHERE meeting_id = ? AND case_id = ?",
                (meeting_id, case_id),
            ).fetchone()
            if old is not None and old[0] == fingerprint:
                return False
            conn.execute(
                "INSERT INTO feedback_sheet(meeting_id, case_id, case_code, conclusion, "
                "follow_up, police_contact, fingerprint, updated_at) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(meeting_id, case_id) DO UPDATE SET "
                "case_code = excluded.case_code, conclusion = excluded.conclusion, "
                "follow_up = excluded.follow_up, police_contact = excluded.police_contact, "
                "fingerprint = excluded.fingerprint, updated_at = excluded.updated_at",
                (
                    meeting_id,
                    case_id,
                    case_code,
                    conclusion,
                    follow_up,
                    police_contact,
                    fingerprint,
                    now(),
                ),
            )
            conn.execute(
                "DELETE FROM feedback_consent WHERE meeting_id = ? AND case_id = ?",
                (meeting_id, case_id),
            )
            return True

    def feedback_consents(self, meeting_id: int, case_id: int) -> dict[str, tuple[bool, str]]:
        """participant key -> (consent, fingerprint of the text consented to)."""
        rows = self._r.query(
            "SELECT participant, consent, fingerprint FROM feedback_consent "
            "WHERE meeting_id = ? AND case_id = ?",
            (meeting_id, case_id),
        )
        return {str(r["participant"]): (bool(r["consent"]), str(r["fingerprint"])) for r in rows}

    def set_feedback_consent(
        self,
        meeting_id: int,
        case_id: int,
        participant: str,
        consent: bool | None,
        fingerprint: str,
    ) -> None:
        with self._r.transaction() as conn:
            conn.execute(
                "DELETE FROM feedback_consent WHERE meeting_id = ? AND case_id = ? "
                "AND participant = ?",
                (meeting_id, case_id, participant),
            )
            if consent is not None:
                conn.execute(
                    "INSERT INTO feedback_consent(meeting_id, case_id, participant, consent, "
                    "fingerprint, recorded_at) VALUES(?, ?, ?, ?, ?, ?)",
                    (meeting_id, case_id, participant, int(consent), fingerprint, now()),
                )

    def feedback_texts(self) -> list[tuple[int, str, str, int]]:
        """(row id, conclusion, police contact, case id) of every stored feedback text."""
        rows = self._r.query(
            "SELECT rowid, conclusion, police_contact, case_id FROM feedback_sheet"
        )
        return [(int(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]

    def blank_feedback_text(self, row_id: int, conclusion: str, police_contact: str) -> None:
        """Only for blanking identities: the consents given to the fuller text stand."""
        with self._r.transaction() as conn:
            conn.execute(
                "UPDATE feedback_sheet SET conclusion = ?, police_contact = ? WHERE rowid = ?",
                (conclusion, police_contact, row_id),
            )
