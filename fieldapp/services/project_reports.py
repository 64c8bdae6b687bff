"""Grantee reports (progress, completion): actual spending per budget line against the budget, co-funding and
volunteer time delivered, beneficiaries reached by sex and age group, and their acceptance by an officer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.model import Agreement, BudgetLine, ProjectReport, ReportBeneficiaries, ReportSpending
from fieldapp.problems import FormInvalid, Invalid
from fieldapp.services import completion, settings

KINDS = ("progress", "completion")
SEXES = ("F", "M")
AGE_GROUPS = ("0-17", "18-29", "30-59", "60+")


@dataclass(frozen=True)
class BudgetRow:
    budget_line_id: str
    item: str
    budget: Decimal  # the grant's part of the line
    spent: Decimal


@dataclass(frozen=True)
class ReportData:
    agreement_id: str
    kind: str
    submitted_on: dt.date
    spending: tuple[tuple[str, Decimal], ...] = ()  # budget line id, spent
    cofunding_delivered: Decimal = Decimal("0.00")
    volunteer_hours: int = 0
    beneficiaries: tuple[tuple[str, str, int], ...] = ()  # sex, age group, count
    narrative: str | None = None


@dataclass(frozen=True)
class ReportForm:
    id: str | None
    data: ReportData | None
    lines: tuple[BudgetRow, ...]
    accepted_on: dt.date | None
    spent_total: Decimal


def report_form(session: Session, report_id: str | None, agreement_id: str | None = None) -> ReportForm:
    report = session.get(ProjectReport, report_id) if report_id else None
    if report_id and report is None:
        raise Invalid("report.unknown", f"No such report: {report_id}", params={"id": report_id})
    agreement_id = report.agreement_id if report else agreement_id
    agreement = session.get(Agreement, agreement_id) if agreement_id else None
    if agreement is None:
        raise Invalid("visit.agreement", "Choose the project's agreement", field="agreement_id")
    spent = {r.budget_line_id: r.spent for r in session.scalars(
        select(ReportSpending).where(ReportSpending.report_id == report_id))} if report else {}
    lines = tuple(BudgetRow(b.id, b.item, b.requested, spent.get(b.id, Decimal("0.00"))) for b in session.scalars(
        select(BudgetLine).where(BudgetLine.application_id == agreement.application_id)
        .order_by(BudgetLine.position)))
    data = None
    if report is not None:
        people = tuple((b.sex, b.age_group, b.count) for b in session.scalars(
            select(ReportBeneficiaries).where(ReportBeneficiaries.report_id == report.id)))
        data = ReportData(report.agreement_id, report.kind, report.submitted_on, tuple(spent.items()),
                          report.cofunding_delivered, report.volunteer_hours, people, report.narrative)
    return ReportForm(report.id if report else None, data, lines, report.accepted_on if report else None,
                      report.spent_amount if report else Decimal("0.00"))


def save_report(session: Session, report_id: str | None, data: ReportData) -> str:
    """Create or update a grantee report; an accepted report is not changed."""
    errors: dict[str, Invalid] = {}
    if data.kind not in KINDS:
        errors["kind"] = Invalid("choice.unknown", f"Unknown kind {data.kind!r}", field="kind",
                                 params={"value": data.kind})
    if any(amount < 0 for _line, amount in data.spending) or data.cofunding_delivered < 0:
        errors["spending"] = Invalid("number.negative", "Not below zero", field="spending")
    if data.volunteer_hours < 0 or any(count < 0 for *_k, count in data.beneficiaries):
        errors["beneficiaries"] = Invalid("number.negative", "Not below zero", field="beneficiaries")
    if any(sex not in SEXES or age not in AGE_GROUPS for sex, age, _count in data.beneficiaries):
        errors["beneficiaries"] = Invalid("choice.unknown", "Unknown sex or age group", field="beneficiaries",
                                          params={"value": ""})
    if errors:
        raise FormInvalid(errors)
    if report_id:
        report = session.get(ProjectReport, report_id)
        if report is None or report.deleted_at is not None:
            raise Invalid("report.unknown", f"No such report: {report_id}", params={"id": report_id})
        if report.accepted_on is not None:
            raise Invalid("report.accepted", "An accepted report is not changed")
    else:
        report = ProjectReport(agreement_id=data.agreement_id, kind=data.kind, submitted_on=data.submitted_on)
        session.add(report)
    report.kind, report.submitted_on = data.kind, data.submitted_on
    report.cofunding_delivered, report.volunteer_hours = data.cofunding_delivered, data.volunteer_hours
    report.narrative = (data.narrative or "").strip() or None
    report.spent_amount = sum((amount for _line, amount in data.spending), Decimal("0.00"))
    by_sex = {"F": 0, "M": 0}
    for sex, _age, count in data.beneficiaries:
        by_sex[sex] += count
    report.beneficiaries_direct = sum(by_sex.values())
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    old_spending = {r.budget_line_id: r for r in session.scalars(
        select(ReportSpending).where(ReportSpending.report_id == report.id))}
    for line_id, amount in data.spending:
        row = old_spending.pop(line_id, None) or ReportSpending(report_id=report.id, budget_line_id=line_id)
        row.spent = amount
        session.add(row)
    for gone in old_spending.values():
        gone.deleted_at = now
    old_people = {(r.sex, r.age_group): r for r in session.scalars(
        select(ReportBeneficiaries).where(ReportBeneficiaries.report_id == report.id))}
    for sex, age, count in data.beneficiaries:
        person_row = old_people.pop((sex, age), None) or ReportBeneficiaries(report_id=report.id, sex=sex,
                                                                             age_group=age)
        person_row.count = count
        session.add(person_row)
    for gone_people in old_people.values():
        gone_people.deleted_at = now
    session.flush()
    completion.settle(session, report.agreement_id)
    return report.id


def accept_report(session: Session, report_id: str, on: dt.date | None = None) -> None:
    """The officer accepts a report (the tranche rules read ``accepted_on``)."""
    report = session.get(ProjectReport, report_id)
    if report is None or report.deleted_at is not None:
        raise Invalid("report.unknown", f"No such report: {report_id}", params={"id": report_id})
    if report.accepted_on is not None:
        raise Invalid("report.accepted", "An accepted report is not changed")
    report.accepted_on = on or dt.date.today()
    report.accepted_by = settings.current_user_id(session)
    session.flush()
    completion.settle(session, report.agreement_id)  # an accepted completion report may close the last gap


@dataclass(frozen=True)
class ReportRow:
    id: str
    agreement_id: str
    project: str
    title: str
    kind: str
    submitted_on: dt.date
    spent: Decimal
    budget: Decimal
    beneficiaries: int
    accepted_on: dt.date | None


def report_rows(session: Session) -> list[ReportRow]:
    from sqlalchemy import func

    from fieldapp.model import Application

    rows = session.execute(
        select(ProjectReport, func.coalesce(Agreement.number, Agreement.draft_number), Application.title,
               Agreement.amount)
        .join(Agreement, Agreement.id == ProjectReport.agreement_id)
        .join(Application, Application.id == Agreement.application_id)
        .order_by(ProjectReport.submitted_on.desc())).all()
    return [ReportRow(r.id, r.agreement_id, number, title, r.kind, r.submitted_on, r.spent_amount, amount,
                      r.beneficiaries_direct + r.beneficiaries_indirect, r.accepted_on)
            for r, number, title, amount in rows]
