"""The attendance summary of a training: per session and in total (distinct people), by sex and age group.
Every figure comes from :mod:`fieldapp.services.counting`, like the check-in counter and the reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.documents import pdf
from fieldapp.formatting import format_date
from fieldapp.services import counting, trainings


@dataclass(frozen=True)
class SessionLine:
    label: str
    checked: bool
    tally: counting.Tally


@dataclass(frozen=True)
class AttendanceSummary:
    programme: str
    training_number: str | None
    training_title: str
    place: str
    sessions: list[SessionLine]
    total: counting.Tally


def attendance_summary(session: Session, training_id: str, lang: str) -> AttendanceSummary:
    training = trainings.get_live(session, training_id)
    per_session, total = counting.training_tally(session, training_id)
    lines = [SessionLine(f"{i}. {format_date(s.starts_at)}" + (f" {s.title}" if s.title else ""),
                         s.checked_against_sheet, tally) for i, (s, tally) in enumerate(per_session, start=1)]
    place = ", ".join(v for v in (training.venue, trainings.settlement_name(session, training.settlement_id, lang))
                      if v)
    return AttendanceSummary(trainings.programme_name(session, training_id, lang), training.number, training.title,
                             place, lines, total)


def _grid(data: list[list[object]], widths: list[float]) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 9),
        ("FONT", (0, 0), (-1, 0), pdf.FONT_BOLD, 8.5),
        ("FONT", (0, -1), (-1, -1), pdf.FONT_BOLD, 9),
        ("GRID", (0, 0), (-1, -1), 0.5, pdf.LINE),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def write_attendance_summary(summary: AttendanceSummary, path: Path | str, lang: str = "ru",
                             on: dt.date | None = None) -> Path:
    t = pdf.Texts(lang)
    s = pdf.styles()
    low, high = counting.YOUTH_AGES
    frame = pdf.PageFrame(summary.programme, t("summary.title"), summary.training_number, on or dt.date.today(),
                          [t("summary.training", title=summary.training_title),
                           t("summary.place", place=summary.place or "—")], t("page"), t("number"), pdf.LANDSCAPE)
    keys = ["col.registered", "col.present", "col.late", "col.left_early", "col.women", "col.men",
            "col.sex_unknown"]
    head = [Paragraph(pdf.escape(t("col.session")), s["cell_bold"])] + [
        Paragraph(pdf.escape(t(k)), s["small"]) for k in keys] + [
        Paragraph(pdf.escape(t("col.youth", low=low, high=high)), s["small"])]

    def figures(tally: counting.Tally) -> list[object]:
        return [tally.registered, tally.present, tally.late, tally.left_early, tally.women, tally.men,
                tally.sex_unknown, tally.youth]

    rows: list[list[object]] = [head]
    for line in summary.sessions:
        mark = " ✓" if line.checked else ""
        rows.append([Paragraph(pdf.escape(line.label + mark), s["cell"])] + figures(line.tally))
    rows.append([Paragraph(pdf.escape(t("summary.total")), s["cell_bold"])] + figures(summary.total))
    width = pdf.LANDSCAPE[0] - 2 * pdf.MARGIN
    per_session = _grid(rows, [width - 8 * 24 * mm] + [24 * mm] * 8)

    ages = [[Paragraph(pdf.escape(t(k)), s["cell_bold"]) for k in ("col.age_group", "col.people", "col.women",
                                                                  "col.men")]]
    for label, count in summary.total.by_age.items():
        name = t("age.unknown") if label == counting.UNKNOWN_AGE else label
        ages.append([name, count, summary.total.by_age_women[label], summary.total.by_age_men[label]])
    ages.append([t("summary.total"), summary.total.present, summary.total.women, summary.total.men])
    by_age = _grid(ages, [width - 3 * 24 * mm, 24 * mm, 24 * mm, 24 * mm])
    story = [
        Paragraph(pdf.escape(t("summary.per_session")), s["h2"]), per_session,
        Paragraph(pdf.escape("✓ — " + t("checked")), s["muted"]),
        Spacer(1, 4 * mm),
        Paragraph(pdf.escape(t("summary.by_age")), s["h2"]), by_age,
    ]
    return pdf.build(path, frame, story, subject=summary.training_title)
