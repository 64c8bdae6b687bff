"""What the dashboard page shows, in one answer: the cycles to choose from, the figures of one cycle (None: all)
and the user's week. The page asks it; a next start shows its answer for all cycles first, kept by the last
session (``fieldapp/snapshots.py``). Its own module: ``my_week`` reads ``dashboard``'s rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from fieldapp.services import choices, dashboard, my_week, visit_plan


def view(session: Session, cycle_id: str | None = None) -> dict[str, Any]:
    """The figures and the week read one visit plan (every officer's; the week keeps the user's)."""
    today = dt.date.today()
    plan = visit_plan.due_visits(session, today)
    return {"cycle_id": cycle_id, "cycles": choices.cycles(session),
            "figures": dashboard.figures(session, cycle_id, today, plan), "week": my_week.my_week(session, today, plan)}
