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


def _shown(op: Operation, table: Table | None) -> tuple[tuple[str, Any, Any], ...]:
    hidden = HIDDEN_FIELDS | set(derived_fields(op.table_name))
    order = {name: i for i, name in enumerate(table.columns.keys())} if table is not None else {}
    return tuple(
        (name, old, new) for name, (old, new) in sorted(op.changes.items(), key=lambda i: (order.get(i[0], 999), i[0]))
        if name not in hidden and not (op.kind == "insert" and new is None)
    )


def record_history(session: Session, table: str, row_id: str, lang: str = "ru") -> list[Change]:
    """Every change of one record, oldest first, with the names of the records its references point to."""
    ops = session.scalars(
        select(Operation).where(Operation.table_name == table, Operation.row_id == row_id).order_by(Operation.hlc)
    ).all()
    columns = Base.metadata.tables.get(table)
    kinds = {c.key: field_kind(c) for c in columns.columns} if columns is not None else {}
    referred = {c.key: _model_of(next(iter(c.foreign_keys)).column.table.name)
                for c in (columns.columns if columns is not None else ()) if c.foreign_keys}
    shown = [(op, _shown(op, columns)) for op in ops]
    names: dict[str, str] = {}
    for _op, fields in shown:
        for name, old, new in fields:
            model = referred.get(name)
            for value in (old, new) if model is not None else ():
                if (isinstance(value, str) and value not in names and model is not None
                        and (row := session.get(model, value)) is not None):
                    names[value] = display_name(row, lang)
    return [Change(at=op.at, user=op.user_name, reason=op.reason, kind=op.kind, fields=fields,
                   kinds={name: kinds.get(name, "text") for name, _o, _n in fields}, names=names)
            for op, fields in shown]
