"""Many rows written at the driver: the statement compiled once, each column's bind processing worked out once,
then the DBAPI's ``executemany`` (SQLAlchemy's own executemany builds and processes a parameter dict per row,
which is most of the time of a sync batch of thousands). JSON columns are written with orjson. On PostgreSQL the
rows of an insert go in by one ``COPY`` instead, in PostgreSQL's binary form where every column's type has one
psycopg writes from the values a row holds here."""

from __future__ import annotations

import datetime as dt
import functools
import json
import operator
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import orjson
from sqlalchemy import JSON, Table
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from fieldapp.db.history import WRITTEN_KEY

Processor = Callable[[Any], Any] | None


def json_text(value: Any) -> str | None:
    """A JSON column's text (compact, UTF-8; integer keys become strings as with ``json.dumps``); what orjson
    cannot write (an integer beyond 64 bits) ``json.dumps`` writes, what neither can is a ``TypeError``."""
    if value is None:
        return None
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
    except TypeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _connection(session: Session | Connection, table: Table) -> Connection:
    """The session's connection, the table noted among those its transaction wrote (what screens refresh:
    ``history.written_tables``; a statement at the driver passes by the session's own noting)."""
    if isinstance(session, Session):
        session.info.setdefault(WRITTEN_KEY, set()).add(table.name)
        return session.connection()
    return session


#: naive timestamps the fast path below must write exactly as the column's own processor does
_SAMPLES = (dt.datetime(2026, 12, 4, 9, 5, 3, 120), dt.datetime(2026, 1, 31, 23, 59, 59), dt.datetime(999, 1, 2, 3, 4, 5, 6))


def _processor(column: Any, dialect: Dialect) -> Processor:
    """How a value becomes the driver's for this column: JSON by orjson; a naive timestamp by ``isoformat`` where
    that writes exactly what the column's type would (SQLite's text form; the type's processor was a third of a
    sync batch's parameter work); anything else by the type's own processor."""
    if isinstance(column.type, JSON):
        return json_text
    slow: Processor = column.type._cached_bind_processor(dialect)
    if slow is None or _python_type(column.type) is not dt.datetime or any(
            sample.isoformat(" ", "microseconds") != slow(sample) for sample in _SAMPLES):
        return slow

    last: list[tuple[Any, Any]] = [(None, None)]  # a batch's rows often share one time (received at, made at)

    def timestamp(value: Any) -> Any:
        seen, text = last[0]
        if value is seen:
            return text
        if type(value) is dt.datetime and value.tzinfo is None:
            text = value.isoformat(" ", "microseconds")
            last[0] = (value, text)
            return text
        return slow(value)

    return timestamp


def _python_type(column_type: Any) -> type | None:
    try:  # a TypeDecorator (UTCDateTime) answers its stored type's
        return getattr(column_type, "impl_instance", column_type).python_type  # type: ignore[no-any-return]
    except NotImplementedError:
        return None


@functools.cache
def _plan(table: Table, dialect: Dialect,
          keys: tuple[str, ...]) -> tuple[str, tuple[str, ...], list[Processor], str, tuple[str, ...]]:
    """The INSERT's SQL, the order its parameters go in, per parameter how a value becomes the driver's, the
    same rows' ``COPY … FROM STDIN`` (PostgreSQL) and its columns' names."""
    compiled = table.insert().compile(dialect=dialect, column_keys=list(keys))
    order = tuple(compiled.positiontup or ()) if dialect.positional else tuple(compiled.binds)
    columns = [table.c[compiled.binds[name].key] for name in order]
    processors = [_processor(column, dialect) for column in columns]
    quote = dialect.identifier_preparer.quote
    copy = f"COPY {quote(table.name)} ({', '.join(quote(column.name) for column in columns)}) FROM STDIN"
    return compiled.string, order, processors, copy, tuple(column.name for column in columns)


def _copies(conn: Connection) -> bool:
    """Whether rows go in by ``COPY``: PostgreSQL through psycopg (3). One statement streams every row, where
    ``executemany`` sends, binds and executes an INSERT per row (most of a sync batch's time in psycopg's
    Python code and the server's executor)."""
    return conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg"


