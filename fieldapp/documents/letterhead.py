"""The issuer on a document: the foundation's name, BIN, address, phone and e-mail, the programme and its
donor, the logo when one is set — from the organisation record (:mod:`fieldapp.services.organisation`), in
the document's language. Working documents carry it in their page header (:func:`issuer`); a letter opens
with a full letterhead (:func:`letterhead`)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Image, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.catalogues import Texts
from fieldapp.documents import pdf
from fieldapp.model import Programme
from fieldapp.services import organisation
from fieldapp.services.organisation import Letterhead


def details_line(head: Letterhead, lang: str) -> str:
    """``БИН 940140000385 · г. Актау, … · тел. +7 7292 50 10 20 · info@…``"""
    t = Texts(lang)
    parts = [t("issuer.bin", bin=head.bin) if head.bin else "", head.address,
             t("issuer.phone", phone=head.phone) if head.phone else "", head.email]
    return " · ".join(p for p in parts if p)


def programme_line(head: Letterhead, lang: str) -> str:
    """``Программа «Общественные пространства» при поддержке Caspian Community Partnership Fund``"""
    t = Texts(lang)
    if not head.programme:
        return ""
    if head.donor:
        return t("issuer.programme", programme=head.programme, donor=head.donor)
    return t("issuer.programme_only", programme=head.programme)


def issuer_of(head: Letterhead, lang: str) -> pdf.Issuer:
    if not head.known:  # no foundation recorded yet: the programme is all there is to say
        return pdf.Issuer(programme_line(head, lang))
    return pdf.Issuer(head.name, details_line(head, lang), programme_line(head, lang), head.logo)


def issuer(session: Session, lang: str, programme: Programme | None = None) -> pdf.Issuer:
    """The issuer for a working document's page header."""
    return issuer_of(organisation.letterhead(session, lang, programme), lang)


def logo(head: Letterhead, height: float) -> Flowable | None:
    if head.logo is None:
        return None
    from PIL import Image as PILImage

    with PILImage.open(head.logo) as picture:
        ratio = picture.width / picture.height
    return Image(str(head.logo), width=height * ratio, height=height)


def letterhead(head: Letterhead, lang: str, width: float) -> list[Flowable]:
    """A letter's letterhead: logo, the foundation's name, its details, the programme and donor, a rule."""
    pdf.register_fonts()
    name = ParagraphStyle("lh-name", fontName=pdf.FONT_BOLD, fontSize=13, leading=16, alignment=TA_CENTER)
    small = ParagraphStyle("lh-small", fontName=pdf.FONT, fontSize=8.5, leading=10.5, alignment=TA_CENTER,
                           textColor=pdf.MUTED)
    text: list[Flowable] = []
    if head.known:
        text.append(Paragraph(pdf.escape(head.name), name))
        if details_line(head, lang):
            text.append(Paragraph(pdf.escape(details_line(head, lang)), small))
    if programme_line(head, lang):
        text.append(Paragraph(pdf.escape(programme_line(head, lang)), small))
    picture = logo(head, 16 * mm)
    if picture is not None:
        side = min(picture.drawWidth, 40 * mm)
        picture.drawWidth, picture.drawHeight = side, side * picture.drawHeight / picture.drawWidth if side else 0
        block: Flowable = Table([[picture, text]], colWidths=[side + 4 * mm, width - side - 4 * mm])
        block.setStyle(TableStyle([pdf.TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        flowables = [block]
    else:
        flowables = list(text)
    return flowables + [Spacer(1, 2 * mm), HRFlowable(width="100%", thickness=1.2, color=colors.black,
                                                      spaceAfter=1), HRFlowable(width="100%", thickness=0.4,
                                                                                color=colors.black, spaceAfter=6)]
