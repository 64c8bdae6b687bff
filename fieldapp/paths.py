"""Where FieldApp keeps its files: the user's data folder, or a portable folder beside the executable."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from fieldapp import APP_NAME

PORTABLE_MARKER = "portable.txt"
PORTABLE_FOLDER = "FieldAppData"
#: a file every copy of the resources holds; it tells them apart from another package's "resources" folder
RESOURCE_MARKER = ("icons", "fieldapp.svg")


def resource_dir() -> Path:
    """The shipped resources: installed as ``fieldapp/resources``, or ``resources/`` in a source tree."""
    here = Path(__file__).resolve().parent
    bundled = getattr(sys, "_MEIPASS", None)
    candidates = [here / "resources", here.parent / "resources"]
    if bundled:
        candidates.insert(0, Path(bundled) / "fieldapp" / "resources")
    for candidate in candidates:
        if candidate.joinpath(*RESOURCE_MARKER).is_file():
            return candidate
    raise FileNotFoundError("FieldApp resources are missing from this installation")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def install_dir() -> Path | None:
    """The folder of an installed (frozen) FieldApp: beside the executable, or beside the macOS ``.app``."""
    if not getattr(sys, "frozen", False):
        return None
    exe_dir = Path(sys.executable).resolve().parent
    if exe_dir.name == "MacOS" and exe_dir.parent.name == "Contents" and exe_dir.parent.parent.suffix == ".app":
        return exe_dir.parent.parent.parent
    return exe_dir


def portable_dir() -> Path | None:
    """A ``portable.txt`` next to the executable keeps everything in a folder beside it (USB-stick installs).

    Database, backups, logs and settings then live in ``FieldAppData`` beside the program, never in the
    user's profile; a source checkout run with the system Python is never portable.
    """
    base = install_dir()
    if base is not None and (base / PORTABLE_MARKER).is_file():
        return base / PORTABLE_FOLDER
    return None


def data_dir() -> Path:
    """Where the user's data lives: ``FIELDAPP_DATA_DIR``, else the portable folder, else the platform's
    per-user data folder (``%LOCALAPPDATA%\\FieldApp``, ``~/.local/share/FieldApp``,
    ``~/Library/Application Support/FieldApp``) — never inside the installation, so upgrades keep it."""
    override = os.environ.get("FIELDAPP_DATA_DIR")
    if override:
        path = Path(override)
    else:
        path = portable_dir() or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_dir() -> Path | None:
    """The folder for the GUI's QSettings INI files when data lives in a chosen folder (portable mode or
    ``FIELDAPP_DATA_DIR``); ``None`` means the platform's own settings store (registry, ~/.config, plist).

    The GUI applies it once, before the first ``QSettings()``::

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    """
    if os.environ.get("FIELDAPP_DATA_DIR") or portable_dir() is not None:
        path = data_dir() / "settings"
        path.mkdir(parents=True, exist_ok=True)
        return path
    return None


def default_db_path() -> Path:
    return data_dir() / "fieldapp.sqlite"


def backups_dir(db_path: Path) -> Path:
    path = db_path.resolve().parent / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Things that can be made again (the demo template); inside the data folder when that is overridden."""
    if os.environ.get("FIELDAPP_DATA_DIR") or portable_dir():
        path = data_dir() / "cache"
    else:
        path = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
