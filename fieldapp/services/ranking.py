"""The ranking of a call's applications and the suggested selection within the envelope.

An application's score is the mean of its reviewers' weighted scores (out of 100, 2 places); the spread is the
highest minus the lowest reviewer score, to spot disagreement. Order: score (highest first); ties go to the
smaller request (more projects fit), then the earlier received date, then the number — and are flagged.
Applications without a score follow, then drafts and withdrawn ones. Rejected applications keep their rank
(they are the reserve list) but do not count in the running total.

The running total adds, down the ranking, what is funded or suggested: the approved applications and the
suggestion's. A row passed over (too large for what was left) or not yet scored adds nothing, so the running
total, the suggested mark and "within the envelope" always agree, and at the bottom it equals the
selection's total.

"Suggest selection" walks down the ranking and takes each application that still fits the envelope (what is
already approved counts first); one that does not fit is passed over and the walk goes on, so a smaller
project further down may fill the rest.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.model import Application, InitiativeGroup, Locality
from fieldapp.services import applications, calls, review

ZERO = Decimal("0.00")
CLOSED = frozenset({"withdrawn", "rejected", "draft"})  # not counted in the running total
GONE = frozenset({"withdrawn", "draft"})  # not ranked at all
SELECTABLE = frozenset({"under_review", "recommended"})
RESERVE = frozenset({"under_review", "recommended", "not_recommended", "rejected"})


@dataclass(frozen=True)
class RankRow:
    application_id: str
    number: str
    title: str
    group: str | None
    settlement: str | None
    settlement_id: str | None
    requested: Decimal
    status: str
    score: Decimal | None
    spread: Decimal | None
    reviews: int
    rank: int | None = None
    tied: bool = False
    running_total: Decimal = ZERO  # summed down the ranking over the approved and suggested applications
    within_envelope: bool = False  # approved or suggested: counted in the envelope
    suggested: bool = False
    passed_over: bool = False  # scored and waiting, but too large for what the envelope had left
    received_on: dt.date | None = None


@dataclass(frozen=True)
class Selection:
    application_ids: tuple[str, ...]
    total: Decimal  # already approved + suggested
    envelope: Decimal
    passed_over: tuple[str, ...]  # ranked above the last suggested one but too large for what was left
    approved: Decimal = ZERO  # of the total, what is already approved

    @property
    def remaining(self) -> Decimal:
        return self.envelope - self.total

    @property
    def suggested_total(self) -> Decimal:
        """The newly suggested applications' requests (the total without what is already approved)."""
        return self.total - self.approved


def _sort_key(row: RankRow) -> tuple:
    bucket = 2 if row.status in GONE else (0 if row.score is not None else 1)
    return (bucket, -(row.score or ZERO), row.requested, row.received_on or dt.date.max, row.number)


def rows(session: Session, call_id: str) -> list[RankRow]:
    """The call's applications in ranking order, with running totals against the envelope."""
    call = calls.get(session, call_id)
    query = (select(Application, InitiativeGroup.name, Locality.name_ru)
             .outerjoin(InitiativeGroup, InitiativeGroup.id == Application.group_id)
             .outerjoin(Locality, Locality.id == Application.settlement_id)
             .where(Application.call_id == call.id))
    result = []
    counted = review.call_totals(session, call.id)
    for app, group, settlement in session.execute(query).all():
        totals = [t for _reviewer, t in counted.get(app.id, [])]
        score = (sum(totals, Decimal(0)) / len(totals)).quantize(Decimal("0.01"), ROUND_HALF_UP) if totals else None
        spread = (max(totals) - min(totals)) if totals else None
        result.append(RankRow(app.id, applications.number(app), app.title, group, settlement, app.settlement_id,
                              app.approved_amount if app.status == "approved" and app.approved_amount is not None
                              else app.requested_amount, app.status, score, spread, len(totals),
                              received_on=app.received_on))
    result.sort(key=_sort_key)
    selection = suggest(session, call.id, ranked=result)
    ranked: list[RankRow] = []
    running = ZERO
    for position, row in enumerate(result, start=1):
        suggested = row.application_id in selection.application_ids
        in_selection = suggested or row.status == "approved"
        running += row.requested if in_selection else ZERO
        ranks = row.score is not None and row.status not in GONE
        tied = ranks and any(other is not row and other.score == row.score and other.status not in GONE
                             for other in result)
        ranked.append(replace(row, rank=position if ranks else None, tied=tied, running_total=running,
                              within_envelope=in_selection, suggested=suggested,
                              passed_over=row.application_id in selection.passed_over))
    return ranked


def suggest(session: Session, call_id: str, ranked: list[RankRow] | None = None) -> Selection:
    """The top-ranked scored applications that fit the envelope together with those already approved."""
    call = calls.get(session, call_id)
    ranked = ranked if ranked is not None else rows(session, call.id)
    approved = total = calls.approved_total(session, call.id)
    chosen: list[str] = []
    passed: list[str] = []
    for row in ranked:
        if row.score is None or row.status not in SELECTABLE:
            continue
        if total + row.requested <= call.envelope:
            total += row.requested
            chosen.append(row.application_id)
        else:
            passed.append(row.application_id)
    return Selection(tuple(chosen), total, call.envelope, tuple(passed), approved)


def next_in_line(session: Session, call_id: str) -> RankRow | None:
    """The best-ranked application still waiting that fits what is left of the envelope (after a withdrawal)."""
    call = calls.get(session, call_id)
    left = call.envelope - calls.approved_total(session, call.id)
    for row in rows(session, call.id):
        if row.score is not None and row.status in RESERVE and row.requested <= left:
            return row
    return None


@dataclass(frozen=True)
class RankingView:
    """The ranking panel: the calls to choose from, the chosen call's ranking and suggested selection."""

    calls: list[tuple[str, str]]  # (id, title), oldest first
    call_id: str | None
    rows: list[RankRow]
    suggested: tuple[str, ...]
    envelope: Decimal | None
    approved: Decimal | None


def ranking_view(session: Session, call_id: str | None = None) -> RankingView:
    """The ranking of ``call_id``, else of the latest call under review, else of the latest call."""
    listed = calls.list_calls(session)
    chosen = call_id or next((c["id"] for c in reversed(listed) if c["status"] == "under_review"),
                             listed[-1]["id"] if listed else None)
    options = [(c["id"], c["title"]) for c in listed]
    if chosen is None:
        return RankingView(options, None, [], (), None, None)
    ranked = rows(session, chosen)
    selection = suggest(session, chosen, ranked=ranked)
    return RankingView(options, chosen, ranked, selection.application_ids, calls.get(session, chosen).envelope,
                       calls.approved_total(session, chosen))
