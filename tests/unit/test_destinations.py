"""Cloud-synchronised folders and the register's own drive, found before a backup or a
PDF is written there."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from livc_desktop.services import destinations as dest

NO_ENV: dict[str, str] = {}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home" / "demo"
    path.mkdir(parents=True)
    return path


@pytest.mark.parametrize(
    ("parts", "service"),
    [
        (("OneDrive",), dest.ONEDRIVE),
        (("OneDrive - Gemeente Demostad",), dest.ONEDRIVE),
        (("Dropbox",), dest.DROPBOX),
        (("Dropbox (Voorbeeldegem)",), dest.DROPBOX),
        (("Google Drive",), dest.GOOGLE_DRIVE),
        (("Mijn Drive",), dest.GOOGLE_DRIVE),
        (
            ("Library", "CloudStorage", "GoogleDrive-demo@voorbeeldegem.example", "My Drive"),
            dest.GOOGLE_DRIVE,
        ),
        (("Library", "CloudStorage", "OneDrive-GemeenteDemostad"), dest.ONEDRIVE),
        (("iCloudDrive",), dest.ICLOUD_DRIVE),
        (("Library", "Mobile Documents", "com~apple~CloudDocs"), dest.ICLOUD_DRIVE),
    ],
)
def test_known_locations_name_their_service(home, parts, service):
    folder = home.joinpath(*parts, "LIVC", "backups")
    folder.mkdir(parents=True)
    assert dest.cloud_service(folder, env=NO_ENV, home=home) == service
    # A folder that does not exist yet is judged by where it would be.
    assert dest.cloud_service(folder / "new", env=NO_ENV, home=home) == service


def test_an_ordinary_folder_is_not_a_cloud_folder(home, tmp_path):
    folder = tmp_path / "usb" / "LIVC"
    folder.mkdir(parents=True)
    assert dest.cloud_service(folder, env=NO_ENV, home=home) is None


def test_markers_in_a_renamed_root_are_found(tmp_path, home):
    dropbox = tmp_path / "Werk"
    (dropbox / "LIVC").mkdir(parents=True)
    (dropbox / ".dropbox").write_text("{}")
    assert dest.cloud_service(dropbox / "LIVC", env=NO_ENV, home=home) == dest.DROPBOX
    drive = tmp_path / "G"
    (drive / ".tmp.drivedownload").mkdir(parents=True)
    assert dest.cloud_service(drive, env=NO_ENV, home=home) == dest.GOOGLE_DRIVE


def test_roots_announced_by_the_clients_are_found(tmp_path, home):
    business = tmp_path / "Zakelijk"
    (business / "LIVC").mkdir(parents=True)
    (home / ".dropbox").mkdir()
    (home / ".dropbox" / "info.json").write_text(
        json.dumps({"business": {"path": str(business)}}), encoding="utf-8"
    )
    assert dest.cloud_service(business / "LIVC", env=NO_ENV, home=home) == dest.DROPBOX
    onedrive = tmp_path / "Sync"
    onedrive.mkdir()
    env = {"OneDriveCommercial": str(onedrive)}
    assert dest.cloud_service(onedrive / "x", env=env, home=home) == dest.ONEDRIVE
    # A garbled info.json is ignored, not fatal.
    (home / ".dropbox" / "info.json").write_text("{not json", encoding="utf-8")
    assert dest.cloud_service(tmp_path / "Sync2", env=NO_ENV, home=home) is None


def test_a_link_into_a_cloud_folder_is_followed_for_the_warning(tmp_path, home):
    real = home / "OneDrive" / "LIVC"
    real.mkdir(parents=True)
    alias = tmp_path / "backups"
    alias.symlink_to(real, target_is_directory=True)
    assert dest.cloud_service(alias, env=NO_ENV, home=home) == dest.ONEDRIVE


def test_same_drive_compares_the_device(tmp_path, monkeypatch):
    register = tmp_path / "cell" / "register.livc"
    register.parent.mkdir()
    folder = tmp_path / "backups-not-yet-made"
    assert dest.same_drive(folder, register)
    usb = tmp_path / "usb"
    usb.mkdir()
    real_stat = os.stat

    def stat(path, *args, **kwargs):  # the USB stick is another device
        result = real_stat(path, *args, **kwargs)
        if Path(path) == usb:
            return os.stat_result((*result[:2], result.st_dev + 1, *result[3:]))
        return result

    monkeypatch.setattr(dest.os, "stat", stat)
    assert not dest.same_drive(usb, register)
    risk = dest.backup_folder_risk(usb, register, env=NO_ENV, home=tmp_path / "nohome")
    assert not risk.any
