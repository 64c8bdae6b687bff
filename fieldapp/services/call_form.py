"""The grant call form as one load and one save: title, dates, maximum grant and envelope, the settlements that
may apply, the attachments every application needs, and the scoring criteria (copied from another call or
typed). The head office owns calls: the core refuses anyone else (``roles.require_head_office``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from fieldapp.services import calls, choices
from fieldapp.services.calls import CriterionSpec
from fieldapp.services.choices import Choice


@dataclass(frozen=True)
class CallInput:
    cycle_id: str
    title: str
    opens_on: dt.date
    deadline: dt.date
    max_grant: Decimal
    envelope: Decimal
    code: str | None = None
    description: str | None = None
    settlement_ids: Sequence[str] = ()  # none: every settlement may apply
    attachments: Sequence[tuple[str, str]] = ()  # (kind, title as applicants see it)
    criteria: Sequence[CriterionSpec] = ()
    title_kk: str | None = None  # the title in Kazakh documents (Russian when empty)


@dataclass(frozen=True)
class CallForm:
    cycles: list[Choice]
    other_calls: list[Choice]  # to copy criteria from
    settlements: list[Choice]
    call: CallInput | None = None


def criteria_specs(session: Session, call_id: str) -> list[CriterionSpec]:
    return [CriterionSpec(c.name_ru, c.max_score, c.weight, c.name_kk, c.name_en, c.comment_required)
            for c in calls.criteria(session, call_id)]


def call_form(session: Session, call_id: str | None, lang: str) -> CallForm:
    data = None
    if call_id is not None:
        call = calls.get(session, call_id)
        data = CallInput(call.cycle_id, call.title, call.opens_on, call.deadline, call.max_grant, call.envelope,
                         call.code, call.description, sorted(calls.settlements(session, call.id)),
                         [(r.kind, r.label) for r in calls.attachment_rules(session, call.id)],
                         criteria_specs(session, call.id), call.title_kk)
    return CallForm(choices.cycles(session), choices.calls(session, except_id=call_id),
                    choices.settlements(session, lang), data)


def save_call(session: Session, call_id: str | None, data: CallInput) -> str:
    """Create or change the call; its criteria, settlements and attachment rules are rewritten only where they
    changed (criteria are frozen once scoring began)."""
    fields: dict[str, Any] = {"title": data.title, "title_kk": data.title_kk or None, "opens_on": data.opens_on, "deadline": data.deadline, "max_grant": data.max_grant,
              "envelope": data.envelope, "code": data.code, "description": data.description}
    if call_id is None:
        call_id = calls.create(session, cycle_id=data.cycle_id, **fields).id
    else:
        calls.update(session, call_id, **fields)
    if criteria_specs(session, call_id) != list(data.criteria):
        calls.set_criteria(session, call_id, data.criteria)
    if sorted(calls.settlements(session, call_id)) != sorted(data.settlement_ids):
        calls.set_settlements(session, call_id, data.settlement_ids)
    rules = calls.check_attachment_rules(data.attachments)
    if [(r.kind, r.label) for r in calls.attachment_rules(session, call_id)] != rules:
        calls.set_attachment_rules(session, call_id, rules)
    return call_id
