"""Capture: every flush of synced rows writes its operations in the same transaction.

The operation carries what the audit trail shows (who, when, why, what changed from what to what) and what
sync needs (op id, device and sequence, hybrid logical clock, schema version, scope, base version).

The capture also notes the name of every table a transaction writes (synced or local, by the unit of work or
by an UPDATE/INSERT/DELETE statement): :func:`written_tables` — what the screens refresh after a write.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import time
from decimal import Decimal
from typing import Any, NamedTuple, cast

from sqlalchemy import ColumnDefault, Table, event, inspect, select
from sqlalchemy.orm import Session

from fieldapp import atomic_files
from fieldapp.ids import new_id
from fieldapp.model import Base, LocalDevice, LocalSetting, Operation, Synced
from fieldapp.model.base import utcnow
from fieldapp.model.history import derived_fields, merge_groups

IDENTITY_KEY = "sync.identity"


@functools.cache
def schema_version() -> int:
    """The number of migrations this build knows: operations from a newer schema are kept aside by sync."""
    from fieldapp.db.migrations import revision_count

    return revision_count()


class HardDeleteRefused(RuntimeError):
    """Nothing is deleted for real: set ``deleted_at`` (a tombstone sync can carry) instead."""


#: values JSON holds as they are (the usual case, answered by one look-up)
_AS_IS = frozenset({str, int, float, bool, type(None)})


def to_json(value: Any) -> Any:
    if type(value) in _AS_IS:
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def next_hlc(device: LocalDevice, now_ms: int | None = None) -> str:
    """Advance the device's hybrid logical clock and return its stamp (sortable as text)."""
    wall = int(time.time() * 1000) if now_ms is None else now_ms
    if wall > device.hlc_wall:
        device.hlc_wall, device.hlc_counter = wall, 0
    else:
        device.hlc_counter += 1
    return format_hlc(device.hlc_wall, device.hlc_counter, device.device_id)


def format_hlc(wall: int, counter: int, device_id: str) -> str:
    return f"{wall:015d}-{counter:05d}-{device_id[-8:]}"


def _apply_defaults(obj: Synced) -> None:
    """Python-side column defaults are applied at INSERT; the operation needs them now."""
    for key, default in _columns_of(obj).defaults:
        if getattr(obj, key, None) is None:
            if default.is_callable:
                setattr(obj, key, default.arg(None))
            elif default.is_scalar:
                setattr(obj, key, default.arg)


def table_of(obj: Any) -> Table:
    """The table a mapped object is stored in."""
    return cast(Table, inspect(obj).mapper.local_table)


class _Columns(NamedTuple):
    keys: tuple[str, ...]
    #: the keys an insert's operation carries: every column but the derived ones (``derived_fields``), which each
    #: replica works out for itself
    captured: tuple[str, ...]
    #: (column, default) of the columns with a Python-side default
    defaults: tuple[tuple[str, ColumnDefault], ...]
    #: (table, column) of each reference a row's scope follows, in column order
    parents: tuple[tuple[str, str], ...]


#: a class's columns, worked out at its first capture (an import captures thousands of rows in one flush)
_COLUMNS: dict[type, _Columns] = {}


def _columns_of(obj: Synced) -> _Columns:
    found = _COLUMNS.get(type(obj))
    if found is None:
        columns = table_of(obj).columns
        derived = derived_fields(obj.__tablename__)
        found = _COLUMNS[type(obj)] = _Columns(
            tuple(c.key for c in columns), tuple(c.key for c in columns if c.key not in derived),
            tuple((c.key, c.default) for c in columns if isinstance(c.default, ColumnDefault)),
            tuple((fk.column.table.name, c.key) for c in columns for fk in c.foreign_keys
                  if fk.column.table.name != "user_profile" and c.key != "parent_id"))
    return found


def _columns(obj: Synced) -> tuple[str, ...]:
    return _columns_of(obj).keys


@functools.cache
def _class_of(table: str) -> type | None:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    return None


