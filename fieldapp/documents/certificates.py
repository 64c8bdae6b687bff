"""Certificates of participation: one landscape page per person who attended enough of the sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.documents import pdf
from fieldapp.formatting import format_date
from fieldapp.services import certificates, trainings


@dataclass(frozen=True)
class CertificateBatch:
    programme: str
    training_number: str | None
    training_title: str
    dates: str
    place: str
    trainers: list[str]
    people: list[certificates.Qualified]


def _dates(sessions: list) -> str:
    if not sessions:
        return ""
    first, last = sessions[0].starts_at.date(), sessions[-1].starts_at.date()
    return format_date(first) if first == last else f"{format_date(first)}–{format_date(last)}"


def certificate_batch(session: Session, training_id: str, lang: str, min_share: float,
                      on: dt.date | None = None) -> CertificateBatch:
    """Issue (number) the certificates and gather what they show; raises DocumentError when nobody qualifies."""
    training = trainings.get_live(session, training_id)
    people = certificates.issue(session, training_id, min_share, on)
    if not people:
        raise pdf.DocumentError(f"nobody attended at least {min_share:.0%} of the sessions of "
                                f"{training.number or training.title}: no certificates")
    place = ", ".join(v for v in (training.venue, trainings.settlement_name(session, training.settlement_id, lang))
                      if v)
    return CertificateBatch(trainings.programme_name(session, training_id, lang), training.number, training.title,
                            _dates(trainings.sessions_of(session, training_id)), place,
                            trainings.trainer_names(session, training_id), people)


def write_certificates(batch: CertificateBatch, path: Path | str, lang: str = "ru",
                       on: dt.date | None = None) -> Path:
    t = pdf.Texts(lang)
    s = pdf.styles()
    frame = pdf.PageFrame(batch.programme, t("certificate.document"), batch.training_number, on or dt.date.today(),
                          [], t("page"), t("number"), pdf.LANDSCAPE)
    story: list = []
    for index, person in enumerate(batch.people):
        if index:
            story.append(PageBreak())
        signatures = Table(
            [["_" * 28, "", "_" * 28],
             [Paragraph(pdf.escape(t("certificate.trainer") + (": " + ", ".join(batch.trainers)
                                                                if batch.trainers else "")), s["small"]), "",
              Paragraph(pdf.escape(t("certificate.manager")), s["small"])]],
            colWidths=[100 * mm, 47 * mm, 100 * mm])
        signatures.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), pdf.FONT, 9)]))
        story += [
            Spacer(1, 12 * mm),
            Paragraph(pdf.escape(t("certificate.title")), s["title"]),
            Paragraph(pdf.escape(t("certificate.subtitle")), s["center"]),
            Spacer(1, 8 * mm),
            Paragraph(pdf.escape(t("certificate.confirms")), s["center"]),
            Paragraph(pdf.escape(person.full_name), s["center_big"]),
            Paragraph(pdf.escape(t("certificate.body", training=batch.training_title, dates=batch.dates,
                                   place=batch.place or "—", attended=person.attended, sessions=person.total)),
                      s["center"]),
            Spacer(1, 8 * mm),
            Paragraph(pdf.escape(t("certificate.number", number=person.number)), s["center"]),
            Spacer(1, 16 * mm),
            signatures,
        ]
    return pdf.build(path, frame, story, subject=batch.training_title)
