"""The sign-in sheet of a session: landscape A4, the issuer and the session on every page, registered
participants then numbered blank rows for walk-ins, an empty signature column, the trainer's certification.

Walk-ins tick their sex and age group on the blank rows, so back-entry (``name; sex; age group; phone``) brings
them into the attendance summary; registered people's rows are shaded there (their data are on record). The
consent to the processing of personal data is printed at the foot of every page, since every page is signed.
A long name wraps inside its cell and its row grows; a long title is shortened in the page header.

The row numbers printed here are the ones a trainer types in back-entry, so printing remembers the order on
the session (:func:`fieldapp.services.attendance.record_sheet`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.catalogues import Texts
from fieldapp.documents import letterhead, pdf
from fieldapp.documents.signatures import Signer, signature_block
from fieldapp.formatting import format_date, masked_phone
from fieldapp.model import Locality, Person
from fieldapp.services import attendance, counting, organisation, trainings

DEFAULT_BLANK_ROWS = 10
#: the most blank rows a sheet is printed with from the GUI (three pages of walk-ins)
MAX_BLANK_ROWS = 60
ROW_HEIGHT = 8.5 * mm
#: the room above the sheet's foot (the total of signatures and the trainer's certification)
CLOSING_GAP = 5 * mm
#: the rows that go to the next page with the foot rather than leave it alone there
KEPT_ROWS = 2
BOX = "☐"
#: column widths (mm) but the signature's, which takes the rest of the line
#: (the settlement's is as wide as the longest name of a place on the sheet)
WIDTHS = {"no": 10, "name": 75, "settlement": 32, "phone": 29, "sex": 18, "age": 39}


@dataclass(frozen=True)
class SheetRow:
    person_id: str | None
    name: str
    settlement: str
    phone: str


@dataclass(frozen=True)
class SigninSheet:
    issuer: pdf.Issuer
    training_number: str | None
    training_title: str
    session_index: int
    session_count: int
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    venue: str
    trainers: list[str]
    rows: list[SheetRow]


def signin_sheet(session: Session, session_id: str, lang: str) -> SigninSheet:
    """What the sheet shows, in the order of its rows (:func:`attendance.order_for_printing`)."""
    sess = attendance.live_session(session, session_id)
    training = trainings.get_live(session, sess.training_id)
    sessions = trainings.sessions_of(session, training.id)
    index = next(i for i, s in enumerate(sessions, start=1) if s.id == sess.id)
    rows = []
    settlements: dict[str | None, str] = {}
    for person_id in attendance.order_for_printing(session, session_id, lang):
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            continue
        if person.settlement_id not in settlements:
            place = session.get(Locality, person.settlement_id) if person.settlement_id else None
            settlements[person.settlement_id] = (
                trainings.localised(place.name_ru, place.name_kk, place.name_en, lang) if place else "")
        rows.append(SheetRow(person.id, person.full_name, settlements[person.settlement_id],
                             masked_phone(person.phone)))
    venue = ", ".join(v for v in (trainings.venue_in(training, lang),
                                  trainings.settlement_name(session, training.settlement_id, lang)) if v)
    programme = organisation.programme_of_cycle(session, training.cycle_id)
    return SigninSheet(letterhead.issuer(session, lang, programme), training.number,
                       trainings.title_in(training, lang), index, len(sessions), sess.starts_at, sess.ends_at, venue,
                       trainings.trainer_names(session, training.id), rows)


def _boxes(labels: list[str], per_line: int) -> str:
    lines = [labels[i:i + per_line] for i in range(0, len(labels), per_line)]
    return "\n".join("  ".join(f"{BOX}\u00a0{label}" for label in line) for line in lines)


def write_signin_sheet(sheet: SigninSheet, path: Path | str, lang: str = "ru",
                       blank_rows: int = DEFAULT_BLANK_ROWS) -> Path:
    t = Texts(lang)
    styles = pdf.styles()
    time = sheet.starts_at.strftime("%H:%M") + (f"–{sheet.ends_at:%H:%M}" if sheet.ends_at else "")
    trainer_key = "signin.trainers" if len(sheet.trainers) > 1 else "signin.trainer"
    header_lines = [
        t("signin.training", title=sheet.training_title),
        t("signin.session", date=format_date(sheet.starts_at), time=time, index=sheet.session_index,
          count=sheet.session_count) + "   " + t("signin.venue", venue=sheet.venue or "—"),
        t(trainer_key, names=", ".join(sheet.trainers) or "—"),
    ]
    frame = pdf.PageFrame(sheet.issuer, t("signin.title"), sheet.training_number, sheet.starts_at.date(),
                          header_lines, t("page"), t("number"), pdf.LANDSCAPE, footer=t("signin.note"))
    cell = styles["cell"]
    width = frame.text_width
    settlement = pdf.column_width([r.settlement for r in sheet.rows], pdf.FONT, 9.5, padding=12, least=24 * mm,
                                  most=48 * mm)
    widths = [WIDTHS[key] * mm for key in ("no", "name", "settlement", "phone", "sex", "age")]
    widths[2] = settlement
    widths.append(width - sum(widths))
    tick = ParagraphStyle("tick", fontName=pdf.FONT, fontSize=8, leading=10)

    def fit(text: str, column: int) -> object:
        # a Paragraph (which wraps) only where the text is too wide: plain strings draw several times faster
        if stringWidth(text, pdf.FONT, 9.5) <= widths[column] - 12:
            return text
        return Paragraph(pdf.escape(text), cell)

    head = [pdf.header_cell(t(key), widths[i], size=9)
            for i, key in enumerate(("col.no", "col.name", "col.settlement", "col.phone", "col.sex", "col.age_group",
                                     "col.signature"))]
    sex_boxes = Paragraph(pdf.escape(_boxes([t("signin.female"), t("signin.male")], 1)).replace("\n", "<br/>"),
                          tick)
    ages = [label for label, _low, _high in counting.AGE_GROUPS]
    age_boxes = Paragraph(pdf.escape(_boxes(ages, 3)).replace("\n", "<br/>"), tick)
    data: list[list[object]] = [head]
    heights: list[float | None] = [None]
    for number, row in enumerate(sheet.rows, start=1):
        name = fit(row.name, 1)
        data.append([str(number), name, fit(row.settlement, 2), row.phone, "", "", ""])
        tallest = max((c.wrap(widths[i] - 12, 1000)[1] for i, c in enumerate(data[-1]) if isinstance(c, Paragraph)),
                      default=0)
        heights.append(max(ROW_HEIGHT, tallest + 8))
    shaded = len(data)
    boxes = max(sex_boxes.wrap(widths[4] - 5, 1000)[1], age_boxes.wrap(widths[5] - 5, 1000)[1])
    blank_least = boxes + 4
    for number in range(len(sheet.rows) + 1, len(sheet.rows) + blank_rows + 1):
        data.append([str(number), "", "", "", sex_boxes, age_boxes, ""])
        heights.append(max(ROW_HEIGHT + 1.5 * mm, boxes + 8))
    trainers = ", ".join(sheet.trainers)
    # the total and the trainer's certification are the table's last row, kept with the rows above it
    closing = _closing(t, Signer(t(trainer_key.replace("signin.", "signin.certify_")), trainers), lang, width)
    data.append([closing, "", "", "", "", "", ""])
    heights.append(closing.wrap(width, 1000)[1] + CLOSING_GAP)
    last = len(data) - 1
    heights = _fitted(heights, shaded, blank_least, frame.body_height() - _header_height(head, widths))
    table = Table(data, colWidths=widths, repeatRows=1, rowHeights=heights)
    style = [
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 9.5),
        ("GRID", (0, 0), (-1, last - 1), 0.5, pdf.LINE),
        ("BACKGROUND", (0, 0), (-1, 0), pdf.SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, last - 1), "RIGHT"),
        ("SPAN", (0, last), (-1, last)),
        ("VALIGN", (0, last), (-1, last), "TOP"),
        ("LEFTPADDING", (0, last), (-1, last), 0),
        ("TOPPADDING", (0, last), (-1, last), CLOSING_GAP),
        ("BOTTOMPADDING", (0, last), (-1, last), 0),
        ("NOSPLIT", (0, max(1, last - KEPT_ROWS)), (-1, last)),
        ("FONTSIZE", (3, 1), (3, -1), 8.5),
        ("LEFTPADDING", (3, 0), (5, -1), 3),
        ("RIGHTPADDING", (3, 0), (3, -1), 2),
        ("RIGHTPADDING", (4, 0), (5, -1), 2),
    ]
    if shaded > 1:
        style.append(("BACKGROUND", (4, 1), (5, shaded - 1), colors.HexColor("#F4F4F4")))
    table.setStyle(TableStyle(style))
    story: list[Flowable] = [table]
    return pdf.build(path, frame, story, subject=sheet.training_title)


def _closing(t: Texts, trainer: Signer, lang: str, width: float) -> Table:
    """The sheet's foot on one line: the total of signatures on the left, the trainer's certification beside it."""
    count = Paragraph(pdf.escape(t("signin.signed_count")), pdf.styles()["body"])
    count_width = pdf.column_width([t("signin.signed_count")], pdf.FONT, 10, padding=8 * mm, most=width * 0.4)
    signature = signature_block([trainer], lang, min(width - count_width, 200 * mm), keep=False)
    foot = Table([[count, signature]], colWidths=[count_width, width - count_width], hAlign="LEFT")
    foot.setStyle(TableStyle([pdf.TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return foot


def _header_height(head: list[Paragraph], widths: list[float]) -> float:
    return max(cell.wrap(widths[i] - 12, 1000)[1] for i, cell in enumerate(head)) + 6


def _fitted(heights: list[float | None], first_blank: int, least: float, room: float) -> list[float | None]:
    """The rows' heights, the blank rows made lower (down to ``least``) when that brings the whole sheet onto one
    page: a short list with its blank rows and its foot is signed on one sheet of paper."""
    fixed = [h for h in heights[1:] if h is not None]
    over = sum(fixed) - room
    blank = heights[first_blank:-1]
    spare = sum(h - least for h in blank if h is not None)
    if over <= 0 or over > spare or not blank:
        return heights
    cut = over / len(blank)
    return heights[:first_blank] + [None if h is None else max(least, h - cut) for h in blank] + heights[-1:]


def last_blank_rows(session: Session, session_id: str) -> int:
    """The blank rows the session's sheet was last printed with (the default before its first print)."""
    rows = attendance.live_session(session, session_id).sheet_blank_rows
    return DEFAULT_BLANK_ROWS if rows is None else rows


def make_signin_sheet(session: Session, session_id: str, path: Path | str, lang: str = "ru",
                      blank_rows: int = DEFAULT_BLANK_ROWS) -> tuple[Path, SigninSheet]:
    """Write the sheet and remember its row order on the session (inside the caller's transaction)."""
    if blank_rows < 0:
        raise pdf.DocumentError("the number of blank rows cannot be negative")
    sheet = signin_sheet(session, session_id, lang)
    written = write_signin_sheet(sheet, path, lang, blank_rows)
    attendance.record_sheet(session, session_id, [r.person_id for r in sheet.rows if r.person_id], blank_rows)
    return written, sheet
