"""The changes made on this laptop are read from their own index (``ix_operation_local``, migration 0020): the
status bar's state, asked after every write, counts them and those waiting to be sent without reading the whole
history, and the counts are those of the history itself (issue 18)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event, insert, select, update

from fieldapp.db import open_database
from fieldapp.ids import new_id
from fieldapp.model import Operation
from fieldapp.sync.apply import set_setting
from fieldapp.sync.keys import DELIVERED
from fieldapp.sync.state import pending_count, sync_state


def _statements(db, work) -> list[tuple[str, tuple]]:
    seen: list[tuple[str, tuple]] = []

    def listen(_conn, _cursor, statement, parameters, _context, _many) -> None:
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        with db.reading() as s:
            result = work(s)
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)
    return result, seen


def test_the_status_bar_counts_local_changes_from_their_index_and_counts_them_right(demo_path: Path) -> None:
    db = open_database(demo_path)
    with db.transaction() as s:
        local = s.execute(select(Operation).where(Operation.origin == "local").order_by(Operation.seq)
                          .limit(50)).scalars().all()
        device = local[0].device_id
        # operations pulled from the hub: other laptops' and one with this laptop's device id (as after a restore)
        pulled = [{c.name: getattr(op, c.key) for c in Operation.__table__.c} | {
            "op_id": new_id(), "origin": "remote", "seq": op.seq + 1_000_000,
            "device_id": device if n == 0 else "other-laptop"} for n, op in enumerate(local[:20])]
        s.execute(insert(Operation), pulled)
        set_setting(s, DELIVERED + device, str(local[29].seq))
        s.execute(update(Operation).where(Operation.op_id == local[40].op_id).values(state="rejected"))
    with db.reading() as s:
        history = s.execute(select(Operation.origin, Operation.device_id, Operation.seq)).all()
    made_here = [(d, seq) for origin, d, seq in history if origin == "local"]
    waiting = [seq for d, seq in made_here if d == device and seq > local[29].seq]
    assert len(waiting) > 1000 and len(made_here) > len(waiting)

    state, statements = _statements(db, sync_state)
    assert (state.pending, state.delivered) == (len(waiting), len(made_here) - len(waiting))
    with db.reading() as s:
        assert pending_count(s) == len(waiting)
        read_history = [(sql, parameters) for sql, parameters in statements if "FROM operation" in sql]
        assert len(read_history) >= 3
        for sql, parameters in read_history:
            plan = [row[3] for row in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", parameters)]
            reads = [step for step in plan if step.startswith(("SCAN operation", "SEARCH operation"))]
            # the index of the changes made here, never a pass over every operation
            assert reads and all("ix_operation_local" in step for step in reads), (sql, plan)
    db.close()
