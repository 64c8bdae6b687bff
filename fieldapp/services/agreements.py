"""Grant agreements: made from an approved application, filled in (grantee, representative, bank details, term,
tranche schedule, co-funding), numbered by the head office and signed; what stops printing (:func:`missing`).

The head office owns agreements and tranches (``server/rules.py`` ``HEAD_OFFICE_TABLES``): every write here
asks for it. An agreement changes only while it is a draft; a signed one needs an amendment.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.model import Agreement, Application, GrantCall, InitiativeGroup, Person, Tranche
from fieldapp.services import applications, envelope, numbering, tranches
from fieldapp.services.errors import FormInvalid
from fieldapp.services.roles import require_head_office
from fieldapp.validation import Invalid, check_bin, check_iban, check_iin, check_money

ZERO = Decimal("0.00")
GRANTEE_KINDS = ("group", "organisation")
#: a new agreement's schedule: an advance, a tranche after progress, the last after completion (shares of 100)
DEFAULT_SCHEDULE = (("advance", Decimal("50")), ("progress", Decimal("40")), ("completion", Decimal("10")))
#: the place of signing a new agreement starts with; documents print it in their language (``place.default``)
DEFAULT_PLACE = "г. Актау"
#: the head office's pattern of official numbers: ``ОП-2020-007``
NUMBER_PREFIX = "ОП"
TEXT_LIMITS = {"place": 200, "grantee_name": 300, "grantee_address": 1000, "representative_name": 200,
               "representative_position": 200, "representative_document": 300, "bank": 200}
_BIC = re.compile(r"^[A-Z]{4}KZ[A-Z0-9]{2}([A-Z0-9]{3})?$")


def check_bic(value: str) -> str:
    """A Kazakh bank's BIC (SWIFT): 4 letters of the bank, KZ, 2 of the place, maybe 3 of the branch."""
    bic = re.sub(r"\s", "", value or "").upper()
    if not _BIC.fullmatch(bic):
        raise Invalid("bic.format", "A Kazakh BIC is 8 or 11 letters and digits with KZ in 5th–6th place, "
                      "e.g. HSBKKZKX")
    return bic


@dataclass(frozen=True)
class TrancheLine:
    number: int
    amount: Decimal
    condition_kind: str = "advance"
    due_on: dt.date | None = None
    condition: str | None = None
    paid_on: dt.date | None = None
    paid_amount: Decimal | None = None
    payment_reference: str | None = None
    id: str | None = None
    condition_met: bool = False


@dataclass(frozen=True)
class AgreementForm:
    """An agreement as its screen shows it."""

    id: str
    application_id: str
    application_number: str
    title: str
    group_name: str
    number: str | None
    draft_number: str
    status: str
    amount: Decimal
    signed_on: dt.date | None
    values: dict[str, Any]  # the editable fields, by name
    tranches: tuple[TrancheLine, ...]
    paid: Decimal
    balance: Decimal
    missing: tuple[str, ...]
    editable: bool = True
    field_names: tuple[str, ...] = field(default=())

    @property
    def shown_number(self) -> str:
        return self.number or self.draft_number


EDITABLE_FIELDS = ("place", "starts_on", "ends_on", "grantee_kind", "grantee_name", "grantee_bin",
                   "grantee_address", "representative_name", "representative_position", "representative_iin",
                   "representative_document", "iban", "bank", "bic", "akimat_cofunding", "community_inkind",
                   "volunteer_hours")


def get(session: Session, agreement_id: str) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None or agreement.deleted_at is not None:
        raise Invalid("agreement.unknown", f"No such agreement: {agreement_id}", params={"id": agreement_id})
    return agreement


def number(agreement: Agreement) -> str:
    return agreement.number or agreement.draft_number


def group_of(session: Session, agreement: Agreement) -> InitiativeGroup | None:
    app = session.get(Application, agreement.application_id)
    return session.get(InitiativeGroup, app.group_id) if app is not None and app.group_id else None


def grantee_name(session: Session, agreement: Agreement) -> str:
    if agreement.grantee_kind == "organisation":
        return agreement.grantee_name or ""
    group = group_of(session, agreement)
    return agreement.grantee_name or (group.name if group is not None else "")


def tranche_rows(session: Session, agreement_id: str) -> list[Tranche]:
    return list(session.scalars(select(Tranche).where(Tranche.agreement_id == agreement_id)
                                .order_by(Tranche.number)))


#: the fields ``missing_in`` reads
PRINTED_FIELDS = ("grantee_kind", "grantee_name", "grantee_bin", "representative_name", "representative_iin",
                  "representative_document", "grantee_address", "iban", "bank", "bic", "place", "starts_on",
                  "ends_on")


