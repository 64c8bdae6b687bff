"""The wire form of an operation: a JSON object, the same over HTTP, in bundles and in tests, read into a Pydantic
model (``WireOp``; ``ServedOp`` with what the hub adds), whole batches at a time (a push holds thousands)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Annotated, Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator
from sqlalchemy import Text, cast

from fieldapp.gc_pause import gc_paused
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
    return f'{orjson.dumps(wire).decode()[:-1]},"changes":{row["changes"]}}}'


def served(row: Any) -> dict[str, Any]:
    """A row of the hub's history (selected with SERVED_FIELDS) in its wire form."""
    wire = dict(row)
    wire["at"] = wire["at"].isoformat()
    wire["rank"] = wire["rank"] or wire["hlc"]
    return wire


def row_of(op: WireOp, server_seq: int | None = None, rank: str | None = None) -> dict[str, Any]:
    """An operation as a row of a replica's history (origin 'remote': it is never captured again); a served
    operation carries its acceptance number and rank, the hub gives them to a pushed one."""
    row = dict(op.__dict__)  # a model's fields (extra ones are ignored when it is read)
    row["at"] = dt.datetime.fromisoformat(op.at)
    if isinstance(op, ServedOp):
        server_seq, rank = op.server_seq, op.rank
    row.update(origin="remote", server_seq=server_seq, rank=None if rank == op.hlc else rank, state=None)
    return row


def to_wire(op: Operation, *, served: bool = False) -> dict[str, Any]:
    fields = SERVED_FIELDS if served else WIRE_FIELDS
    wire = {name: getattr(op, name) for name in fields}
    wire["at"] = op.at.isoformat()
    if served and wire["rank"] is None:
        wire["rank"] = op.hlc
    return wire


