"""The register of projects already running on paper (XLSX or CSV, one row per project): previewed row by row
with the row numbers people see, written only when confirmed, all rows in one transaction — the same
behaviour as the roster and the application register.

A row is *added* (a project registered through ``services/paper_projects.register``), a *duplicate* (its
agreement number is in the database already, or on an earlier row: skipped, action ``match``) or *refused*
(action ``reject``: a problem with its column). The preview runs the real registration of every row in a
savepoint and rolls everything back, so it refuses exactly what the import would (the payment rule, the
envelope, IBAN/BIC/IIN/BIN): it needs a write session and writes nothing.

Columns (headings in Russian, Kazakh or English; docs/agreements.md "Register of paper projects"): agreement
number, grantee, BIN (an organisation) or representative and IIN (an initiative group), settlement, call (its
code or title, or the cycle when it has one call; else the call chosen for the whole file), project title,
category, grant amount, signed on, start, end, address, IBAN, bank, BIC, and up to four payments made: "Paid 1",
"Paid 1 date", "Paid 1 order" (the payment order's number, optional) … "Paid 4".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.formatting import parse_date
from fieldapp.imports.application_register import CATEGORY_WORDS, _word_match
from fieldapp.imports.roster import SettlementMatcher
from fieldapp.imports.tabular import Field, Row, Table, read_table
from fieldapp.model import Agreement, Cycle, GrantCall
from fieldapp.problems import FormInvalid, Invalid, Problem
from fieldapp.services import calls, paper_projects, reasons
from fieldapp.text import fold
from fieldapp.validation import check_money

PAYMENTS = 4
#: the template's headings, by language (the first heading of each field below, in that language)
_PAID = {"ru": ("Выплачено {n}", "Дата выплаты {n}", "Платёжное поручение {n}"),
         "kk": ("Төленді {n}", "Төлем күні {n}", "Төлем тапсырмасы {n}"),
         "en": ("Paid {n}", "Paid {n} date", "Paid {n} order")}


def _payment_fields(n: int) -> tuple[Field, ...]:
    """A payment's date and order come first: "Paid 1 date" also begins with "Paid 1"."""
    return (
        Field(f"paid_{n}_date", (f"Дата выплаты {n}", f"Выплачено {n} дата", f"Дата транша {n}", f"Транш {n} дата",
                                 f"Төлем күні {n}", f"Төленді {n} күні", f"Транш {n} күні", f"Paid {n} date",
                                 f"Payment {n} date", f"Tranche {n} date")),
        Field(f"paid_{n}_ref", (f"Платёжное поручение {n}", f"П/п {n}", f"Выплачено {n} п/п", f"Транш {n} п/п",
                                f"Төлем тапсырмасы {n}", f"Төленді {n} тапсырма", f"Paid {n} order",
                                f"Payment {n} order", f"Tranche {n} order"), limit="tranche.payment_reference"),
        Field(f"paid_{n}", (f"Выплачено {n}", f"Выплата {n}", f"Транш {n}", f"Төленді {n}", f"Төлем {n}",
                            f"Paid {n}", f"Payment {n}", f"Tranche {n}")),
    )


FIELDS: tuple[Field, ...] = (
    Field("number", ("Номер договора", "№ договора", "Договор №", "Шарт нөмірі", "Шарттың нөмірі", "Шарт №",
                     "Agreement number", "Agreement No", "Agreement"), required=True),
    Field("grantee", ("Грантополучатель", "Получатель гранта", "Инициативная группа", "Организация",
                      "Грант алушы", "Бастамашыл топ", "Ұйым", "Grantee", "Initiative group", "Organisation"),
          required=True, limit="initiative_group.name"),
    Field("bin", ("БИН", "БСН", "BIN")),
    Field("iin", ("ИИН представителя", "ИИН", "Өкілдің ЖСН", "ЖСН", "Representative IIN", "IIN")),
    Field("representative", ("Представитель", "Руководитель", "Өкіл", "Жетекші", "Representative", "Leader"),
          limit="agreement.representative_name"),
    Field("settlement", ("Населённый пункт", "Нас. пункт", "Село", "Елді мекен", "Ауыл", "Settlement",
                         "Village")),
    Field("call", ("Конкурс", "Программа", "Цикл", "Байқау", "Бағдарлама", "Call", "Programme", "Cycle")),
    Field("title", ("Название проекта", "Проект", "Жобаның атауы", "Жоба", "Project title", "Project"),
          limit="application.title"),
    Field("category", ("Категория", "Направление", "Санаты", "Бағыты", "Category")),
    Field("amount", ("Сумма гранта", "Сумма", "Грант сомасы", "Сомасы", "Grant amount", "Amount"), required=True),
    Field("signed_on", ("Дата подписания", "Дата договора", "Подписан", "Қол қойылған күні", "Шарт күні",
                        "Signed on", "Signed", "Agreement date")),
    Field("starts_on", ("Дата начала", "Начало", "Басталуы", "Басталған күні", "Starts on", "Start")),
    Field("ends_on", ("Дата окончания", "Окончание", "Аяқталуы", "Аяқталу күні", "Ends on", "End")),
    Field("address", ("Адрес", "Мекенжай", "Address"), limit="agreement.grantee_address"),
    Field("iban", ("IBAN", "ИИК", "ЖСК", "Счёт", "Шот", "Account")),
    Field("bank", ("Банк", "Bank"), limit="agreement.bank"),
    Field("bic", ("БИК", "БСК", "BIC", "SWIFT")),
    *(f for n in range(1, PAYMENTS + 1) for f in _payment_fields(n)),
)
#: a service's field name → the register's column
_COLUMN_OF = {"grantee_name": "grantee", "group": "grantee", "grantee_bin": "bin", "representative_iin": "iin",
              "representative_name": "representative", "grantee_address": "address", "reference": "paid_1_ref",
              "tranches": "amount", "tranche": "amount"}


