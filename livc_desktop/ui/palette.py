"""Every colour the program draws itself, in one place, with a light and a dark variant.

Most of the screen follows the system palette. Where the program adds meaning with colour
(an error, the off-the-record mark, a flag, a notice box), the colour comes from here; the
variant follows the lightness of the application palette's window colour, so a dark
desktop gets light text on dark boxes instead of white on cream. Each text colour has a
contrast of at least 4.5:1 (WCAG AA) against its background in its variant (a test checks).

    label.setStyleSheet(text_css(ERROR))             # "color: #b00020;"
    box.setStyleSheet(box_css(NOTICE_BG, NOTICE_TEXT))
    brush = QBrush(colour(ATTENDANCE_PRESENT))
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Text on the window's own background.
ERROR = "error"
WARNING = "warning"
SUCCESS = "success"
MUTED = "muted"
# Boxes: a background with its own text colour.
NOTICE_BG, NOTICE_TEXT, NOTICE_BORDER = "notice_bg", "notice_text", "notice_border"
INFO_BG, INFO_TEXT = "info_bg", "info_text"
OFF_RECORD_BG, OFF_RECORD_TEXT = "off_record_bg", "off_record_text"
NOTE_OFF_RECORD_BG = "note_off_record_bg"
COVER_BG, COVER_TEXT = "cover_bg", "cover_text"
# Row backgrounds under the palette's text colour.
ATTENDANCE_PRESENT = "attendance_present"
ATTENDANCE_EXCUSED = "attendance_excused"
ATTENDANCE_ABSENT = "attendance_absent"
# Drawn shapes.
ICON = "icon"
BADGE_OUTLINE = "badge_outline"
FLAG_GREEN, FLAG_YELLOW, FLAG_RED, FLAG_BLACK, FLAG_NONE = (
    "flag_green",
    "flag_yellow",
    "flag_red",
    "flag_black",
    "flag_none",
)
BADGE_TEXT_ON_LIGHT, BADGE_TEXT_ON_DARK = "badge_text_on_light", "badge_text_on_dark"

LIGHT: dict[str, str] = {
    ERROR: "#b00020",
    WARNING: "#8a5300",
    SUCCESS: "#1d6b34",
    MUTED: "#56616c",
    NOTICE_BG: "#fff8e1",
    NOTICE_TEXT: "#3d2e00",
    NOTICE_BORDER: "#e0b84c",
    INFO_BG: "#e8f0fe",
    INFO_TEXT: "#0b2a5b",
    OFF_RECORD_BG: "#b00020",
    OFF_RECORD_TEXT: "#ffffff",
    NOTE_OFF_RECORD_BG: "#fdecee",
    COVER_BG: "#e8e8e8",
    COVER_TEXT: "#333333",
    ATTENDANCE_PRESENT: "#d9f2e3",
    ATTENDANCE_EXCUSED: "#fff4cc",
    ATTENDANCE_ABSENT: "#f8d7da",
    ICON: "#444444",
    BADGE_OUTLINE: "#555555",
    FLAG_GREEN: "#2e7d32",
    FLAG_YELLOW: "#f9a825",
    FLAG_RED: "#c62828",
    FLAG_BLACK: "#212121",
    FLAG_NONE: "#9e9e9e",
    BADGE_TEXT_ON_LIGHT: "#000000",
    BADGE_TEXT_ON_DARK: "#ffffff",
}

DARK: dict[str, str] = {
    ERROR: "#ff8a80",
    WARNING: "#ffcc80",
    SUCCESS: "#81c995",
    MUTED: "#a7b1bb",
    NOTICE_BG: "#3d3420",
    NOTICE_TEXT: "#ffe9a8",
    NOTICE_BORDER: "#8a6d1f",
    INFO_BG: "#1c2b45",
    INFO_TEXT: "#d6e4ff",
    OFF_RECORD_BG: "#b00020",
    OFF_RECORD_TEXT: "#ffffff",
    NOTE_OFF_RECORD_BG: "#3a1a1f",
    COVER_BG: "#2b2b2b",
    COVER_TEXT: "#e0e0e0",
    ATTENDANCE_PRESENT: "#1e3b2a",
    ATTENDANCE_EXCUSED: "#3d3416",
    ATTENDANCE_ABSENT: "#45202a",
    ICON: "#dddddd",
    BADGE_OUTLINE: "#bdbdbd",
    FLAG_GREEN: "#2e7d32",
    FLAG_YELLOW: "#f9a825",
    FLAG_RED: "#c62828",
    FLAG_BLACK: "#212121",
    FLAG_NONE: "#9e9e9e",
    BADGE_TEXT_ON_LIGHT: "#000000",
    BADGE_TEXT_ON_DARK: "#ffffff",
}

#: What each text colour is read against, for the contrast check: (text, background)
#: pairs, where "window" and "text" stand for the palette's own colours of that variant.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    (ERROR, "window"),
    (WARNING, "window"),
    (SUCCESS, "window"),
    (MUTED, "window"),
    (NOTICE_TEXT, NOTICE_BG),
    (INFO_TEXT, INFO_BG),
    (OFF_RECORD_TEXT, OFF_RECORD_BG),
    (ERROR, NOTE_OFF_RECORD_BG),
    ("text", NOTE_OFF_RECORD_BG),
    (COVER_TEXT, COVER_BG),
    ("text", ATTENDANCE_PRESENT),
    ("text", ATTENDANCE_EXCUSED),
    ("text", ATTENDANCE_ABSENT),
    (BADGE_TEXT_ON_DARK, FLAG_GREEN),
    (BADGE_TEXT_ON_LIGHT, FLAG_YELLOW),
    (BADGE_TEXT_ON_DARK, FLAG_RED),
    (BADGE_TEXT_ON_DARK, FLAG_BLACK),
    (BADGE_TEXT_ON_LIGHT, FLAG_NONE),
)
#: The palette colours a variant is used with (the Fusion and Windows defaults and the
#: darkest and lightest a desktop theme commonly has).
REFERENCE = {
    "light": {"window": ("#ffffff", "#efefef", "#e6e6e6"), "text": ("#000000", "#1e1e1e")},
    "dark": {"window": ("#1e1e1e", "#2d2d2d", "#353535"), "text": ("#ffffff", "#e8e8e8")},
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window colour of `palette` (the application's by default) is dark."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def variant(dark: bool | None = None) -> dict[str, str]:
    return DARK if (is_dark() if dark is None else dark) else LIGHT


def css(role: str, dark: bool | None = None) -> str:
    """The role's colour as "#rrggbb" for a style sheet."""
    return variant(dark)[role]


def colour(role: str, dark: bool | None = None) -> QColor:
    return QColor(css(role, dark))


def text_css(role: str) -> str:
    return f"color: {css(role)};"


def box_css(background: str, text: str) -> str:
    return f"background: {css(background)}; color: {css(text)};"


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two "#rrggbb" colours (1 to 21)."""

    def luminance(value: str) -> float:
        channels = [int(value[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