def canonical(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes behind a digest. orjson writes the same bytes as ``json.dumps``
    for text, whole numbers, booleans and null; numbers with a fraction (spelt differently by each) and integers
    beyond 64 bits go through ``json.dumps`` so a digest never changes."""
    if _orjson_safe(value):
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


_PLAIN_TYPES = (str, bool, type(None))


def _orjson_safe_changes(changes: dict[str, list[Any]]) -> bool:
    for pair in changes.values():
        for value in pair:
            kind = type(value)
            if kind is str or value is None or kind is bool:
                continue
            if kind is int and -(2**63) <= value < 2**64:
                continue
            if not _orjson_safe(value):
                return False
    return True


def _orjson_safe(value: Any) -> bool:
    kind = type(value)
    if kind in _PLAIN_TYPES:
        return True
    if kind is int:
        return -(2**63) <= value < 2**64
    if kind is dict:
        return all(type(key) is str and _orjson_safe(item) for key, item in value.items())
    if kind is list:
        return all(_orjson_safe(item) for item in value)
    return False


def digest(wire: WireOp | dict[str, Any]) -> str:
    """The identity of an operation's content: the same op id with another digest is refused."""
    if isinstance(wire, WireOp):  # checked already: only its changes may hold numbers orjson spells otherwise
        value = wire.__dict__ if type(wire) is WireOp else {name: getattr(wire, name) for name in WIRE_FIELDS}
        if _orjson_safe_changes(wire.changes):
            return hashlib.sha256(orjson.dumps(value, option=orjson.OPT_SORT_KEYS)).hexdigest()
        return hashlib.sha256(canonical(value)).hexdigest()
    return hashlib.sha256(canonical({name: wire.get(name) for name in WIRE_FIELDS})).hexdigest()


class MalformedOperation(ValueError):
    pass


HLC = r"^\d{1,15}-\d{1,9}-[^\s\x00]{1,22}$"
#: text without NUL characters (PostgreSQL refuses them in text columns)
PLAIN = r"^[^\x00]*$"
Id = Annotated[str, Field(min_length=1, max_length=36, pattern=PLAIN)]
OptionalId = Annotated[str | None, Field(max_length=36, pattern=PLAIN)]
Stamp = Annotated[str, Field(max_length=40, pattern=HLC)]


class WireOp(BaseModel):
    """An operation as it travels (HTTP, bundles, tests), checked whole before it touches a database: every
    field of its type and within its column's size, so a bad one is refused (422), never a 500."""

    model_config = ConfigDict(frozen=True, extra="ignore", strict=True)

    op_id: Id
    device_id: Id
    seq: Annotated[int, Field(ge=0, le=2**62)]
    hlc: Stamp
    schema_version: Annotated[int, Field(ge=0, le=2**31 - 1)]
    at: Annotated[str, Field(max_length=40)]
    user_id: OptionalId = None
    user_name: Annotated[str | None, Field(max_length=200, pattern=PLAIN)] = None
    reason: Annotated[str | None, Field(pattern=PLAIN)] = None
    table_name: Annotated[str, Field(min_length=1, max_length=40, pattern=PLAIN)]
    row_id: Id
    kind: Literal["insert", "update", "delete", "restore", "purge"]
    changes: dict[str, Annotated[list[Any], Field(min_length=2, max_length=2)]]
    base_version: Annotated[str | None, Field(max_length=40, pattern=HLC)] = None
    scope_cycle_id: OptionalId = None
    scope_settlement_id: OptionalId = None
    tx_id: OptionalId = None

    @field_validator("at")
    @classmethod
    def _timestamp(cls, value: str) -> str:
        dt.datetime.fromisoformat(value)  # a ValueError is the validation error
        return value

    def wire(self) -> dict[str, Any]:
        """The plain JSON form (kept for a refused or parked operation)."""
        return {name: getattr(self, name) for name in WIRE_FIELDS}


class ServedOp(WireOp):
    """An operation the hub serves: with its acceptance number and the stamp the merge orders it by."""

    server_seq: Annotated[int | None, Field(ge=0, le=2**62)] = None
    rank: Annotated[str | None, Field(max_length=40, pattern=HLC)] = None

    def wire(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in SERVED_FIELDS}


class PushBody(BaseModel):
    """``POST /ops``: a device's operations, oldest first."""

    model_config = ConfigDict(extra="ignore", strict=True)

    ops: list[WireOp]


class Page(BaseModel):
    """``GET /ops``: a page of served operations and the cursor after it."""

    model_config = ConfigDict(extra="ignore", strict=True)

    ops: list[ServedOp]
    cursor: Annotated[int, Field(ge=0)]
    more: bool
    server_time_ms: int | None = None


_PUSHED: TypeAdapter[list[WireOp]] = TypeAdapter(list[WireOp])
_SERVED: TypeAdapter[list[ServedOp]] = TypeAdapter(list[ServedOp])
_PUSH_BODY: TypeAdapter[PushBody] = TypeAdapter(PushBody)
_ONE_PUSHED: TypeAdapter[WireOp] = TypeAdapter(WireOp)
_ONE_SERVED: TypeAdapter[ServedOp] = TypeAdapter(ServedOp)


def _refusal(exc: ValidationError, what: str) -> MalformedOperation:
    """The first problem, in one line: which operation (counted from 1), which field, what is wrong."""
    error = exc.errors(include_url=False, include_input=False)[0]
    loc = list(error["loc"])
    number = next((i for i, part in enumerate(loc) if isinstance(part, int)), None)
    if number is None:
        where = ".".join(str(part) for part in loc) or "the body"
        return MalformedOperation(f"{what}: {where}: {error['msg']}")
    field = ".".join(str(part) for part in loc[number + 1:]) or "the operation"
    problem = "is missing" if error["type"] == "missing" else f"is wrong ({error['msg']})"
    return MalformedOperation(f"operation {int(loc[number]) + 1}: field {field!r} {problem}")


def parse_ops(value: Any) -> list[WireOp]:
    """Operations checked whole (a list of JSON objects, or WireOps already); raises MalformedOperation."""
    if isinstance(value, list) and all(isinstance(op, WireOp) for op in value):
        return value
    try:
        return _PUSHED.validate_python(value)
    except ValidationError as exc:
        raise _refusal(exc, "operation") from exc


def parse_served(value: Any) -> list[ServedOp]:
    """Operations the hub served (a pull page, a hub's bundle, operations kept aside), checked whole."""
    if isinstance(value, list) and all(isinstance(op, ServedOp) for op in value):
        return value
    try:
        return _SERVED.validate_python(value)
    except ValidationError as exc:
        raise _refusal(exc, "operation") from exc


class UnreadLine(ValueError):
    """A line pydantic-core does not read as a well-formed operation (``line``: its number, from 1)."""

    def __init__(self, line: int) -> None:
        super().__init__(f"line {line}")
        self.line = line


@gc_paused
def read_lines(data: bytes, *, served: bool = False) -> list[Any]:
    """Operations one JSON object a line (a bundle's member; ``ServedOp`` with ``served``), each line read and
    checked by pydantic-core straight from its bytes, as an HTTP push's body is: no dict is made for a line,
    checked, then dropped (orjson then ``validate_python`` spent a tenth more, a fifth of it freeing those
    dicts). ``UnreadLine`` names the first line that is not a well-formed operation (``bundle.Bundle.operations``
    then reads the lines the careful way, which says what is wrong with it)."""
    validate = (_ONE_SERVED if served else _ONE_PUSHED).validate_json
    ops: list[Any] = []
    append = ops.append
    try:
        for line in data.splitlines():
            append(validate(line))
    except ValidationError as exc:
        raise UnreadLine(len(ops) + 1) from exc
    return ops


@gc_paused
def parse_push(body: bytes) -> list[WireOp]:
    """A push's body, parsed and checked in one pass (pydantic-core reads the JSON itself)."""
    try:
        return _PUSH_BODY.validate_json(body).ops
    except ValidationError as exc:
        raise _refusal(exc, "push") from exc


def check_shape(wire: Any) -> WireOp:
    """One operation checked (see ``parse_ops``)."""
    return parse_ops([wire])[0]


@gc_paused
def parse_page(body: bytes) -> dict[str, Any]:
    """A pull page as the hub sent it, parsed and checked in one pass: ``{ops, cursor, more}``."""
    try:
        page = Page.model_validate_json(body)
    except ValidationError as exc:
        raise _refusal(exc, "page") from exc
    return {"ops": page.ops, "cursor": page.cursor, "more": page.more}


def push_schema() -> dict[str, Any]:
    """The JSON schema of a push body with its definitions written in place (an OpenAPI description cannot
    refer to pydantic's ``$defs``), for the hub's ``/openapi.json``."""
    schema = PushBody.model_json_schema()
    definitions = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(definitions[node["$ref"].rsplit("/", 1)[-1]])
            return {key: inline(value) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(value) for value in node]
        return node

    return inline(schema)
