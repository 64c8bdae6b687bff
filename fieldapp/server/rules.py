"""What the hub checks when it merges: each operation on its own (shape, ownership, append-only, references)
and the rules that span records (a call's envelope: ``fieldapp/services/envelope.py``), which turn a violation into a conflict for a person.

A new table needs no code here: ownership and append-only rules are declared by table name.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from fieldapp import limits
from fieldapp.model import Operation
from fieldapp.model.history import APPEND_ONLY_WHEN, NATURAL_KEYS, is_append_only
from fieldapp.services import completion, envelope, tranches
from fieldapp.sync.merge import synced_table, table_fields
from fieldapp.sync.wire import WireOp
from fieldapp.validation import Invalid

#: user roles of the head office (who owns calls, selection decisions, agreements and payments)
HEAD_OFFICE_ROLES = frozenset({"head_office", "programme_staff"})
HEAD_OFFICE_TABLES = frozenset({"grant_call", "call_criterion", "selection_decision", "agreement", "tranche",
                                "payment", "visit_checklist_item", "amendment"})
# (an agreement's printed versions, ``agreement_version``, are made by whoever prints it: append-only records)
#: fields of other tables that only the head office may set (to these values, or to any value when None)
HEAD_OFFICE_FIELDS: dict[str, dict[str, frozenset[str] | None]] = {
    "application": {"status": frozenset({"approved", "rejected", "shortlisted", "selected", "funded"}),
                    "registration_number": None},
}
#: records the officer or trainer who made them owns: others (but the head office) may not change them
CREATOR_OWNED = frozenset({"training", "site_visit", "visit_report", "visit_progress", "visit_check", "visit_photo",
                           "follow_up_action", "project_report", "report_spending", "report_beneficiaries"})


@dataclass
class BatchContext:
    """Rows written earlier in the same push, so an action may refer to rows it creates itself."""

    #: (table, id) → the changes of its insert in this push (their new sides are the row: ``row``)
    inserted: dict[tuple[str, str], dict[str, list[Any]]] = field(default_factory=dict)
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
            return {name: change[1] for name, change in pending.items()}
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
            return (pending.get("role") or (None, None))[1]
        if user_id not in self._roles:  # the hub's rows do not change while a push is checked
            user = self.row(session, "user_profile", user_id)
            self._roles[user_id] = None if user is None else user.get("role")
        return self._roles[user_id]


class Refusal(str):
    """Why the hub refuses an operation: the words for the log and the command line, plus a code and params
    (values, not words) the laptop's interface words in its language (``fieldapp/ui/problems.py``)."""

    code: str
    params: dict[str, Any]

    def __new__(cls, message: str, code: str, **params: Any) -> Refusal:
        made = super().__new__(cls, message)
        made.code, made.params = code, params
        return made


def shape_refusal(op: WireOp) -> Refusal | None:
    """Why the hub refuses this operation whatever it holds (its table, fields, texts' lengths, an insert's id),
    or None: worked out for a push's operations before the hub takes the write lock (``hub.prepare``)."""
    table = synced_table(op.table_name)
    if table is None:
        return Refusal(f"unknown table {op.table_name!r}", "sync.unknown_table", table=op.table_name)
    unknown = sorted(set(op.changes) - table_fields(table))
    if unknown:
        return Refusal(f"unknown field {op.table_name}.{unknown[0]}", "sync.unknown_field", table=op.table_name,
                       field=unknown[0])
    too_long = limits.change_problems(op.table_name, op.changes)
    if too_long:
        return Refusal(f"{too_long[0].code}: {too_long[0].message}", too_long[0].code, **dict(too_long[0].params))
    if op.kind == "insert" and "id" in op.changes and op.changes["id"][1] != op.row_id:
        return Refusal("insert of a row under another id", "sync.other_id", table=op.table_name)
    big = next((name for name, change in op.changes.items() if _beyond_64_bits(change[1])), None)
    if big is not None:
        return bad_value(op, big)
    return None


def bad_value(op: WireOp, field_name: str) -> Refusal:
    """An operation holding a value the hub cannot read or store (a date that is none, an amount that is not a
    number, an integer beyond 64 bits, a number where a name is text)."""
    return Refusal(f"{op.table_name}.{field_name}: a value the hub cannot read", "sync.bad_value",
                   table=op.table_name, field_of=(op.table_name, field_name))


def _beyond_64_bits(value: Any) -> bool:
    """An integer no database column or JSON writer here holds, anywhere in a value."""
    kind = type(value)
    if kind is int:
        return not -(1 << 63) <= value < 1 << 63
    if kind is list:
        return any(map(_beyond_64_bits, value))
    if kind is dict:
        return any(map(_beyond_64_bits, value.values()))
    return False


