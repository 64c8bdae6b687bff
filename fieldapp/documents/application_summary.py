"""The application summary for the committee: applicant, project, plans, budget (the totals of
:func:`fieldapp.services.budget.for_application`), beneficiaries and attachments, in the document language.

The leader's phone is printed in full only for the staff who work with applicants
(:func:`fieldapp.services.roles.may_see_contacts`); a committee member's copy shows it masked. A draft says
so in its header.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.catalogues import Texts
from fieldapp.documents import addressing, amounts, letterhead, pdf
from fieldapp.formatting import format_date, format_phone, masked_phone
from fieldapp.model import Activity, Application, GroupMember, InitiativeGroup, MonitoringIndicator, Person
from fieldapp.services import applications, budget, calls, organisation, roles

ITEM_WIDTH = 45 * mm  # a budget line's item is never narrower than this


def grid(data: list[list[object]], widths: list[float], total_row: bool = False, header: bool = True) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, pdf.LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), pdf.SHADE), ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
    if total_row:
        style.append(("FONT", (0, -1), (-1, -1), pdf.FONT_BOLD, 8.5))
    table.setStyle(TableStyle(style))
    return table


def _p(text: object, style: str = "cell") -> Paragraph:
    return pdf.para(text, style)


def write_application_summary(session: Session, application_id: str, path: Path | str, lang: str = "ru",
                              on: dt.date | None = None) -> Path:
    app = applications.get(session, application_id)
    call = calls.get(session, app.call_id)
    t = Texts(lang, "competition")
    s = pdf.styles()
    group = session.get(InitiativeGroup, app.group_id) if app.group_id else None
    leader = session.get(Person, group.leader_id) if group and group.leader_id else None
    members = [p.full_name for p in session.scalars(
        select(Person).join(GroupMember, GroupMember.person_id == Person.id)
        .where(GroupMember.group_id == app.group_id))] if group else []
    programme = organisation.programme_of_cycle(session, call.cycle_id)
    header = [t("summary.call", title=calls.title_in(call, lang))]
    if app.status == "draft":
        header.append(t("summary.draft_mark"))
    frame = pdf.PageFrame(letterhead.issuer(session, lang, programme), t("summary.title"), applications.number(app),
                          on or dt.date.today(), header, t("page"), t("number"))
    width = frame.text_width

    def facts(rows: list[tuple[str, str]]) -> Table:
        return grid([[_p(t(k), "cell_bold"), _p(v or "—")] for k, v in rows], [55 * mm, width - 55 * mm],
                    header=False)

    phone = ""
    if leader is not None and leader.phone:
        phone = format_phone(leader.phone) if roles.may_see_contacts(session) else masked_phone(leader.phone)
    story: list[Flowable] = [Paragraph(pdf.escape(app.title), s["h1"]),
                             Paragraph(pdf.escape(t("summary.applicant")), s["h2"])]
    story.append(facts([
        ("summary.group", addressing.group_name(group.name, lang) if group else ""),
        ("summary.leader", (leader.full_name + (f", {phone}" if phone else "")) if leader else ""),
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
        widths = [width - 80 * mm, 40 * mm, 40 * mm]
        story.append(grid([[pdf.header_cell(t(k), widths[i]) for i, k in enumerate(
            ("col.activity", "col.period", "col.responsible"))]] + [
            [_p(a.activity), _p(" – ".join(format_date(d) for d in (a.starts_on, a.ends_on) if d)),
             _p(a.responsible or "")] for a in activities], widths))
    indicators = applications.rows_of(session, MonitoringIndicator, app.id)
    if indicators:
        story.append(Paragraph(pdf.escape(t("summary.monitoring")), s["h2"]))
        keys = ("col.indicator", "col.baseline", "col.target", "col.verification")
        widths = [width - 105 * mm, 25 * mm, 25 * mm, 55 * mm]
        story.append(grid([[pdf.header_cell(t(k), widths[i]) for i, k in enumerate(keys)]] + [
            [_p(i.indicator), _p(i.baseline or ""), _p(i.target or ""), _p(i.verification or "")]
            for i in indicators], widths))
    story.append(_budget(session, app, t, width))
    counts = applications.beneficiaries(session, app.id)
    story.append(KeepTogether([Paragraph(pdf.escape(t("summary.beneficiaries")), s["h2"])] + [
        _p(t("beneficiaries.row", kind=t(f"beneficiaries.{kind}"), total=counts.get(kind, 0),
             women=counts.get(f"{kind}_F", 0), men=counts.get(f"{kind}_M", 0)), "body")
        for kind in ("direct", "indirect")]))
    files = applications.attachments(session, app.id)
    story.append(Paragraph(pdf.escape(t("summary.attachments")), s["h2"]))
    if files:
        story.append(grid([[pdf.header_cell(t("col.kind"), 50 * mm), pdf.header_cell(t("col.file"), width - 50 * mm)]]
                          + [[_p(t(f"attachment.{f.kind}")), _p(f"{f.file_name} ({f.size // 1024 + 1} KB)")]
                             for f in files], [50 * mm, width - 50 * mm]))
    else:
        story.append(_p(t("summary.none"), "body"))
    return pdf.build(path, frame, story, subject=app.title)


def _quantity(value: Decimal, lang: str) -> str:
    return amounts.decimal(value.normalize(), lang)


def _budget(session: Session, app: Application, t: Texts, width: float) -> Flowable:
    lang = t.lang
    totals = budget.for_application(session, app)
    lines = budget.lines_of(session, app.id)
    keys = ("col.item", "col.unit", "col.quantity", "col.unit_cost", "col.cost", "col.grant", "col.cofunding",
            "col.inkind")
    money_of = [amounts.money(v, lang, sign=False) for line, cost in zip(lines, totals.line_costs, strict=False)
                for v in (line.unit_cost, cost, line.requested, line.cofunding, line.inkind)]
    money_of += [amounts.money(v, lang, sign=False)
                 for v in (totals.total, totals.requested, totals.cofunding, totals.inkind)]
    units = [line.unit or "" for line in lines]
    unit_width = pdf.column_width(units + [t("col.unit")], pdf.FONT, 8.5, least=11 * mm, most=20 * mm)
    # the item keeps at least ITEM_WIDTH; amounts never wrap, so long amounts get smaller type instead
    size = 8.5
    room = (width - ITEM_WIDTH - unit_width - 15 * mm) / 5
    while size > 6 and pdf.column_width(money_of, pdf.FONT_BOLD, size) > room:
        size -= 0.25
    money_width = max(pdf.column_width(money_of, pdf.FONT_BOLD, size, least=20 * mm), min(room, 20 * mm))
    fixed = [unit_width, 15 * mm] + [money_width] * 5
    widths = [width - sum(fixed)] + fixed
    money = ParagraphStyle(f"money-{size}", fontName=pdf.FONT, fontSize=size, leading=size * 1.25, alignment=2)
    total = ParagraphStyle(f"money-total-{size}", parent=money, fontName=pdf.FONT_BOLD)
    rows: list[list[object]] = [[pdf.header_cell(t(k), widths[i], align=2 if i >= 2 else 0)
                                 for i, k in enumerate(keys)]]
    for line, cost in zip(lines, totals.line_costs, strict=False):
        rows.append([_p(line.item, "small"), _p(line.unit or "", "small"),
                     _p(_quantity(line.quantity, lang), "small_right")] + [
            Paragraph(amounts.money(v, lang, sign=False), money)
            for v in (line.unit_cost, cost, line.requested, line.cofunding, line.inkind)])
    rows.append([_p(t("budget.total"), "cell_bold"), "", "", ""] + [
        Paragraph(amounts.money(v, lang, sign=False), total)
        for v in (totals.total, totals.requested, totals.cofunding, totals.inkind)])
    table = grid(rows, widths, total_row=True)
    table.setStyle(TableStyle([("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                               ("LEFTPADDING", (1, 0), (-1, -1), 3), ("RIGHTPADDING", (1, 0), (-1, -1), 3)]))
    notes = [_p(t("budget.share", share=amounts.percent(totals.requested_share, lang)), "small")]
    if totals.volunteer_hours:
        notes.append(_p(t("budget.volunteer_hours", hours=totals.volunteer_hours), "small"))
    return KeepTogether([Paragraph(pdf.escape(t("summary.budget")), pdf.styles()["h2"]), table, Spacer(1, 2 * mm),
                         *notes])
