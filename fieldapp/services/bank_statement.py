"""Confirming tranche payments from the bank's or 1C's statement (CSV, or XLSX).

The file is read by the table import (``fieldapp.imports.tabular``: its size, row and cell limits, UTF-8 with or
without BOM or Windows-1251, ``;`` or ``,``, the header found below a title, Russian, Kazakh or English headings).
Each outgoing row (an amount in «Дебет»/«Списание», or in «Сумма») is matched to an unpaid tranche: the agreement
number (official or draft, e.g. ``ОП-2020-016``) found in the payment's purpose, and the amount equal to the next
unpaid tranche's (or another unpaid tranche's of that agreement). The statement's document number («Номер
документа», else «№ п/п») becomes the payment reference.

:func:`plan` says what would be recorded and why the other rows are not (coded problems, worded in
``fieldapp/ui/problems.py``) and writes nothing. :func:`apply` records the matched rows through
:func:`fieldapp.services.tranches.record_payment` — the one payment rule, so a tranche whose condition is unmet is
refused, never paid silently — in the caller's transaction: every matched row or none. The plan runs the rule
itself inside a savepoint it rolls back, so rows of one statement paying one agreement's tranches in turn see
each other, and the preview refuses exactly what applying would.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.formatting import parse_date
from fieldapp.imports.tabular import Field, Row, TableError, read_table
from fieldapp.model import Agreement, Tranche
from fieldapp.problems import Invalid, Problem
from fieldapp.services import tranches
from fieldapp.services.roles import require_head_office
from fieldapp.text import fold
from fieldapp.validation import check_money

#: the statement's columns; "№ п/п" comes before the document number so that «Номер п/п» is the row counter
FIELDS = (
    Field("date", ("Дата", "Дата документа", "Дата операции", "Дата платежа", "Күні", "Құжат күні", "Төлем күні",
                   "Date"), required=True),
    Field("debit", ("Дебет", "Списание", "Расход", "Шығыс", "Шығыстар", "Debit", "Outgoing", "Withdrawal")),
    Field("credit", ("Кредит", "Поступление", "Приход", "Кіріс", "Түсім", "Credit", "Incoming", "Deposit")),
    Field("amount", ("Сумма", "Сумма платежа", "Сома", "Сомасы", "Төлем сомасы", "Amount")),
    Field("purpose", ("Назначение платежа", "Назначение", "Төлем мақсаты", "Төлемнің мақсаты", "Мақсаты",
                      "Purpose", "Payment purpose", "Payment details", "Details"), required=True),
    Field("row_no", ("№ п/п", "Номер п/п", "п/п", "Р/с", "Р/н", "No")),
    Field("document", ("Номер документа", "№ документа", "Номер", "Документ", "Құжат нөмірі", "Құжат №",
                       "Құжаттың нөмірі", "Document number", "Document No", "Document", "Reference"),
          limit="tranche.payment_reference"),
)

#: a group of letters and digits joined by dashes or slashes: «ОП-2020-016», «ОП 2020/16», «Ж-ОП-3»
_TOKEN = re.compile(r"(?:([^\W\d_]+)\s+)?(\w+(?:\s*[-‐–—/]\s*\w+)+)")
_SEPARATORS = re.compile(r"[\s\-‐–—/_№#]+")
#: a token that names an agreement (letters, then digits): one the database does not know is "unknown"
_LOOKS_LIKE_NUMBER = re.compile(r"^[^\W\d_]{1,10}\d{3,}$")


@dataclass(frozen=True)
class StatementRow:
    number: int  # the line (or Excel row) a person sees
    paid_on: dt.date | None
    amount: Decimal | None  # outgoing; None when the row has none
    incoming: Decimal | None
    purpose: str
    reference: str
    problems: tuple[Problem, ...] = ()  # what makes the row unreadable (no date, no amount, too long a value)


@dataclass(frozen=True)
class Statement:
    path: Path
    rows: tuple[StatementRow, ...]
    header_row: int
    encoding: str | None
    delimiter: str | None


@dataclass(frozen=True)
class Matched:
    row: StatementRow
    agreement_id: str
    agreement: str  # its number
    tranche_id: str
    tranche_number: int
    amount: Decimal
    paid_on: dt.date
    reference: str


@dataclass(frozen=True)
class Unmatched:
    row: StatementRow
    problem: Problem
    agreement: str | None = None


@dataclass(frozen=True)
class Plan:
    statement: Statement
    matched: tuple[Matched, ...]
    unmatched: tuple[Unmatched, ...]

    @property
    def total(self) -> Decimal:
        return sum((m.amount for m in self.matched), Decimal("0.00"))

    def key(self) -> tuple[tuple[int, str, Decimal], ...]:
        return tuple((m.row.number, m.tranche_id, m.amount) for m in self.matched)


def _money(text: str) -> Decimal | None:
    """A statement's amount («1 205 000,00», «-1205000.00»), always as a positive Decimal; None when empty."""
    if not text.strip():
        return None
    amount = abs(check_money(text, allow_negative=True))
    return amount if amount else None


