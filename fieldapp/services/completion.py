"""The one rule of a project's completion: when a funded project is "in order", and what its completion records.

A signed agreement is **in order** when every one of these holds (each unmet one is a coded reason, worded by
the interface in its language — ``fieldapp/ui/problems.py``):

- ``completion.signed``: the agreement is signed (a draft or terminated one is never completed);
- ``completion.no_acceptance``: a final-acceptance visit (``purpose == "acceptance"``) is finished and not
  replaced by a correction — the latest such visit is the one that counts (``tranches.counted_visits``' rule);
- ``completion.held``: that visit released the project (``next_tranche_ok`` true): a hold keeps it open;
- ``completion.checklist``: every checklist item of that visit was answered "yes" or "not applicable" (``items``:
  the ones answered "no" or left unchecked); a visit with no checklist at all is not an acceptance;
- ``completion.actions``: no follow-up action of the project is still open (``count``);
- ``completion.no_report``: a completion report was submitted; ``completion.report_not_accepted``: an officer
  accepted it (the beneficiaries reached are its figure);
- ``completion.tranches``: every tranche before the final one is paid (``numbers``: those unpaid). The final
  tranche is paid after completion, on the completion report.

A project completed without an acceptance visit in FieldApp (registered from paper, or by the head office) is
left as it is. When the rule holds, the agreement is ``completed`` on the day the last of these came true (the visit, the report's
acceptance, the closing of the last action, the payment of the tranche before the final one) with the completion
report's beneficiaries (direct + indirect). Both come from the data, never the clock, so the hub re-computes
the very same values (``fieldapp/server/rules.py``). :func:`settle` is called by every step that can close the
last gap or open one again (finishing a visit, a report saved or accepted, an action closed or reopened, a
payment), on any laptop, by the user who made that step; the hub settles the agreements every push touches
(``fieldapp/server/hub.py``), so a gap closed on another laptop than the visit's completes the project when the
last piece reaches the hub, and every laptop pulls it. A correction of the acceptance visit that is no longer
in order reopens the project: its status goes back to ``signed`` and the completion's date and figure are cleared.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.model import Agreement, FollowUpAction, ProjectReport, SiteVisit, Tranche, VisitCheck
from fieldapp.problems import Invalid

#: the agreement's fields a field officer's completion (or reopening) changes: the only ones the hub accepts
#: from someone outside the head office, and only when they agree with this rule on the hub's data
FIELDS = frozenset({"status", "completed_on", "beneficiaries_reached"})
OPEN_STATUSES = frozenset({"signed", "completed"})
OK_ANSWERS = frozenset({"yes", "na"})
#: the reasons in the order the form lists them
REASONS = ("completion.signed", "completion.no_acceptance", "completion.held", "completion.checklist",
           "completion.actions", "completion.no_report", "completion.report_not_accepted", "completion.tranches")


@dataclass(frozen=True)
class Reason:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CompletionState:
    """What the rule says of one agreement: in order (no reasons), or why not."""

    agreement_id: str
    reasons: tuple[Reason, ...]
    completed_on: dt.date | None = None
    beneficiaries_reached: int | None = None
    visit_id: str | None = None  # the acceptance visit that counts
    report_id: str | None = None  # the completion report that counts

    @property
    def in_order(self) -> bool:
        return not self.reasons

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)


@dataclass(frozen=True)
class PendingVisit:
    """A visit as the form holds it, counted as if it were finished now: what the form asks before the officer
    finishes it (``visit_id`` None for a new one)."""

    visit_id: str | None
    visited_on: dt.date
    purpose: str
    decision: str | None  # release, hold, None
    checks: tuple[tuple[str, str], ...]  # item, result
    new_actions: int = 0  # follow-up actions typed in the form, open once it is saved


@dataclass(frozen=True)
class _Row:
    id: str
    status: str
    corrects_id: str | None
    visited_on: dt.date
    next_tranche_ok: bool | None
    purpose: str
    created_at: dt.datetime


def completion_state(session: Session, agreement_id: str, pending: PendingVisit | None = None) -> CompletionState:
    """The rule on this session's rows (the laptop's or the hub's: plain column reads, no cached objects), with
    ``pending`` counted as a finished visit."""
    visit_override: Any = None
    if pending is not None:
        corrects = session.scalar(select(SiteVisit.corrects_id).where(SiteVisit.id == pending.visit_id)) \
            if pending.visit_id else None
        visit_override = _Row(pending.visit_id or "pending", "final", corrects, pending.visited_on,
                              None if pending.decision is None else pending.decision == "release", pending.purpose,
                              dt.datetime.max)
    status = session.scalar(select(Agreement.status).where(Agreement.id == agreement_id))
    reasons: list[Reason] = []
    if status not in OPEN_STATUSES:
        reasons.append(Reason("completion.signed", {"status": status or ""}))
    visits = list(session.execute(select(SiteVisit.id, SiteVisit.status, SiteVisit.corrects_id, SiteVisit.visited_on,
                                         SiteVisit.next_tranche_ok, SiteVisit.purpose, SiteVisit.created_at)
                                  .where(SiteVisit.agreement_id == agreement_id)).all())
    if visit_override is not None:
        visits = [v for v in visits if v.id != visit_override.id] + [visit_override]
    final = [v for v in visits if v.status == "final"]
    corrected = {v.corrects_id for v in final if v.corrects_id}  # as tranches.counted_visits counts them
    accepted = sorted((v for v in final if v.id not in corrected and v.purpose == "acceptance"),
                      key=lambda v: (v.visited_on, getattr(v, "created_at", None) or dt.datetime.min))
    visit = accepted[-1] if accepted else None
    days: list[dt.date] = []
    if visit is None:
        reasons.append(Reason("completion.no_acceptance"))
    else:
        days.append(visit.visited_on)
        if visit.next_tranche_ok is not True:
            reasons.append(Reason("completion.held"))
        if pending is not None and visit.id == visit_override.id:
            checks = list(pending.checks)
        else:
            checks = list(session.execute(select(VisitCheck.item, VisitCheck.result)
                                          .where(VisitCheck.visit_id == visit.id).order_by(VisitCheck.position)))
        wrong = [item for item, result in checks if result not in OK_ANSWERS]
        if wrong or not checks:
            reasons.append(Reason("completion.checklist", {"items": wrong, "count": len(wrong)}))
    actions = session.execute(select(FollowUpAction.status, FollowUpAction.closed_at)
                              .where(FollowUpAction.agreement_id == agreement_id)).all()
    still_open = sum(1 for state, _closed in actions if state == "open") + (pending.new_actions if pending else 0)
    if still_open:
        reasons.append(Reason("completion.actions", {"count": still_open}))
    days += [closed.date() for state, closed in actions if state != "open" and closed is not None]
    reports = session.execute(select(ProjectReport.id, ProjectReport.submitted_on, ProjectReport.accepted_on,
                                     ProjectReport.beneficiaries_direct, ProjectReport.beneficiaries_indirect,
                                     ProjectReport.created_at)
                              .where(ProjectReport.agreement_id == agreement_id, ProjectReport.kind == "completion")
                              ).all()
    report = max(reports, key=lambda r: (r.accepted_on is not None, r.submitted_on, r.created_at), default=None)
    if report is None:
        reasons.append(Reason("completion.no_report"))
    elif report.accepted_on is None:
        reasons.append(Reason("completion.report_not_accepted", {"submitted_on": report.submitted_on}))
    else:
        days.append(report.accepted_on)
    schedule = session.execute(select(Tranche.number, Tranche.paid_on).where(Tranche.agreement_id == agreement_id)
                               .order_by(Tranche.number)).all()
    before_final = schedule[:-1]
    unpaid = [number for number, paid_on in before_final if paid_on is None]
    if unpaid:
        reasons.append(Reason("completion.tranches", {"numbers": unpaid}))
    days += [paid_on for _number, paid_on in before_final if paid_on is not None]
    reasons.sort(key=lambda r: REASONS.index(r.code))
    if reasons:
        return CompletionState(agreement_id, tuple(reasons), visit_id=visit.id if visit else None,
                               report_id=report.id if report else None)
    assert report is not None and visit is not None
    return CompletionState(agreement_id, (), max(days), report.beneficiaries_direct + report.beneficiaries_indirect,
                           visit.id, report.id)


@dataclass(frozen=True)
class Recorded:
    """What the agreement says of its completion (status, completed on, beneficiaries reached)."""

    status: str
    completed_on: dt.date | None
    beneficiaries_reached: int | None


def expected(state: CompletionState, current: Recorded) -> Recorded:
    """What the agreement must record by the rule: completed with the date and figure when in order, signed with
    neither when not. Left as it is: a draft or terminated agreement, and one completed without an acceptance visit
    in FieldApp (registered from paper, or completed by the head office) — the rule reopens only what a visit
    completed."""
    if current.status not in OPEN_STATUSES:
        return current
    if state.in_order:
        return Recorded("completed", state.completed_on, state.beneficiaries_reached)
    if current.status == "completed" and state.visit_id is None:
        return current
    return Recorded("signed", None, None)


def check_recorded(state: CompletionState, before: str, after: Recorded) -> Invalid | None:
    """Why a change of an agreement's completion (status ``before`` → ``after``) disagrees with the rule, or None.
    The hub asks this of a field officer's change (``fieldapp/server/rules.py``)."""
    if before not in OPEN_STATUSES or after.status not in OPEN_STATUSES:
        return Invalid("completion.status", f"Only the head office changes an agreement that is {before}",
                       params={"status": after.status})
    want = expected(state, Recorded(before, after.completed_on, after.beneficiaries_reached) if before == "completed"
                    else Recorded(before, None, None))
    if after == want:
        return None
    if after.status == "completed" and not state.in_order:
        return Invalid("completion.not_in_order", "The project is not in order: it cannot be completed ("
                       + ", ".join(state.codes) + ")", params={"reasons": list(state.codes)})
    if after.status == "signed" and want.status == "completed":
        return Invalid("completion.in_order", "The project is completed at the head office and stays so")
    return Invalid("completion.figures", f"The completion must record {want.completed_on} and "
                   f"{want.beneficiaries_reached} beneficiaries reached",
                   params={"date": want.completed_on, "reached": want.beneficiaries_reached})