def row_scope(session: Session, obj: Any, cache: dict[Any, tuple[str | None, str | None]] | None = None,
              depth: int = 0, pending: dict[tuple[str, str], Any] | None = None) -> tuple[str | None, str | None]:
    """(cycle, settlement) of a row: its own, filled in from the rows it belongs to (attendance → session →
    training; review score → review → application → call), following references in column order so every
    device computes the same scope. ``pending`` holds the rows being inserted by this flush by (table, id): a
    parent made in the same flush as its child is not in the database yet."""
    cache = {} if cache is None else cache
    if pending is None:
        pending = {(o.__tablename__, o.id): o for o in session.new if isinstance(o, Synced)}
    key = (type(obj), obj.id)
    if key in cache:
        return cache[key]
    cycle, settlement = obj.sync_scope()
    if depth < 4:
        parents: list[tuple[str, Any]] = [(table, getattr(obj, key, None)) for table, key in _columns_of(obj).parents]
        if hasattr(obj, "subject_table") and hasattr(obj, "subject_id"):
            parents.append((obj.subject_table, obj.subject_id))
        for table, parent_id in parents:
            if cycle is not None and settlement is not None:
                break
            cls = _class_of(table) if parent_id else None
            parent = pending.get((table, parent_id)) if cls is not None else None
            if parent is None and cls is not None:
                parent = session.get(cls, parent_id)
                # held for the transaction: the identity map is weak, and the next flush asks for it again
                session.info.setdefault("scope_parents", {})[(table, parent_id)] = parent
            if parent is not None:
                parent_cycle, parent_settlement = row_scope(session, parent, cache, depth + 1, pending)
                cycle, settlement = cycle or parent_cycle, settlement or parent_settlement
    cache[key] = (cycle, settlement)
    return cycle, settlement


def install_id() -> str:
    """A random marker of this installation, kept outside any database (a copied file does not carry it)."""
    from fieldapp.paths import data_dir

    marker = data_dir() / "install-id"
    if not marker.exists():
        atomic_files.write_text(marker, new_id())
    return marker.read_text().strip()


def _fingerprint(session: Session) -> str | None:
    path = session.get_bind().engine.url.database
    if not path or path == ":memory:":
        return None
    stat = os.stat(path)
    return f"{install_id()}|{stat.st_dev}|{stat.st_ino}"


def _engine_of(session: Session) -> Any:
    bind = session.get_bind()
    return getattr(bind, "engine", bind)  # a session bound to a connection (applying the hub's operations)


def check_identity(session: Session) -> bool:
    """Renew the device id when the file was copied (another installation or another file): two devices must
    never share a sequence. Returns True when the id was renewed.

    The renewal is part of the session's transaction, and the engine remembers that the file was checked only
    when that transaction commits: a rollback undoes the renewal and the next transaction checks again."""
    engine = _engine_of(session)
    if getattr(engine, "_fieldapp_identity_checked", False) or session.info.get("identity_checked"):
        return False
    fingerprint = _fingerprint(session)
    renewed = False
    if fingerprint is not None:
        stored = session.get(LocalSetting, IDENTITY_KEY)
        device = session.get(LocalDevice, 1)
        # no fingerprint yet: a fresh file, or a copy of a template; a new id is safe either way
        if (stored is None or stored.value != fingerprint) and device is not None:
            device.device_id = new_id()
            device.prefix = device.device_id[-4:].upper()
            device.last_seq = 0
            renewed = True
        if stored is None:
            session.add(LocalSetting(key=IDENTITY_KEY, value=fingerprint))
        elif stored.value != fingerprint:
            stored.value = fingerprint
    session.info["identity_checked"] = engine
    return renewed


