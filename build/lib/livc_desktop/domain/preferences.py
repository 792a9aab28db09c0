"""Preferences kept inside the register (the language and window geometry live in
QSettings instead, because they are needed before the register is unlocked)."""

from __future__ import annotations

from dataclasses import dataclass

AUTO_LOCK_MIN = 1
AUTO_LOCK_MAX = 240
AUTO_LOCK_DEFAULT = 5


@dataclass
class Preferences:
    auto_lock_minutes: int = AUTO_LOCK_DEFAULT
    language: str = ""  # the register's language for printed documents; "" = UI language

    def __post_init__(self) -> None:
        self.auto_lock_minutes = clamp_auto_lock(self.auto_lock_minutes)

    def to_dict(self) -> dict[str, object]:
        return {"auto_lock_minutes": self.auto_lock_minutes, "language": self.language}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Preferences:
        minutes = data.get("auto_lock_minutes", AUTO_LOCK_DEFAULT)
        return cls(
            auto_lock_minutes=int(minutes) if isinstance(minutes, int | float | str) else 5,
            language=str(data.get("language", "")),
        )


def clamp_auto_lock(minutes: int) -> int:
    return max(AUTO_LOCK_MIN, min(AUTO_LOCK_MAX, int(minutes)))
