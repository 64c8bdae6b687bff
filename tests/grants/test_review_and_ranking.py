"""Review (blind until submitted, conflicts refused, versions) and ranking with Decimal edge cases."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fieldapp.model import Application
from fieldapp.services import calls, ranking, review, workflow
from fieldapp.validation import Invalid

from .conftest import World, new_application, score_all, to_review


def test_a_reviewer_sees_no_other_scores_before_submitting(world: World) -> None:
    app_id = new_application(world)
    to_review(world, app_id)
    first, second, _third = world.reviewer_ids
    score_all(world, app_id, [(9, 8, 5)])
    with world.db.transaction() as s:
        review.save(s, app_id, second, {world.criteria[0]: (3, "слабо")})  # a draft
        view = review.view_for(s, app_id, second)
        assert view.others is None
        assert {k: v.score for k, v in view.own_scores.items()} == {world.criteria[0]: 3}
        review.save(s, app_id, second, {c: (4, "средне") for c in world.criteria}, submit=True)
        view = review.view_for(s, app_id, second)
        assert view.others == [("Айгуль Нурланова", Decimal("87.50"))]  # (9·2 + 8·1.5 + 5·1) / 40


def test_a_conflict_of_interest_blocks_scoring(world: World) -> None:
    app_id = new_application(world)
    to_review(world, app_id)
    reviewer = world.reviewer_ids[0]
    with world.db.transaction() as s:
        review.declare_conflict(s, app_id, reviewer, "Моё родное село, в группе — двоюродная сестра")
    with pytest.raises(Invalid, match="declared a conflict of interest") as refused, world.db.transaction() as s:
        review.save(s, app_id, reviewer, {c: (5, "x") for c in world.criteria}, submit=True)
    assert refused.value.code == "review.conflict"
    with world.db.reading() as s:
        assert review.latest(s, app_id, reviewer) is None
        assert not review.is_assigned(s, app_id, reviewer)


def test_scores_are_checked_against_the_maximum_and_comments(world: World) -> None:
    app_id = new_application(world)
    to_review(world, app_id)
    c1, c2, c3 = world.criteria
    with pytest.raises(Invalid, match="Устойчивость: the score must be 0 to 5"), world.db.transaction() as s:
        review.save(s, app_id, world.reviewer_ids[0], {c1: (1, None), c2: (1, "x"), c3: (6, None)})
    with pytest.raises(Invalid, match="Участие сообщества: a comment is required"), world.db.transaction() as s:
        review.save(s, app_id, world.reviewer_ids[0], {c1: (1, None), c2: (1, " "), c3: (5, None)}, submit=True)


def test_a_submitted_review_is_final_and_a_correction_is_a_new_version(world: World) -> None:
    app_id = new_application(world)
    to_review(world, app_id)
    reviewer = world.reviewer_ids[0]
    score_all(world, app_id, [(2, 2, 2)])
    correction = {c: (10 if i < 2 else 5, "пересмотрено") for i, c in enumerate(world.criteria)}
    with pytest.raises(Invalid, match="final"), world.db.transaction() as s:
        review.save(s, app_id, reviewer, correction, submit=True)
    with world.db.transaction() as s:
        review.save(s, app_id, reviewer, correction, submit=True, correction_reason="Перепутал строки")
    with world.db.reading() as s:
        versions = review.versions(s, app_id, reviewer)
        assert [(v.version, v.status) for v in versions] == [(1, "submitted"), (2, "submitted")]
        assert {s_.score for s_ in review.scores_of(s, versions[0].id).values()} == {2}
        assert [t for _u, _r, t in review.counted_reviews(s, app_id)] == [Decimal("100.00")]


def test_weighted_score_and_spread(world: World) -> None:
    app_id = new_application(world)
    to_review(world, app_id)
    # weights 2, 1.5, 1 on maxima 10, 10, 5 → possible 40
    score_all(world, app_id, [(10, 10, 5), (5, 4, 3), (7, 7, 1)])
    with world.db.reading() as s:
        row = ranking.rows(s, world.call_id)[0]
    assert row.score == Decimal("70.42")  # (100 + 47.5 + 63.75) / 3 = 70.4166… → 70.42
    assert row.spread == Decimal("52.50")
    assert row.reviews == 3


def _scored(w: World, requested: str, points: tuple[int, int, int], title: str) -> str:
    app_id = new_application(w, title, requested=requested)
    to_review(w, app_id)
    score_all(w, app_id, [points] * 3)
    return app_id


def test_ties_rank_the_smaller_request_first_and_are_flagged(world: World) -> None:
    big = _scored(world, "1800000.00", (8, 8, 4), "Большая")
    small = _scored(world, "900000.00", (8, 8, 4), "Малая")
    top = _scored(world, "1000000.00", (9, 9, 5), "Лучшая")
    with world.db.reading() as s:
        rows = ranking.rows(s, world.call_id)
    assert [r.application_id for r in rows] == [top, small, big]
    assert [r.rank for r in rows] == [1, 2, 3]
    assert [r.tied for r in rows] == [False, True, True]
    assert [r.running_total for r in rows] == [Decimal("1000000.00"), Decimal("1900000.00"), Decimal("3700000.00")]


@pytest.mark.parametrize(("envelope", "expected"), [
    ("3700000.00", 3),  # exactly the envelope: all three fit
    ("3699999.99", 2),  # one tiyn short: the last one does not
])
def test_the_envelope_to_the_tiyn(world: World, envelope: str, expected: int) -> None:
    with world.db.transaction() as s:
        calls.update(s, world.call_id, envelope=Decimal(envelope))
    for requested, points, title in [("1000000.00", (9, 9, 5), "A"), ("900000.00", (8, 8, 4), "B"),
                                     ("1800000.00", (7, 7, 3), "C")]:
        _scored(world, requested, points, title)
    with world.db.reading() as s:
        selection = ranking.suggest(s, world.call_id)
        rows = ranking.rows(s, world.call_id)
    assert len(selection.application_ids) == expected
    assert [r.within_envelope for r in rows] == [True, True, expected == 3]
    assert selection.total <= Decimal(envelope)
    assert selection.remaining == Decimal(envelope) - selection.total


def test_a_project_too_big_is_passed_over_and_a_smaller_one_fills_the_rest(world: World) -> None:
    with world.db.transaction() as s:
        calls.update(s, world.call_id, envelope=Decimal("2500000.00"))
    a = _scored(world, "1500000.00", (9, 9, 5), "A")
    b = _scored(world, "1500000.00", (8, 8, 4), "B")
    c = _scored(world, "1000000.00", (5, 5, 2), "C")
    with world.db.reading() as s:
        selection = ranking.suggest(s, world.call_id)
    assert selection.application_ids == (a, c)
    assert selection.passed_over == (b,)
    assert selection.total == Decimal("2500000.00")


def test_changing_the_suggestion_needs_a_reason(world: World) -> None:
    with world.db.transaction() as s:
        calls.update(s, world.call_id, envelope=Decimal("2000000.00"))
    a = _scored(world, "1500000.00", (9, 9, 5), "A")
    b = _scored(world, "1500000.00", (8, 8, 4), "B")
    with pytest.raises(Invalid, match="differs from the suggestion"), world.db.transaction() as s:
        workflow.apply_selection(s, world.call_id, [b])
    with world.db.transaction() as s:
        workflow.apply_selection(s, world.call_id, [b], reason="Проект A уже финансируется акиматом")
    with world.db.reading() as s:
        assert s.get(Application, a).status == "rejected"
        assert s.get(Application, b).status == "approved"
        assert calls.approved_total(s, world.call_id) == Decimal("1500000.00")


def test_criteria_reused_from_a_previous_call(world: World) -> None:
    import datetime as dt

    with world.db.transaction() as s:
        new = calls.create(s, cycle_id=world.cycle_id, title="Третий конкурс", opens_on=dt.date(2021, 3, 1),
                           deadline=dt.date(2021, 4, 1), max_grant=Decimal("2500000"), envelope=Decimal("30000000"))
        copied = calls.copy_criteria(s, world.call_id, new.id)
        assert [(c.name_kk, c.max_score, c.weight, c.comment_required) for c in copied] == [
            ("Мәселенің өзектілігі", 10, Decimal("2.00"), False), ("Қауымдастықтың қатысуы", 10, Decimal("1.50"), True),
            ("Тұрақтылық", 5, Decimal("1.00"), False)]


def test_criteria_freeze_once_scoring_starts(world: World) -> None:
    app_id = new_application(world)
    to_review(world, app_id)
    score_all(world, app_id, [(1, 1, 1)])
    with pytest.raises(Invalid, match="can no longer change"), world.db.transaction() as s:
        calls.set_criteria(s, world.call_id, [calls.CriterionSpec("Новый", 5)])


def test_a_conflict_declared_after_scoring_takes_those_scores_out_of_the_ranking(world: World) -> None:
    app_id = new_application(world)
    to_review(world, app_id)
    score_all(world, app_id, [(10, 10, 5), (2, 2, 1), (2, 2, 1)])
    with world.db.transaction() as s:
        before = ranking.rows(s, world.call_id)[0]
        review.declare_conflict(s, app_id, world.reviewer_ids[0], "Выяснилось: председатель группы — брат")
        after = ranking.rows(s, world.call_id)[0]
        fast = sorted(t for _r, t in review.call_totals(s, world.call_id)[app_id])
        slow = sorted(t for _u, _r, t in review.counted_reviews(s, app_id))
    assert (before.reviews, after.reviews) == (3, 2)
    assert after.score == Decimal("20.00") and after.spread == Decimal("0.00")
    assert fast == slow == [Decimal("20.00"), Decimal("20.00")]
