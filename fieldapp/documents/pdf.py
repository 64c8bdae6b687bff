"""The common ground of every FieldApp PDF: shipped fonts, styles, the page frame, texts per language.

Every document is built with :func:`build`: the shipped DejaVu fonts are embedded (the canvas starts in
DejaVu, so reportlab's Helvetica is never referenced), every page carries the programme, the document's
title and number, the date and "page N of M", and the file is written to a temporary name and renamed, so a
failure never leaves half a PDF behind. Texts come from ``resources/templates/<catalogue>.<lang>.json`` and
follow the document language chosen for the print, not the interface language.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from fieldapp import atomic_files
from fieldapp.formatting import format_date
from fieldapp.paths import resource

LANGUAGES = ("ru", "kk", "en")
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf"}

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 15 * mm
HEADER_GAP = 4 * mm
LINE = colors.HexColor("#444444")
MUTED = colors.HexColor("#666666")


class DocumentError(Exception):
    """A document cannot be made (nothing to print, unknown language); the message is for people."""


@functools.cache
def register_fonts() -> None:
    """Register the shipped fonts once per process; bold/italic markup maps onto them."""
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


@functools.cache
def _catalogue(catalogue: str, lang: str) -> dict[str, str]:
    path = resource("templates", f"{catalogue}.{lang}.json")
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def texts(lang: str, catalogue: str = "documents") -> dict[str, str]:
    """The document texts in ``lang``; a key missing there falls back to Russian, then to the key itself."""
    if lang not in LANGUAGES:
        raise DocumentError(f"unknown document language {lang!r} (use one of {', '.join(LANGUAGES)})")
    merged = dict(_catalogue(catalogue, "ru"))
    merged.update(_catalogue(catalogue, lang))
    return merged


class Texts:
    """``t("key", n=3)`` formats a catalogue entry; an unknown key shows itself rather than failing a print."""

    def __init__(self, lang: str, catalogue: str = "documents") -> None:
        self.lang = lang
        self._texts = texts(lang, catalogue)

    def __call__(self, key: str, **values: Any) -> str:
        text = self._texts.get(key, key)
        return text.format(**values) if values else text


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=10.5),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8.5, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=11.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=11.5),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=8,
                             spaceAfter=4),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=26, leading=32,
                                alignment=TA_CENTER, spaceAfter=12),
        "center": ParagraphStyle("center", parent=base, fontSize=13, leading=18, alignment=TA_CENTER),
        "center_big": ParagraphStyle("center_big", parent=base, fontName=FONT_BOLD, fontSize=20, leading=26,
                                     alignment=TA_CENTER, spaceBefore=10, spaceAfter=10),
    }


def escape(text: object) -> str:
    """Plain text made safe for a reportlab Paragraph."""
    return str(text if text is not None else "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class PageFrame:
    """What every page carries: programme, document title and number, date, extra header lines, page N of M."""

    programme: str
    title: str
    number: str | None = None
    date: dt.date | None = None
    header_lines: Sequence[str] = field(default_factory=tuple)
    page_label: str = "page {page} of {pages}"
    number_label: str = "No. {number}"
    pagesize: tuple[float, float] = PORTRAIT

    def header_height(self) -> float:
        return (2 + len(self.header_lines)) * 12 + HEADER_GAP

    def draw(self, canvas: rl_canvas.Canvas, page: int, pages: int) -> None:
        width, height = self.pagesize
        top = height - MARGIN
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 8.5)
        canvas.drawString(MARGIN, top, self.programme)
        canvas.drawRightString(width - MARGIN, top, format_date(self.date))
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT_BOLD, 11)
        title = self.title + (f"   {self.number_label.format(number=self.number)}" if self.number else "")
        canvas.drawString(MARGIN, top - 13, title)
        canvas.setFont(FONT, 9)
        y = top - 13
        for line in self.header_lines:
            y -= 12
            canvas.drawString(MARGIN, y, line)
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 5, width - MARGIN, y - 5)
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, MARGIN - 8, self.page_label.format(page=page, pages=pages))
        canvas.restoreState()


def _numbered_canvas(frame: PageFrame) -> type[rl_canvas.Canvas]:
    """A canvas that keeps its pages until the end so each can say "page N of M"."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                frame.draw(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build(path: Path | str, frame: PageFrame, story: list[Flowable], *, subject: str = "") -> Path:
    """Render ``story`` into ``path`` atomically (temporary file in the same folder, then rename)."""
    register_fonts()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    width, height = frame.pagesize
    top_space = frame.header_height()
    body = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN - top_space, id="body",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    with atomic_files.atomic_path(path) as temporary:
        doc = BaseDocTemplate(
            str(temporary), pagesize=frame.pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN, title=frame.title, subject=subject, author="FieldApp", creator="FieldApp",
            initialFontName=FONT, initialFontSize=10, pageTemplates=[PageTemplate(id="page", frames=[body])],
        )
        doc.build(story, canvasmaker=_numbered_canvas(frame))
    return path
