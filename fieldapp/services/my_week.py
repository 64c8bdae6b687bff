""""My week": what the signed-in user should do soon, one list, each line naming the record it opens.

- *Overdue reports*: a signed agreement past its end with no completion report.
- *Tranches waiting on a condition*: unpaid, with a condition, due within ``AHEAD_DAYS`` or overdue.
- *Visits due* within ``AHEAD_DAYS`` and *overdue*, as the visit plan says (``services/visit_plan.py``; an
  officer sees the projects they visited last, or never visited ones).
- *Open follow-up actions* of visits, each opening the visit that found it (due date first, overdue ones too).
- *Reviews to finish*: applications assigned to the user for review whose review is not submitted yet.

The head office sees every project; anyone else the projects they visited or are to visit (``SiteVisit.officer``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from fieldapp.model import (
    Agreement,
    Application,
    FollowUpAction,
    GrantCall,
    ProjectReport,
    Review,
    ReviewAssignment,
    SiteVisit,
    Tranche,
)
from fieldapp.services import dashboard, roles, visit_plan

AHEAD_DAYS = 7
KINDS = ("report_overdue", "tranche_waiting", "visit_due", "visit_overdue", "followup_open", "review_open")


@dataclass(frozen=True)
class WeekItem:
    kind: str  # one of KINDS
    list_name: str  # the list (services/lists.py) its record is in
    record_id: str
    number: str  # the agreement's or application's number
    title: str  # the project
    due_on: dt.date | None
    amount: object = None  # a tranche's amount (Decimal)


def _number() -> ColumnElement[str]:
    return func.coalesce(Agreement.number, Agreement.draft_number)


def my_week(session: Session, today: dt.date | None = None,
            plan: list[visit_plan.DueRow] | None = None) -> list[WeekItem]:
    """``plan``: the visit plan of every officer on ``today`` when already read (``dashboard_view``)."""
    today = today or dt.date.today()
    ahead = today + dt.timedelta(days=AHEAD_DAYS)
    user = roles.current_user(session)
    everything = user is not None and user.role in roles.HEAD_OFFICE_ROLES
    mine = select(SiteVisit.agreement_id).where(SiteVisit.officer_id == (user.id if user else None))

    def scoped(query: dashboard.Rows) -> dashboard.Rows:
        return query if everything else query.where(Agreement.id.in_(mine))

    items: list[WeekItem] = []
    completed = select(ProjectReport.id).where(ProjectReport.agreement_id == Agreement.id,
                                               ProjectReport.kind == "completion")
    for row in session.execute(scoped(
            select(Agreement.id, _number(), Application.title, Agreement.ends_on)
            .join(Application, Application.id == Agreement.application_id)
            .where(Agreement.status.in_(dashboard.RUNNING_STATUSES), Agreement.ends_on < today,
                   ~completed.exists()))):
        items.append(WeekItem("report_overdue", "agreements", row[0], row[1], row[2], row[3]))
    for row in session.execute(scoped(
            select(Tranche.id, _number(), Application.title, Tranche.due_on, Tranche.amount)
            .join(Agreement, Agreement.id == Tranche.agreement_id)
            .join(Application, Application.id == Agreement.application_id)
            .where(Tranche.paid_on.is_(None), Tranche.condition.is_not(None), Tranche.condition != "",
                   Agreement.status.in_(dashboard.RUNNING_STATUSES),
                   (Tranche.due_on.is_(None)) | (Tranche.due_on <= ahead)))):
        items.append(WeekItem("tranche_waiting", "payments", row[0], row[1], row[2], row[3], row[4]))
    if plan is None:
        plan = visit_plan.due_visits(session, today)
    for due in visit_plan.of_officer(plan, None if everything else (user.id if user else "")):
        if due.overdue or due.due_on <= ahead:
            items.append(WeekItem("visit_overdue" if due.overdue else "visit_due", "agreements", due.agreement_id,
                                  due.project, due.title, due.due_on))
    for row in session.execute(scoped(
            select(FollowUpAction.visit_id, _number(), FollowUpAction.description, FollowUpAction.due_on)
            .join(Agreement, Agreement.id == FollowUpAction.agreement_id)
            .where(FollowUpAction.status == "open"))):
        items.append(WeekItem("followup_open", "site_visits", row[0], row[1], row[2], row[3]))
    if user is not None:
        submitted = select(Review.id).where(Review.application_id == ReviewAssignment.application_id,
                                            Review.reviewer_id == user.id, Review.status == "submitted")
        for row in session.execute(
                select(Application.id, func.coalesce(Application.registration_number, Application.draft_number),
                       Application.title, GrantCall.deadline)
                .join(ReviewAssignment, ReviewAssignment.application_id == Application.id)
                .join(GrantCall, GrantCall.id == Application.call_id)
                .where(ReviewAssignment.reviewer_id == user.id, Application.status == "under_review",
                       ~submitted.exists())):
            items.append(WeekItem("review_open", "applications", row[0], row[1], row[2], None))
    order = {kind: i for i, kind in enumerate(KINDS)}
    return sorted(items, key=lambda i: (i.due_on or dt.date.max, order[i.kind], i.number or ""))
