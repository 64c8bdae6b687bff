"""The hub's storage: its replica of every synced table and its own records, behind one small interface.

``HubStore`` is what the hub needs from storage: a write transaction (one at a time), a read session, the
next acceptance numbers. ``SQLiteHubStore`` keeps everything in one SQLite file in the data folder (WAL and a
busy timeout, so administrative commands work beside a running server); ``PostgresHubStore`` keeps it in a
PostgreSQL database, with writers serialised by a transaction-level advisory lock so that ``server_seq`` is
assigned and committed in the same order by every server process (a pull cursor never skips an operation).
``open_store`` picks one from the command line's ``--data DIR`` / ``--database URL``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql.psycopg import PGCompiler_psycopg
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.schema import CreateColumn
from sqlalchemy.sql.compiler import OPERATORS
from sqlalchemy.sql.elements import BindParameter

from fieldapp.db import Database, DatabaseError, history, open_database, soft_delete
from fieldapp.db.id_lists import JsonList, one_parameter
from fieldapp.ids import new_id
from fieldapp.model import Base, LocalDevice, Operation


class HubBase(DeclarativeBase):
    if TYPE_CHECKING:  # each is mapped to a Table (SQLAlchemy types it as any FromClause)
        __table__: ClassVar[Table]


class HubDevice(HubBase):
    """An enrolled laptop: its name, scopes and the hash of its token (the token itself is never stored)."""

    __tablename__ = "hub_device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scopes: Mapped[dict] = mapped_column(JSON)
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class HubDeviceReport(HubBase):
    """What a laptop last said of itself when it pulled over the network: how many of its own changes had not
    reached the hub yet (after its push of that round), and when it said so."""

    __tablename__ = "hub_device_report"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    pending: Mapped[int] = mapped_column(Integer)
    reported_at: Mapped[dt.datetime] = mapped_column(DateTime)


class HubEnrolment(HubBase):
    """A one-time enrolment code (hashed) with the scopes the device will get."""

    __tablename__ = "hub_enrolment"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    scopes: Mapped[dict] = mapped_column(JSON)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    device_id: Mapped[str | None] = mapped_column(String(36))


class HubReceived(HubBase):
    """Every operation the hub was given, with what became of it: pushes are idempotent by op id."""

    __tablename__ = "hub_received"
    #: SQLite keeps the rows in the op id's own B-tree (one insert per operation, not a table and its key's index)
    __table_args__ = {"sqlite_with_rowid": False}
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    device: Mapped[str | None] = mapped_column(String(36))
    result: Mapped[str] = mapped_column(String(10))  # accepted, rejected, conflict, parked
    server_seq: Mapped[int | None] = mapped_column(Integer)
    rank: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[dict | None] = mapped_column(JSON)  # kept for rejected and parked operations
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class HubConflict(HubBase):
    """A merge's losing value, a delete against an edit, or an action a rule refused: for a person."""

    __tablename__ = "hub_conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # field, delete_edit, rule
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    fields: Mapped[list] = mapped_column(JSON)
    winner_op: Mapped[str | None] = mapped_column(String(36))
    loser_op: Mapped[str | None] = mapped_column(String(36), index=True)
    winner: Mapped[dict | None] = mapped_column(JSON)
    loser: Mapped[dict | None] = mapped_column(JSON)
    message: Mapped[str | None] = mapped_column(Text)
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class HubFile(HubBase):
    """An attachment or photo received by SHA-256; ``received`` bytes so far (uploads resume there)."""

    __tablename__ = "hub_file"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    received: Mapped[int] = mapped_column(Integer, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    variant: Mapped[str] = mapped_column(String(20))  # original, transfer (downscaled photo)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class HubIdentity(HubBase):
    """The deployment's identity (one row): its id and the head office's signing and encryption keys (raw,
    base64). Bundles are signed with one and encrypted to the other; ``fieldapp server backup`` keeps them."""

    __tablename__ = "hub_identity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deployment: Mapped[str] = mapped_column(String(36))
    sign_private: Mapped[str] = mapped_column(String(64))
    box_private: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class HubDeviceKeys(HubBase):
    """A device's public keys (bundles it signs, bundles encrypted to it) and what it acknowledged by bundle:
    the cursor its newest bundle reported (``reported_ms``: when that bundle was made)."""

    __tablename__ = "hub_device_keys"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sign_public: Mapped[str] = mapped_column(String(64))
    box_public: Mapped[str] = mapped_column(String(64))
    local_device: Mapped[str | None] = mapped_column(String(36))  # the device id its operations carry
    acked_cursor: Mapped[int] = mapped_column(Integer, default=0)
    reported_ms: Mapped[int] = mapped_column(BigInteger, default=0)


class HubSetAsideIndex(HubBase):
    """An index of the laptops' schema a hub's SQLite file does without (``HUB_UNREAD_INDEXES``), with the
    statement that makes it: put back before a migration runs, so every migration sees the schema it was
    written for, and set aside again after."""

    __tablename__ = "hub_set_aside_index"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    sql: Mapped[str] = mapped_column(Text)


def _put_back_unread_indexes(db: Database) -> None:
    """Before a migration of a hub's SQLite file: the indexes set aside made again, as they were."""
    with db.write_engine.begin() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                (HubSetAsideIndex.__tablename__,)).first() is None:
            return
        for (sql,) in conn.execute(select(HubSetAsideIndex.sql).order_by(HubSetAsideIndex.name)).all():
            conn.exec_driver_sql(sql)
        conn.execute(HubSetAsideIndex.__table__.delete())


