"""The audit trail people read: who changed what, when, why — from the one history of operations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Table, TypeDecorator, select
from sqlalchemy.orm import Session

from fieldapp.formatting import format_date
from fieldapp.model import Base, Money, Operation
from fieldapp.model.history import derived_fields

#: fields whose values are codes the screens put into words (statuses, kinds, the table a row is about)
CODED_FIELDS = frozenset({"status", "from_status", "to_status", "kind", "category", "channel", "language", "role",
                          "subject_table", "sex", "source", "decision", "method", "purpose"})
#: bookkeeping columns the audit trail does not show as changes (the kind of change says deleted/restored)
HIDDEN_FIELDS = frozenset({"id", "created_at", "updated_at", "created_by", "deleted_at", "sheet_order"})


@dataclass(frozen=True)
class Change:
    at: dt.datetime
    user: str | None
    reason: str | None
    kind: str
    #: (field, old, new) for the fields a person would recognise, in the order of the record's columns
    fields: tuple[tuple[str, Any, Any], ...]
    #: how each field's values read: text, money, date, datetime, bool or reference
    kinds: Mapping[str, str] = field(default_factory=dict)
    #: the display names of the records the reference fields point to, by id
    names: Mapping[str, str] = field(default_factory=dict)


def field_kind(column: Column[Any]) -> str:
    """How a column's values read: reference, money, bool, date, datetime or text."""
    if column.foreign_keys:
        return "reference"
    if isinstance(column.type, Money):
        return "money"
    base = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
    if isinstance(base, Boolean):
        return "bool"
    if isinstance(base, DateTime):
        return "datetime"
    return "date" if isinstance(base, Date) else "text"


def _localised(row: Any, lang: str) -> str | None:
    return getattr(row, f"name_{lang}", None) or getattr(row, "name_ru", None)


def display_name(row: Any, lang: str) -> str:
    """How a person recognises a record: a name in the UI language, a title with its number, a date."""
    table = row.__tablename__
    if table in ("locality", "criterion"):
        return _localised(row, lang) or ""
    if table == "programme":
        return getattr(row, f"name_{lang}", None) or row.name
    if table == "person":
        return row.full_name
    if table in ("training", "application"):
        number = getattr(row, "registration_number", None) or getattr(row, "number", None)
        return f"{number} {row.title}" if number else row.title
    if table == "agreement":
        return row.number or row.draft_number
    if table == "training_session":
        return f"{format_date(row.starts_at)} {row.title or ''}".strip()
    for attribute in ("name", "title", "number"):
        value = getattr(row, attribute, None)
        if value:
            return str(value)
    return ""


def _model_of(table: str) -> type[Any] | None:
    return next((m.class_ for m in Base.registry.mappers if getattr(m.class_, "__tablename__", None) == table), None)


def _shown(table_name: str, kind: str, changes: Mapping[str, Any],
           table: Table | None) -> tuple[tuple[str, Any, Any], ...]:
    hidden = HIDDEN_FIELDS | set(derived_fields(table_name))
    order = {name: i for i, name in enumerate(table.columns.keys())} if table is not None else {}
    return tuple(
        (name, pair[0], pair[1]) for name, pair in sorted(changes.items(), key=lambda i: (order.get(i[0], 999), i[0]))
        if name not in hidden and isinstance(pair, list | tuple) and len(pair) == 2
        and not (kind == "insert" and pair[1] is None)
    )


@dataclass(frozen=True)
class ChangedFields:
    """One operation's changes as a person reads them: each field (old, new), how its values read, and the
    names of the records its references point to."""

    table: str
    fields: tuple[tuple[str, Any, Any], ...]
    kinds: Mapping[str, str] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)


class _Describer:
    """Changes of any tables made readable, each referenced record looked up once."""

    def __init__(self, session: Session, lang: str) -> None:
        self.session, self.lang = session, lang
        self.names: dict[str, str] = {}

    def describe(self, table_name: str, kind: str, changes: Mapping[str, Any]) -> ChangedFields:
        table = Base.metadata.tables.get(table_name)
        columns = {c.key: c for c in table.columns} if table is not None else {}
        fields = _shown(table_name, kind, changes, table)
        kinds = {name: "code" if name in CODED_FIELDS else field_kind(columns[name]) if name in columns else "text"
                 for name, _o, _n in fields}
        subject = changes.get("subject_table")  # a row about a row of any table (status events, attachments)
        subject_table = next((v for v in (subject or [])[::-1] if v), None) if isinstance(subject, list) else None
        names: dict[str, str] = {}
        for name, old, new in fields:
            column = columns.get(name)
            if name == "subject_id" and subject_table:
                kinds[name] = "reference"
                model = _model_of(subject_table)
            elif column is None or not column.foreign_keys:
                continue
            else:
                model = _model_of(next(iter(column.foreign_keys)).column.table.name)
            for value in (old, new):
                if not isinstance(value, str) or model is None:
                    continue
                if value not in self.names:
                    row = self.session.get(model, value)
                    self.names[value] = display_name(row, self.lang) if row is not None else ""
                names[value] = self.names[value]
        return ChangedFields(table_name, fields, kinds, names)


def describe_operations(session: Session, rows: list[tuple[Any, ...]], lang: str) -> list[tuple[Any, ...]]:
    """Rows of the history list (op id, at, user, table, kind, reason, changes as JSON) with their changes made
    readable (:class:`ChangedFields`): amounts as amounts, references by the names of what they point to."""
    import json

    describer = _Describer(session, lang)
    result = []
    for op_id, at, user, table_name, kind, reason, changes in rows:
        parsed = json.loads(changes) if isinstance(changes, str) else (changes or {})
        result.append((op_id, at, user, table_name, kind, reason, describer.describe(table_name, kind, parsed)))
    return result


def record_history(session: Session, table: str, row_id: str, lang: str = "ru") -> list[Change]:
    """Every change of one record, oldest first, with the names of the records its references point to."""
    ops = session.scalars(
        select(Operation).where(Operation.table_name == table, Operation.row_id == row_id).order_by(Operation.hlc)
    ).all()
    describer = _Describer(session, lang)
    described = [(op, describer.describe(op.table_name, op.kind, op.changes)) for op in ops]
    return [Change(at=op.at, user=op.user_name, reason=op.reason, kind=op.kind, fields=changed.fields,
                   kinds=changed.kinds, names=changed.names) for op, changed in described]
