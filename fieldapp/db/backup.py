"""Consistent copies of a live database (``VACUUM INTO`` reads one snapshot, beside a running GUI)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from fieldapp.paths import backups_dir

if TYPE_CHECKING:
    from fieldapp.db.database import Database


def backup_to(db: Database, target: Path) -> Path:
    """Write a consistent copy to ``target`` via a temporary name, so no half file is left behind."""
    target = Path(target).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    if partial.exists():
        partial.unlink()
    try:
        raw = db.engine.raw_connection()  # outside any transaction: VACUUM cannot run inside one
        try:
            driver = raw.driver_connection
            assert driver is not None
            driver.execute("VACUUM INTO ?", (str(partial),))
        finally:
            raw.close()
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
    finally:
        if partial.exists():
            partial.unlink()
    return target


def backup_before_migration(db: Database, revision: str | None) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_to(db, backups_dir(db.path) / f"{db.path.stem}-{stamp}-before-{revision}.sqlite")


def integrity_problems(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check")).all()]
        fk = conn.execute(text("PRAGMA foreign_key_check")).all()
    problems = [] if rows == ["ok"] else rows
    problems += [f"broken reference in {r[0]} row {r[1]} to {r[2]}" for r in fk]
    return problems
