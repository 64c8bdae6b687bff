"""A list of ids bound as ONE parameter of ``column IN (…)``, on SQLite as on the PostgreSQL hub.

SQLAlchemy sends an expanding parameter (``bindparam("ids", expanding=True)``, ``merge.IDS``) as one placeholder
per value, rendered anew for every list in Python (names, placeholders, the statement's text), and a statement
then takes at most SQLite's parameter limit: a sync batch's 5,000 ids were 13 statements of 400, their rendering
a twentieth of the hub's push. On SQLite the list goes as one JSON text instead, read by ``json_each`` inside
SQLite (``column IN (SELECT value FROM json_each(?))``: the ids become an ephemeral index SQLite walks the
column's index with, as for a written-out list); the PostgreSQL hub's compiler sends one array, a text column's
as one JSON text too (``server.store.ArrayInCompiler``). Both compile the statement once and cache it.
"""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.sql.compiler import OPERATORS
from sqlalchemy.sql.elements import BindParameter, Tuple
from sqlalchemy.types import String, TypeDecorator

#: the list of ids an ``IN (…)`` reads from its one JSON parameter, on SQLite
JSON_IDS = "SELECT value FROM json_each(?)"


def one_parameter(binary: Any) -> bool:
    """Whether ``binary`` (an IN) may go as one parameter: a list given at execution (no value of its own, as
    ``merge.IDS``) against one column. ``in_([...])`` with its values and a tuple on the left stay as SQLAlchemy
    writes them."""
    right = binary.right
    return (isinstance(right, BindParameter) and right.expanding and right.value is None
            and right.callable is None and not isinstance(binary.left, Tuple))


class JsonList(TypeDecorator[Any]):
    """A list of strings or integers as one JSON text (what ``json_each`` reads)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str:
        return orjson.dumps(list(value)).decode()


class JsonEachInCompiler(SQLiteCompiler):
    """SQLite's compiler with ``column IN (list given at execution)`` read from one JSON parameter, where the
    column's values go to the driver as they are (a type that converts them, a date or a boolean, keeps
    SQLAlchemy's list)."""

    one_array = True  # ``merge.id_slices``: a whole batch's ids in one statement

    def visit_in_op_binary(self, binary: Any, operator: Any, **kw: Any) -> str:
        if one_parameter(binary) and binary.left.type._cached_bind_processor(self.dialect) is None:
            ids = BindParameter(binary.right.key, None, type_=JsonList(), unique=False)
            return f"{self.process(binary.left, **kw)} IN ({JSON_IDS.replace('?', self.process(ids, **kw))})"
        return self._generate_generic_binary(binary, OPERATORS[operator], **kw)  # type: ignore[no-any-return]
