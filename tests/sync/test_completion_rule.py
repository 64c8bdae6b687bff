"""A project's completion means one thing on a laptop and at the hub (``fieldapp/services/completion.py``): the
field officer's laptop completes the project when the acceptance visit finishes in order, and the hub accepts
exactly that change of the head office's agreement; a completion the rule does not give (forged, or with another
figure) is undone with a conflict, and any other change of an agreement by a field officer is refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from fieldapp.model import Agreement, Application, Tranche
from fieldapp.model.history import SyncConflict, SyncRejection
from fieldapp.services import project_reports, visits
from tests.sync.conftest import assert_converged, converge, seed


@pytest.fixture
def project(laptops, hub):  # type: ignore[no-untyped-def]
    """Two laptops of one officer and a signed agreement: the advance paid, the final tranche on completion, the
    grantee's completion report accepted by the officer."""
    return _project(laptops, accepted=True)


def _project(laptops, accepted: bool):  # type: ignore[no-untyped-def]
    a, b = laptops("A"), laptops("B")
    ids = seed(a.db)
    a.set_user("head_office")
    with a.db.transaction() as s:
        s.get(Application, ids["app0"]).status = "approved"
        agreement = Agreement(application_id=ids["app0"], number="ОП-2019-001", draft_number="D-A-1",
                              amount=Decimal("600000.00"), signed_on=dt.date(2019, 6, 1), status="signed")
        s.add(agreement)
        s.add_all([Tranche(agreement_id=agreement.id, number=1, amount=Decimal("500000.00"), condition_kind="advance",
                           paid_on=dt.date(2019, 6, 5), paid_amount=Decimal("500000.00"), payment_reference="ПП 1"),
                   Tranche(agreement_id=agreement.id, number=2, amount=Decimal("100000.00"),
                           condition_kind="completion")])
        ids["agreement"] = agreement.id
    a.set_user("field_officer")
    with a.db.transaction() as s:
        report = project_reports.save_report(s, None, project_reports.ReportData(
            agreement.id, "completion", dt.date(2019, 11, 1), beneficiaries=(("F", "0-17", 70), ("M", "0-17", 50))))
        if accepted:
            project_reports.accept_report(s, report, dt.date(2019, 11, 5))
        ids["report"] = report
    converge(a, b)
    b.set_user("field_officer")
    return a, b, ids


def _acceptance(agreement_id: str, officer: str, decision: str = "release") -> visits.VisitData:
    return visits.VisitData(agreement_id=agreement_id, visited_on=dt.date(2019, 11, 20), officer_id=officer,
                            purpose="acceptance", decision=decision,
                            hold_reason="Нет таблички" if decision == "hold" else None,
                            checks=(("Качество работ", "yes", None), ("Табличка донора", "yes", None)))


def _recorded(laptop, agreement_id: str):  # type: ignore[no-untyped-def]
    with laptop.db.reading() as s:
        a = s.get(Agreement, agreement_id)
        return a.status, a.completed_on, a.beneficiaries_reached


def test_the_hub_accepts_the_completion_the_acceptance_visit_makes(project, hub) -> None:
    a, b, ids = project
    with a.db.transaction() as s:  # on a car bonnet, offline: the visit and the completion in one action
        visits.save_visit(s, None, _acceptance(ids["agreement"], ids["officer"]), today=dt.date(2019, 11, 20))
    assert _recorded(a, ids["agreement"]) == ("completed", dt.date(2019, 11, 20), 120)
    report = a.sync()
    assert (report.rejected, report.conflicts) == (0, 0)
    converge(a, b)
    assert _recorded(b, ids["agreement"]) == ("completed", dt.date(2019, 11, 20), 120)
    assert_converged(hub, a, b)


