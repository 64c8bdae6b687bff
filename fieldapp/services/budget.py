"""An application's budget totals: the one computation the form, the PDFs, the sheets and the CLI all show.

A line costs quantity × unit cost (rounded half-up to the tiyn); its cost is paid from three sources —
the grant requested, the akimat's co-funding and the community's contribution in kind — which must add up
to the cost. An application typed from a register without lines has its three amounts only: it counts as
one line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.model import Application, BudgetLine, GrantCall
from fieldapp.problems import Problem

TIYN = Decimal("0.01")
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class BudgetTotals:
    line_costs: tuple[Decimal, ...]
    cost: Decimal  # sum of the lines' costs = the project's total
    requested: Decimal
    cofunding: Decimal
    inkind: Decimal
    volunteer_hours: int
    max_grant: Decimal | None = None
    problems: tuple[Problem, ...] = field(default=())  # each names its line: params["position"], 1-based

    @property
    def total(self) -> Decimal:
        return self.requested + self.cofunding + self.inkind

    @property
    def over_max(self) -> Decimal:
        """How much the request exceeds the call's maximum grant (zero when within it)."""
        if self.max_grant is None or self.requested <= self.max_grant:
            return ZERO
        return self.requested - self.max_grant

    @property
    def requested_share(self) -> Decimal:
        """The grant's share of the total, in percent with 2 places."""
        if not self.total:
            return ZERO
        return (self.requested * 100 / self.total).quantize(TIYN, ROUND_HALF_UP)


def _value(line: Any, key: str) -> Any:
    return line.get(key) if isinstance(line, Mapping) else getattr(line, key, None)


def _decimal(value: Any) -> Decimal:
    if value is None or value == "":
        return ZERO
    if isinstance(value, float):
        raise TypeError("budget amounts must be Decimal, never float")
    return Decimal(value)


def line_cost(quantity: Any, unit_cost: Any) -> Decimal:
    return (_decimal(quantity) * _decimal(unit_cost)).quantize(TIYN, ROUND_HALF_UP)


def compute(lines: Iterable[Any], max_grant: Decimal | None = None) -> BudgetTotals:
    """Totals of budget lines (rows or mappings with quantity, unit_cost, requested, cofunding, inkind)."""
    costs: list[Decimal] = []
    problems: list[Problem] = []
    requested = cofunding = inkind = ZERO
    hours = 0
    for position, line in enumerate(lines, start=1):
        cost = line_cost(_value(line, "quantity"), _value(line, "unit_cost"))
        req, cof, ink = (_decimal(_value(line, k)) for k in ("requested", "cofunding", "inkind"))
        costs.append(cost)
        requested, cofunding, inkind = requested + req, cofunding + cof, inkind + ink
        hours += int(_value(line, "volunteer_hours") or 0)
        if min(cost, req, cof, ink) < 0:
            problems.append(Problem("budget.negative", f"Line {position}: amounts cannot be negative",
                                    {"position": position}))
        elif req + cof + ink != cost:
            problems.append(
                Problem(
                    "budget.split",
                    f"Line {position}: requested + co-funding + in kind = {req + cof + ink}, "
                    f"but the line costs {cost}",
                    {"position": position, "sum": req + cof + ink, "cost": cost},
                )
            )
    return BudgetTotals(tuple(costs), sum(costs, ZERO), requested, cofunding, inkind, hours, max_grant,
                        tuple(problems))


def lines_of(session: Session, application_id: str) -> list[BudgetLine]:
    return list(
        session.scalars(
            select(BudgetLine)
            .where(BudgetLine.application_id == application_id)
            .order_by(BudgetLine.position)
        )
    )


def for_application(session: Session, application: Application) -> BudgetTotals:
    """The application's totals from its lines, or from its three amounts when it has no lines."""
    call = session.get(GrantCall, application.call_id)
    max_grant = call.max_grant if call else None
    lines: list[Any] = lines_of(session, application.id)
    if not lines:
        amounts = {
            "requested": application.requested_amount,
            "cofunding": application.akimat_cofunding,
            "inkind": application.community_inkind,
        }
        lines = [dict(quantity=Decimal(1), unit_cost=sum(amounts.values(), ZERO),
                      volunteer_hours=application.volunteer_hours, **amounts)]
    return compute(lines, max_grant)
