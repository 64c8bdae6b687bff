"""Certificates of participation: one landscape page per person who attended enough of the sessions.

A certificate is handed to a person, so it carries none of the batch's working frame (no batch title, print
date or "page N of 95"): it is a page of its own with a border, the issuer (logo, foundation, programme and
donor), the person's name large, the wording by the person's sex (принял / приняла; a neutral sentence when
the sex is unknown, never "(а)"), the certificate's number, the date and place of issue, and the signatures of
the trainer and the programme manager by name, with the place of the stamp.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer
from reportlab.platypus.tables import Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.catalogues import Texts
from fieldapp.documents import addressing, letterhead, pdf
from fieldapp.documents.signatures import Signer, signature_block
from fieldapp.formatting import format_date
from fieldapp.model import Certificate, Person
from fieldapp.services import certificates, organisation, trainings
from fieldapp.services.organisation import Letterhead
from fieldapp.text import collation_key

FRAME_INSET = 9 * mm


@dataclass(frozen=True)
class Holder:
    person_id: str
    full_name: str
    sex: str | None
    attended: int
    total: int
    number: str
    issued_on: dt.date


@dataclass(frozen=True)
class CertificateBatch:
    head: Letterhead
    training_number: str | None
    training_title: str
    dates: str
    place: str
    settlement: str
    trainers: list[str]
    people: list[Holder]


def _dates(sessions: list) -> str:
    if not sessions:
        return ""
    first, last = sessions[0].starts_at.date(), sessions[-1].starts_at.date()
    return format_date(first) if first == last else f"{format_date(first)}–{format_date(last)}"


def certificate_batch(session: Session, training_id: str, lang: str, min_share: float,
                      on: dt.date | None = None) -> CertificateBatch:
    """Issue (number) the certificates and gather what they show; raises DocumentError when nobody qualifies."""
    training = trainings.get_live(session, training_id)
    issued = certificates.issue(session, training_id, min_share, on)
    if not issued:
        raise pdf.DocumentError(f"nobody attended at least {min_share:.0%} of the sessions of "
                                f"{training.number or training.title}: no certificates")
    ids = [q.person_id for q in issued]
    facts = {row.id: row for row in session.scalars(select(Person).where(Person.id.in_(ids)))}
    dates = dict(session.execute(select(Certificate.person_id, Certificate.issued_on).where(
        Certificate.training_id == training_id, Certificate.person_id.in_(ids))).all())
    people = [Holder(q.person_id, q.full_name, addressing.sex_of(q.full_name, facts[q.person_id].sex,
                                                                 facts[q.person_id].iin),
                     q.attended, q.total, q.number or "", dates.get(q.person_id) or on or dt.date.today())
              for q in issued]
    people.sort(key=lambda h: (collation_key(h.full_name, lang), h.person_id))
    settlement = trainings.settlement_name(session, training.settlement_id, lang)
    place = ", ".join(v for v in (trainings.venue_in(training, lang), settlement) if v)
    programme = organisation.programme_of_cycle(session, training.cycle_id)
    return CertificateBatch(organisation.letterhead(session, lang, programme), training.number,
                            trainings.title_in(training, lang), _dates(trainings.sessions_of(session, training_id)),
                            place, settlement, trainings.trainer_names(session, training_id), people)


def _border(canvas: object, pagesize: tuple[float, float]) -> None:
    width, height = pagesize
    canvas.setStrokeColor(colors.HexColor("#1F4E79"))  # type: ignore[attr-defined]
    canvas.setLineWidth(2.2)  # type: ignore[attr-defined]
    canvas.rect(FRAME_INSET, FRAME_INSET, width - 2 * FRAME_INSET, height - 2 * FRAME_INSET)  # type: ignore[attr-defined]
    canvas.setLineWidth(0.6)  # type: ignore[attr-defined]
    inner = FRAME_INSET + 2 * mm
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner)  # type: ignore[attr-defined]


def _name_style(name: str, width: float) -> ParagraphStyle:
    """The name large: 26 pt, smaller for a long name so it stays within two lines."""
    size = 26.0
    while size > 14 and stringWidth(name, pdf.FONT_BOLD, size) > 1.9 * width:
        size -= 1
    return ParagraphStyle(f"name-{size}", fontName=pdf.FONT_BOLD, fontSize=size, leading=size * 1.22,
                          alignment=1, spaceBefore=4 * mm, spaceAfter=4 * mm)


def _page(batch: CertificateBatch, person: Holder, lang: str, width: float, height: float) -> list[Flowable]:
    t = Texts(lang)
    s = pdf.styles()
    top: list[Flowable] = []
    picture = letterhead.logo(batch.head, 16 * mm)
    if picture is not None:
        picture.hAlign = "CENTER"
        top += [picture, Spacer(1, 2 * mm)]
    if batch.head.name:
        top.append(Paragraph(pdf.escape(batch.head.name), s["center"]))
    if letterhead.programme_line(batch.head, lang):
        top.append(Paragraph(pdf.escape(letterhead.programme_line(batch.head, lang)), s["center_small"]))
    sex = person.sex or "unknown"
    training = addressing.inner_quotes(batch.training_title) if lang != "en" else batch.training_title
    body = t(f"certificate.body.{sex}", training=training, dates=batch.dates, place=batch.place or "—",
             attended=person.attended, sessions=person.total)
    middle: list[Flowable] = [
        Paragraph(pdf.escape(t("certificate.title")), s["title"]),
        Paragraph(pdf.escape(t("certificate.subtitle")), s["center"]),
        Spacer(1, 6 * mm),
        Paragraph(pdf.escape(t("certificate.confirms")), s["center"]),
        Paragraph(pdf.escape(person.full_name), _name_style(person.full_name, width)),
        Paragraph(pdf.escape(body), s["center"]),
        Spacer(1, 5 * mm),
        Paragraph(pdf.escape(t("certificate.number", number=person.number)), s["center_small"]),
        Paragraph(pdf.escape(t("certificate.issued", date=format_date(person.issued_on),
                               place=batch.settlement or batch.place or "—")), s["center_small"]),
    ]
    trainer_role = t("certificate.trainers" if len(batch.trainers) > 1 else "certificate.trainer")
    half = (width - 20 * mm) / 2
    signers = Table([[signature_block([Signer(trainer_role, ", ".join(batch.trainers))], lang, half, size=9,
                                      keep=False),
                      signature_block([Signer(t("certificate.manager"), batch.head.manager_name)], lang, half,
                                      stamp=True, size=9, keep=False)]], colWidths=[half + 10 * mm, half + 10 * mm])
    signers.setStyle(TableStyle([pdf.TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    blocks = [top, middle, [signers]]
    used = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for b in blocks for f in b)
    gap = max((height - used) / 3, 2 * mm)
    return top + [Spacer(1, gap)] + middle + [Spacer(1, gap)] + [signers]


def write_certificates(batch: CertificateBatch, path: Path | str, lang: str = "ru",
                       on: dt.date | None = None) -> Path:
    t = Texts(lang)
    margin = FRAME_INSET + 10 * mm
    frame = pdf.PageFrame(letterhead.issuer_of(batch.head, lang), t("certificate.document"), batch.training_number,
                          on, pagesize=pdf.LANDSCAPE, kind="bare", left_margin=margin, right_margin=margin,
                          decorate=_border)
    width = frame.text_width
    height = pdf.LANDSCAPE[1] - 2 * pdf.MARGIN - 8 * mm
    story: list[Flowable] = []
    for index, person in enumerate(batch.people):
        if index:
            story.append(PageBreak())
        story += _page(batch, person, lang, width, height)
    return pdf.build(path, frame, story, subject=batch.training_title)