def _set_aside_unread_indexes(db: Database) -> None:
    """Drop the indexes the hub never reads by from its SQLite file, each statement kept to be put back before
    a migration (``_put_back_unread_indexes``)."""
    table = HubSetAsideIndex.__table__
    with db.write_engine.begin() as conn:
        names = sorted(HUB_UNREAD_INDEXES)
        marks = ", ".join("?" for _ in names)
        present = conn.exec_driver_sql(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({marks})",
                                       tuple(names)).all()
        for name, sql in present:
            conn.execute(table.delete().where(table.c.name == name))
            conn.execute(table.insert().values(name=name, sql=sql))
            conn.exec_driver_sql(f'DROP INDEX "{name}"')


class HubStore(Protocol):
    """What the hub needs from its storage."""

    files_dir: Path

    def writing(self) -> contextlib.AbstractContextManager[Session]: ...

    def reading(self) -> contextlib.AbstractContextManager[Session]: ...

    def next_server_seq(self, session: Session) -> int: ...

    def hub_device_id(self) -> str: ...

    def checkpoint(self) -> None:
        """Work the storage may do once a write is answered (the HTTP front calls it after the response)."""
        ...

    def close(self) -> None: ...

    def spec(self) -> StoreSpec:
        """What opens this storage again in another process (``reopen``): the hub's merge workers."""
        ...


#: a hub storage as another process opens it again: ``("sqlite", DATA_DIR)`` or ``("postgresql", URL, FILES_DIR)``
StoreSpec = tuple[str, ...]


def reopen(spec: StoreSpec) -> HubStore:
    """The storage ``spec`` names (``HubStore.spec``), opened in this process."""
    if spec[0] == "sqlite":
        return SQLiteHubStore(spec[1])
    if spec[0] == "postgresql":
        return PostgresHubStore(spec[1], spec[2])
    raise ValueError(f"unknown hub storage {spec[0]!r}")


#: a hub write's own commit copies the write-ahead log into the database file only past this many pages (64 MiB):
#: ``checkpoint`` does it after the push is answered, while the laptop sends its next batch
CHECKPOINT_BACKSTOP_PAGES = 16384


