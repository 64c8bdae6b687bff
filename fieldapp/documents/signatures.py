"""Signature blocks: who signs (position, a line for the signature, the name), the place of the stamp
("М.П. (при наличии)"), a date line. Letters, sheets, reports, certificates and agreements use the same block."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from fieldapp.catalogues import Texts
from fieldapp.documents import pdf


@dataclass(frozen=True)
class Signer:
    position: str  # Директор, Тренер, Член конкурсной комиссии
    name: str = ""  # printed after the line; empty leaves room to write it by hand


def signature_block(signers: Sequence[Signer], lang: str | Sequence[str], width: float, *, stamp: bool = False,
                    date_line: bool = False, size: float = 10, keep: bool = True) -> Flowable:
    """One row per signer: position | ____________ (signature) | name; then the stamp's place and a date.
    ``keep=False`` gives the bare table, for a block placed inside another table. Several languages (a bilingual
    agreement) give each caption in each: «(подпись) / (қолы)», «М.П. (при наличии) / М.О. (бар болса)»."""
    texts = [Texts(one) for one in ([lang] if isinstance(lang, str) else lang)]

    def t(key: str) -> str:
        return " / ".join(dict.fromkeys(text(key) for text in texts))

    pdf.register_fonts()
    body = ParagraphStyle(f"sig-{size}", fontName=pdf.FONT, fontSize=size, leading=size * 1.25)
    caption = ParagraphStyle("sig-caption", fontName=pdf.FONT, fontSize=6.5, leading=8, alignment=1,
                             textColor=pdf.MUTED)
    line_width = min(45 * mm, width * 0.25)
    name_width = min(70 * mm, width * 0.45)
    position_width = width - line_width - name_width
    rows: list[list[object]] = []
    for signer in signers:
        name = signer.name or "_" * 24
        rows.append([Paragraph(pdf.escape(signer.position), body), "",
                     Paragraph(pdf.escape(name), body)])
        rows.append(["", Paragraph(pdf.escape(t("signature.caption")), caption),
                     "" if signer.name else Paragraph(pdf.escape(t("signature.name")), caption)])
    style: list[tuple[Any, ...]] = [pdf.TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (1, -1), 0),
             ("LEFTPADDING", (2, 0), (2, -1), 6),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 0),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for index in range(0, len(rows), 2):
        style.append(("LINEBELOW", (1, index), (1, index), 0.6, pdf.LINE))
        style.append(("TOPPADDING", (0, index), (-1, index), 5 * mm if index else 2 * mm))
    extra = ([t("signature.stamp")] if stamp else []) + ([t("signature.date")] if date_line else [])
    if extra:
        rows.append([Paragraph(pdf.escape("      ".join(extra)), body), "", ""])
        style += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                  ("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 3 * mm)]
    table = Table(rows, colWidths=[position_width, line_width, name_width], hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return KeepTogether([table]) if keep else table
