"""Purging a person: their personal data is blanked in the record and in every operation that ever held it,
on this replica and, through the purge operation, on every other one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import String, select, update
from sqlalchemy.orm import Session

from fieldapp.db.history import check_identity, next_hlc, schema_version
from fieldapp.ids import new_id
from fieldapp.model import Conflict, Consent, LocalDevice, Operation
from fieldapp.model.base import utcnow
from fieldapp.model.history import SyncConflict, personal_fields
from fieldapp.sync.merge import OpView, materialise, synced_table

PURGED_TEXT = "—"


def blank_value(table_name: str, field: str) -> Any:
    """What a purged field holds: NULL where the column allows it, a dash where text is required."""
    table = synced_table(table_name)
    assert table is not None
    column = table.c[field]
    if column.nullable:
        return None
    return PURGED_TEXT if isinstance(column.type, String) else 0


def scrub_row_history(session: Session, table_name: str, row_id: str) -> None:
    """Blank the personal fields of a row in every operation of its history, and in its conflicts."""
    fields = personal_fields(table_name)
    if not fields:
        return
    ops = session.execute(select(Operation.op_id, Operation.changes).where(
        Operation.table_name == table_name, Operation.row_id == row_id)).all()
    for op_id, changes in ops:
        scrubbed = {name: ([blank_value(table_name, name)] * 2 if name in fields else pair)
                    for name, pair in changes.items()}
        if scrubbed != changes:
            session.execute(update(Operation).where(Operation.op_id == op_id).values(changes=scrubbed))
    for conflict in session.scalars(select(SyncConflict).where(SyncConflict.row_id == row_id)):
        conflict.winner = conflict.loser = None
    _scrub_conflicts(session, table_name, row_id)


#: what a conflict record holds of its record's values (blanked with the record's personal data)
CONFLICT_VALUES = ("subject_name", "kept", "lost", "params", "resolution")


def _scrub_conflicts(session: Session, table_name: str, row_id: str) -> None:
    """The shared conflicts about a purged record lose its values and name, in their rows and operations."""
    ids = list(session.scalars(select(Conflict.id).where(Conflict.subject_table == table_name,
                                                         Conflict.subject_id == row_id)))
    if not ids:
        return
    for op_id, changes in session.execute(select(Operation.op_id, Operation.changes).where(
            Operation.table_name == "conflict", Operation.row_id.in_(ids))).all():
        scrubbed = {name: ([None, None] if name in CONFLICT_VALUES else pair) for name, pair in changes.items()}
        if scrubbed != changes:
            session.execute(update(Operation).where(Operation.op_id == op_id).values(changes=scrubbed))
    materialise(session, {("conflict", conflict_id) for conflict_id in ids})


def scrub_purged(session: Session, keys: Iterable[tuple[str, str]],
                 history: Mapping[tuple[str, str], list[OpView]]) -> None:
    """Rows with a purge anywhere in their history stay blank, whatever arrives after it."""
    for key in keys:
        if any(op.kind == "purge" for op in history.get(key, [])):
            scrub_row_history(session, *key)


def purge_person(session: Session, person_id: str, reason: str | None = None) -> int:
    """Blank a person's personal data (and their consents') everywhere, history included. Returns the number
    of rows purged. Must run inside a write transaction of the database."""
    rows = [("person", person_id)]
    rows += [("consent", cid) for cid in session.scalars(  # withdrawn (deleted) consents are blanked too
        select(Consent.id).where(Consent.person_id == person_id).execution_options(include_deleted=True))]
    device = session.get(LocalDevice, 1)
    assert device is not None
    check_identity(session)
    now = utcnow()
    tx_id = new_id()
    for table_name, row_id in rows:
        fields = personal_fields(table_name)
        device.last_seq += 1
        scope = session.execute(select(Operation.scope_cycle_id, Operation.scope_settlement_id).where(
            Operation.table_name == table_name, Operation.row_id == row_id).limit(1)).first()
        session.add(Operation(
            op_id=new_id(), device_id=device.device_id, seq=device.last_seq, hlc=next_hlc(device),
            schema_version=schema_version(), at=now, user_id=session.info.get("user_id"),
            user_name=session.info.get("user_name"), reason=reason or session.info.get("reason"),
            table_name=table_name, row_id=row_id, kind="purge",
            changes={f: [None, blank_value(table_name, f)] for f in fields},
            base_version=None, scope_cycle_id=scope[0] if scope else None,
            scope_settlement_id=scope[1] if scope else None, origin="local", tx_id=tx_id))
        session.flush()
        scrub_row_history(session, table_name, row_id)
    session.expunge_all()
    materialise(session, rows)
    return len(rows)
