"""Decision letters to applicants, in the applicant's language, that the foundation can sign and send.

The letter opens with the letterhead, the outgoing number and date (:mod:`fieldapp.services.letters`: given at
the first print, the same on every reprint) and the addressee in the case the language needs; it greets the
leader by sex and name, states the decision (approved with the amount in figures and in words; not selected;
or not admitted, when the application was rejected at the eligibility check), the reason in the letter's
language (a standard reason's words, then a typed remark as typed), whom to ask, and closes with the
signatory's position, a line for the signature, the name and the place of the stamp.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.catalogues import Texts
from fieldapp.documents import addressing, amounts, letterhead, pdf
from fieldapp.documents.signatures import Signer, signature_block
from fieldapp.formatting import format_date
from fieldapp.model import InitiativeGroup, Person
from fieldapp.services import applications, calls, decision_reasons, letters, organisation


def write_decision_letter(session: Session, application_id: str, path: Path | str, lang: str | None = None,
                          on: dt.date | None = None) -> Path:
    """The letter for a decided application (approved or rejected); ``lang`` defaults to the applicant's.
    The first print numbers the letter in the register (a write: call it inside a transaction)."""
    app = applications.get(session, application_id)
    event = letters.decision_event(session, app)
    lang = lang or app.language or "ru"
    t = Texts(lang, "competition")
    s = pdf.styles()
    call = calls.get(session, app.call_id)
    programme = organisation.programme_of_cycle(session, call.cycle_id)
    head = organisation.letterhead(session, lang, programme)
    letter = letters.register_decision_letter(session, app, lang, on)
    group = session.get(InitiativeGroup, app.group_id) if app.group_id else None
    leader = session.get(Person, group.leader_id) if group and group.leader_id else None
    if app.status == "approved":
        outcome = "approved"
    else:
        outcome = "ineligible" if decision_reasons.kind_of_rejection(event.from_status or "") == "ineligible" else "rejected"
    frame = pdf.PageFrame(letterhead.issuer_of(head, lang), t(f"letter.title.{outcome}"), applications.number(app),
                          letter.issued_on, page_label=t("page"), number_label=t("number"), kind="letter",
                          left_margin=pdf.BINDING_MARGIN)
    width = frame.text_width
    quoted = addressing.inner_quotes if lang != "en" else str
    values = {"call": quoted(calls.title_in(call, lang)), "title": quoted(app.title),
              "number": applications.number(app)}
    sex = addressing.sex_of(leader.full_name, leader.sex, leader.iin) if leader else None
    # an English letter names the leader in Latin letters when the record has them
    name = (leader.full_name_latin if lang == "en" and leader.full_name_latin else leader.full_name) if leader else ""

    story: list[Flowable] = letterhead.letterhead(head, lang, width)
    outgoing = t("letter.outgoing", number=letter.number, date=format_date(letter.issued_on))
    to_lines = [t("letter.to_leader", group=addressing.group_of(group.name, lang)) if group else ""]
    if leader is not None:
        to_lines.append(addressing.addressee_name(name, sex, lang))
    to_lines.append(calls.place_name(session, app.settlement_id, lang))
    address = Table([[pdf.para(outgoing, "body"), pdf.para("\n".join(x for x in to_lines if x), "body")]],
                    colWidths=[width * 0.45, width * 0.55])
    address.setStyle(TableStyle([pdf.TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [address, Spacer(1, 8 * mm), Paragraph(pdf.escape(t(f"letter.title.{outcome}")), s["h1"])]
    if leader is not None and sex is not None:
        greeting = t(f"letter.greeting.{sex}", name=addressing.greeting_name(name, lang),
                     surname=addressing.split_name(name).surname)
    elif leader is not None and lang != "ru":
        greeting = t("letter.greeting.unknown", name=addressing.greeting_name(name, lang))
    else:
        greeting = t("letter.greeting_group")
    story += [Paragraph(pdf.escape(greeting), s["body"]), Spacer(1, 4 * mm)]

    def paragraph(text: str) -> None:
        story.extend([Paragraph(pdf.escape(text), s["body"]), Spacer(1, 3 * mm)])

    paragraph(t(f"letter.{outcome}", **values))
    paragraph(t("letter.decided", date=format_date(event.at)))
    if outcome == "approved":
        assert app.approved_amount is not None
        paragraph(t("letter.amount", amount=amounts.with_words(app.approved_amount, lang)))
        paragraph(t("letter.approved_next"))
    else:
        reason = decision_reasons.describe(event.reason_code, event.reason, lang, max_grant=call.max_grant)
        if reason:
            paragraph(t("letter.reason", reason=reason))
        paragraph(t("letter.rejected_next"))
    contacts = ", ".join(x for x in (t("letter.phone", phone=head.phone) if head.phone else "",
                                     t("letter.email", email=head.email) if head.email else "") if x)
    if contacts:
        paragraph(t("letter.contact", contacts=contacts))
    story += [Spacer(1, 6 * mm), Paragraph(pdf.escape(t("letter.closing")), s["body"]), Spacer(1, 2 * mm)]
    story.append(signature_block([_signer(letter, head, t)], lang, width, stamp=True))
    return pdf.build(path, frame, story, subject=app.title)


def _signer(letter: object, head: organisation.Letterhead, t: Texts) -> Signer:
    """Who signed at the first print; the position in this letter's language while the same person signs."""
    name = getattr(letter, "signatory_name", None) or head.signatory_name
    position = head.signatory_position if name == head.signatory_name and head.signatory_position else (
        getattr(letter, "signatory_position", None) or "")
    if not name and not position:
        return Signer(t("letter.signatory_default", programme=head.programme), head.manager_name)
    return Signer(position or t("letter.signatory_default", programme=head.programme), name or "")
