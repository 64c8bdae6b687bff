"""Alembic migrations that only add, applied automatically on open after an automatic backup."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

if TYPE_CHECKING:
    from fieldapp.db.database import Database

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent


def _config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["database"] = db
    return cfg


def head_revision() -> str:
    script = ScriptDirectory(str(HERE))
    head = script.get_current_head()
    assert head is not None
    return head


def revision_count() -> int:
    return sum(1 for _ in ScriptDirectory(str(HERE)).walk_revisions())


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def require_current(db: Database) -> None:
    from fieldapp.db.database import DatabaseError

    current = current_revision(db)
    if current != head_revision():
        raise DatabaseError(f"{db.path}: schema {current or 'none'} is not the current {head_revision()}")


def upgrade(db: Database) -> Path | None:
    """Bring the schema to head. Returns the backup made first, if the file already held data."""
    from fieldapp.db.backup import backup_before_migration
    from fieldapp.db.database import DatabaseError

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
    log.info("migrating %s from %s to %s", db.path, current, head)
    command.upgrade(_config(db), "head")
    return backup