def missing(session: Session, agreement: Agreement) -> list[str]:
    """The fields that stop the agreement from being printed or signed (empty when it can be)."""
    group = group_of(session, agreement)
    return missing_in({name: getattr(agreement, name) for name in PRINTED_FIELDS},
                      group.name if group is not None else "",
                      [t.amount for t in tranche_rows(session, agreement.id)], agreement.amount)


def missing_in(values: Mapping[str, Any], group_name: str, tranche_amounts: Sequence[Decimal] | None,
               amount: Decimal) -> list[str]:
    """The fields that stop an agreement with these ``values`` (of ``PRINTED_FIELDS``: saved, or in its form as
    typed) from being printed or signed. A group's agreement may leave its grantee's name to the group's;
    ``tranche_amounts`` None: a tranche's amount cannot be read."""
    gaps: list[str] = []
    kind = values.get("grantee_kind")
    if kind == "organisation":
        gaps += [name for name in ("grantee_name", "grantee_bin") if not values.get(name)]
    elif not (values.get("grantee_name") or group_name):
        gaps.append("grantee_name")
    gaps += [name for name in ("representative_name",) if not values.get(name)]
    if kind == "group":
        gaps += [name for name in ("representative_iin", "representative_document") if not values.get(name)]
    gaps += [name for name in ("grantee_address", "iban", "bank", "bic", "place", "starts_on", "ends_on")
             if not values.get(name)]
    if not tranche_amounts or sum(tranche_amounts, ZERO) != amount:
        gaps.append("tranches")
    return gaps


def agreement_form(session: Session, agreement_id: str) -> AgreementForm:
    agreement = get(session, agreement_id)
    app = applications.get(session, agreement.application_id)
    group = group_of(session, agreement)
    rows = tranche_rows(session, agreement.id)
    paid = sum((t.paid_amount or ZERO for t in rows), ZERO)
    lines = tuple(TrancheLine(t.number, t.amount, t.condition_kind, t.due_on, t.condition, t.paid_on, t.paid_amount,
                              t.payment_reference, t.id, tranches.condition_met(session, t)) for t in rows)
    return AgreementForm(
        agreement.id, app.id, applications.number(app), app.title, group.name if group else "", agreement.number,
        agreement.draft_number, agreement.status, agreement.amount, agreement.signed_on,
        {name: getattr(agreement, name) for name in EDITABLE_FIELDS}, lines, paid, agreement.amount - paid,
        tuple(missing(session, agreement)), agreement.status == "draft", EDITABLE_FIELDS)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def schedule(amount: Decimal, shares: tuple[tuple[str, Decimal], ...] = DEFAULT_SCHEDULE) -> list[TrancheLine]:
    """Tranches of ``amount`` by percentage shares, in whole tenge; the last takes what rounding leaves."""
    lines: list[TrancheLine] = []
    left = amount
    for index, (kind, share) in enumerate(shares, start=1):
        part = left if index == len(shares) else (amount * share / 100).quantize(Decimal("1"))
        lines.append(TrancheLine(index, part.quantize(Decimal("0.01")), kind))
        left -= part
    return lines


def approved_without_agreement(session: Session) -> list[tuple[str, str, str]]:
    """Approved applications that have no agreement yet: (id, number, title), for the "New" chooser."""
    taken = select(Agreement.application_id).execution_options(include_deleted=True)
    rows = session.scalars(select(Application).where(Application.status == "approved",
                                                     Application.id.not_in(taken))
                           .order_by(Application.registration_number, Application.draft_number))
    return [(a.id, applications.number(a), a.title) for a in rows]


def make_agreement(session: Session, application_id: str) -> str:
    """The agreement of an approved application, filled from it: the granted amount, the term, the group and its
    leader as representative, the co-funding, a default tranche schedule; a draft number until the head office
    numbers it."""
    require_head_office(session, "make grant agreements")
    app = applications.get(session, application_id)
    if app.status != "approved":
        raise Invalid("agreement.not_approved", f"Application {applications.number(app)} is {app.status}: an "
                      "agreement is made for an approved one", params={"number": applications.number(app),
                                                                        "status": app.status})
    existing = session.scalars(select(Agreement).where(Agreement.application_id == app.id)
                               .execution_options(include_deleted=True)).first()
    if existing is not None:
        raise Invalid("agreement.exists", f"Application {applications.number(app)} already has agreement "
                      f"{number(existing)}", params={"number": applications.number(app), "agreement": number(existing)})
    amount = envelope.granted(app.approved_amount, app.requested_amount)
    group = session.get(InitiativeGroup, app.group_id) if app.group_id else None
    leader = session.get(Person, group.leader_id) if group is not None and group.leader_id else None
    starts = app.starts_on
    ends = _add_months(starts, app.duration_months) - dt.timedelta(days=1) if starts and app.duration_months else None
    agreement = Agreement(
        application_id=app.id, draft_number=numbering.next_draft_number(session, "agreement"), amount=amount,
        starts_on=starts, ends_on=ends, status="draft", place=DEFAULT_PLACE, grantee_kind="group",
        representative_name=leader.full_name if leader else None, representative_iin=leader.iin if leader else None,
        akimat_cofunding=app.akimat_cofunding, community_inkind=app.community_inkind,
        volunteer_hours=app.volunteer_hours)
    session.add(agreement)
    for line in schedule(amount):
        session.add(Tranche(agreement_id=agreement.id, number=line.number, amount=line.amount,
                            condition_kind=line.condition_kind))
    session.flush()
    return agreement.id


