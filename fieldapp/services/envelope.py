"""The one rule of a call's money, used where an approval is made (``workflow.approve`` on a laptop) and where
it is merged (the hub's re-check, ``fieldapp.server.rules``):

- granted amounts count: what a call has committed is the approved (granted) amounts of its approved
  applications (an approval recorded without an amount grants what was requested);
- a granted amount must be positive, and never above the application's request or the call's maximum grant;
- the committed total may pass the envelope only by an override with a reason, by the head office;
- an application already approved is not approved a second time.

Refusals are ``Invalid`` with a code and params (worded in ``fieldapp/ui/problems.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.model import Application
from fieldapp.validation import Invalid

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Approval:
    """An approval as the rule sees it: plain values, gathered from a laptop's form or the hub's replica."""

    number: str  # the application's number, for the message
    granted: Decimal
    requested: Decimal | None
    max_grant: Decimal | None
    envelope: Decimal | None
    committed: Decimal  # what the call's other approved applications were granted
    already_approved: bool = False
    override: bool = False  # the head office chose to go over the envelope
    reason: str | None = None
    head_office: bool = False


def granted(approved_amount: Decimal | None, requested_amount: Decimal | None) -> Decimal:
    """What an approved application was granted."""
    if approved_amount is not None:
        return approved_amount
    return requested_amount if requested_amount is not None else ZERO


def committed(session: Session, call_id: str, *, excluding: str | None = None) -> Decimal:
    """The granted amounts of the call's approved applications (on a laptop's database or the hub's)."""
    query = select(Application.id, Application.approved_amount, Application.requested_amount).where(
        Application.call_id == call_id, Application.status == "approved")
    return sum((granted(amount, requested) for app_id, amount, requested in session.execute(query)
                if app_id != excluding), ZERO)


def over_envelope(approval: Approval) -> Decimal:
    """How far the approval takes the call over its envelope (zero or less: within it)."""
    if approval.envelope is None:
        return ZERO
    return approval.committed + approval.granted - approval.envelope


def check_approval(approval: Approval) -> None:
    """Refuse an approval the rule does not allow (raises ``Invalid``)."""
    if approval.already_approved:
        raise Invalid("workflow.already_approved", f"Application {approval.number} is already approved",
                      params={"number": approval.number})
    if approval.granted <= 0:
        raise Invalid("workflow.amount", "The approved amount must be positive", "amount")
    if approval.requested is not None and approval.granted > approval.requested:
        raise Invalid("workflow.over_request", f"The approved amount {approval.granted} is more than the "
                      f"{approval.requested} requested", "amount",
                      {"amount": approval.granted, "requested": approval.requested})
    if approval.max_grant is not None and approval.granted > approval.max_grant:
        raise Invalid("workflow.over_max_grant", f"The approved amount {approval.granted} is more than the call's "
                      f"maximum grant of {approval.max_grant}", "amount",
                      {"amount": approval.granted, "max_grant": approval.max_grant})
    over = over_envelope(approval)
    if over <= 0:
        return
    if not approval.override:
        raise Invalid("workflow.envelope",
                      f"Approving {approval.granted} takes the call {over} over its envelope of {approval.envelope} "
                      f"({approval.committed} already approved); an override with a reason is needed",
                      params={"amount": approval.granted, "over": over, "envelope": approval.envelope,
                              "committed": approval.committed})
    if not (approval.reason or "").strip():
        raise Invalid("workflow.override_reason", "An approval over the envelope needs a reason", "reason")
    if not approval.head_office:
        raise Invalid("workflow.override_role", "Only the head office may approve over the envelope")