def _copy(conn: Connection, table: Table, sql: str, names: tuple[str, ...], rows: Sequence[dict[str, Any]],
          values: Callable[[dict[str, Any]], tuple[Any, ...]], processed: list[tuple[int, Callable[[Any], Any]]]) -> None:
    """``COPY`` the rows (values as the driver takes them, made as they are sent) inside the connection's
    transaction; a failure is raised as SQLAlchemy's error of its kind (``IntegrityError`` for a key,
    ``DataError`` for a value), as an ``executemany`` would have.

    The rows stream: psycopg sends them in blocks of a few dozen as they are written, so the server stores and
    indexes the first while the hub still makes the values of the next (the server runs on another core); the
    hub then waits only for the last blocks, where it waited for all of them after making every row first.

    They go in PostgreSQL's binary form when every column's type has one here (:data:`BINARY_TYPES`): psycopg
    writes those values without escaping text or spelling numbers and times, and the server reads them without
    parsing (a sync batch's ``COPY`` took 40 % less of the hub's time than the text form). The binary form
    takes each value as its column's own Python type only — a number in a text column, text in a number's,
    refused; an integer too big for its column or a flag's non-boolean, psycopg would write cut short or as its
    truth, so those are checked (:func:`_checked`) — and a batch holding any other value goes again in the text
    form, from a savepoint, where PostgreSQL converts or refuses it exactly as it did before."""
    dialect = conn.dialect
    dbapi = dialect.loaded_dbapi
    quote = dialect.identifier_preparer.quote
    try:
        with conn.connection.driver_connection.cursor() as cursor:  # type: ignore[union-attr]
            types = _binary_types(cursor, quote(table.name), names)
            sent = False
            if types is not None:
                cursor.execute(f"SAVEPOINT {_SAVEPOINT}")
                try:
                    _stream(cursor, f"{sql} (FORMAT BINARY)", types, _driver_rows(rows, values, _checked(processed, types)))
                    sent = True
                except Unsendable:
                    cursor.execute(f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}")
                cursor.execute(f"RELEASE SAVEPOINT {_SAVEPOINT}")
            if not sent:
                _stream(cursor, sql, None, _driver_rows(rows, values, processed))
            if len(rows) >= ANALYZE_AFTER:
                _keep_statistics(cursor, len(rows), table.name, quote)
    except dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, dbapi.Error, dialect=dialect) from exc


_SAVEPOINT = "fieldapp_binary_copy"


def _stream(cursor: Any, sql: str, types: list[int] | None, rows: Iterator[tuple[Any, ...]]) -> None:
    """One ``COPY`` of ``rows``; in the binary form (``types``), a value psycopg cannot write so is
    :class:`Unsendable`."""
    with cursor.copy(sql) as copy:
        if types is not None:
            copy.set_types(types)
        write = copy.write_row
        for row in rows:
            try:
                write(row)
            except (TypeError, ValueError, OverflowError, AttributeError) as exc:
                if types is None:
                    raise
                raise Unsendable(str(exc)) from exc


class Unsendable(ValueError):
    """A value the binary ``COPY`` does not carry to its column as it is."""


#: the PostgreSQL column types (by type oid) a binary ``COPY`` writes — those the schema has on PostgreSQL — and
#: the type psycopg is told for each: text, varchar, boolean, bigint, double precision, date, timestamp, and json
#: as its text (json's binary form is its text, which the server checks as it does the text form's). A table
#: with a column of another type is copied in the text form.
BINARY_TYPES = {25: 25, 1043: 1043, 16: 16, 20: 20, 701: 701, 1082: 1082, 1114: 1114, 114: 25}
#: the Python types psycopg's binary writer takes for a boolean, a bigint and a double column as the text form
#: did (an int in a double column is exact either way)
_EXACT: dict[int, tuple[type, ...]] = {16: (bool,), 20: (int,), 701: (float, int)}
#: the bigint's range: psycopg's binary writer keeps an integer's low 64 bits
_BIGINT = (-(1 << 63), 1 << 63)


def _binary_types(cursor: Any, table: str, names: tuple[str, ...]) -> list[int] | None:
    """The type to tell psycopg for each column (``names``), as the table in the database has it (one small
    read of the catalogue per ``COPY``); None when a column's type is not one :data:`BINARY_TYPES` writes."""
    cursor.execute("SELECT attname, atttypid::int FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0"
                   " AND NOT attisdropped", (table,))
    held: dict[str, int] = dict(cursor.fetchall())
    types = [BINARY_TYPES.get(held.get(name, 0)) for name in names]
    return None if None in types else types  # type: ignore[return-value]


def _checked(processed: list[tuple[int, Callable[[Any], Any]]],
             types: list[int]) -> list[tuple[int, Callable[[Any], Any]]]:
    """``processed``, each boolean, bigint and double column's value checked (after its own processing) to be of
    a type the binary form writes as the text form did: :class:`Unsendable` otherwise."""
    made = dict(processed)
    for i, oid in enumerate(types):
        if oid in _EXACT:
            made[i] = _exact(oid, made.get(i))
    return sorted(made.items())


def _exact(oid: int, first: Processor) -> Callable[[Any], Any]:
    kinds = _EXACT[oid]
    low, high = _BIGINT

    def check(value: Any) -> Any:
        if first is not None:
            value = first(value)
        if type(value) in kinds and (type(value) is not int or low <= value < high):
            return value
        raise Unsendable(f"{value!r} is not the column's type")

    return check


