"""Conflicts for people: what the hub kept and what it set aside, listed the same way on a laptop and at the
hub (``fieldapp conflicts list``, ``fieldapp server conflicts``), and resolved by a person — a resolution is a
change like any other, so it syncs to the hub and every other laptop.

A resolution of a ``field`` conflict keeps the value kept, the value lost, or a typed one (for each field of
the conflict); of a ``delete_edit`` conflict keeps the record (``kept``) or deletes it again (``lost``); a
``rule`` conflict (an action refused) is acknowledged (``kept``): the refused action is not in any replica.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.db.history import to_json
from fieldapp.model import Base, Conflict
from fieldapp.model.base import utcnow
from fieldapp.sync.merge import python_value, synced_table
from fieldapp.validation import Invalid

#: columns that name a record, the first present wins
NAME_FIELDS = ("full_name", "title", "name_ru", "name", "registration_number", "draft_number", "number")
#: references whose record's name goes into a record's name (an attendance is its person at its training)
NAMED_REFERENCES = (("person_id", "person"), ("training_id", "training"), ("session_id", "training_session"),
                    ("application_id", "application"), ("call_id", "grant_call"))
CHOICES = ("kept", "lost")


def record_name(session: Session, table_name: str, row_id: str, depth: int = 0) -> str:
    """A name a person recognises a record by (its own, and those of the records it belongs to)."""
    table = synced_table(table_name)
    found = None if table is None else session.execute(select(table).where(table.c.id == row_id)).mappings().first()
    if found is None:
        return f"{table_name} {row_id[:8]}"
    row = dict(found)  # a plain dict: a row mapping also answers "person_id" with the person's "id"
    parts = [str(row[name]) for name in NAME_FIELDS if name in row and row[name]][:1]
    if not parts and table_name == "training_session" and row.get("starts_at"):
        parts = [row["starts_at"].strftime("%d.%m.%Y %H:%M")]
    if depth < 2:
        parts += [record_name(session, target, row[ref], depth + 1) for ref, target in NAMED_REFERENCES
                  if row.get(ref)]
    return " — ".join(parts) if parts else f"{table_name} {row_id[:8]}"


def _side(conflict: Conflict, side: str) -> dict[str, Any]:
    at = getattr(conflict, f"{side}_at")
    return {"values": getattr(conflict, side), "by": getattr(conflict, f"{side}_by"),
            "device": getattr(conflict, f"{side}_device"), "at": at.isoformat() if at else None,
            "op_id": getattr(conflict, f"{side}_op")}


def describe(conflict: Conflict) -> dict[str, Any]:
    """A conflict as the command line and the interface show it (JSON-ready)."""
    return {
        "id": conflict.id, "kind": conflict.kind,
        "record": {"table": conflict.subject_table, "id": conflict.subject_id, "name": conflict.subject_name},
        "fields": conflict.fields, "kept": _side(conflict, "kept"), "lost": _side(conflict, "lost"),
        "message": conflict.message, "code": conflict.code, "params": conflict.params,
        "detected_at": conflict.created_at.isoformat() if conflict.created_at else None,
        "resolved": conflict.resolved_at is not None,
        "resolved_at": conflict.resolved_at.isoformat() if conflict.resolved_at else None,
        "resolved_by": conflict.resolved_by, "resolution": conflict.resolution,
    }


def listing(session: Session, *, unresolved: bool = False, device_id: str | None = None) -> list[dict[str, Any]]:
    """Every conflict, newest first; ``unresolved`` only those still open; ``device_id`` only those whose
    losing value was made by that device."""
    query = select(Conflict)
    if unresolved:
        query = query.where(Conflict.resolved_at.is_(None))
    if device_id:
        query = query.where(Conflict.lost_device == device_id)
    return [describe(c) for c in session.scalars(query.order_by(Conflict.created_at.desc(), Conflict.id))]


def _model(table_name: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table_name:
            return mapper.class_
    raise Invalid("conflict.record", f"No record of {table_name}", params={"table": table_name})


def resolve_conflict(session: Session, conflict_id: str, value: str | Mapping[str, Any],
                     *, by: str | None = None) -> Conflict:
    """A person's decision: ``"kept"`` (the value the merge kept), ``"lost"`` (the value it set aside) or
    ``{field: value}`` (typed, JSON form as the conflict shows it) for a field conflict. The record gets the
    value as an ordinary change and the conflict is marked resolved, in the caller's transaction; both sync."""
    conflict = session.get(Conflict, conflict_id)
    if conflict is None or conflict.deleted_at is not None:
        raise Invalid("conflict.unknown", f"No conflict {conflict_id}", params={"id": conflict_id})
    if conflict.resolved_at is not None:
        raise Invalid("conflict.resolved", f"This conflict was resolved by {conflict.resolved_by or 'someone'}",
                      params={"name": conflict.resolved_by or ""})
    if isinstance(value, str) and value not in CHOICES:
        raise Invalid("conflict.value", "Keep the value kept, the value lost, or type one", "value")
    if conflict.kind == "rule" and value != "kept":
        raise Invalid("conflict.value", "A refused action can only be acknowledged", "value")
    record = session.get(_model(conflict.subject_table), conflict.subject_id)
    if record is None and conflict.kind != "rule":
        raise Invalid("conflict.record", f"No record of {conflict.subject_table}",
                      params={"table": conflict.subject_table})
    if conflict.kind == "field":
        values = dict(getattr(conflict, value) or {}) if isinstance(value, str) else dict(value)
        strangers = sorted(set(values) - set(conflict.fields))
        if strangers:
            raise Invalid("conflict.field", f"{strangers[0]} is not a field of this conflict", "value",
                          {"field": strangers[0]})
        table = synced_table(conflict.subject_table)
        assert table is not None
        for name, new in values.items():
            setattr(record, name, python_value(table, name, new))
        resolution: dict[str, Any] = {name: to_json(new) for name, new in values.items()}
    else:
        if conflict.kind == "delete_edit" and value == "lost" and record is not None:
            record.deleted_at = utcnow()
        resolution = {"choice": value}
    conflict.resolved_at = utcnow()
    conflict.resolved_by = by or session.info.get("user_name")
    conflict.resolution = resolution
    session.flush()
    return conflict

