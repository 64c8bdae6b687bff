"""The conflicts and rejections inbox of a laptop: what sync set aside for a person, told the way a person reads
it — the record by its name, each field with my value, their value and the original, who and when — and what a
person can do about it: keep mine, keep theirs or type a merged value (``fieldapp.sync.conflicts`` resolves; the
resolution syncs like any change), or fix a change the hub refused and send it again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.db.history import to_json
from fieldapp.model import Conflict, Operation
from fieldapp.model.base import utcnow
from fieldapp.model.history import SyncRejection, made_here
from fieldapp.services.history import HIDDEN_FIELDS, _Describer
from fieldapp.sync import conflicts as core
from fieldapp.sync.merge import python_value, synced_table
from fieldapp.validation import Invalid, check_money

MINE, THEIRS = "mine", "theirs"


@dataclass(frozen=True)
class Side:
    by: str | None
    at: dt.datetime | None
    here: bool  # made on this laptop


@dataclass(frozen=True)
class FieldValues:
    field: str
    kind: str  # text, money, date, datetime, bool, code, reference (services.history.field_kind)
    mine: Any
    theirs: Any
    original: Any
    original_known: bool


@dataclass(frozen=True)
class ConflictItem:
    id: str
    kind: str  # field, delete_edit, rule
    table: str
    record_id: str
    record_name: str
    fields: tuple[FieldValues, ...]
    mine: Side
    theirs: Side
    #: which side of the stored conflict is mine ("kept" when the merge kept my value, "lost" otherwise)
    mine_is: str
    detected_at: dt.datetime | None
    code: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    #: display names of referenced records, by id
    names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RejectionItem:
    op_id: str
    table: str
    record_id: str
    record_name: str
    change_kind: str  # insert, update, delete…
    at: dt.datetime
    by: str | None
    fields: tuple[tuple[str, str, Any], ...]  # (field, kind, the value sent)
    reason: str  # the hub's words (English), when it gave no code
    code: str | None
    params: Mapping[str, Any]
    names: Mapping[str, str] = field(default_factory=dict)
    #: the change can be sent again with corrected values (an update or insert of a record still here)
    resendable: bool = False


@dataclass(frozen=True)
class Inbox:
    conflicts: tuple[ConflictItem, ...]
    rejections: tuple[RejectionItem, ...]

    @property
    def count(self) -> int:
        return len(self.conflicts) + len(self.rejections)


def _local_devices(session: Session) -> set[str]:
    return set(session.scalars(select(Operation.device_id).where(made_here()).distinct()))


def _original(session: Session, conflict: Conflict, name: str) -> tuple[Any, bool]:
    """The value both sides started from: the old side of a change of the field by either operation."""
    for op_id in (conflict.lost_op, conflict.kept_op):
        if not op_id:
            continue
        op = session.get(Operation, op_id)
        if op is not None and isinstance(op.changes, dict) and name in op.changes:
            return op.changes[name][0], True
    return None, False


def _current_name(session: Session, table: str, row_id: str, stored: str | None) -> str:
    name = core.record_name(session, table, row_id)
    if name.startswith(f"{table} ") and stored:
        return stored
    return name


def _conflict_item(session: Session, conflict: Conflict, mine_devices: set[str], describer: _Describer,
                   names: dict[str, str]) -> ConflictItem:
    # neither side made here: "mine" is what this laptop holds now (the value kept)
    mine_is = "lost" if conflict.lost_device in mine_devices else "kept"
    theirs_is = "kept" if mine_is == "lost" else "lost"
    mine_values, theirs_values = getattr(conflict, mine_is) or {}, getattr(conflict, theirs_is) or {}
    fields = []
    if conflict.kind == "field":
        shown = [name for name in conflict.fields if name not in HIDDEN_FIELDS]
        for name in shown:
            original, known = _original(session, conflict, name)
            fields.append((name, mine_values.get(name), theirs_values.get(name), original, known))
        changes = {name: [mine, theirs] for name, mine, theirs, _o, _k in fields}
        described = describer.describe(conflict.subject_table, "update", changes)
        originals = describer.describe(conflict.subject_table, "update",
                                       {name: [original, None] for name, _m, _t, original, _k in fields})
        names.update(described.names)
        names.update(originals.names)
        kinds = dict(described.kinds)
    else:
        kinds = {}
    values = tuple(FieldValues(name, kinds.get(name, "text"), mine, theirs, original, known)
                   for name, mine, theirs, original, known in fields)
    side = {s: Side(getattr(conflict, f"{s}_by"), getattr(conflict, f"{s}_at"),
                    getattr(conflict, f"{s}_device") in mine_devices) for s in ("kept", "lost")}
    return ConflictItem(conflict.id, conflict.kind, conflict.subject_table, conflict.subject_id,
                        _current_name(session, conflict.subject_table, conflict.subject_id, conflict.subject_name),
                        values, side[mine_is], side[theirs_is], mine_is, conflict.created_at, conflict.code,
                        dict(conflict.params or {}), names)


def _rejection_item(session: Session, rejection: SyncRejection, op: Operation, describer: _Describer,
                    names: dict[str, str]) -> RejectionItem:
    changes = {name: pair for name, pair in (op.changes or {}).items() if name not in HIDDEN_FIELDS}
    described = describer.describe(op.table_name, op.kind, changes)
    names.update(described.names)
    fields = tuple((name, described.kinds.get(name, "text"), new) for name, _old, new in described.fields)
    table = synced_table(op.table_name)
    record = None if table is None else session.execute(
        select(table.c.id).where(table.c.id == op.row_id)).first()
    return RejectionItem(op.op_id, op.table_name, op.row_id,
                         _current_name(session, op.table_name, op.row_id, None), op.kind, op.at, op.user_name,
                         fields, rejection.reason, rejection.code, dict(rejection.params or {}), names,
                         resendable=op.kind in ("insert", "update") and record is not None and bool(fields))


def inbox(session: Session, lang: str = "ru") -> Inbox:
    """Open conflicts (newest first) and rejected changes not dealt with yet."""
    mine = _local_devices(session)
    describer = _Describer(session, lang)
    conflicts = session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None))
                                .order_by(Conflict.created_at.desc(), Conflict.id)).all()
    items = tuple(_conflict_item(session, c, mine, describer, {}) for c in conflicts)
    rows = session.execute(select(SyncRejection, Operation).join(Operation, Operation.op_id == SyncRejection.op_id)
                           .where(SyncRejection.handled_at.is_(None))
                           .order_by(SyncRejection.at.desc())).all()
    rejections = tuple(_rejection_item(session, r, op, describer, {}) for r, op in rows)
    return Inbox(items, rejections)


def inbox_count(session: Session) -> int:
    """How many conflicts and rejections wait for a person (the main window's count)."""
    conflicts = session.scalar(select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None)))
    rejections = session.scalar(select(func.count()).select_from(SyncRejection).join(
        Operation, Operation.op_id == SyncRejection.op_id).where(SyncRejection.handled_at.is_(None)))
    return int(conflicts or 0) + int(rejections or 0)


