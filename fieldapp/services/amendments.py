"""A signed agreement's scanned copy, and its amendments (дополнительное соглашение / қосымша келісім).

The scanned signed copy (PDF, JPEG or PNG, checked before anything is written) is stored in the attachment store
against the agreement; attaching it to a draft signs the agreement through :func:`agreements.sign` (the one
signing rule), which locks it. A signed agreement changes only by an amendment: :func:`propose` records the
changed clauses (old → new) with a required reason, numbered per agreement; :func:`sign_amendment` applies them
to the agreement and its tranche schedule, so the tranche rules read the new amount and schedule. A tranche
already paid is never reduced below what was paid (:func:`check_floor`). An amendment is append-only once
signed; a draft may be withdrawn. Printing the agreement prints it as signed (:func:`as_signed`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.model import Agreement, Amendment, Tranche
from fieldapp.model.base import utcnow
from fieldapp.services import agreements, attachments, envelope
from fieldapp.services.errors import FormInvalid
from fieldapp.services.roles import require_head_office
from fieldapp.validation import Invalid, check_iban, check_iin, check_money

ZERO = Decimal("0.00")
#: the agreement's fields an amendment may change, in the order an amendment lists them
AMENDABLE = ("amount", "starts_on", "ends_on", "tranches", "grantee_address", "representative_name",
             "representative_position", "representative_iin", "representative_document", "iban", "bank", "bic",
             "akimat_cofunding", "community_inkind", "volunteer_hours")
MONEY_FIELDS = ("amount", "akimat_cofunding", "community_inkind")
DATE_FIELDS = ("starts_on", "ends_on")
#: the largest scanned copy taken (a 20-page scan at 300 dpi fits)
MAX_COPY_BYTES = 25 * 1024 * 1024
COPY_KIND = "signed_agreement"
_SIGNATURES = ((b"%PDF-", "application/pdf"), (b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"))


# -- the scanned signed copy ------------------------------------------------------------------------------------
def check_copy(source: Path) -> str:
    """The media type of a scanned copy, or :class:`Invalid` saying why it is refused (nothing is written)."""
    path = Path(source)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(16)
            fh.seek(max(size - 2048, 0))
            tail = fh.read()
    except OSError as exc:
        raise Invalid("signed_copy.unreadable", f"{path.name} cannot be read ({exc.strerror or exc})", "file",
                      {"name": path.name}) from exc
    if size > MAX_COPY_BYTES:
        megabytes, limit = f"{size / 1048576:.1f}", f"{MAX_COPY_BYTES / 1048576:.0f}"
        raise Invalid("signed_copy.too_large", f"{path.name} is {megabytes} MB; a scanned copy may be at most {limit} "
                      "MB", "file", {"name": path.name, "size": megabytes, "limit": limit})
    media = next((kind for magic, kind in _SIGNATURES if head.startswith(magic)), None)
    if media is None:
        raise Invalid("signed_copy.type", f"{path.name} is not a PDF, JPEG or PNG file", "file", {"name": path.name})
    damaged = Invalid("signed_copy.damaged", f"{path.name} is damaged or incomplete", "file", {"name": path.name})
    if media == "application/pdf":
        if b"%%EOF" not in tail:
            raise damaged
        return media
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.load()  # decodes every pixel: a truncated scan fails here
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError) as exc:
        raise damaged from exc
    return media


def attach_signed_copy(session: Session, store: attachments.AttachmentStore, agreement_id: str, source: Path,
                       signed_on: dt.date | None = None, today: dt.date | None = None) -> str:
    """Attach the scanned signed agreement; a draft is signed on ``signed_on`` (and locked) by the signing rule.
    An agreement already signed (without a copy) takes the copy; a date given must then be its date of signing."""
    require_head_office(session, "sign grant agreements")
    agreement = agreements.get(session, agreement_id)
    check_copy(source)
    if agreement.status == "draft":
        if signed_on is None:
            raise Invalid("required", "The date of signing is required", "signed_on")
        agreements.sign(session, agreement_id, signed_on, today)
    elif signed_on is not None and agreement.signed_on is not None and signed_on != agreement.signed_on:
        raise Invalid("signed_copy.other_date", f"Agreement {agreements.number(agreement)} was signed on "
                      f"{agreement.signed_on:%d.%m.%Y}", "signed_on",
                      {"number": agreements.number(agreement), "signed_on": agreement.signed_on})
    return attachments.attach(session, store, "agreement", agreement_id, Path(source), kind=COPY_KIND)


def signed_copy(session: Session, store: attachments.AttachmentStore, subject_table: str,
                subject_id: str) -> attachments.AttachmentInfo | None:
    """The latest scanned signed copy of an agreement (``agreement``) or amendment (``amendment``)."""
    found = attachments.attachments_of(session, store, subject_table, subject_id, COPY_KIND)
    return found[-1] if found else None


# -- values as an amendment keeps them ---------------------------------------------------------------------------
def _plain(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in MONEY_FIELDS:
        return str(Decimal(value).quantize(Decimal("0.01")))
    if name in DATE_FIELDS:
        return value.isoformat()
    return value


def _schedule(rows: list[Any]) -> list[dict[str, Any]]:
    return [{"number": t.number, "amount": str(t.amount), "condition_kind": t.condition_kind,
             "due_on": t.due_on.isoformat() if t.due_on else None, "condition": t.condition} for t in rows]


def current(session: Session, agreement: Agreement) -> dict[str, Any]:
    """The agreement's amendable fields as plain JSON values (money as text, dates ISO, the schedule a list)."""
    values = {name: _plain(name, getattr(agreement, name)) for name in AMENDABLE if name != "tranches"}
    values["tranches"] = _schedule(agreements.tranche_rows(session, agreement.id))
    return values


