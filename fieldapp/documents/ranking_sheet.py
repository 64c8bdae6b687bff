"""The ranking sheet of a call for the committee: the same rows as the ranking table and the CLI
(:func:`fieldapp.services.ranking.rows`), with the envelope, the running total and the suggested selection."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.documents import pdf
from fieldapp.formatting import format_money
from fieldapp.services import calls, ranking


def _points(value: Decimal | None, lang: str) -> str:
    if value is None:
        return ""
    return f"{value}" if lang == "en" else f"{value}".replace(".", ",")


def write_ranking_sheet(session: Session, call_id: str, path: Path | str, lang: str = "ru",
                        on: dt.date | None = None) -> Path:
    call = calls.get(session, call_id)
    t = pdf.Texts(lang, "competition")
    s = pdf.styles()
    rows = ranking.rows(session, call.id)
    selection = ranking.suggest(session, call.id, ranked=rows)
    approved = calls.approved_total(session, call.id)
    frame = pdf.PageFrame(calls.programme_name(session, call, lang), t("ranking.title"), call.code,
                          on or dt.date.today(), [t("summary.call", title=call.title)], t("page"), t("number"),
                          pagesize=pdf.LANDSCAPE)
    cell, bold = s["small"], s["cell_bold"]
    right = cell.clone("right", alignment=2)
    keys = ("col.rank", "col.number", "col.title", "col.settlement", "col.score_avg", "col.spread", "col.reviews",
            "col.requested", "col.running", "col.status", "col.suggested")
    data: list[list[object]] = [[Paragraph(pdf.escape(t(k)), s["small"]) for k in keys]]
    over_rows = []
    for index, row in enumerate(rows, start=1):
        rank = "" if row.rank is None else f"{row.rank}" + (" =" if row.tied else "")
        data.append([rank, Paragraph(pdf.escape(row.number), cell), Paragraph(pdf.escape(row.title), cell),
                     Paragraph(pdf.escape(calls.place_name(session, row.settlement_id, lang)), cell),
                     Paragraph(_points(row.score, lang), right), Paragraph(_points(row.spread, lang), right),
                     str(row.reviews),
                     format_money(row.requested, sign=False), format_money(row.running_total, sign=False),
                     Paragraph(pdf.escape(t(f"status.{row.status}")), cell),
                     t("yes") if row.suggested else ""])
        if row.status not in ranking.CLOSED and not row.within_envelope:
            over_rows.append(index)
    width = pdf.LANDSCAPE[0] - 2 * pdf.MARGIN
    fixed = [11 * mm, 26 * mm, 30 * mm, 22 * mm, 17 * mm, 13 * mm, 25 * mm, 27 * mm, 25 * mm, 18 * mm]
    widths = fixed[:2] + [width - sum(fixed)] + fixed[2:]
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, pdf.LINE),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (7, 1), (8, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("TEXTCOLOR", (0, i), (-1, i), pdf.MUTED) for i in over_rows]
    table.setStyle(TableStyle(style))
    summary = t("ranking.envelope", envelope=format_money(call.envelope), approved=format_money(approved),
                suggested=format_money(selection.total), count=len(selection.application_ids),
                remaining=format_money(selection.remaining))
    story = [Paragraph(pdf.escape(summary), bold), Spacer(1, 3 * mm), table, Spacer(1, 3 * mm),
             Paragraph(pdf.escape(t("ranking.note")), s["muted"])]
    return pdf.build(path, frame, story, subject=call.title)
