"""A training's documents in two steps, so the database's one writing thread is held for milliseconds, not for a
PDF: :func:`prepare` runs inside the write transaction — it gathers what the document shows and records what
printing changes (the sign-in sheet's row order, certificate numbers) — and :func:`render` draws the PDF from
that plain data anywhere (the GUI's background pool).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from fieldapp.documents import attendance_summary, certificates, pdf, signin_sheet
from fieldapp.services import attendance

KINDS = ("signin", "certificates", "summary")


@dataclass(frozen=True)
class Prepared:
    kind: str
    lang: str
    data: signin_sheet.SigninSheet | certificates.CertificateBatch | attendance_summary.AttendanceSummary
    blank_rows: int = 0


def prepare(session: Session, kind: str, lang: str, *, training_id: str, session_id: str | None = None,
            blank_rows: int = signin_sheet.DEFAULT_BLANK_ROWS, min_share: float = 0.5,
            on: dt.date | None = None) -> Prepared:
    """Inside the caller's (write) transaction: the sign-in sheet of ``session_id`` (its order remembered), the
    certificates of those who attended ``min_share`` of the days (numbered), or the attendance summary."""
    if kind == "signin":
        if session_id is None:
            raise pdf.DocumentError("a sign-in sheet is of one training day")
        if blank_rows < 0:
            raise pdf.DocumentError("the number of blank rows cannot be negative")
        sheet = signin_sheet.signin_sheet(session, session_id, lang)
        attendance.record_sheet(session, session_id, [r.person_id for r in sheet.rows if r.person_id], blank_rows)
        return Prepared(kind, lang, sheet, blank_rows)
    if kind == "certificates":
        return Prepared(kind, lang, certificates.certificate_batch(session, training_id, lang, min_share, on))
    if kind == "summary":
        return Prepared(kind, lang, attendance_summary.attendance_summary(session, training_id, lang))
    raise ValueError(f"unknown training document {kind!r}")


def render(prepared: Prepared, path: Path | str) -> Path:
    """The PDF of what :func:`prepare` gathered; no database needed."""
    data = prepared.data
    if isinstance(data, signin_sheet.SigninSheet):
        return signin_sheet.write_signin_sheet(data, path, prepared.lang, prepared.blank_rows)
    if isinstance(data, certificates.CertificateBatch):
        return certificates.write_certificates(data, path, prepared.lang)
    return attendance_summary.write_attendance_summary(data, path, prepared.lang)
