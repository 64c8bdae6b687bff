"""The payment rule means one thing on a laptop and at the hub (``fieldapp/services/tranches.py``): a tranche paid
past its condition (by a laptop that skipped the rule) is undone by the hub with a conflict; one paid by the rules,
or by the head office's override with a reason, is kept."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from fieldapp.model import Agreement, Application, SiteVisit, Tranche
from fieldapp.model.history import SyncConflict
from tests.sync.conftest import assert_converged, converge, seed


@pytest.fixture
def offices(laptops, hub):  # type: ignore[no-untyped-def]
    """Two head-office laptops and a signed agreement of 600,000 in two tranches (advance, after progress)."""
    a, b = laptops("A"), laptops("B")
    ids = seed(a.db)
    a.set_user("head_office")
    with a.db.transaction() as s:
        s.get(Application, ids["app0"]).status = "approved"
        agreement = Agreement(application_id=ids["app0"], number="ОП-2019-001", draft_number="D-A-1",
                              amount=Decimal("600000.00"), signed_on=dt.date(2019, 6, 1), status="signed")
        s.add(agreement)
        first = Tranche(agreement_id=agreement.id, number=1, amount=Decimal("400000.00"), condition_kind="advance")
        second = Tranche(agreement_id=agreement.id, number=2, amount=Decimal("200000.00"), condition_kind="progress")
        s.add_all([first, second])
        ids.update(agreement=agreement.id, first=first.id, second=second.id)
    converge(a, b)
    b.set_user("head_office")
    return a, b, ids


def paid(laptop, tranche_id: str):  # type: ignore[no-untyped-def]
    with laptop.db.reading() as s:
        return s.get(Tranche, tranche_id).paid_on


def past_the_rule(laptop, tranche_id: str, amount: str, reason: str | None = None) -> None:  # type: ignore[no-untyped-def]
    with laptop.db.transaction(reason="paid from the bank statement") as s:
        row = s.get(Tranche, tranche_id)
        row.paid_on, row.paid_amount, row.payment_reference = dt.date(2019, 6, 10), Decimal(amount), "ПП 1"
        row.override_reason = reason


def test_a_payment_past_its_condition_is_undone_by_the_hub(offices, hub) -> None:
    a, b, ids = offices
    past_the_rule(a, ids["first"], "400000.00")  # the advance of a signed agreement: by the rules
    assert a.sync().rejected == 0
    converge(a, b)
    past_the_rule(b, ids["second"], "200000.00")  # no report, no visit after the advance
    report = b.sync()
    assert report.rejected == 1 and report.conflicts == 1
    converge(a, b)
    assert_converged(hub, a, b)
    assert paid(a, ids["first"]) == dt.date(2019, 6, 10) and paid(b, ids["second"]) is None
    with b.db.reading() as s:
        conflict = s.scalars(select(SyncConflict).where(SyncConflict.kind == "rule")).one()
    assert "condition of tranche 2" in conflict.message


def test_a_visit_releasing_it_or_an_override_with_a_reason_is_kept(offices, hub) -> None:
    a, b, ids = offices
    past_the_rule(a, ids["first"], "400000.00")
    with a.db.transaction() as s:
        s.add(SiteVisit(agreement_id=ids["agreement"], visited_on=dt.date(2019, 6, 20), purpose="monitoring",
                        next_tranche_ok=True))
    past_the_rule(a, ids["second"], "200000.00")
    assert a.sync().rejected == 0
    assert paid(a, ids["second"]) is not None


def test_beyond_the_agreement_is_undone_even_with_an_override(offices, hub) -> None:
    a, _b, ids = offices
    past_the_rule(a, ids["first"], "650000.00", reason="ошибка банка")
    report = a.sync()
    assert report.rejected == 1
    assert paid(a, ids["first"]) is None


def test_an_amendment_lowering_a_tranche_paid_meanwhile_is_undone_by_the_hub(offices, hub) -> None:
    """B, offline, signs an amendment moving 100,000 from the advance to the second tranche while A records the
    advance's payment: the hub keeps the payment and undoes the amendment (services/amendments.check_paid_floor)."""
    from fieldapp.model import Amendment
    from fieldapp.services import amendments

    a, b, ids = offices
    past_the_rule(a, ids["first"], "400000.00")
    with b.db.transaction() as s:
        made = amendments.propose(s, ids["agreement"], "Перераспределение траншей", {"tranches": [
            {"amount": "300000.00", "condition_kind": "advance"},
            {"amount": "300000.00", "condition_kind": "progress"}]}, dt.date(2019, 6, 12))
        amendments.sign_amendment(s, made, dt.date(2019, 6, 12), today=dt.date(2019, 6, 12))
    assert a.sync().rejected == 0
    report = b.sync()
    assert report.rejected >= 1 and report.conflicts == 1
    converge(a, b)
    assert_converged(hub, a, b)
    with a.db.reading() as s:
        first = s.get(Tranche, ids["first"])
        assert (first.amount, first.paid_amount) == (Decimal("400000.00"), Decimal("400000.00"))
        assert s.get(Amendment, made) is None  # the whole action undone: the amendment and its schedule
        assert s.get(Tranche, ids["second"]).amount == Decimal("200000.00")
    with b.db.reading() as s:
        conflict = s.scalars(select(SyncConflict).where(SyncConflict.kind == "rule")).one()
    assert "Tranche 1 of agreement ОП-2019-001 was paid" in conflict.message


def test_more_than_the_tranche_is_undone_by_the_hub_though_the_agreement_has_room(offices, hub) -> None:
    """500,000 against a 400,000 advance would pay 100,000 of the second tranche, whose condition (progress) is
    not met: the hub refuses it by the laptop's rule (``tranches.check_release``), even with an override."""
    a, b, ids = offices
    past_the_rule(a, ids["first"], "500000.00", reason="ошибка банка")
    report = a.sync()
    assert report.rejected == 1 and report.conflicts == 1
    assert paid(a, ids["first"]) is None
    with a.db.reading() as s:
        conflict = s.scalars(select(SyncConflict).where(SyncConflict.kind == "rule")).one()
    assert "more than tranche 1" in conflict.message and "400000.00 of it is unpaid" in conflict.message
