"""The hub: accepts, merges and serves operations, whatever brings them (HTTP today, bundles next).

Push: every operation is checked before anything is written; an action (the operations of one transaction on
the laptop) is accepted or refused as a whole; accepted operations get the next ``server_seq`` and are folded
into the hub's replica; a value that loses a concurrent edit, a delete against a concurrent edit and an action
that breaks a rule across records become conflicts for a person. Pushing the same operation again is answered
with its first result; the same id with other content is refused.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, insert, or_, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from fieldapp.db.bulk import insert_rows
from fieldapp.db.history import format_hlc, schema_version, to_json
from fieldapp.gc_pause import gc_paused
from fieldapp.ids import new_id
from fieldapp.model import LocalDevice, Operation
from fieldapp.model.base import utcnow
from fieldapp.model.history import derived_fields, merge_groups
from fieldapp.server import rules
from fieldapp.server.store import HubConflict, HubDevice, HubReceived, HubStore, hub_device
from fieldapp.services import completion
from fieldapp.sync.conflicts import record_name
from fieldapp.sync.merge import IDS, OpView, fold, materialise, row_operations, synced_table, unreadable_field
from fieldapp.sync.purge import scrub_purged
from fieldapp.sync.wire import (
    SERVED_FIELDS,
    MalformedOperation,
    WireOp,
    columns,
    digest,
    parse_ops,
    row_of,
    served,
    wire_text,
)

#: an operation stamped further ahead of the hub's clock than this is suspect: it cannot win merges
SUSPECT_AHEAD = dt.timedelta(minutes=5)
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "created_by", "deleted_at"})


class ReusedOpId(Exception):
    """The same op id with other content (HTTP 409)."""


class EarlierMissing(Exception):
    """A push that must follow an operation the hub does not hold (its batch failed or has not come): nothing
    was written (HTTP 412, ``push.earlier_missing``; ``server/push_order.py``)."""


@dataclass
class Scopes:
    cycles: list[str] | None = None  # None: every cycle
    settlements: list[str] | None = None
    head_office: bool = False  # a head-office device: its changes are the head office's

    @classmethod
    def from_json(cls, value: dict[str, Any] | None) -> Scopes:
        value = value or {}
        return cls(value.get("cycles"), value.get("settlements"), bool(value.get("head_office")))

    def limit(self, query: Select[Any]) -> Select[Any]:
        """Only the operations in these scopes (an operation of no cycle or settlement is in every scope)."""
        if self.cycles is not None:
            query = query.where(or_(Operation.scope_cycle_id.is_(None), Operation.scope_cycle_id.in_(self.cycles)))
        if self.settlements is not None:
            query = query.where(or_(Operation.scope_settlement_id.is_(None),
                                    Operation.scope_settlement_id.in_(self.settlements)))
        return query


#: per operation the hub took: its acceptance number and the stamp the merge orders it by
Stamps = dict[str, tuple[int, str]]
NOT_TAKEN: tuple[None, None] = (None, None)
_NOT_DELETED = (None, None)


@dataclass
class Prepared:
    """A push's operations, and what the hub works out of each one alone before it takes the write lock: its
    digest, why it is refused whatever the hub holds (its shape, ``rules.shape_refusal``; a value the hub cannot
    read, ``rules.bad_value``), its history row without the hub's stamps and, for an insert, the row it makes by
    itself (``merge.fold``). A merge worker prepares a push while the batch
    before it merges (:func:`prepare`); they were a fifth of a push's Python under the lock."""

    ops: list[WireOp]
    digests: dict[str, str]  # by op id
    refusals: dict[str, rules.Refusal]
    rows: dict[str, dict[str, Any]]
    folded: dict[str, dict[str, Any]]


