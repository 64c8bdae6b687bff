"""Demo visits in full: the funded projects' work plans and budgets, each visit's time, people met, checklist,
progress, photos (generated, with EXIF time and GPS near the real villages) and follow-up actions, and the
grantee reports' spending per line, beneficiaries by sex and age, and acceptance. Two projects of the last
funded cycle are still under way, so the plan of due visits shows them; the others are completed by the one
completion rule (``services/completion.py``), as the officer's finished acceptance visit completes them."""

from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw
from sqlalchemy import select

from fieldapp.demo.context import DemoContext
from fieldapp.model import (
    Activity,
    Agreement,
    Application,
    Beneficiaries,
    BudgetLine,
    FollowUpAction,
    ProjectReport,
    ReportBeneficiaries,
    ReportSpending,
    SiteVisit,
    Tranche,
    VisitCheck,
    VisitProgress,
)
from fieldapp.services import completion, reasons
from fieldapp.services.attachments import AttachmentStore
from fieldapp.services.photos import add_photos, prepare
from fieldapp.services.visits import DEFAULT_CHECKLIST

#: approximate centres of the demo's villages (latitude, longitude)
PLACES = {"fort": (44.5086, 50.2630), "bautino": (44.5436, 50.2400), "boranqul": (45.0440, 54.7720),
          "kuryk": (43.1800, 51.6700)}
PLAN = (("Подготовка участка", 0, 30), ("Закупка и монтаж оборудования", 30, 150),
        ("Открытие и передача объекта", 150, 180))


def _photo(path: Path, taken: dt.datetime, point: tuple[float, float], seed: int, turned: bool) -> Path:
    """A 480×360 picture of a site (sky, ground, a frame of a playground) with EXIF time and GPS."""
    image = Image.new("RGB", (480, 360), (135, 190, 235))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 230, 480, 360), fill=(196, 170, 120))
    x = 60 + seed * 37 % 200
    draw.rectangle((x, 130, x + 12, 250), fill=(200, 40, 40))
    draw.rectangle((x + 150, 130, x + 162, 250), fill=(200, 40, 40))
    draw.rectangle((x, 120, x + 162, 134), fill=(240, 200, 30))
    draw.polygon([(x + 170, 250), (x + 240, 170), (x + 250, 180), (x + 190, 250)], fill=(40, 120, 200))
    if turned:  # stored lying on its side, as a phone held upright writes it; EXIF says to turn it
        image = image.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[274] = 6 if turned else 1
    exif[306] = taken.strftime("%Y:%m:%d %H:%M:%S")
    exif.get_ifd(0x8769)[36867] = taken.strftime("%Y:%m:%d %H:%M:%S")

    def dms(value: float) -> tuple[float, float, float]:
        degrees, rest = int(value), (value - int(value)) * 60
        return float(degrees), float(int(rest)), round((rest - int(rest)) * 60, 2)

    exif.get_ifd(0x8825).update({1: "N", 2: dms(point[0]), 3: "E", 4: dms(point[1])})
    image.save(path, "JPEG", exif=exif, quality=80)
    return path


