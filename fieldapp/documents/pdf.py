"""The common ground of every FieldApp PDF: shipped fonts, styles, the page frame, text that fits.

Every document is built with :func:`build`: the shipped DejaVu fonts are embedded (the canvas starts in
DejaVu, so reportlab's Helvetica is never referenced), every working page carries the issuer (the foundation,
the programme and its donor, the logo), the document's title and number, the date and "page N of M", and the
file is written to a temporary name and renamed, so a failure never leaves half a PDF behind. Texts come from
``resources/templates/<catalogue>.<lang>.json`` (:mod:`fieldapp.catalogues`) and follow the document
language chosen for the print, not the interface language.

A letter's first page carries its letterhead in the body (:mod:`letterhead`) and needs no page header; a
certificate is a page of its own with no working frame at all (``PageFrame.kind``).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from fieldapp import atomic_files
from fieldapp.catalogues import LANGUAGES, DocumentError, Texts, texts
from fieldapp.formatting import NBSP, NNBSP, format_date
from fieldapp.paths import resource

__all__ = ["LANGUAGES", "DocumentError", "Texts", "texts"]

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf"}

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 15 * mm
#: letters are filed: a wider left margin for the binding (KZ/RU office practice)
BINDING_MARGIN = 25 * mm
HEADER_GAP = 4 * mm
LINE = colors.HexColor("#444444")
MUTED = colors.HexColor("#666666")
SHADE = colors.HexColor("#EEEEEE")
LOGO_HEIGHT = 11 * mm
ELLIPSIS = "…"
#: every table starts with this command: reportlab sets Helvetica for a plain (even empty) cell otherwise
TABLE_FONT = ("FONT", (0, 0), (-1, -1), FONT, 9)


@functools.cache
def register_fonts() -> None:
    """Register the shipped fonts once per process; bold/italic markup maps onto them."""
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=10.5),
        "small_right": ParagraphStyle("small_right", parent=base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8.5, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=11.5),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=9.5, leading=11.5, alignment=TA_RIGHT),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=11.5),
        # a heading is kept with what follows it: never alone at the foot of a page
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=6,
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=8,
                             spaceAfter=4, keepWithNext=1),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=26, leading=32,
                                alignment=TA_CENTER, spaceAfter=12),
        "center": ParagraphStyle("center", parent=base, fontSize=13, leading=18, alignment=TA_CENTER),
        "center_small": ParagraphStyle("center_small", parent=base, fontSize=10, leading=13, alignment=TA_CENTER),
        "center_big": ParagraphStyle("center_big", parent=base, fontName=FONT_BOLD, fontSize=24, leading=30,
                                     alignment=TA_CENTER, spaceBefore=6, spaceAfter=8),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
    }


def nobreak(text: str) -> str:
    """Reportlab breaks a line at U+202F (it counts it as a space): amounts keep together with U+00A0."""
    return text.replace(NNBSP, NBSP)


def escape(text: object) -> str:
    """Plain text made safe for a reportlab Paragraph (amounts never broken across lines)."""
    raw = str(text if text is not None else "")
    return nobreak(raw).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: object, style: str | ParagraphStyle = "cell") -> Paragraph:
    """A Paragraph of plain text; line breaks in the text are kept."""
    chosen = styles()[style] if isinstance(style, str) else style
    return Paragraph(escape(text).replace("\n", "<br/>"), chosen)


def _split_word(word: str, font: str, size: float, width: float) -> list[str]:
    pieces, current = [], ""
    for char in word:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    return pieces + [current] if current else pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``: broken at spaces, a word longer than a line broken inside."""
    register_fonts()
    lines: list[str] = []
    current = ""
    for word in nobreak(text).split(" "):
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if stringWidth(word, font, size) <= width:
            current = word
        else:
            *whole, current = _split_word(word, font, size, width) or [""]
            lines.extend(whole)
    if current or not lines:
        lines.append(current)
    return lines