def prepare(ops: list[Any] | Prepared) -> Prepared:
    """A push's operations (WireOps, or JSON objects checked here whole) prepared for :meth:`Hub.push`; raises
    MalformedOperation (the same operation twice)."""
    if isinstance(ops, Prepared):
        return ops
    ops = parse_ops(ops)
    if len({op.op_id for op in ops}) != len(ops):
        raise MalformedOperation("the same operation twice in one push")
    prepared = Prepared(ops, {op.op_id: digest(op) for op in ops}, {}, {}, {})
    for op in ops:
        refusal = rules.shape_refusal(op)
        if refusal:
            prepared.refusals[op.op_id] = refusal
            continue
        row = prepared.rows[op.op_id] = row_of(op)
        if op.schema_version > schema_version():
            continue  # parked, never read here: the FieldApp that made it knows its values
        table = synced_table(op.table_name)
        assert table is not None  # the shape's first check
        try:  # its values read as the merge's fold will read them (an update's as if they made a row alone)
            alone = fold(table, [OpView(op.op_id, op.device_id, op.table_name, op.row_id, "insert", op.changes,
                                        op.hlc, op.hlc, op.base_version, row["at"])])
        except (ValueError, TypeError, ArithmeticError):  # a value it cannot read, or one a derived field cannot
            unreadable = unreadable_field(table, op.changes, texts=True)
            prepared.refusals[op.op_id] = rules.bad_value(op, unreadable or next(iter(derived_fields(op.table_name)),
                                                                                   "id"))
            continue
        except KeyError:  # a derived field that needs the whole row: the merge reads the values, as before
            continue
        if op.kind == "insert" and alone is not None:  # an insert by itself always makes its row
            prepared.folded[op.op_id] = alone
    return prepared


def _deletes(view: OpView) -> bool:
    """The operation sets ``deleted_at`` to a time (a delete, or an insert of a row deleted already)."""
    return view.changes.get("deleted_at", _NOT_DELETED)[1] is not None


@dataclass
class _Group:
    ops: list[WireOp]
    reason: str | None = None
    result: str = "accepted"
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    #: the refusal's code and params, for the laptop's interface to word (``rules.Refusal``, a rule's violation)
    code: str | None = None
    params: dict[str, Any] | None = None


def _conflict_json(row: HubConflict) -> dict[str, Any]:
    return {"id": row.id, "kind": row.kind, "table_name": row.table_name, "row_id": row.row_id,
            "fields": row.fields, "winner_op": row.winner_op, "loser_op": row.loser_op, "winner": row.winner,
            "loser": row.loser, "message": row.message}


