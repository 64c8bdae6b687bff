"""The merge every replica runs: a row is the fold of its operations.

Per field, the operation with the highest rank (its HLC stamp, or the stamp the hub gave an operation from a
clock far ahead) holds the value; ties break on the op id. The fold does not depend on the order operations
arrive in, so every replica that holds the same operations holds the same rows. Fields that must agree travel
together (capture puts the whole group in every change of one of them), so the group's latest writer holds the
whole group. A row exists once its insert is present; ``updated_at`` is the time of its latest operation.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import BindParameter, Table, bindparam, select, tuple_
from sqlalchemy.orm import Session

from fieldapp.db.bulk import insert_rows
from fieldapp.model import Base, Money, Operation, synced_tables
from fieldapp.model.base import UTCDateTime
from fieldapp.model.history import NATURAL_KEYS, derived_fields

CHUNK = 400
#: a list of ids bound as one parameter (``.in_(IDS)``, executed with ``{"ids": [...]}``): the statement is
#: built and compiled once, where ``.in_(list)`` makes a parameter object per id
IDS: BindParameter[Any] = bindparam("ids", expanding=True)


def id_slices(session: Session, ids: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """``ids`` in the slices one ``.in_(IDS)`` statement takes: all at once where the dialect's compiler sends
    the list as one parameter (``one_array``: SQLite's ``db.id_lists.JsonEachInCompiler``, the PostgreSQL hub's
    ``store.ArrayInCompiler``), else ``CHUNK`` at a time (a parameter per id)."""
    step = len(ids) if getattr(session.get_bind().dialect.statement_compiler, "one_array", False) else CHUNK
    for start in range(0, len(ids), max(step, 1)):
        yield ids[start:start + step]


@dataclass
class OpView:
    """What the fold needs of an operation."""

    op_id: str
    device_id: str
    table_name: str
    row_id: str
    kind: str
    changes: dict[str, list[Any]]
    hlc: str
    rank: str | None
    base_version: str | None
    at: dt.datetime

    @property
    def order(self) -> tuple[str, str]:
        return (self.rank or self.hlc, self.op_id)


def synced_table(name: str) -> Table | None:
    """The table sync carries under this name, or None (asked several times for each operation of a batch: one
    dictionary's look-up)."""
    if not _SYNCED:  # made whole first, then added in one step: a thread never sees part of it
        _SYNCED.update({table: Base.metadata.tables[table] for table in synced_tables()})
    return _SYNCED.get(name)


_SYNCED: dict[str, Table] = {}


@functools.cache
def table_fields(table: Table) -> frozenset[str]:
    """The column names of a table, worked out once."""
    return frozenset(table.c.keys())


def python_value(table: Table, field: str, value: Any) -> Any:
    """A JSON value of an operation as the column's Python value (Decimal money, dates, timestamps)."""
    if value is None:
        return None
    convert = _converters(table)[field]
    return value if convert is None else convert(value)


def _decimal(value: Any) -> Decimal:
    made = Decimal(str(value))
    if not made.is_finite():  # "NaN", "Infinity": no amount (money is stored as whole tiyn)
        raise ValueError(f"{value!r} is not an amount")
    return made


def unreadable_field(table: Table, changes: Mapping[str, Sequence[Any]], *, texts: bool = False) -> str | None:
    """The first changed field whose new value its column's converter cannot read (a date that is none, an
    amount that is not a number); with ``texts``, else the first text column holding something else (what a
    derived field reads: it names why a fold failed). None if it finds none."""
    converters = _converters(table)
    for name, change in changes.items():
        value, convert = change[1], converters.get(name)
        if value is None or convert is None:
            continue
        try:
            convert(value)
        except (ValueError, TypeError, ArithmeticError):
            return name
    if texts:
        return next((name for name, change in changes.items() if name in converters and change[1] is not None
                     and _python_type_of(table.c[name]) is str and not isinstance(change[1], str)), None)
    return None


def _python_type_of(column: Any) -> type | None:
    """The column's Python type, None for a type that names none (JSON)."""
    try:
        return column.type.python_type  # type: ignore[no-any-return]
    except NotImplementedError:
        return None


@functools.cache
def _converters(table: Table) -> dict[str, Callable[[Any], Any] | None]:
    """Per column, how a JSON value becomes its Python value (None: as it is); worked out once per table."""
    converters: dict[str, Callable[[Any], Any] | None] = {}
    for column in table.c:
        column_type = column.type
        python_type = _python_type_of(column)
        if isinstance(column_type, Money) or python_type is Decimal:
            converters[column.key] = _decimal
        elif isinstance(column_type, UTCDateTime) or python_type is dt.datetime:
            converters[column.key] = dt.datetime.fromisoformat
        elif python_type is dt.date:
            converters[column.key] = dt.date.fromisoformat
        elif python_type is bool:
            converters[column.key] = bool
        else:
            converters[column.key] = None
    return converters


def fold(table: Table, ops: Sequence[OpView]) -> dict[str, Any] | None:
    """The row the operations make, as column values; None while its insert has not arrived."""
    if len(ops) == 1:  # the usual case in a sync batch: a row's first operation, its insert
        ordered = ops
        if ops[0].kind != "insert":
            return None
    else:
        ordered = sorted(ops, key=lambda op: op.order)
        if not any(op.kind == "insert" for op in ordered):
            return None
    converters = _converters(table)
    state: dict[str, Any] = {}
    for op in ordered:
        for field, (_old, new) in op.changes.items():
            if field in converters:
                convert = converters[field]
                state[field] = new if new is None or convert is None else convert(new)
    for field, compute in derived_fields(table.name).items():
        state[field] = compute(state)
    state["updated_at"] = ordered[-1].at
    return state


def _view(row: Any) -> OpView:
    return OpView(row.op_id, row.device_id, row.table_name, row.row_id, row.kind, row.changes, row.hlc,
                  row.rank, row.base_version, row.at)


def row_operations(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[OpView]]:
    """The operations in effect (not rejected) of the given rows (table, row id), by (table, row id); one
    query per table and chunk, on the (table, row) index."""
    result: dict[tuple[str, str], list[OpView]] = defaultdict(list)
    by_table: dict[str, set[str]] = defaultdict(set)
    for table_name, row_id in keys:
        by_table[table_name].add(row_id)
    columns = [Operation.op_id, Operation.device_id, Operation.table_name, Operation.row_id, Operation.kind,
               Operation.changes, Operation.hlc, Operation.rank, Operation.base_version, Operation.at]
    for table_name, row_ids in sorted(by_table.items()):
        ids = sorted(row_ids)
        query = select(*columns).where(Operation.table_name == table_name, Operation.row_id.in_(IDS),
                                       Operation.state.is_(None))
        for some in id_slices(session, ids):
            for row in session.execute(query, {"ids": some}).all():
                result[(row.table_name, row.row_id)].append(_view(row))
    return result


def materialise(session: Session, keys: Iterable[tuple[str, str]], *, drop_unfounded: bool = False,
                history: dict[tuple[str, str], list[OpView]] | None = None,
                folded: Mapping[str, dict[str, Any]] | None = None) -> int:
    """Write the given rows as the fold of their operations. Returns how many rows changed.

    With ``drop_unfounded`` a row whose insert the hub refused is removed: it never existed anywhere else, and
    its operations stay in the history (marked rejected). ``history``: the rows' operations, when the caller
    has them all already. ``folded``: by op id, the row an insert makes by itself (:func:`fold` of it alone,
    worked out before), taken for a row whose only operation it is."""
    keys = set(keys)
    by_table: dict[str, set[str]] = defaultdict(set)
    for table_name, row_id in keys:
        by_table[table_name].add(row_id)
    ops = history if history is not None else row_operations(session, keys)
    changed = 0
    for table_name, row_ids in sorted(by_table.items()):
        table = synced_table(table_name)
        if table is None:
            continue
        converters = _converters(table)  # every column, in order
        existing: dict[str, dict[str, Any]] = {}
        ordered_ids = sorted(row_ids)
        query = select(table).where(table.c.id.in_(IDS))
        for some in id_slices(session, ordered_ids):
            for row in session.execute(query, {"ids": some}).mappings():
                existing[row["id"]] = dict(row)
        inserts: list[dict[str, Any]] = []
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row_id in ordered_ids:
            made = ops.get((table_name, row_id), [])
            state = folded.get(made[0].op_id) if folded and len(made) == 1 else None
            if state is None:
                state = fold(table, made)
            if state is None:
                if drop_unfounded and row_id in existing:
                    session.execute(table.delete().where(table.c.id == row_id))
                    changed += 1
                continue
            current = existing.get(row_id)
            if current is None:
                new: dict[str, Any] = dict.fromkeys(converters)  # every column, in order, then the fold
                new.update(state)
                inserts.append(new)
                continue
            differing = {k: v for k, v in state.items() if current.get(k) != v}
            if differing:
                updates[tuple(sorted(differing))].append({"_row_id": row_id, **differing})
        if table_name in NATURAL_KEYS:
            changed += _settle_natural_keys(session, table, NATURAL_KEYS[table_name], inserts, updates, existing)
        if inserts:
            insert_rows(session, table, inserts)
            changed += len(inserts)
        for batch in updates.values():  # one statement per set of changed columns
            session.execute(table.update().where(table.c.id == bindparam("_row_id")), batch)
            changed += len(batch)
    return changed


def _settle_natural_keys(session: Session, table: Table, key: tuple[str, ...], inserts: list[dict[str, Any]],
                         updates: dict[tuple[str, ...], list[dict[str, Any]]],
                         existing: dict[str, dict[str, Any]]) -> int:
    """One row per natural key, the one with the smallest id, whatever order the operations arrived in: a row
    about to be written whose key another row holds under a larger id takes its place (that row leaves the
    table, its operations stay in the history); under a smaller id it is not written. Changes ``inserts`` and
    ``updates`` in place; returns how many rows left the table."""
    writing: dict[str, tuple[Any, ...]] = {row["id"]: tuple(row[c] for c in key) for row in inserts}
    for batch in updates.values():
        for row in batch:
            if any(c in row for c in key):
                merged = {**existing[row["_row_id"]], **row}
                writing[row["_row_id"]] = tuple(merged[c] for c in key)
    if not writing:
        return 0
    holders: dict[tuple[Any, ...], set[str]] = defaultdict(set)
    for row_id, values in writing.items():
        holders[values].add(row_id)
    wanted = list(holders)
    for start in range(0, len(wanted), CHUNK):
        rows = session.execute(select(table.c.id, *(table.c[c] for c in key)).where(
            tuple_(*(table.c[c] for c in key)).in_(wanted[start:start + CHUNK]))).all()
        for held in rows:
            holders[tuple(held[1:])].add(held.id)
    keep = {min(ids) for ids in holders.values()}
    dropped = {row_id for ids in holders.values() for row_id in ids if row_id not in keep}
    if not dropped:
        return 0
    inserts[:] = [row for row in inserts if row["id"] not in dropped]
    for columns, batch in updates.items():
        updates[columns] = [row for row in batch if row["_row_id"] not in dropped]
    gone = sorted(row_id for row_id in dropped if row_id in existing or row_id not in writing)
    for start in range(0, len(gone), CHUNK):
        session.execute(table.delete().where(table.c.id.in_(gone[start:start + CHUNK])))
    return len(gone)
