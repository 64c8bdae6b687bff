"""Many rows written at the driver: the statement compiled once, each column's bind processing worked out once,
then the DBAPI's ``executemany`` (SQLAlchemy's own executemany builds and processes a parameter dict per row,
which is most of the time of a sync batch of thousands). JSON columns are written with orjson."""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections.abc import Callable, Sequence
from typing import Any

import orjson
from sqlalchemy import JSON, Table
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session

from fieldapp.db.history import WRITTEN_KEY

Processor = Callable[[Any], Any] | None


def json_text(value: Any) -> str | None:
    """A JSON column's text (compact, UTF-8; integer keys become strings as with ``json.dumps``)."""
    return None if value is None else orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


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

    def timestamp(value: Any) -> Any:
        if type(value) is dt.datetime and value.tzinfo is None:
            return value.isoformat(" ", "microseconds")
        return slow(value)

    return timestamp


def _python_type(column_type: Any) -> type | None:
    try:  # a TypeDecorator (UTCDateTime) answers its stored type's
        return getattr(column_type, "impl_instance", column_type).python_type  # type: ignore[no-any-return]
    except NotImplementedError:
        return None


@functools.cache
def _plan(table: Table, dialect: Dialect, keys: tuple[str, ...]) -> tuple[str, tuple[str, ...], list[Processor]]:
    """The INSERT's SQL, the order its parameters go in, and per parameter how a value becomes the driver's."""
    compiled = table.insert().compile(dialect=dialect, column_keys=list(keys))
    order = tuple(compiled.positiontup or ()) if dialect.positional else tuple(compiled.binds)
    processors = [_processor(table.c[compiled.binds[name].key], dialect) for name in order]
    return compiled.string, order, processors


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
    sql, order, processors = _plan(table, conn.dialect, tuple(rows[0]))
    missing = [name for name in order if name not in rows[0]]
    if missing:  # columns the statement fills from their defaults: given to every row
        rows = [{**_defaults(table, tuple(missing)), **row} for row in rows]
    values = operator.itemgetter(*order) if len(order) > 1 else (lambda row: (row[order[0]],))
    processed = [(i, p) for i, p in enumerate(processors) if p is not None]
    params: list[Any] = []
    for row in rows:
        got = values(row)
        if processed:
            got = list(got)
            for i, process in processed:
                if got[i] is not None:
                    got[i] = process(got[i])
        params.append(tuple(got) if conn.dialect.positional else dict(zip(order, got, strict=True)))
    conn.exec_driver_sql(sql, params)


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