def check_operation(session: Session, op: WireOp, context: BatchContext, *, shaped: bool = False) -> Refusal | None:
    """Why the hub refuses this operation for good, or None. ``shaped``: :func:`shape_refusal` found nothing
    already."""
    if not shaped:
        refusal = shape_refusal(op)
        if refusal:
            return refusal
    table = synced_table(op.table_name)
    assert table is not None  # the shape's first check
    if op.kind != "insert" and not context.exists(session, op.table_name, op.row_id):
        return Refusal(f"{op.kind} of a {op.table_name} row the hub does not have", "sync.missing_row",
                       table=op.table_name)
    reason = _append_only(session, op, context) or _ownership(session, op, context, table)
    return reason or _references(session, op, context, table)


def _append_only(session: Session, op: WireOp, context: BatchContext) -> Refusal | None:
    if op.kind == "insert":
        return None
    if is_append_only(op.table_name):
        return Refusal(f"{op.table_name} rows are append-only: add a new one instead", "sync.append_only",
                       table=op.table_name)
    when = APPEND_ONLY_WHEN.get(op.table_name)
    if when:
        current = context.row(session, op.table_name, op.row_id) or {}
        if current.get(when[0]) == when[1]:
            return Refusal(f"a {when[1]} {op.table_name} is append-only: add a new version instead",
                           "sync.append_only_when", table=op.table_name, status=when[1])
    return None


def _ownership(session: Session, op: WireOp, context: BatchContext, table: Table) -> Refusal | None:
    name = op.table_name
    head_office = context.head_office_device or context.role(session, op.user_id) in HEAD_OFFICE_ROLES
    if name in HEAD_OFFICE_TABLES and not head_office and not _completion_shaped(op):
        return Refusal(f"{name} is owned by the head office (changed by {op.user_name or 'an unknown user'})",
                       "sync.head_office_table", table=name, name=op.user_name or "")
    for field_name, values in HEAD_OFFICE_FIELDS.get(name, {}).items():
        change = op.changes.get(field_name)
        if change is None or head_office or change[0] == change[1]:
            continue
        if values is None or change[1] in values:
            return Refusal(f"{name}.{field_name} = {change[1]!r} is a head-office decision",
                           "sync.head_office_field", table=name, field=field_name)
    if name in CREATOR_OWNED and op.kind != "insert" and not head_office:
        current = context.row(session, name, op.row_id) or {}
        if current.get("created_by") and current.get("created_by") != op.user_id:
            return Refusal(f"this {name} belongs to the officer who made it", "sync.creator_owned", table=name)
    return None


def _completion_shaped(op: WireOp) -> bool:
    """A field officer's change of an agreement that only completes or reopens it (``completion.FIELDS``); whether
    it agrees with the rule is checked once it is applied (:func:`_completions`)."""
    fields = set(op.changes) - {"updated_at"}
    status = op.changes.get("status")
    return (op.table_name == "agreement" and op.kind == "update" and bool(fields) and fields <= completion.FIELDS
            and (status is None or {status[0], status[1]} <= completion.OPEN_STATUSES))


@functools.cache
def _foreign_keys(table: Table) -> tuple[tuple[str, str], ...]:
    """(column, referred table) of every reference of a table, worked out once."""
    return tuple((column.key, fk.column.table.name) for column in table.columns for fk in column.foreign_keys)


def _references(session: Session, op: WireOp, context: BatchContext, table: Table) -> Refusal | None:
    for key, target in _foreign_keys(table):
        change = op.changes.get(key)
        if change is None or change[1] is None:
            continue
        if not context.exists(session, target, change[1]):
            return Refusal(f"{op.table_name}.{key} refers to a {target} the hub does not have",
                           "sync.missing_reference", table=op.table_name, field=key)
    return None


@dataclass(frozen=True)
class Violation:
    """An action that breaks a rule across records: the record it is about, and why (code, params, words)."""

    table: str
    row_id: str
    refusal: Invalid

    @property
    def message(self) -> str:
        return self.refusal.message


def _applications_touched(ops: list[WireOp]) -> set[str]:
    touched = {op.row_id for op in ops if op.table_name == "application"}
    for op in ops:
        if op.table_name == "selection_decision" and op.kind == "insert":
            application = (op.changes.get("application_id") or [None, None])[1]
            if application:
                touched.add(application)
    return touched


