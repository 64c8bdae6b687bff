"""The site visit report: the visit, progress against the work plan, the checklist, findings, feedback, the
decision on the next tranche, follow-up actions, a page of photos (downscaled, turned upright) with captions,
time and coordinates, and the officer's signature — in Russian, Kazakh or English."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.documents import letterhead, pdf
from fieldapp.documents.signatures import Signer, signature_block
from fieldapp.formatting import format_date
from fieldapp.model import Activity, Agreement, Application, GrantCall, SiteVisit, UserProfile, VisitProgress
from fieldapp.problems import Invalid
from fieldapp.services import calls, geo, organisation, photos, visits
from fieldapp.services.actions import actions
from fieldapp.services.attachments import AttachmentStore

#: photos in the report: at most this many pixels on the longest side (the store keeps them whole)
REPORT_PIXELS = 900
PHOTO_WIDTH = 85 * mm


def write_visit_report(session: Session, visit_id: str, path: Path | str, lang: str = "ru") -> Path:
    visit = session.get(SiteVisit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise Invalid("visit.unknown", f"No such visit: {visit_id}", params={"id": visit_id})
    agreement = session.get(Agreement, visit.agreement_id)
    assert agreement is not None
    app = session.get(Application, agreement.application_id)
    assert app is not None
    call = session.get(GrantCall, app.call_id)
    t = pdf.Texts(lang, "visits")
    s = pdf.styles()
    officer = session.get(UserProfile, visit.officer_id) if visit.officer_id else None
    number = agreement.number or agreement.draft_number
    programme = organisation.programme_of_cycle(session, call.cycle_id) if call else None
    frame = pdf.PageFrame(letterhead.issuer(session, lang, programme), t("title"), number, visit.visited_on,
                          [f"{app.title} — {calls.place_name(session, app.settlement_id, lang)}"], t("page"),
                          t("number"))

    def para(text: object, style: str = "cell") -> Paragraph:
        return Paragraph(pdf.escape(text).replace("\n", "<br/>"), s[style])

    def grid(rows: Sequence[Sequence[object]], widths: list[float], header: bool = True) -> Table:
        table = Table([[c if isinstance(c, Paragraph) else para(c) for c in row] for row in rows],
                      colWidths=widths, repeatRows=1 if header else 0)
        style = [("GRID", (0, 0), (-1, -1), 0.4, pdf.LINE), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
        table.setStyle(TableStyle(style))
        return table

    decision = {True: t("decision.release"), False: t("decision.hold"), None: t("decision.none")}[
        visit.next_tranche_ok]
    when = format_date(visit.visited_on) + (f", {visit.visit_time}" if visit.visit_time else "")
    facts = [[t("field.agreement"), f"{number} — {app.title}"],
             [t("field.date"), when],
             [t("field.officer"), officer.name if officer else "—"],
             [t("field.purpose"), t(f"purpose.{visit.purpose}")],
             [t("field.announced"), t("yes") if visit.announced else t("no")],
             [t("field.people_met"), visit.people_met or "—"],
             [t("field.location"), geo.format_point(visit.latitude, visit.longitude) or "—"]]
    if visit.status == "draft":
        facts.append([t("field.status"), t("status.draft")])
    story: list = [Paragraph(pdf.escape(t("title")), s["h1"]), grid(facts, [45 * mm, 135 * mm], header=False)]
    progress = session.execute(select(Activity.activity, VisitProgress.percent, VisitProgress.comment)
                               .join(Activity, Activity.id == VisitProgress.activity_id)
                               .where(VisitProgress.visit_id == visit.id).order_by(Activity.position)).all()
    if progress:
        story += [Paragraph(pdf.escape(t("section.progress")), s["h2"]),
                  grid([[t("col.activity"), t("col.percent"), t("col.comment")]]
                       + [[a, f"{p} %", c or ""] for a, p, c in progress], [80 * mm, 26 * mm, 74 * mm])]
    form = visits.visit_form(session, visit.id, lang)
    checks = form.data.checks if form.data else ()
    if checks:
        words = visits.checklist_words(session, lang)
        story += [Paragraph(pdf.escape(t("section.checklist")), s["h2"]),
                  grid([[t("col.item"), t("col.result"), t("col.comment")]]
                       + [[words.get(item, item), t(f"result.{result}"), comment or ""]
                          for item, result, comment in checks],
                       [85 * mm, 30 * mm, 65 * mm])]
    story += [Paragraph(pdf.escape(t("section.findings")), s["h2"]),
              grid([[t("field.findings"), visit.findings or "—"],
                    [t("field.feedback"), visit.beneficiary_feedback or "—"],
                    [t("field.users_seen"), "—" if visit.users_seen is None else str(visit.users_seen)],
                    [t("field.decision"), decision + (f": {visit.hold_reason}" if visit.hold_reason else "")]],
                   [45 * mm, 135 * mm], header=False)]
    found = actions(session, visit_id=visit.id)
    if found:
        story += [Paragraph(pdf.escape(t("section.actions")), s["h2"]),
                  grid([[t("col.what"), t("col.who"), t("col.due"), t("col.status")]]
                       + [[a.description, a.owner, format_date(a.due_on) if a.due_on else "—",
                           t(f"action.{a.status}")] for a in found], [80 * mm, 45 * mm, 25 * mm, 30 * mm])]
    story += _photos(session, visit.id, t, s)
    # the officer's signature closes the report, under its photos; it is kept with what comes before it (the last
    # row of photos, or the last section), so it never stands alone on a page
    gap = Spacer(1, 8 * mm)
    story[-1].keepWithNext = gap.keepWithNext = 1
    story += [gap,
              signature_block([Signer(t("signer"), officer.name if officer else "")], lang, frame.text_width,
                              date_line=True, keep=False)]  # a KeepTogether is never kept with what precedes it
    return pdf.build(path, frame, story, subject=app.title)


def _photos(session: Session, visit_id: str, t: pdf.Texts, s: dict) -> list:
    rows = visits.photos_of(session, visit_id)
    if not rows:
        return []
    store = AttachmentStore.of(session)
    cells = []
    for photo in rows:
        path = store.path(photo.sha256)
        lines = [photo.caption or photo.file_name]
        if photo.taken_at:
            lines.append(f"{format_date(photo.taken_at)} {photo.taken_at:%H:%M}")
        if photo.latitude is not None:
            lines.append(geo.format_point(photo.latitude, photo.longitude))
        caption = Paragraph(pdf.escape("\n".join(lines)).replace("\n", "<br/>"), s["small"])
        if not path.is_file():
            cells.append([Paragraph(pdf.escape(t("photo.missing")), s["muted"]), caption])
            continue
        data = photos.scaled(path, REPORT_PIXELS, photo.orientation)
        image = Image(io.BytesIO(data))
        ratio = image.imageHeight / image.imageWidth
        width = PHOTO_WIDTH if ratio <= 1 else PHOTO_WIDTH / ratio * 0.9
        image.drawWidth, image.drawHeight = width, width * ratio
        cells.append([image, caption])
    table_rows = []
    for index in range(0, len(cells), 2):
        pair = cells[index:index + 2]
        table_rows.append([[c[0], Spacer(1, 1 * mm), c[1]] for c in pair] + ([""] if len(pair) == 1 else []))
    # one table a row: the heading keeps with the first row (h2), the signature with the last (write_visit_report)
    return [Paragraph(pdf.escape(t("section.photos")), s["h2"])] + [_photo_table([row]) for row in table_rows]


def _photo_table(rows: list) -> Table:
    """Photos two to a row, each with its caption, time and position under it."""
    table = Table(rows, colWidths=[90 * mm, 90 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return table