def _row(row: Row, columns: set[str]) -> StatementRow:
    values = row.values
    problems = [e.problem for e in row.errors]
    paid_on: dt.date | None = None
    date_text = values.get("date", "")
    try:
        paid_on = parse_date(date_text.split()[0]) if date_text.strip() else None
    except ValueError:
        pass
    if paid_on is None:
        problems.append(Invalid("statement.date", f"no date (dd.mm.yyyy): {date_text!r}", None,
                                {"row": row.number, "value": date_text}).problem)
    amounts: dict[str, Decimal | None] = {}
    for key in ("debit", "credit", "amount"):
        try:
            amounts[key] = _money(values.get(key, "")) if key in columns else None
        except Invalid:
            problems.append(Invalid("statement.amount", f"not an amount of money: "
                                    f"{values.get(key, '')!r}", None,
                                    {"row": row.number, "value": values.get(key, "")}).problem)
            amounts[key] = None
    outgoing = amounts["debit"] if "debit" in columns else amounts["amount"]
    incoming = amounts["credit"]
    if outgoing is None and incoming is None and not any(p.code == "statement.amount" for p in problems):
        problems.append(Invalid("statement.no_amount", "no amount", None,
                                {"row": row.number}).problem)
    reference = " ".join((values.get("document") or values.get("row_no") or "").split())
    return StatementRow(row.number, paid_on, outgoing, incoming, " ".join(values.get("purpose", "").split()),
                        reference, tuple(problems))


def read_statement(path: Path | str) -> Statement:
    """The statement's rows, or :class:`TableError` when the file cannot be read as one (nothing is written)."""
    table = read_table(Path(path), FIELDS)
    columns = set(table.columns)
    if not columns & {"debit", "amount"}:
        raise TableError(f"{table.path.name}: no column for the amount paid (Дебет, Списание or Сумма)",
                         "statement.no_amount_column", {"row": table.header_row})
    return Statement(table.path, tuple(_row(r, columns) for r in table.rows), table.header_row, table.encoding,
                     table.delimiter)


def _key(text: str) -> str:
    return _SEPARATORS.sub("", text).upper()


def agreement_numbers(purpose: str) -> list[tuple[str, str]]:
    """The tokens of a payment's purpose that may be agreement numbers: (as written, their key)."""
    found: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(purpose):
        word, token = match.group(1), match.group(2)
        found.append((token, _key(token)))
        if word:  # «ОП 2020-016»: the letters may stand apart from the digits
            found.append((f"{word} {token}", _key(word + token)))
    return found


def _agreements(session: Session) -> dict[str, Agreement]:
    known: dict[str, Agreement] = {}
    for agreement in session.scalars(select(Agreement)):
        for number in (agreement.draft_number, agreement.number):
            if number:
                known[_key(number)] = agreement
    return known


def _number(agreement: Agreement) -> str:
    return agreement.number or agreement.draft_number


