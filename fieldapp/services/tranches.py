"""The one rule of a grant's payments: when a tranche may be paid, and how much.

A tranche is paid once, in order, while its agreement is signed, never beyond its own scheduled amount (so a
payment never takes part of the next tranche, whose condition would then mean nothing) and never beyond the
agreement's amount. Its condition (``Tranche.condition_kind``) is met by rows that already exist:

- ``advance``: the agreement is signed;
- ``progress``: after the previous tranche was paid, a progress report (``ProjectReport.kind == "progress"``)
  was submitted, or the latest final site visit since then released the next tranche
  (``SiteVisit.next_tranche_ok``) — unless that latest visit held it (``False``): a hold is lifted only by a
  later visit or the head office's override. The visit plan
  (``fieldapp/services/visit_plan.py``) asks this same rule whether a tranche waits on a visit;
- ``completion``: the completion report (``ProjectReport.kind == "completion"``) was submitted.

The head office may pay a tranche whose condition is unmet with a recorded reason (``override_reason``); it
never pays beyond the tranche or the agreement. :func:`check_release` works on plain values (:class:`Release`), so the same rule
can be applied wherever the data come from; :func:`release_of` gathers them from a session. Refusals are
``Invalid`` with a code and params (worded in ``fieldapp/ui/problems.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.model import Agreement, ProjectReport, SiteVisit, Tranche
from fieldapp.services.roles import is_head_office, require_head_office
from fieldapp.validation import Invalid, check_money

ZERO = Decimal("0.00")
CONDITIONS = ("advance", "progress", "completion")
SIGNED = frozenset({"signed", "completed"})
MAX_REFERENCE = 60


@dataclass(frozen=True)
class Release:
    """A payment as the rule sees it."""

    agreement_number: str
    agreement_status: str
    agreement_amount: Decimal
    paid_before: Decimal  # what the agreement's other tranches were paid
    tranche_number: int
    condition: str
    already_paid: bool
    earlier_unpaid: int | None  # the number of an earlier tranche still unpaid
    condition_met: bool
    amount: Decimal
    override_reason: str | None = None
    head_office: bool = False
    #: the tranche's scheduled amount (None: no tranche stands behind the payment, as a paper project's payment
    #: past its schedule)
    tranche_amount: Decimal | None = None


def check_release(release: Release) -> None:
    """Refuse the payment unless the rules allow it (or the head office overrides the condition)."""
    params = {"number": release.tranche_number, "agreement": release.agreement_number}
    if release.amount <= ZERO:
        raise Invalid("tranche.amount", "The amount paid must be more than zero", "amount")
    if release.already_paid:
        raise Invalid("tranche.paid", f"Tranche {release.tranche_number} of {release.agreement_number} is paid "
                      "already", "tranche", params)
    balance = release.agreement_amount - release.paid_before
    if release.amount > balance:
        raise Invalid("tranche.beyond", f"{release.amount} would pay beyond agreement {release.agreement_number}: "
                      f"{balance} is left of it", "amount", {**params, "amount": release.amount, "balance": balance})
    if release.tranche_amount is not None and release.amount > release.tranche_amount:
        # paid once, so what is unpaid of it is its whole amount
        raise Invalid("tranche.over", f"{release.amount} is more than tranche {release.tranche_number} of "
                      f"{release.agreement_number}: {release.tranche_amount} of it is unpaid", "amount",
                      {**params, "amount": release.amount, "unpaid": release.tranche_amount})
    overridden = bool(release.override_reason and release.override_reason.strip())
    if overridden and not release.head_office:
        raise Invalid("tranche.override", "Only the head office may pay a tranche whose condition is unmet")
    if release.agreement_status not in SIGNED:
        raise Invalid("tranche.unsigned", f"Agreement {release.agreement_number} is not signed yet: nothing is "
                      "paid before it is", "tranche", {**params, "status": release.agreement_status})
    if release.earlier_unpaid is not None:
        raise Invalid("tranche.order", f"Tranche {release.earlier_unpaid} is not paid yet: tranches are paid in "
                      "order", "tranche", {**params, "earlier": release.earlier_unpaid})
    if not release.condition_met and not overridden:
        raise Invalid("tranche.condition", f"The condition of tranche {release.tranche_number} "
                      f"({release.condition}) is not met", "tranche", {**params, "condition": release.condition})


def _number(agreement: Agreement) -> str:
    return agreement.number or agreement.draft_number


def previous_paid_on(session: Session, tranche: Tranche) -> dt.date | None:
    """When the tranche before this one was paid (the agreement's signing for the first)."""
    agreement = session.get(Agreement, tranche.agreement_id)
    assert agreement is not None
    earlier = session.scalar(select(func.max(Tranche.paid_on)).where(
        Tranche.agreement_id == tranche.agreement_id, Tranche.number < tranche.number))
    return earlier or agreement.signed_on


def condition_met_by(kind: str, agreement_status: str, since: dt.date | None,
                     reports: list[tuple[str, dt.date]], visits: list[tuple[dt.date, bool | None]]) -> bool:
    """The condition on plain values: the agreement's status, when the previous tranche was paid (or the agreement
    signed), its reports (kind, submitted on) and site visits (visited on, next tranche ok)."""
    if agreement_status not in SIGNED:
        return False
    if kind == "advance":
        return True
    if kind == "completion":
        return any(report_kind == "completion" for report_kind, _on in reports)
    start = since or dt.date.min
    since_start = sorted((on, ok) for on, ok in visits if on >= start and ok is not None)
    latest = since_start[-1][1] if since_start else None
    if latest is False:  # the officer who saw the site last held the payment: only a later visit releases it
        return False
    return latest is True or any(report_kind in ("progress", "completion") and on >= start
                                 for report_kind, on in reports)


def counted_visits(visits: list[Any]) -> list[tuple[dt.date, bool | None]]:
    """Of an agreement's visits (rows with id, status, corrects_id, visited_on, next_tranche_ok — ORM objects
    on a laptop, the hub's rows), those that count for its payments: final (a draft is still being written) and
    not replaced by a correction; as (visited on, next tranche ok)."""
    final = [v for v in visits if v.status == "final"]
    corrected = {v.corrects_id for v in final if v.corrects_id}
    return [(v.visited_on, v.next_tranche_ok) for v in final if v.id not in corrected]


def final_visits(session: Session, agreement_id: str) -> list[tuple[dt.date, bool | None]]:
    """:func:`counted_visits` of the agreement, read from this session."""
    return counted_visits(list(session.scalars(select(SiteVisit).where(SiteVisit.agreement_id == agreement_id))))


def condition_met(session: Session, tranche: Tranche) -> bool:
    """Whether existing rows meet the tranche's condition (the module's text)."""
    agreement = session.get(Agreement, tranche.agreement_id)
    assert agreement is not None
    reports = [(r.kind, r.submitted_on) for r in session.scalars(
        select(ProjectReport).where(ProjectReport.agreement_id == agreement.id))]
    visits = final_visits(session, agreement.id)
    return condition_met_by(tranche.condition_kind, agreement.status, previous_paid_on(session, tranche), reports,
                            visits)


def release_of(session: Session, tranche: Tranche, amount: Decimal, override_reason: str | None = None) -> Release:
    agreement = session.get(Agreement, tranche.agreement_id)
    assert agreement is not None
    others = [t for t in session.scalars(select(Tranche).where(Tranche.agreement_id == agreement.id))
              if t.id != tranche.id]
    earlier = sorted(t.number for t in others if t.number < tranche.number and t.paid_on is None)
    return Release(
        agreement_number=_number(agreement), agreement_status=agreement.status, agreement_amount=agreement.amount,
        paid_before=sum((t.paid_amount or ZERO for t in others), ZERO), tranche_number=tranche.number,
        condition=tranche.condition_kind, already_paid=tranche.paid_on is not None,
        earlier_unpaid=earlier[0] if earlier else None, condition_met=condition_met(session, tranche),
        amount=amount, override_reason=override_reason, head_office=is_head_office(session),
        tranche_amount=tranche.amount)


def record_payment(session: Session, tranche_id: str, paid_on: dt.date, amount: Decimal | str, reference: str,
                   override_reason: str | None = None, today: dt.date | None = None) -> Tranche:
    """Record a tranche's payment (date, amount, the payment order's reference), by the rules above."""
    from fieldapp.services import completion  # its dataclasses: not imported on the dashboard's way

    require_head_office(session, "record payments")
    tranche = session.get(Tranche, tranche_id)
    if tranche is None or tranche.deleted_at is not None:
        raise Invalid("tranche.unknown", f"No such tranche: {tranche_id}")
    money = check_money(amount)
    reference = " ".join((reference or "").split())
    if not reference:
        raise Invalid("required", "This field is required", "reference")
    if len(reference) > MAX_REFERENCE:
        raise Invalid("text.too_long", f"At most {MAX_REFERENCE} characters", "reference",
                      {"limit": MAX_REFERENCE, "length": len(reference)})
    if paid_on > (today or dt.date.today()):
        raise Invalid("payment.future", "A payment is recorded once it is made: the date is in the future",
                      "paid_on")
    agreement = session.get(Agreement, tranche.agreement_id)
    assert agreement is not None
    if agreement.signed_on is not None and paid_on < agreement.signed_on:
        raise Invalid("payment.before_signing", "The payment date is before the agreement was signed", "paid_on",
                      {"date": agreement.signed_on})
    override = (override_reason or "").strip() or None
    check_release(release_of(session, tranche, money, override))
    tranche.paid_on, tranche.paid_amount, tranche.payment_reference = paid_on, money, reference
    tranche.override_reason = override
    session.flush()
    completion.settle(session, tranche.agreement_id)
    return tranche


def paid(session: Session, agreement_id: str) -> Decimal:
    total = session.scalar(select(func.sum(Tranche.paid_amount)).where(Tranche.agreement_id == agreement_id))
    return total if total is not None else ZERO
