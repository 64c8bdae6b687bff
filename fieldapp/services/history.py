"""The audit trail people read: who changed what, when, why — from the one history of operations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.model import Operation

#: bookkeeping columns the audit trail does not show as changes
HIDDEN_FIELDS = frozenset({"id", "created_at", "updated_at", "created_by"})


@dataclass(frozen=True)
class Change:
    at: dt.datetime
    user: str | None
    reason: str | None
    kind: str
    #: (field, old, new) for the fields a person would recognise
    fields: tuple[tuple[str, Any, Any], ...]


def _change(op: Operation) -> Change:
    fields = tuple(
        (name, old, new) for name, (old, new) in sorted(op.changes.items())
        if name not in HIDDEN_FIELDS and not (op.kind == "insert" and new is None)
    )
    return Change(at=op.at, user=op.user_name, reason=op.reason, kind=op.kind, fields=fields)


def record_history(session: Session, table: str, row_id: str) -> list[Change]:
    """Every change of one record, oldest first."""
    ops = session.scalars(
        select(Operation).where(Operation.table_name == table, Operation.row_id == row_id).order_by(Operation.hlc)
    )
    return [_change(op) for op in ops]