def typed(name: str, value: Any) -> Any:
    """A plain value back as the model holds it."""
    if value is None:
        return None
    if name in MONEY_FIELDS:
        return Decimal(value)
    if name in DATE_FIELDS:
        return dt.date.fromisoformat(value)
    if name == "tranches":
        return [{**t, "amount": Decimal(t["amount"]),
                 "due_on": dt.date.fromisoformat(t["due_on"]) if t.get("due_on") else None} for t in value]
    return value


def _clean(name: str, raw: Any, errors: dict[str, Invalid]) -> Any:
    """One field as the form or command line gives it, checked like the agreement's form checks it."""
    from fieldapp.formatting import parse_date

    try:
        if name in MONEY_FIELDS:
            return _plain(name, check_money(raw))
        if name in DATE_FIELDS:
            if raw in (None, ""):
                raise Invalid("required", "This field is required", name)
            day = raw if isinstance(raw, dt.date) else parse_date(str(raw))
            return day.isoformat()
        if name == "volunteer_hours":
            hours = int(str(raw).strip())
            if hours < 0:
                raise ValueError
            return hours
        text = " ".join(str(raw or "").split()) or None
        if name in ("iban", "bic", "representative_iin") and text:
            check = {"iban": check_iban, "bic": agreements.check_bic, "representative_iin": check_iin}[name]
            return check(text)
        limit = agreements.TEXT_LIMITS.get(name)
        if text and limit and len(text) > limit:
            raise Invalid("text.too_long", f"At most {limit} characters", name, {"limit": limit, "length": len(text)})
        if text is None and name in ("representative_name", "grantee_address", "iban", "bank", "bic"):
            raise Invalid("required", "This field is required", name)
        return text
    except Invalid as problem:
        errors[name] = Invalid(problem.code, problem.message, name, problem.params)
    except ValueError:
        if name == "volunteer_hours":
            errors[name] = Invalid("number.not_negative", "A number of hours, zero or more", name)
        else:
            errors[name] = Invalid("date.format", "A date is dd.mm.yyyy", name)
    return None