def test_the_hub_undoes_a_forged_completion_and_refuses_other_changes(project, hub) -> None:
    a, b, ids = project
    with b.db.transaction(reason="set by hand") as s:  # no acceptance visit: the rule does not complete it
        row = s.get(Agreement, ids["agreement"])
        row.status, row.completed_on, row.beneficiaries_reached = "completed", dt.date(2019, 11, 20), 120
    report = b.sync()
    assert (report.rejected, report.conflicts) == (1, 1)
    converge(a, b)
    assert _recorded(b, ids["agreement"]) == ("signed", None, None)
    with b.db.reading() as s:
        conflict = s.scalars(select(SyncConflict).where(SyncConflict.kind == "rule")).one()
    assert "not in order" in conflict.message and "completion.no_acceptance" in conflict.message
    # in order, but with another figure than the completion report's
    with a.db.transaction() as s:
        visits.save_visit(s, None, _acceptance(ids["agreement"], ids["officer"], "hold"),
                          today=dt.date(2019, 11, 20))
    converge(a, b)
    with b.db.transaction() as s:
        visits.save_visit(s, None, _acceptance(ids["agreement"], ids["officer"]), today=dt.date(2019, 11, 21))
        s.get(Agreement, ids["agreement"]).beneficiaries_reached = 500
    report = b.sync()
    assert report.conflicts == 1 and report.rejected == 5  # the visit with its checklist too: an action is refused whole
    # any other change of an agreement by a field officer is refused
    with a.db.transaction() as s:
        s.get(Agreement, ids["agreement"]).amount = Decimal("900000.00")
    a.sync()
    with a.db.reading() as s:
        codes = [r.code for r in s.scalars(select(SyncRejection))]
    assert "sync.head_office_table" in codes
    converge(a, b)
    assert _recorded(a, ids["agreement"]) == ("signed", None, None)
    with a.db.reading() as s:
        assert s.get(Agreement, ids["agreement"]).amount == Decimal("600000.00")
    assert_converged(hub, a, b)


def test_a_correction_no_longer_in_order_reopens_the_project_at_the_hub(project, hub) -> None:
    a, b, ids = project
    with a.db.transaction() as s:
        visit_id = visits.save_visit(s, None, _acceptance(ids["agreement"], ids["officer"]),
                                     today=dt.date(2019, 11, 20))
    converge(a, b)
    with b.db.transaction() as s:
        correction = visits.correct_visit(s, visit_id)
        visits.save_visit(s, correction, _acceptance(ids["agreement"], ids["officer"], "hold"),
                          today=dt.date(2019, 11, 20))
    assert _recorded(b, ids["agreement"]) == ("signed", None, None)
    report = b.sync()
    assert (report.rejected, report.conflicts) == (0, 0)
    converge(a, b)
    assert _recorded(a, ids["agreement"]) == ("signed", None, None)
    assert_converged(hub, a, b)


def test_the_last_gap_closed_on_another_laptop_completes_the_project_at_the_hub(laptops, hub) -> None:
    a, b, ids = _project(laptops, accepted=False)
    with a.db.transaction() as s:  # in the village, offline: the report is not accepted on this laptop yet
        visits.save_visit(s, None, _acceptance(ids["agreement"], ids["officer"]), today=dt.date(2019, 11, 20))
    assert _recorded(a, ids["agreement"]) == ("signed", None, None)
    with b.db.transaction() as s:  # meanwhile the report is accepted on the other laptop, which has no visit yet
        project_reports.accept_report(s, ids["report"], dt.date(2019, 11, 22))
    assert _recorded(b, ids["agreement"]) == ("signed", None, None)
    assert b.sync().rejected == 0
    report = a.sync()  # the visit reaches the hub last: the hub completes the project, and A pulls it at once
    assert (report.rejected, report.conflicts) == (0, 0)
    assert _recorded(a, ids["agreement"]) == ("completed", dt.date(2019, 11, 22), 120)
    converge(a, b)
    assert _recorded(b, ids["agreement"]) == ("completed", dt.date(2019, 11, 22), 120)
    assert_converged(hub, a, b)
