"""Budget totals: one Decimal computation for lines, requested, co-funding, in kind and the total."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fieldapp.model import Application
from fieldapp.services import applications, budget
from fieldapp.validation import Invalid

from .conftest import World, new_application

LINES = [
    {"item": "Горка детская", "unit": "шт", "quantity": "1", "unit_cost": "450000"},
    {"item": "Резиновое покрытие", "unit": "м²", "quantity": "120.5", "unit_cost": "8 999,99",
     "requested": "800000.00", "cofunding": "284498.80", "inkind": "0"},
    {"item": "Монтаж (жители)", "unit": "час", "quantity": "160", "unit_cost": "1250", "inkind": "200000",
     "volunteer_hours": 160},
]


def test_totals_of_a_typed_budget(world: World) -> None:
    app_id = new_application(world)
    with world.db.transaction() as s:
        totals = applications.set_budget(s, app_id, LINES)
    # 120.5 × 8 999,99 = 1 084 498,795 → rounded half-up to the tiyn
    assert totals.line_costs == (Decimal("450000.00"), Decimal("1084498.80"), Decimal("200000.00"))
    assert totals.requested == Decimal("1250000.00")
    assert totals.cofunding == Decimal("284498.80")
    assert totals.inkind == Decimal("200000.00")
    assert totals.total == totals.cost == Decimal("1734498.80")
    assert totals.volunteer_hours == 160
    assert totals.requested_share == Decimal("72.07")
    assert totals.over_max == Decimal("0.00")
    assert all(isinstance(v, Decimal) for v in (totals.requested, totals.total, *totals.line_costs))
    with world.db.reading() as s:
        app = s.get(Application, app_id)
        assert (app.requested_amount, app.akimat_cofunding, app.community_inkind) == (
            Decimal("1250000.00"), Decimal("284498.80"), Decimal("200000.00"))
        assert budget.for_application(s, app) == totals


def test_sources_must_add_up_to_the_line_cost(world: World) -> None:
    app_id = new_application(world)
    bad = [{"item": "Скамейки", "quantity": "4", "unit_cost": "30000", "requested": "100000", "cofunding": "19999.99"}]
    with pytest.raises(Invalid, match="Line 1: requested \\+ co-funding \\+ in kind = 119999.99, but the line "
                       "costs 120000.00"), world.db.transaction() as s:
        applications.set_budget(s, app_id, bad)


def test_over_the_maximum_is_shown_to_the_tiyn(world: World) -> None:
    totals = budget.compute([{"quantity": Decimal("1"), "unit_cost": Decimal("2000000.01"),
                              "requested": Decimal("2000000.01")}], max_grant=Decimal("2000000.00"))
    assert totals.over_max == Decimal("0.01")
    assert budget.compute([{"quantity": 1, "unit_cost": Decimal("2000000.00"), "requested": Decimal("2000000.00")}],
                          max_grant=Decimal("2000000.00")).over_max == Decimal("0.00")


def test_floats_never_enter(world: World) -> None:
    with pytest.raises(TypeError):
        budget.compute([{"quantity": 1, "unit_cost": 0.1, "requested": Decimal("0.10")}])


def test_fewer_lines_retire_the_rest_and_history_keeps_them(world: World) -> None:
    app_id = new_application(world)
    with world.db.transaction() as s:
        applications.set_budget(s, app_id, LINES)
    with world.db.transaction() as s:
        totals = applications.set_budget(s, app_id, LINES[:1])
    assert totals.total == Decimal("450000.00")
    with world.db.reading() as s:
        assert len(budget.lines_of(s, app_id)) == 1
        from fieldapp.model import BudgetLine

        # every query leaves deleted rows out (fieldapp.db.soft_delete); this one asks for them
        assert s.query(BudgetLine).filter(BudgetLine.application_id == app_id).count() == 1
        assert s.query(BudgetLine).filter(BudgetLine.application_id == app_id).execution_options(
            include_deleted=True).count() == 3
