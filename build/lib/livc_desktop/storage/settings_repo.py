"""Key/value settings inside the encrypted register (values are JSON)."""

from __future__ import annotations

import json
from typing import Any

from livc_desktop.storage.connection import Register


class SettingsRepository:
    def __init__(self, register: Register) -> None:
        self._register = register

    def get(self, key: str, default: Any = None) -> Any:
        raw = self._register.scalar("SELECT value FROM setting WHERE key = ?", (key,))
        if raw is None:
            return default
        return json.loads(raw)

    def set(self, key: str, value: Any) -> None:
        with self._register.transaction() as conn:
            conn.execute(
                "INSERT INTO setting(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False, sort_keys=True)),
            )

    def set_many(self, values: dict[str, Any]) -> None:
        with self._register.transaction():
            for key, value in values.items():
                self.set(key, value)

    def all(self) -> dict[str, Any]:
        return {
            str(r["key"]): json.loads(r["value"])
            for r in self._register.query("SELECT key, value FROM setting ORDER BY key")
        }
