"""Capture: every flush of synced rows writes its operations in the same transaction.

The operation carries what the audit trail shows (who, when, why, what changed from what to what) and what
sync needs (op id, device and sequence, hybrid logical clock, schema version, scope, base version).
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from decimal import Decimal
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from fieldapp.ids import new_id
from fieldapp.model import LocalDevice, Operation, Synced
from fieldapp.model.base import utcnow


@functools.cache
def schema_version() -> int:
    """The number of migrations this build knows: operations from a newer schema are kept aside by sync."""
    from fieldapp.db.migrations import revision_count

    return revision_count()


class HardDeleteRefused(RuntimeError):
    """Nothing is deleted for real: set ``deleted_at`` (a tombstone sync can carry) instead."""


def to_json(value: Any) -> Any:
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
    for column in obj.__table__.columns:
        key = column.key
        if getattr(obj, key, None) is None and column.default is not None:
            default = column.default
            if default.is_callable:
                setattr(obj, key, default.arg(None))
            elif default.is_scalar:
                setattr(obj, key, default.arg)


def _columns(obj: Synced) -> list[str]:
    return [c.key for c in obj.__table__.columns]


def _base_version(session: Session, table: str, row_id: str) -> str | None:
    return session.execute(
        select(Operation.hlc)
        .where(Operation.table_name == table, Operation.row_id == row_id)
        .order_by(Operation.hlc.desc())
        .limit(1)
    ).scalar()


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
            changes = {key: [None, to_json(getattr(obj, key))] for key in _columns(obj)}
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
            if not changes:
                continue
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
        for obj, kind, changes in pending:
            table = obj.__tablename__
            device.last_seq += 1
            cycle_id, settlement_id = obj.sync_scope()
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
                )
            )


def install(session_factory: Any) -> None:
    event.listen(session_factory, "before_flush", _capture)
