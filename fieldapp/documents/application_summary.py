"""The application summary for the committee: applicant, project, plans, budget (the totals of
:func:`fieldapp.services.budget.for_application`), beneficiaries and attachments, in the document language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.documents import pdf
from fieldapp.formatting import format_date, format_money
from fieldapp.model import Activity, GroupMember, InitiativeGroup, MonitoringIndicator, Person
from fieldapp.services import applications, budget, calls


def grid(data: list[list[object]], widths: list[float], total_row: bool = False, header: bool = True) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, pdf.LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")))
    if total_row:
        style.append(("FONT", (0, -1), (-1, -1), pdf.FONT_BOLD, 8.5))
    table.setStyle(TableStyle(style))
    return table


def _p(text: object, style: str = "cell") -> Paragraph:
    return Paragraph(pdf.escape(text).replace("\n", "<br/>"), pdf.styles()[style])


def _money(amount: object) -> str:
    """Amounts are plain cell strings: they never wrap inside a number."""
    return format_money(amount, sign=False)  # type: ignore[arg-type]


def write_application_summary(session: Session, application_id: str, path: Path | str, lang: str = "ru",
                              on: dt.date | None = None) -> Path:
    app = applications.get(session, application_id)
    call = calls.get(session, app.call_id)
    t = pdf.Texts(lang, "competition")
    s = pdf.styles()
    group = session.get(InitiativeGroup, app.group_id) if app.group_id else None
    leader = session.get(Person, group.leader_id) if group and group.leader_id else None
    members = [p.full_name for p in session.scalars(
        select(Person).join(GroupMember, GroupMember.person_id == Person.id)
        .where(GroupMember.group_id == app.group_id))] if group else []
    width = pdf.PORTRAIT[0] - 2 * pdf.MARGIN
    frame = pdf.PageFrame(calls.programme_name(session, call, lang), t("summary.title"), applications.number(app),
                          on or dt.date.today(), [t("summary.call", title=call.title), app.title],
                          t("page"), t("number"))

    def facts(rows: list[tuple[str, str]]) -> Table:
        return grid([[_p(t(k), "cell_bold"), _p(v or "—")] for k, v in rows], [55 * mm, width - 55 * mm],
                    header=False)

    story: list[Flowable] = [Paragraph(pdf.escape(app.title), s["h1"]), Paragraph(pdf.escape(t("summary.applicant")),
                                                                                s["h2"])]
    story.append(facts([
        ("summary.group", group.name if group else ""),
        ("summary.leader", (leader.full_name + (f", {leader.phone}" if leader.phone else "")) if leader else ""),
        ("summary.members", ", ".join(members)),
        ("summary.settlement", calls.place_name(session, app.settlement_id, lang)),
        ("summary.received", " — ".join(v for v in (format_date(app.received_on),
                                                    t(f"channel.{app.channel}") if app.channel else "") if v)),
        ("col.status", t(f"status.{app.status}")),
    ]))
    story.append(Paragraph(pdf.escape(t("summary.project")), s["h2"]))
    story.append(facts([
        ("summary.category", t(f"category.{app.category}")),
        ("summary.start", t("summary.months", start=format_date(app.starts_on), months=app.duration_months)
         if app.starts_on and app.duration_months else format_date(app.starts_on)),
        ("summary.problem", app.problem or ""), ("summary.goal", app.goal or ""),
        ("summary.objectives", app.objectives or ""), ("summary.participation", app.community_participation or ""),
        ("summary.inclusion", app.inclusion or ""), ("summary.risks", app.risks or ""),
        ("summary.sustainability", app.sustainability or ""),
    ]))
    activities = applications.rows_of(session, Activity, app.id)
    if activities:
        story.append(Paragraph(pdf.escape(t("summary.activities")), s["h2"]))
        story.append(grid([[_p(t(k), "cell_bold") for k in ("col.activity", "col.period", "col.responsible")]] + [
            [_p(a.activity), _p(" – ".join(format_date(d) for d in (a.starts_on, a.ends_on) if d)),
             _p(a.responsible or "")] for a in activities], [width - 80 * mm, 40 * mm, 40 * mm]))
    indicators = applications.rows_of(session, MonitoringIndicator, app.id)
    if indicators:
        story.append(Paragraph(pdf.escape(t("summary.monitoring")), s["h2"]))
        keys = ("col.indicator", "col.baseline", "col.target", "col.verification")
        story.append(grid([[_p(t(k), "cell_bold") for k in keys]] + [
            [_p(i.indicator), _p(i.baseline or ""), _p(i.target or ""), _p(i.verification or "")]
            for i in indicators], [width - 105 * mm, 25 * mm, 25 * mm, 55 * mm]))
    story.append(_budget(session, app, t, width))
    counts = applications.beneficiaries(session, app.id)
    story.append(KeepTogether([Paragraph(pdf.escape(t("summary.beneficiaries")), s["h2"])] + [
        _p(t("beneficiaries.row", kind=t(f"beneficiaries.{kind}"), total=counts.get(kind, 0),
             women=counts.get(f"{kind}_F", 0), men=counts.get(f"{kind}_M", 0)), "body")
        for kind in ("direct", "indirect")]))
    files = applications.attachments(session, app.id)
    story.append(Paragraph(pdf.escape(t("summary.attachments")), s["h2"]))
    if files:
        story.append(grid([[_p(t("col.kind"), "cell_bold"), _p(t("col.file"), "cell_bold")]] + [
            [_p(t(f"attachment.{f.kind}")), _p(f"{f.file_name} ({f.size // 1024 + 1} KB)")] for f in files], [50 * mm, width - 50 * mm]))
    else:
        story.append(_p(t("summary.none"), "body"))
    return pdf.build(path, frame, story, subject=app.title)


def _quantity(value: Decimal, lang: str) -> str:
    text = f"{value.normalize():f}"
    return text if lang == "en" else text.replace(".", ",")


def _budget(session: Session, app: object, t: pdf.Texts, width: float) -> Flowable:
    totals = budget.for_application(session, app)  # type: ignore[arg-type]
    lines = budget.lines_of(session, app.id)  # type: ignore[attr-defined]
    keys = ("col.item", "col.unit", "col.quantity", "col.unit_cost", "col.cost", "col.grant", "col.cofunding",
            "col.inkind")
    rows: list[list[object]] = [[_p(t(k), "cell_bold") for k in keys]]
    for line, cost in zip(lines, totals.line_costs, strict=False):
        rows.append([_p(line.item), _p(line.unit or ""), _p(_quantity(line.quantity, t.lang)),
                     _money(line.unit_cost), _money(cost), _money(line.requested), _money(line.cofunding),
                     _money(line.inkind)])
    rows.append([_p(t("budget.total"), "cell_bold"), "", "", "", _money(totals.total), _money(totals.requested),
                 _money(totals.cofunding), _money(totals.inkind)])
    fixed = [12 * mm, 16 * mm, 21 * mm, 23 * mm, 22 * mm, 21 * mm, 21 * mm]
    table = grid(rows, [width - sum(fixed)] + fixed, total_row=True)
    table.setStyle(TableStyle([("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("FONTSIZE", (3, 1), (-1, -1), 8),
                               ("LEFTPADDING", (2, 0), (-1, -1), 3), ("RIGHTPADDING", (2, 0), (-1, -1), 3)]))
    notes = [_p(t("budget.share", share=totals.requested_share), "small")]
    if totals.volunteer_hours:
        notes.append(_p(t("budget.volunteer_hours", hours=totals.volunteer_hours), "small"))
    return KeepTogether([Paragraph(pdf.escape(t("summary.budget")), pdf.styles()["h2"]), table, Spacer(1, 2 * mm),
                         *notes])
