"""Applications: the applicant group, the project, its budget, work plan, monitoring plan, beneficiaries and
attachments; draft numbers made on the device and registration numbers given by the head office.

An application's content can change while it is a draft or just submitted; from the eligibility check on it is
frozen, so every reviewer scores the same text. Status changes go through :mod:`fieldapp.services.workflow`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fieldapp.model import (
    Activity,
    Application,
    Attachment,
    Beneficiaries,
    BudgetLine,
    GrantCall,
    GroupMember,
    InitiativeGroup,
    MonitoringIndicator,
    Person,
    StatusEvent,
)
from fieldapp.model.base import utcnow
from fieldapp.problems import Problem
from fieldapp.services import budget, calls
from fieldapp.services.attachments import AttachmentStore
from fieldapp.services.attachments import attach as attach_file
from fieldapp.services.numbering import next_draft_number
from fieldapp.services.roles import require_head_office
from fieldapp.text import fold
from fieldapp.validation import Invalid, check_money, check_phone, check_required

__all__ = ["Problem"]  # applications.check reports the core's problems

CATEGORIES = ("playground", "sports_ground", "sensory_room", "recreation_area", "other")
CHANNELS = ("paper", "email", "in_person")
LANGUAGES = ("ru", "kk", "en")
EDITABLE = frozenset({"draft", "submitted"})
AGE_GROUPS = ("0-17", "18-29", "30-59", "60+")
TEXT_FIELDS = ("problem", "goal", "objectives", "community_participation", "inclusion", "risks", "sustainability")
FIELDS = frozenset({"title", "category", "group_id", "settlement_id", "received_on", "channel", "language",
                    "starts_on", "duration_months", *TEXT_FIELDS})


def get(session: Session, ref: str) -> Application:
    """An application by its id, registration number or draft number."""
    ref = (ref or "").strip()
    app = session.get(Application, ref) if calls.is_uuid(ref) else None
    if app is None:
        app = session.scalars(select(Application).where(
            or_(Application.registration_number == ref, Application.draft_number == ref))).first()
    if app is None or app.deleted_at is not None:
        raise Invalid("application.unknown", f"No application {ref!r}")
    return app


def number(app: Application) -> str:
    return app.registration_number or app.draft_number


def _check_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean = dict(fields)
    unknown = set(clean) - FIELDS
    if unknown:
        raise TypeError(f"unknown application fields: {sorted(unknown)}")
    if "title" in clean:
        clean["title"] = str(check_required(clean["title"], "title"))
    if clean.get("category") is not None and clean["category"] not in CATEGORIES:
        raise Invalid("application.category", "Choose a category from the list", "category")
    if clean.get("channel") is not None and clean["channel"] not in CHANNELS:
        raise Invalid("application.channel", "The channel is paper, e-mail or in person", "channel")
    if clean.get("language") is not None and clean["language"] not in LANGUAGES:
        raise Invalid("application.language", "The applicant's language is ru, kk or en", "language")
    months = clean.get("duration_months")
    if months is not None and not 1 <= int(months) <= 36:
        raise Invalid("application.duration", "The duration is 1 to 36 months", "duration_months")
    return clean


def create(session: Session, call_id: str, *, title: str, category: str = "other", **fields: Any) -> Application:
    call = calls.get(session, call_id)
    clean = _check_fields({"title": title, "category": category, **fields})
    clean.setdefault("received_on", dt.date.today() if clean.get("channel") else None)
    app = Application(call_id=call.id, draft_number=next_draft_number(session, "application"), status="draft", **clean)
    if app.group_id and not app.settlement_id:
        group = session.get(InitiativeGroup, app.group_id)
        app.settlement_id = group.settlement_id if group else None
    session.add(app)
    session.flush()
    session.add(StatusEvent(subject_table="application", subject_id=app.id, from_status=None, to_status="draft",
                            at=utcnow(), by_user_id=session.info.get("user_id"), reason=None))
    return app


def _editable(session: Session, application_id: str) -> Application:
    app = get(session, application_id)
    if app.status not in EDITABLE:
        raise Invalid("application.frozen",
                      f"Application {number(app)} is {app.status}: its content is frozen after the eligibility check",
                      params={"number": number(app), "status": app.status})
    return app


def update(session: Session, application_id: str, **fields: Any) -> Application:
    app = _editable(session, application_id)
    for key, value in _check_fields(fields).items():
        setattr(app, key, value)
    session.flush()
    return app


def ensure_group(session: Session, name: str, settlement_id: str | None, *, leader_name: str | None = None,
                 leader_phone: str | None = None, members: Sequence[str] = ()) -> InitiativeGroup:
    """The initiative group of that name in that settlement, made (with its leader and members) if new."""
    name = str(check_required(name, "group"))
    group = next((g for g in session.scalars(select(InitiativeGroup).where(
        InitiativeGroup.settlement_id == settlement_id))
        if fold(g.name) == fold(name)), None)
    if group is None:
        group = InitiativeGroup(name=name, settlement_id=settlement_id)
        session.add(group)
        session.flush()
    known = {fold(p.full_name): p for p in session.scalars(
        select(Person).join(GroupMember, GroupMember.person_id == Person.id)
        .where(GroupMember.group_id == group.id))}
    phone = check_phone(leader_phone) if leader_phone else None
    for full_name, role in [(leader_name, "leader"), *((m, None) for m in members)]:
        if not full_name or not full_name.strip():
            continue
        person = known.get(fold(full_name))
        if person is None:
            person = Person(full_name=full_name.strip(), settlement_id=settlement_id,
                            phone=phone if role == "leader" else None)
            session.add(person)
            session.flush()
            session.add(GroupMember(group_id=group.id, person_id=person.id, role=role))
            known[fold(full_name)] = person
        if role == "leader":
            group.leader_id = person.id
    session.flush()
    return group


def _replace_rows(session: Session, model: type[Any], application_id: str,
                  rows: Sequence[Mapping[str, Any]]) -> list[Any]:
    """Update the rows in place by position, retire the surplus, add the new: history shows real changes."""
    existing = list(session.scalars(select(model).where(
        model.application_id == application_id).order_by(model.position)))
    kept = []
    for position, data in enumerate(rows, start=1):
        row = existing[position - 1] if position <= len(existing) else None
        if row is None:
            row = model(application_id=application_id, position=position)
            session.add(row)
        for key, value in data.items():
            setattr(row, key, value)
        kept.append(row)
    for row in existing[len(rows):]:
        row.deleted_at = utcnow()
    session.flush()
    return kept


def set_budget(session: Session, application_id: str, lines: Sequence[Mapping[str, Any]]) -> budget.BudgetTotals:
    """Replace the budget lines. A line with no source filled in is all requested from the grant."""
    app = _editable(session, application_id)
    clean = []
    for position, line in enumerate(lines, start=1):
        item = str(line.get("item") or "").strip()
        if not item:
            raise Invalid("budget.item", f"Budget line {position}: what is bought or done?", f"budget.{position}.item",
                          {"position": position})
        quantity = Decimal(str(line.get("quantity") or "0").replace(",", ".").replace(" ", ""))
        if quantity <= 0 or quantity != quantity.quantize(Decimal("0.001")):
            raise Invalid("budget.quantity", f"Budget line {position}: the quantity must be positive (3 places at most)",
                          f"budget.{position}.quantity", {"position": position})
        unit_cost = check_money(line.get("unit_cost"))
        sources = {k: check_money(line[k]) if line.get(k) not in (None, "") else None
                   for k in ("requested", "cofunding", "inkind")}
        if all(v is None for v in sources.values()):
            sources["requested"] = budget.line_cost(quantity, unit_cost)
        clean.append({"item": item, "unit": (line.get("unit") or None), "quantity": quantity,
                      "unit_cost": unit_cost, "volunteer_hours": int(line.get("volunteer_hours") or 0),
                      **{k: v if v is not None else Decimal("0.00") for k, v in sources.items()}})
    totals = budget.compute(clean)
    if totals.problems:
        problem = totals.problems[0]
        raise Invalid(problem.code, problem.message, f"budget.{problem.params['position']}", problem.params)
    _replace_rows(session, BudgetLine, app.id, clean)
    app.requested_amount, app.akimat_cofunding = totals.requested, totals.cofunding
    app.community_inkind, app.volunteer_hours = totals.inkind, totals.volunteer_hours
    session.flush()
    return budget.for_application(session, app)


def set_amounts(session: Session, application_id: str, *, requested: Any, cofunding: Any = 0, inkind: Any = 0,
                volunteer_hours: int = 0) -> None:
    """The three amounts of an application without budget lines (from a register or a short paper form)."""
    app = _editable(session, application_id)
    if budget.lines_of(session, app.id):
        raise Invalid("budget.has_lines", "This application has budget lines: its amounts come from them")
    app.requested_amount, app.akimat_cofunding = check_money(requested), check_money(cofunding)
    app.community_inkind, app.volunteer_hours = check_money(inkind), int(volunteer_hours)
    session.flush()


def set_activities(session: Session, application_id: str, rows: Sequence[Mapping[str, Any]]) -> None:
    app = _editable(session, application_id)
    clean = []
    for position, row in enumerate(rows, start=1):
        text = str(check_required(row.get("activity"), f"activities.{position}.activity"))
        start, end = row.get("starts_on"), row.get("ends_on")
        if start and end and end < start:
            raise Invalid("date.order", f"Activity {position}: it ends before it starts", f"activities.{position}",
                          {"position": position})
        clean.append({"activity": text, "starts_on": start, "ends_on": end, "responsible": row.get("responsible")})
    _replace_rows(session, Activity, app.id, clean)


def set_indicators(session: Session, application_id: str, rows: Sequence[Mapping[str, Any]]) -> None:
    app = _editable(session, application_id)
    clean = [{"indicator": str(check_required(row.get("indicator"), f"monitoring.{i}.indicator")),
              "baseline": row.get("baseline"), "target": row.get("target"), "verification": row.get("verification")}
             for i, row in enumerate(rows, start=1)]
    _replace_rows(session, MonitoringIndicator, app.id, clean)


def rows_of(session: Session, model: type[Any], application_id: str) -> list[Any]:
    return list(session.scalars(select(model).where(
        model.application_id == application_id).order_by(model.position)))


def set_beneficiaries(session: Session, application_id: str, counts: Mapping[tuple[str, str, str], int]) -> None:
    """Expected beneficiaries keyed by (direct|indirect, F|M, age group)."""
    app = _editable(session, application_id)
    existing = {(b.kind, b.sex, b.age_group): b for b in session.scalars(  # a retired group comes back
        select(Beneficiaries).where(Beneficiaries.application_id == app.id).execution_options(include_deleted=True))}
    for key, count in counts.items():
        kind, sex, age = key
        if kind not in ("direct", "indirect") or sex not in ("F", "M") or age not in AGE_GROUPS:
            raise Invalid("beneficiaries.key", f"Unknown beneficiary group {key}")
        if int(count) < 0:
            raise Invalid("beneficiaries.negative", "A number of beneficiaries cannot be negative")
        row = existing.get(key)
        if row is None:
            session.add(Beneficiaries(application_id=app.id, kind=kind, sex=sex, age_group=age, count=int(count)))
        else:
            row.count, row.deleted_at = int(count), None
    session.flush()


def beneficiaries(session: Session, application_id: str) -> dict[str, int]:
    """Totals: direct, indirect, and per kind and sex (``direct_F``...)."""
    totals: dict[str, int] = {"direct": 0, "indirect": 0}
    for row in session.scalars(select(Beneficiaries).where(
            Beneficiaries.application_id == application_id)):
        totals[row.kind] += row.count
        totals[f"{row.kind}_{row.sex}"] = totals.get(f"{row.kind}_{row.sex}", 0) + row.count
        totals[f"{row.kind}_{row.age_group}"] = totals.get(f"{row.kind}_{row.age_group}", 0) + row.count
    return totals


MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


def attach(session: Session, application_id: str, kind: str, path: Path | str, *,
           limit: int = MAX_ATTACHMENT_BYTES) -> str:
    """Attach a photo or a scanned letter (stored once by its hash); too large a file is refused plainly."""
    app = get(session, application_id)
    if app.status not in EDITABLE:
        raise Invalid("application.frozen", f"Application {number(app)} is {app.status}: attachments are frozen",
                      params={"number": number(app), "status": app.status})
    if kind not in calls.ATTACHMENT_KINDS:
        raise Invalid("attachment.kind", f"Unknown kind of attachment {kind!r}", "kind", {"kind": kind})
    path = Path(path)
    if path.is_file() and path.stat().st_size > limit:
        mb = 1024 * 1024
        raise Invalid("attachment.too_large", f"{path.name} is {path.stat().st_size / mb:.1f} MB; attachments are "
                      f"limited to {limit / mb:.0f} MB (scan or photograph at a lower resolution)", "attachments",
                      {"name": path.name, "size": f"{path.stat().st_size / mb:.1f}", "limit": f"{limit / mb:.0f}"})
    return attach_file(session, AttachmentStore.of(session), "application", app.id, path, kind=kind)


def attachments(session: Session, application_id: str) -> list[Attachment]:
    return list(session.scalars(select(Attachment).where(
        Attachment.subject_table == "application", Attachment.subject_id == application_id)
        .order_by(Attachment.created_at)))


def assign_registration_number(session: Session, application_id: str) -> str:
    """The number that goes on paper: given once by the head office, never changed afterwards."""
    require_head_office(session, "assign registration numbers")
    app = get(session, application_id)
    if app.registration_number:
        raise Invalid("application.registered",
                      f"Application {app.registration_number} already has its registration number; it never changes",
                      params={"number": app.registration_number})
    if app.status == "draft":
        raise Invalid("application.draft", "A draft is registered when it is submitted")
    call = session.get(GrantCall, app.call_id)
    assert call is not None
    prefix = call.code or f"G{call.opens_on.year}"
    taken = session.scalars(select(Application.registration_number).where(  # a deleted one's number stays taken
        Application.call_id == call.id, Application.registration_number.is_not(None)).execution_options(
        include_deleted=True))
    last = max((int(m.group(1)) for n in taken if (m := re.search(r"(\d+)$", n or ""))), default=0)
    app.registration_number = f"{prefix}-{last + 1:03d}"
    session.flush()
    return app.registration_number


def check(session: Session, application_id: str) -> list[Problem]:
    """What stops submission (errors) or deserves a look (warnings)."""
    app = get(session, application_id)
    call = session.get(GrantCall, app.call_id)
    assert call is not None
    problems = []
    if not app.group_id:
        problems.append(Problem("application.group", "Name the applicant initiative group", field="group"))
    if not app.settlement_id:
        problems.append(Problem("application.settlement", "Choose the settlement", field="settlement"))
    totals = budget.for_application(session, app)
    if totals.requested <= 0:
        problems.append(Problem("application.amount", "The requested amount is missing", field="budget"))
    if totals.over_max:
        problems.append(Problem("application.over_max", f"The request exceeds the call's maximum grant by "
                                f"{totals.over_max}", {"amount": totals.over_max}, "budget", "warning"))
    if app.received_on and not call.opens_on <= app.received_on <= call.deadline:
        problems.append(Problem("application.received", "Received outside the call's dates", field="received_on",
                                level="warning"))
    eligible = calls.settlements(session, call.id)
    if eligible and app.settlement_id and app.settlement_id not in eligible:
        names = {lang: calls.place_name(session, app.settlement_id, lang) or app.settlement_id for lang in LANGUAGES}
        problems.append(Problem("application.settlement_ineligible", f"{names['en']} is not among the settlements "
                                "eligible for this call", {"place": names}, "settlement", "warning"))
    have = {a.kind for a in attachments(session, app.id)}
    for rule in calls.attachment_rules(session, call.id):
        if rule.kind not in have:
            problems.append(Problem("application.attachment", f"Missing attachment: {rule.label}", {"label": rule.label},
                                    "attachments", "warning"))
    return problems


def count_by_status(session: Session, call_id: str) -> dict[str, int]:
    rows = session.execute(select(Application.status, func.count()).where(
        Application.call_id == call_id).group_by(Application.status)).all()
    return {status: n for status, n in rows}
