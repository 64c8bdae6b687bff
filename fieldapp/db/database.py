"""Opening a database: SQLCipher's driver, pragmas on every connection, migrations, device identity."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from fieldapp import limits
from fieldapp.db import history, reads, soft_delete
from fieldapp.db.errors import DatabaseError
from fieldapp.db.id_lists import JsonEachInCompiler
from fieldapp.ids import new_id
from fieldapp.model import LocalDevice, LocalSetting, UserProfile
from fieldapp.text import fold, sort_key

BUSY_TIMEOUT_MS = 10_000
#: how long a write waits for another program's write to finish (milliseconds); tests and slow shares set it
BUSY_TIMEOUT_ENV = "FIELDAPP_BUSY_TIMEOUT_MS"
#: the execution option that makes a connection's transactions writes (BEGIN IMMEDIATE)
WRITE_OPTION = "fieldapp_write"


def _null(_value: None) -> None:
    return None


# The driver binds None, bools and bytes through its adaptation protocol when no adapter is registered for them:
# two failed attribute lookups, each raising and clearing an exception, for every such parameter — 0.9 µs each,
# which made a person row (eight of its eighteen columns empty) 12 µs to insert instead of 2.7 µs, the largest
# single cost of a sync batch. A registered adapter is found at once and binds the same value: NULL, 1/0, the
# blob (``tests/test_speed_paths.py``).
sqlcipher.register_adapter(type(None), _null)
sqlcipher.register_adapter(bool, int)
sqlcipher.register_adapter(bytes, bytes)


def busy_timeout_ms() -> int:
    value = os.environ.get(BUSY_TIMEOUT_ENV, "")
    return int(value) if value.isdigit() else BUSY_TIMEOUT_MS


class DatabaseBusy(DatabaseError):
    """Another program kept the database locked (writing to it) for longer than the busy timeout."""


class DatabaseDamaged(DatabaseError):
    """The file is an SQLite database whose pages cannot be read."""


#: the driver's words for each kind of trouble (SQLite's own messages, which both drivers pass on)
_BUSY = ("database is locked", "database table is locked", "database schema is locked")
_DAMAGED = ("malformed", "file is not a database", "file is encrypted or is not a database")


def _driver_error(exc: BaseException) -> BaseException | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error | sqlcipher.Error):
            return current
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def explain(exc: BaseException, path: Path | str | None = None) -> DatabaseError | None:
    """The one-line, true reason behind a database failure (busy, damaged, disk full…), or None when the failure
    is not the file's (then it is a fault of the program and is reported as such)."""
    if isinstance(exc, DatabaseError):
        return exc
    cause = _driver_error(exc)
    if cause is None:
        return None
    text = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
    where = f"{path}: " if path else ""
    lowered = text.lower()
    if any(words in lowered for words in _BUSY):
        seconds = busy_timeout_ms() / 1000
        return DatabaseBusy(f"{where}the database is busy with another program's write (waited {seconds:g} s); "
                            "try again when that program has finished")
    if any(words in lowered for words in _DAMAGED):
        return DatabaseDamaged(f"{where}the database is damaged ({text}); 'fieldapp check' tells more; "
                               "restore the latest backup")
    if "disk i/o error" in lowered:
        return DatabaseError(f"{where}the disk could not be read or written ({text})")
    if "database or disk is full" in lowered:
        return DatabaseError(f"{where}the disk is full: free some space and try again")
    if "readonly database" in lowered or "read-only" in lowered:
        return DatabaseError(f"{where}the database file is read-only: FieldApp cannot write to it")
    if "unable to open database file" in lowered:
        return DatabaseError(f"{where}cannot be opened (the folder is missing or not accessible)")
    return None


def make_engine(path: Path, key: str | None = None) -> Engine:
    """SQLCipher's driver; without a key the file is plain SQLite (encryption at rest is then a key)."""
    if key:
        engine = create_engine(f"sqlite+pysqlcipher://:{key}@/{path}")
    else:
        engine = create_engine(f"sqlite:///{path}", module=sqlcipher)
    engine.dialect.statement_compiler = JsonEachInCompiler  # a list of ids as one parameter (id_lists)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()
        dbapi_connection.create_function("fold", 1, fold, deterministic=True)
        # a name kept without its sort key (a place's, a user's, an organisation's) ordered by the alphabet as it
        # is read: ``sort_key(name, lang)`` (services/lists.in_alphabet)
        dbapi_connection.create_function("sort_key", 2, sort_key, deterministic=True)
        # the driver's own transaction handling is off; SQLAlchemy's "begin" below starts every transaction
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # a write takes the write lock at once, waiting on the busy timeout: a deferred BEGIN that reads first
        # cannot wait when it upgrades (SQLite answers "database is locked" at once to avoid a deadlock)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")
        # references are checked at COMMIT, so one transaction may write children before parents
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")

    return engine