class SQLiteHubStore:
    """Everything in ``DIR/hub.sqlite`` (a FieldApp database plus the hub's tables) and ``DIR/files/``.

    A commit of thousands of operations would also copy them from the write-ahead log into the database file
    (SQLite's automatic checkpoint, with its own fsync): a third of a push's commit time. Writes here leave that
    to ``checkpoint`` (PASSIVE: it waits for no one, and a writer may go on beside it), which the HTTP front runs
    after each push is answered, so it overlaps the laptop's next request; the backstop keeps the log bounded
    where nothing calls it (a bundle's import)."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.files_dir = self.data_dir / "files"
        self.files_dir.mkdir(exist_ok=True)
        self.db: Database = open_database(self.data_dir / "hub.sqlite", create=True,
                                          before_migrating=_put_back_unread_indexes)
        HubBase.metadata.create_all(self.db.engine)
        _set_aside_unread_indexes(self.db)
        self._lock = threading.Lock()
        self._checkpointing = threading.Lock()

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction at a time in this process; other processes wait on SQLite's busy timeout."""
        with self._lock, self.db.Session(bind=self.db.write_engine) as session, session.begin():
            session.connection().exec_driver_sql(f"PRAGMA wal_autocheckpoint={CHECKPOINT_BACKSTOP_PAGES}")
            session.info["applying_remote"] = True
            yield session

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file as far as no reader needs it (one at a time)."""
        if not self._checkpointing.acquire(blocking=False):
            return  # one is running: it takes this write's pages too, or the next one does
        try:
            with self.db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            self._checkpointing.release()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with self.db.Session() as session:
            yield session

    def next_server_seq(self, session: Session) -> int:
        return int(session.scalar(select(func.coalesce(func.max(Operation.server_seq), 0))) or 0) + 1

    def hub_device_id(self) -> str:
        return self.db.device().device_id

    def close(self) -> None:
        self.db.close()

    def spec(self) -> StoreSpec:
        return ("sqlite", str(self.data_dir))


#: the advisory lock every PostgreSQL hub writer holds for its transaction (any constant; "FAHB")
WRITER_LOCK = 0x46414842


#: indexes of the laptops' schema that no query of the hub reads (the laptop's search, lists and ordering by
#: clock; the hub reads a person by id, the history by row, device and acceptance number): each is upkeep on
#: every operation a push writes (the person's five were a third of its rows' COPY on PostgreSQL, and of its
#: inserts on SQLite). ``ix_person_live`` (id, deleted_at) is the laptop's covering index for its live-row counts;
#: the hub finds a person by its primary key; ``ix_operation_local`` holds the changes a laptop made itself, waiting
#: to be sent. PostgreSQL, where the hub's schema is its own, leaves them out; a hub's SQLite file sets them
#: aside (``_set_aside_unread_indexes``).
HUB_UNREAD_INDEXES = frozenset({"ix_operation_hlc", "ix_operation_local", "ix_person_live", "ix_person_phone",
                                "ix_person_full_name", "ix_person_iin", "ix_person_search_key",
                                "ix_person_sort_ru", "ix_person_sort_kk", "ix_person_organisation_sort_ru",
                                "ix_person_organisation_sort_kk", "ix_person_organisation_sort_ru_desc",
                                "ix_person_organisation_sort_kk_desc"})


def _deferred_metadata() -> MetaData:
    """The replica's and the hub's tables for PostgreSQL: every foreign key checked at commit, as SQLite's
    ``defer_foreign_keys`` does for the SQLite hub (an action's rows arrive in any order within it), every
    integer 64-bit, as every SQLite integer is (clock readings in milliseconds do not fit 32 bits), and none of
    the indexes only a laptop reads (``HUB_UNREAD_INDEXES``)."""
    metadata = MetaData()
    for table in [*Base.metadata.sorted_tables, *HubBase.metadata.sorted_tables]:
        copy = table.to_metadata(metadata)
        for index in [index for index in copy.indexes if index.name in HUB_UNREAD_INDEXES]:
            copy.indexes.discard(index)
        for constraint in copy.foreign_key_constraints:
            constraint.deferrable, constraint.initially = True, "DEFERRED"
        for column in copy.columns:
            if type(column.type) is Integer:
                column.type = BigInteger()
    return metadata


def add_missing_columns(conn: Connection, metadata: MetaData) -> list[str]:
    """What a newer FieldApp's models added to the tables of a PostgreSQL hub made by an older one: its columns
    (``ALTER TABLE … ADD COLUMN``, with their defaults, so the rows already there get them) and the indexes on
    existing tables. The hub's schema is made from the models, not by the laptops' migrations, and ``create_all``
    makes only the tables that are missing. A column that needs a value and has no default stops the hub with its
    name (no model adds one: a migration would have to say what the rows hold). Returns ``table.column`` of each
    column added."""
    found = inspect(conn)
    tables = set(found.get_table_names())
    added: list[str] = []
    for table in metadata.sorted_tables:
        if table.name not in tables:
            continue  # create_all made it whole
        have = {column["name"] for column in found.get_columns(table.name)}
        for column in table.columns:
            if column.name in have:
                continue
            if not column.nullable and column.server_default is None:
                raise DatabaseError(f"the hub's table {table.name} has no column {column.name}, which needs a value "
                                    "for the rows it holds: this FieldApp cannot add it by itself")
            conn.execute(text(f'ALTER TABLE "{table.name}" ADD COLUMN {CreateColumn(column).compile(conn)}'))
            added.append(f"{table.name}.{column.name}")
        indexes = {index["name"] for index in found.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in indexes:
                index.create(conn)
    return added


#: per connection of a PostgreSQL hub: every statement planned for the values it is given. psycopg prepares a
#: statement on its fifth run, and PostgreSQL then keeps a *generic* plan once it costs no more than the custom
#: ones: on a young hub (small tables) that is a sequential scan, kept as the tables grow, so a sync batch's
#: reads by id (``IN`` lists of 400) took ~140 ms each on 100,000 rows — 60 s of a 100,000-operation push.
SESSION_SETTINGS = {"plan_cache_mode": "force_custom_plan"}


def _session_settings(dbapi_connection: Any, _record: Any) -> None:
    with dbapi_connection.cursor() as cursor:
        for name, value in SESSION_SETTINGS.items():
            cursor.execute(f"SET {name} = {value}")
    dbapi_connection.commit()


class ArrayInCompiler(PGCompiler_psycopg):
    """PostgreSQL's compiler (psycopg), with ``column IN (list bound at execution)`` sent as ``column =
    ANY(array)``: one parameter instead of one per id. An expanding IN (``merge.IDS``, a sync batch's ids) is
    rendered anew with every list — a placeholder with its cast per id, a statement psycopg parses again each
    time (too long for its cache) and every value to adapt. A text column's list goes as one JSON text made into
    the array by PostgreSQL (psycopg dumps a list in Python, 7 % of a push); ``= ANY`` of an array keeps the
    index scan, where ``IN (SELECT json_array_elements_text(…))`` is planned for 100 rows, as a hash join over the
    whole table. Only a parameter given at execution (no value of its own) is sent so (``id_lists.one_parameter``);
    ``in_([...])`` with its values and a tuple on the left stay as SQLAlchemy writes them."""

    one_array = True  # ``merge.id_slices``: a whole batch's ids in one statement

    def visit_in_op_binary(self, binary: Any, operator: Any, **kw: Any) -> str:
        if one_parameter(binary) and isinstance(binary.left.type, String):
            ids = BindParameter(binary.right.key, None, type_=JsonList(), unique=False)
            return (f"{self.process(binary.left, **kw)} = ANY (ARRAY("
                    f"SELECT json_array_elements_text(CAST({self.process(ids, **kw)} AS json))))")
        if one_parameter(binary):
            array = BindParameter(binary.right.key, None, type_=ARRAY(binary.left.type), unique=False)
            return f"{self.process(binary.left, **kw)} = ANY ({self.process(array, **kw)})"
        return self._generate_generic_binary(binary, OPERATORS[operator], **kw)  # type: ignore[no-any-return]


class PostgresHubStore:
    """Everything in one PostgreSQL database (``postgresql+psycopg://user:password@host/db``); attachments in
    ``files_dir`` on the server's disk. The schema is created on first use; the hub's own device row (its id
    and clock) lives in ``local_device`` as in a laptop's database."""

    def __init__(self, url: str, files_dir: Path | str) -> None:
        self.url = url
        self.files_dir = Path(files_dir)
        self.files_dir.mkdir(parents=True, exist_ok=True)
        try:
            self.engine: Engine = create_engine(url, pool_pre_ping=True)
            event.listen(self.engine, "connect", _session_settings)
            if self.engine.dialect.driver == "psycopg":
                self.engine.dialect.statement_compiler = ArrayInCompiler
            with self.engine.begin() as conn:
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})
                metadata = _deferred_metadata()
                metadata.create_all(conn)
                add_missing_columns(conn, metadata)
                for name in conn.scalars(  # a hub created before they were left out
                        text("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                             " AND indexname = ANY (:names) ORDER BY indexname"),
                        {"names": sorted(HUB_UNREAD_INDEXES)}).all():
                    conn.execute(text(f'DROP INDEX "{name}"'))
                if conn.execute(select(LocalDevice.id).where(LocalDevice.id == 1)).first() is None:
                    device_id = new_id()
                    conn.execute(LocalDevice.__table__.insert().values(
                        id=1, device_id=device_id, prefix=device_id[-4:].upper(),
                        created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
        except ImportError as exc:
            if "psycopg" not in f"{exc.name} {exc}" and "libpq" not in str(exc):
                raise
            raise DatabaseError(f"the PostgreSQL driver (psycopg) is not installed or cannot be loaded "
                                f"({str(exc).strip().splitlines()[0]}): pip install 'fieldapp[postgres]'") from exc
        except Exception as exc:
            cause = getattr(exc, "orig", None) or exc
            raise DatabaseError(f"cannot open the hub database: {str(cause).strip().splitlines()[0]}") from exc
        self.Session = sessionmaker(self.engine, class_=soft_delete.Session, expire_on_commit=False)
        history.install(self.Session)
        soft_delete.install(self.Session)

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction at a time across every server process: ``server_seq`` order is commit order."""
        with self.Session() as session, session.begin():
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})
            session.info["applying_remote"] = True
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with self.Session() as session:
            yield session

    def next_server_seq(self, session: Session) -> int:
        return int(session.scalar(select(func.coalesce(func.max(Operation.server_seq), 0))) or 0) + 1

    def hub_device_id(self) -> str:
        with self.reading() as session:
            return hub_device(session).device_id

    def checkpoint(self) -> None:
        """Nothing: PostgreSQL checkpoints by itself."""

    def close(self) -> None:
        self.engine.dispose()

    def spec(self) -> StoreSpec:
        return ("postgresql", self.url, str(self.files_dir))


def default_files_dir(url: str) -> Path:
    """Where a PostgreSQL hub keeps attachments when no folder is given: one folder per database URL."""
    import hashlib

    from fieldapp import paths

    return paths.data_dir() / "hub-files" / hashlib.sha256(url.encode()).hexdigest()[:16]


def open_store(data: Path | str | None = None, database: str | None = None) -> HubStore:
    """The hub's storage as the command line names it: ``--data DIR`` (SQLite in DIR) or ``--database URL``
    (PostgreSQL; attachments in DIR when both are given)."""
    if database:
        if not database.startswith(("postgresql", "postgres")):
            raise DatabaseError(f"{database.split(':')[0]}: only PostgreSQL URLs are supported "
                                "(postgresql+psycopg://user:password@host/database)")
        scheme, sep, rest = database.partition("://")
        if sep and "+" not in scheme:  # postgresql://… names no driver: psycopg (3) is the one FieldApp installs
            database = f"postgresql+psycopg://{rest}"
        return PostgresHubStore(database, Path(data) / "files" if data else default_files_dir(database))
    if data is None:
        raise DatabaseError("--data DIR or --database URL is required")
    return SQLiteHubStore(data)


def hub_device(session: Session) -> LocalDevice:
    device = session.get(LocalDevice, 1)
    assert device is not None
    return device