#: a COPY of this many rows or more checks whether the table's planner statistics still describe it
ANALYZE_AFTER = 1000
#: … and renews them when it added more than this share of the rows they counted
ANALYZE_GROWTH = 0.2


def _keep_statistics(cursor: Any, added: int, name: str, quote: Callable[[str], str]) -> None:
    """``ANALYZE`` a table whose planner statistics a bulk load has outgrown (PostgreSQL's advice after loading
    data; autovacuum does it only on its next round, a minute or more later): never taken, or ``added`` rows
    more than a fifth of the rows they counted. Without them the planner reads a young hub's ``operation``
    table by its table name alone and filters every row against a sync batch's 400 ids (40 ms a read at
    100,000 operations) instead of seeking the (table, row) index. Only the indexed columns are analysed: they
    are what the planner weighs to choose an index (the row count comes with any ``ANALYZE``); the others — the
    history's JSON above all — cost the most to sample and steer no plan of the hub's (autovacuum analyses every
    column on its round)."""
    cursor.execute("SELECT c.reltuples, ARRAY(SELECT DISTINCT a.attname FROM pg_index i JOIN pg_attribute a"
                   " ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) WHERE i.indrelid = c.oid"
                   " ORDER BY a.attname) FROM pg_class c WHERE c.oid = %s::regclass", (quote(name),))
    counted, indexed = cursor.fetchone()
    if counted < 0 or added > ANALYZE_GROWTH * counted:
        columns = f" ({', '.join(quote(column) for column in indexed)})" if indexed else ""
        cursor.execute(f"ANALYZE {quote(name)}{columns}")


@functools.cache
def _defaults(table: Table, names: tuple[str, ...]) -> dict[str, Any]:
    values = {}
    for name in names:
        default = table.c[name].default
        if default is None or not default.is_scalar:  # type: ignore[attr-defined]
            raise ValueError(f"{table.name}.{name}: no value and no plain default")
        values[name] = default.arg  # type: ignore[attr-defined]
    return values


def insert_rows(session: Session | Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` inside the caller's transaction."""
    if not rows:
        return
    conn = _connection(session, table)
    sql, order, processors, copy, names = _plan(table, conn.dialect, tuple(rows[0]))
    missing = [name for name in order if name not in rows[0]]
    if missing:  # columns the statement fills from their defaults: given to every row
        rows = [{**_defaults(table, tuple(missing)), **row} for row in rows]
    values = operator.itemgetter(*order) if len(order) > 1 else (lambda row: (row[order[0]],))
    processed: list[tuple[int, Callable[[Any], Any]]] = [(i, p) for i, p in enumerate(processors) if p is not None]
    if _copies(conn):
        _copy(conn, table, copy, names, rows, values, processed)
    elif conn.dialect.positional:
        conn.exec_driver_sql(sql, list(_driver_rows(rows, values, processed)))
    else:
        conn.exec_driver_sql(sql, [dict(zip(order, got, strict=True)) for got in _driver_rows(rows, values, processed)])


def _driver_rows(rows: Sequence[dict[str, Any]], values: Callable[[dict[str, Any]], tuple[Any, ...]],
                 processed: list[tuple[int, Callable[[Any], Any]]]) -> Iterator[tuple[Any, ...]]:
    """Each row's values in the statement's order as the driver takes them (each column's processor, never on
    None): one generator for the whole batch (a call per row was a tenth of the loop)."""
    for row in rows:
        got = values(row)
        if processed:
            made = list(got)
            for i, process in processed:
                if made[i] is not None:
                    made[i] = process(made[i])
            got = tuple(made)
        yield got


@functools.cache
def _update_plan(table: Table, dialect: Dialect, key: str, columns: tuple[str, ...]) -> tuple[str, list[Processor]]:
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.positional else "%s"
    sql = (f"UPDATE {quote(table.name)} SET {', '.join(f'{quote(table.c[c].name)} = {mark}' for c in columns)} "
           f"WHERE {quote(table.c[key].name)} = {mark}")
    processors = [_processor(table.c[c], dialect) for c in (*columns, key)]
    return sql, processors


def update_rows(session: Session | Connection, table: Table, key: str, rows: Sequence[dict[str, Any]]) -> None:
    """``UPDATE table SET … WHERE key = …`` for each row (dicts with the same keys, ``key`` among them)."""
    if not rows:
        return
    conn = _connection(session, table)
    columns = tuple(name for name in rows[0] if name != key)
    sql, processors = _update_plan(table, conn.dialect, key, columns)
    names = (*columns, key)
    params = [tuple(row[name] if p is None or row[name] is None else p(row[name])
                    for name, p in zip(names, processors, strict=True)) for row in rows]
    conn.exec_driver_sql(sql, params)