# -- the paid floor ------------------------------------------------------------------------------------------
def check_paid_floor(agreement: str, number: int, amount: Decimal | None, paid: Decimal | None,
                     before: Decimal | None = None) -> None:
    """A paid tranche keeps at least what was paid (``amount`` None: it left the schedule), and is not raised above
    its amount (``before``): it is paid once, so what it would gain could never be paid — the more goes on a tranche
    still to pay (QA 44: an amendment written before tranche 2 was paid, signed after, raised it by 84 000 that
    nothing could pay). The hub checks every change of a tranche's amount with it too (``server/rules.py``)."""
    if paid is not None and (amount is None or amount < paid):
        raise Invalid("amendment.below_paid", f"Tranche {number} of agreement {agreement} was paid {paid}: it "
                      "cannot be reduced below that", "tranches",
                      {"number": number, "agreement": agreement, "paid": paid, "amount": amount or ZERO})
    if paid is not None and before is not None and amount is not None and amount > before:
        raise Invalid("amendment.paid_raised", f"Tranche {number} of agreement {agreement} is paid: it cannot grow "
                      f"by {amount - before}; put that on a tranche still to pay", "tranches",
                      {"number": number, "agreement": agreement, "more": amount - before})


def check_floor(number: str, amount: Decimal, schedule: list[dict[str, Any]], paid: list[Tranche]) -> None:
    """A tranche already paid stays in the schedule and is not reduced below what was paid; the grant is not
    reduced below what was paid in all."""
    by_number = {int(t["number"]): Decimal(t["amount"]) for t in schedule}
    for tranche in paid:
        check_paid_floor(number, tranche.number, by_number.get(tranche.number), tranche.paid_amount, tranche.amount)
    total = sum((t.paid_amount or ZERO for t in paid), ZERO)
    if amount < total:
        raise Invalid("amendment.below_paid_total", f"{total} of agreement {number} is paid already: the grant "
                      f"cannot be less", "amount", {"agreement": number, "paid": total, "amount": amount})


def _paid_rows(session: Session, agreement_id: str) -> list[Tranche]:
    return [t for t in agreements.tranche_rows(session, agreement_id) if t.paid_on is not None]


def _new_schedule(values: dict[str, Any], old: dict[str, Any], number: str, paid: list[Tranche],
                  errors: dict[str, Invalid]) -> None:
    """The schedule after the change: as given, or the old one with a new amount's difference on the last unpaid
    tranche; it must add up to the amount."""
    amount = Decimal(values.get("amount", old["amount"]))
    if "tranches" in values:
        lines = agreements._clean_tranches(values["tranches"], amount, errors)
        values["tranches"] = _schedule(lines) if "tranches" not in errors else old["tranches"]
        return
    if "amount" not in values or amount == Decimal(old["amount"]):
        return
    schedule = [dict(t) for t in old["tranches"]]
    paid_numbers = {t.number for t in paid}
    unpaid = [t for t in schedule if t["number"] not in paid_numbers]
    difference = amount - Decimal(old["amount"])
    if not unpaid or Decimal(unpaid[-1]["amount"]) + difference <= ZERO:
        errors["amount"] = Invalid("amendment.schedule_needed", f"The new amount of agreement {number} does not fit "
                                   "the unpaid tranches: give the new schedule too", "amount", {"agreement": number})
        return
    unpaid[-1]["amount"] = str(Decimal(unpaid[-1]["amount"]) + difference)
    values["tranches"] = schedule


# -- amendments ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    field: str
    old: Any  # plain values (see :func:`current`)
    new: Any


@dataclass(frozen=True)
class AmendmentInfo:
    id: str
    agreement_id: str
    number: int
    reason: str
    status: str
    made_on: dt.date
    signed_on: dt.date | None
    changes: tuple[Change, ...]


def _info(row: Amendment) -> AmendmentInfo:
    return AmendmentInfo(row.id, row.agreement_id, row.number, row.reason, row.status, row.made_on, row.signed_on,
                         tuple(Change(c["field"], c["old"], c["new"]) for c in row.changes))


