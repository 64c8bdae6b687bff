"""The demo runs through the competition: cycle 2 ranked by three reviewers with its 18 winners on top and
within the envelope; a third call under review with a dozen applications and reviews half done."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from fieldapp.db import Database
from fieldapp.model import Application, Review, SelectionDecision, StatusEvent
from fieldapp.services import calls, ranking, review, workflow


def test_cycle_two_is_ranked_and_decided_within_the_envelope(demo_db: Database) -> None:
    with demo_db.reading() as s:
        call = calls.get(s, "ВМС-2019")
        rows = ranking.rows(s, call.id)
        approved = [r for r in rows if r.status == "approved"]
        assert len(rows) == 53 and len(approved) == 18
        assert {r.status for r in rows[:18]} == {"approved"}
        assert all(r.score is not None for r in rows)
        assert calls.approved_total(s, call.id) == sum((r.requested for r in approved), Decimal(0))
        assert calls.approved_total(s, call.id) <= call.envelope
        people = {p["name"]: p for p in review.progress(s, call.id)}
        assert len(people) == 3
        assert all(p["submitted"] == p["assigned"] > 0 for p in people.values())
        reviews_per_app = {len(review.counted_reviews(s, r.application_id)) for r in rows}
        assert reviews_per_app <= {2, 3} and 3 in reviews_per_app  # a declared conflict leaves two
        assert s.scalar(select(func.count()).select_from(SelectionDecision)
                        .where(SelectionDecision.call_id == call.id)) == 53


def test_the_open_call_is_under_review_with_reviews_half_done(demo_db: Database) -> None:
    with demo_db.reading() as s:
        call = calls.get(s, "НС-2021")
        assert call.status == "under_review"
        statuses = [a.status for a in s.scalars(select(Application).where(Application.call_id == call.id))]
        assert len(statuses) == 12
        assert statuses.count("under_review") == 10
        assert sorted(set(statuses)) == ["draft", "rejected", "under_review"]
        progress = review.progress(s, call.id)
        submitted = sum(p["submitted"] for p in progress)
        assigned = sum(p["assigned"] for p in progress)
        assert 0.3 < submitted / assigned < 0.7
        assert s.scalar(select(func.count()).select_from(Review).where(Review.status == "draft")) >= 1
        rejected = s.scalars(select(StatusEvent.reason_code).where(
            StatusEvent.to_status == "rejected", StatusEvent.subject_id.in_(
                select(Application.id).where(Application.call_id == call.id)))).all()
        assert rejected == ["ineligible.over_max"]  # a standard reason, worded in each letter's language
        suggestion = ranking.suggest(s, call.id)
        assert suggestion.application_ids and suggestion.total <= call.envelope


def test_a_new_user_can_finish_the_open_call(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        call = calls.get(s, "НС-2021")
        for reviewer in review.reviewers(s, call.id):
            for app in review.assigned_applications(s, call.id, reviewer.id):
                if review.latest(s, app.id, reviewer.id, submitted_only=True) is None:
                    review.save(s, app.id, reviewer.id,
                                {c.id: (7, "Хороший проект") for c in calls.criteria(s, call.id)}, submit=True)
        suggestion = ranking.suggest(s, call.id)
        workflow.apply_selection(s, call.id, suggestion.application_ids)
        calls.set_status(s, call.id, "decided")
        assert calls.approved_total(s, call.id) == suggestion.total <= call.envelope
