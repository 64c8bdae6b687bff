"""Decision letters to applicants, in the applicant's language: approved (with the amount) or not approved
(with the reason recorded with the decision)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.documents import pdf
from fieldapp.formatting import format_date, format_money
from fieldapp.model import InitiativeGroup, Person, StatusEvent
from fieldapp.services import applications, calls
from fieldapp.validation import Invalid


def write_decision_letter(session: Session, application_id: str, path: Path | str, lang: str | None = None,
                          on: dt.date | None = None) -> Path:
    """The letter for a decided application (approved or rejected); ``lang`` defaults to the applicant's."""
    app = applications.get(session, application_id)
    if app.status not in {"approved", "rejected"}:
        raise Invalid("letter.undecided", f"Application {applications.number(app)} is {app.status}: a decision "
                      "letter is written once it is approved or rejected")
    lang = lang or app.language or "ru"
    call = calls.get(session, app.call_id)
    t = pdf.Texts(lang, "competition")
    s = pdf.styles()
    group = session.get(InitiativeGroup, app.group_id) if app.group_id else None
    leader = session.get(Person, group.leader_id) if group and group.leader_id else None
    programme = calls.programme_name(session, call, lang)
    outcome = "approved" if app.status == "approved" else "rejected"
    today = on or dt.date.today()
    frame = pdf.PageFrame(programme, t(f"letter.title.{outcome}"), applications.number(app), today, [],
                          t("page"), t("number"))
    values = {"call": call.title, "title": app.title, "number": applications.number(app)}
    story = [Paragraph(pdf.escape(t("letter.to", group=group.name if group else "",
                                    settlement=calls.place_name(session, app.settlement_id, lang))), s["body"]),
             Spacer(1, 8 * mm),
             Paragraph(pdf.escape(t(f"letter.title.{outcome}")), s["h1"]),
             Paragraph(pdf.escape(t("letter.greeting", name=leader.full_name) if leader
                                  else t("letter.greeting_group")), s["body"]), Spacer(1, 4 * mm)]
    if outcome == "approved":
        story.append(Paragraph(pdf.escape(t("letter.approved", amount=format_money(app.approved_amount), **values)),
                               s["body"]))
        story += [Spacer(1, 3 * mm), Paragraph(pdf.escape(t("letter.approved_next")), s["body"])]
    else:
        story.append(Paragraph(pdf.escape(t("letter.rejected", **values)), s["body"]))
        event = session.scalars(select(StatusEvent).where(
            StatusEvent.subject_table == "application", StatusEvent.subject_id == app.id,
            StatusEvent.to_status == "rejected").order_by(StatusEvent.at.desc())).first()
        if event is not None and event.reason:
            story += [Spacer(1, 3 * mm), Paragraph(pdf.escape(t("letter.reason", reason=event.reason)), s["body"])]
        story += [Spacer(1, 3 * mm), Paragraph(pdf.escape(t("letter.rejected_next")), s["body"])]
    story += [Spacer(1, 12 * mm),
              Paragraph(pdf.escape(t("letter.signature", programme=programme)).replace("\n", "<br/>"), s["body"]),
              Spacer(1, 4 * mm), Paragraph(pdf.escape(t("letter.date", date=format_date(today))), s["body"])]
    return pdf.build(path, frame, story, subject=app.title)
