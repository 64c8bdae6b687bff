"""The sheet a head office prints for a new device: its name, its scope, the one-time code in large type, and
what to do with it (type it on the laptop, destroy the sheet afterwards)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Paragraph, Spacer

from fieldapp.documents import pdf


def render(path: Path, name: str, scope: list[str], code: str, lang: str, issuer: pdf.Issuer | None = None) -> Path:
    """The sheet, under the organisation's letterhead (``letterhead.issuer``) when given."""
    t = pdf.Texts(lang)
    style = pdf.styles()
    frame = pdf.PageFrame(issuer or pdf.Issuer(t("enrolment.frame")), t("enrolment.title"), date=dt.date.today(),
                          page_label=t("page"), number_label=t("number"))
    story = [
        Paragraph(pdf.escape(t("enrolment.title")), style["h1"]),
        Paragraph(pdf.escape(t("enrolment.device", name=name)), style["body"]),
        Paragraph(pdf.escape(t("enrolment.scope", scope=", ".join(scope) or t("enrolment.everything"))),
                  style["body"]),
        Spacer(1, 24),
        Paragraph(pdf.escape(t("enrolment.code")), style["center"]),
        Paragraph(pdf.escape(code), style["title"]),
        Spacer(1, 12),
        Paragraph(pdf.escape(t("enrolment.steps")), style["body"]),
        Spacer(1, 6),
        Paragraph(pdf.escape(t("enrolment.once")), style["muted"]),
    ]
    return pdf.build(path, frame, story, subject=t("enrolment.title"))
