"""The attendance summary of a training: per session and in total (distinct people), by sex and age group,
certified by the trainer. Every figure comes from :mod:`fieldapp.services.counting`, like the check-in counter
and the reports; the total row's late arrivals and early leavers are the sums of the sessions'."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.catalogues import Texts
from fieldapp.documents import letterhead, pdf
from fieldapp.documents.signatures import Signer, signature_block
from fieldapp.formatting import format_date
from fieldapp.services import counting, organisation, trainings


@dataclass(frozen=True)
class SessionLine:
    label: str
    checked: bool
    tally: counting.Tally


@dataclass(frozen=True)
class AttendanceSummary:
    issuer: pdf.Issuer
    training_number: str | None
    training_title: str
    place: str
    trainers: list[str]
    sessions: list[SessionLine]
    total: counting.Tally


def attendance_summary(session: Session, training_id: str, lang: str) -> AttendanceSummary:
    training = trainings.get_live(session, training_id)
    per_session, total = counting.training_tally(session, training_id)
    lines = [SessionLine(f"{i}. {format_date(s.starts_at)}" + (f" {s.title}" if s.title else ""),
                         s.checked_against_sheet, tally) for i, (s, tally) in enumerate(per_session, start=1)]
    place = ", ".join(v for v in (trainings.venue_in(training, lang),
                                  trainings.settlement_name(session, training.settlement_id, lang)) if v)
    programme = organisation.programme_of_cycle(session, training.cycle_id)
    return AttendanceSummary(letterhead.issuer(session, lang, programme), training.number,
                             trainings.title_in(training, lang), place, trainings.trainer_names(session, training_id),
                             lines, total)


def _grid(data: list[list[object]], widths: list[float]) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 9),
        ("FONT", (0, -1), (-1, -1), pdf.FONT_BOLD, 9),
        ("GRID", (0, 0), (-1, -1), 0.5, pdf.LINE),
        ("BACKGROUND", (0, 0), (-1, 0), pdf.SHADE),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
    ]))
    return table


def write_attendance_summary(summary: AttendanceSummary, path: Path | str, lang: str = "ru",
                             on: dt.date | None = None) -> Path:
    t = Texts(lang)
    s = pdf.styles()
    low, high = counting.YOUTH_AGES
    frame = pdf.PageFrame(summary.issuer, t("summary.title"), summary.training_number, on or dt.date.today(),
                          [t("summary.training", title=summary.training_title),
                           t("summary.place", place=summary.place or "—")], t("page"), t("number"), pdf.LANDSCAPE)
    width = frame.text_width
    figure_width = 22 * mm
    first = width - 8 * figure_width
    keys = ["col.registered", "col.present", "col.late", "col.left_early", "col.women", "col.men",
            "col.sex_unknown"]
    head = [pdf.header_cell(t("col.session"), first)] + [
        pdf.header_cell(t(k), figure_width, align=2) for k in keys] + [
        pdf.header_cell(t("col.youth", low=low, high=high), figure_width, align=2)]

    def figures(tally: counting.Tally) -> list[object]:
        return [tally.registered, tally.present, tally.late, tally.left_early, tally.women, tally.men,
                tally.sex_unknown, tally.youth]

    rows: list[list[object]] = [head]
    for line in summary.sessions:
        mark = " ✓" if line.checked else ""
        rows.append([Paragraph(pdf.escape(line.label + mark), s["cell"])] + figures(line.tally))
    rows.append([Paragraph(pdf.escape(t("summary.total")), s["cell_bold"])] + figures(summary.total))
    per_session = _grid(rows, [first] + [figure_width] * 8)

    age_first = width - 3 * figure_width
    ages = [[pdf.header_cell(t("col.age_group"), age_first)] + [
        pdf.header_cell(t(k), figure_width, align=2) for k in ("col.people", "col.women", "col.men")]]
    for label, count in summary.total.by_age.items():
        name = t("age.unknown") if label == counting.UNKNOWN_AGE else label
        ages.append([name, count, summary.total.by_age_women[label], summary.total.by_age_men[label]])
    ages.append([t("summary.total_people"), summary.total.present, summary.total.women, summary.total.men])
    by_age = _grid(ages, [age_first, figure_width, figure_width, figure_width])
    trainer_key = "summary.prepared_trainers" if len(summary.trainers) > 1 else "summary.prepared_trainer"
    story: list[Flowable] = [
        Paragraph(pdf.escape(t("summary.per_session")), s["h2"]), per_session,
        Paragraph(pdf.escape("✓ — " + t("checked") + ". " + t("summary.total_note")), s["muted"]),
        Spacer(1, 4 * mm),
        Paragraph(pdf.escape(t("summary.by_age")), s["h2"]), by_age,
        Spacer(1, 8 * mm),
        signature_block([Signer(t(trainer_key), ", ".join(summary.trainers))], lang, min(width, 200 * mm),
                        date_line=True),
    ]
    return pdf.build(path, frame, story, subject=summary.training_title)
