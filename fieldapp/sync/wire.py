"""The wire form of an operation: a plain JSON object, the same over HTTP, in bundles and in tests."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any

from sqlalchemy import Text, cast

from fieldapp import limits
from fieldapp.model import Operation

#: what a device sends; the hub adds ``server_seq`` and ``rank`` when it serves an operation
WIRE_FIELDS = (
    "op_id", "device_id", "seq", "hlc", "schema_version", "at", "user_id", "user_name", "reason", "table_name",
    "row_id", "kind", "changes", "base_version", "scope_cycle_id", "scope_settlement_id", "tx_id",
)
SERVED_FIELDS = (*WIRE_FIELDS, "server_seq", "rank")


#: an operation's changes read as the JSON text stored (portable: a cast), to travel without decoding them
CHANGES_TEXT = cast(Operation.__table__.c.changes, Text).label("changes")


def columns(fields: tuple[str, ...], *, changes_text: bool = False) -> list[Any]:
    """The history columns of these fields (``changes`` as stored JSON text when asked)."""
    table = Operation.__table__
    return [CHANGES_TEXT if name == "changes" and changes_text else table.c[name] for name in fields]


def wire_text(row: Any, fields: tuple[str, ...] = WIRE_FIELDS) -> str:
    """A history row (selected with ``columns(fields, changes_text=True)``) as the JSON of its wire form; the
    changes are spliced in as stored, not decoded and encoded again (a push or page holds thousands)."""
    wire = {name: row[name] for name in fields if name != "changes"}
    wire["at"] = wire["at"].isoformat()
    if "rank" in wire:
        wire["rank"] = wire["rank"] or wire["hlc"]
    return f'{json.dumps(wire, ensure_ascii=False, separators=(",", ":"))[:-1]},"changes":{row["changes"]}}}'


def served(row: Any) -> dict[str, Any]:
    """A row of the hub's history (selected with SERVED_FIELDS) in its wire form."""
    wire = dict(row)
    wire["at"] = wire["at"].isoformat()
    wire["rank"] = wire["rank"] or wire["hlc"]
    return wire


def row_of(op: dict[str, Any]) -> dict[str, Any]:
    """A served operation as a row of a replica's history (origin 'remote': it is never captured again)."""
    row = {name: op.get(name) for name in WIRE_FIELDS}
    row["at"] = dt.datetime.fromisoformat(op["at"])
    rank = op.get("rank")
    row.update(origin="remote", server_seq=op.get("server_seq"), rank=None if rank == op["hlc"] else rank,
               state=None)
    return row


def to_wire(op: Operation, *, served: bool = False) -> dict[str, Any]:
    fields = SERVED_FIELDS if served else WIRE_FIELDS
    wire = {name: getattr(op, name) for name in fields}
    wire["at"] = op.at.isoformat()
    if served and wire["rank"] is None:
        wire["rank"] = op.hlc
    return wire


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def digest(wire: dict[str, Any]) -> str:
    """The identity of an operation's content: the same op id with another digest is refused."""
    return hashlib.sha256(canonical({name: wire.get(name) for name in WIRE_FIELDS})).hexdigest()


class MalformedOperation(ValueError):
    pass


_TYPES: dict[str, tuple[type, ...]] = {
    "op_id": (str,), "device_id": (str,), "seq": (int,), "hlc": (str,), "schema_version": (int,), "at": (str,),
    "table_name": (str,), "row_id": (str,), "kind": (str,), "changes": (dict,),
}


_OPTIONAL_TEXT = ("user_id", "user_name", "reason", "base_version", "scope_cycle_id", "scope_settlement_id", "tx_id")
_HLC = re.compile(r"\d{1,15}-\d{1,9}-[^\s]{1,64}")


def check_shape(wire: Any) -> None:
    """Refuse anything that is not an operation before it touches a database."""
    if not isinstance(wire, dict):
        raise MalformedOperation("an operation must be a JSON object")
    for name, types in _TYPES.items():
        if not isinstance(wire.get(name), types) or isinstance(wire.get(name), bool):
            raise MalformedOperation(f"operation field {name!r} is missing or has the wrong type")
    for name in _OPTIONAL_TEXT:
        if not isinstance(wire.get(name), (str, type(None))):
            raise MalformedOperation(f"operation field {name!r} must be text or null")
    if not _HLC.fullmatch(wire["hlc"]) or (wire.get("base_version") and not _HLC.fullmatch(wire["base_version"])):
        raise MalformedOperation("operation field 'hlc' or 'base_version' is not a clock stamp")
    if wire["kind"] not in {"insert", "update", "delete", "restore", "purge"}:
        raise MalformedOperation(f"unknown operation kind {wire['kind']!r}")
    for field, pair in wire["changes"].items():
        if not isinstance(field, str) or not isinstance(pair, list) or len(pair) != 2:
            raise MalformedOperation(f"change of {field!r} must be [old, new]")
    try:
        dt.datetime.fromisoformat(wire["at"])
    except ValueError as exc:
        raise MalformedOperation("operation field 'at' is not a timestamp") from exc
    for problem in limits.row_problems("operation", {name: wire.get(name) for name in WIRE_FIELDS
                                                     if isinstance(wire.get(name), str)}):
        raise MalformedOperation(f"{problem.message} ({problem.code})")
