"""The envelope means one thing on a laptop and at the hub (``fieldapp/services/envelope.py``): granted amounts
count, a grant above the request or the call's maximum is refused, the head office's override with a reason is
honoured, and an application is approved once."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from fieldapp.model import Application, GrantCall, SelectionDecision
from fieldapp.model.history import SyncConflict
from fieldapp.services import workflow
from fieldapp.validation import Invalid
from tests.sync.conftest import assert_converged, converge, seed


@pytest.fixture
def offices(laptops, hub):  # type: ignore[no-untyped-def]
    """Two head-office laptops; the call's three applications (600,000 requested each) recommended."""
    a, b = laptops("A"), laptops("B")
    ids = seed(a.db)
    a.set_user("head_office")
    with a.db.transaction() as s:
        for name in ("app0", "app1", "app2"):
            s.get(Application, ids[name]).status = "recommended"
    converge(a, b)
    b.set_user("head_office")
    return a, b, ids


def _approved(laptop) -> dict[str, Decimal]:  # type: ignore[no-untyped-def]
    with laptop.db.reading() as s:
        return {app.id: app.approved_amount for app in s.scalars(
            select(Application).where(Application.status == "approved"))}


def test_a_grant_above_the_request_is_refused_by_the_laptop_and_by_the_hub(offices, hub) -> None:
    a, b, ids = offices
    with a.db.transaction() as s:
        s.get(GrantCall, ids["call"]).envelope = Decimal("1300000.00")
    converge(a, b)
    with a.db.transaction() as s, pytest.raises(Invalid) as refused:
        workflow.approve(s, ids["app1"], amount="800000")
    assert refused.value.code == "workflow.over_request"
    with a.db.transaction() as s:
        workflow.approve(s, ids["app0"])
    with b.db.transaction(reason="decided on paper") as s:  # an approval made past the rule (an older FieldApp)
        app = s.get(Application, ids["app1"])
        app.status, app.approved_amount = "approved", Decimal("800000.00")
    assert a.sync().rejected == 0
    report = b.sync()
    assert report.rejected == 1 and report.conflicts == 1
    converge(a, b)
    assert_converged(hub, a, b)
    assert _approved(b) == {ids["app0"]: Decimal("600000.00")}  # 1,400,000 granted would pass 1,300,000
    with b.db.reading() as s:
        conflict = s.scalars(select(SyncConflict).where(SyncConflict.kind == "rule")).one()
    assert "more than the 600000.00 requested" in conflict.message


def test_a_grant_above_the_calls_maximum_is_refused(offices) -> None:
    a, _b, ids = offices
    with a.db.transaction() as s:
        s.get(Application, ids["app2"]).requested_amount = Decimal("750000.00")
    with a.db.transaction() as s, pytest.raises(Invalid) as refused:
        workflow.approve(s, ids["app2"])
    assert refused.value.code == "workflow.over_max_grant"
    assert refused.value.params["max_grant"] == Decimal("700000.00")


def test_the_head_offices_override_of_the_envelope_with_a_reason_is_honoured_by_the_hub(offices, hub) -> None:
    a, b, ids = offices
    with a.db.transaction() as s:
        workflow.approve(s, ids["app0"])
    with a.db.transaction() as s, pytest.raises(Invalid) as refused:
        workflow.approve(s, ids["app1"])
    assert refused.value.code == "workflow.envelope"
    with a.db.transaction() as s:
        workflow.approve(s, ids["app1"], override_envelope=True, reason="the donor added 200,000 to the call")
    report = a.sync()
    assert report.rejected == 0 and report.conflicts == 0
    converge(a, b)
    assert_converged(hub, a, b)
    assert _approved(b) == {ids["app0"]: Decimal("600000.00"), ids["app1"]: Decimal("600000.00")}
    with b.db.reading() as s:
        override = s.scalars(select(SelectionDecision).where(SelectionDecision.application_id == ids["app1"])).one()
    assert override.envelope_override and override.reason == "the donor added 200,000 to the call"


def test_a_second_approval_of_an_approved_application_is_refused(offices, hub) -> None:
    a, b, ids = offices
    with a.db.transaction() as s:
        workflow.approve(s, ids["app0"], amount="500000")
    with b.db.transaction() as s:  # the same application, approved on another head-office laptop offline
        workflow.approve(s, ids["app0"])
    with a.db.transaction() as s, pytest.raises(Invalid) as refused:
        workflow.approve(s, ids["app0"])
    assert refused.value.code == "workflow.already_approved"
    assert a.sync().rejected == 0
    report = b.sync()
    assert report.rejected >= 1 and report.conflicts == 1
    converge(a, b)
    assert_converged(hub, a, b)
    assert _approved(b) == {ids["app0"]: Decimal("500000.00")}
    with b.db.reading() as s:
        decisions = s.scalars(select(SelectionDecision).where(SelectionDecision.application_id == ids["app0"])).all()
        conflict = s.scalars(select(SyncConflict).where(SyncConflict.kind == "rule")).one()
    assert len(decisions) == 1 and "already approved" in conflict.message
