"""IT's preset of the register folder (services/register_preset.py)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from livc_desktop.services import paths
from livc_desktop.services.register_preset import ENV_VAR, preset_register_dir


def test_nothing_preset_means_the_default_folder(tmp_path: Path):
    assert preset_register_dir({}, tmp_path / "absent.json") is None


def test_the_environment_variable_wins_and_is_expanded(tmp_path: Path, monkeypatch):
    file = tmp_path / "preset.json"
    file.write_text(json.dumps({"register_dir": str(tmp_path / "from-file")}), "utf-8")
    monkeypatch.setenv("CELL_ROOT", str(tmp_path / "Voorbeeldegem"))
    env = {ENV_VAR: "$CELL_ROOT/register"}
    assert preset_register_dir(env, file) == tmp_path / "Voorbeeldegem" / "register"


def test_the_machine_wide_file_is_read(tmp_path: Path):
    file = tmp_path / "preset.json"
    file.write_text(json.dumps({"register_dir": str(tmp_path / "Demostad")}), "utf-8")
    assert preset_register_dir({}, file) == tmp_path / "Demostad"


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2]", b'{"register_dir": 3}',
     b'{"register_dir": "relative/folder"}', b'{"register_dir": ""}', b"{}"],
    ids=["broken", "not utf-8", "a list", "a number", "relative", "empty", "missing key"],
)  # fmt: skip
def test_a_bad_preset_file_is_ignored_and_logged_without_its_content(tmp_path, caplog, content):
    file = tmp_path / "preset.json"
    file.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        assert preset_register_dir({}, file) is None
    assert "ignoring the register preset file" in caplog.text
    assert "relative/folder" not in caplog.text


def test_a_relative_environment_value_is_ignored(tmp_path: Path, caplog):
    with caplog.at_level(logging.WARNING):
        assert preset_register_dir({ENV_VAR: "register"}, tmp_path / "absent.json") is None
    assert ENV_VAR in caplog.text


def test_the_default_register_path_follows_the_preset(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "Voorbeeldegem"))
    assert paths.default_register_path() == tmp_path / "Voorbeeldegem" / "register.livc"
    monkeypatch.delenv(ENV_VAR)
    monkeypatch.setattr(
        "livc_desktop.services.register_preset.preset_file", lambda: tmp_path / "none.json"
    )
    assert paths.default_register_path() == paths.data_dir() / "register.livc"