def measure_all(session: Session, ops: list[WireOp], context: BatchContext) -> dict[str, Any]:
    """What the rules need of the records an action touches, read before it is applied: each application's
    status and its latest selection decision."""
    decision = synced_table("selection_decision")
    assert decision is not None
    measured = {}
    for app_id in _applications_touched(ops):
        latest = session.scalar(select(decision.c.decision).where(
            decision.c.application_id == app_id, decision.c.deleted_at.is_(None))
            .order_by(decision.c.at.desc(), decision.c.created_at.desc(), decision.c.id.desc()).limit(1))
        measured[app_id] = ((context.row(session, "application", app_id) or {}).get("status"), latest)
    return measured


def violations(session: Session, before: dict[str, Any], ops: list[WireOp],
               context: BatchContext) -> list[Violation]:
    """The rules an applied action breaks (the hub undoes it and records a conflict): the envelope rule of
    ``fieldapp/services/envelope.py``, the same one a laptop applies when the approval is made, and the payment
    rule of ``fieldapp/services/tranches.py``."""
    found = (_merge_cycles(session, ops, context) + _payments(session, ops, context)
             + _completions(session, ops, context) + _paid_floor(session, ops, context))
    for app_id, (status_before, decided_before) in sorted(before.items()):
        approval = _approval(session, app_id, status_before == "approved" and decided_before == "approved", ops,
                             context)
        if approval is None:
            continue
        try:
            envelope.check_approval(approval)
        except Invalid as refusal:
            found.append(Violation("application", app_id, refusal))
    return found


def _payments(session: Session, ops: list[WireOp], context: BatchContext) -> list[Violation]:
    """A tranche's payment recorded by the action (``paid_on`` set where it was empty), checked by the rule a
    laptop applies (``tranches.check_release``) on the hub's rows after the action."""
    found = []
    table, reports, visits = synced_table("tranche"), synced_table("project_report"), synced_table("site_visit")
    assert table is not None and reports is not None and visits is not None
    for op in ops:
        change = op.changes.get("paid_on") if op.table_name == "tranche" else None
        if not change or change[1] is None or change[0] is not None:
            continue
        tranche = context.row(session, "tranche", op.row_id)
        agreement = context.row(session, "agreement", tranche["agreement_id"]) if tranche else None
        if tranche is None or agreement is None:
            continue
        others = [dict(r) for r in session.execute(select(table).where(
            table.c.agreement_id == agreement["id"], table.c.id != op.row_id,
            table.c.deleted_at.is_(None))).mappings()]
        earlier = [t for t in others if t["number"] < tranche["number"]]
        since = max((t["paid_on"] for t in earlier if t["paid_on"]), default=None) or agreement.get("signed_on")
        written = session.execute(select(reports.c.kind, reports.c.submitted_on).where(
            reports.c.agreement_id == agreement["id"], reports.c.deleted_at.is_(None))).all()
        seen = tranches.counted_visits(list(session.execute(select(
            visits.c.id, visits.c.status, visits.c.corrects_id, visits.c.visited_on, visits.c.next_tranche_ok).where(
            visits.c.agreement_id == agreement["id"], visits.c.deleted_at.is_(None))).all()))
        unpaid = sorted(t["number"] for t in earlier if t["paid_on"] is None)
        head_office = context.head_office_device or context.role(session, op.user_id) in HEAD_OFFICE_ROLES
        release = tranches.Release(
            agreement_number=agreement.get("number") or agreement.get("draft_number") or agreement["id"],
            agreement_status=agreement.get("status") or "draft", agreement_amount=agreement["amount"],
            paid_before=sum((t["paid_amount"] or tranches.ZERO for t in others), tranches.ZERO),
            tranche_number=tranche["number"], condition=tranche.get("condition_kind") or "advance",
            already_paid=False, earlier_unpaid=unpaid[0] if unpaid else None,
            condition_met=tranches.condition_met_by(tranche.get("condition_kind") or "advance",
                                                    agreement.get("status") or "draft", since,
                                                    [tuple(r) for r in written], seen),
            amount=tranche.get("paid_amount") or tranches.ZERO, override_reason=tranche.get("override_reason"),
            head_office=head_office, tranche_amount=tranche.get("amount"))
        try:
            tranches.check_release(release)
        except Invalid as refusal:
            found.append(Violation("tranche", op.row_id, refusal))
    return found


def _completions(session: Session, ops: list[WireOp], context: BatchContext) -> list[Violation]:
    """A field officer's completion (or reopening) of an agreement, re-checked by the rule a laptop applies
    (``completion.check_recorded``) on the hub's rows after the action: status, date and figure as the rule says."""
    found = []
    for op in ops:
        if op.table_name != "agreement" or context.head_office_device or \
                context.role(session, op.user_id) in HEAD_OFFICE_ROLES:
            continue
        row = context.row(session, "agreement", op.row_id)
        if row is None:
            continue
        before = (op.changes.get("status") or [row.get("status")])[0] or "draft"
        refusal = completion.check_recorded(
            completion.completion_state(session, op.row_id), before,
            completion.Recorded(row.get("status") or "draft", row.get("completed_on"),
                                row.get("beneficiaries_reached")))
        if refusal is not None:
            found.append(Violation("agreement", op.row_id, refusal))
    return found