def get(session: Session, amendment_id: str) -> Amendment:
    row = session.get(Amendment, amendment_id)
    if row is None or row.deleted_at is not None:
        raise Invalid("amendment.unknown", f"No such amendment: {amendment_id}", params={"id": amendment_id})
    return row


def of_agreement(session: Session, agreement_id: str) -> list[AmendmentInfo]:
    """The agreement's amendments, № 1 first (withdrawn drafts left out)."""
    return [_info(row) for row in session.scalars(select(Amendment).where(Amendment.agreement_id == agreement_id)
                                                  .order_by(Amendment.number))]


def info(session: Session, amendment_id: str) -> AmendmentInfo:
    return _info(get(session, amendment_id))


def counts(session: Session) -> dict[str, int]:
    """Amendments per agreement id (withdrawn drafts left out)."""
    rows = session.execute(select(Amendment.agreement_id, func.count()).group_by(Amendment.agreement_id))
    return {agreement_id: count for agreement_id, count in rows}


def propose(session: Session, agreement_id: str, reason: str, values: dict[str, Any],
            today: dt.date | None = None) -> str:
    """Record an amendment of a signed agreement: the fields of :data:`AMENDABLE` in ``values`` that differ from
    the agreement, with the reason (required). Nothing changes in the agreement until it is signed."""
    require_head_office(session, "amend grant agreements")
    agreement = agreements.get(session, agreement_id)
    number = agreements.number(agreement)
    if agreement.status != "signed":
        raise Invalid("amendment.not_signed", f"Agreement {number} is {agreement.status}: an amendment changes a "
                      "signed agreement", params={"number": number, "status": agreement.status})
    pending = session.scalars(select(Amendment).where(Amendment.agreement_id == agreement_id,
                                                      Amendment.status == "draft")).first()
    if pending is not None:
        raise Invalid("amendment.pending", f"Amendment № {pending.number} of agreement {number} is not signed yet: "
                      "sign or withdraw it first", params={"number": pending.number, "agreement": number})
    unknown = sorted(set(values) - set(AMENDABLE))
    if unknown:
        raise Invalid("amendment.field", f"{unknown[0]} is not changed by an amendment (one of: "
                      f"{', '.join(AMENDABLE)})", params={"field": unknown[0]})
    errors: dict[str, Invalid] = {}
    text = " ".join((reason or "").split())
    if not text:
        errors["reason"] = Invalid("amendment.reason", "The reason for the change is required", "reason")
    old = current(session, agreement)
    clean = {name: _clean(name, raw, errors) for name, raw in values.items() if name != "tranches"}
    if "tranches" in values:
        clean["tranches"] = [{**row, "due_on": _due(row.get("due_on"), errors)} for row in values["tranches"] or []]
    if "amount" in clean and "amount" not in errors and Decimal(clean["amount"]) <= ZERO:
        errors["amount"] = Invalid("tranche.amount", "The amount must be more than zero", "amount")
    paid = _paid_rows(session, agreement_id)
    if not errors and "amount" in clean:
        total = sum((t.paid_amount or ZERO for t in paid), ZERO)
        if Decimal(clean["amount"]) < total:
            errors["amount"] = Invalid("amendment.below_paid_total", f"{total} of agreement {number} is paid "
                                       "already: the grant cannot be less", "amount",
                                       {"agreement": number, "paid": total, "amount": Decimal(clean["amount"])})
    if not errors and "amount" in clean and Decimal(clean["amount"]) > Decimal(old["amount"]):
        try:
            _check_raise(session, agreement, Decimal(clean["amount"]))
        except Invalid as refusal:
            errors["amount"] = refusal
    if not errors:
        _new_schedule(clean, old, number, paid, errors)
    if not errors and clean.get("starts_on", old["starts_on"]) and clean.get("ends_on", old["ends_on"]) and \
            clean.get("ends_on", old["ends_on"]) < clean.get("starts_on", old["starts_on"]):
        errors["ends_on"] = Invalid("date.order", "The end date is before the start date", "ends_on")
    if errors:
        raise FormInvalid(errors)
    changes = [Change(name, old[name], clean[name]) for name in AMENDABLE
               if name in clean and _comparable(name, clean[name]) != _comparable(name, old[name])]
    if not changes:
        raise Invalid("amendment.no_change", f"Nothing differs from agreement {number}: an amendment changes at "
                      "least one clause", params={"agreement": number})
    check_floor(number, Decimal(clean.get("amount", old["amount"])), clean.get("tranches", old["tranches"]), paid)
    last = session.scalar(select(func.max(Amendment.number)).where(Amendment.agreement_id == agreement_id)
                          .execution_options(include_deleted=True)) or 0
    row = Amendment(agreement_id=agreement_id, number=last + 1, reason=text, status="draft",
                    made_on=today or dt.date.today(),
                    changes=[{"field": c.field, "old": c.old, "new": c.new} for c in changes])
    session.add(row)
    session.flush()
    return row.id


