"""Which tables a read asked about, so that a screen asks its question again only when a write touches one of
them (the capture notes what each transaction wrote: :func:`fieldapp.db.history.written_tables`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, event
from sqlalchemy.sql.util import find_tables

#: a statement whose tables cannot be known (raw SQL): any write may change its answer
EVERYTHING = "*"
READ_KEY = "tables_read"


def tables_of(statement: Any) -> set[str]:
    """The tables a SELECT reads, through its joins, aliases and subqueries."""
    found = find_tables(statement, include_aliases=True, include_joins=True, include_selects=True)
    return {table.name for table in found if isinstance(table, Table)}


def _note_select(state: Any) -> None:
    read = state.session.info.get(READ_KEY)
    if read is None or state.is_insert or state.is_update or state.is_delete:
        return
    tables = tables_of(state.statement) if state.is_select else set()
    read.update(tables or {EVERYTHING})


def install(session_factory: Any) -> None:
    event.listen(session_factory, "do_orm_execute", _note_select)