def shorten(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of ``width``, cut with an ellipsis when it is longer."""
    register_fonts()
    text = nobreak(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def lines_within(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    """At most ``most`` wrapped lines; the last one shortened with an ellipsis when there is more."""
    lines = wrap(text, font, size, width)
    if len(lines) <= most:
        return lines
    return lines[:most - 1] + [shorten(" ".join(lines[most - 1:]), font, size, width)]


def header_cell(text: str, width: float, *, size: float = 8.5, smallest: float = 6.5, bold: bool = True,
                align: int = 0, padding: float = 6) -> Paragraph:
    """A table header that wraps only at spaces: the type gets smaller (down to ``smallest``) until its longest
    word fits the column, so no header is ever broken inside a word."""
    register_fonts()
    font = FONT_BOLD if bold else FONT
    room = width - padding
    words = [w for w in nobreak(text).replace("\n", " ").split(" ") if w]
    while size > smallest and any(stringWidth(w, font, size) > room - 1 for w in words):
        size -= 0.25
    style = ParagraphStyle(f"head-{size}-{bold}-{align}", fontName=font, fontSize=size, leading=size * 1.2,
                           alignment=align, splitLongWords=0 if size > smallest else 1)
    return Paragraph(escape(text), style)


def longest_word(text: str, font: str = FONT_BOLD, size: float = 8.5) -> float:
    """The width of the widest word of ``text``: a header column at least this wide (plus padding) wraps at
    spaces only."""
    register_fonts()
    return max((stringWidth(w, font, size) for w in nobreak(text).split()), default=0)


def column_width(texts_: Sequence[str], font: str, size: float, *, padding: float = 6, least: float = 0,
                 most: float | None = None) -> float:
    """As wide as the widest of ``texts_`` (longest word for wrapped text is the caller's choice), clamped."""
    register_fonts()
    wanted = max((stringWidth(nobreak(t), font, size) for t in texts_), default=0) + padding
    wanted = max(wanted, least)
    return min(wanted, most) if most is not None else wanted


@dataclass(frozen=True)
class Issuer:
    """The issuer as printed at the top of working pages: its name, details, the programme and its donor."""

    name: str
    details: str = ""
    programme: str = ""
    logo: Path | None = None

    def lines(self) -> list[tuple[str, str, float]]:
        """(text, font, size) of each line, empty ones left out."""
        rows = [(self.name, FONT_BOLD, 8.5), (self.details, FONT, 7.5), (self.programme, FONT, 7.5)]
        return [row for row in rows if row[0]]


@dataclass
class PageFrame:
    """What every page carries. ``kind``: ``page`` (working documents: issuer, title and number, date, header
    lines, page N of M, an optional footer), ``letter`` (the letterhead is in the body; only "page N of M" on
    letters of more than one page) or ``bare`` (certificates: nothing but ``decorate``)."""

    issuer: Issuer
    title: str
    number: str | None = None
    date: dt.date | None = None
    header_lines: Sequence[str] = field(default_factory=tuple)
    page_label: str = "page {page} of {pages}"
    number_label: str = "No. {number}"
    pagesize: tuple[float, float] = PORTRAIT
    #: a sentence printed above the page number on every page (the consent of a sign-in sheet)
    footer: str = ""
    kind: str = "page"
    left_margin: float = MARGIN
    right_margin: float = MARGIN
    decorate: Callable[[rl_canvas.Canvas, tuple[float, float]], None] | None = None
    #: a QR code in the bottom margin of every page saying this (an agreement's number and fingerprint)
    qr: str = ""

    @property
    def text_width(self) -> float:
        return self.pagesize[0] - self.left_margin - self.right_margin

    def _issuer_x(self) -> float:
        return self.left_margin + (LOGO_HEIGHT * 2.2 + 3 * mm if self.issuer.logo else 0)

    def _issuer_lines(self) -> list[tuple[str, str, float]]:
        room = self.pagesize[0] - MARGIN - self._issuer_x() - 25 * mm  # the date sits at the right
        return [(shorten(text, font, size, room), font, size) for text, font, size in self.issuer.lines()]

    def _title_line(self) -> str:
        title = self.title + (f"   {self.number_label.format(number=self.number)}" if self.number else "")
        return shorten(title, FONT_BOLD, 11, self.text_width)

    def _header_lines(self) -> list[str]:
        lines: list[str] = []
        for line in self.header_lines:
            lines += lines_within(line, FONT, 9, self.text_width, 2)
        return lines

    def _footer_lines(self) -> list[str]:
        if not self.footer:
            return []
        return lines_within(self.footer, FONT, 7.5, self.text_width - 35 * mm, 3)

    def _issuer_height(self) -> float:
        text = len(self._issuer_lines()) * 10
        return max(text, LOGO_HEIGHT if self.issuer.logo else 0) + 6

    def header_height(self) -> float:
        if self.kind != "page":
            return 0
        return self._issuer_height() + 15 + len(self._header_lines()) * 11.5 + HEADER_GAP

    def footer_height(self) -> float:
        return len(self._footer_lines()) * 9 + (3 if self.footer else 0)

    def body_height(self) -> float:
        """The height of the frame the story flows into on each page."""
        return self.pagesize[1] - 2 * MARGIN - self.header_height() - self.footer_height()

    def draw(self, canvas: rl_canvas.Canvas, page: int, pages: int) -> None:
        width, height = self.pagesize
        canvas.saveState()
        if self.decorate is not None:
            self.decorate(canvas, self.pagesize)
        if self.kind == "page":
            self._draw_header(canvas, height - MARGIN)
        if self.qr:
            self._draw_qr(canvas)
        if self.kind == "page" or (self.kind == "letter" and pages > 1):
            canvas.setFont(FONT, 8.5)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(width - MARGIN, MARGIN - 8, self.page_label.format(page=page, pages=pages))
            y = MARGIN - 8 + self.footer_height() - 9
            canvas.setFont(FONT, 7.5)
            for line in self._footer_lines():
                canvas.drawString(self.left_margin, y, line)
                y -= 9
        canvas.restoreState()

    def _draw_qr(self, canvas: rl_canvas.Canvas, size: float = 12 * mm) -> None:
        """The QR code's dark cells as filled rectangles (reportlab's widget would name a Helvetica it never
        embeds); a quiet zone of two cells. Drawn once per document as a form that every page places: the code
        is the same on each page, and encoding it was 40 % of an agreement's time."""
        name = "FieldAppQR"
        if not canvas.hasForm(name):
            canvas.beginForm(name)
            canvas.setFillColor(colors.black)
            count, runs = qr_runs(self.qr)
            cell = size / (count + 2 * QR_QUIET)
            left, bottom = self.left_margin, 2.5 * mm
            for r, c, length in runs:
                canvas.rect(left + (c + QR_QUIET) * cell, bottom + size - (r + QR_QUIET + 1) * cell, length * cell,
                            cell, stroke=0, fill=1)
            canvas.endForm()
        canvas.doForm(name)

    def _draw_header(self, canvas: rl_canvas.Canvas, top: float) -> None:
        width = self.pagesize[0]
        if self.issuer.logo is not None:
            canvas.drawImage(str(self.issuer.logo), self.left_margin, top - LOGO_HEIGHT + 7, LOGO_HEIGHT * 2.2,
                             LOGO_HEIGHT, preserveAspectRatio=True, anchor="w", mask="auto")
        y = top
        for text, font, size in self._issuer_lines():
            canvas.setFillColor(colors.black if font == FONT_BOLD else MUTED)
            canvas.setFont(font, size)
            canvas.drawString(self._issuer_x(), y, text)
            y -= 10
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 8.5)
        canvas.drawRightString(width - MARGIN, top, format_date(self.date))
        y = top - self._issuer_height() + 7
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        canvas.line(self.left_margin, y, width - MARGIN, y)
        y -= 13
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT_BOLD, 11)
        canvas.drawString(self.left_margin, y, self._title_line())
        canvas.setFont(FONT, 9)
        for line in self._header_lines():
            y -= 11.5
            canvas.drawString(self.left_margin, y, line)
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.5)
        canvas.line(self.left_margin, y - 5, width - MARGIN, y - 5)


