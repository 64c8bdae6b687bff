"""Consistent copies of a live database (``VACUUM INTO`` reads one snapshot, beside a running GUI)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from fieldapp import atomic_files
from fieldapp.paths import backups_dir

BACKUPS = "backups"
#: automatic backups kept per database (the newest); a backup you make with ``fieldapp backup`` is never removed
KEEP_AUTOMATIC = 10

if TYPE_CHECKING:
    from fieldapp.db.database import Database


def backup_to(db: Database, target: Path) -> Path:
    """Write a consistent copy to ``target`` via a temporary name, so no half file is left behind."""
    target = Path(target).resolve()
    with atomic_files.atomic_path(target) as temporary:
        raw = db.engine.raw_connection()  # outside any transaction: VACUUM cannot run inside one
        try:
            driver = raw.driver_connection
            assert driver is not None
            driver.execute("VACUUM INTO ?", (str(temporary),))
        finally:
            raw.close()
    return target


def automatic_backups(db_path: Path) -> list[Path]:
    """This database's automatic backups (made before migrations), oldest first."""
    folder = Path(db_path).resolve().parent / BACKUPS
    mine = re.compile(rf"{re.escape(Path(db_path).stem)}-\d{{8}}-\d{{6}}-before-[^-]+\.sqlite")
    return sorted((p for p in folder.glob("*.sqlite") if mine.fullmatch(p.name)), key=lambda p: p.name)


def backup_before_migration(db: Database, revision: str | None) -> Path:
    """A backup into ``backups/`` beside the database; only the newest KEEP_AUTOMATIC of them are kept."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    made = backup_to(db, backups_dir(db.path) / f"{db.path.stem}-{stamp}-before-{revision}.sqlite")
    for old in automatic_backups(db.path)[:-KEEP_AUTOMATIC]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def remove_interrupted_backups(db_path: Path) -> list[Path]:
    """At start: the temporary files a backup cut off by a crash or a power cut left in ``backups/``."""
    return atomic_files.remove_leftovers(Path(db_path).resolve().parent / BACKUPS)


def integrity_problems(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check")).all()]
        fk = conn.execute(text("PRAGMA foreign_key_check")).all()
    problems = [] if rows == ["ok"] else rows
    problems += [f"broken reference in {r[0]} row {r[1]} to {r[2]}" for r in fk]
    return problems
