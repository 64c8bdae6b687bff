"""The ranking sheet of a call for the committee: the same rows as the ranking table and the CLI
(:func:`fieldapp.services.ranking.rows`), with the envelope, the running total and the suggested selection,
and the committee's signatures.

The running total counts what is approved or suggested; a row that does not fit (passed over, or not yet
scored) is grey in every cell and adds nothing, so the grey rows, the "suggested" mark and the running total
agree. Column widths come from the texts they hold, so neither a header nor a status is broken inside a word.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.catalogues import Texts
from fieldapp.documents import addressing, amounts, letterhead, pdf
from fieldapp.documents.signatures import Signer, signature_block
from fieldapp.services import calls, organisation, ranking, review

SIZE = 8.5


def write_ranking_sheet(session: Session, call_id: str, path: Path | str, lang: str = "ru",
                        on: dt.date | None = None) -> Path:
    call = calls.get(session, call_id)
    t = Texts(lang, "competition")
    s = pdf.styles()
    rows = ranking.rows(session, call.id)
    selection = ranking.suggest(session, call.id, ranked=rows)
    approved_count = sum(1 for r in rows if r.status == "approved")
    programme = organisation.programme_of_cycle(session, call.cycle_id)
    frame = pdf.PageFrame(letterhead.issuer(session, lang, programme), t("ranking.title"), call.code,
                          on or dt.date.today(), [t("summary.call", title=calls.title_in(call, lang))], t("page"),
                          t("number"), pagesize=pdf.LANDSCAPE)
    width = frame.text_width
    places = {r.settlement_id: calls.place_name(session, r.settlement_id, lang) for r in rows}
    statuses = [t(f"status.{status}") for status in {r.status for r in rows}]
    keys = ("col.rank", "col.number", "col.title", "col.settlement", "col.score_avg", "col.spread", "col.reviews",
            "col.requested", "col.running", "col.status", "col.suggested")
    fit = pdf.column_width
    numbers = [amounts.money(r.requested, lang, sign=False) for r in rows] + [
        amounts.money(r.running_total, lang, sign=False) for r in rows] + ["00 000 000,00"]
    fixed = {
        "col.rank": fit([f"{len(rows)} ="], pdf.FONT, SIZE, least=10 * mm),
        "col.number": fit([r.number for r in rows], pdf.FONT, SIZE, least=18 * mm, most=30 * mm),
        "col.settlement": fit(list(places.values()), pdf.FONT, SIZE, least=20 * mm, most=32 * mm),
        "col.score_avg": 17 * mm, "col.spread": 15 * mm, "col.reviews": 14 * mm,
        "col.requested": fit(numbers, pdf.FONT, SIZE, least=22 * mm),
        "col.running": fit(numbers, pdf.FONT, SIZE, least=24 * mm),
        "col.status": fit(statuses, pdf.FONT, SIZE, least=20 * mm, most=34 * mm),
        "col.suggested": fit([t("yes"), t("no")], pdf.FONT, SIZE, least=17 * mm),
    }
    # a header may shrink to 7.5 pt in a narrow column, never break inside a word
    fixed = {k: max(w, pdf.longest_word(t(k), pdf.FONT_BOLD, 7.5) + 8) for k, w in fixed.items()}
    widths = [fixed.get(k, 0) for k in keys]
    widths[2] = width - sum(widths)
    data: list[list[object]] = [[pdf.header_cell(t(k), widths[i], size=SIZE, align=2 if 4 <= i <= 8 else 0)
                                 for i, k in enumerate(keys)]]
    grey_rows = []
    for index, row in enumerate(rows, start=1):
        grey = not row.within_envelope and row.status not in ranking.CLOSED
        color = pdf.MUTED if grey else pdf.colors.black
        cell = ParagraphStyle(f"rank-{grey}", fontName=pdf.FONT, fontSize=SIZE, leading=SIZE * 1.22, textColor=color)
        right = ParagraphStyle(f"rank-r-{grey}", parent=cell, alignment=2)
        muted = ParagraphStyle(f"rank-m-{grey}", parent=cell, fontSize=7.5, leading=9, textColor=pdf.MUTED)
        rank = "" if row.rank is None else f"{row.rank}" + (" =" if row.tied else "")
        title = [Paragraph(pdf.escape(row.title), cell)]
        if row.group:
            title.append(Paragraph(pdf.escape(addressing.group_name(row.group, lang)), muted))
        data.append([
            Paragraph(rank, cell), Paragraph(pdf.escape(row.number), cell), title,
            Paragraph(pdf.escape(places[row.settlement_id]), cell),
            Paragraph(amounts.decimal(row.score, lang), right), Paragraph(amounts.decimal(row.spread, lang), right),
            Paragraph(str(row.reviews), right), Paragraph(amounts.money(row.requested, lang, sign=False), right),
            Paragraph(amounts.money(row.running_total, lang, sign=False) if row.within_envelope else "—", right),
            Paragraph(pdf.escape(t(f"status.{row.status}")), cell),
            Paragraph(t("yes") if row.suggested else "", cell),
        ])
        if grey:
            grey_rows.append(index)
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        pdf.TABLE_FONT,
        ("GRID", (0, 0), (-1, -1), 0.5, pdf.LINE),
        ("BACKGROUND", (0, 0), (-1, 0), pdf.SHADE),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), pdf.colors.HexColor("#F3F3F3")) for i in grey_rows]
    table.setStyle(TableStyle(style))
    values = {"envelope": amounts.money(call.envelope, lang), "approved": amounts.money(selection.approved, lang),
              "approved_count": approved_count, "suggested": amounts.money(selection.suggested_total, lang),
              "count": len(selection.application_ids), "remaining": amounts.money(selection.remaining, lang)}
    summary = t("ranking.envelope" if selection.application_ids else "ranking.envelope_decided", **values)
    members = [Signer(t("ranking.chair")), Signer(t("ranking.secretary"))] + [
        Signer(t("ranking.member"), user.name) for user in review.reviewers(session, call.id)]
    story: list[Flowable] = [
        Paragraph(pdf.escape(summary), s["cell_bold"]), Spacer(1, 3 * mm), table, Spacer(1, 3 * mm),
        Paragraph(pdf.escape(t("ranking.note")), s["muted"]), Spacer(1, 6 * mm),
        Paragraph(pdf.escape(t("ranking.protocol")), s["body"]), Spacer(1, 1 * mm),
        signature_block(members, lang, min(width, 210 * mm)),
    ]
    return pdf.build(path, frame, story, subject=call.title)