class Hub:
    def __init__(self, store: HubStore, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.clock = clock

    def now_ms(self) -> int:
        return int(self.clock() * 1000)

    @gc_paused
    def push(self, device: HubDevice, ops: list[Any] | Prepared, after: str | None = None) -> list[dict[str, Any]]:
        """Accept a device's operations (in its sequence order; WireOps, JSON objects checked here whole, or
        :func:`prepare`'s); returns one result per operation. ``after``: an operation the hub must hold already
        (the last of the batch the laptop sent before this one), or nothing is written (``EarlierMissing``)."""
        prepared = prepare(ops)
        ops, digests = prepared.ops, prepared.digests
        ids = [op.op_id for op in ops]
        with self.store.writing() as session:
            if after is not None and session.get(HubReceived, after) is None:
                raise EarlierMissing(after)
            known = {r.op_id: r for r in session.scalars(select(HubReceived).where(HubReceived.op_id.in_(IDS)),
                                                         {"ids": ids})}
            for op in ops:
                if op.op_id in known and known[op.op_id].digest != digests[op.op_id]:
                    raise ReusedOpId(op.op_id)
            fresh = [op for op in ops if op.op_id not in known]
            clashing = self._clashes(session, fresh)
            fresh = [op for op in fresh if op.op_id not in clashing]
            outcomes = self._merge(session, device, fresh, prepared) if fresh else {}
            results = []
            for op in ops:
                if op.op_id in clashing:
                    results.append(clashing[op.op_id])
                elif op.op_id in outcomes:
                    results.append(outcomes[op.op_id])
                else:
                    results.append(self._earlier_result(session, known[op.op_id]))
            return results

    def _clashes(self, session: Session, ops: list[WireOp]) -> dict[str, dict[str, Any]]:
        """Operations numbered like others the hub holds (the same device id and sequence number, another
        operation): a database file copied to two laptops before either renewed its id. From the first such
        number on, none of that device's operations is taken; the laptop numbers them anew under a new device
        id and sends them again (nothing is recorded of them here, so they are not "the same id, other
        content")."""
        by_device: dict[str, list[WireOp]] = {}
        for op in ops:
            by_device.setdefault(op.device_id, []).append(op)
        clashing: dict[str, dict[str, Any]] = {}
        for device_id, mine in by_device.items():
            seqs = [op.seq for op in mine]
            held = dict(session.execute(select(Operation.seq, Operation.op_id).where(
                Operation.device_id == device_id, Operation.seq >= min(seqs), Operation.seq <= max(seqs))).all())
            first = min((op.seq for op in mine if held.get(op.seq, op.op_id) != op.op_id), default=None)
            if first is None:
                continue
            action = next(op.tx_id for op in mine if op.seq == first)
            if action:  # an action is taken or refused whole
                first = min(op.seq for op in mine if op.seq >= first or op.tx_id == action)
            reason = (f"device {device_id} sent operation {first} that the hub holds from another laptop with "
                      "the same device id (a copied database file)")
            for op in mine:
                if op.seq >= first:
                    clashing[op.op_id] = {"op_id": op.op_id, "result": "clash", "server_seq": None, "rank": None,
                                          "reason": reason, "clash_seq": first, "conflicts": []}
        return clashing

    def _earlier_result(self, session: Session, received: HubReceived) -> dict[str, Any]:
        conflicts = session.scalars(select(HubConflict).where(
            or_(HubConflict.loser_op == received.op_id, HubConflict.winner_op == received.op_id))).all()
        return {"op_id": received.op_id, "result": received.result, "server_seq": received.server_seq,
                "rank": received.rank, "reason": received.reason,
                "conflicts": [_conflict_json(c) for c in conflicts]}

    def _merge(self, session: Session, device: HubDevice, ops: list[WireOp],
               prepared: Prepared) -> dict[str, dict[str, Any]]:
        groups: list[_Group] = []
        for op in ops:
            if groups and op.tx_id and groups[-1].ops[0].tx_id == op.tx_id:
                groups[-1].ops.append(op)
            else:
                groups.append(_Group([op]))
        context = rules.BatchContext(head_office_device=Scopes.from_json(device.scopes).head_office)
        for group in groups:
            self._check(session, group, context, prepared.refusals)
        now = utcnow()
        accepted = [group for group in groups if group.result == "accepted"]
        stamps: Stamps = {}  # op id → (server_seq, rank) of what the hub took
        if accepted and not self._apply_together(session, accepted, context.head_office_device, stamps, prepared):
            for group in accepted:
                self._apply(session, group, context.head_office_device, stamps, prepared)
        self._settle_completions(session, [op for group in accepted if group.result == "accepted" for op in group.ops])
        received: list[dict[str, Any]] = []
        outcomes: dict[str, dict[str, Any]] = {}
        for group in groups:
            result, reason, taken = group.result, group.reason, group.result == "accepted"
            for op in group.ops:
                server_seq, rank = stamps.get(op.op_id, NOT_TAKEN)
                received.append({"op_id": op.op_id, "digest": prepared.digests[op.op_id], "device": device.id,
                                 "result": result, "server_seq": server_seq, "rank": rank, "reason": reason,
                                 "payload": None if taken else op.wire(), "received_at": now})
                outcomes[op.op_id] = {"op_id": op.op_id, "result": result, "server_seq": server_seq, "rank": rank,
                                      "reason": reason, "code": group.code, "params": group.params,
                                      "conflicts": self._conflicts_of(op, group)}
        insert_rows(session, HubReceived.__table__, received)
        return outcomes

    @staticmethod
    def _conflicts_of(op: WireOp, group: _Group) -> list[dict[str, Any]]:
        """The conflicts an operation's result carries: its own, or its refused action's."""
        if group.result == "conflict" or not group.conflicts:
            return group.conflicts
        return [c for c in group.conflicts if op.op_id in (c["winner_op"], c["loser_op"])]

    def _check(self, session: Session, group: _Group, context: rules.BatchContext,
               refusals: dict[str, rules.Refusal]) -> None:
        """Checks that need no writing (``refusals``: those of the operations' shapes, made already); a refused
        operation refuses its whole action."""
        if any(op.schema_version > schema_version() for op in group.ops):
            group.result, group.reason = "parked", "made by a newer FieldApp: kept until the hub is updated"
            return
        for op in group.ops:
            reason = refusals.get(op.op_id) or rules.check_operation(session, op, context, shaped=True)
            if reason:
                group.result = "rejected"
                group.reason = str(reason) if len(group.ops) == 1 else f"{reason} (the whole action is refused)"
                group.code, group.params = reason.code, {**reason.params, "whole": len(group.ops) > 1}
                return
            if op.kind == "insert":
                context.inserted[(op.table_name, op.row_id)] = op.changes

    def _apply_together(self, session: Session, groups: list[_Group], head_office_device: bool,
                        stamps: Stamps, prepared: Prepared) -> bool:
        """The usual case: every action applies cleanly, in one go. False (and nothing written) otherwise."""
        ops = [op for group in groups for op in group.ops]
        before = rules.measure_all(session, ops, rules.BatchContext())
        savepoint = session.begin_nested()
        try:
            conflicts = self._write(session, ops, stamps, prepared)
            clean = not rules.violations(session, before, ops,
                                         rules.BatchContext(head_office_device=head_office_device))
        except (IntegrityError, DataError):
            clean = False
        if not clean:
            savepoint.rollback()
            for op in ops:
                stamps.pop(op.op_id, None)
            return False
        savepoint.commit()
        for group in groups:
            ids = {op.op_id for op in group.ops}
            group.conflicts = [c for c in conflicts if c["winner_op"] in ids or c["loser_op"] in ids]
        return True

    def _apply(self, session: Session, group: _Group, head_office_device: bool, stamps: Stamps,
               prepared: Prepared) -> None:
        """Write one action inside a savepoint; a unique clash or a broken rule undoes it and says why."""
        before = rules.measure_all(session, group.ops, rules.BatchContext())
        savepoint = session.begin_nested()
        try:
            conflicts = self._write(session, group.ops, stamps, prepared)
            broken = rules.violations(session, before, group.ops,
                                      rules.BatchContext(head_office_device=head_office_device))
        except (IntegrityError, DataError) as exc:  # a unique key, or text PostgreSQL refuses
            savepoint.rollback()
            group.result, group.reason = "rejected", f"clashes with a record the hub has ({exc.orig})"
            group.code, group.params = "sync.clash", {"table": group.ops[0].table_name}
            for op in group.ops:
                stamps.pop(op.op_id, None)
            return
        if broken:
            savepoint.rollback()
            violation = broken[0]
            message = violation.message
            group.result, group.reason = "conflict", message
            group.code = violation.refusal.code
            group.params = {k: to_json(v) for k, v in violation.refusal.params.items()}
            row = HubConflict(id=new_id(), kind="rule", table_name=violation.table, row_id=violation.row_id,
                              fields=sorted({f for op in group.ops for f in op.changes}),
                              winner_op=None, loser_op=group.ops[0].op_id, winner=None,
                              loser={"ops": [op.op_id for op in group.ops]}, message=message,
                              detected_at=utcnow())
            session.add(row)
            group.conflicts = [_conflict_json(row)]
            lost = {name: change[1] for op in group.ops if op.row_id == violation.row_id
                    for name, change in op.changes.items() if name not in BOOKKEEPING}
            first = group.ops[0]
            self._share(session, [{**group.conflicts[0], "fields": sorted(lost), "lost": lost,
                                   "code": violation.refusal.code,
                                   "params": {k: to_json(v) for k, v in violation.refusal.params.items()}}],
                        refused={first.op_id: {**first.wire(), "at": dt.datetime.fromisoformat(first.at)}})
            for op in group.ops:
                stamps.pop(op.op_id, None)
            return
        savepoint.commit()
        group.conflicts = conflicts

    def _stamp(self, device: LocalDevice, wall: int | None = None) -> str:
        wall = self.now_ms() if wall is None else wall
        if wall > device.hlc_wall:
            device.hlc_wall, device.hlc_counter = wall, 0
        else:
            device.hlc_counter += 1
        return format_hlc(device.hlc_wall, device.hlc_counter, device.device_id)

    def _write(self, session: Session, ops: list[WireOp], stamps: Stamps,
               prepared: Prepared) -> list[dict[str, Any]]:
        keys = {(op.table_name, op.row_id) for op in ops}
        existing = row_operations(session, keys)
        # the rows ever deleted, and whether any purge: of the rows' earlier operations (few) here, of this batch's
        # as each is seen (a pass over every row after the loop was 3 % of a push)
        ever_deleted = {key for key, views in existing.items() if any(map(_deletes, views))}
        purging = any(view.kind == "purge" for views in existing.values() for view in views)
        limit = self.now_ms() + int(SUSPECT_AHEAD.total_seconds() * 1000)
        seq = self.store.next_server_seq(session)
        device = hub_device(session)
        conflicts: list[dict[str, Any]] = []
        rows = []
        # the hub's clock (hybrid logical) follows the devices': worked out here, written to the device once
        clock_wall, clock_counter = device.hlc_wall, device.hlc_counter
        for op in ops:
            op_wall = int(op.hlc.split("-", 1)[0])
            suspect = op_wall > limit  # stamped far ahead: ranked by the hub's own clock instead
            wall = self.now_ms() if suspect else op_wall
            if wall > clock_wall:
                clock_wall, clock_counter = wall, 0
            else:
                clock_counter += 1
            rank = format_hlc(clock_wall, clock_counter, device.device_id) if suspect else op.hlc
            stamps[op.op_id] = (seq, rank)
            row = prepared.rows[op.op_id]  # the history row, given the hub's stamps
            row["server_seq"], row["rank"] = seq, None if rank == op.hlc else rank
            seq += 1
            view = OpView(op.op_id, op.device_id, op.table_name, op.row_id, op.kind, op.changes,
                          op.hlc, rank, op.base_version, row["at"])
            history = existing[(op.table_name, op.row_id)]
            if history:  # only a row that has operations already can hold a concurrent edit
                conflicts.extend(self._field_conflicts(session, history, view))
            history.append(view)
            rows.append(row)
            purging = purging or op.kind == "purge"
            if _deletes(view):
                ever_deleted.add((op.table_name, op.row_id))
        device.hlc_wall, device.hlc_counter = clock_wall, clock_counter
        insert_rows(session, Operation.__table__, rows)
        if purging:
            scrub_purged(session, keys, existing)
            existing = row_operations(session, keys)
            ever_deleted = {key for key, views in existing.items() if any(map(_deletes, views))}
        materialise(session, keys, history=existing, folded=None if purging else prepared.folded)
        conflicts.extend(self._keep_edited_rows(session, ever_deleted, seq, existing))
        self._share(session, conflicts)
        return conflicts

    def _share(self, session: Session, found: list[dict[str, Any]],
               refused: dict[str, dict[str, Any]] | None = None) -> None:
        """Each conflict found becomes a record every replica holds (``Conflict``), made by a hub operation in
        the record's scope: the laptop whose value lost gets it when it pulls, and its resolution syncs back.
        ``refused``: operations of a refused action (not in the history), by op id."""
        if not found:
            return
        involved = {op_id for c in found for op_id in (c["winner_op"], c["loser_op"]) if op_id}
        known = {row.op_id: row._asdict() for row in session.execute(select(
            Operation.op_id, Operation.device_id, Operation.user_name, Operation.at, Operation.scope_cycle_id,
            Operation.scope_settlement_id).where(Operation.op_id.in_(sorted(involved))))}
        known.update(refused or {})
        seq = self.store.next_server_seq(session)
        device = hub_device(session)
        rows = []
        for conflict in found:
            kept, lost = known.get(conflict["winner_op"] or "") or {}, known.get(conflict["loser_op"] or "") or {}
            values = {
                "id": conflict["id"], "kind": conflict["kind"], "subject_table": conflict["table_name"],
                "subject_id": conflict["row_id"],
                "subject_name": record_name(session, conflict["table_name"], conflict["row_id"])[:300],
                "fields": conflict["fields"], "kept": conflict["winner"], "kept_op": conflict["winner_op"],
                "kept_device": kept.get("device_id"), "kept_by": kept.get("user_name"), "kept_at": kept.get("at"),
                "lost": conflict.get("lost", conflict["loser"]), "lost_op": conflict["loser_op"],
                "lost_device": lost.get("device_id"), "lost_by": lost.get("user_name"), "lost_at": lost.get("at"),
                "message": conflict["message"], "code": conflict.get("code"), "params": conflict.get("params"),
                "resolved_at": None, "resolved_by": None, "resolution": None, "created_at": utcnow(),
                "updated_at": utcnow(), "created_by": None, "deleted_at": None}
            device.last_seq += 1
            rows.append({
                "op_id": new_id(), "device_id": device.device_id, "seq": device.last_seq, "hlc": self._stamp(device),
                "schema_version": schema_version(), "at": utcnow(), "user_id": None, "user_name": "hub",
                "reason": None, "table_name": "conflict", "row_id": conflict["id"], "kind": "insert",
                "changes": {name: [None, to_json(value)] for name, value in values.items()}, "base_version": None,
                "scope_cycle_id": lost.get("scope_cycle_id") or kept.get("scope_cycle_id"),
                "scope_settlement_id": lost.get("scope_settlement_id") or kept.get("scope_settlement_id"),
                "tx_id": None, "origin": "local", "server_seq": seq, "rank": None})
            seq += 1
        session.execute(insert(Operation.__table__), rows)
        materialise(session, {("conflict", c["id"]) for c in found})

    def _field_conflicts(self, session: Session, history: list[OpView], op: OpView) -> list[dict[str, Any]]:
        """Both sides changed a field (or a group that merges as one): the higher rank wins, the other is kept."""
        found: list[dict[str, Any]] = []
        if op.table_name == "conflict" or op.kind == "purge":  # two resolutions of one conflict: the later holds;
            return found  # a purge blanks every value, it is nobody's edit
        units: list[tuple[str, ...]] = list(merge_groups(op.table_name))
        grouped = {f for unit in units for f in unit}
        derived = derived_fields(op.table_name)
        units += [(f,) for f in op.changes if f not in grouped and f not in BOOKKEEPING and f not in derived]
        for unit in units:
            if not any(f in op.changes for f in unit):
                continue
            rivals = [h for h in history if any(f in h.changes for f in unit)]
            if not rivals:
                continue
            latest = max(rivals, key=lambda h: h.order)
            if latest.device_id == op.device_id or (op.base_version and latest.hlc <= op.base_version):
                continue
            mine = {f: op.changes[f][1] for f in unit if f in op.changes}
            theirs = {f: latest.changes[f][1] for f in unit if f in latest.changes}
            if all(theirs.get(f) == v for f, v in mine.items()):
                continue
            winner, loser = (op, latest) if op.order > latest.order else (latest, op)
            row = HubConflict(
                id=new_id(), kind="field", table_name=op.table_name, row_id=op.row_id, fields=list(unit),
                winner_op=winner.op_id, loser_op=loser.op_id,
                winner={f: winner.changes[f][1] for f in unit if f in winner.changes},
                loser={f: loser.changes[f][1] for f in unit if f in loser.changes},
                message=None, detected_at=utcnow())
            session.add(row)
            found.append(_conflict_json(row))
        return found

    def _keep_edited_rows(self, session: Session, ever_deleted: set[tuple[str, str]], seq: int,
                          history: dict[tuple[str, str], list[OpView]]) -> list[dict[str, Any]]:
        """A delete concurrent with an edit: the record is kept (the hub restores it) and flagged.
        ``ever_deleted``: the rows whose history holds a deletion (the usual case: none — an insert says
        ``deleted_at: null``)."""
        found = []
        for key in sorted(ever_deleted):
            ops = sorted(history[key], key=lambda h: h.order)
            deletes = [h for h in ops if "deleted_at" in h.changes]
            if deletes[-1].changes["deleted_at"][1] is None:
                continue
            delete = deletes[-1]
            edits = [h for h in ops if h.kind == "update" and h.device_id != delete.device_id
                     and (h.base_version is None or h.base_version < delete.hlc)
                     and (delete.base_version is None or delete.base_version < h.hlc)]
            if not edits:
                continue
            device = hub_device(session)
            device.last_seq += 1
            stamp = self._stamp(device)
            restore = {
                "op_id": new_id(), "device_id": device.device_id, "seq": device.last_seq, "hlc": stamp,
                "schema_version": schema_version(), "at": utcnow(), "user_id": None, "user_name": "hub",
                "reason": "edited on one laptop while deleted on another: the record is kept",
                "table_name": key[0], "row_id": key[1], "kind": "restore",
                "changes": {"deleted_at": [delete.changes["deleted_at"][1], None]},
                "base_version": max(h.hlc for h in ops), "scope_cycle_id": None, "scope_settlement_id": None,
                "tx_id": None, "origin": "local", "server_seq": seq, "rank": None,
            }
            scope = session.execute(select(Operation.scope_cycle_id, Operation.scope_settlement_id).where(
                Operation.op_id == delete.op_id)).one()
            restore["scope_cycle_id"], restore["scope_settlement_id"] = scope
            seq += 1
            session.execute(insert(Operation.__table__), [restore])
            materialise(session, {key})
            row = HubConflict(id=new_id(), kind="delete_edit", table_name=key[0], row_id=key[1], fields=["deleted_at"],
                              winner_op=edits[-1].op_id, loser_op=delete.op_id, winner=None,
                              loser={"deleted_at": delete.changes["deleted_at"][1]},
                              message=restore["reason"], detected_at=utcnow())
            session.add(row)
            found.append(_conflict_json(row))
        return found

    def _settle_completions(self, session: Session, ops: list[WireOp]) -> None:
        """The completion rule (``services/completion.py``) on the hub's data for the agreements the taken
        operations touch: a project whose last gap closed on another laptop than the acceptance visit's (or that a
        late correction put out of order) is completed (or reopened) here, by a hub operation every laptop pulls."""
        touched = completion.agreements_touched(session, sorted(
            {(op.table_name, op.row_id) for op in ops if op.table_name in completion.READ_FROM}))
        table = synced_table("agreement")
        assert table is not None
        for agreement_id in sorted(touched):
            row = session.execute(select(table).where(table.c.id == agreement_id)).mappings().first()
            if row is None or row["deleted_at"] is not None:
                continue
            now = {"status": row["status"], "completed_on": row["completed_on"],
                   "beneficiaries_reached": row["beneficiaries_reached"]}
            want = completion.expected(completion.completion_state(session, agreement_id), completion.Recorded(**now))
            changes = {name: [to_json(now[name]), to_json(value)] for name, value in (
                ("status", want.status), ("completed_on", want.completed_on),
                ("beneficiaries_reached", want.beneficiaries_reached)) if now[name] != value}
            if not changes:
                continue
            latest = session.execute(select(Operation.hlc, Operation.scope_cycle_id, Operation.scope_settlement_id)
                                     .where(Operation.table_name == "agreement", Operation.row_id == agreement_id)
                                     .order_by(Operation.hlc.desc()).limit(1)).first()
            device = hub_device(session)
            device.last_seq += 1
            session.execute(insert(Operation.__table__), [{
                "op_id": new_id(), "device_id": device.device_id, "seq": device.last_seq, "hlc": self._stamp(device),
                "schema_version": schema_version(), "at": utcnow(), "user_id": None, "user_name": "hub",
                "reason": "completion rule", "table_name": "agreement", "row_id": agreement_id, "kind": "update",
                "changes": changes, "base_version": latest.hlc if latest else None,
                "scope_cycle_id": latest.scope_cycle_id if latest else None,
                "scope_settlement_id": latest.scope_settlement_id if latest else None,
                "tx_id": None, "origin": "local", "server_seq": self.store.next_server_seq(session), "rank": None}])
            materialise(session, {("agreement", agreement_id)})

    def unpark(self) -> int:
        """Merge the operations kept aside from a newer schema that this hub now understands (after an update)."""
        with self.store.writing() as session:
            parked = session.scalars(select(HubReceived).where(HubReceived.result == "parked")).all()
            ready = sorted((p for p in parked if (p.payload or {}).get("schema_version", 1 << 30) <= schema_version()),
                           key=lambda p: (p.device or "", (p.payload or {})["device_id"], (p.payload or {})["seq"]))
            if not ready:
                return 0
            by_device: dict[str | None, list[WireOp]] = {}
            for row in ready:
                by_device.setdefault(row.device, []).extend(parse_ops([dict(row.payload or {})]))
                session.delete(row)
            session.flush()
            for device_id, ops in by_device.items():
                known = session.get(HubDevice, device_id) if device_id else None
                prepared = prepare(ops)
                self._merge(session, known or HubDevice(id=device_id), prepared.ops, prepared)
            return len(ready)

    def may_fetch(self, device: HubDevice, sha256: str) -> bool:
        """Whether a file is referenced by an attachment row in the device's scopes (so it may download it)."""
        attachment = synced_table("attachment")
        assert attachment is not None
        with self.store.reading() as session:
            query = select(Operation.op_id).where(
                Operation.table_name == "attachment",
                Operation.row_id.in_(select(attachment.c.id).where(attachment.c.sha256 == sha256)))
            return session.execute(Scopes.from_json(device.scopes).limit(query).limit(1)).first() is not None

    @gc_paused
    def pull(self, device: HubDevice, after: int, limit: int = 1000,
             exclude_device: str | None = None) -> dict[str, Any]:
        """The operations after ``after`` that fall in the device's scopes, in acceptance order."""
        ops, cursor, more = self._page(device, after, limit, exclude_device)
        return {"ops": [served(op) for op in ops], "cursor": cursor, "more": more, "server_time_ms": self.now_ms()}

    @gc_paused
    def pull_json(self, device: HubDevice, after: int, limit: int = 1000, exclude_device: str | None = None,
                  delivered: dict[str, int] | None = None) -> str:
        """``pull`` as JSON text, the operations' changes passed on as stored (not decoded and encoded again).
        ``delivered``: per earlier device id of the laptop (a copied file renews it), the last number it
        delivered under that id — those operations are the laptop's own and are left out (the hub holds them from
        this laptop: a number that clashed with another laptop's was never marked delivered)."""
        ops, cursor, more = self._page(device, after, limit, exclude_device, changes_text=True, delivered=delivered)
        return (f'{{"ops":[{",".join(wire_text(op, SERVED_FIELDS) for op in ops)}],"cursor":{cursor},'
                f'"more":{"true" if more else "false"},"server_time_ms":{self.now_ms()}}}')

    def _page(self, device: HubDevice, after: int, limit: int, exclude_device: str | None, *,
              changes_text: bool = False, delivered: dict[str, int] | None = None) -> tuple[Sequence[Any], int, bool]:
        with self.store.reading() as session:
            top = session.scalar(select(Operation.server_seq).order_by(Operation.server_seq.desc()).limit(1)) or 0
            query = Scopes.from_json(device.scopes).limit(select(*columns(SERVED_FIELDS, changes_text=changes_text))
                                                          .where(Operation.server_seq > after,
                                                                 Operation.server_seq <= top))
            if exclude_device:
                query = query.where(or_(Operation.device_id != exclude_device, Operation.rank.is_not(None)))
            for earlier, seq in (delivered or {}).items():  # re-stamped ones come back: the laptop takes the rank
                query = query.where(or_(Operation.device_id != earlier, Operation.seq > seq,
                                        Operation.rank.is_not(None)))
            ops = session.execute(query.order_by(Operation.server_seq).limit(limit)).mappings().all()
            more = len(ops) == limit
            cursor = ops[-1]["server_seq"] if more else top
            return ops, max(cursor or 0, after), more
