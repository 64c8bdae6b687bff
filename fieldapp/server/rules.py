"""What the hub checks when it merges: each operation on its own (shape, ownership, append-only, references)
and the rules that span records (a call's envelope), which turn a violation into a conflict for a person.

A new table needs no code here: ownership and append-only rules are declared by table name.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from fieldapp.model import Operation
from fieldapp.model.history import APPEND_ONLY_WHEN, NATURAL_KEYS, is_append_only
from fieldapp.sync.merge import synced_table, table_fields

#: user roles of the head office (who owns calls, selection decisions, agreements and payments)
HEAD_OFFICE_ROLES = frozenset({"head_office", "programme_staff"})
HEAD_OFFICE_TABLES = frozenset({"grant_call", "call_criterion", "selection", "agreement", "agreement_version",
                                "tranche", "payment"})
#: fields of other tables that only the head office may set (to these values, or to any value when None)
HEAD_OFFICE_FIELDS: dict[str, dict[str, frozenset[str] | None]] = {
    "application": {"status": frozenset({"approved", "rejected", "shortlisted", "selected", "funded"}),
                    "registration_number": None},
}
#: records the officer or trainer who made them owns: others (but the head office) may not change them
CREATOR_OWNED = frozenset({"training", "site_visit", "visit_report"})


@dataclass
class BatchContext:
    """Rows written earlier in the same push, so an action may refer to rows it creates itself."""

    inserted: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    _exists: dict[tuple[str, str], bool] = field(default_factory=dict)
    _roles: dict[str, str | None] = field(default_factory=dict)
    #: the operations come from a device enrolled as the head office's
    head_office_device: bool = False

    def exists(self, session: Session, table: str, row_id: str) -> bool:
        key = (table, row_id)
        if key in self.inserted:
            return True
        if key not in self._exists:
            target = synced_table(table)
            self._exists[key] = target is not None and (session.execute(
                select(target.c.id).where(target.c.id == row_id)).first() is not None or (
                # a second row of a natural key is held in the history only (see NATURAL_KEYS)
                table in NATURAL_KEYS and session.execute(select(Operation.op_id).where(
                    Operation.table_name == table, Operation.row_id == row_id,
                    Operation.kind == "insert").limit(1)).first() is not None))
        return self._exists[key]

    def row(self, session: Session, table: str, row_id: str) -> dict[str, Any] | None:
        pending = self.inserted.get((table, row_id))
        if pending is not None:
            return pending
        target = synced_table(table)
        if target is None:
            return None
        found = session.execute(select(target).where(target.c.id == row_id)).mappings().first()
        return dict(found) if found else None

    def role(self, session: Session, user_id: str | None) -> str | None:
        if user_id is None:
            return None
        pending = self.inserted.get(("user_profile", user_id))
        if pending is not None:
            return pending.get("role")
        if user_id not in self._roles:  # the hub's rows do not change while a push is checked
            user = self.row(session, "user_profile", user_id)
            self._roles[user_id] = None if user is None else user.get("role")
        return self._roles[user_id]


def check_operation(session: Session, op: dict[str, Any], context: BatchContext) -> str | None:
    """Why the hub refuses this operation for good, or None."""
    table = synced_table(op["table_name"])
    if table is None:
        return f"unknown table {op['table_name']!r}"
    unknown = sorted(set(op["changes"]) - table_fields(table))
    if unknown:
        return f"unknown field {op['table_name']}.{unknown[0]}"
    if op["kind"] == "insert":
        if "id" in op["changes"] and op["changes"]["id"][1] != op["row_id"]:
            return "insert of a row under another id"
    elif not context.exists(session, op["table_name"], op["row_id"]):
        return f"{op['kind']} of a {op['table_name']} row the hub does not have"
    reason = _append_only(session, op, context) or _ownership(session, op, context, table)
    return reason or _references(session, op, context, table)


def _append_only(session: Session, op: dict[str, Any], context: BatchContext) -> str | None:
    if op["kind"] == "insert":
        return None
    if is_append_only(op["table_name"]):
        return f"{op['table_name']} rows are append-only: add a new one instead"
    when = APPEND_ONLY_WHEN.get(op["table_name"])
    if when:
        current = context.row(session, op["table_name"], op["row_id"]) or {}
        if current.get(when[0]) == when[1]:
            return f"a {when[1]} {op['table_name']} is append-only: add a new version instead"
    return None


def _ownership(session: Session, op: dict[str, Any], context: BatchContext, table: Table) -> str | None:
    name = op["table_name"]
    head_office = context.head_office_device or context.role(session, op.get("user_id")) in HEAD_OFFICE_ROLES
    if name in HEAD_OFFICE_TABLES and not head_office:
        return f"{name} is owned by the head office (changed by {op.get('user_name') or 'an unknown user'})"
    for field_name, values in HEAD_OFFICE_FIELDS.get(name, {}).items():
        change = op["changes"].get(field_name)
        if change is None or head_office or change[0] == change[1]:
            continue
        if values is None or change[1] in values:
            return f"{name}.{field_name} = {change[1]!r} is a head-office decision"
    if name in CREATOR_OWNED and op["kind"] != "insert" and not head_office:
        current = context.row(session, name, op["row_id"]) or {}
        if current.get("created_by") and current.get("created_by") != op.get("user_id"):
            return f"this {name} belongs to the officer who made it"
    return None


@functools.cache
def _foreign_keys(table: Table) -> tuple[tuple[str, str], ...]:
    """(column, referred table) of every reference of a table, worked out once."""
    return tuple((column.key, fk.column.table.name) for column in table.columns for fk in column.foreign_keys)


def _references(session: Session, op: dict[str, Any], context: BatchContext, table: Table) -> str | None:
    for key, target in _foreign_keys(table):
        change = op["changes"].get(key)
        if change is None or change[1] is None:
            continue
        if not context.exists(session, target, change[1]):
            return f"{op['table_name']}.{key} refers to a {target} the hub does not have"
    return None


@dataclass
class SpanningRule:
    """A rule across records: which keys an action touches, a measure per key, and when it is violated."""

    name: str
    keys: Callable[[Session, list[dict[str, Any]], BatchContext], set[str]]
    measure: Callable[[Session, str], Any]
    violation: Callable[[Any, Any, str], str | None]
    table: str


def _calls_touched(session: Session, ops: list[dict[str, Any]], context: BatchContext) -> set[str]:
    calls: set[str] = set()
    for op in ops:
        if op["table_name"] == "grant_call":
            calls.add(op["row_id"])
        elif op["table_name"] == "application":
            change = op["changes"].get("call_id")
            if change and change[1]:
                calls.add(change[1])
            current = context.row(session, "application", op["row_id"])
            if current and current.get("call_id"):
                calls.add(current["call_id"])
    return calls


def _approved_and_envelope(session: Session, call_id: str) -> tuple[Decimal, Decimal | None]:
    application = synced_table("application")
    call = synced_table("grant_call")
    assert application is not None and call is not None
    approved = session.scalar(
        select(func.coalesce(func.sum(application.c.requested_amount), 0)).where(
            application.c.call_id == call_id, application.c.status == "approved",
            application.c.deleted_at.is_(None)))
    envelope = session.scalar(select(call.c.envelope).where(call.c.id == call_id))
    return Decimal(approved or 0) / (100 if isinstance(approved, int) else 1), envelope


def _envelope_violation(before: Any, after: Any, call_id: str) -> str | None:
    approved, envelope = after
    if envelope is None or approved <= envelope or approved <= before[0]:
        return None
    return (f"approving would bring call {call_id} to {approved} approved against an envelope of {envelope}: "
            "the head office must decide which applications to fund")


SPANNING_RULES: list[SpanningRule] = [
    SpanningRule("envelope", _calls_touched, _approved_and_envelope, _envelope_violation, "grant_call"),
]


def measure_all(session: Session, ops: list[dict[str, Any]], context: BatchContext) -> dict[tuple[str, str], Any]:
    measures: dict[tuple[str, str], Any] = {}
    for rule in SPANNING_RULES:
        for key in rule.keys(session, ops, context):
            measures[(rule.name, key)] = rule.measure(session, key)
    return measures


def violations(session: Session, before: dict[tuple[str, str], Any],
               keys: Iterable[tuple[str, str]]) -> list[tuple[SpanningRule, str, str]]:
    """The rules an applied action breaks: (rule, key, message)."""
    found = []
    rules = {rule.name: rule for rule in SPANNING_RULES}
    for name, key in keys:
        rule = rules[name]
        message = rule.violation(before[(name, key)], rule.measure(session, key), key)
        if message:
            found.append((rule, key, message))
    return found
