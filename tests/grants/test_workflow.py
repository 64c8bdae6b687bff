"""An application's life: every illegal move refused with a clear message, events with who/when/why, the
envelope guarded, a reopened decision, and a winner who withdraws so the next in the ranking is funded."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from fieldapp.model import Application, Operation, SelectionDecision
from fieldapp.services import calls, review, workflow
from fieldapp.validation import Invalid

from .conftest import World, new_application, score_all, to_review


def bring_to(w: World, status: str) -> str:
    app_id = new_application(w)
    steps = {
        "draft": [],
        "submitted": ["submit"],
        "eligible": ["submit", "eligible"],
        "under_review": ["submit", "eligible", "review"],
        "recommended": ["submit", "eligible", "review", "score", "recommend"],
        "not_recommended": ["submit", "eligible", "review", "score", "not_recommend"],
        "approved": ["submit", "eligible", "review", "score", "recommend", "approve"],
        "rejected": ["submit", "reject"],
        "withdrawn": ["withdraw"],
    }[status]
    for step in steps:
        if step == "review":
            with w.db.transaction() as s:
                workflow.start_review(s, app_id)
                for reviewer_id in w.reviewer_ids:
                    review.assign(s, app_id, reviewer_id)
            continue
        if step == "score":
            score_all(w, app_id, [(8, 7, 4)])
            continue
        with w.db.transaction() as s:
            {
                "submit": lambda: workflow.submit(s, app_id),
                "eligible": lambda: workflow.mark_eligible(s, app_id),
                "recommend": lambda: workflow.recommend(s, app_id, True),
                "not_recommend": lambda: workflow.recommend(s, app_id, False),
                "approve": lambda: workflow.approve(s, app_id),
                "reject": lambda: workflow.reject(s, app_id, "Settlement outside the programme"),
                "withdraw": lambda: workflow.withdraw(s, app_id, "The group dissolved"),
            }[step]()
    return app_id


ILLEGAL = [(src, dst) for src in workflow.STATUSES for dst in workflow.STATUSES
           if dst != src and dst not in workflow.MOVES[src]]


@pytest.mark.parametrize(("src", "dst"), ILLEGAL, ids=[f"{a}->{b}" for a, b in ILLEGAL])
def test_every_illegal_move_is_refused_and_changes_nothing(world: World, src: str, dst: str) -> None:
    app_id = bring_to(world, src)
    with world.db.reading() as s:
        events_before = len(workflow.history(s, app_id))
        assert s.get(Application, app_id).status == src
    with pytest.raises(Invalid) as refused, world.db.transaction() as s:
        if dst == "approved":
            workflow.approve(s, app_id, reason="trying")
        else:
            workflow.move(s, app_id, dst, reason="trying")
    assert refused.value.code == "workflow.illegal"
    assert f"cannot become {dst}" in refused.value.message
    with world.db.reading() as s:
        assert s.get(Application, app_id).status == src
        assert len(workflow.history(s, app_id)) == events_before


def test_no_review_before_eligibility_says_so(world: World) -> None:
    app_id = bring_to(world, "submitted")
    with pytest.raises(Invalid, match="eligibility has not been checked"), world.db.transaction() as s:
        workflow.start_review(s, app_id)
    with pytest.raises(Invalid) as refused, world.db.transaction() as s:
        review.assign(s, app_id, world.reviewer_ids[0])
    assert refused.value.code == "review.not_eligible"


def test_every_change_is_an_event_with_who_when_why(world: World) -> None:
    app_id = bring_to(world, "approved")
    with world.db.transaction() as s:
        workflow.withdraw(s, app_id, "Земельный участок передан под школу")
    with world.db.reading() as s:
        events = workflow.history(s, app_id)
        assert [e.to_status for e in events] == ["draft", "submitted", "eligible", "under_review", "recommended",
                                                 "approved", "withdrawn"]
        assert [e.from_status for e in events][1:] == [e.to_status for e in events][:-1]
        assert all(e.by_user_id == world.office_id and e.at is not None for e in events)
        assert events[-1].reason == "Земельный участок передан под школу"
        ops = s.scalars(select(Operation).where(Operation.table_name == "status_event")).all()
        assert len(ops) == len(events)
        assert s.get(Application, app_id).approved_amount is None


def test_rejection_and_withdrawal_need_a_reason(world: World) -> None:
    app_id = bring_to(world, "submitted")
    for action in (lambda s: workflow.reject(s, app_id, "  "), lambda s: workflow.withdraw(s, app_id, "")):
        with pytest.raises(Invalid) as refused, world.db.transaction() as s:
            action(s)
        assert refused.value.code == "workflow.reason"


def test_only_the_head_office_decides(world: World) -> None:
    app_id = bring_to(world, "recommended")
    world.as_user(world.officer_id)
    with pytest.raises(Invalid, match="Only the head office may approve grants"), world.db.transaction() as s:
        workflow.approve(s, app_id)
    with pytest.raises(Invalid, match="Only the head office"), world.db.transaction() as s:
        workflow.reject(s, app_id, "no money")


def test_submission_needs_group_settlement_and_amount(world: World) -> None:
    with world.db.transaction() as s:
        from fieldapp.services import applications

        app_id = applications.create(s, world.call_id, title="Без группы").id
    with pytest.raises(Invalid, match="Cannot submit: Name the applicant initiative group; Choose the settlement; "
                       "The requested amount is missing"), world.db.transaction() as s:
        workflow.submit(s, app_id)


def test_eligibility_refuses_over_the_maximum_and_asks_a_reason_for_missing_letters(world: World) -> None:
    over = new_application(world, "Большой стадион", requested="2000000.01")
    with world.db.transaction() as s:
        workflow.submit(s, over)
    with pytest.raises(Invalid, match="Not eligible: The request exceeds the call's maximum grant by 0.01"), \
            world.db.transaction() as s:
        workflow.mark_eligible(s, over)
    exact = new_application(world, "Площадка ровно на максимум", requested="2000000.00", letter=False)
    with world.db.transaction() as s:
        workflow.submit(s, exact)
    with pytest.raises(Invalid, match="Missing attachment: Письмо поддержки акимата"), world.db.transaction() as s:
        workflow.mark_eligible(s, exact)
    with world.db.transaction() as s:
        workflow.mark_eligible(s, exact, reason="Оригинал письма получен на бумаге")
        assert s.get(Application, exact).status == "eligible"


def test_approval_over_the_envelope_needs_an_override_with_a_reason(world: World) -> None:
    with world.db.transaction() as s:
        calls.update(s, world.call_id, envelope=Decimal("3000000.00"))
    first, second = bring_to(world, "recommended"), bring_to(world, "recommended")
    with world.db.transaction() as s:
        workflow.approve(s, first)  # 1 500 000 of 3 000 000
        workflow.approve(s, second, amount="1500000.00")  # exactly the envelope
    third = bring_to(world, "recommended")
    with pytest.raises(Invalid, match="over its envelope"), world.db.transaction() as s:
        workflow.approve(s, third, amount="0.01")  # one tiyn over
    with pytest.raises(Invalid, match="needs a reason"), world.db.transaction() as s:
        workflow.approve(s, third, amount="0.01", override_envelope=True)
    with world.db.transaction() as s:
        workflow.approve(s, third, amount="0.01", override_envelope=True, reason="Донор добавил средства")
        decision = s.scalars(select(SelectionDecision).where(SelectionDecision.application_id == third)).one()
        assert decision.envelope_override and decision.amount == Decimal("0.01")
        assert calls.approved_total(s, world.call_id) == Decimal("3000000.01")


def test_a_reopened_decision_returns_the_application_and_frees_the_money(world: World) -> None:
    app_id = bring_to(world, "approved")
    world.as_user(world.officer_id)
    with pytest.raises(Invalid, match="Only the head office may reopen"), world.db.transaction() as s:
        workflow.reopen(s, app_id, "ошибка")
    world.as_user(world.office_id)
    with pytest.raises(Invalid, match="Say why"), world.db.transaction() as s:
        workflow.reopen(s, app_id, " ")
    with world.db.transaction() as s:
        assert calls.approved_total(s, world.call_id) == Decimal("1500000.00")
        workflow.reopen(s, app_id, "Акимат отозвал софинансирование")
    with world.db.reading() as s:
        app = s.get(Application, app_id)
        assert app.status == "recommended" and app.approved_amount is None
        assert calls.approved_total(s, world.call_id) == Decimal("0.00")
        assert [d.decision for d in s.scalars(select(SelectionDecision).where(
            SelectionDecision.application_id == app_id).order_by(SelectionDecision.at))] == ["approved", "reopened"]
    with world.db.transaction() as s:
        workflow.reject(s, app_id, "Нет софинансирования")
        workflow.reopen(s, app_id, "Софинансирование подтверждено")
        assert s.get(Application, app_id).status == "recommended"


def test_a_winner_withdraws_and_the_next_in_the_ranking_is_funded(world: World) -> None:
    with world.db.transaction() as s:
        calls.update(s, world.call_id, envelope=Decimal("3000000.00"))
    ids = [new_application(world, f"Проект {n}", requested="1500000.00") for n in range(3)]
    for app_id, points in zip(ids, [(9, 9, 5), (8, 8, 4), (5, 5, 2)], strict=True):
        to_review(world, app_id)
        score_all(world, app_id, [points] * 3)
    with world.db.transaction() as s:
        from fieldapp.services import ranking

        suggestion = ranking.suggest(s, world.call_id)
        assert suggestion.application_ids == (ids[0], ids[1])
        workflow.apply_selection(s, world.call_id, suggestion.application_ids)
        assert [s.get(Application, i).status for i in ids] == ["approved", "approved", "rejected"]
    with world.db.transaction() as s:
        workflow.withdraw(s, ids[0], "Группа отказалась от гранта")
        event = workflow.fund_next(s, world.call_id, "Следующий в рейтинге после отказа победителя")
        assert event is not None and event.subject_id == ids[2]
    with world.db.reading() as s:
        assert [s.get(Application, i).status for i in ids] == ["withdrawn", "approved", "approved"]
        assert calls.approved_total(s, world.call_id) == Decimal("3000000.00")
        assert [e.to_status for e in workflow.history(s, ids[2])][-3:] == ["rejected", "not_recommended", "approved"]


def test_an_application_from_a_settlement_the_call_does_not_list_is_refused_at_the_eligibility_check(
        world: World) -> None:
    app_id = new_application(world, village="Боранкул")  # the call lists the other three villages
    with world.db.transaction() as s:
        workflow.submit(s, app_id)  # a paper application is received whatever its village
    with pytest.raises(Invalid, match="Not eligible: Боранкул is not among the settlements eligible for this call"), \
            world.db.transaction() as s:
        workflow.mark_eligible(s, app_id, reason="trying")
    with world.db.reading() as s:
        assert s.get(Application, app_id).status == "submitted"
    with world.db.transaction() as s:
        calls.set_settlements(s, world.call_id, [])  # none listed: every settlement may apply
        workflow.mark_eligible(s, app_id)
    with world.db.reading() as s:
        assert s.get(Application, app_id).status == "eligible"


def test_required_attachments_are_checked_before_anything_is_written(world: World) -> None:
    for rules, code in [([("support_letter", " ")], "call.attachment_label"),
                        ([("site_photo", "Фото участка"), ("other", "фото  участка")], "call.attachment_twice"),
                        ([("passport", "Паспорт")], "call.attachment_kind")]:
        with pytest.raises(Invalid) as refused, world.db.transaction() as s:
            calls.set_attachment_rules(s, world.call_id, rules)
        assert (refused.value.code, refused.value.field) == (code, "attachments")
    with world.db.transaction() as s:
        calls.set_attachment_rules(s, world.call_id, [("cofunding_letter", " Письмо  о софинансировании "),
                                                      ("site_photo", "Фото участка")])
    with world.db.reading() as s:
        assert [(r.kind, r.label) for r in calls.attachment_rules(s, world.call_id)] == [
            ("cofunding_letter", "Письмо о софинансировании"), ("site_photo", "Фото участка")]
