"""Where a backup or a saved PDF goes, and what can go wrong with that place.

Two risks are told to the user before anything is written:
- a folder inside a cloud-synchronised folder (OneDrive, Dropbox, Google Drive, iCloud
  Drive): the file leaves the municipality's hands, to a provider and every device signed
  in to the account. Found by the services' known locations (environment variables,
  Dropbox's info.json, the usual folder names) and by the markers they leave in the
  synchronised root;
- a backup folder on the same drive as the register: a stolen laptop or a dead disk takes
  both, so the backup protects against neither.
Both are warnings, not refusals: the user may know better (a municipal share that happens
to be mapped through OneDrive for Business is still the municipality's)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ONEDRIVE = "OneDrive"
DROPBOX = "Dropbox"
GOOGLE_DRIVE = "Google Drive"
ICLOUD_DRIVE = "iCloud Drive"

# A folder name that is the root of a synchronised folder (compared case-insensitively).
_ROOT_NAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^onedrive( - .+)?$|^onedrive-.+$", re.IGNORECASE), ONEDRIVE),
    (re.compile(r"^dropbox( \(.+\))?$|^dropbox-.+$", re.IGNORECASE), DROPBOX),
    (
        re.compile(
            r"^google ?drive$|^googledrive-.+$|^my drive$|^mijn drive$|^mon drive$"
            r"|^meine ablage$",
            re.IGNORECASE,
        ),
        GOOGLE_DRIVE,
    ),
    (re.compile(r"^icloud ?drive$|^com~apple~clouddocs$", re.IGNORECASE), ICLOUD_DRIVE),
)

# Files or folders a client keeps in the synchronised root.
_MARKERS: tuple[tuple[str, str], ...] = (
    (".dropbox", DROPBOX),
    (".dropbox.cache", DROPBOX),
    (".tmp.drivedownload", GOOGLE_DRIVE),
    (".tmp.driveupload", GOOGLE_DRIVE),
    (".shortcut-targets-by-id", GOOGLE_DRIVE),
    (".849C9593-D756-4E56-8D6E-42412F2A707B", GOOGLE_DRIVE),  # Drive File Stream's root id
)

_ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")


@dataclass(frozen=True)
class DestinationRisk:
    cloud_service: str | None = None  # one of the names above
    same_drive_as_register: bool = False

    @property
    def any(self) -> bool:
        return self.cloud_service is not None or self.same_drive_as_register


def _real(path: Path) -> Path:
    return Path(os.path.realpath(os.path.expanduser(str(path))))


def _existing(path: Path) -> Path | None:
    """`path` or its nearest existing ancestor (a backup folder may not exist yet)."""
    for candidate in [path, *path.parents]:
        if candidate.exists():
            return candidate
    return None


def known_roots(
    env: Mapping[str, str] | None = None, home: Path | None = None
) -> list[tuple[Path, str]]:
    """Synchronised roots this user's machine announces: OneDrive's environment variables
    (Windows), Dropbox's info.json, macOS's CloudStorage and iCloud folders."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    roots: list[tuple[Path, str]] = []
    for name in _ONEDRIVE_VARIABLES:
        if env.get(name):
            roots.append((Path(env[name]), ONEDRIVE))
    info_files = [home / ".dropbox" / "info.json"]
    for var in ("APPDATA", "LOCALAPPDATA"):
        if env.get(var):
            info_files.append(Path(env[var]) / "Dropbox" / "info.json")
    for info in info_files:
        roots.extend((path, DROPBOX) for path in _dropbox_paths(info))
    roots.append((home / "Library" / "Mobile Documents" / "com~apple~CloudDocs", ICLOUD_DRIVE))
    cloud_storage = home / "Library" / "CloudStorage"
    if cloud_storage.is_dir():
        for entry in cloud_storage.iterdir():
            service = _service_of_name(entry.name)
            if service:
                roots.append((entry, service))
    return roots


def _dropbox_paths(info: Path) -> Iterable[Path]:
    try:
        data = json.loads(info.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict):
        return []
    return [
        Path(account["path"])
        for account in data.values()
        if isinstance(account, dict) and isinstance(account.get("path"), str)
    ]


def _service_of_name(name: str) -> str | None:
    for pattern, service in _ROOT_NAMES:
        if pattern.match(name):
            return service
    return None


def cloud_service(
    folder: Path, *, env: Mapping[str, str] | None = None, home: Path | None = None
) -> str | None:
    """The cloud service that synchronises `folder` (or a folder above it), else None."""
    real = _real(Path(folder))
    for root, root_service in known_roots(env, home):
        root_real = _real(root)
        if real == root_real or root_real in real.parents:
            return root_service
    for candidate in [real, *real.parents]:
        named = _service_of_name(candidate.name)
        if named:
            return named
        if candidate.is_dir():
            for marker, marker_service in _MARKERS:
                if (candidate / marker).exists():
                    return marker_service
    return None


def same_drive(folder: Path, register_path: Path) -> bool:
    """Whether `folder` is on the disk that holds the register (same device number)."""
    mine = _existing(_real(Path(folder)))
    theirs = _existing(_real(Path(register_path)).parent)
    if mine is None or theirs is None:
        return False
    try:
        return os.stat(mine).st_dev == os.stat(theirs).st_dev
    except OSError:
        return False


def backup_folder_risk(
    folder: Path,
    register_path: Path,
    *,
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> DestinationRisk:
    return DestinationRisk(
        cloud_service=cloud_service(folder, env=env, home=home),
        same_drive_as_register=same_drive(folder, register_path),
    )


def export_risk(
    target: Path, *, env: Mapping[str, str] | None = None, home: Path | None = None
) -> DestinationRisk:
    """For a PDF (or another export) about to be saved at `target`."""
    return DestinationRisk(cloud_service=cloud_service(Path(target).parent, env=env, home=home))
