"""A laptop whose operations are numbered like another laptop's: a database file copied to two laptops before
either renewed its device id. Its work is kept: the clashing operations (and every later one of that device
id) move to a new device id, numbered from 1, and go to the hub again; none is deleted.

The hub says so in a push answer (result ``clash``); a pull that brings the other laptop's operations under
the same numbers finds it too (``clashing_local``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from fieldapp.ids import new_id
from fieldapp.model import LocalDevice, LocalSetting, Operation
from fieldapp.model.history import SyncRejection, made_here
from fieldapp.sync.keys import DELIVERED  # noqa: E402,F401 - also read as renumber.DELIVERED
from fieldapp.sync.merge import materialise
from fieldapp.sync.wire import WireOp


def note(moved: int) -> str:
    """The one line a person reads."""
    return (f"this database was copied from another laptop's and used its device id: {moved} change(s) made "
            "here now go under a new device id and are sent again (nothing was lost)")


def renumber(session: Session, device_id: str, from_seq: int) -> int:
    """Move this laptop's operations of ``device_id`` numbered ``from_seq`` and on to a new device id; returns
    how many moved. Operations the hub refused for the clash are in effect again (they are sent anew)."""
    table = Operation.__table__
    moved = session.execute(select(Operation.op_id, Operation.table_name, Operation.row_id, Operation.state).where(
        made_here(), Operation.device_id == device_id, Operation.seq >= from_seq)
        .order_by(Operation.seq)).all()
    if not moved:
        return 0
    fresh = new_id()
    session.execute(update(table).where(table.c.op_id == bindparam("_op_id")).values(
        device_id=fresh, seq=bindparam("_seq"), state=None, server_seq=None),
        [{"_op_id": row.op_id, "_seq": number} for number, row in enumerate(moved, 1)])
    refused = [row.op_id for row in moved if row.state is not None]
    if refused:
        session.execute(delete(SyncRejection).where(SyncRejection.op_id.in_(refused)))
        materialise(session, {(row.table_name, row.row_id) for row in moved if row.state is not None})
    device = session.get(LocalDevice, 1)
    assert device is not None
    if device.device_id == device_id:
        device.device_id, device.prefix, device.last_seq = fresh, fresh[-4:].upper(), len(moved)
    delivered = session.get(LocalSetting, DELIVERED + device_id)
    if delivered is not None and int(delivered.value or 0) >= from_seq:
        delivered.value = str(from_seq - 1)
    session.flush()
    return len(moved)


def clashing_local(session: Session, ops: Iterable[WireOp]) -> dict[str, int]:
    """Per device id, the lowest number at which an operation served by the hub and one made here share a
    number but not an id."""
    wanted: dict[str, dict[int, str]] = defaultdict(dict)
    for op in ops:
        wanted[op.device_id][op.seq] = op.op_id
    found: dict[str, int] = {}
    for device_id, numbers in wanted.items():
        held = session.execute(select(Operation.seq, Operation.op_id).where(
            Operation.device_id == device_id, made_here(),
            Operation.seq >= min(numbers), Operation.seq <= max(numbers))).all()
        clashes = [seq for seq, op_id in held if numbers.get(seq, op_id) != op_id]
        if clashes:
            found[device_id] = min(clashes)
    return found

