"""Where FieldApp keeps data: the user's folder normally, a folder beside the program on a USB stick."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from fieldapp import paths


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """FieldApp as a frozen bundle unpacked in tmp_path/FieldApp, with the user's home in tmp_path/home."""
    bundle = tmp_path / "FieldApp"
    bundle.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "fieldapp"))
    monkeypatch.delenv("FIELDAPP_DATA_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    return bundle


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the per-user folder checked is Linux's")
def test_an_installed_copy_keeps_data_in_the_users_folder_not_beside_the_program(installed, tmp_path):
    assert paths.install_dir() == installed
    assert paths.portable_dir() is None
    assert paths.data_dir() == tmp_path / "home" / ".local" / "share" / "FieldApp"
    assert paths.default_db_path().parent == paths.data_dir()
    assert paths.settings_dir() is None  # QSettings uses the platform's own store
    assert not any(installed.iterdir())


def test_a_marker_beside_the_program_makes_it_portable(installed, tmp_path):
    (installed / "portable.txt").write_text("")
    assert paths.portable_dir() == installed / "FieldAppData"
    assert paths.data_dir() == installed / "FieldAppData"
    db = paths.default_db_path()
    assert db == installed / "FieldAppData" / "fieldapp.sqlite"
    assert paths.backups_dir(db) == installed / "FieldAppData" / "backups"
    assert paths.log_dir() == installed / "FieldAppData" / "logs"
    assert paths.settings_dir() == installed / "FieldAppData" / "settings"
    assert not (tmp_path / "home").exists()


def test_a_folder_named_portable_is_not_the_marker(installed):
    (installed / "portable.txt").mkdir()
    assert paths.portable_dir() is None


def test_the_data_folder_setting_wins_over_portable_mode(installed, tmp_path, monkeypatch):
    (installed / "portable.txt").write_text("")
    monkeypatch.setenv("FIELDAPP_DATA_DIR", str(tmp_path / "chosen"))
    assert paths.data_dir() == tmp_path / "chosen"
    assert paths.settings_dir() == tmp_path / "chosen" / "settings"


def test_on_macos_the_marker_sits_beside_the_app_bundle(tmp_path, monkeypatch):
    exe = tmp_path / "Stick" / "FieldApp.app" / "Contents" / "MacOS" / "fieldapp"
    exe.parent.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert paths.install_dir() == tmp_path / "Stick"
    (tmp_path / "Stick" / "portable.txt").write_text("")
    assert paths.portable_dir() == tmp_path / "Stick" / "FieldAppData"


def test_running_from_source_is_never_portable(tmp_path, monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    python = tmp_path / "python3"
    monkeypatch.setattr(sys, "executable", str(python))
    (tmp_path / "portable.txt").write_text("")
    assert paths.install_dir() is None
    assert paths.portable_dir() is None


def test_resources_are_found_in_the_bundle_first(tmp_path, monkeypatch):
    bundled = tmp_path / "_internal" / "fieldapp" / "resources"
    (bundled / "icons").mkdir(parents=True)
    (bundled / "icons" / "fieldapp.svg").write_text("<svg/>")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths.resource_dir() == bundled
    assert paths.resource("icons", "fieldapp.svg") == bundled / "icons" / "fieldapp.svg"


def test_resources_are_found_where_pip_put_them(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    here = Path(paths.__file__).resolve().parent
    assert paths.resource_dir() in (here / "resources", here.parent / "resources")  # installed / editable
    assert paths.resource("fonts", "DejaVuSans.ttf").is_file()