def _text(values: dict[str, Any], name: str, errors: dict[str, Invalid]) -> str | None:
    text = " ".join(str(values.get(name) or "").split()) or None
    limit = TEXT_LIMITS.get(name)
    if text and limit and len(text) > limit:
        errors[name] = Invalid("text.too_long", f"At most {limit} characters", name,
                               {"limit": limit, "length": len(text)})
    return text


def _clean(values: dict[str, Any], amount: Decimal) -> tuple[dict[str, Any], list[TrancheLine]]:
    errors: dict[str, Invalid] = {}
    clean: dict[str, Any] = {name: _text(values, name, errors) for name in TEXT_LIMITS}
    kind = values.get("grantee_kind") or "group"
    if kind not in GRANTEE_KINDS:
        errors["grantee_kind"] = Invalid("agreement.grantee_kind", f"Unknown kind of grantee {kind!r}",
                                         "grantee_kind", {"kind": kind})
    clean["grantee_kind"] = kind
    checks = {"grantee_bin": check_bin, "representative_iin": check_iin, "iban": check_iban, "bic": check_bic}
    for name, check in checks.items():
        raw = str(values.get(name) or "").strip()
        try:
            clean[name] = check(raw) if raw else None
        except Invalid as problem:
            errors[name] = Invalid(problem.code, problem.message, name, problem.params)
    for name in ("starts_on", "ends_on"):
        clean[name] = values.get(name) or None
    if clean["starts_on"] and clean["ends_on"] and clean["ends_on"] < clean["starts_on"]:
        errors["ends_on"] = Invalid("date.order", "The end date is before the start date", "ends_on")
    for name in ("akimat_cofunding", "community_inkind"):
        try:
            clean[name] = check_money(values.get(name) or ZERO)
        except Invalid as problem:
            errors[name] = Invalid(problem.code, problem.message, name, problem.params)
    hours = values.get("volunteer_hours") or 0
    if not isinstance(hours, int) or hours < 0:
        errors["volunteer_hours"] = Invalid("number.not_negative", "A number of hours, zero or more",
                                            "volunteer_hours")
    clean["volunteer_hours"] = hours if isinstance(hours, int) else 0
    lines = _clean_tranches(values.get("tranches") or [], amount, errors)
    if errors:
        raise FormInvalid(errors)
    return clean, lines


def _clean_tranches(rows: list[dict[str, Any]], amount: Decimal, errors: dict[str, Invalid]) -> list[TrancheLine]:
    lines: list[TrancheLine] = []
    for index, row in enumerate(rows, start=1):
        try:
            money = check_money(row.get("amount"))
        except Invalid as problem:
            errors["tranches"] = Invalid("tranche.line", f"Tranche {index}: {problem.message}", "tranches",
                                         {"number": index, "problem": problem.code})
            return []
        kind = row.get("condition_kind") or "advance"
        if kind not in tranches.CONDITIONS or money <= ZERO:
            errors["tranches"] = Invalid("tranche.line", f"Tranche {index}: an amount above zero and a condition",
                                         "tranches", {"number": index, "problem": "tranche.amount"})  # noqa: E501
            return []
        lines.append(TrancheLine(index, money, kind, row.get("due_on"), (row.get("condition") or "").strip() or None))
    if not lines:
        errors["tranches"] = Invalid("tranche.none", "The schedule needs at least one tranche", "tranches")
    elif (total := sum((t.amount for t in lines), ZERO)) != amount:
        errors["tranches"] = Invalid("tranche.total", f"The tranches add up to {total}, the grant is {amount}",
                                     "tranches", {"total": total, "amount": amount})
    return lines


