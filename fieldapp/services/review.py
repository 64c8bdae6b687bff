"""Committee review: reviewers, assignments, conflicts of interest, and scores kept as append-only versions.

A reviewer scores each criterion 0..max with a comment. A draft version can change; a submitted version is
final, and a correction is a new version (the old one kept, with the reason for the correction). Until a
reviewer has submitted, their view shows no other reviewer's scores (blind review). A declared conflict of
interest blocks scoring that application, and a conflicted reviewer's scores never count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.model import (
    Application,
    CallReviewer,
    ConflictOfInterest,
    Criterion,
    Review,
    ReviewAssignment,
    ReviewScore,
    StatusEvent,
    UserProfile,
)
from fieldapp.model.base import utcnow
from fieldapp.problems import Problem
from fieldapp.services import applications, calls
from fieldapp.services.roles import REVIEWER
from fieldapp.text import fold
from fieldapp.validation import Invalid

HUNDREDTH = Decimal("0.01")
SCORING_STATUSES = frozenset({"under_review"})
ASSIGNABLE_STATUSES = frozenset({"eligible", "under_review"})

#: a reviewer's scores for one application: criterion id → (score, comment)
Scores = Mapping[str, tuple[int | None, str | None]]


@dataclass(frozen=True)
class ReviewerView:
    """What a reviewer sees of an application: their own latest version and, once submitted, the others'."""

    own: Review | None
    own_scores: dict[str, ReviewScore]
    others: list[tuple[str, Decimal]] | None  # (reviewer name, total) — None while blind


def add_reviewer(session: Session, call_id: str, name: str, organisation: str | None = None) -> UserProfile:
    """Put a committee member on the call (a reviewer profile is made for them if none has that name)."""
    name = (name or "").strip()
    if not name:
        raise Invalid("reviewer.name", "Name the reviewer", "name")
    user = next((u for u in session.scalars(select(UserProfile))
                 if fold(u.name) == fold(name)), None)
    if user is None:
        user = UserProfile(name=name, role=REVIEWER)
        session.add(user)
        session.flush()
    if session.scalars(select(CallReviewer).where(CallReviewer.call_id == call_id, CallReviewer.reviewer_id == user.id)
                       .execution_options(include_deleted=True)).first() is None:
        session.add(CallReviewer(call_id=call_id, reviewer_id=user.id, organisation=organisation))
        session.flush()
    return user


def reviewers(session: Session, call_id: str) -> list[UserProfile]:
    return list(session.scalars(
        select(UserProfile).join(CallReviewer, CallReviewer.reviewer_id == UserProfile.id)
        .where(CallReviewer.call_id == call_id).order_by(UserProfile.name)))


def find_reviewer(session: Session, call_id: str, ref: str) -> UserProfile:
    """A reviewer of the call by id or by name (case and Kazakh/Russian look-alikes folded)."""
    for user in reviewers(session, call_id):
        if user.id == ref or fold(user.name) == fold(ref):
            return user
    raise Invalid("reviewer.unknown", f"{ref!r} is not a reviewer of this call", params={"name": ref})


def conflict(session: Session, application_id: str, reviewer_id: str) -> ConflictOfInterest | None:
    return session.scalars(select(ConflictOfInterest).where(
        ConflictOfInterest.application_id == application_id, ConflictOfInterest.reviewer_id == reviewer_id)).first()


def declare_conflict(session: Session, application_id: str, reviewer_id: str, reason: str) -> ConflictOfInterest:
    if not (reason or "").strip():
        raise Invalid("conflict.reason", "Say what the conflict of interest is (e.g. 'my own village')", "reason")
    existing = conflict(session, application_id, reviewer_id)
    if existing is not None:
        return existing
    row = ConflictOfInterest(application_id=application_id, reviewer_id=reviewer_id, reason=reason.strip(),
                             declared_at=utcnow())
    session.add(row)
    for assignment in session.scalars(select(ReviewAssignment).where(
            ReviewAssignment.application_id == application_id, ReviewAssignment.reviewer_id == reviewer_id)):
        assignment.deleted_at = utcnow()
    session.flush()
    return row


def was_reviewed(session: Session, application_id: str) -> bool:
    """Whether the application has been under review (for reviews typed in later from paper records)."""
    return session.scalars(select(StatusEvent.id).where(
        StatusEvent.subject_table == "application", StatusEvent.subject_id == application_id,
        StatusEvent.to_status == "under_review")).first() is not None


