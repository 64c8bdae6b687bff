"""Follow-up actions from a visit's findings: open until someone closes them (who and when)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.model import Agreement, Application, FollowUpAction, Locality, SiteVisit, UserProfile
from fieldapp.problems import Invalid
from fieldapp.services import completion, settings

CLOSED = ("done", "cancelled")


@dataclass(frozen=True)
class ActionRow:
    id: str
    visit_id: str
    agreement_id: str
    project: str
    settlement: str
    description: str
    owner: str
    due_on: dt.date | None
    status: str
    officer: str
    closed_at: dt.datetime | None = None
    closed_by: str | None = None
    closing_note: str | None = None


def actions(session: Session, *, visit_id: str | None = None, agreement_id: str | None = None,
            officer_id: str | None = None, open_only: bool = False, lang: str = "ru") -> list[ActionRow]:
    """Actions of a visit, a project or an officer (the officer of the visit that found them), the soonest due
    first; the settlement's name in ``lang`` (QA 43: the Kazakh screen listed «Боранкул»)."""
    from fieldapp.services.choices import place_name

    closer = UserProfile.__table__.alias("closer")
    officer = UserProfile.__table__.alias("officer")
    query = (select(FollowUpAction, func.coalesce(Agreement.number, Agreement.draft_number),
                    place_name(Locality, lang),
                    officer.c.name, closer.c.name)
             .join(SiteVisit, SiteVisit.id == FollowUpAction.visit_id)
             .join(Agreement, Agreement.id == FollowUpAction.agreement_id)
             .join(Application, Application.id == Agreement.application_id)
             .outerjoin(Locality, Locality.id == Application.settlement_id)
             .outerjoin(officer, officer.c.id == SiteVisit.officer_id)
             .outerjoin(closer, closer.c.id == FollowUpAction.closed_by)
             .order_by(FollowUpAction.due_on.is_(None), FollowUpAction.due_on, FollowUpAction.created_at))
    if visit_id:
        query = query.where(FollowUpAction.visit_id == visit_id)
    if agreement_id:
        query = query.where(FollowUpAction.agreement_id == agreement_id)
    if officer_id:
        query = query.where(SiteVisit.officer_id == officer_id)
    if open_only:
        query = query.where(FollowUpAction.status == "open")
    return [ActionRow(a.id, a.visit_id, a.agreement_id, number, settlement or "", a.description, a.owner, a.due_on,
                      a.status, officer_name or "", a.closed_at, closer_name, a.closing_note)
            for a, number, settlement, officer_name, closer_name in session.execute(query)]


def close_action(session: Session, action_id: str, status: str = "done", note: str | None = None,
                 at: dt.datetime | None = None) -> None:
    """Close an open action as done or cancelled, noting who (the current user) and when."""
    if status not in CLOSED:
        raise Invalid("choice.unknown", f"Unknown status {status!r}", params={"value": status})
    row = session.get(FollowUpAction, action_id)
    if row is None or row.deleted_at is not None:
        raise Invalid("action.unknown", f"No such action: {action_id}", params={"id": action_id})
    if row.status != "open":
        raise Invalid("action.closed", "This action is already closed")
    row.status = status
    row.closed_at = at or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    row.closed_by = settings.current_user_id(session)
    row.closing_note = (note or "").strip() or None
    session.flush()
    completion.settle(session, row.agreement_id)  # the last open action closed may complete the project


def reopen_action(session: Session, action_id: str) -> None:
    row = session.get(FollowUpAction, action_id)
    if row is None or row.deleted_at is not None:
        raise Invalid("action.unknown", f"No such action: {action_id}", params={"id": action_id})
    row.status, row.closed_at, row.closed_by, row.closing_note = "open", None, None, None
    session.flush()
    completion.settle(session, row.agreement_id)  # an open action again reopens a completed project