def _check_raise(session: Session, agreement: Agreement, amount: Decimal) -> None:
    """A larger grant keeps to the call's money as an approval does (``envelope.check_approval``: never above
    the call's maximum grant; the call's approved grants, this one at its new amount, within the envelope — an
    amendment has no override)."""
    from fieldapp.services import applications, calls

    app = applications.get(session, agreement.application_id)
    call = calls.get(session, app.call_id)
    envelope.check_approval(envelope.Approval(
        agreements.number(agreement), amount, None, call.max_grant, call.envelope,
        envelope.committed(session, call.id, excluding=app.id), head_office=True))


def _due(raw: Any, errors: dict[str, Invalid]) -> dt.date | None:
    if raw in (None, "") or isinstance(raw, dt.date):
        return raw or None
    from fieldapp.formatting import parse_date

    try:
        return parse_date(str(raw))
    except ValueError:
        errors["tranches"] = Invalid("date.format", "A date is dd.mm.yyyy", "tranches")
        return None


def _comparable(name: str, value: Any) -> Any:
    if name == "tranches":
        return [(int(t["number"]), Decimal(t["amount"]), t["condition_kind"], t.get("due_on"),
                 t.get("condition") or None) for t in value]
    if name in MONEY_FIELDS and value is not None:
        return Decimal(value)
    return value


def sign_amendment(session: Session, amendment_id: str, signed_on: dt.date, *,
                   store: attachments.AttachmentStore | None = None, copy: Path | None = None,
                   today: dt.date | None = None) -> str:
    """Both parties signed the amendment: its changes apply to the agreement (amount, term, schedule, bank
    details, signatory…); its scanned copy, when given, is attached. Refused when the agreement no longer holds the
    values the amendment changes, or a paid tranche would fall below what was paid."""
    require_head_office(session, "amend grant agreements")
    row = get(session, amendment_id)
    agreement = agreements.get(session, row.agreement_id)
    number = agreements.number(agreement)
    if row.status != "draft":
        raise Invalid("amendment.signed", f"Amendment № {row.number} of agreement {number} is signed already",
                      params={"number": row.number, "agreement": number})
    if signed_on > (today or dt.date.today()):
        raise Invalid("agreement.sign_future", "The date of signing is in the future", "signed_on")
    if agreement.signed_on and signed_on < agreement.signed_on:
        raise Invalid("amendment.before_agreement", f"Agreement {number} was signed on {agreement.signed_on:%d.%m.%Y}"
                      ": its amendment cannot be signed before", "signed_on",
                      {"agreement": number, "signed_on": agreement.signed_on})
    if copy is not None:
        check_copy(copy)
    now = current(session, agreement)
    if any(_comparable(c["field"], now[c["field"]]) != _comparable(c["field"], c["old"]) for c in row.changes):
        raise Invalid("amendment.stale", f"Agreement {number} changed since amendment № {row.number} was written: "
                      "withdraw it and write it again", params={"number": row.number, "agreement": number})
    new = {c["field"]: c["new"] for c in row.changes}
    check_floor(number, Decimal(new.get("amount", now["amount"])), new.get("tranches", now["tranches"]),
                _paid_rows(session, agreement.id))
    _apply(session, agreement, new)
    row.status, row.signed_on = "signed", signed_on
    if copy is not None:
        attachments.attach(session, store or attachments.AttachmentStore.of(session), "amendment", row.id,
                           Path(copy), kind=COPY_KIND)
    session.flush()
    return row.id


