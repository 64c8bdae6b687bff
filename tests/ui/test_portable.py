"""FieldApp on a USB stick: with ``portable.txt`` beside the program, the window's settings (its size and place,
the interface language, the last folder a PDF was saved in) are kept in FieldAppData/ beside the database, never in
the laptop's registry or the user's profile."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings

from fieldapp.ui import app as app_module
from fieldapp.ui import i18n


def test_portable_mode_keeps_the_windows_settings_beside_the_program(qapp, tmp_path, monkeypatch) -> None:
    stick = tmp_path / "Stick" / "FieldApp"
    stick.mkdir(parents=True)
    (stick / "portable.txt").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(stick / "fieldapp"))
    monkeypatch.delenv("FIELDAPP_DATA_DIR", raising=False)
    try:
        folder = app_module.use_settings_folder()
        assert folder == stick / "FieldAppData" / "settings"
        i18n.store_language("kk")
        QSettings().sync()
        files = list(folder.rglob("*.ini"))
        assert len(files) == 1 and "kk" in files[0].read_text()
        assert i18n.stored_language() == "kk"
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


def test_an_installed_copy_leaves_the_settings_to_the_system(qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Program" / "fieldapp"))
    monkeypatch.delenv("FIELDAPP_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home"))
    assert app_module.use_settings_folder() is None
    assert QSettings().format() == QSettings.Format.NativeFormat