def typed_value(table_name: str, name: str, kind: str, text: str) -> Any:
    """What a person typed for a field, in the JSON form the record's operations carry."""
    text = text.strip()
    if not text:
        return None
    if kind == "money":
        return to_json(check_money(text))
    if kind == "date":
        try:
            return dt.datetime.strptime(text, "%d.%m.%Y").date().isoformat()
        except ValueError as exc:
            raise Invalid("date.format", "Not a date (dd.MM.yyyy)", name) from exc
    if kind == "bool":
        return text.lower() in ("1", "true", "yes", "да", "иә", "✓")
    table = synced_table(table_name)
    if table is not None and name in table.c:
        try:
            python_type = table.c[name].type.python_type
        except NotImplementedError:
            python_type = str
        if python_type is int:
            try:
                return int(text)
            except ValueError as exc:
                raise Invalid("conflict.number", "Type a whole number", name) from exc
        if python_type is Decimal:
            try:
                return str(Decimal(text.replace(",", ".").replace(" ", "")))
            except InvalidOperation as exc:
                raise Invalid("conflict.number", "Type a number", name) from exc
    return text


def resolve(session: Session, conflict_id: str, choice: str | Mapping[str, str],
            lang: str = "ru") -> Conflict:
    """Keep mine, keep theirs, or ``{field: typed text}`` (a merged value): written to the record as an ordinary
    change and the conflict marked resolved, in the caller's transaction (both sync)."""
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise Invalid("conflict.unknown", f"No conflict {conflict_id}", params={"id": conflict_id})
    item = _conflict_item(session, conflict, _local_devices(session), _Describer(session, lang), {})
    if isinstance(choice, str) and choice in core.CHOICES:  # kept / lost as the conflict stores them
        return core.resolve_conflict(session, conflict_id, choice)
    if isinstance(choice, str):
        if choice not in (MINE, THEIRS):
            raise Invalid("conflict.value", "Keep the value kept, the value lost, or type one", "value")
        theirs_is = "kept" if item.mine_is == "lost" else "lost"
        value: str | dict[str, Any] = item.mine_is if choice == MINE else theirs_is
        if conflict.kind == "rule":
            value = "kept"
    else:
        kinds = {f.field: f.kind for f in item.fields}
        value = {name: typed_value(conflict.subject_table, name, kinds.get(name, "text"), text)
                 for name, text in choice.items()}
    return core.resolve_conflict(session, conflict_id, value)


def resend(session: Session, op_id: str, values: Mapping[str, str]) -> None:
    """A refused change fixed by a person: the values (typed text by field) written to the record as a new
    change, which syncs like any other; the rejection is marked dealt with, in the same transaction."""
    rejection = session.get(SyncRejection, op_id)
    op = session.get(Operation, op_id)
    if rejection is None or op is None:
        raise Invalid("rejection.unknown", f"No rejected change {op_id}", params={"id": op_id})
    model = core._model(op.table_name)
    record = session.get(model, op.row_id)
    if record is None:
        raise Invalid("conflict.record", f"No record of {op.table_name}", params={"table": op.table_name})
    describer = _Describer(session, "ru")
    kinds = describer.describe(op.table_name, op.kind, op.changes or {}).kinds
    table = synced_table(op.table_name)
    assert table is not None
    for name, text in values.items():
        if name not in (op.changes or {}) or name in HIDDEN_FIELDS:
            raise Invalid("conflict.field", f"{name} is not a field of this change", "value", {"field": name})
        new = typed_value(op.table_name, name, kinds.get(name, "text"), text)
        setattr(record, name, python_value(table, name, new))
    if record.deleted_at is not None and op.kind == "insert":
        record.deleted_at = None
    rejection.handled_at = utcnow()
    rejection.handled_by = session.info.get("user_name")
    session.flush()


def set_aside(session: Session, op_id: str) -> None:
    """A refused change a person leaves as it is (the hub's refusal stands): out of the inbox."""
    rejection = session.get(SyncRejection, op_id)
    if rejection is None:
        raise Invalid("rejection.unknown", f"No rejected change {op_id}", params={"id": op_id})
    rejection.handled_at = utcnow()
    rejection.handled_by = session.info.get("user_name")