def attach_amendment_copy(session: Session, store: attachments.AttachmentStore, amendment_id: str,
                          source: Path) -> str:
    """A signed amendment's scanned copy, attached after it was signed."""
    require_head_office(session, "amend grant agreements")
    row = get(session, amendment_id)
    if row.status != "signed":
        raise Invalid("amendment.unsigned_copy", f"Amendment № {row.number} is not signed yet: its copy is "
                      "attached when it is signed", params={"number": row.number})
    check_copy(source)
    return attachments.attach(session, store, "amendment", amendment_id, Path(source), kind=COPY_KIND)


def _apply(session: Session, agreement: Agreement, new: dict[str, Any]) -> None:
    for name, value in new.items():
        if name != "tranches":
            setattr(agreement, name, typed(name, value))
    if "tranches" not in new:
        return
    lines = typed("tranches", new["tranches"])
    existing = agreements.tranche_rows(session, agreement.id)
    for row, line in zip(existing, lines, strict=False):
        row.number, row.amount, row.condition_kind = line["number"], line["amount"], line["condition_kind"]
        row.due_on, row.condition = line["due_on"], line.get("condition")
    for line in lines[len(existing):]:
        session.add(Tranche(agreement_id=agreement.id, number=line["number"], amount=line["amount"],
                            condition_kind=line["condition_kind"], due_on=line["due_on"],
                            condition=line.get("condition")))
    for row in existing[len(lines):]:  # unpaid ones only (check_floor)
        row.deleted_at = utcnow()
        row.number = -row.number  # out of the schedule's way


def withdraw(session: Session, amendment_id: str) -> None:
    """Withdraw an amendment not signed yet (kept in the history; its number is not given again)."""
    require_head_office(session, "amend grant agreements")
    row = get(session, amendment_id)
    if row.status != "draft":
        raise Invalid("amendment.signed", f"Amendment № {row.number} is signed already",
                      params={"number": row.number, "agreement": row.agreement_id})
    row.deleted_at = utcnow()
    session.flush()


def _undone(session: Session, agreement: Agreement, from_number: int) -> dict[str, Any] | None:
    """The amendable fields with the signed amendments from № ``from_number`` on undone, the latest first (model
    values; ``tranches`` a list of dicts); None when there is no such amendment."""
    signed = list(session.scalars(select(Amendment).where(
        Amendment.agreement_id == agreement.id, Amendment.status == "signed", Amendment.number >= from_number)
        .order_by(Amendment.number.desc())))
    if not signed:
        return None
    values = current(session, agreement)
    for row in signed:
        for change in row.changes:
            values[change["field"]] = change["old"]
    return {name: typed(name, value) for name, value in values.items()}


def as_signed(session: Session, agreement: Agreement) -> dict[str, Any] | None:
    """The agreement's amendable fields as it was signed, or None when no signed amendment changed it."""
    return _undone(session, agreement, 1)


def state_before(session: Session, agreement: Agreement, number: int) -> Any:
    """The agreement as it stood before amendment № ``number`` (the agreement itself when nothing was undone): a
    read-only copy of its columns."""
    values = _undone(session, agreement, number)
    if values is None:
        return agreement
    view = SimpleNamespace(**{c.key: getattr(agreement, c.key) for c in agreement.__table__.columns})
    for name, value in values.items():
        if name != "tranches":
            setattr(view, name, value)
    return view
