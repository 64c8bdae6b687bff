"""Where FieldApp keeps its files: the user's data folder, or a portable folder beside the executable."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from fieldapp import APP_NAME

PORTABLE_MARKER = "portable.txt"


def resource_dir() -> Path:
    """The shipped resources: installed as ``fieldapp/resources``, or ``resources/`` in a source tree."""
    here = Path(__file__).resolve().parent
    bundled = getattr(sys, "_MEIPASS", None)
    candidates = [here / "resources", here.parent / "resources"]
    if bundled:
        candidates.insert(0, Path(bundled) / "fieldapp" / "resources")
    for candidate in candidates:
        if (candidate / "demo").is_dir() or (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("FieldApp resources are missing from this installation")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def portable_dir() -> Path | None:
    """A marker file next to the executable keeps everything in a folder beside it (USB-stick installs)."""
    exe_dir = Path(sys.executable).resolve().parent
    if (exe_dir / PORTABLE_MARKER).exists():
        return exe_dir / "FieldAppData"
    return None


def data_dir() -> Path:
    override = os.environ.get("FIELDAPP_DATA_DIR")
    if override:
        path = Path(override)
    else:
        path = portable_dir() or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


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