@dataclass
class ProjectRow:
    number: int  # the row as Excel shows it
    agreement_number: str
    grantee: str
    action: str  # add, match (a duplicate, skipped), reject
    amount: Decimal | None = None
    paid: Decimal = Decimal("0.00")
    project: paper_projects.PaperProject | None = None
    duplicate_of: int | None = None  # the earlier row with the same number
    problems: list[Problem] = field(default_factory=list)

    def refuse(self, key: str | None, code: str, message: str, params: dict[str, Any] | None = None) -> None:
        self.problems.append(Problem(code, message, params or {}, key))
        self.action = "reject"


@dataclass
class ProjectsPreview:
    table: Table
    rows: list[ProjectRow]
    call_id: str | None = None

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def has_problems(self) -> bool:
        return any(r.problems for r in self.rows)

    def column(self, key: str | None) -> str:
        """The heading of a field's column in the file (the field's first heading when it has no column)."""
        if key is None:
            return ""
        index = self.table.columns.get(key)
        if index is not None and index < len(self.table.headers) and self.table.headers[index]:
            return self.table.headers[index]
        spec = next((f for f in FIELDS if f.key == key), None)
        return spec.headings[0] if spec else key


class _Calls:
    """A row's call: its code or title, else a cycle ("2", "Цикл 2") that has exactly one call."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[str, str | None] = {}

    def find(self, text: str) -> str | None:
        key = fold(text)
        if key not in self.cache:
            self.cache[key] = self._find(text)
        return self.cache[key]

    def _find(self, text: str) -> str | None:
        try:
            return calls.get(self.session, text).id
        except Invalid:
            pass
        found = [c for c in self.session.scalars(select(GrantCall)) if fold(c.title) == fold(text)
                 or fold(c.code or "") == fold(text)]
        if len(found) == 1:
            return found[0].id
        digits = "".join(ch for ch in text if ch.isdigit())
        cycles = [c.id for c in self.session.scalars(select(Cycle)) if fold(c.name or "") == fold(text)
                  or (digits and str(c.number) == digits)]
        in_cycle = list(self.session.scalars(select(GrantCall.id).where(GrantCall.cycle_id.in_(cycles))))
        return in_cycle[0] if len(in_cycle) == 1 else None


def _date(row: ProjectRow, values: dict[str, str], key: str) -> dt.date | None:
    text = values.get(key, "")
    if not text:
        return None
    try:
        return parse_date(text.split()[0])
    except ValueError:
        row.refuse(key, "projects.date", f"{text!r} is not a date (dd.mm.yyyy)", {"date": text})
        return None


def _money(row: ProjectRow, values: dict[str, str], key: str) -> Decimal | None:
    text = values.get(key, "")
    if not text:
        return None
    try:
        return check_money(text)
    except Invalid as exc:
        row.refuse(key, exc.code, f"{text!r}: {exc.message}", {"amount": text})
        return None


def _read_row(raw: Row, found: _Calls, settlements: SettlementMatcher, call_id: str | None) -> ProjectRow:
    """A row's values checked one by one (no database rule yet): a project, or the row refused."""
    v = raw.values
    row = ProjectRow(raw.number, v.get("number", ""), v.get("grantee", ""), "add")
    row.problems += [w.problem.as_warning() for w in raw.warnings]
    for error in raw.errors:
        row.refuse(error.field, error.code, error.message, error.params)
    try:
        row.agreement_number = paper_projects.official_number(v.get("number", ""))
    except Invalid as exc:
        if v.get("number"):
            row.refuse("number", exc.code, exc.message, exc.params)
        else:
            row.refuse("number", "required", "no agreement number")
    if not row.grantee:
        row.refuse("grantee", "required", "no grantee")
    row.amount = _money(row, v, "amount")
    if row.amount is None and "amount" not in {p.field for p in row.problems}:
        row.refuse("amount", "required", "no grant amount")
    signed_on = _date(row, v, "signed_on")
    if signed_on is None and "signed_on" not in {p.field for p in row.problems}:
        row.refuse("signed_on", "required", "no date of signing")
    starts_on, ends_on = _date(row, v, "starts_on"), _date(row, v, "ends_on")
    settlement_id = None
    if v.get("settlement"):
        settlement_id = settlements.match(v["settlement"])
        if settlement_id is None:
            row.refuse("settlement", "register.settlement", f"unknown settlement {v['settlement']!r}",
                       {"name": v["settlement"]})
    elif not v.get("bin"):
        row.refuse("settlement", "required", "no settlement (an initiative group's village)")
    row_call = call_id
    if v.get("call"):
        row_call = found.find(v["call"])
        if row_call is None:
            row.refuse("call", "projects.call", f"no grant call {v['call']!r}", {"call": v["call"]})
    elif call_id is None:
        row.refuse("call", "projects.no_call", "no grant call: give it in the column or choose one for the file")
    category = _word_match(v["category"], CATEGORY_WORDS) if v.get("category") else None
    payments = []
    for n in range(1, PAYMENTS + 1):
        money, on = _money(row, v, f"paid_{n}"), _date(row, v, f"paid_{n}_date")
        if money is None and on is None:
            continue
        if money is None or on is None:
            missing = f"paid_{n}" if money is None else f"paid_{n}_date"
            if missing not in {p.field for p in row.problems}:
                row.refuse(missing, "projects.payment", f"payment {n} needs both its amount and its date",
                           {"payment": n})
            continue
        payments.append(paper_projects.Payment(money, on, v.get(f"paid_{n}_ref") or None))
    row.paid = sum((p.amount for p in payments), Decimal("0.00"))
    if row.action == "reject" or row_call is None or row.amount is None or signed_on is None:
        return row
    row.project = paper_projects.PaperProject(
        call_id=row_call, grantee=row.grantee, amount=row.amount, number=row.agreement_number, signed_on=signed_on,
        settlement_id=settlement_id, title=v.get("title") or None, category=category or "other",
        grantee_bin=v.get("bin") or None, representative=v.get("representative") or None,
        representative_iin=v.get("iin") or None, address=v.get("address") or None, iban=v.get("iban") or None,
        bank=v.get("bank") or None, bic=v.get("bic") or None, starts_on=starts_on, ends_on=ends_on,
        payments=tuple(payments))
    return row