def build(ctx: DemoContext) -> None:
    rng = ctx.rng
    store = AttachmentStore.beside(ctx.db.path)
    place_of = {ctx.ids[f"loc:{key}"]: point for key, point in PLACES.items() if f"loc:{key}" in ctx.ids}
    with ctx.db.transaction(reason=reasons.coded("demo")) as s, tempfile.TemporaryDirectory() as folder:
        ctx.db.set_user(ctx.ids["user:officer"])
        agreements = list(s.scalars(select(Agreement).order_by(Agreement.signed_on)))
        for number, agreement in enumerate(agreements):
            app = s.get(Application, agreement.application_id)
            signed = agreement.signed_on or agreement.starts_on  # a draft: planned from the day it should start
            assert app is not None and signed is not None
            activities = []
            for position, (text, start, end) in enumerate(PLAN, start=1):
                step = Activity(application_id=app.id, position=position, activity=text,
                                starts_on=signed + dt.timedelta(days=start), ends_on=signed + dt.timedelta(days=end),
                                responsible="инициативная группа" if position > 1 else "акимат")
                s.add(step)
                activities.append(step)
            equipment = (app.requested_amount * Decimal("0.6")).quantize(Decimal("1"))
            lines = [BudgetLine(application_id=app.id, position=1, item="Оборудование и материалы", unit="компл.",
                                quantity=Decimal("1"), unit_cost=equipment, requested=equipment),
                     BudgetLine(application_id=app.id, position=2, item="Монтажные работы", unit="усл.",
                                quantity=Decimal("1"), unit_cost=app.requested_amount - equipment,
                                requested=app.requested_amount - equipment,
                                cofunding=app.akimat_cofunding, inkind=app.community_inkind,
                                volunteer_hours=app.volunteer_hours or 0)]
            s.add_all(lines)
            if not s.scalars(select(Beneficiaries.id).where(Beneficiaries.application_id == app.id)).first():
                final = s.scalars(select(ProjectReport).where(ProjectReport.agreement_id == agreement.id,
                                                              ProjectReport.kind == "completion")).first()
                direct, indirect = ((final.beneficiaries_direct, final.beneficiaries_indirect) if final
                                    else (60, 120))  # what the group planned in its application
                for kind, age, count in (("direct", "0-17", direct), ("indirect", "30-59", indirect)):
                    s.add(Beneficiaries(application_id=app.id, kind=kind, sex="F", age_group=age, count=count // 2))
                    s.add(Beneficiaries(application_id=app.id, kind=kind, sex="M", age_group=age,
                                        count=count - count // 2))
            point = place_of.get(app.settlement_id or "", (43.65, 51.17))
            for visit in s.scalars(select(SiteVisit).where(SiteVisit.agreement_id == agreement.id)):
                monitoring = visit.purpose == "monitoring"
                clock = dt.time(10 + rng.randint(0, 5), rng.choice((0, 15, 30, 45)))
                visit.visit_time = clock.strftime("%H:%M")
                visit.people_met = "Лидер инициативной группы; представитель акимата" if monitoring else \
                    "Аким села; инициативная группа; жители"
                visit.beneficiary_feedback = "Жители ждут открытия, дети уже приходят смотреть." if monitoring \
                    else "Дети и родители довольны; просят добавить освещение."
                visit.users_seen = rng.randint(0, 6) if monitoring else rng.randint(12, 40)
                visit.latitude = round(point[0] + rng.uniform(-0.004, 0.004), 6)
                visit.longitude = round(point[1] + rng.uniform(-0.004, 0.004), 6)
                for position, (item, _kk, _en) in enumerate(DEFAULT_CHECKLIST, start=1):
                    missing_sign = monitoring and position == 3 and number % 4 == 0
                    s.add(VisitCheck(visit_id=visit.id, position=position, item=item,
                                     result="no" if missing_sign else "yes",
                                     comment="Табличка донора ещё не установлена" if missing_sign else None))
                    if missing_sign:
                        done = visit.visited_on + dt.timedelta(days=20)
                        s.add(FollowUpAction(visit_id=visit.id, agreement_id=agreement.id,
                                             description="Установить табличку донора у входа",
                                             owner="Лидер инициативной группы",
                                             due_on=visit.visited_on + dt.timedelta(days=14), status="done",
                                             closed_at=dt.datetime.combine(done, dt.time(12)),
                                             closed_by=ctx.ids["user:officer"]))
                for step in activities:
                    percent = 100 if not monitoring else (100 if step.position == 1 else 60 if step.position == 2
                                                          else 0)
                    s.add(VisitProgress(visit_id=visit.id, activity_id=step.id, percent=percent))
                taken = dt.datetime.combine(visit.visited_on, clock)
                photos = []
                for index in range(2):
                    path = _photo(Path(folder) / f"IMG_{number:03d}{index}.jpg",
                                  taken + dt.timedelta(minutes=7 * index),
                                  (visit.latitude + 0.0002 * index, visit.longitude), number * 2 + index, index == 1)
                    photos.append(prepare(store, path))
                captions = {photos[0].sha256: "Общий вид объекта", photos[1].sha256: "Оборудование вблизи"}
                s.flush()
                add_photos(s, visit.id, photos, captions)
            for report in s.scalars(select(ProjectReport).where(ProjectReport.agreement_id == agreement.id)):
                share = Decimal("1") if report.kind == "completion" else Decimal("0.7")
                for line in lines:
                    s.add(ReportSpending(report_id=report.id, budget_line_id=line.id,
                                         spent=(line.requested * share).quantize(Decimal("0.01"))))
                report.cofunding_delivered = (app.akimat_cofunding * share).quantize(Decimal("0.01"))
                report.volunteer_hours = int(240 * share)
                girls = report.beneficiaries_direct // 2
                for sex, age, count in (("F", "0-17", girls), ("M", "0-17", report.beneficiaries_direct - girls)):
                    s.add(ReportBeneficiaries(report_id=report.id, sex=sex, age_group=age, count=count))
                report.accepted_on = report.submitted_on + dt.timedelta(days=5)
                report.accepted_by = ctx.ids["user:officer"]
        # the last two projects are still being built: signed, the second tranche not yet paid
        for agreement in agreements[-2:]:
            agreement.status = "signed"
            for tranche in s.scalars(select(Tranche).where(Tranche.agreement_id == agreement.id,
                                                           Tranche.number == 2)):
                tranche.paid_on, tranche.paid_amount = None, None
            for visit in s.scalars(select(SiteVisit).where(SiteVisit.agreement_id == agreement.id,
                                                           SiteVisit.purpose == "acceptance")):
                s.add(FollowUpAction(visit_id=visit.id, agreement_id=agreement.id,
                                     description="Принести чеки на монтажные работы",
                                     owner="Лидер инициативной группы",
                                     due_on=visit.visited_on + dt.timedelta(days=10), status="open"))
                visit.next_tranche_ok = False
                visit.purpose = "monitoring"
                visit.hold_reason = "Нет чеков на монтажные работы"
        s.flush()
        for visit in s.scalars(select(SiteVisit).where(SiteVisit.status == "draft")):
            visit.status = "final"  # the form is whole: from now on a correction is a new visit
        s.flush()
        for agreement in agreements:  # the officer's finished acceptance visits complete what is in order
            completion.settle(s, agreement.id)
    ctx.db.set_user(ctx.ids["user:staff"])
