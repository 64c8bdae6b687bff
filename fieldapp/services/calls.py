"""Grant calls: dates, eligible settlements, required attachments, scoring criteria and the call's status.

A call moves draft → open → under_review → decided; the head office owns it. Criteria can be copied from a
previous call.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fieldapp.model import (
    Application,
    CallAttachmentRule,
    CallSettlement,
    Criterion,
    Cycle,
    GrantCall,
)
from fieldapp.model.base import utcnow
from fieldapp.services.roles import require_head_office
from fieldapp.text import fold
from fieldapp.validation import Invalid, check_date_order, check_money, check_required

CALL_STATUSES = ("draft", "open", "under_review", "decided")
CALL_MOVES = {"draft": {"open"}, "open": {"under_review"}, "under_review": {"decided"}, "decided": {"under_review"}}
ATTACHMENT_KINDS = ("support_letter", "cofunding_letter", "site_photo", "other")


@dataclass(frozen=True)
class CriterionSpec:
    name_ru: str
    max_score: int
    weight: Decimal = Decimal("1.00")
    name_kk: str | None = None
    name_en: str | None = None
    comment_required: bool = False


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def get(session: Session, ref: str) -> GrantCall:
    """A call by its id, its code or its exact title."""
    ref = (ref or "").strip()
    call = session.get(GrantCall, ref) if is_uuid(ref) else None
    if call is None:
        call = session.scalars(
            select(GrantCall).where(or_(GrantCall.code == ref, GrantCall.title == ref))
        ).first()
    if call is None or call.deleted_at is not None:
        raise Invalid("call.unknown", f"No grant call {ref!r}")
    return call


def create(
    session: Session,
    *,
    cycle_id: str,
    title: str,
    opens_on: dt.date,
    deadline: dt.date,
    max_grant: Any,
    envelope: Any,
    code: str | None = None,
    description: str | None = None,
    title_kk: str | None = None,
    title_en: str | None = None,
) -> GrantCall:
    require_head_office(session, "create a grant call")
    title = str(check_required(title, "title"))
    check_date_order(opens_on, deadline)
    if session.get(Cycle, cycle_id) is None:
        raise Invalid("call.cycle", "Choose the programme cycle of the call", "cycle")
    max_amount, envelope_amount = check_money(max_grant), check_money(envelope)
    if max_amount > envelope_amount:
        raise Invalid("call.max_over_envelope", "The maximum grant cannot exceed the envelope", "max_grant")
    call = GrantCall(cycle_id=cycle_id, title=title, opens_on=opens_on, deadline=deadline, max_grant=max_amount,
                     envelope=envelope_amount, code=code, description=description, status="draft",
                     title_kk=(title_kk or "").strip() or None, title_en=(title_en or "").strip() or None)
    session.add(call)
    session.flush()
    return call


def update(session: Session, call_id: str, **fields: Any) -> GrantCall:
    require_head_office(session, "change a grant call")
    call = get(session, call_id)
    allowed = {"title", "title_kk", "title_en", "opens_on", "deadline", "max_grant", "envelope", "code",
               "description"}
    for key, value in fields.items():
        if key not in allowed:
            raise TypeError(f"unknown call field {key}")
        if key in {"max_grant", "envelope"}:
            value = check_money(value)
        if key in {"title_kk", "title_en"}:
            value = (value or "").strip() or None
        setattr(call, key, value)
    check_date_order(call.opens_on, call.deadline)
    session.flush()
    return call


def set_status(session: Session, call_id: str, status: str) -> GrantCall:
    """Open a call, start its review, mark it decided (or reopen a decided call for review)."""
    require_head_office(session, "change the status of a call")
    call = get(session, call_id)
    if status not in CALL_MOVES.get(call.status, set()):
        raise Invalid("call.move", f"A call that is {call.status} cannot become {status}",
                      params={"status": call.status, "to_status": status})
    if status == "open" and not criteria(session, call.id):
        raise Invalid("call.no_criteria", "Add the scoring criteria before opening the call")
    call.status = status
    session.flush()
    return call


def set_settlements(session: Session, call_id: str, settlement_ids: Iterable[str]) -> None:
    """The settlements whose groups may apply (none listed: every settlement may)."""
    require_head_office(session, "change a call's eligible settlements")
    wanted = set(settlement_ids)
    existing = {row.settlement_id: row for row in session.scalars(  # a settlement ticked again comes back
        select(CallSettlement).where(CallSettlement.call_id == call_id).execution_options(include_deleted=True))}
    for settlement_id, row in existing.items():
        row.deleted_at = None if settlement_id in wanted else (row.deleted_at or utcnow())
    for settlement_id in wanted - set(existing):
        session.add(CallSettlement(call_id=call_id, settlement_id=settlement_id))
    session.flush()


def settlements(session: Session, call_id: str) -> list[str]:
    return list(session.scalars(select(CallSettlement.settlement_id).where(
        CallSettlement.call_id == call_id)))


def check_attachment_rules(rules: Iterable[Sequence[str]]) -> list[tuple[str, str]]:
    """Required attachments as clean (kind, label) pairs: a known kind, a label, none listed twice."""
    clean: list[tuple[str, str]] = []
    for position, (kind, label) in enumerate(rules, start=1):
        label = " ".join(str(label or "").split())
        if kind not in ATTACHMENT_KINDS:
            raise Invalid("call.attachment_kind", f"Unknown kind of attachment {kind!r}", "attachments", {"kind": kind})
        if not label:
            raise Invalid("call.attachment_label", f"Required attachment {position} has no title", "attachments",
                          {"position": position})
        if any(fold(label) == fold(known) for _kind, known in clean):
            raise Invalid("call.attachment_twice", f"'{label}' is listed twice", "attachments", {"label": label})
        clean.append((kind, label))
    return clean


def set_attachment_rules(session: Session, call_id: str, rules: Sequence[Sequence[str]]) -> None:
    """Required attachments as (kind, label) pairs; the previous rules are retired."""
    require_head_office(session, "change a call's required attachments")
    clean = check_attachment_rules(rules)
    now = utcnow()
    for row in attachment_rules(session, call_id):
        row.deleted_at = now
    for kind, label in clean:
        session.add(CallAttachmentRule(call_id=call_id, kind=kind, label=label))
    session.flush()


def attachment_rules(session: Session, call_id: str) -> list[CallAttachmentRule]:
    return list(session.scalars(select(CallAttachmentRule).where(
        CallAttachmentRule.call_id == call_id)
        .order_by(CallAttachmentRule.created_at, CallAttachmentRule.id)))


def criteria(session: Session, call_id: str) -> list[Criterion]:
    return list(session.scalars(
        select(Criterion).where(Criterion.call_id == call_id)
        .order_by(Criterion.position)))


def _scored(session: Session, call_id: str) -> bool:
    from fieldapp.model import Review

    return bool(session.scalar(
        select(func.count()).select_from(Review).join(Application, Application.id == Review.application_id)
        .where(Application.call_id == call_id)))


def set_criteria(session: Session, call_id: str, specs: Sequence[CriterionSpec]) -> list[Criterion]:
    """Replace the call's criteria; refused once reviewers have started scoring."""
    require_head_office(session, "change a call's criteria")
    if _scored(session, call_id):
        raise Invalid("call.criteria_frozen", "Reviewers have started scoring: the criteria can no longer change")
    now = utcnow()
    for row in criteria(session, call_id):
        row.deleted_at = now
    made = []
    for position, spec in enumerate(specs, start=1):
        name = str(check_required(spec.name_ru, "name_ru"))
        if int(spec.max_score) < 1:
            raise Invalid("criterion.max", f"Criterion {position}: the maximum score must be at least 1",
                          params={"position": position})
        weight = Decimal(spec.weight)
        if weight <= 0 or weight != weight.quantize(Decimal("0.01")):
            raise Invalid("criterion.weight", f"Criterion {position}: the weight must be positive, 2 places at most",
                          params={"position": position})
        row = Criterion(call_id=call_id, position=position, name_ru=name, name_kk=spec.name_kk,
                        name_en=spec.name_en, max_score=int(spec.max_score), weight=weight,
                        comment_required=spec.comment_required)
        session.add(row)
        made.append(row)
    session.flush()
    return made