def settle(session: Session, agreement_id: str) -> CompletionState:
    """Make the agreement's completion agree with the rule (completed, or back to signed), in the caller's
    transaction; changes nothing when it agrees already."""
    state = completion_state(session, agreement_id)
    agreement = session.get(Agreement, agreement_id)
    if agreement is None or agreement.deleted_at is not None:
        return state
    want = expected(state, Recorded(agreement.status, agreement.completed_on, agreement.beneficiaries_reached))
    if (agreement.status, agreement.completed_on, agreement.beneficiaries_reached) != (
            want.status, want.completed_on, want.beneficiaries_reached):
        agreement.status = want.status
        agreement.completed_on, agreement.beneficiaries_reached = want.completed_on, want.beneficiaries_reached
        session.flush()
    return state


@dataclass(frozen=True)
class Outcome:
    """An agreement's completion as a screen tells it after a step: its number, status, date, figure, and the
    rule's reasons when it is not completed."""

    number: str
    status: str
    completed_on: dt.date | None
    beneficiaries_reached: int | None
    state: CompletionState


def outcome(session: Session, agreement_id: str) -> Outcome:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise Invalid("agreement.unknown", f"No such agreement: {agreement_id}")
    return Outcome(agreement.number or agreement.draft_number, agreement.status, agreement.completed_on,
                   agreement.beneficiaries_reached, completion_state(session, agreement_id))