def _paid_floor(session: Session, ops: list[WireOp], context: BatchContext) -> list[Violation]:
    """A paid tranche's amount lowered below what was paid, or the tranche taken out of the schedule (an
    amendment signed on a laptop that had not yet seen the payment): the rule of ``services/amendments.py``."""
    from fieldapp.services.amendments import check_paid_floor

    found = []
    for op in ops:
        if op.table_name != "tranche" or not ({"amount", "deleted_at"} & set(op.changes)):
            continue
        tranche = context.row(session, "tranche", op.row_id)
        if tranche is None or tranche.get("paid_amount") is None:
            continue
        agreement = context.row(session, "agreement", tranche["agreement_id"]) or {}
        try:
            check_paid_floor(agreement.get("number") or agreement.get("draft_number") or tranche["agreement_id"],
                             abs(tranche["number"]), None if tranche.get("deleted_at") else tranche["amount"],
                             tranche["paid_amount"])
        except Invalid as refusal:
            found.append(Violation("tranche", op.row_id, refusal))
    return found


def _took_back(ops: list[WireOp], app_id: str) -> bool:
    """The action reopens or withdraws the application before approving it again."""
    return any(op.table_name == "selection_decision" and op.kind == "insert"
               and (op.changes.get("application_id") or [None, None])[1] == app_id
               and (op.changes.get("decision") or [None, None])[1] in ("reopened", "withdrawn") for op in ops)


def _merge_cycles(session: Session, ops: list[WireOp], context: BatchContext) -> list[Violation]:
    """Two laptops merging the same two people opposite ways would leave both deleted, each pointing at the
    other: the merge that closes the circle is refused (the people are merged already, the other way)."""
    found = []
    for op in ops:
        change = op.changes.get("merged_into_id") if op.table_name == "person" else None
        if not change or not change[1]:
            continue
        merged = context.row(session, "person", op.row_id) or {}
        seen, current = {op.row_id}, merged.get("merged_into_id")
        while current:
            if current in seen:
                name = merged.get("full_name") or op.row_id
                found.append(Violation("person", op.row_id, Invalid(
                    "merge.cycle", f"{name} was already merged the other way on another computer: this merge "
                    "was not applied", params={"name": name})))
                break
            seen.add(current)
            current = (context.row(session, "person", current) or {}).get("merged_into_id")
    return found


def _approval(session: Session, app_id: str, approved_before: bool, ops: list[WireOp],
              context: BatchContext) -> envelope.Approval | None:
    """The approval an action makes (or changes) of an application, as the rule sees it; None if it makes none.
    ``approved_before``: the application was approved, by an approved decision, before the action."""
    app = context.row(session, "application", app_id)
    mine = [op for op in ops if op.table_name == "application" and op.row_id == app_id]
    decisions = [op.changes for op in ops if op.table_name == "selection_decision" and op.kind == "insert"
                 and (op.changes.get("application_id") or [None, None])[1] == app_id
                 and (op.changes.get("decision") or [None, None])[1] == "approved"]
    money = {"status", "approved_amount", "requested_amount", "akimat_cofunding", "community_inkind", "call_id"}
    if app is None or app.get("status") != "approved" or not (
            decisions or any(money & set(op.changes) for op in mine)):
        return None
    call = context.row(session, "grant_call", app["call_id"]) or {}
    decision = decisions[-1] if decisions else {}
    authors = [op for op in ops if op.row_id == app_id or op.table_name == "selection_decision"]
    head_office = context.head_office_device or any(
        context.role(session, op.user_id) in HEAD_OFFICE_ROLES for op in authors)
    return envelope.Approval(
        number=app.get("registration_number") or app.get("draft_number") or app_id,
        granted=envelope.granted(app.get("approved_amount"), app.get("requested_amount")),
        requested=app.get("requested_amount"), max_grant=call.get("max_grant"), envelope=call.get("envelope"),
        committed=envelope.committed(session, app["call_id"], excluding=app_id),
        already_approved=approved_before and bool(decisions) and not _took_back(ops, app_id),
        override=bool((decision.get("envelope_override") or [None, False])[1]),
        reason=(decision.get("reason") or [None, None])[1], head_office=head_office)
