"""Which projects need a visit: never visited, the last visit older than the programme's interval, or a tranche
that waits on a visit (the next unpaid one is paid on progress and the payment rule of
:mod:`fieldapp.services.tranches` does not see it met: no progress report, and no final visit since the last
payment released it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.model import Agreement, Application, Locality, SiteVisit, Tranche, UserProfile
from fieldapp.services import settings, tranches
from fieldapp.services.choices import localised

DUE_DAYS_SETTING = "visits.due_days"
DEFAULT_DUE_DAYS = 60
#: a visit due within this many days is listed as upcoming
UPCOMING_DAYS = 14


def due_days(session: Session) -> int:
    value = settings.get(session, DUE_DAYS_SETTING)
    return int(value) if value and value.isdigit() and int(value) > 0 else DEFAULT_DUE_DAYS


def set_due_days(session: Session, days: int) -> None:
    from fieldapp.problems import Invalid

    if not 1 <= days <= 3650:
        raise Invalid("visit.due_days", f"{days} days is not an interval between visits", params={"value": days})
    settings.put(session, DUE_DAYS_SETTING, str(days))


@dataclass(frozen=True)
class DueRow:
    agreement_id: str
    project: str
    title: str
    settlement: str
    officer_id: str | None
    officer: str | None
    last_visit: dt.date | None
    due_on: dt.date
    reason: str  # never_visited, interval, tranche
    overdue: bool


def due_visits(session: Session, today: dt.date | None = None, lang: str = "ru",
               officer_id: str | None = None, days: int | None = None) -> list[DueRow]:
    """Projects under a signed agreement whose visit is overdue or due within ``UPCOMING_DAYS``, overdue first;
    with ``officer_id``, the officer's (:func:`of_officer`)."""
    today = today or dt.date.today()
    days = days or due_days(session)
    last = (select(SiteVisit.agreement_id, func.max(SiteVisit.visited_on).label("last"))
            .group_by(SiteVisit.agreement_id).subquery())
    rows = session.execute(
        select(Agreement, Application.title, Locality.name_ru, Locality.name_kk, Locality.name_en, last.c.last)
        .join(Application, Application.id == Agreement.application_id)
        .outerjoin(Locality, Locality.id == Application.settlement_id)
        .outerjoin(last, last.c.agreement_id == Agreement.id)
        .where(Agreement.status == "signed")).all()
    officers = dict(session.execute(select(UserProfile.id, UserProfile.name)).all())
    last_officer = dict(session.execute(
        select(SiteVisit.agreement_id, SiteVisit.officer_id).order_by(SiteVisit.visited_on)).all())
    found = []
    for agreement, title, ru, kk, en, last_on in rows:
        start = agreement.starts_on or agreement.signed_on or today
        due_on, reason = (last_on or start) + dt.timedelta(days=days), "interval" if last_on else "never_visited"
        waiting = _tranche_waiting(session, agreement.id)
        if waiting is not None:  # due since the tranche's date, or since the visit that held it
            due_on, reason = min(due_on, max(waiting, last_on or waiting)), "tranche"
        if due_on > today + dt.timedelta(days=UPCOMING_DAYS):
            continue
        who = last_officer.get(agreement.id)
        found.append(DueRow(agreement.id, agreement.number or agreement.draft_number, title,
                            localised(ru, kk, en, lang), who, officers.get(who) if who else None, last_on, due_on,
                            reason, due_on < today))
    return sorted(of_officer(found, officer_id), key=lambda r: (r.due_on, r.project))


def of_officer(plan: list[DueRow], officer_id: str | None) -> list[DueRow]:
    """The projects of ``plan`` an officer is to visit: those they visited last, and never visited ones (no
    ``officer_id``: every project)."""
    return [row for row in plan if not officer_id or row.officer_id in (officer_id, None)]


def _tranche_waiting(session: Session, agreement_id: str) -> dt.date | None:
    """The due date of the next unpaid tranche when it is paid on progress and the payment rule
    (:mod:`fieldapp.services.tranches`) does not yet see it met — no progress report and no final visit since the
    last payment released it; None when no tranche waits on a visit."""
    following = session.scalars(select(Tranche).where(Tranche.agreement_id == agreement_id,
                                                      Tranche.paid_on.is_(None)).order_by(Tranche.number)).first()
    if following is None or following.condition_kind != "progress" or tranches.condition_met(session, following):
        return None
    return following.due_on or dt.date.today()
