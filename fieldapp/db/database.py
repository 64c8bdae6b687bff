"""Opening a database: SQLCipher's driver, pragmas on every connection, migrations, device identity."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from fieldapp.db import history, reads, soft_delete
from fieldapp.db.errors import DatabaseError
from fieldapp.ids import new_id
from fieldapp.model import LocalDevice, LocalSetting, UserProfile
from fieldapp.text import fold

BUSY_TIMEOUT_MS = 10_000


def make_engine(path: Path, key: str | None = None) -> Engine:
    """SQLCipher's driver; without a key the file is plain SQLite (encryption at rest is then a key)."""
    if key:
        engine = create_engine(f"sqlite+pysqlcipher://:{key}@/{path}")
    else:
        engine = create_engine(f"sqlite:///{path}", module=sqlcipher)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()
        dbapi_connection.create_function("fold", 1, fold, deterministic=True)
        # the driver's own transaction handling is off; SQLAlchemy's "begin" below starts every transaction
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")
        # references are checked at COMMIT, so one transaction may write children before parents
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")

    return engine


class Database:
    """An open FieldApp database: its engine, its session factory and who is making changes."""

    def __init__(self, path: Path, key: str | None = None) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path, key)
        self.Session = sessionmaker(self.engine, class_=soft_delete.Session, expire_on_commit=False)
        history.install(self.Session)
        soft_delete.install(self.Session)
        reads.install(self.Session)
        self.user_id: str | None = None
        self.user_name: str | None = None

    @contextlib.contextmanager
    def transaction(self, reason: str | None = None, written: set[str] | None = None) -> Iterator[Session]:
        """One user action: everything inside commits together (with its operations) or not at all. After the
        commit, ``written`` holds the names of the tables the transaction wrote."""
        with self.Session() as session:
            with session.begin():
                session.info.update(user_id=self.user_id, user_name=self.user_name, reason=reason)
                yield session
            if written is not None:
                written.update(history.written_tables(session))

    @contextlib.contextmanager
    def reading(self, tables_read: set[str] | None = None) -> Iterator[Session]:
        """A read-only session, knowing who asks (what a role may do is read too); ``tables_read`` collects the
        names of the tables its statements read (``reads.EVERYTHING`` for raw SQL)."""
        with self.Session() as session:
            session.info.update(user_id=self.user_id, user_name=self.user_name)
            if tables_read is not None:
                session.info[reads.READ_KEY] = tables_read
            yield session

    def set_user(self, user_id: str | None) -> None:
        self.user_id, self.user_name = None, None
        if user_id:
            with self.reading() as s:
                user = s.get(UserProfile, user_id)
                if user is not None:
                    self.user_id, self.user_name = user.id, user.name

    def setting(self, key: str) -> str | None:
        with self.reading() as s:
            row = s.get(LocalSetting, key)
            return row.value if row else None

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction() as s:
            s.merge(LocalSetting(key=key, value=value))

    def device(self) -> LocalDevice:
        with self.reading() as s:
            device = s.get(LocalDevice, 1)
            assert device is not None
            return device

    def close(self) -> None:
        self.engine.dispose()


def ensure_device(db: Database) -> None:
    with db.transaction() as s:
        if s.get(LocalDevice, 1) is None:
            device_id = new_id()
            s.add(
                LocalDevice(
                    id=1,
                    device_id=device_id,
                    prefix=device_id[-4:].upper(),
                    created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                )
            )


def sniff(path: Path) -> None:
    """A clear one-line message for a file that is not a usable SQLite database."""
    if not path.exists():
        raise DatabaseError(f"{path}: no such file")
    if path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database file")
    size = path.stat().st_size
    if size == 0:
        return
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseError(f"{path}: not a FieldApp database (not an SQLite file)")
    if size < 512 or size % 512:
        raise DatabaseError(f"{path}: the file is truncated or damaged ({size} bytes)")


def open_database(path: Path | str, *, create: bool = False, migrate: bool = True) -> Database:
    """Open (and with ``create`` make) a database, migrating it to the current schema after a backup."""
    from fieldapp.db import migrations

    path = Path(path)
    if not path.exists() and not create:
        raise DatabaseError(f"{path}: no such database (use 'fieldapp init --db {path}' to make one)")
    if path.exists():
        sniff(path)
    db = Database(path)
    try:
        if migrate:
            migrations.upgrade(db)
        else:
            migrations.require_current(db)
        ensure_device(db)
        with db.reading() as s:
            user_id = s.execute(select(LocalSetting.value).where(LocalSetting.key == "current_user")).scalar()
        db.set_user(user_id)
    except (sqlite3.DatabaseError, sqlcipher.DatabaseError) as exc:
        db.close()
        raise DatabaseError(f"{path}: cannot be read as a database ({exc})") from exc
    except Exception as exc:
        db.close()
        if isinstance(exc, DatabaseError):
            raise
        cause = getattr(exc, "orig", None)
        if cause is not None and isinstance(cause, sqlite3.DatabaseError | sqlcipher.DatabaseError):
            raise DatabaseError(f"{path}: cannot be read as a database ({cause})") from exc
        raise
    return db