def assign(session: Session, application_id: str, reviewer_id: str, *, back_entry: bool = False) -> ReviewAssignment:
    """Give the application to the reviewer. ``back_entry`` records the assignment of a past review round
    (the application must have been under review)."""
    app = applications.get(session, application_id)
    if back_entry and was_reviewed(session, app.id):
        pass
    elif app.status not in ASSIGNABLE_STATUSES:
        raise Invalid("review.not_eligible",
                      f"Application {applications.number(app)} is {app.status}: only applications found eligible "
                      "go to reviewers", params={"number": applications.number(app), "status": app.status})
    reviewer = find_reviewer(session, app.call_id, reviewer_id)
    if conflict(session, app.id, reviewer_id):
        raise Invalid("review.conflict", f"{reviewer.name} declared a conflict of interest with application "
                      f"{applications.number(app)} and cannot score it",
                      params={"name": reviewer.name, "number": applications.number(app)})
    row = session.scalars(select(ReviewAssignment).where(  # a withdrawn assignment comes back
        ReviewAssignment.application_id == app.id, ReviewAssignment.reviewer_id == reviewer_id)
        .execution_options(include_deleted=True)).first()
    if row is None:
        row = ReviewAssignment(application_id=app.id, reviewer_id=reviewer_id)
        session.add(row)
    row.deleted_at = None
    session.flush()
    return row


def assign_all(session: Session, call_id: str) -> int:
    """Give every eligible application of the call to every reviewer without a conflict with it."""
    made = 0
    apps = session.scalars(select(Application).where(
        Application.call_id == call_id, Application.status.in_(ASSIGNABLE_STATUSES)))
    people = reviewers(session, call_id)
    for app in apps:
        for user in people:
            if conflict(session, app.id, user.id) is None and not is_assigned(session, app.id, user.id):
                assign(session, app.id, user.id)
                made += 1
    return made


def assign_reviewers(session: Session, application_id: str) -> int:
    """Give the application to every reviewer of its call who declared no conflict of interest with it."""
    app = applications.get(session, application_id)
    made = 0
    for user in reviewers(session, app.call_id):
        if conflict(session, app.id, user.id) is None and not is_assigned(session, app.id, user.id):
            assign(session, app.id, user.id)
            made += 1
    return made


def is_assigned(session: Session, application_id: str, reviewer_id: str) -> bool:
    return session.scalars(select(ReviewAssignment.id).where(
        ReviewAssignment.application_id == application_id,
        ReviewAssignment.reviewer_id == reviewer_id)).first() is not None


def assigned_applications(session: Session, call_id: str, reviewer_id: str) -> list[Application]:
    return list(session.scalars(
        select(Application).join(ReviewAssignment, ReviewAssignment.application_id == Application.id)
        .where(Application.call_id == call_id, ReviewAssignment.reviewer_id == reviewer_id)
        .order_by(Application.registration_number, Application.draft_number)))


def latest(session: Session, application_id: str, reviewer_id: str, submitted_only: bool = False) -> Review | None:
    query = select(Review).where(Review.application_id == application_id, Review.reviewer_id == reviewer_id)
    if submitted_only:
        query = query.where(Review.status == "submitted")
    return session.scalars(query.order_by(Review.version.desc())).first()


def scores_of(session: Session, review_id: str) -> dict[str, ReviewScore]:
    return {s.criterion_id: s for s in session.scalars(select(ReviewScore).where(
        ReviewScore.review_id == review_id))}


def _criterion_params(criterion: Criterion | None) -> dict[str, Any]:
    if criterion is None:
        return {}
    name = {"ru": criterion.name_ru, "kk": criterion.name_kk or criterion.name_ru,
            "en": criterion.name_en or criterion.name_ru}
    return {"criterion": name, "max": criterion.max_score}


def check_scores(criteria: list[Criterion], scores: Scores, complete: bool) -> list[Problem]:
    """The scores' problems, each naming its criterion (``field`` is its id); ``complete`` also asks for every
    score and required comment."""
    problems = []
    known = {c.id for c in criteria}
    for criterion_id in scores:
        if criterion_id not in known:
            problems.append(Problem("review.criterion", "Not a criterion of this call", field=criterion_id))
    for c in criteria:
        score, comment = scores.get(c.id, (None, None))
        named = _criterion_params(c)
        if score is None:
            if complete:
                problems.append(Problem("review.missing", f"{c.name_ru}: no score", named, c.id))
            continue
        if isinstance(score, bool) or not isinstance(score, int):
            problems.append(Problem("review.whole", f"{c.name_ru}: the score must be a whole number", named, c.id))
        elif not 0 <= score <= c.max_score:
            problems.append(Problem("review.range", f"{c.name_ru}: the score must be 0 to {c.max_score}", named, c.id))
        if complete and c.comment_required and not (comment or "").strip():
            problems.append(Problem("review.comment", f"{c.name_ru}: a comment is required", named, c.id))
    return problems