class Database:
    """An open FieldApp database: its engine, its session factory and who is making changes."""

    def __init__(self, path: Path, key: str | None = None) -> None:
        self.path = Path(path)
        #: encrypted at rest (SQLCipher with a key): nothing of it is written elsewhere in clear (start snapshots)
        self.encrypted = bool(key)
        self.engine = make_engine(self.path, key)
        #: the same pool, for writes: its transactions begin IMMEDIATE
        self.write_engine = self.engine.execution_options(**{WRITE_OPTION: True})
        self.Session = sessionmaker(self.engine, class_=soft_delete.Session, expire_on_commit=False)
        history.install(self.Session)
        soft_delete.install(self.Session)
        reads.install(self.Session)
        limits.install(self.Session)
        self.user_id: str | None = None
        self.user_name: str | None = None

    @contextlib.contextmanager
    def transaction(self, reason: str | None = None, written: set[str] | None = None) -> Iterator[Session]:
        """One user action: everything inside commits together (with its operations) or not at all. After the
        commit, ``written`` holds the names of the tables the transaction wrote. It waits for another program's
        write (the busy timeout); past the wait it raises :class:`DatabaseBusy`."""
        try:
            with self.Session(bind=self.write_engine) as session:
                with session.begin():
                    session.info.update(user_id=self.user_id, user_name=self.user_name, reason=reason)
                    yield session
                if written is not None:
                    written.update(history.written_tables(session))
        except DatabaseError:
            raise
        except Exception as exc:
            busy = explain(exc, self.path)
            if isinstance(busy, DatabaseBusy):
                raise busy from exc
            raise

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
    with db.reading() as s:  # a read first: opening must not wait for another program's write
        if s.get(LocalDevice, 1) is not None:
            return
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


def sniff(path: Path, *, empty_ok: bool = False) -> None:
    """A clear one-line message for a file that is not a usable SQLite database (an empty file is one only
    where a database may be made: ``empty_ok``)."""
    if not path.exists():
        raise DatabaseError(f"{path}: no such file")
    if path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database file")
    size = path.stat().st_size
    if size == 0:
        if empty_ok:
            return
        raise DatabaseError(f"{path}: an empty file (0 bytes), not a FieldApp database")
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseError(f"{path}: not a FieldApp database (not an SQLite file)")
    if size < 512 or size % 512:
        raise DatabaseError(f"{path}: the file is truncated or damaged ({size} bytes)")


def has_schema(path: Path) -> bool:
    """FieldApp's schema marker, read without changing the file (a normal open switches it to WAL)."""
    conn = sqlcipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
        return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                            ).fetchone() is not None
    finally:
        conn.close()


def open_database(path: Path | str, *, create: bool = False, migrate: bool = True,
                  before_migrating: Callable[[Database], None] | None = None) -> Database:
    """Open a FieldApp database, migrating it to the current schema after a backup (``before_migrating``: run
    after the backup, right before the migrations, only when there are some to run).

    Only ``create`` (``fieldapp init``, ``demo create``, a first start) makes a database, and only where there
    is no file or an empty one; anything else that is not a FieldApp database is refused in one line, as is a
    damaged or locked file (:func:`explain`)."""
    from fieldapp.db import migrations
    from fieldapp.db.backup import remove_interrupted_backups

    path = Path(path)
    if not path.exists() and not create:
        raise DatabaseError(f"{path}: no such database (use 'fieldapp init --db {path}' to make one)")
    if path.exists():
        sniff(path, empty_ok=create)
    if path.exists() and path.stat().st_size > 0:  # only a missing or empty file becomes a new database
        try:
            fieldapp_file = has_schema(path)
        except Exception as exc:
            raise explain(exc, path) or DatabaseError(f"{path}: cannot be read as a database ({exc})") from exc
        if not fieldapp_file:
            raise DatabaseError(f"{path}: not a FieldApp database (an SQLite file without FieldApp's tables)")
    remove_interrupted_backups(path)
    db = Database(path)
    try:
        if migrate:
            migrations.upgrade(db, before_migrating)
        else:
            migrations.require_current(db)
        ensure_device(db)
        with db.reading() as s:
            user_id = s.execute(select(LocalSetting.value).where(LocalSetting.key == "current_user")).scalar()
        db.set_user(user_id)
    except Exception as exc:
        db.close()
        explained = explain(exc, path)
        if explained is exc:
            raise
        if explained is not None:
            raise explained from exc
        cause = _driver_error(exc)
        if cause is not None:
            raise DatabaseError(f"{path}: cannot be read as a database ({cause})") from exc
        raise
    return db