QR_QUIET = 2  # cells of white around a QR code


def qr_runs(text: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of ``text`` (error correction M): its size in cells and its dark runs (row, column, length)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    code = QrCodeWidget(text, barLevel="M").qr
    code.make()
    runs = []
    for r, row in enumerate(code.modules):
        c = 0
        for dark, run in itertools.groupby(bool(m) for m in row):
            length = len(list(run))
            if dark:
                runs.append((r, c, length))
            c += length
    return code.getModuleCount(), tuple(runs)


def side_by_side(columns: list[list[Flowable]], width: float, gap: float) -> list[Flowable]:
    """Language columns side by side (ru | kk), block beside block: one table row per block, so each block of
    one language stands beside the same block of the other and a page breaks between blocks."""
    from reportlab.platypus import Spacer, Table, TableStyle

    rows: list[Flowable] = []
    for row in itertools.zip_longest(*columns, fillvalue=Spacer(1, 1)):
        table = Table([[cell for pair in zip(row, [""] * len(row), strict=True) for cell in pair][:-1]],
                      colWidths=[w for _ in columns for w in (width, gap)][:-1])
        table.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        rows.append(table)
    return rows


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


def build(path: Path | str, frame: PageFrame, story: list[Flowable], *, subject: str = "",
          invariant: bool = False) -> Path:
    """Render ``story`` into ``path`` atomically (temporary file in the same folder, then rename). ``invariant``:
    no clock and no random id in the file, so the same story gives the same bytes (agreements)."""
    register_fonts()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    bottom = MARGIN + frame.footer_height()
    body = Frame(frame.left_margin, bottom, frame.text_width, frame.body_height(), id="body",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    with atomic_files.atomic_path(path) as temporary:
        doc = BaseDocTemplate(
            str(temporary), pagesize=frame.pagesize, leftMargin=frame.left_margin, rightMargin=frame.right_margin, topMargin=MARGIN,
            bottomMargin=MARGIN, title=frame.title, subject=subject, author=frame.issuer.name or "FieldApp",
            creator="FieldApp", initialFontName=FONT, initialFontSize=10,
            pageTemplates=[PageTemplate(id="page", frames=[body])], invariant=1 if invariant else None,
        )
        doc.build(story, canvasmaker=_numbered_canvas(frame))
    return path
