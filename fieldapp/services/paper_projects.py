"""Projects already running on paper: funded, signed and partly paid before FieldApp. Registering one makes,
through the same services as the competition's path, the application (approved outside the competition,
``workflow.register_funded``, channel "paper", the reason in its history), its agreement (``make_agreement``
then ``save_agreement``: grantee, bank details and schedule checked field by field), signed on paper under its
official number, and the payments already made (``tranches.record_payment``: in order, never beyond the grant;
a condition the records cannot show — no progress report in FieldApp — is paid by the head office's override
with the same reason).

The register import (``imports/project_register.py``) and the "Register a paper project" dialog both call
:func:`register`; one row, one project.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.model import Agreement
from fieldapp.services import agreements, applications, tranches, workflow
from fieldapp.services.roles import require_head_office
from fieldapp.validation import Invalid, check_money

#: the payment order's reference when the register gives none ("без номера")
NO_REFERENCE = "б/н"
#: ``ОП-2020-007``; Latin ``OP``, spaces, other dashes and a number without its zeros are read the same
_NUMBER = re.compile(r"^(?:ОП|OP|ОP|OП)\s*[-‐–—/ ]?\s*((?:19|20)\d\d)\s*[-‐–—/ ]\s*(\d{1,4})$")


@dataclass(frozen=True)
class Payment:
    amount: Decimal
    paid_on: dt.date
    reference: str | None = None


@dataclass(frozen=True)
class PaperProject:
    """One project as the register (or the dialog) gives it; ``grantee_bin`` makes the grantee an organisation,
    otherwise it is an initiative group of that name in the settlement."""

    call_id: str
    grantee: str
    amount: Decimal
    number: str
    signed_on: dt.date
    settlement_id: str | None = None
    title: str | None = None
    category: str = "other"
    grantee_bin: str | None = None
    representative: str | None = None
    representative_iin: str | None = None
    address: str | None = None
    iban: str | None = None
    bank: str | None = None
    bic: str | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    payments: tuple[Payment, ...] = field(default=())


def official_number(text: str) -> str:
    """The head office's agreement number written its one way: ``ОП-2020-007``."""
    found = _NUMBER.fullmatch(" ".join((text or "").upper().split()))
    if found is None:
        raise Invalid("agreement.number_format", f"{text!r} is not an agreement number like "
                      f"{agreements.NUMBER_PREFIX}-2020-007", "number", {"number": text})
    return f"{agreements.NUMBER_PREFIX}-{found.group(1)}-{int(found.group(2)):03d}"


def number_taken(session: Session, number: str) -> bool:
    """An agreement (deleted ones included) already has this official number."""
    return session.scalar(select(Agreement.id).where(Agreement.number == number)
                          .execution_options(include_deleted=True).limit(1)) is not None


def schedule(amount: Decimal, paid: list[Decimal]) -> list[dict[str, object]]:
    """The tranche schedule of a project paid ``paid`` so far: the default one (50/40/10) when the payments are
    its first tranches; otherwise a tranche per payment and one more, on completion, for what is left."""
    default = agreements.schedule(amount)
    if len(paid) <= len(default) and all(p == line.amount for p, line in zip(paid, default, strict=False)):
        lines = [(line.amount, line.condition_kind) for line in default]
    else:
        lines, left = [], amount
        for index, money in enumerate(paid):
            part = min(money, left)
            if part <= 0:
                break
            lines.append((part, "advance" if index == 0 else "progress"))
            left -= part
        if left > 0:
            lines.append((left, "completion"))
    return [{"amount": money, "condition_kind": kind, "due_on": None, "condition": None} for money, kind in lines]


def _sign_on_paper(session: Session, agreement_id: str, number: str, signed_on: dt.date, today: dt.date) -> None:
    """Signed on paper under the official number it already has; what the paper copy leaves out (an IIN, a bank
    account) stays listed by ``agreements.missing`` for the print, and does not undo the signature."""
    if signed_on > today:
        raise Invalid("agreement.sign_future", "The date of signing is in the future", "signed_on")
    agreement = agreements.get(session, agreement_id)
    agreement.number, agreement.status, agreement.signed_on = number, "signed", signed_on
    session.flush()


def _payment_refused(index: int, problem: Invalid) -> Invalid:
    return Invalid(problem.code, f"payment {index}: {problem.message}", f"paid_{index}",
                   {**problem.params, "payment": index})


def register(session: Session, project: PaperProject, reason: str, today: dt.date | None = None) -> str:
    """Make the project's application, signed agreement, schedule and payments; the agreement's id. Raises
    ``Invalid`` (its ``field`` says which value) and writes nothing the caller keeps when anything is refused:
    run it in a savepoint to go on with other rows."""
    require_head_office(session, "register projects funded on paper")
    today = today or dt.date.today()
    number = official_number(project.number)
    if number_taken(session, number):
        raise Invalid("agreement.number_taken", f"Agreement {number} is already in the database", "number",
                      {"number": number})
    amount = check_money(project.amount)
    if amount <= 0:
        raise Invalid("workflow.amount", "The approved amount must be positive", "amount")
    organisation = bool((project.grantee_bin or "").strip())
    group_id = None
    if not organisation:
        group_id = applications.ensure_group(session, project.grantee, project.settlement_id,
                                             leader_name=project.representative).id
    app = applications.create(session, project.call_id, title=(project.title or "").strip() or project.grantee,
                              category=project.category, group_id=group_id, settlement_id=project.settlement_id,
                              channel="paper", received_on=None)
    applications.set_amounts(session, app.id, requested=amount)
    workflow.register_funded(session, app.id, amount, reason)
    applications.assign_registration_number(session, app.id)
    agreement_id = agreements.make_agreement(session, app.id)
    values = dict(agreements.agreement_form(session, agreement_id).values)
    values.update(grantee_kind="organisation" if organisation else "group",
                  grantee_name=project.grantee if organisation else None, grantee_bin=project.grantee_bin,
                  representative_name=project.representative or values.get("representative_name"),
                  representative_iin=project.representative_iin or values.get("representative_iin"),
                  grantee_address=project.address, iban=project.iban, bank=project.bank, bic=project.bic,
                  starts_on=project.starts_on, ends_on=project.ends_on,
                  tranches=schedule(amount, [p.amount for p in project.payments]))
    agreements.save_agreement(session, agreement_id, values)
    _sign_on_paper(session, agreement_id, number, project.signed_on, today)
    rows = agreements.tranche_rows(session, agreement_id)
    paid = Decimal("0.00")
    for index, payment in enumerate(project.payments, start=1):
        try:
            if index > len(rows):  # what was paid before already took the whole grant: the rule says why
                tranches.check_release(tranches.Release(number, "signed", amount, paid, index, "progress", False,
                                                        None, True, payment.amount, reason, True))
            tranche = rows[index - 1]
            override = None if tranches.condition_met(session, tranche) else reason
            tranches.record_payment(session, tranche.id, payment.paid_on, payment.amount,
                                    payment.reference or NO_REFERENCE, override, today)
        except Invalid as problem:
            raise _payment_refused(index, problem) from problem
        paid += payment.amount
    return agreement_id