def _tranche_for(session: Session, row: StatementRow, agreement: Agreement, amount: Decimal
                 ) -> Tranche | Problem:
    """The unpaid tranche of the agreement this payment pays, or why there is none."""
    schedule = list(session.scalars(select(Tranche).where(Tranche.agreement_id == agreement.id)
                                    .order_by(Tranche.number)))
    unpaid = [t for t in schedule if t.paid_on is None]
    number = _number(agreement)
    if unpaid and unpaid[0].amount == amount:
        return unpaid[0]
    same = [t for t in unpaid if t.amount == amount]
    if same:
        return same[0]  # the rule refuses it while an earlier tranche is unpaid, and says so
    paid = [t for t in schedule if t.paid_on is not None and t.paid_amount == amount]
    if paid:
        earlier = next((t for t in paid if t.payment_reference == row.reference), paid[0])
        return Problem("statement.paid", f"tranche {earlier.number} of {number} "
                        f"({amount}) is paid already ({earlier.payment_reference}, {earlier.paid_on})",
                        {"row": row.number, "agreement": number, "number": earlier.number, "amount": amount,
                         "reference": earlier.payment_reference or "", "date": earlier.paid_on})
    if not unpaid:
        return Problem("statement.no_tranche", f"agreement {number} has no unpaid tranche of "
                        f"{amount}", {"row": row.number, "agreement": number, "amount": amount})
    expected = unpaid[0]
    difference = amount - expected.amount
    return Problem("statement.amount_more" if difference > 0 else "statement.amount_less",
                   f"{amount} is not tranche {expected.number} of {number} ({expected.amount}): "
                   f"{abs(difference)} {'more' if difference > 0 else 'less'}",
                   {"row": row.number, "agreement": number, "number": expected.number, "amount": amount,
                    "expected": expected.amount, "difference": abs(difference)})


def _match(session: Session, statement: Statement, today: dt.date | None) -> Plan:
    """Match and record each row in turn (each in its own savepoint, so a refused row leaves nothing)."""
    require_head_office(session, "record payments")
    known = _agreements(session)
    matched: list[Matched] = []
    unmatched: list[Unmatched] = []
    seen: dict[tuple[Any, ...], int] = {}
    for row in statement.rows:
        if row.problems:
            unmatched.append(Unmatched(row, row.problems[0]))
            continue
        if row.amount is None:
            unmatched.append(Unmatched(row, Problem("statement.incoming", "an incoming "
                                                     "payment, not a grant paid", {"row": row.number,
                                                                                   "amount": row.incoming})))
            continue
        same = (row.paid_on, row.amount, row.reference, fold(row.purpose))
        if same in seen:
            unmatched.append(Unmatched(row, Problem("statement.duplicate", f"the same payment "
                                                     f"as line {seen[same]}", {"row": row.number,
                                                                               "first": seen[same]})))
            continue
        seen[same] = row.number
        tokens = agreement_numbers(row.purpose)
        agreement = next((known[key] for _text, key in tokens if key in known), None)
        if agreement is None:
            named = [text for text, key in tokens if _LOOKS_LIKE_NUMBER.match(key)]
            if named:
                problem = Problem("statement.unknown_agreement", f"no agreement {named[0]}",
                                   {"row": row.number, "agreement": named[0]})
            else:
                problem = Problem("statement.no_agreement", "no agreement number in the "
                                   "purpose", {"row": row.number})
            unmatched.append(Unmatched(row, problem))
            continue
        number = _number(agreement)
        if not row.reference:
            unmatched.append(Unmatched(row, Problem("statement.no_reference", "no document "
                                                     "number", {"row": row.number}), number))
            continue
        found = _tranche_for(session, row, agreement, row.amount)
        if isinstance(found, Problem):
            unmatched.append(Unmatched(row, found, number))
            continue
        assert row.paid_on is not None
        try:
            with session.begin_nested():
                tranches.record_payment(session, found.id, row.paid_on, row.amount, row.reference, today=today)
        except Invalid as refused:
            unmatched.append(Unmatched(row, refused.problem, number))
            continue
        matched.append(Matched(row, agreement.id, number, found.id, found.number, row.amount, row.paid_on,
                               row.reference))
    return Plan(statement, tuple(matched), tuple(unmatched))


def plan(session: Session, statement: Statement, today: dt.date | None = None) -> Plan:
    """What importing the statement would record, and why each other row would not be: nothing is written."""
    savepoint = session.begin_nested()
    try:
        return _match(session, statement, today)
    finally:
        savepoint.rollback()
        session.expire_all()


def apply(session: Session, statement: Statement, confirmed: Plan, today: dt.date | None = None) -> Plan:
    """Record the payments of a plan the user confirmed, in the caller's transaction: all of them or none. When
    the database changed since the plan was made (another payment recorded meanwhile), nothing is recorded."""
    result = _match(session, statement, today)
    if result.key() != confirmed.key():
        raise Invalid("statement.changed", "The payments changed since the statement was checked: check it again",
                      None, {"matched": len(result.matched), "confirmed": len(confirmed.matched)})
    if not result.matched:
        raise Invalid("statement.nothing", "No row of the statement matches an unpaid tranche: nothing recorded",
                      None, {"rows": len(statement.rows)})
    return result