def save_agreement(session: Session, agreement_id: str, values: dict[str, Any]) -> str:
    """Save what the form sends: the fields of :data:`EDITABLE_FIELDS` and ``tranches`` (a list of dicts with
    amount, condition_kind, due_on, condition). Only a draft changes; the amount stays the granted one."""
    require_head_office(session, "change grant agreements")
    agreement = get(session, agreement_id)
    if agreement.status != "draft":
        raise Invalid("agreement.signed", f"Agreement {number(agreement)} is {agreement.status}: a change needs an "
                      "amendment", params={"number": number(agreement), "status": agreement.status})
    clean, lines = _clean(values, agreement.amount)
    for name, value in clean.items():
        setattr(agreement, name, value)
    existing = tranche_rows(session, agreement.id)
    for row, line in zip(existing, lines, strict=False):
        row.number, row.amount, row.condition_kind = line.number, line.amount, line.condition_kind
        row.due_on, row.condition = line.due_on, line.condition
    for line in lines[len(existing):]:
        session.add(Tranche(agreement_id=agreement.id, number=line.number, amount=line.amount,
                            condition_kind=line.condition_kind, due_on=line.due_on, condition=line.condition))
    for row in existing[len(lines):]:
        row.deleted_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        row.number = -row.number  # out of the schedule's way
    session.flush()
    return agreement.id


def next_official_number(session: Session, year: int) -> str:
    """``ОП-2020-007``: the head office's prefix, the year, the next free number of that year (a deleted
    agreement's number stays taken)."""
    prefix = f"{NUMBER_PREFIX}-{year}-"
    taken = session.scalars(select(Agreement.number).where(Agreement.number.like(f"{prefix}%"))
                            .execution_options(include_deleted=True))
    last = max((int(m.group(1)) for n in taken if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", n or ""))),
               default=0)
    return f"{prefix}{last + 1:03d}"


def assign_number(session: Session, agreement_id: str, on: dt.date | None = None) -> str:
    """Give the official number (once; it never changes)."""
    require_head_office(session, "number grant agreements")
    agreement = get(session, agreement_id)
    if agreement.number:
        raise Invalid("agreement.numbered", f"Agreement {agreement.number} already has its number; it never changes",
                      params={"number": agreement.number})
    agreement.number = next_official_number(session, (on or dt.date.today()).year)
    session.flush()
    return agreement.number


def sign(session: Session, agreement_id: str, signed_on: dt.date, today: dt.date | None = None) -> str:
    """Record that both parties signed: the official number is given if it was not, nothing may be missing."""
    require_head_office(session, "sign grant agreements")
    agreement = get(session, agreement_id)
    if agreement.status != "draft":
        raise Invalid("agreement.signed", f"Agreement {number(agreement)} is {agreement.status} already",
                      params={"number": number(agreement), "status": agreement.status})
    if signed_on > (today or dt.date.today()):
        raise Invalid("agreement.sign_future", "The date of signing is in the future", "signed_on")
    gaps = missing(session, agreement)
    if gaps:
        raise Invalid("agreement.incomplete", f"Agreement {number(agreement)} lacks: {', '.join(gaps)}",
                      params={"number": number(agreement), "fields": tuple(gaps)})
    if agreement.ends_on is not None and signed_on > agreement.ends_on:
        # the term came from the application and nobody looked at it: signed, nothing could be done in it (QA 38)
        raise Invalid("agreement.sign_after_end", f"Agreement {number(agreement)}'s project ends on "
                      f"{agreement.ends_on:%d.%m.%Y}, before the date of signing: change its term first",
                      "signed_on", {"number": number(agreement), "ends": agreement.ends_on})
    if not agreement.number:
        agreement.number = next_official_number(session, signed_on.year)
    agreement.status, agreement.signed_on = "signed", signed_on
    session.flush()
    return agreement.number


@dataclass(frozen=True)
class Listed:
    id: str
    number: str
    application_id: str
    grantee: str
    settlement: str
    amount: Decimal
    status: str
    paid: Decimal
    balance: Decimal
    missing: tuple[str, ...]


def listed(session: Session) -> list[Listed]:
    """Every agreement with what was paid, the balance and what stops printing (the CLI's list)."""
    from fieldapp.services import calls

    out: list[Listed] = []
    for agreement in session.scalars(select(Agreement).order_by(Agreement.number, Agreement.draft_number)):
        app = session.get(Application, agreement.application_id)
        assert app is not None
        paid = tranches.paid(session, agreement.id)
        out.append(Listed(agreement.id, number(agreement), app.id, grantee_name(session, agreement),
                          calls.place_name(session, app.settlement_id, "ru"), agreement.amount, agreement.status,
                          paid, agreement.amount - paid, tuple(missing(session, agreement))))
    return out


def call_of(session: Session, agreement: Agreement) -> GrantCall:
    app = applications.get(session, agreement.application_id)
    call = session.get(GrantCall, app.call_id)
    assert call is not None
    return call
