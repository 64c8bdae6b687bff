"""The donor report of a cycle: key figures, charts by settlement and by month, the funded projects with their
amounts, status and beneficiaries, the trainings with their participation — in Russian, Kazakh or English.

The figures are ``services/dashboard.figures`` and the tables the rows of ``exports/tables`` (the same lines
as the XLSX and CSV), so the report, the screen and the files agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.catalogues import Texts
from fieldapp.documents import letterhead, pdf
from fieldapp.exports import tables
from fieldapp.formatting import format_count, format_date, format_money
from fieldapp.services import dashboard, organisation

ACCENT = colors.HexColor("#2F6DB5")
SECOND = colors.HexColor("#E08A2E")


@dataclass(frozen=True)
class DonorReport:
    issuer: pdf.Issuer
    cycle_name: str
    starts_on: dt.date
    ends_on: dt.date | None
    figures: dict[str, Any]
    summary: list[list[Any]]  # (figure, value) lines, as the XLSX's first sheet
    projects: tables.Table
    trainings: tables.Table


def donor_report(session: Session, cycle_id: str, lang: str, today: dt.date | None = None) -> DonorReport:
    cycle = dashboard.find_cycle(session, cycle_id)
    where = tables.ExportFilter(cycle.id)
    t = Texts(lang, tables.CATALOGUE)
    found = {table.name: table for table in tables.tables(session, where, lang, only=("agreements", "trainings"))}
    programme = organisation.programme_of_cycle(session, cycle.id)
    figures = dashboard.figures(session, cycle.id, today)
    return DonorReport(letterhead.issuer(session, lang, programme), cycle.name, cycle.starts_on, cycle.ends_on,
                       figures, tables.figure_rows(session, where, t, figures), found["agreements"],
                       found["trainings"])


def _value(value: Any, lang: str) -> str:
    """A figure or cell as the report prints it in ``lang``: money and counts with their thousands grouped alike
    (``1 234 567,50 ₸`` and ``7 461`` in Russian and Kazakh, ``1,234,567.50 ₸`` and ``7,461`` in English)."""
    if isinstance(value, Decimal):
        return format_money(value, lang=lang)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return format_count(value, lang)
    if value is None:
        return ""
    return str(value)


def _table(table: tables.Table, keep: list[int], widths: list[float], s: dict[str, Any], lang: str,
           total: list[Any] | None = None) -> Table:
    numeric = [table.columns[i].kind in ("money", "int") for i in keep]
    # headers wrap between words only («Қамтылған пайда алушылар», not «Қамтылға н»)
    head = [pdf.header_cell(table.columns[i].header, widths[j], bold=False, align=2 if numeric[j] else 0, padding=12)
            for j, i in enumerate(keep)]
    rows: list[list[Any]] = [head]
    for row in table.rows:
        rows.append([Paragraph(pdf.escape(_value(row[i], lang)), s["small"]) if not num else _value(row[i], lang)
                     for i, num in zip(keep, numeric, strict=True)])
    if total is not None:
        rows.append(total)
    grid = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 8),
        ("GRID", (0, 0), (-1, -1), 0.4, pdf.LINE),
        ("BACKGROUND", (0, 0), (-1, 0), pdf.SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, num in enumerate(numeric) if num]
    if total is not None:
        style.append(("FONT", (0, -1), (-1, -1), pdf.FONT_BOLD, 8))
    grid.setStyle(TableStyle(style))
    return grid


def settlement_chart(figures: dict[str, Any], lang: str, t: Texts, width: float) -> Drawing:
    """Projects funded and participants per settlement: horizontal bars, as on the dashboard."""
    rows = figures["by_settlement"]
    names = [r.get(f"name_{lang}") or r["name_ru"] or "—" for r in rows]
    height = max(len(rows), 1) * 16 * mm + 16 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 40 * mm, 6 * mm
    chart.width, chart.height = width - 55 * mm, height - 18 * mm
    chart.data = [[r["funded"] for r in rows][::-1] or [0], [r["participants"] for r in rows][::-1] or [0]]
    chart.categoryAxis.categoryNames = names[::-1] or [""]
    chart.categoryAxis.labels.fontName = pdf.FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = pdf.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = ACCENT
    chart.bars[1].fillColor = SECOND
    chart.barLabelFormat = lambda v: format_count(int(v), lang)
    chart.barLabels.fontName = pdf.FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(_legend([(ACCENT, t("donor.chart_funded")), (SECOND, t("donor.chart_participants"))],
                        40 * mm, height - 3 * mm))
    return drawing


def timeline_chart(figures: dict[str, Any], t: Texts, width: float) -> Drawing:
    """Applications received and money paid (million ₸) per month."""
    months = figures["timeline"]
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 14 * mm
    chart.width, chart.height = width - 20 * mm, height - 26 * mm
    chart.data = [[m["applications"] for m in months] or [0],
                  [float(m["paid"]) / 1_000_000 for m in months] or [0]]
    chart.categoryAxis.categoryNames = [m["month"] for m in months] or [""]
    chart.categoryAxis.labels.fontName = pdf.FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = pdf.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = ACCENT
    chart.bars[1].fillColor = SECOND
    drawing.add(chart)
    drawing.add(_legend([(ACCENT, t("donor.chart_applications")), (SECOND, t("donor.chart_paid"))],
                        14 * mm, height - 3 * mm))
    return drawing


def _legend(items: list[tuple[Any, str]], x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = pdf.FONT
    legend.fontSize = 8
    legend.dxTextSpace = 4
    legend.deltax = 60 * mm
    legend.colorNamePairs = items
    return legend


def write_donor_report(report: DonorReport, path: Path | str, lang: str = "ru", on: dt.date | None = None) -> Path:
    t = Texts(lang, tables.CATALOGUE)
    s = pdf.styles()
    on = on or dt.date.today()
    period = t("donor.period", start=format_date(report.starts_on), end=format_date(report.ends_on) or "…")
    frame = pdf.PageFrame(report.issuer, t("donor.title"), None, on,
                          [t("donor.cycle", name=report.cycle_name), period], t("page"), t("number"), pdf.LANDSCAPE)
    width = frame.text_width
    summary_rows = [[Paragraph(pdf.escape(name), s["cell"]), _value(value, lang)] for name, value in report.summary]
    summary = Table(summary_rows, colWidths=[120 * mm, 50 * mm], hAlign="LEFT")
    summary.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), pdf.FONT, 9), ("GRID", (0, 0), (-1, -1), 0.4, pdf.LINE),
                                 ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story: list[Flowable] = [
        Paragraph(pdf.escape(t("donor.summary")), s["h2"]), summary,
        Paragraph(pdf.escape(t("donor.note", date=format_date(on))), s["muted"]),
        KeepTogether([Paragraph(pdf.escape(t("donor.by_settlement")), s["h2"]),
                      settlement_chart(report.figures, lang, t, width)]),
        KeepTogether([Paragraph(pdf.escape(t("donor.timeline")), s["h2"]), timeline_chart(report.figures, t, width)]),
        Paragraph(pdf.escape(t("donor.projects")), s["h2"]),
    ]
    projects = report.projects
    if projects.rows:
        # number, project, settlement, amount, paid, status, beneficiaries
        keep = [0, 1, 2, 3, 4, 8, 9]
        widths = [30 * mm, width - 170 * mm, 34 * mm, 30 * mm, 30 * mm, 24 * mm, 22 * mm]
        amount = sum((r[3] or Decimal(0) for r in projects.rows), Decimal(0))
        paid = sum((r[4] or Decimal(0) for r in projects.rows), Decimal(0))
        reached = sum(r[9] or 0 for r in projects.rows)
        total = [t("donor.total"), "", "", format_money(amount, lang=lang), format_money(paid, lang=lang), "",
                 format_count(reached, lang)]
        story.append(_table(projects, keep, widths, s, lang, total))
    else:
        story.append(Paragraph(pdf.escape(t("donor.none")), s["body"]))
    story.append(Paragraph(pdf.escape(t("donor.trainings")), s["h2"]))
    trainings = report.trainings
    if trainings.rows:
        # number, title, settlement, first session, sessions, participants
        keep = [0, 1, 3, 5, 6, 7]
        widths = [30 * mm, width - 140 * mm, 34 * mm, 26 * mm, 22 * mm, 28 * mm]
        story.append(_table(trainings, keep, widths, s, lang))
    else:
        story.append(Paragraph(pdf.escape(t("donor.none")), s["body"]))
    story.append(Spacer(1, 4 * mm))
    by_sex = report.figures["participants_by_sex"]
    by_age = report.figures["participants_by_age"]
    people = [[t("col.people"), *[t(f"value.{sex}") for sex in by_sex]], ["", *[format_count(n, lang) for n in by_sex.values()]]]
    ages = [[t("value.unknown") if k == "unknown" else k for k in by_age], [format_count(n, lang) for n in by_age.values()]]
    people_table = Table(people, colWidths=[40 * mm] + [30 * mm] * len(by_sex))
    ages_table = Table(ages, colWidths=[width / len(by_age)] * len(by_age))
    for table in (people_table, ages_table):
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), pdf.FONT, 8.5), ("GRID", (0, 0), (-1, -1), 0.4, pdf.LINE),
                                   ("BACKGROUND", (0, 0), (-1, 0), pdf.SHADE), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story += [KeepTogether([Paragraph(pdf.escape(t("donor.participants")), s["h2"]), people_table,
                            Spacer(1, 2 * mm), ages_table])]
    return pdf.build(path, frame, story, subject=f"{t('donor.title')} — {report.cycle_name}")


__all__ = ["DonorReport", "donor_report", "write_donor_report", "String"]
