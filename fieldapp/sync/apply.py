"""A laptop applies what the hub serves: stored with origin 'remote' (never captured again), folded into the
rows, all in one transaction with the pull cursor, so a crash leaves the database as it was."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

import orjson
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from fieldapp.db import Database
from fieldapp.db.bulk import insert_rows
from fieldapp.db.history import schema_version
from fieldapp.db.id_lists import JSON_IDS
from fieldapp.model import LocalDevice, LocalSetting, Operation
from fieldapp.model.base import utcnow
from fieldapp.model.history import SyncParked
from fieldapp.sync.merge import OpView, materialise, row_operations, synced_table, table_fields
from fieldapp.sync.purge import scrub_purged
from fieldapp.sync.renumber import clashing_local, note, renumber
from fieldapp.sync.wire import ServedOp, parse_served, row_of


@contextlib.contextmanager
def remote_session(db: Database) -> Iterator[Session]:
    """A write transaction for applying the hub's operations: not captured again, and references not enforced
    (a device limited to some settlements holds records that refer to rows outside its scope)."""
    with db.write_engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with db.Session(bind=conn) as session, session.begin():
                session.info["applying_remote"] = True
                yield session
        finally:
            driver.execute("PRAGMA foreign_keys=ON")


def by_ids(session: Session, sql: str, ids: Sequence[str]) -> Iterator[Any]:
    """The rows of ``sql`` for ``ids`` at the driver (SQLite), its ``IN ({})`` reading them from one JSON
    parameter as ``merge.IDS`` does (``db.id_lists``): one statement whatever their number."""
    yield from session.connection().exec_driver_sql(sql.format(JSON_IDS), (orjson.dumps(list(ids)).decode(),))


def _known(session: Session, op_ids: list[str]) -> dict[str, tuple[str | None, int | None]]:
    return {op_id: (rank, server_seq) for op_id, rank, server_seq in by_ids(
        session, "SELECT op_id, rank, server_seq FROM operation WHERE op_id IN ({})", op_ids)}


def _fits_schema(op: ServedOp, current: int | None = None, fields: dict[str, frozenset[str] | None] | None = None
                 ) -> bool:
    """Whether this installation understands the operation: its schema (``current``, this build's), its table
    and its fields (``fields`` remembers each table's across a page: worked out per operation, they were a
    tenth of applying it)."""
    fields = {} if fields is None else fields
    if op.table_name not in fields:
        table = synced_table(op.table_name)
        fields[op.table_name] = None if table is None else table_fields(table)
    known = fields[op.table_name]
    return (op.schema_version <= (schema_version() if current is None else current) and known is not None
            and known.issuperset(op.changes))


def apply_remote(session: Session, ops: list[Any]) -> dict[str, int]:
    """Apply served operations (in acceptance order; ServedOps, or JSON objects checked here whole). Returns
    counts: received, parked."""
    ops = parse_served(ops)
    known = _known(session, [op.op_id for op in ops])
    for device_id, first in clashing_local(session, [op for op in ops if op.op_id not in known]).items():
        notes = session.info.setdefault("sync_notes", [])
        notes.append(note(renumber(session, device_id, first)))
    keys: set[tuple[str, str]] = set()
    rows: list[dict[str, Any]] = []
    parked = 0
    current, fields = schema_version(), dict[str, frozenset[str] | None]()
    for op in ops:
        served_rank = op.rank or op.hlc
        if op.op_id in known:
            rank, server_seq = known[op.op_id]
            if (rank or op.hlc) != served_rank or server_seq != op.server_seq:
                session.execute(update(Operation).where(Operation.op_id == op.op_id).values(
                    rank=None if served_rank == op.hlc else served_rank, server_seq=op.server_seq))
                keys.add((op.table_name, op.row_id))
            continue
        if not _fits_schema(op, current, fields):
            if session.get(SyncParked, op.op_id) is None:
                session.add(SyncParked(op_id=op.op_id, schema_version=op.schema_version, payload=op.wire(),
                                       received_at=utcnow()))
                parked += 1
            continue
        rows.append(row_of(op))
        keys.add((op.table_name, op.row_id))
    # the rows' earlier operations, read before the new ones are written: the fold needs them all
    history = row_operations(session, keys)
    if rows:
        insert_rows(session, Operation.__table__, rows)
        for row in rows:
            history[(row["table_name"], row["row_id"])].append(OpView(
                row["op_id"], row["device_id"], row["table_name"], row["row_id"], row["kind"], row["changes"],
                row["hlc"], row["rank"], row["base_version"], row["at"]))
        _follow_clock(session, [row["rank"] or row["hlc"] for row in rows])
    if keys:
        if any(view.kind == "purge" for key in keys for view in history[key]):
            scrub_purged(session, keys, history)
            history = row_operations(session, keys)
        materialise(session, keys, history=history)
    return {"received": len(rows), "parked": parked}


def _follow_clock(session: Session, stamps: list[str]) -> None:
    """Hybrid logical clock: the next local change is stamped after everything this laptop has seen."""
    device = session.get(LocalDevice, 1)
    assert device is not None
    wall = max(int(stamp.split("-")[0]) for stamp in stamps)
    if wall > device.hlc_wall:
        device.hlc_wall, device.hlc_counter = wall, 0


def unpark(session: Session) -> int:
    """Apply operations kept aside from a newer schema once this installation understands them."""
    parked = session.scalars(select(SyncParked).order_by(SyncParked.received_at)).all()
    ready = [(p, op) for p, op in zip(parked, parse_served([p.payload for p in parked]), strict=True)
             if _fits_schema(op)]
    if not ready:
        return 0
    payloads = sorted((op for _p, op in ready), key=lambda op: op.server_seq or 0)
    for p, _op in ready:
        session.delete(p)
    session.flush()
    apply_remote(session, payloads)
    return len(ready)


def set_setting(session: Session, key: str, value: str | None) -> None:
    session.merge(LocalSetting(key=key, value=value))


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row else None
