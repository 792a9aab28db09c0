"""House rules versions, their chapters and the partners' signatures."""

from __future__ import annotations

from datetime import date
from typing import Any

from livc_desktop.domain.house_rules import (
    CHAPTERS,
    Chapter,
    HouseRulesVersion,
    Signature,
    VersionState,
)
from livc_desktop.storage.case_rows import d, iso, now_stamp
from livc_desktop.storage.connection import Register


class HouseRulesRepository:
    def __init__(self, register: Register) -> None:
        self._r = register

    # -- versions --------------------------------------------------------------------
    def versions(self) -> list[HouseRulesVersion]:
        """Every version, newest number first, with its chapters."""
        texts: dict[int, dict[Chapter, str]] = {}
        known = {c.value: c for c in CHAPTERS}
        for vid, chapter, text in self._r.query(
            "SELECT version_id, chapter, text FROM house_rules_chapter"
        ):
            if chapter in known:
                texts.setdefault(int(vid), {})[known[chapter]] = str(text)
        return [
            self._version(row, texts.get(int(row["id"]), {}))
            for row in self._r.query("SELECT * FROM house_rules_version ORDER BY number DESC")
        ]

    def get(self, version_id: int) -> HouseRulesVersion | None:
        row = self._r.conn.execute(
            "SELECT * FROM house_rules_version WHERE id = ?", (version_id,)
        ).fetchone()
        if row is None:
            return None
        known = {c.value: c for c in CHAPTERS}
        texts = {
            known[chapter]: str(text)
            for chapter, text in self._r.query(
                "SELECT chapter, text FROM house_rules_chapter WHERE version_id = ?",
                (version_id,),
            )
            if chapter in known
        }
        return self._version(row, texts)

    @staticmethod
    def _version(row: Any, texts: dict[Chapter, str]) -> HouseRulesVersion:
        return HouseRulesVersion(
            id=int(row["id"]),
            number=int(row["number"]),
            chapters=texts,
            language=str(row["language"]),
            state=VersionState(row["state"]),
            adopted_on=d(row["adopted_on"]),
        )

    def insert(self, number: int, language: str, texts: dict[Chapter, str]) -> int:
        stamp = now_stamp()
        with self._r.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO house_rules_version(number, language, state, created_at, "
                "updated_at) VALUES (?, ?, 'draft', ?, ?)",
                (number, language, stamp, stamp),
            )
            vid = int(cur.lastrowid)
            conn.executemany(
                "INSERT INTO house_rules_chapter(version_id, chapter, text) VALUES (?, ?, ?)",
                [(vid, c.value, texts.get(c, "")) for c in CHAPTERS],
            )
        return vid

    def save_texts(self, version_id: int, texts: dict[Chapter, str]) -> None:
        """Replace a draft's chapters (the triggers refuse it for an adopted version)."""
        with self._r.transaction() as conn:
            conn.executemany(
                "INSERT INTO house_rules_chapter(version_id, chapter, text) VALUES (?, ?, ?) "
                "ON CONFLICT(version_id, chapter) DO UPDATE SET text = excluded.text",
                [(version_id, c.value, texts.get(c, "")) for c in CHAPTERS],
            )
            conn.execute(
                "UPDATE house_rules_version SET updated_at = ? WHERE id = ?",
                (now_stamp(), version_id),
            )

    def adopt(self, version_id: int, adopted_on: date) -> None:
        with self._r.transaction() as conn:
            conn.execute(
                "UPDATE house_rules_version SET state = 'adopted', adopted_on = ?, "
                "updated_at = ? WHERE id = ?",
                (iso(adopted_on), now_stamp(), version_id),
            )

    def delete_draft(self, version_id: int) -> None:
        with self._r.transaction() as conn:
            conn.execute(
                "DELETE FROM house_rules_version WHERE id = ? AND state = 'draft'", (version_id,)
            )

    # -- signatures ------------------------------------------------------------------
    def signatures(self) -> list[Signature]:
        return [
            Signature(
                id=int(row["id"]),
                partner_id=int(row["partner_id"]),
                version_id=None if row["version_id"] is None else int(row["version_id"]),
                signed_on=date.fromisoformat(str(row["signed_on"])),
                signed_by=str(row["signed_by"]),
            )
            for row in self._r.query("SELECT * FROM house_rules_signature ORDER BY id")
        ]

    def add_signature(self, signature: Signature) -> int:
        with self._r.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO house_rules_signature(partner_id, version_id, signed_on, "
                "signed_by, created_at) VALUES (?, ?, ?, ?, ?)",
                (
                    signature.partner_id,
                    signature.version_id,
                    iso(signature.signed_on),
                    signature.signed_by,
                    now_stamp(),
                ),
            )
        return int(cur.lastrowid)
