"""The paper application form as one load and one save: the applicant group with its leader and members, the
project, its texts, budget lines, expected beneficiaries and attachments — written in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.model import Beneficiaries, GroupMember, InitiativeGroup, Person
from fieldapp.services import applications, budget, calls, choices
from fieldapp.services.choices import Choice

#: the calls an application can be typed in for
OPEN_STATUSES = ("open", "under_review", "draft")
BUDGET_FIELDS = ("item", "unit", "quantity", "unit_cost", "requested", "cofunding", "inkind", "volunteer_hours")
#: (kind, sex, age group) → how many expected beneficiaries
BeneficiaryCounts = Mapping[tuple[str, str, str], int]


@dataclass(frozen=True)
class ApplicationInput:
    call_id: str
    group: str
    settlement_id: str | None
    title: str
    category: str = "other"
    leader: str | None = None
    leader_phone: str | None = None
    members: Sequence[str] = ()
    received_on: dt.date | None = None
    channel: str | None = "paper"
    language: str = "ru"
    starts_on: dt.date | None = None
    duration_months: int | None = None
    texts: Mapping[str, str | None] = field(default_factory=dict)  # applications.TEXT_FIELDS
    lines: Sequence[Mapping[str, Any]] = ()  # budget lines (BUDGET_FIELDS)
    beneficiaries: BeneficiaryCounts = field(default_factory=dict)
    files: Sequence[tuple[Path, str]] = ()  # new attachments: (file, kind)


@dataclass(frozen=True)
class ApplicationForm:
    """What the form shows: its choices, each call's rules, and, editing, the application as typed."""

    calls: list[Choice]
    settlements: list[Choice]
    max_grants: dict[str, Decimal]
    attachment_rules: dict[str, list[tuple[str, str]]]  # call id → (kind, title)
    eligible: dict[str, list[str]]  # call id → settlement ids (none: every settlement)
    application: ApplicationInput | None = None
    attachments: list[tuple[str, str]] = field(default_factory=list)  # (file name, kind) already attached
    editable: bool = True
    number: str | None = None


def application_form(session: Session, application_id: str | None, lang: str) -> ApplicationForm:
    app = applications.get(session, application_id) if application_id else None
    offered = choices.calls(session, OPEN_STATUSES, also_id=app.call_id if app else None)
    form = ApplicationForm(
        offered, choices.settlements(session, lang), choices.max_grants(session),
        {c.id: [(r.kind, r.label) for r in calls.attachment_rules(session, c.id)] for c in offered},
        {c.id: calls.settlements(session, c.id) for c in offered})
    if app is None:
        return form
    group = session.get(InitiativeGroup, app.group_id) if app.group_id else None
    leader = session.get(Person, group.leader_id) if group and group.leader_id else None
    members = list(session.scalars(select(Person.full_name).join(GroupMember, GroupMember.person_id == Person.id)
                                   .where(GroupMember.group_id == group.id, GroupMember.role != "leader")
                                   .order_by(GroupMember.created_at))) if group else []
    lines = [{"item": line.item, "unit": line.unit, "quantity": line.quantity, "unit_cost": line.unit_cost,
              "requested": line.requested, "cofunding": line.cofunding, "inkind": line.inkind,
              "volunteer_hours": line.volunteer_hours} for line in budget.lines_of(session, app.id)]
    counts = {(b.kind, b.sex, b.age_group): b.count for b in session.scalars(
        select(Beneficiaries).where(Beneficiaries.application_id == app.id))}
    data = ApplicationInput(
        app.call_id, group.name if group else "", app.settlement_id, app.title, app.category,
        leader.full_name if leader else None, leader.phone if leader else None, members, app.received_on,
        app.channel, app.language, app.starts_on, app.duration_months,
        {name: getattr(app, name) for name in applications.TEXT_FIELDS}, lines, counts)
    attached = [(a.file_name, a.kind) for a in applications.attachments(session, app.id)]
    return ApplicationForm(form.calls, form.settlements, form.max_grants, form.attachment_rules, form.eligible,
                           data, attached, app.status in applications.EDITABLE, applications.number(app))


def save_application(session: Session, application_id: str | None, data: ApplicationInput) -> str:
    """A new application (a draft) or the changed one: its group (made with its leader and members if new), its
    fields, budget lines, beneficiaries and new attachments. Returns its id."""
    group = applications.ensure_group(session, data.group, data.settlement_id, leader_name=data.leader,
                                      leader_phone=data.leader_phone, members=[m for m in data.members if m.strip()])
    fields: dict[str, Any] = {
        "title": data.title, "category": data.category, "group_id": group.id, "settlement_id": data.settlement_id,
        "received_on": data.received_on, "channel": data.channel, "language": data.language,
        "starts_on": data.starts_on, "duration_months": data.duration_months or None,
        **{name: data.texts.get(name) for name in applications.TEXT_FIELDS}}
    if application_id is None:
        application_id = applications.create(session, data.call_id, **fields).id
    else:
        applications.update(session, application_id, **fields)
    applications.set_budget(session, application_id, data.lines)
    applications.set_beneficiaries(session, application_id, data.beneficiaries)
    for path, kind in data.files:
        applications.attach(session, application_id, kind, path)
    return application_id
