"""Alembic migrations that only add, applied automatically on open after an automatic backup."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect

# Alembic is imported inside the functions: it takes half a second, and a database that is already current
# (every start but the first after an update) is recognised without it (is_current).
if TYPE_CHECKING:
    from alembic.config import Config

    from fieldapp.db.database import Database

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent


def _config(db: Database) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["database"] = db
    return cfg


def _revision_files() -> list[Path]:
    """The migrations, by the house rule that each is a file named by its revision id (0001_…, 0002_…)."""
    return list((HERE / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def newest_file_revision() -> str:
    """The head by the house rule that revision ids are the file names' numbers (0001, 0002, …)."""
    return max(p.name[:4] for p in _revision_files())


def is_current(db: Database) -> bool:
    """The database is at the newest revision (checked without Alembic)."""
    with db.engine.connect() as conn:
        if conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first() is None:
            return False
        stored = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    return stored == [newest_file_revision()]


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(HERE))
    head = script.get_current_head()
    assert head is not None
    return head


def revision_count() -> int:
    """How many migrations there are (an operation's schema version), by the same house rule, without Alembic:
    importing it and reading every script took 0.3 s, at a laptop's first save and a hub's first push."""
    return len(_revision_files())


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def require_current(db: Database) -> None:
    from fieldapp.db.errors import DatabaseError

    if is_current(db):
        return
    current = current_revision(db)
    if current != head_revision():
        raise DatabaseError(f"{db.path}: schema {current or 'none'} is not the current {head_revision()}")


def upgrade(db: Database, before: Callable[[Database], None] | None = None) -> Path | None:
    """Bring the schema to head. Returns the backup made first, if the file already held data. ``before``:
    run after the backup, right before the migrations."""
    if is_current(db):
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    from fieldapp.db.backup import backup_before_migration
    from fieldapp.db.errors import DatabaseError

    current = current_revision(db)
    head = head_revision()
    if current == head:
        return None
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    if current is None and tables:
        raise DatabaseError(f"{db.path}: holds tables but is not a FieldApp database")
    if current is not None and current not in {s.revision for s in ScriptDirectory(str(HERE)).walk_revisions()}:
        raise DatabaseError(f"{db.path}: was made by a newer FieldApp (schema {current}); please update")
    backup = backup_before_migration(db, current) if tables else None
    if before is not None:
        before(db)
    log.info("migrating %s from %s to %s", db.path, current, head)
    command.upgrade(_config(db), "head")
    return backup
