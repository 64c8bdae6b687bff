"""The application register kept in Excel (one row per application received): previewed row by row with the
row numbers people see, written only when confirmed — the same behaviour as the people roster import.

A row is *added* (a new application), *matched* (the call already has an application with that title from
that group: not duplicated) or *rejected* (no title, or no group). Warnings do not stop a row: an amount over
the call's maximum grant, a received date outside the call's dates, an unknown settlement or category, an
amount or a date that cannot be read. An added row with a group, a settlement and an amount is submitted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.formatting import parse_date
from fieldapp.imports.roster import SettlementMatcher
from fieldapp.imports.tabular import Field, Table, read_table
from fieldapp.model import Application, InitiativeGroup
from fieldapp.problems import Problem
from fieldapp.services import applications, calls, reasons, workflow
from fieldapp.text import fold
from fieldapp.validation import Invalid, check_money

FIELDS = (
    Field("number", ("№", "№ п/п", "Номер", "Рег. номер", "Регистрационный номер", "Нөмірі", "Number", "No")),
    Field("group", ("Инициативная группа", "Группа", "Заявитель", "Бастамашыл топ", "Топ", "Өтініш беруші",
                    "Initiative group", "Group", "Applicant"), limit="initiative_group.name"),
    Field("settlement", ("Населённый пункт", "Нас. пункт", "Село", "Елді мекен", "Ауыл", "Settlement", "Village")),
    Field("title", ("Название проекта", "Название", "Проект", "Жобаның атауы", "Жоба", "Project title", "Title",
                    "Project"), limit="application.title"),
    Field("category", ("Категория", "Направление", "Санаты", "Бағыты", "Category")),
    Field("requested", ("Запрашиваемая сумма", "Сумма", "Запрошено", "Сумма гранта", "Сұралатын сома", "Сомасы",
                        "Amount requested", "Requested", "Amount")),
    Field("received_on", ("Дата получения", "Дата поступления", "Дата", "Получена", "Қабылданған күні", "Күні",
                          "Received", "Date received", "Date")),
    Field("channel", ("Способ подачи", "Канал", "Тапсыру тәсілі", "Channel")),
    Field("leader", ("Руководитель", "Лидер группы", "Контактное лицо", "Жетекші", "Leader", "Contact"),
          limit="person.full_name"),
    Field("phone", ("Телефон", "Тел.", "Телефоны", "Phone")),
)
CATEGORY_WORDS = {
    "playground": ("детск", "игров", "балалар", "playground"),
    "sports_ground": ("спорт", "воркаут", "футбол", "sport"),
    "sensory_room": ("сенсор", "психолог", "sensory"),
    "recreation_area": ("отдых", "сквер", "парк", "демалыс", "саябақ", "recreation"),
    "other": ("друг", "басқа", "other"),
}
CHANNEL_WORDS = {"paper": ("бумаг", "қағаз", "paper"), "email": ("почт", "mail", "пошта"),
                 "in_person": ("лично", "жеке", "person")}


@dataclass
class RegisterRow:
    number: int
    title: str
    group: str
    action: str  # add, match, reject
    settlement_id: str | None = None
    category: str = "other"
    requested: Decimal | None = None
    received_on: dt.date | None = None
    channel: str | None = None
    leader: str | None = None
    phone: str | None = None
    matched_id: str | None = None
    problems: list[Problem] = field(default_factory=list)

    def warn(self, code: str, message: str, params: dict[str, Any] | None = None) -> None:
        self.problems.append(Problem(code, message, params or {}, level="warning"))


@dataclass
class RegisterPreview:
    call_id: str
    table: Table
    rows: list[RegisterRow]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def has_problems(self) -> bool:
        return any(r.problems for r in self.rows)


def _word_match(text: str, words: Mapping[str, tuple[str, ...]]) -> str | None:
    folded = fold(text)
    return next((code for code, stems in words.items() if any(fold(stem) in folded for stem in stems)), None)


def preview(session: Session, call_id: str, path: Path | str, *, mapping: Mapping[str, int | str] | None = None,
            header_row: int | None = None, sheet: str | None = None) -> RegisterPreview:
    """Read the register and say what each row would do; writes nothing."""
    call = calls.get(session, call_id)
    table = read_table(path, FIELDS, mapping=mapping, header_row=header_row, sheet=sheet)
    settlements = SettlementMatcher(session)
    known = {(fold(title), fold(group or "")): app_id for app_id, title, group in session.execute(
        select(Application.id, Application.title, InitiativeGroup.name)
        .outerjoin(InitiativeGroup, InitiativeGroup.id == Application.group_id)
        .where(Application.call_id == call.id))}
    seen: dict[tuple[str, str], int] = {}
    rows = []
    for raw in table.rows:
        v = raw.values
        row = RegisterRow(raw.number, v.get("title", ""), v.get("group", ""), "add",
                          leader=v.get("leader") or None, phone=v.get("phone") or None)
        row.problems += [w.problem.as_warning() for w in raw.warnings]
        row.problems += [e.problem for e in raw.errors]
        if raw.errors:
            row.title, row.group = row.title[:80], row.group[:80]
        if not row.title:
            row.problems.append(Problem("register.title", "no project title"))
        if not row.group:
            row.problems.append(Problem("register.group", "no initiative group"))
        if any(p.level == "error" for p in row.problems):
            row.action = "reject"
            rows.append(row)
            continue
        key = (fold(row.title), fold(row.group))
        if key in known:
            row.action, row.matched_id = "match", known[key]
        elif key in seen:
            row.action = "match"
            row.warn("register.duplicate", f"the same application as row {seen[key]}", {"row": seen[key]})
        seen.setdefault(key, row.number)
        if v.get("settlement"):
            row.settlement_id = settlements.match(v["settlement"])
            if row.settlement_id is None:
                row.warn("register.settlement", f"unknown settlement {v['settlement']!r}", {"name": v["settlement"]})
        else:
            row.warn("register.no_settlement", "no settlement")
        if v.get("category"):
            category = _word_match(v["category"], CATEGORY_WORDS)
            row.category = category or "other"
            if category is None:
                row.warn("register.category", f"unknown category {v['category']!r}: taken as 'other'",
                         {"category": v["category"]})
        if v.get("channel"):
            row.channel = _word_match(v["channel"], CHANNEL_WORDS)
        if v.get("requested"):
            try:
                row.requested = check_money(v["requested"])
            except Invalid as exc:
                row.warn("register.amount", f"amount {v['requested']!r}: {exc.message}", {"amount": v["requested"]})
            else:
                if row.requested > call.max_grant:
                    row.warn("register.over_max", f"the amount {row.requested} is over the call's maximum grant "
                             f"{call.max_grant}", {"amount": row.requested, "max": call.max_grant})
        else:
            row.warn("register.no_amount", "no amount requested")
        if v.get("received_on"):
            try:
                row.received_on = parse_date(v["received_on"].split()[0])
            except ValueError:
                row.warn("register.date", f"received date {v['received_on']!r} cannot be read",
                         {"date": v["received_on"]})
            else:
                if not call.opens_on <= row.received_on <= call.deadline:
                    row.warn("register.received", f"received {row.received_on:%d.%m.%Y}, outside the call's dates "
                             f"{call.opens_on:%d.%m.%Y}–{call.deadline:%d.%m.%Y}",
                             {"date": row.received_on, "opens_on": call.opens_on, "deadline": call.deadline})
        rows.append(row)
    return RegisterPreview(call.id, table, rows)


@dataclass
class RegisterResult:
    added: list[str] = field(default_factory=list)
    submitted: list[str] = field(default_factory=list)


def commit(session: Session, register: RegisterPreview) -> RegisterResult:
    """Write the added rows: group (made if new), application, amounts; submitted when complete."""
    result = RegisterResult()
    for row in register.rows:
        if row.action != "add":
            continue
        try:
            group = applications.ensure_group(session, row.group, row.settlement_id, leader_name=row.leader,
                                              leader_phone=row.phone)
        except Invalid:  # an unreadable phone is not worth losing the application over
            group = applications.ensure_group(session, row.group, row.settlement_id, leader_name=row.leader)
        app = applications.create(session, register.call_id, title=row.title, category=row.category,
                                  group_id=group.id, settlement_id=row.settlement_id, received_on=row.received_on,
                                  channel=row.channel or "paper")
        if row.requested is not None:
            applications.set_amounts(session, app.id, requested=row.requested)
        result.added.append(app.id)
        if not [p for p in applications.check(session, app.id) if p.level == "error"]:
            workflow.submit(session, app.id, reason=reasons.coded("register.row", str(row.number)))
            result.submitted.append(app.id)
    return result
