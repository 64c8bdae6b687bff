"""The sign-in sheet of a session: landscape A4, the header on every page, registered participants then
numbered blank rows for walk-ins, an empty signature column.

The row numbers printed here are the ones a trainer types in back-entry, so printing remembers the order on
the session (:func:`fieldapp.services.attendance.record_sheet`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.documents import pdf
from fieldapp.formatting import format_date
from fieldapp.model import Locality
from fieldapp.services import attendance, trainings
from fieldapp.text import digits

DEFAULT_BLANK_ROWS = 10
#: the most blank rows a sheet is printed with from the GUI (three pages of walk-ins)
MAX_BLANK_ROWS = 60
ROW_HEIGHT = 8.5 * mm


@dataclass(frozen=True)
class SheetRow:
    person_id: str | None
    name: str
    settlement: str
    phone: str


@dataclass(frozen=True)
class SigninSheet:
    programme: str
    training_number: str | None
    training_title: str
    session_index: int
    session_count: int
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    venue: str
    trainers: list[str]
    rows: list[SheetRow]


def masked_phone(phone: str | None) -> str:
    """``+7 701 ••• •• 78``: enough for a participant to recognise their number on a sheet that goes round
    the room, not enough to copy everyone's."""
    national = digits(phone)[-10:]
    if len(national) != 10:
        return ""
    return f"+7 {national[:3]} ••• •• {national[-2:]}"


def signin_sheet(session: Session, session_id: str, lang: str) -> SigninSheet:
    """What the sheet shows, in the order of its rows (:func:`attendance.order_for_printing`)."""
    from fieldapp.model import Person

    sess = attendance.live_session(session, session_id)
    training = trainings.get_live(session, sess.training_id)
    sessions = trainings.sessions_of(session, training.id)
    index = next(i for i, s in enumerate(sessions, start=1) if s.id == sess.id)
    rows = []
    settlements: dict[str | None, str] = {}
    for person_id in attendance.order_for_printing(session, session_id):
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            continue
        if person.settlement_id not in settlements:
            place = session.get(Locality, person.settlement_id) if person.settlement_id else None
            settlements[person.settlement_id] = (
                trainings.localised(place.name_ru, place.name_kk, place.name_en, lang) if place else "")
        rows.append(SheetRow(person.id, person.full_name, settlements[person.settlement_id],
                             masked_phone(person.phone)))
    venue = ", ".join(v for v in (training.venue, trainings.settlement_name(session, training.settlement_id, lang))
                      if v)
    return SigninSheet(trainings.programme_name(session, training.id, lang), training.number, training.title,
                       index, len(sessions), sess.starts_at, sess.ends_at, venue,
                       trainings.trainer_names(session, training.id), rows)


def write_signin_sheet(sheet: SigninSheet, path: Path | str, lang: str = "ru",
                       blank_rows: int = DEFAULT_BLANK_ROWS) -> Path:
    t = pdf.Texts(lang)
    styles = pdf.styles()
    time = sheet.starts_at.strftime("%H:%M") + (f"–{sheet.ends_at:%H:%M}" if sheet.ends_at else "")
    header_lines = [
        t("signin.training", title=sheet.training_title),
        t("signin.session", date=format_date(sheet.starts_at), time=time, index=sheet.session_index,
          count=sheet.session_count),
        t("signin.venue", venue=sheet.venue or "—"),
        t("signin.trainer", names=", ".join(sheet.trainers) or "—"),
    ]
    frame = pdf.PageFrame(sheet.programme, t("signin.title"), sheet.training_number, sheet.starts_at.date(),
                          header_lines, t("page"), t("number"), pdf.LANDSCAPE)
    cell = styles["cell"]
    width = pdf.LANDSCAPE[0] - 2 * pdf.MARGIN
    widths = [12 * mm, 85 * mm, 48 * mm, 42 * mm]
    widths.append(width - sum(widths))

    def fit(text: str, column: int) -> object:
        # a Paragraph (which wraps) only where the text is too wide: plain strings draw several times faster
        if stringWidth(text, pdf.FONT, 9.5) <= widths[column] - 12:
            return text
        return Paragraph(pdf.escape(text), cell)

    head = [Paragraph(pdf.escape(t(key)), styles["cell_bold"])
            for key in ("col.no", "col.name", "col.settlement", "col.phone", "col.signature")]
    data: list[list[object]] = [head]
    for number, row in enumerate(sheet.rows, start=1):
        data.append([str(number), fit(row.name, 1), fit(row.settlement, 2), row.phone, ""])
    for number in range(len(sheet.rows) + 1, len(sheet.rows) + blank_rows + 1):
        data.append([str(number), "", "", "", ""])
    table = Table(data, colWidths=widths, repeatRows=1,
                  rowHeights=[None] + [ROW_HEIGHT] * (len(data) - 1))
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 9.5),
        ("GRID", (0, 0), (-1, -1), 0.5, pdf.LINE),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
    ]))
    story = [table, Spacer(1, 3 * mm), Paragraph(pdf.escape(t("signin.note")), styles["muted"])]
    return pdf.build(path, frame, story, subject=sheet.training_title)


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