def save(session: Session, application_id: str, reviewer_id: str, scores: Scores, *, comment: str | None = None,
         submit: bool = False, source: str = "app", correction_reason: str | None = None,
         back_entry_at: dt.datetime | None = None) -> Review:
    """Save the reviewer's scores as their draft (or submit them). After a submission, a correction with its
    reason makes a new version. ``back_entry_at`` types in a paper review submitted at that time, for an
    application that has been under review (a past round, already decided)."""
    app = applications.get(session, application_id)
    reviewer = find_reviewer(session, app.call_id, reviewer_id)
    if conflict(session, app.id, reviewer.id):
        raise Invalid("review.conflict",
                      f"{reviewer.name} declared a conflict of interest with application {applications.number(app)} "
                      "and cannot score it", params={"name": reviewer.name, "number": applications.number(app)})
    if back_entry_at is not None:
        if not was_reviewed(session, app.id):
            raise Invalid("review.never_reviewed", f"Application {applications.number(app)} was never under review",
                          params={"number": applications.number(app)})
        submit, source = True, "paper"
    elif app.status not in SCORING_STATUSES:
        raise Invalid("review.not_under_review",
                      f"Application {applications.number(app)} is {app.status}: it can be scored only while under "
                      "review (after its eligibility check)", params={"number": applications.number(app),
                                                                       "status": app.status})
    if not is_assigned(session, app.id, reviewer.id):
        raise Invalid("review.not_assigned", f"Application {applications.number(app)} is not assigned to "
                      f"{reviewer.name}", params={"number": applications.number(app), "name": reviewer.name})
    criteria = calls.criteria(session, app.call_id)
    problems = check_scores(criteria, scores, complete=submit)
    if problems:
        raise Invalid("review.scores", "; ".join(p.message for p in problems), problems[0].field,
                      {"problems": tuple(problems)})
    current = latest(session, app.id, reviewer.id)
    if current is None or current.status == "submitted":
        if current is not None and not (correction_reason or "").strip():
            raise Invalid("review.final", "The review was submitted and is final: a correction needs a reason "
                          "and becomes a new version")
        current = Review(application_id=app.id, reviewer_id=reviewer.id,
                         version=(current.version + 1) if current else 1, status="draft", source=source,
                         correction_reason=correction_reason if current else None)
        session.add(current)
        session.flush()
    current.comment, current.source = comment, source
    existing = scores_of(session, current.id)
    for c in criteria:
        score, text = scores.get(c.id, (None, None))
        row = existing.get(c.id)
        if score is None:
            if row is not None:
                row.deleted_at = utcnow()
            continue
        if row is None:
            session.add(ReviewScore(review_id=current.id, criterion_id=c.id, score=score, comment=text))
        else:
            row.score, row.comment, row.deleted_at = score, text, None
    if submit:
        current.status, current.submitted_at = "submitted", back_entry_at or utcnow()
    session.flush()
    return current


def total(criteria: list[Criterion], scores: Mapping[str, int]) -> Decimal:
    """A review's weighted score out of 100: Σ weight·score / Σ weight·max, with 2 places."""
    possible = sum((c.weight * c.max_score for c in criteria), Decimal(0))
    if not possible:
        return Decimal("0.00")
    got = sum((c.weight * scores.get(c.id, 0) for c in criteria), Decimal(0))
    return (got * 100 / possible).quantize(HUNDREDTH, ROUND_HALF_UP)


def counted_reviews(session: Session, application_id: str) -> list[tuple[UserProfile, Review, Decimal]]:
    """Each reviewer's latest submitted version (conflicted reviewers left out) with its total."""
    app = session.get(Application, application_id)
    assert app is not None
    criteria = calls.criteria(session, app.call_id)
    result = []
    for user in reviewers(session, app.call_id):
        review = latest(session, application_id, user.id, submitted_only=True)
        if review is None or conflict(session, application_id, user.id):
            continue
        scores = {cid: s.score for cid, s in scores_of(session, review.id).items()}
        result.append((user, review, total(criteria, scores)))
    return result


