"""The life of an application: draft → submitted → eligible → under_review → recommended / not_recommended →
approved / rejected, and withdrawn.

Every change is a status event (who, when, why) kept for ever; an illegal move is refused with a message that
says what is allowed instead. The head office decides (approve, reject), may reopen a decision, and funds the
next in the ranking when a winner withdraws. What an approval may grant is the rule of
``services/envelope.py``, the same one the hub re-checks when it merges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.model import Agreement, Application, GrantCall, SelectionDecision, StatusEvent
from fieldapp.model.base import utcnow
from fieldapp.problems import Problem
from fieldapp.services import applications, calls, decision_reasons, envelope, ranking, review
from fieldapp.services.envelope import ZERO
from fieldapp.services.roles import current_user, is_head_office, require_head_office
from fieldapp.validation import Invalid, check_money

STATUSES = ("draft", "submitted", "eligible", "under_review", "recommended", "not_recommended", "approved",
            "rejected", "withdrawn")
MOVES: dict[str, frozenset[str]] = {
    "draft": frozenset({"submitted", "withdrawn"}),
    "submitted": frozenset({"eligible", "rejected", "withdrawn"}),
    "eligible": frozenset({"under_review", "withdrawn"}),
    "under_review": frozenset({"recommended", "not_recommended", "withdrawn"}),
    "recommended": frozenset({"approved", "rejected", "withdrawn"}),
    "not_recommended": frozenset({"approved", "rejected", "withdrawn"}),
    "approved": frozenset({"withdrawn"}),
    "rejected": frozenset(),
    "withdrawn": frozenset(),
}
#: why a move is refused (code for the UI, words for the CLI), where a generic message would not help
WHY_NOT = {
    ("submitted", "under_review"): ("workflow.why.not_checked", "its eligibility has not been checked yet"),
    ("draft", "under_review"): ("workflow.why.not_submitted_checked",
                                "it has not been submitted and checked for eligibility"),
    ("draft", "eligible"): ("workflow.why.not_submitted", "it has not been submitted"),
    ("eligible", "recommended"): ("workflow.why.not_reviewed", "it has not been reviewed"),
    ("eligible", "not_recommended"): ("workflow.why.not_reviewed", "it has not been reviewed"),
    ("under_review", "approved"): ("workflow.why.not_recommended", "the committee has not recommended it yet"),
    ("under_review", "rejected"): ("workflow.why.review_unfinished", "the committee has not finished its review"),
    ("eligible", "approved"): ("workflow.why.not_reviewed", "it has not been reviewed"),
    ("submitted", "approved"): ("workflow.why.not_checked_reviewed",
                                "it has not been checked for eligibility or reviewed"),
    ("draft", "approved"): ("workflow.why.not_even_submitted", "it has not even been submitted"),
}
REASON_REQUIRED = frozenset({"rejected", "withdrawn"})


def _refuse(app: Application, to_status: str) -> Invalid:
    allowed = sorted(MOVES[app.status])
    code, why = WHY_NOT.get((app.status, to_status), (None, ""))
    if code is None:
        code = "workflow.why.next" if allowed else "workflow.why.final"
        why = f"it is {app.status}" + (f" (next: {', '.join(allowed)})" if allowed else " (final)")
    reason = Invalid(code, why, params={"status": app.status, "allowed": tuple(allowed)})
    return Invalid("workflow.illegal", f"Application {applications.number(app)} cannot become {to_status}: {why}",
                   params={"number": applications.number(app), "to_status": to_status, "why": reason})


def move(session: Session, application_id: str, to_status: str, reason: str | None = None,
         reason_code: str | None = None) -> StatusEvent:
    """Change the status along an allowed move and record the event; everything else goes through here.
    A rejection or withdrawal needs a reason: a standard one (``reason_code``, see :mod:`decision_reasons`), a typed
    one, or both."""
    app = applications.get(session, application_id)
    if to_status not in STATUSES:
        raise Invalid("workflow.status", f"Unknown status {to_status!r}", params={"status": to_status})
    if to_status not in MOVES[app.status]:
        raise _refuse(app, to_status)
    reason = (reason or "").strip() or None
    kind = decision_reasons.kind_of_rejection(app.status) if to_status == "rejected" else to_status
    reason_code = decision_reasons.check(reason_code, kind)
    if to_status in REASON_REQUIRED and reason is None and reason_code is None:
        raise Invalid("workflow.reason", f"Say why the application is {to_status}", "reason",
                      {"to_status": to_status})
    return _record(session, app, to_status, reason, reason_code)


def _record(session: Session, app: Application, to_status: str, reason: str | None,
            reason_code: str | None = None) -> StatusEvent:
    user = current_user(session)
    event = StatusEvent(subject_table="application", subject_id=app.id, from_status=app.status, to_status=to_status,
                        at=utcnow(), by_user_id=user.id if user else None, reason=reason, reason_code=reason_code)
    app.status = to_status
    session.add(event)
    session.flush()
    return event


def submit(session: Session, application_id: str, reason: str | None = None) -> StatusEvent:
    errors = [p for p in applications.check(session, application_id) if p.level == "error"]
    if errors:
        raise Invalid("workflow.submit", "Cannot submit: " + "; ".join(p.message for p in errors), errors[0].field,
                      {"problems": tuple(errors)})
    app = applications.get(session, application_id)
    if app.received_on is None:
        app.received_on = utcnow().date()
    return move(session, application_id, "submitted", reason)


def eligibility_problems(session: Session, application_id: str) -> tuple[list[Problem], list[Problem]]:
    """(problems that make it ineligible, problems a reason may waive: missing attachments, late receipt)."""
    hard, waivable = [], []
    for problem in applications.check(session, application_id):
        if problem.code in {"application.over_max", "application.settlement_ineligible", "application.group",
                            "application.settlement", "application.amount"}:
            hard.append(problem)
        elif problem.code in {"application.attachment", "application.received"}:
            waivable.append(problem)
    return hard, waivable


def eligibility_refusal(session: Session, application_id: str, reason: str | None = None) -> Invalid | None:
    """What stops marking it eligible with ``reason``: ``workflow.ineligible`` (it cannot be), ``workflow.waive``
    (missing attachments or late receipt, which a reason may waive), or None. Asked before the reason is (the
    application's buttons), so the reason is asked for when it is needed, with what it must answer."""
    hard, waivable = eligibility_problems(session, application_id)
    if hard:
        return Invalid("workflow.ineligible", "Not eligible: " + "; ".join(p.message for p in hard),
                       params={"problems": tuple(hard)})
    if waivable and not (reason or "").strip():
        return Invalid("workflow.waive", "Give a reason to accept it despite: " + "; ".join(p.message for p in waivable),
                       "reason", {"problems": tuple(waivable)})
    return None


def mark_eligible(session: Session, application_id: str, reason: str | None = None) -> StatusEvent:
    """The eligibility check passed. Missing attachments or late receipt need a reason (e.g. 'original on paper')."""
    refusal = eligibility_refusal(session, application_id, reason)
    if refusal is not None:
        raise refusal
    return move(session, application_id, "eligible", reason)


def start_review(session: Session, application_id: str) -> StatusEvent:
    """Under review, and given to every reviewer of the call without a conflict of interest with it."""
    event = move(session, application_id, "under_review")
    review.assign_reviewers(session, application_id)
    return event


def start_call_review(session: Session, call_id: str) -> int:
    """Close the call for applications: it goes under review, and so does every eligible application."""
    call = calls.get(session, call_id)
    if call.status == "open":
        calls.set_status(session, call.id, "under_review")
    moved = 0
    for app in session.scalars(select(Application).where(
            Application.call_id == call.id, Application.status == "eligible")):
        start_review(session, app.id)
        moved += 1
    return moved


def recommend(session: Session, application_id: str, recommended: bool, reason: str | None = None) -> StatusEvent:
    """The committee's recommendation, once at least one reviewer has submitted."""
    app = applications.get(session, application_id)
    if app.status == "under_review" and not review.counted_reviews(session, app.id):
        raise Invalid("workflow.no_reviews", f"Application {applications.number(app)} has no submitted review yet",
                      params={"number": applications.number(app)})
    return move(session, application_id, "recommended" if recommended else "not_recommended", reason)


def _decision(session: Session, app: Application, decision: str, amount: Decimal | None, reason: str | None,
              override: bool = False, reason_code: str | None = None) -> SelectionDecision:
    user = current_user(session)
    row = SelectionDecision(application_id=app.id, call_id=app.call_id, decision=decision, amount=amount,
                            reason=reason, reason_code=reason_code, envelope_override=override, at=utcnow(),
                            by_user_id=user.id if user else None)
    session.add(row)
    return row


def approve(session: Session, application_id: str, *, amount: Any = None, reason: str | None = None,
            override_envelope: bool = False) -> StatusEvent:
    """Fund it (the requested amount unless another is given). Over the envelope only with an explicit override
    and its reason; approving what the committee did not recommend needs a reason too."""
    require_head_office(session, "approve grants")
    app = applications.get(session, application_id)
    if app.status == "approved":
        envelope.check_approval(envelope.Approval(applications.number(app), ZERO, None, None, None, ZERO,
                                                  already_approved=True))
    if "approved" not in MOVES[app.status]:
        raise _refuse(app, "approved")
    reason = (reason or "").strip() or None
    granted = check_money(amount) if amount is not None else (app.requested_amount or ZERO)
    call = session.get(GrantCall, app.call_id)
    assert call is not None
    approval = envelope.Approval(applications.number(app), granted, app.requested_amount, call.max_grant,
                                 call.envelope, envelope.committed(session, call.id, excluding=app.id),
                                 override=override_envelope, reason=reason, head_office=True)
    envelope.check_approval(approval)
    over = envelope.over_envelope(approval)
    if app.status == "not_recommended" and reason is None:
        raise Invalid("workflow.reason_not_recommended",
                      "Approving an application the committee did not recommend needs a reason",
                      "reason")
    app.approved_amount = granted
    _decision(session, app, "approved", granted, reason, override=over > 0)
    return _record(session, app, "approved", reason)


def reject(session: Session, application_id: str, reason: str | None = None,
           reason_code: str | None = None) -> StatusEvent:
    """Not funded (after review) or not eligible (after the check); the reason goes into the letter, a standard
    one in the letter's language (``ineligible.*`` at the check, ``not_selected.*`` after review)."""
    app = applications.get(session, application_id)
    if app.status in {"recommended", "not_recommended"}:
        require_head_office(session, "reject applications")
    event = move(session, application_id, "rejected", reason, reason_code)
    _decision(session, app, "rejected", None, event.reason, reason_code=event.reason_code)
    session.flush()
    return event


def withdraw(session: Session, application_id: str, reason: str | None = None,
             reason_code: str | None = None) -> StatusEvent:
    """The group withdraws; an approved grant's money goes back to the envelope."""
    app = applications.get(session, application_id)
    was_approved = app.status == "approved"
    event = move(session, application_id, "withdrawn", reason, reason_code)
    if was_approved:
        _decision(session, app, "withdrawn", app.approved_amount, event.reason, reason_code=event.reason_code)
        app.approved_amount = None
        session.flush()
    return event


def reopen(session: Session, application_id: str, reason: str) -> StatusEvent:
    """The head office takes a decision back: the application returns to where it stood before it."""
    require_head_office(session, "reopen a decision")
    app = applications.get(session, application_id)
    if app.status not in {"approved", "rejected"}:
        raise Invalid("workflow.reopen", f"Application {applications.number(app)} is {app.status}: only an approval "
                      "or a rejection can be reopened", params={"number": applications.number(app), "status": app.status})
    if not (reason or "").strip():
        raise Invalid("workflow.reason_reopen", "Say why the decision is reopened", "reason")
    last = session.scalars(select(StatusEvent).where(
        StatusEvent.subject_table == "application", StatusEvent.subject_id == app.id,
        StatusEvent.to_status == app.status).order_by(StatusEvent.at.desc(), StatusEvent.created_at.desc())).first()
    back_to = last.from_status if last and last.from_status else "submitted"
    _decision(session, app, "reopened", app.approved_amount, reason.strip())
    app.approved_amount = None
    return _record(session, app, back_to, reason.strip())


def fund_next(session: Session, call_id: str, reason: str) -> StatusEvent | None:
    """After a withdrawal: the best-ranked application waiting (or rejected for lack of money) that fits what is
    left of the envelope is approved. None when nothing fits."""
    require_head_office(session, "fund the next application")
    row = ranking.next_in_line(session, call_id)
    if row is None:
        return None
    if row.status == "rejected":
        reopen(session, row.application_id, reason)
    if applications.get(session, row.application_id).status == "under_review":
        recommend(session, row.application_id, True, reason)
    return approve(session, row.application_id, reason=reason)


def register_funded(session: Session, application_id: str, amount: Any, reason: str) -> StatusEvent:
    """A project funded before FieldApp, on paper (``services/paper_projects.py``): a new draft becomes approved
    for ``amount`` without the competition, with the reason (the register's row) in its history. The envelope
    rule of ``services/envelope.py`` holds: the amount stays within the request and the call's maximum grant; a
    call it takes over its envelope is recorded as an override with that reason (the money was paid already)."""
    require_head_office(session, "register funded projects")
    app = applications.get(session, application_id)
    if app.status != "draft":
        raise Invalid("workflow.paper_status", f"Application {applications.number(app)} is {app.status}: only a new "
                      "draft is registered as funded on paper", params={"number": applications.number(app),
                                                                       "status": app.status})
    reason = (reason or "").strip()
    if not reason:
        raise Invalid("workflow.reason", "Say why the application is approved", "reason", {"to_status": "approved"})
    granted = check_money(amount)
    call = session.get(GrantCall, app.call_id)
    assert call is not None
    approval = envelope.Approval(applications.number(app), granted, app.requested_amount, call.max_grant,
                                 call.envelope, envelope.committed(session, call.id, excluding=app.id),
                                 reason=reason, head_office=True)
    over = envelope.over_envelope(approval) > 0
    envelope.check_approval(replace(approval, override=over))
    app.approved_amount = granted
    _decision(session, app, "approved", granted, reason, override=over)
    return _record(session, app, "approved", reason)


def apply_selection(session: Session, call_id: str, selected: Sequence[str], reason: str | None = None) -> None:
    """Confirm the selection: the chosen applications are recommended and approved, the others under review are
    not recommended and rejected. Departing from the suggestion needs a reason."""
    require_head_office(session, "decide the selection")
    call = calls.get(session, call_id)
    suggestion = set(ranking.suggest(session, call.id).application_ids)
    chosen = set(selected)
    reason = (reason or "").strip() or None
    if chosen != suggestion and reason is None:
        raise Invalid("workflow.selection_reason", "The selection differs from the suggestion: say why", "reason")
    for row in ranking.rows(session, call.id):
        if row.application_id in chosen:
            if row.status == "approved":
                continue
            if row.status == "under_review":
                recommend(session, row.application_id, True, reason)
            approve(session, row.application_id, reason=reason)
        elif row.status == "under_review" and row.reviews:
            recommend(session, row.application_id, False, reason)
            reject(session, row.application_id, reason, "not_selected.envelope")


def history(session: Session, application_id: str) -> list[StatusEvent]:
    return list(session.scalars(select(StatusEvent).where(
        StatusEvent.subject_table == "application", StatusEvent.subject_id == application_id)
        .order_by(StatusEvent.at, StatusEvent.created_at)))


def move_call(session: Session, call_id: str, status: str) -> int:
    """A call's next step: open it, close it and start the review of its eligible applications (their number is
    returned), or mark it decided."""
    if status == "under_review":
        return start_call_review(session, call_id)
    calls.set_status(session, call_id, status)
    return 0


#: what each action of the screens moves an application to
ACTION_MOVES = {"submit": "submitted", "eligible": "eligible", "start_review": "under_review",
                "recommend": "recommended", "not_recommend": "not_recommended", "approve": "approved",
                "reject": "rejected", "withdraw": "withdrawn"}
#: actions that end or undo something, which a person confirms before they happen
DESTRUCTIVE_ACTIONS = frozenset({"reject", "withdraw", "reopen"})


def allowed_actions(session: Session, application_id: str) -> frozenset[str]:
    """What the current user can do to the application now, as the screens offer it: the moves its status
    allows and the user's role permits, "edit" while its content may change, "score" while it is under review,
    "register" while it lacks its registration number, "reopen" for a decision, "letter" once decided. An action
    offered may still be refused for a reason the core words (a missing amount, the envelope)."""
    app = applications.get(session, application_id)
    head_office = is_head_office(session)
    allowed = {action for action, to in ACTION_MOVES.items() if to in MOVES[app.status]}
    if not head_office:
        allowed.discard("approve")
        if app.status in {"recommended", "not_recommended"}:
            allowed.discard("reject")
    if app.status == "under_review":
        allowed.add("score")
        if not review.counted_reviews(session, app.id):  # the committee recommends once someone has scored
            allowed -= {"recommend", "not_recommend"}
    if app.status in applications.EDITABLE:
        allowed.add("edit")
    if app.status in {"approved", "rejected"}:
        allowed.add("letter")
        if head_office:
            allowed.add("reopen")
    if head_office and app.registration_number is None and app.status != "draft":
        allowed.add("register")
    if head_office and app.status == "approved" and session.scalar(
            select(Agreement.id).where(Agreement.application_id == app.id)
            .execution_options(include_deleted=True)) is None:
        allowed.add("agreement")
    return frozenset(allowed | {"summary", "sheet"})