def _with_groups(obj: Synced, changes: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """A field of a merge group carries its whole group, so the group merges as one unit."""
    for group in merge_groups(obj.__tablename__):
        if any(field in changes for field in group):
            for field in group:
                if field not in changes:
                    value = to_json(getattr(obj, field))
                    changes[field] = [value, value]
    return changes


def _base_version(session: Session, table: str, row_id: str) -> str | None:
    return session.execute(
        select(Operation.hlc)
        .where(Operation.table_name == table, Operation.row_id == row_id)
        .order_by(Operation.hlc.desc())
        .limit(1)
    ).scalar()


def _derive(session: Session, _flush_context: Any, _instances: Any) -> None:
    """Every derived column (``derived_fields``: a person's search key, a name's sort keys) worked out from its
    row as the row is written — the one rule of every write through the ORM, made here or applied from elsewhere;
    the merge's writes at the driver work them out in ``sync.merge.fold``."""
    with session.no_autoflush:
        for obj in (*session.new, *session.dirty):
            derived = derived_fields(obj.__tablename__) if isinstance(obj, Synced) else None
            if not derived:
                continue
            row = {key: getattr(obj, key) for key in _columns(obj)}
            for field, compute in derived.items():
                value = compute(row)
                if getattr(obj, field) != value:
                    setattr(obj, field, value)


def _capture(session: Session, _flush_context: Any, _instances: Any) -> None:
    if session.info.get("applying_remote"):
        return
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise HardDeleteRefused(f"{type(obj).__name__} rows are never deleted: set deleted_at instead")
    pending: list[tuple[Synced, str, dict[str, list[Any]]]] = []
    now = utcnow()
    user_id = session.info.get("user_id")
    with session.no_autoflush:
        for obj in list(session.new):
            if not isinstance(obj, Synced):
                continue
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            _apply_defaults(obj)
            obj.created_by = obj.created_by or user_id
            values = inspect(obj).dict  # a value set is read from there at once; one never set through getattr
            changes = {key: [None, to_json(values[key] if key in values else getattr(obj, key))]
                       for key in _columns_of(obj).captured}
            pending.append((obj, "insert", changes))
        for obj in list(session.dirty):
            if not isinstance(obj, Synced) or not session.is_modified(obj, include_collections=False):
                continue
            state = inspect(obj)
            changes = {}
            for key in _columns(obj):
                hist = state.attrs[key].history
                if not hist.has_changes():
                    continue
                old = hist.deleted[0] if hist.deleted else None
                new = hist.added[0] if hist.added else None
                if old != new:
                    changes[key] = [to_json(old), to_json(new)]
            changes.pop("updated_at", None)
            for derived in derived_fields(obj.__tablename__):
                changes.pop(derived, None)
            if not changes:
                continue
            changes = _with_groups(obj, changes)
            obj.updated_at = now
            kind = "update"
            if "deleted_at" in changes:
                kind = "delete" if changes["deleted_at"][1] is not None else "restore"
            pending.append((obj, kind, changes))
        if not pending:
            return
        device = session.get(LocalDevice, 1)
        if device is None:
            raise RuntimeError("database has no device identity: open it through fieldapp.db.Database")
        check_identity(session)
        tx_id = session.info.setdefault("tx_id", new_id())
        scopes: dict[Any, tuple[str | None, str | None]] = {}
        inserted = {(obj.__tablename__, obj.id): obj for obj, kind, _changes in pending if kind == "insert"}
        for obj, kind, changes in pending:
            table = obj.__tablename__
            device.last_seq += 1
            cycle_id, settlement_id = row_scope(session, obj, scopes, pending=inserted)
            session.add(
                Operation(
                    op_id=new_id(),
                    device_id=device.device_id,
                    seq=device.last_seq,
                    hlc=next_hlc(device),
                    schema_version=schema_version(),
                    at=now,
                    user_id=user_id,
                    user_name=session.info.get("user_name"),
                    reason=session.info.get("reason"),
                    table_name=table,
                    row_id=obj.id,
                    kind=kind,
                    changes=changes,
                    base_version=None if kind == "insert" else _base_version(session, table, obj.id),
                    scope_cycle_id=cycle_id,
                    scope_settlement_id=settlement_id,
                    origin="local",
                    tx_id=tx_id,
                )
            )


WRITTEN_KEY = "written_tables"


def written_tables(session: Session) -> frozenset[str]:
    """The tables the session's current (or last committed) transaction wrote."""
    return frozenset(session.info.get(WRITTEN_KEY, ()))


def _note_flushed(session: Session, _flush_context: Any, _instances: Any) -> None:
    """After the capture (its operations and the device's clock are written in the same flush)."""
    written = session.info.setdefault(WRITTEN_KEY, set())
    for obj in (*session.new, *session.deleted):
        written.add(inspect(obj).mapper.local_table.name)
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            written.add(inspect(obj).mapper.local_table.name)


def _note_statement(state: Any) -> None:
    """An INSERT, UPDATE or DELETE executed as a statement (sync's bulk writes) bypasses the unit of work."""
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if name:
            state.session.info.setdefault(WRITTEN_KEY, set()).add(name)


def _begin_transaction(session: Session, transaction: Any) -> None:
    if transaction.parent is None:  # a savepoint's writes belong to the transaction around it
        session.info[WRITTEN_KEY] = set()


def _end_transaction(session: Session, *_args: Any) -> None:
    session.info.pop("tx_id", None)
    session.info.pop("scope_parents", None)
    session.info.pop("identity_checked", None)


def _committed(session: Session) -> None:
    engine = session.info.get("identity_checked")
    if engine is not None:  # the check (and a renewal) is in the file now: no need to look again
        engine._fieldapp_identity_checked = True
    _end_transaction(session)


def install(session_factory: Any) -> None:
    event.listen(session_factory, "before_flush", _derive)
    event.listen(session_factory, "before_flush", _capture)
    event.listen(session_factory, "before_flush", _note_flushed)
    event.listen(session_factory, "do_orm_execute", _note_statement)
    event.listen(session_factory, "after_transaction_create", _begin_transaction)
    event.listen(session_factory, "after_commit", _committed)
    event.listen(session_factory, "after_rollback", _end_transaction)
