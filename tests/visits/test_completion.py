"""The one completion rule (``services/completion.py``): each reason a project is not in order, completion
through finishing a final-acceptance visit, a gap closed later (report, action) completing it too, a correction
reopening it, the operation a field officer's laptop records, and the figure donor reports count."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from fieldapp.model import Agreement, FollowUpAction, Operation, ProjectReport, Tranche
from fieldapp.services import actions, completion, dashboard, project_reports, summary, timeline, visits

from .conftest import Site

TODAY = dt.date(2026, 12, 4)
ALL_YES = tuple((item[0], "yes", None) for item in visits.DEFAULT_CHECKLIST)


def _acceptance(site: Site, **changes: object) -> visits.VisitData:
    base = visits.VisitData(
        agreement_id=site.agreement_id, visited_on=dt.date(2026, 11, 20), officer_id=site.officer_id,
        purpose="acceptance", findings="Объект завершён", decision="release", checks=ALL_YES)
    return visits.VisitData(**{**base.__dict__, **changes})


def _state(site: Site) -> completion.CompletionState:
    with site.db.reading() as s:
        return completion.completion_state(s, site.agreement_id)


def _agreement(site: Site) -> tuple[str, dt.date | None, int | None]:
    with site.db.reading() as s:
        a = s.get(Agreement, site.agreement_id)
        return a.status, a.completed_on, a.beneficiaries_reached


def _close_open_actions(site: Site, at: dt.datetime = dt.datetime(2026, 11, 25, 9, 0)) -> None:
    with site.db.transaction() as s:
        for row in actions.actions(s, agreement_id=site.agreement_id, open_only=True):
            actions.close_action(s, row.id, at=at)


def _completion_report(site: Site) -> ProjectReport:
    with site.db.reading() as s:
        return s.scalars(select(ProjectReport).where(ProjectReport.agreement_id == site.agreement_id,
                                                     ProjectReport.kind == "completion")).one()


def test_each_reason_a_project_is_not_in_order(site: Site) -> None:
    # the demo's project under way: no acceptance visit yet, an open action
    assert _state(site).codes == ("completion.no_acceptance", "completion.actions")
    assert _state(site).reasons[1].params == {"count": 1}
    with site.db.transaction() as s:  # held, one item "no", one never checked, a new action
        visits.save_visit(s, None, _acceptance(site, decision="hold", hold_reason="Нет чеков", checks=(
            ("Качество работ", "yes", None), ("Табличка донора", "no", None), ("Освещение", "unchecked", None),
            ("Ограждение", "na", None)), actions=((None, "Поставить табличку", "Лидер", None),)), today=TODAY)
    state = _state(site)
    assert state.codes == ("completion.held", "completion.checklist", "completion.actions")
    assert state.reasons[1].params == {"items": ["Табличка донора", "Освещение"], "count": 2}
    assert state.reasons[2].params == {"count": 2}
    with site.db.transaction() as s:
        report = s.scalars(select(ProjectReport).where(ProjectReport.agreement_id == site.agreement_id,
                                                       ProjectReport.kind == "completion")).one()
        report.accepted_on = None
        first = s.scalars(select(Tranche).where(Tranche.agreement_id == site.agreement_id,
                                                Tranche.number == 1)).one()
        first.paid_on, first.paid_amount = None, None
    assert "completion.report_not_accepted" in _state(site).codes
    assert _state(site).reasons[-1] == completion.Reason("completion.tranches", {"numbers": [1]})
    with site.db.transaction() as s:
        s.get(ProjectReport, report.id).deleted_at = dt.datetime(2026, 12, 1)
        s.get(Agreement, site.agreement_id).status = "terminated"
    codes = _state(site).codes
    assert codes[0] == "completion.signed" and "completion.no_report" in codes
    assert codes == tuple(sorted(codes, key=completion.REASONS.index))


def test_a_visit_with_no_checklist_answered_is_no_acceptance(site: Site) -> None:
    _close_open_actions(site)
    with site.db.transaction() as s:
        visits.save_visit(s, None, _acceptance(site, checks=()), today=TODAY)
    assert _state(site).codes == ("completion.checklist",)
    assert _agreement(site)[0] == "signed"


def test_finishing_the_acceptance_visit_completes_the_project_with_the_people_reached(site: Site) -> None:
    _close_open_actions(site)
    assert _agreement(site) == ("signed", None, None)
    report = _completion_report(site)
    reached = report.beneficiaries_direct + report.beneficiaries_indirect
    with site.db.reading() as s:
        before = dashboard.figures(s)["beneficiaries"]
        assert site.agreement_id not in summary.reached_by_agreement(s, None)  # under way: not counted yet
    with site.db.transaction() as s:
        draft = visits.save_visit(s, None, _acceptance(site, final=False), today=TODAY)
    assert _agreement(site)[0] == "signed"  # a draft decides nothing
    with site.db.transaction() as s:
        visits.save_visit(s, draft, _acceptance(site), today=TODAY)
    assert _agreement(site) == ("completed", dt.date(2026, 11, 25), reached)  # the last action closed that day
    assert _state(site).in_order and reached > 0
    with site.db.reading() as s:
        done = [e for e in timeline.timeline(s, site.agreement_id) if e.kind == "completed"]
        assert [(e.on, e.params["reached"]) for e in done] == [(dt.date(2026, 11, 25), reached)]
        assert dashboard.figures(s)["beneficiaries"] == before + reached
        # the field officer's laptop recorded the change as an operation of its own
        op = s.scalars(select(Operation).where(Operation.table_name == "agreement",
                                               Operation.row_id == site.agreement_id)
                       .order_by(Operation.hlc.desc())).first()
        assert op.user_id == site.officer_id
        assert set(op.changes) - {"updated_at"} == set(completion.FIELDS)
        # the figure recorded, not the report: donor reports read what the completion recorded
        s.get(Agreement, site.agreement_id).beneficiaries_reached = 7
        assert summary.reached_by_agreement(s, None)[site.agreement_id] == 7


def test_a_report_accepted_after_the_visit_completes_the_project(site: Site) -> None:
    _close_open_actions(site)
    report = _completion_report(site)
    with site.db.transaction() as s:
        s.get(ProjectReport, report.id).accepted_on = None
    with site.db.transaction() as s:
        visits.save_visit(s, None, _acceptance(site), today=TODAY)
    assert _agreement(site)[0] == "signed" and _state(site).codes == ("completion.report_not_accepted",)
    with site.db.transaction() as s:
        project_reports.accept_report(s, report.id, dt.date(2026, 12, 2))
    assert _agreement(site)[:2] == ("completed", dt.date(2026, 12, 2))


def test_an_action_closed_after_the_visit_completes_it_and_reopened_opens_it_again(site: Site) -> None:
    with site.db.transaction() as s:
        visits.save_visit(s, None, _acceptance(site), today=TODAY)
    assert _agreement(site)[0] == "signed" and _state(site).codes == ("completion.actions",)
    _close_open_actions(site, at=dt.datetime(2026, 12, 3, 10, 0))
    assert _agreement(site)[:2] == ("completed", dt.date(2026, 12, 3))
    with site.db.transaction() as s:
        action_id = s.scalars(select(FollowUpAction.id).where(
            FollowUpAction.agreement_id == site.agreement_id).order_by(FollowUpAction.closed_at.desc())).first()
        actions.reopen_action(s, action_id)
    assert _agreement(site) == ("signed", None, None)


def test_a_correction_no_longer_in_order_reopens_the_project(site: Site) -> None:
    _close_open_actions(site)
    with site.db.transaction() as s:
        first = visits.save_visit(s, None, _acceptance(site), today=TODAY)
    assert _agreement(site)[0] == "completed"
    with site.db.transaction() as s:
        correction = visits.correct_visit(s, first)
    assert _agreement(site)[0] == "completed"  # the correction is a draft until it is finished
    with site.db.transaction() as s:
        visits.save_visit(s, correction, _acceptance(site, decision="hold", hold_reason="Трещина в покрытии"),
                          today=TODAY)
    assert _agreement(site) == ("signed", None, None)
    assert _state(site).codes == ("completion.held",)
    with site.db.reading() as s:
        assert "completed" not in [e.kind for e in timeline.timeline(s, site.agreement_id)]


def test_the_form_asks_the_rule_with_what_it_holds_before_finishing(site: Site) -> None:
    _close_open_actions(site)
    pending = completion.PendingVisit(None, TODAY, "acceptance", "release", tuple((i, r) for i, r, _c in ALL_YES))
    with site.db.reading() as s:
        assert completion.completion_state(s, site.agreement_id, pending).in_order
        one_action = completion.PendingVisit(None, TODAY, "acceptance", "release", (("Качество работ", "no"),), 1)
        assert completion.completion_state(s, site.agreement_id, one_action).codes == (
            "completion.checklist", "completion.actions")
    assert _agreement(site)[0] == "signed"  # asking writes nothing


def test_a_project_completed_without_an_acceptance_visit_is_left_as_it_is(site: Site) -> None:
    with site.db.transaction() as s:  # registered from paper as completed, or completed by the head office
        s.get(Agreement, site.agreement_id).status = "completed"
    _close_open_actions(site)
    assert _agreement(site)[0] == "completed" and _state(site).codes == ("completion.no_acceptance",)


def test_the_donor_report_counts_the_beneficiaries_the_completed_projects_recorded(demo_path, demo_db,
                                                                                   capsys, tmp_path) -> None:
    import re
    import subprocess

    from fieldapp.cli import main
    from fieldapp.model import Application, Cycle, GrantCall
    from tests.conftest import require_tool

    with demo_db.transaction() as s:
        rows = s.execute(select(Agreement).join(Application, Application.id == Agreement.application_id)
                         .join(GrantCall, GrantCall.id == Application.call_id)
                         .join(Cycle, Cycle.id == GrantCall.cycle_id).where(Cycle.number == 2)
                         .order_by(Agreement.signed_on)).scalars().all()
        done = [a for a in rows if a.status == "completed"]
        under_way = [a for a in rows if a.status == "signed"]
        assert len(done) >= 10 and len(under_way) == 2  # the demo's cycle: completed by the rule, two still built
        done[0].beneficiaries_reached = 4321  # the figure recorded at completion is what the donor reads
        for report in s.scalars(select(ProjectReport).where(ProjectReport.agreement_id == under_way[0].id)):
            report.beneficiaries_direct = 99_000  # a project under way reaches no one the donor counts yet
        expected = sum(a.beneficiaries_reached for a in done)
    target = tmp_path / "donor.pdf"
    assert main(["report", "--db", str(demo_path), "--cycle", "2", "-o", str(target), "--lang", "en"]) == 0
    capsys.readouterr()
    text = subprocess.run([require_tool("pdftotext"), "-layout", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    figure = re.search(r"Beneficiaries reached\s+(\d[\d,]*)\n", text)
    assert figure is not None and int(figure.group(1).replace(",", "")) == expected
    # counts group their thousands, as money does, the English way in an English report
    assert "4,321" in text and "99000" not in text.replace(",", "")
    assert "Projects completed" in text


def test_what_the_hub_accepts_of_a_field_officers_completion() -> None:
    on = dt.date(2026, 11, 20)
    ok = completion.CompletionState("a", (), on, 120, "visit", "report")
    held = completion.CompletionState("a", (completion.Reason("completion.held"),), visit_id="visit")
    paper = completion.CompletionState("a", (completion.Reason("completion.no_acceptance"),))
    done, reopened = completion.Recorded("completed", on, 120), completion.Recorded("signed", None, None)
    assert completion.check_recorded(ok, "signed", done) is None
    assert completion.check_recorded(held, "completed", reopened) is None  # a correction no longer in order
    assert completion.check_recorded(held, "signed", done).code == "completion.not_in_order"
    assert completion.check_recorded(ok, "signed", completion.Recorded("completed", on, 500)).code == \
        "completion.figures"
    assert completion.check_recorded(ok, "completed", reopened).code == "completion.in_order"
    assert completion.check_recorded(paper, "completed", reopened).code == "completion.in_order"  # not by the rule
    assert completion.check_recorded(ok, "terminated", done).code == "completion.status"