def call_totals(session: Session, call_id: str) -> dict[str, list[tuple[str, Decimal]]]:
    """Every application's counted reviews as (reviewer id, total), in four queries (for the ranking)."""
    criteria = calls.criteria(session, call_id)
    on_call = {u.id for u in reviewers(session, call_id)}
    conflicted = {tuple(row) for row in session.execute(
        select(ConflictOfInterest.application_id, ConflictOfInterest.reviewer_id)
        .join(Application, Application.id == ConflictOfInterest.application_id)
        .where(Application.call_id == call_id)).all()}
    latest_version: dict[tuple[str, str], Review] = {}
    for r in session.scalars(select(Review).join(Application, Application.id == Review.application_id).where(
            Application.call_id == call_id, Review.status == "submitted")):
        key = (r.application_id, r.reviewer_id)
        if key not in latest_version or r.version > latest_version[key].version:
            latest_version[key] = r
    scores: dict[str, dict[str, int]] = {}
    ids = [r.id for r in latest_version.values()]
    for review_id, criterion_id, score in session.execute(select(
            ReviewScore.review_id, ReviewScore.criterion_id, ReviewScore.score).where(
            ReviewScore.review_id.in_(ids))).all():
        scores.setdefault(review_id, {})[criterion_id] = score
    result: dict[str, list[tuple[str, Decimal]]] = {}
    for (app_id, reviewer_id), r in sorted(latest_version.items()):
        if reviewer_id in on_call and (app_id, reviewer_id) not in conflicted:
            result.setdefault(app_id, []).append((reviewer_id, total(criteria, scores.get(r.id, {}))))
    return result


def view_for(session: Session, application_id: str, reviewer_id: str) -> ReviewerView:
    """The reviewer's view: no other reviewer's scores until they have submitted their own."""
    own = latest(session, application_id, reviewer_id)
    own_scores = scores_of(session, own.id) if own else {}
    submitted = latest(session, application_id, reviewer_id, submitted_only=True) is not None
    others = None
    if submitted:
        others = [(user.name, score) for user, _review, score in counted_reviews(session, application_id)
                  if user.id != reviewer_id]
    return ReviewerView(own, own_scores, others)


@dataclass(frozen=True)
class CriterionLine:
    """A criterion as the scoring form shows it: its name in each language, its maximum."""

    id: str
    names: Mapping[str, str]
    max_score: int
    comment_required: bool


@dataclass(frozen=True)
class ScoringForm:
    """What a reviewer's scoring form shows: the application, the call's reviewers and criteria, and the chosen
    reviewer's own latest version (the others' totals only once theirs is submitted)."""

    number: str
    title: str
    status: str
    reviewers: list[tuple[str, str]]  # (id, name)
    reviewer_id: str | None
    criteria: list[CriterionLine]
    own: dict[str, tuple[int | None, str | None]]  # criterion id → (score, comment)
    own_status: str | None
    comment: str
    others: list[tuple[str, Decimal]] | None
    conflict: bool


def scoring_form(session: Session, application_id: str, reviewer_id: str | None = None) -> ScoringForm:
    """The form of ``reviewer_id``, else of the current user when they review this call, else of its first
    reviewer."""
    from fieldapp.services.roles import current_user

    app = applications.get(session, application_id)
    people = reviewers(session, app.call_id)
    me = current_user(session)
    chosen = reviewer_id or (me.id if me is not None and me.role == REVIEWER and any(p.id == me.id for p in people)
                             else (people[0].id if people else None))
    view = view_for(session, app.id, chosen) if chosen else None
    own = view.own if view else None
    return ScoringForm(
        applications.number(app), app.title, app.status, [(p.id, p.name) for p in people], chosen,
        [CriterionLine(c.id, {"ru": c.name_ru, "kk": c.name_kk or c.name_ru, "en": c.name_en or c.name_ru},
                       c.max_score, c.comment_required) for c in calls.criteria(session, app.call_id)],
        {cid: (s.score, s.comment) for cid, s in view.own_scores.items()} if view else {},
        own.status if own else None, (own.comment or "") if own else "", view.others if view else None,
        bool(chosen and conflict(session, app.id, chosen)))


def sheet_reviewers(session: Session, application_id: str) -> tuple[str, list[tuple[str, str]]]:
    """The call of the application and its reviewers (id, name), for writing a scoring sheet."""
    app = applications.get(session, application_id)
    return app.call_id, [(u.id, u.name) for u in reviewers(session, app.call_id)]


def versions(session: Session, application_id: str, reviewer_id: str) -> list[Review]:
    return list(session.scalars(select(Review).where(
        Review.application_id == application_id, Review.reviewer_id == reviewer_id).order_by(Review.version)))


def progress(session: Session, call_id: str) -> list[dict[str, Any]]:
    """Per reviewer: how many applications assigned, and how many of those they have submitted."""
    result = []
    for user in reviewers(session, call_id):
        assigned = assigned_applications(session, call_id, user.id)
        done = session.scalar(
            select(func.count(func.distinct(Review.application_id)))
            .where(Review.reviewer_id == user.id, Review.status == "submitted",
                   Review.application_id.in_([a.id for a in assigned]))) if assigned else 0
        result.append({"id": user.id, "name": user.name, "assigned": len(assigned), "submitted": int(done or 0)})
    return result
