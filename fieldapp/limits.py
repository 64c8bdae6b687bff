"""How long a text may be: one table for every edge where text comes in — forms, imports, sync.

A column declared ``String(n)`` holds at most ``n`` characters (PostgreSQL enforces it on the hub; SQLite would
store anything), a ``Text`` column at most :data:`LONG_TEXT`. The table is derived from the model, so a new
column needs no entry here. Forms check a field before saving (the problem under the field), imports check
each row (the row is rejected with its number), the hub refuses an operation whose values are too long (a
``text.too_long`` rejection, never a server error), and a flush of anything longer is refused as the last
guard (:func:`install`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from fieldapp.validation import Invalid

#: a Text column: notes, agendas, the sections of a project, comments, reasons (about three printed pages)
LONG_TEXT = 10_000
#: a one-line field that names no column (a leader's name, a group's name typed in a form)
LINE_TEXT = 300
CODE = "text.too_long"
#: the last guard: a record about to be stored with a text longer than its column
RECORD_CODE = "record.too_long"


@functools.cache
def _table(table: str) -> dict[str, int]:
    from sqlalchemy import String, Text

    from fieldapp.model import Base

    found = Base.metadata.tables.get(table)
    limits: dict[str, int] = {}
    for column in found.columns if found is not None else ():
        if isinstance(column.type, Text) or (isinstance(column.type, String) and column.type.length is None):
            limits[column.name] = LONG_TEXT
        elif isinstance(column.type, String) and column.type.length is not None:
            limits[column.name] = column.type.length
    return limits


def column_limit(table: str, column: str) -> int | None:
    """The most characters ``table.column`` holds, or None for a column that is not text (or not known)."""
    return _table(table).get(column)


def limit_of(key: str) -> int:
    """The limit of a ``"table.column"`` key (a form field or an import column that is stored there)."""
    table, _, column = key.partition(".")
    limit = column_limit(table, column)
    if limit is None:
        raise KeyError(f"{key}: not a text column of the model")
    return limit


def too_long(value: Any, limit: int, field: str | None = None, what: str | None = None) -> Invalid | None:
    """The problem of a text over ``limit`` characters, or None."""
    if not isinstance(value, str) or len(value) <= limit:
        return None
    return Invalid("text.too_long", f"{what or field or 'the text'}: {len(value)} characters, at most {limit}", field,
                   {"limit": limit, "length": len(value), **({"what": what} if what else {})})


def check_length(value: Any, limit: int, field: str | None = None, what: str | None = None) -> Any:
    problem = too_long(value, limit, field, what)
    if problem is not None:
        raise problem
    return value


def row_problems(table: str, values: Mapping[str, Any]) -> list[Invalid]:
    """Every value of a row of ``table`` (column → value) that is longer than its column holds."""
    limits = _table(table)  # the hub checks every value of every operation: the table's limits looked up once
    problems: list[Invalid] = []
    for column, value in values.items():
        if type(value) is str or isinstance(value, str):
            _check_text(problems, limits, table, column, value)
    return problems


def change_problems(table: str, changes: Mapping[str, Sequence[Any]]) -> list[Invalid]:
    """``row_problems`` of the new sides of an operation's changes (``{column: [old, new]}``)."""
    limits = _table(table)
    problems: list[Invalid] = []
    for column, change in changes.items():
        value = change[1]
        if type(value) is str or isinstance(value, str):
            _check_text(problems, limits, table, column, value)
    return problems


def _check_text(problems: list[Invalid], limits: dict[str, int], table: str, column: str, value: str) -> None:
    limit = limits.get(column)
    if limit is not None and len(value) > limit:
        problem = too_long(value, limit, column, f"{table}.{column}")
        if problem is not None:
            problems.append(problem)


@functools.cache
def _text_columns(mapper: Any) -> tuple[tuple[str, str, str, int], ...]:
    """(attribute, table, column, limit) of each of a mapped class's columns that holds text, in the mapper's
    order: worked out once a class, not once an object (an import flushes thousands)."""
    found = []
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        limit = column_limit(getattr(column.table, "name", ""), column.name)
        if limit is not None:
            found.append((prop.key, column.table.name, column.name, limit))
    return tuple(found)


def _check_flush(session: Any, _context: Any, _instances: Any) -> None:
    from sqlalchemy import inspect
    from sqlalchemy.orm.attributes import PASSIVE_NO_INITIALIZE

    if session.info.get("applying_remote"):  # the hub's operations were checked where they came in
        return
    for obj in [*session.new, *session.dirty]:
        state = inspect(obj)
        values = state.dict
        for key, table, column, limit in _text_columns(state.mapper):
            value = values.get(key)
            # what the flush stores is what the attribute's history adds (a value set since the last flush)
            if (isinstance(value, str) and len(value) > limit
                    and value in (state.get_history(key, PASSIVE_NO_INITIALIZE).added or ())):
                raise Invalid("record.too_long", f"{table}.{column}: {len(value)} characters, at most {limit}",
                              key, {"field_of": (table, column), "length": len(value), "limit": limit})


def install(session_factory: Any) -> None:
    """Refuse a flush that would store a text longer than its column: the guard behind every edge."""
    from sqlalchemy import event

    event.listen(session_factory, "before_flush", _check_flush)