def row_reason(table: Table, row: ProjectRow) -> str:
    return reasons.coded("paper.register", f"{table.path.name} #{row.number}")


def _register(session: Session, table: Table, row: ProjectRow, today: dt.date | None) -> None:
    """Register the row's project in a savepoint: kept when it succeeds, undone (and the row refused) when not."""
    assert row.project is not None
    savepoint = session.begin_nested()
    try:
        paper_projects.register(session, row.project, row_reason(table, row), today)
    except FormInvalid as exc:
        savepoint.rollback()
        for name, problem in exc.errors.items():
            row.refuse(_COLUMN_OF.get(name, name), problem.code, problem.message, problem.params)
    except Invalid as exc:
        savepoint.rollback()
        row.refuse(_COLUMN_OF.get(exc.field or "", exc.field), exc.code, exc.message, exc.params)
    else:
        savepoint.commit()


def _plan(session: Session, table: Table, call_id: str | None, today: dt.date | None) -> list[ProjectRow]:
    found, settlements = _Calls(session), SettlementMatcher(session)
    rows: list[ProjectRow] = []
    seen: dict[str, int] = {}
    for raw in table.rows:
        row = _read_row(raw, found, settlements, call_id)
        rows.append(row)
        if row.action == "reject":
            continue
        if row.agreement_number in seen:
            row.action, row.duplicate_of = "match", seen[row.agreement_number]
            row.problems.append(Problem("projects.duplicate_row", f"the same agreement as row {row.duplicate_of}",
                                        {"row": row.duplicate_of}, "number", "warning"))
            continue
        seen[row.agreement_number] = row.number
        if paper_projects.number_taken(session, row.agreement_number):
            row.action = "match"
            row.problems.append(Problem("projects.known", f"agreement {row.agreement_number} is in the database "
                                        "already: skipped", {"number": row.agreement_number}, "number", "warning"))
            continue
        _register(session, table, row, today)
    return rows


