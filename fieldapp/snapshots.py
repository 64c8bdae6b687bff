"""What a screen showed when the application closed, kept to show at the next start before the database layer is
loaded — and only when the database file is exactly as that session left it.

Opening FieldApp takes a second or more before the first query answers (SQLAlchemy and the model are imported,
the database opened, the first statements compiled). The dashboard's figures do not change while the file does
not: a snapshot is written when the window closes, after the database is closed, with the file's *stamp* (size,
modification time in nanoseconds and file id of the database and of its write-ahead log); the next start shows it
only when the stamp, the day and the language are the same, then the live figures replace it. Anything that
writes the file (a sync, a restore, another program) changes the stamp, and the snapshot is not used.

This module imports nothing heavy (no SQLAlchemy): the GUI thread reads a snapshot before the window paints.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import zlib
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

#: raise when what a snapshot holds changes shape (an old snapshot is then not read; a page that cannot show one
#: all the same logs it and waits for the database: MainWindow._build)
FORMAT = 2


def stamp(database: Path) -> list[list[int] | None]:
    """The database file's and its write-ahead log's size, modification time (ns) and file id; None for a file
    that is not there."""
    found: list[list[int] | None] = []
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            info = path.stat()
        except OSError:
            found.append(None)
        else:
            found.append([info.st_size, info.st_mtime_ns, info.st_ino])
    return found


def encode(value: Any) -> Any:
    """``value`` as JSON: Decimals, dates and date-times tagged; a dataclass as its fields."""
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"$record": {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value):
            raise TypeError("a snapshot's dictionaries have text keys")
        return {key: encode(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"a snapshot cannot hold {type(value).__name__}")


def decode(value: Any) -> Any:
    """The value :func:`encode` wrote; a dataclass comes back as an object with the same attributes."""
    if isinstance(value, list):
        return [decode(item) for item in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1:
        ((tag, inner),) = value.items()
        if tag == "$decimal":
            return Decimal(inner)
        if tag == "$datetime":
            return dt.datetime.fromisoformat(inner)
        if tag == "$date":
            return dt.date.fromisoformat(inner)
        if tag == "$record":
            return SimpleNamespace(**{key: decode(item) for key, item in inner.items()})
    return {key: decode(item) for key, item in value.items()}


def file_for(folder: Path, database: Path, name: str) -> Path:
    """The snapshot's file: named by a checksum of the database's path (read before the window paints: zlib's,
    not hashlib's, which loads OpenSSL; two paths with one name only miss each other's snapshot, as the path is
    part of the key)."""
    whole = str(database.resolve()).encode("utf-8")
    return folder / "snapshots" / f"{name}-{zlib.crc32(whole):08x}{zlib.adler32(whole):08x}.json"


def _key(database: Path, today: dt.date, lang: str) -> dict[str, Any]:
    return {"format": FORMAT, "database": str(database.resolve()), "stamp": stamp(database),
            "today": today.isoformat(), "lang": lang}


def write(folder: Path, database: Path, name: str, payload: Any, today: dt.date, lang: str) -> Path:
    """Keep ``payload`` for the database as it is now (call it once the database is closed)."""
    from fieldapp import atomic_files  # secrets, hmac, hashlib: not before the window paints

    path = file_for(folder, database, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"key": _key(database, today, lang), "payload": encode(payload)}, ensure_ascii=False)
    atomic_files.write_bytes(path, text.encode("utf-8"))
    return path


def read(folder: Path, database: Path, name: str, today: dt.date, lang: str) -> Any | None:
    """The payload kept for the database, when the file is as it was then, on the same day, in the same
    language; otherwise None (and a snapshot that no longer fits is removed)."""
    path = file_for(folder, database, name)
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or kept.get("key") != _key(database, today, lang):
        try:
            os.remove(path)
        except OSError:
            pass
        return None
    return decode(kept.get("payload"))