def copy_criteria(session: Session, from_call_id: str, to_call_id: str) -> list[Criterion]:
    """Reuse a previous call's criteria."""
    specs = [CriterionSpec(c.name_ru, c.max_score, c.weight, c.name_kk, c.name_en, c.comment_required)
             for c in criteria(session, from_call_id)]
    if not specs:
        raise Invalid("call.no_criteria_to_copy", "That call has no criteria to copy")
    return set_criteria(session, to_call_id, specs)


def criterion_name(criterion: Criterion, lang: str) -> str:
    return {"kk": criterion.name_kk, "en": criterion.name_en}.get(lang) or criterion.name_ru


def approved_total(session: Session, call_id: str) -> Decimal:
    """What the call has committed: the granted amounts of its approved applications (``envelope``)."""
    from fieldapp.services.envelope import committed

    return committed(session, call_id)


def list_calls(session: Session) -> list[dict[str, Any]]:
    """Every call with its cycle and how many applications it has received (for lists and the CLI)."""
    counts = (select(func.count()).where(Application.call_id == GrantCall.id)
              .scalar_subquery())
    rows = session.execute(
        select(GrantCall, Cycle.name, counts).join(Cycle, Cycle.id == GrantCall.cycle_id)
        .order_by(GrantCall.opens_on)
    ).all()
    return [
        {"id": call.id, "title": call.title, "code": call.code, "cycle": cycle, "status": call.status,
         "opens_on": call.opens_on, "deadline": call.deadline, "max_grant": call.max_grant,
         "envelope": call.envelope, "applications": count}
        for call, cycle, count in rows
    ]


def programme_name(session: Session, call: GrantCall, lang: str) -> str:
    """The programme's name in the document language (Russian when there is no translation)."""
    from fieldapp.model import Programme

    cycle = session.get(Cycle, call.cycle_id)
    programme = session.get(Programme, cycle.programme_id) if cycle else None
    if programme is None:
        return ""
    return {"kk": programme.name_kk, "en": programme.name_en}.get(lang) or programme.name


def title_in(call: GrantCall, lang: str) -> str:
    """The call's title in the document language (Russian when there is no translation)."""
    return ({"kk": call.title_kk, "en": call.title_en}.get(lang) or call.title).strip()


def place_name(session: Session, locality_id: str | None, lang: str) -> str:
    from fieldapp.model import Locality

    place = session.get(Locality, locality_id) if locality_id else None
    if place is None:
        return ""
    return {"kk": place.name_kk, "en": place.name_en}.get(lang) or place.name_ru
