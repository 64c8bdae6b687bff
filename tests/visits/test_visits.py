"""Recording a visit: its parts, the decision the tranche rules read, drafts and corrections, follow-up actions,
the plan of due visits, grantee reports and the project's timeline."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from fieldapp.model import (
    Activity,
    Agreement,
    BudgetLine,
    FollowUpAction,
    Operation,
    ProjectReport,
    ReportSpending,
    SiteVisit,
    VisitCheck,
    VisitChecklistItem,
    VisitProgress,
)
from fieldapp.model.history import APPEND_ONLY_WHEN
from fieldapp.problems import FormInvalid, Invalid
from fieldapp.services import actions, project_reports, timeline, visit_plan, visits

from .conftest import Site

TODAY = dt.date(2026, 12, 4)


def _activities(site: Site) -> list[str]:
    with site.db.reading() as s:
        agreement = s.get(Agreement, site.agreement_id)
        return list(s.scalars(select(Activity.id).where(Activity.application_id == agreement.application_id)
                              .order_by(Activity.position)))


def _data(site: Site, **changes: object) -> visits.VisitData:
    activity_ids = _activities(site)
    base = visits.VisitData(
        agreement_id=site.agreement_id, visited_on=dt.date(2026, 11, 20), visit_time=dt.time(11, 30),
        officer_id=site.officer_id, announced=False, purpose="monitoring", people_met="Аким, лидер группы",
        findings="Нет таблички донора", beneficiary_feedback="Дети довольны", users_seen=14, decision="hold",
        hold_reason="Нет чеков на покрытие", latitude=43.65, longitude=51.17,
        progress=tuple((a, 60, "идёт") for a in activity_ids),
        checks=(("Качество работ", "yes", None), ("Табличка донора", "no", "нет")),
        actions=((None, "Установить табличку донора", "Лидер группы", dt.date(2026, 12, 20)),))
    return visits.VisitData(**{**base.__dict__, **changes})


def test_a_visit_is_saved_with_its_parts_and_the_hold_the_tranche_rules_read(site: Site) -> None:
    assert _activities(site), "the demo's applications have work plans"
    with site.db.transaction() as s:
        visit_id = visits.save_visit(s, None, _data(site), today=TODAY)
    with site.db.reading() as s:
        visit = s.get(SiteVisit, visit_id)
        assert (visit.next_tranche_ok, visit.hold_reason, visit.status) == (False, "Нет чеков на покрытие", "final")
        assert visit.visit_time == "11:30" and visit.users_seen == 14 and not visit.announced
        assert visit.settlement_id is not None
        assert {p.percent for p in s.scalars(select(VisitProgress).where(VisitProgress.visit_id == visit_id))} == {60}
        assert [(c.item, c.result) for c in s.scalars(select(VisitCheck).where(VisitCheck.visit_id == visit_id)
                                                      .order_by(VisitCheck.position))] == [
            ("Качество работ", "yes"), ("Табличка донора", "no")]
        action = s.scalars(select(FollowUpAction).where(FollowUpAction.visit_id == visit_id)).one()
        assert (action.status, action.agreement_id, action.owner) == ("open", site.agreement_id, "Лидер группы")
        # every new row is captured for sync, scoped to the project's cycle and settlement, made by the officer
        ids = {visit_id, action.id} | set(s.scalars(select(VisitProgress.id).where(
            VisitProgress.visit_id == visit_id))) | set(s.scalars(select(VisitCheck.id).where(
                VisitCheck.visit_id == visit_id)))
        ops = s.scalars(select(Operation).where(Operation.row_id.in_(ids))).all()
        assert {o.table_name for o in ops} == {"site_visit", "visit_progress", "visit_check", "follow_up_action"}
        assert {(o.scope_cycle_id is not None, o.scope_settlement_id) for o in ops} == {(True, visit.settlement_id)}
        assert {o.user_id for o in ops} == {site.officer_id}


@pytest.mark.parametrize(("changes", "field"), [
    ({"decision": "hold", "hold_reason": " "}, "hold_reason"),
    ({"decision": None}, "decision"),
    ({"visited_on": TODAY + dt.timedelta(days=1)}, "visited_on"),
    ({"actions": ((None, "Сделать", " ", None),)}, "actions"),
])
def test_a_visit_that_cannot_be_saved_writes_nothing(site: Site, changes: dict, field: str) -> None:
    with site.db.reading() as s:
        before = len(s.scalars(select(SiteVisit.id)).all())
    with pytest.raises(FormInvalid) as caught, site.db.transaction() as s:
        visits.save_visit(s, None, _data(site, **changes), today=TODAY)
    assert field in caught.value.errors
    with site.db.reading() as s:
        assert len(s.scalars(select(SiteVisit.id)).all()) == before


def test_a_draft_is_finished_later_and_a_finished_visit_is_corrected_by_a_new_version(site: Site) -> None:
    with site.db.transaction() as s:
        visit_id = visits.save_visit(s, None, _data(site, decision=None, final=False), today=TODAY)
    with site.db.transaction() as s:
        visits.save_visit(s, visit_id, _data(site, decision="release", hold_reason=None), today=TODAY)
    with site.db.reading() as s:
        assert (s.get(SiteVisit, visit_id).status, s.get(SiteVisit, visit_id).next_tranche_ok) == ("final", True)
    with pytest.raises(Invalid) as caught, site.db.transaction() as s:
        visits.save_visit(s, visit_id, _data(site), today=TODAY)
    assert caught.value.code == "visit.final"
    assert APPEND_ONLY_WHEN["site_visit"] == ("status", "final")  # the hub refuses a change to a finished visit
    with site.db.transaction() as s:
        correction = visits.correct_visit(s, visit_id)
        visits.save_visit(s, correction, _data(site, findings="Табличка есть, уточнено"), today=TODAY)
    with site.db.reading() as s:
        assert s.get(SiteVisit, visit_id).findings == "Нет таблички донора"
        assert s.get(SiteVisit, correction).corrects_id == visit_id


def test_the_checklist_is_the_programmes_own_or_the_default(site: Site) -> None:
    with site.db.reading() as s:
        assert visits.checklist(s, site.agreement_id, "en")[0] == "Quality of works"
        assert len(visits.checklist(s, site.agreement_id, "kk")) == 6
        programme_id = s.scalar(select(VisitChecklistItem.programme_id))  # none yet
        assert programme_id is None
        from fieldapp.model import Programme

        programme_id = s.scalar(select(Programme.id))
    with site.db.transaction() as s:
        visits.set_checklist(s, programme_id, [("Освещение", "Жарық", "Lighting"), ("Ограждение", None, None)])
    with site.db.reading() as s:
        assert visits.checklist(s, site.agreement_id, "en") == ("Lighting", "Ограждение")


def test_open_actions_show_on_the_project_and_the_officer_until_closed(site: Site) -> None:
    with site.db.transaction() as s:
        visits.save_visit(s, None, _data(site), today=TODAY)
    with site.db.reading() as s:
        mine = [a for a in actions.actions(s, officer_id=site.officer_id, open_only=True)
                if a.description == "Установить табличку донора"]
        theirs = [a for a in actions.actions(s, agreement_id=site.agreement_id, open_only=True)
                  if a.description == "Установить табличку донора"]
        assert len(mine) == 1 and [a.id for a in mine] == [a.id for a in theirs]
        assert actions.actions(s, officer_id=site.office_id, open_only=True) == []
    with site.db.transaction() as s:
        actions.close_action(s, mine[0].id, "done", "Табличка установлена")
    with site.db.reading() as s:
        assert mine[0].id not in {a.id for a in actions.actions(s, officer_id=site.officer_id, open_only=True)}
        closed = next(a for a in actions.actions(s, agreement_id=site.agreement_id) if a.id == mine[0].id)
        assert (closed.status, closed.closing_note, closed.closed_at is not None) == (
            "done", "Табличка установлена", True)
        assert closed.closed_by == "Ержан Төлеуов"  # who closed it: the current user
    with pytest.raises(Invalid) as caught, site.db.transaction() as s:
        actions.close_action(s, mine[0].id)
    assert caught.value.code == "action.closed"


def test_the_plan_lists_a_project_whose_tranche_waits_on_a_visit_or_whose_last_visit_is_old(site: Site) -> None:
    with site.db.reading() as s:
        last = max(s.scalars(select(SiteVisit.visited_on).where(SiteVisit.agreement_id == site.agreement_id)))
        due = visit_plan.due_visits(s, TODAY)
    row = next(r for r in due if r.agreement_id == site.agreement_id)
    # the demo's second tranche waits on "the monitoring visit" and no visit since the first payment released it
    assert (row.reason, row.last_visit, row.overdue) == ("tranche", last, True)
    with site.db.reading() as s:
        signed = set(s.scalars(select(Agreement.id).where(Agreement.status == "signed")))
    assert {r.agreement_id for r in due} == signed  # completed projects are not due
    with site.db.transaction() as s:
        visits.save_visit(s, None, _data(site, decision="release", hold_reason=None, visited_on=TODAY), today=TODAY)

    def ours(day: dt.date) -> list[visit_plan.DueRow]:
        with site.db.reading() as s:
            return [r for r in visit_plan.due_visits(s, day) if r.agreement_id == site.agreement_id]

    assert ours(TODAY) == []  # released today: nothing waits, the next visit is 60 days on
    assert [(r.reason, r.last_visit, r.overdue) for r in ours(TODAY + dt.timedelta(days=61))] == [
        ("interval", TODAY, True)]
    assert [(r.reason, r.overdue) for r in ours(TODAY + dt.timedelta(days=50))] == [("interval", False)]
    with site.db.transaction() as s:
        visit_plan.set_due_days(s, 30)
    assert [r.due_on for r in ours(TODAY + dt.timedelta(days=31))] == [TODAY + dt.timedelta(days=30)]


def test_a_grantee_report_records_spending_per_line_and_beneficiaries_and_is_accepted(site: Site) -> None:
    with site.db.reading() as s:
        form = project_reports.report_form(s, None, site.agreement_id)
    assert form.lines, "the application's budget"
    spending = tuple((line.budget_line_id, Decimal("1000.50")) for line in form.lines)
    data = project_reports.ReportData(site.agreement_id, "progress", dt.date(2026, 11, 1), spending,
                                      Decimal("50000.00"), 120, (("F", "0-17", 30), ("M", "0-17", 25),
                                                                 ("F", "60+", 4)), "Работы идут")
    with site.db.transaction() as s:
        report_id = project_reports.save_report(s, None, data)
    with site.db.reading() as s:
        report = s.get(ProjectReport, report_id)
        assert report.spent_amount == Decimal("1000.50") * len(form.lines)
        assert (report.beneficiaries_direct, report.volunteer_hours, report.cofunding_delivered) == (
            59, 120, Decimal("50000.00"))
        again = project_reports.report_form(s, report_id)
        assert [r.spent for r in again.lines] == [Decimal("1000.50")] * len(form.lines)
        assert len(s.scalars(select(ReportSpending).where(ReportSpending.report_id == report_id)).all()) == len(
            form.lines)
        assert s.scalar(select(BudgetLine.requested).where(BudgetLine.id == form.lines[0].budget_line_id)) == \
            form.lines[0].budget
    with site.db.transaction() as s:
        project_reports.accept_report(s, report_id, dt.date(2026, 11, 5))
    with site.db.reading() as s:
        assert (s.get(ProjectReport, report_id).accepted_on, s.get(ProjectReport, report_id).accepted_by) == (
            dt.date(2026, 11, 5), site.officer_id)
    with pytest.raises(Invalid) as caught, site.db.transaction() as s:
        project_reports.save_report(s, report_id, data)
    assert caught.value.code == "report.accepted"


def test_the_timeline_tells_the_project_in_date_order(site: Site) -> None:
    with site.db.transaction() as s:
        visits.save_visit(s, None, _data(site), today=TODAY)
    with site.db.reading() as s:
        events = timeline.timeline(s, site.agreement_id)
    kinds = [e.kind for e in events]
    assert kinds[0] == "received" and "approved" in kinds and "signed" in kinds
    assert kinds.index("received") < kinds.index("approved") < kinds.index("signed") < kinds.index("tranche_paid")
    assert kinds.count("visit") == 3 and kinds.count("report") == 2 and "action" in kinds
    assert [e.on for e in events] == sorted(e.on for e in events)
    assert "tranche_due" in kinds  # the unpaid second tranche


def test_a_final_acceptance_with_everything_in_order_completes_the_project_with_the_people_reached(
        site: Site) -> None:
    checks = tuple((item, "yes", None) for item in visits.DEFAULT_CHECKLIST[0][:1])
    with site.db.transaction() as s:  # the project's open action (demo) is done first: nothing may stay open
        for row in actions.actions(s, agreement_id=site.agreement_id, open_only=True):
            actions.close_action(s, row.id, at=dt.datetime(2026, 11, 1, 10, 0))
    with site.db.transaction() as s:
        visits.save_visit(s, None, _data(site, purpose="acceptance", decision="release", hold_reason=None,
                                         checks=checks + (("Табличка донора", "no", None),), actions=()),
                          today=TODAY)
    with site.db.reading() as s:
        assert "completed" not in [e.kind for e in timeline.timeline(s, site.agreement_id)]  # a "no" is left
    with site.db.transaction() as s:
        visits.save_visit(s, None, _data(site, purpose="acceptance", decision="release", hold_reason=None,
                                         checks=checks, actions=(), visited_on=TODAY), today=TODAY)
    with site.db.reading() as s:
        events = timeline.timeline(s, site.agreement_id)
        reached = s.scalars(select(ProjectReport).where(ProjectReport.agreement_id == site.agreement_id,
                                                        ProjectReport.kind == "completion")).one()
    done = [e for e in events if e.kind == "completed"]
    assert len(done) == 1 and done[0].on == TODAY
    assert done[0].params["reached"] == reached.beneficiaries_direct + reached.beneficiaries_indirect > 0


def test_a_project_is_named_once_with_its_settlement() -> None:
    from fieldapp.services.visits import Project

    def project(title: str, settlement: str) -> Project:
        return Project("a", "ОП-2020-003", title, None, settlement, (), ())

    assert project("Сенсорная комната (Боранкул)", "Боранкул").label == "ОП-2020-003 — Сенсорная комната (Боранкул)"
    assert project("Саябақ (Құрық)", "Курык").label == "ОП-2020-003 — Саябақ (Құрық)"  # the same place in Kazakh
    assert project("Летний кинотеатр", "Форт-Шевченко").label == "ОП-2020-003 — Летний кинотеатр (Форт-Шевченко)"
    assert project("Летний кинотеатр", "").label == "ОП-2020-003 — Летний кинотеатр"