#: the tables whose rows the rule reads, and the column that names their agreement (a check names its visit)
READ_FROM = {"agreement": "id", "site_visit": "agreement_id", "follow_up_action": "agreement_id",
             "project_report": "agreement_id", "tranche": "agreement_id", "visit_check": "visit_id"}


def agreements_touched(session: Session, rows: list[tuple[str, str]]) -> set[str]:
    """The agreements whose completion the given rows (table, id) may change: the hub settles them after a push
    (``fieldapp/server/hub.py``), so a gap closed on one laptop and the visit finished on another still complete
    the project wherever the last piece arrives."""
    models: dict[str, Any] = {"site_visit": SiteVisit, "follow_up_action": FollowUpAction, "project_report": ProjectReport,
              "tranche": Tranche, "visit_check": VisitCheck}
    by_table: dict[str, list[str]] = {}
    for table, row_id in rows:
        if table in READ_FROM:
            by_table.setdefault(table, []).append(row_id)
    found = set(by_table.pop("agreement", []))
    visits: set[str] = set()
    for table, ids in sorted(by_table.items()):
        model = models[table]
        for start in range(0, len(ids), 500):  # one query per table and 500 rows, however long the push
            values = session.scalars(select(getattr(model, READ_FROM[table])).where(model.id.in_(ids[start:start + 500]))
                                     .execution_options(include_deleted=True))
            (visits if table == "visit_check" else found).update(v for v in values if v is not None)
    listed = sorted(visits)
    for start in range(0, len(listed), 500):
        found.update(session.scalars(select(SiteVisit.agreement_id).where(SiteVisit.id.in_(listed[start:start + 500]))
                                     .execution_options(include_deleted=True)))
    return found
