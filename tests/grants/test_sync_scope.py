"""Every operation on a row that belongs to an application carries the application's cycle and settlement, so a
laptop limited to one settlement receives that settlement's applications with all their parts, and nothing of
other settlements' applications."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from fieldapp.model import Activity, Application, BudgetLine, Operation
from fieldapp.services import applications, review, workflow

from .conftest import World, new_application, score_all, to_review

CHILD_TABLES = {"application", "budget_line", "application_activity", "monitoring_indicator",
                "application_beneficiaries", "attachment", "status_event", "review_assignment", "review",
                "review_score", "conflict_of_interest", "selection_decision"}


def _scopes(w: World, row_ids: set[str] | None = None) -> dict[str, set[tuple[str | None, str | None]]]:
    with w.db.reading() as s:
        rows = s.execute(select(Operation.table_name, Operation.row_id, Operation.scope_cycle_id,
                                Operation.scope_settlement_id)).all()
    found: dict[str, set[tuple[str | None, str | None]]] = {}
    for table, row_id, cycle, settlement in rows:
        if row_ids is None or row_id in row_ids:
            found.setdefault(table, set()).add((cycle, settlement))
    return found


def _child_row_ids(w: World, app_id: str) -> set[str]:
    with w.db.reading() as s:
        ids = set(s.scalars(select(Operation.row_id).where(Operation.row_id == app_id)))
        for op in s.scalars(select(Operation)):
            changes = op.changes or {}
            if any((changes.get(key) or [None, None])[1] in ids | {app_id}
                   for key in ("application_id", "subject_id", "review_id")):
                ids.add(op.row_id)
        return ids | {app_id}


def test_every_child_of_an_application_carries_its_cycle_and_settlement(world: World) -> None:
    ours = new_application(world, "Сенсорная комната", "900000.00", village="Курык")
    theirs = new_application(world, "Детская площадка", "800000.00", village="Баутино")
    with world.db.transaction() as s:
        applications.set_activities(s, ours, [{"activity": "Закуп оборудования", "starts_on": dt.date(2020, 3, 1)}])
        applications.set_indicators(s, ours, [{"indicator": "Дети с особыми потребностями", "target": "40"}])
        applications.set_beneficiaries(s, ours, {("direct", "F", "0-17"): 12, ("indirect", "M", "30-59"): 30})
        applications.set_budget(s, ours, [{"item": "Мягкие модули", "unit": "шт", "quantity": "3",
                                           "unit_cost": "300000.00"}])
    to_review(world, ours)
    with world.db.transaction() as s:
        review.declare_conflict(s, ours, world.reviewer_ids[2], "моё родное село")
    score_all(world, ours, [(9, 8, 5), (7, 7, 4)])
    with world.db.transaction() as s:
        workflow.recommend(s, ours, True)
        workflow.approve(s, ours, amount=Decimal("900000.00"))

    want = (world.cycle_id, world.villages["Курык"])
    scopes = _scopes(world, _child_row_ids(world, ours))
    assert set(scopes) == CHILD_TABLES
    for table in CHILD_TABLES:
        assert scopes[table] == {want}, table
    # the other application's rows never carry Курык: a Курык laptop receives none of them
    other = _scopes(world, _child_row_ids(world, theirs))
    assert all(scope == (world.cycle_id, world.villages["Баутино"]) for found in other.values() for scope in found)


def test_children_made_in_the_same_flush_as_their_application_are_scoped(world: World) -> None:
    """The reference walk finds a parent that is being inserted in the same flush (not yet in the database)."""
    with world.db.transaction() as s:
        app = Application(call_id=world.call_id, draft_number="TEST-A-0001", status="draft", title="Скамейки",
                          category="other", settlement_id=world.villages["Баутино"])
        line = BudgetLine(application_id=app.id, position=1, item="Скамейка", quantity=Decimal("4"),
                          unit_cost=Decimal("50000.00"), requested=Decimal("200000.00"),
                          cofunding=Decimal("0.00"), inkind=Decimal("0.00"))
        step = Activity(application_id=app.id, position=1, activity="Установка")
        s.add_all([line, step, app])  # children first: the walk must not depend on the order of adding
        s.flush()
        ids = {app.id, line.id, step.id}
    scopes = _scopes(world, ids)
    want = {(world.cycle_id, world.villages["Баутино"])}
    assert scopes == {"application": want, "budget_line": want, "application_activity": want}
