"""Where the program keeps its files."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from livc_desktop import APP_ID
from livc_desktop.services.register_preset import preset_register_dir

REGISTER_FILENAME = "register.livc"


def data_dir() -> Path:
    # Non-roaming on Windows (%LOCALAPPDATA%): the register must not sync to other PCs.
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def default_register_path() -> Path:
    return (preset_register_dir() or data_dir()) / REGISTER_FILENAME


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
