"""Where IT can preset the register folder for every user of a computer.

In order (the first that is set wins; `--register` on the command line beats them all):

1. the environment variable LIVC_DESKTOP_REGISTER_DIR (for instance set by a Group Policy
   preference for the user);
2. the machine-wide file `preset.json` in the program's site configuration folder
   (Windows: C:\\ProgramData\\livc-desktop\\preset.json; Linux:
   /etc/xdg/livc-desktop/preset.json), holding {"register_dir": "..."};
3. otherwise the user's local data folder (services/paths.py).

%VARIABLES% / $VARIABLES and ~ are expanded, so one value serves every user
(`%LOCALAPPDATA%\\LIVC`). The folder must be an absolute path; a relative path or an
unreadable file is ignored and logged (without its content), so the program still starts
on the default folder rather than on a register nobody expects."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import platformdirs

from livc_desktop import APP_ID

ENV_VAR = "LIVC_DESKTOP_REGISTER_DIR"
PRESET_FILE = "preset.json"
log = logging.getLogger(__name__)


def preset_file() -> Path:
    return Path(platformdirs.site_config_dir(APP_ID, appauthor=False)) / PRESET_FILE


def _expand(value: str) -> Path | None:
    path = Path(os.path.expanduser(os.path.expandvars(value.strip())))
    return path if value.strip() and path.is_absolute() else None


def preset_register_dir(
    environ: dict[str, str] | None = None, file: Path | None = None
) -> Path | None:
    """The folder IT preset for the register, or None."""
    env = os.environ if environ is None else environ
    if env.get(ENV_VAR, "").strip():
        found = _expand(env[ENV_VAR])
        if found is None:
            log.warning("ignoring %s: not an absolute path", ENV_VAR)
        return found
    path = preset_file() if file is None else file
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError):
        log.warning("ignoring the register preset file: unreadable or not JSON")
        return None
    value = data.get("register_dir") if isinstance(data, dict) else None
    found = _expand(value) if isinstance(value, str) else None
    if found is None:
        log.warning("ignoring the register preset file: no absolute register_dir")
    return found