def preview(session: Session, path: Path | str, *, call_id: str | None = None,
            mapping: dict[str, int | str] | None = None, header_row: int | None = None, sheet: str | None = None,
            today: dt.date | None = None) -> ProjectsPreview:
    """Read the register and say what each row would do: every row is registered for real in a savepoint and
    all of it rolled back. Needs a write session (``db.transaction()``, ``ops.write``); writes nothing."""
    table = read_table(path, FIELDS, mapping=mapping, header_row=header_row, sheet=sheet)
    outer = session.begin_nested()
    try:
        rows = _plan(session, table, call_id, today)
    finally:
        outer.rollback()
        session.expire_all()
    return ProjectsPreview(table, rows, call_id)


@dataclass
class ProjectsResult:
    added: list[str] = field(default_factory=list)  # the agreements' ids
    skipped: int = 0
    refused: int = 0


def commit(session: Session, register: ProjectsPreview, today: dt.date | None = None) -> ProjectsResult:
    """Register the rows the preview accepted, in the caller's transaction: all of them or none. When the
    database changed since the preview (a number taken meanwhile), nothing is written."""
    rows = _plan(session, register.table, register.call_id, today)
    accepted = [r.number for r in register.rows if r.action == "add"]
    now = [r.number for r in rows if r.action == "add"]
    if now != accepted:
        raise Invalid("projects.changed", "The database changed since the register was checked: check it again",
                      None, {"accepted": len(accepted), "now": len(now)})
    if not now:
        raise Invalid("projects.nothing", "No row of the register can be registered: nothing written")
    numbers = [r.agreement_number for r in rows if r.action == "add"]
    ids = {number: agreement_id for number, agreement_id in session.execute(
        select(Agreement.number, Agreement.id).where(Agreement.number.in_(numbers)))}
    return ProjectsResult([ids[n] for n in numbers], register.count("match"), register.count("reject"))


def write_template(path: Path | str, lang: str = "ru") -> Path:
    """An empty register with its headings in ``lang`` (ru, kk, en) and one example row, written atomically."""
    from openpyxl import Workbook

    from fieldapp import atomic_files
    from fieldapp.exports.cells import values_only

    lang = lang if lang in _TEMPLATE else "ru"
    heads, example = _TEMPLATE[lang]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = {"ru": "Проекты", "kk": "Жобалар", "en": "Projects"}[lang]
    paid = [h.format(n=n) for n in range(1, PAYMENTS + 1) for h in _PAID[lang]]
    sheet.append([*heads, *paid])
    sheet.append([*example, "602500,00", "15.03.2020", "17", "482000,00", "10.07.2020", "", "", "", "", "", "",
                  ""])
    for index, text in enumerate([*heads, *paid], start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(12, len(text) + 2)
    values_only(workbook)
    with atomic_files.atomic_path(Path(path)) as temporary:
        workbook.save(temporary)
    return Path(path)


_TEMPLATE = {
    "ru": (("Номер договора", "Грантополучатель", "БИН", "Представитель", "ИИН представителя", "Населённый пункт",
            "Конкурс", "Название проекта", "Категория", "Сумма гранта", "Дата подписания", "Дата начала",
            "Дата окончания", "Адрес", "IBAN", "Банк", "БИК"),
           ("ОП-2020-007", "Инициативная группа «Болашак»", "", "Алия Каримова", "", "Баутино", "", "Детская "
            "площадка", "Детская площадка", "1 205 000,00", "01.03.2020", "01.03.2020", "31.10.2020", "",
            "", "", "")),
    "kk": (("Шарт нөмірі", "Грант алушы", "БСН", "Өкіл", "Өкілдің ЖСН", "Елді мекен", "Конкурс", "Жобаның атауы",
            "Санаты", "Грант сомасы", "Қол қойылған күні", "Басталуы", "Аяқталуы", "Мекенжай", "IBAN", "Банк", "БСК"),
           ("ОП-2020-007", "«Болашақ» бастамашыл тобы", "", "Әлия Каримова", "", "Баутино", "", "Балалар алаңы",
            "Балалар алаңы", "1 205 000,00", "01.03.2020", "01.03.2020", "31.10.2020", "", "", "", "")),
    "en": (("Agreement number", "Grantee", "BIN", "Representative", "Representative IIN", "Settlement", "Call",
            "Project title", "Category", "Grant amount", "Signed on", "Starts on", "Ends on", "Address", "IBAN",
            "Bank", "BIC"),
           ("ОП-2020-007", "Initiative group Bolashak", "", "Aliya Karimova", "", "Bautino", "", "Playground",
            "Playground", "1 205 000,00", "01.03.2020", "01.03.2020", "31.10.2020", "", "", "", "")),
}
