"""The grant competition of the demo, through the competition services: criteria and reviewers of the two
decided calls with the committee's paper reviews typed in (so the ranking reproduces the selection: 18 of
cycle 2's 53 applications approved within the envelope), and an open call of a third cycle under review with
a dozen applications and the reviews half done, so a new user can try the whole workflow."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.demo.context import DemoContext
from fieldapp.demo.grants import group_name, is_kazakh
from fieldapp.demo.programme import SETTLEMENTS
from fieldapp.model import Application, Cycle, GroupMember, InitiativeGroup, SelectionDecision, StatusEvent
from fieldapp.services import applications, calls, decision_reasons, reasons, review, workflow
from fieldapp.services.calls import CriterionSpec

CRITERIA = [
    CriterionSpec("Актуальность проблемы для сообщества", 10, Decimal("2.00"), "Мәселенің қоғамдастық үшін өзектілігі",
                  "Relevance to the community"),
    CriterionSpec("Участие сообщества и вклад жителей", 10, Decimal("1.50"), "Қоғамдастықтың қатысуы және тұрғындар "
                  "үлесі", "Community participation and contribution", comment_required=True),
    CriterionSpec("Реалистичность плана и бюджета", 10, Decimal("1.50"), "Жоспар мен бюджеттің шынайылығы",
                  "Realistic plan and budget"),
    CriterionSpec("Инклюзивность (дети, люди с инвалидностью, пожилые)", 10, Decimal("1.00"),
                  "Инклюзивтілік (балалар, мүгедектігі бар адамдар, қарттар)", "Inclusion"),
    CriterionSpec("Устойчивость: кто будет содержать объект", 10, Decimal("1.00"), "Тұрақтылық: нысанды кім күтіп-ұстайды",
                  "Sustainability: who maintains it"),
]
COMMENTS_HIGH = ["Жители готовы работать сами, есть письмо акимата.", "Тұрғындар белсенді, жоспар нақты.",
                 "Сильная группа, понятный бюджет.", "Объект нужен детям села, поддержка акимата подтверждена."]
COMMENTS_LOW = ["Вклад сообщества описан слабо.", "Бюджет завышен, нет смет.", "Жоспар анық емес.",
                "Непонятно, кто будет содержать площадку."]
REVIEWERS = ("reviewer1", "reviewer2", "reviewer3")
CODES = {1: "ОП-2018", 2: "ВМС-2019"}


def _scores(ctx: DemoContext, criteria: list, quality: float) -> dict[str, tuple[int, str | None]]:
    """One reviewer's scores around a project's quality (0..1), a point either way."""
    scores = {}
    for c in criteria:
        value = max(0, min(c.max_score, round(quality * c.max_score) + ctx.rng.choice((-1, 0, 0, 1))))
        comment = ctx.rng.choice(COMMENTS_HIGH if quality > 0.7 else COMMENTS_LOW) if c.comment_required else None
        scores[c.id] = (value, comment)
    return scores


def _event_at(s: Session, app_id: str, status: str) -> dt.datetime | None:
    return s.scalars(select(StatusEvent.at).where(StatusEvent.subject_id == app_id,
                                                  StatusEvent.to_status == status)).first()


def _decided_call(ctx: DemoContext, cycle: int) -> None:
    """Criteria, reviewers and the committee's paper reviews of a call the head office decided long ago."""
    call_id = ctx.ids[f"call{cycle}"]
    with ctx.db.transaction(reason=reasons.coded("demo")) as s:
        calls.update(s, call_id, code=CODES[cycle])
        calls.set_settlements(s, call_id, [ctx.ids[f"loc:{key}"] for key in SETTLEMENTS])
        calls.set_attachment_rules(s, call_id, [("support_letter", "Письмо поддержки акимата"),
                                                ("site_photo", "Фотографии участка")])
        criteria = calls.set_criteria(s, call_id, CRITERIA)
        reviewers = [review.add_reviewer(s, call_id, _name(ctx, s, key)) for key in REVIEWERS]
        apps = list(s.scalars(select(Application).where(Application.call_id == call_id)
                              .order_by(Application.registration_number)))
        kuryk = ctx.ids["loc:kuryk"]
        for app in apps:
            funded = app.status == "approved"
            quality = ctx.rng.uniform(0.78, 0.96) if funded else ctx.rng.uniform(0.30, 0.60)
            reviewed_at = _event_at(s, app.id, "under_review") or dt.datetime(2020, 2, 1)
            for number, reviewer in enumerate(reviewers):
                if number == 0 and app.settlement_id == kuryk and cycle == 2:
                    review.declare_conflict(s, app.id, reviewer.id, "Родственники в инициативной группе")
                    continue
                review.assign(s, app.id, reviewer.id, back_entry=True)
                review.save(s, app.id, reviewer.id, _scores(ctx, criteria, quality),
                            back_entry_at=reviewed_at + dt.timedelta(days=3 + number))
            if funded:
                app.approved_amount = app.requested_amount
            decided_at = _event_at(s, app.id, app.status)
            s.add(SelectionDecision(application_id=app.id, call_id=call_id, decision=app.status,
                                    amount=app.approved_amount, reason=None,
                                    reason_code=None if funded else "not_selected.envelope",
                                    at=decided_at or reviewed_at, by_user_id=ctx.ids["user:hq"]))


def _name(ctx: DemoContext, s: Session, key: str) -> str:
    from fieldapp.model import UserProfile

    user = s.get(UserProfile, ctx.ids[f"user:{key}"])
    assert user is not None
    return user.name


OPEN_PROJECTS = [
    ("Сенсорная комната в школе", "sensory_room", "fort", "1850000"),
    ("Балалар алаңы «Айгөлек»", "playground", "bautino", "1420000"),
    ("Воркаут-площадка у набережной", "sports_ground", "kuryk", "1990000"),
    ("Сквер для пожилых жителей", "recreation_area", "boranqul", "1275000"),
    ("Футбол алаңы жасөспірімдерге", "sports_ground", "fort", "2000000"),
    ("Детская площадка у детского сада", "playground", "kuryk", "1530000"),
    ("Зона отдыха «Теңіз жағасы»", "recreation_area", "bautino", "1680000"),
    ("Инклюзивная игровая площадка", "playground", "boranqul", "1945000"),
    ("Летний кинотеатр под открытым небом", "other", "fort", "990000"),
    ("Психологиялық жеңілдік бөлмесі", "sensory_room", "bautino", "1760000"),
    ("Спортивный зал под открытым небом", "sports_ground", "boranqul", "2350000"),  # over the maximum
    ("Саябақ «Ынтымақ»", "recreation_area", "kuryk", "1600000"),  # still being typed in
]


def _budget(amount: Decimal) -> list[dict[str, object]]:
    equipment = (amount * Decimal("0.6")).quantize(Decimal("1"))
    works = amount - equipment
    return [
        {"item": "Оборудование и материалы", "unit": "компл.", "quantity": "1", "unit_cost": str(equipment)},
        {"item": "Монтажные работы", "unit": "усл.", "quantity": "1", "unit_cost": str(works)},
        {"item": "Подготовка участка (акимат)", "unit": "усл.", "quantity": "1", "unit_cost": "250000",
         "cofunding": "250000"},
        {"item": "Работа жителей на субботниках", "unit": "час", "quantity": "240", "unit_cost": "1000",
         "inkind": "240000", "volunteer_hours": 240},
    ]


def _open_call(ctx: DemoContext) -> None:
    rng = ctx.rng
    with ctx.db.transaction(reason=reasons.coded("demo")) as s:
        cycle = Cycle(programme_id=ctx.ids["programme"], number=3, name="Цикл 3 (2021–2022)",
                      starts_on=dt.date(2021, 1, 15), ends_on=dt.date(2022, 1, 31))
        s.add(cycle)
        s.flush()
        ctx.ids["cycle3"] = cycle.id
        call = calls.create(s, cycle_id=cycle.id, title="Наше село — наше пространство (2021)",
                            title_kk="Біздің ауыл — біздің кеңістік (2021)",
                            title_en="Our village, our space (2021)", opens_on=dt.date(2021, 3, 1),
                            deadline=dt.date(2021, 4, 15), max_grant=Decimal("2000000.00"),
                            envelope=Decimal("12000000.00"), code="НС-2021",
                            description="Третий конкурс мини-проектов для инициативных групп Мангистауской области.")
        ctx.ids["call3"] = call.id
        calls.set_settlements(s, call.id, [ctx.ids[f"loc:{key}"] for key in SETTLEMENTS])
        calls.set_attachment_rules(s, call.id, [("support_letter", "Письмо поддержки акимата"),
                                                ("site_photo", "Фотографии участка")])
        calls.copy_criteria(s, ctx.ids["call2"], call.id)
        calls.set_status(s, call.id, "open")
        for key in REVIEWERS:
            review.add_reviewer(s, call.id, _name(ctx, s, key))
    app_ids = []
    with ctx.db.transaction(reason=reasons.coded("demo")) as s:
        for index, (title, category, place, amount) in enumerate(OPEN_PROJECTS):
            attendees = ctx.lists[f"attended2:{place}"]
            leader = attendees[(index * 5 + 3) % len(attendees)]
            kazakh = is_kazakh(title)
            group = InitiativeGroup(name=group_name(f"{title.split()[0]} {index + 1}", "kk" if kazakh else "ru"),
                                    settlement_id=ctx.ids[f"loc:{place}"], leader_id=leader,
                                    experience="Участники тренинга цикла 2")
            s.add(group)
            s.flush()
            for person_id in dict.fromkeys([leader, *rng.sample(attendees, 3)]):
                s.add(GroupMember(group_id=group.id, person_id=person_id,
                                  role="лидер" if person_id == leader else "участник"))
            app = applications.create(
                s, call.id, title=title, category=category, group_id=group.id, channel=rng.choice(
                    ["paper", "paper", "email", "in_person"]), received_on=dt.date(2021, 3, 10) + dt.timedelta(
                    days=index * 3), language="kk" if rng.choice(["ru", "ru", "kk"]) == "kk" or kazakh else "ru",
                starts_on=dt.date(2021, 6, 1),
                duration_months=rng.choice([4, 5, 6]),
                problem="В селе нет безопасного места для отдыха и занятий детей и молодёжи.",
                goal=f"Создать {title.lower()} для жителей села.",
                objectives="Подготовить участок; закупить и установить оборудование; провести открытие.",
                community_participation="Жители проводят субботники, акимат готовит участок.",
                inclusion="Оборудование доступно детям с инвалидностью; скамейки для пожилых.",
                risks="Рост цен на материалы — запас в смете; погода — работы летом.",
                sustainability="Объект передаётся на баланс акимата, уход — совет жителей.")
            app_ids.append(app.id)
            if index == len(OPEN_PROJECTS) - 1:
                continue  # a paper application half typed in: its budget is still missing
            applications.set_budget(s, app.id, _budget(Decimal(amount)))
            applications.set_beneficiaries(s, app.id, {("direct", "F", "0-17"): rng.randint(60, 200),
                                                       ("direct", "M", "0-17"): rng.randint(60, 200),
                                                       ("indirect", "F", "30-59"): rng.randint(100, 400),
                                                       ("indirect", "M", "30-59"): rng.randint(100, 400)})
            applications.set_activities(s, app.id, [
                {"activity": "Подготовка участка", "starts_on": dt.date(2021, 6, 1), "ends_on": dt.date(2021, 6, 30),
                 "responsible": "акимат"},
                {"activity": "Закупка и монтаж оборудования", "starts_on": dt.date(2021, 7, 1),
                 "ends_on": dt.date(2021, 8, 31), "responsible": "инициативная группа"},
                {"activity": "Открытие и передача объекта", "starts_on": dt.date(2021, 9, 1),
                 "ends_on": dt.date(2021, 9, 15), "responsible": "инициативная группа"}])
            applications.set_indicators(s, app.id, [
                {"indicator": "Число детей, пользующихся объектом в неделю", "baseline": "0", "target": "150",
                 "verification": "Журнал наблюдений, фото"},
                {"indicator": "Часы работы жителей на субботниках", "baseline": "0", "target": "240",
                 "verification": "Лист учёта волонтёров"}])
            workflow.submit(s, app.id)
            applications.assign_registration_number(s, app.id)
    with ctx.db.transaction(reason=reasons.coded("demo")) as s:
        for app_id in app_ids[:-1]:
            hard, _waivable = workflow.eligibility_problems(s, app_id)
            if hard:
                workflow.reject(s, app_id, reason_code=decision_reasons.for_problems(p.code for p in hard))
            else:
                workflow.mark_eligible(s, app_id, reason="Письма и фото получены на бумаге, сверены с описью")
        workflow.start_call_review(s, call.id)
        reviewers = review.reviewers(s, call.id)
        for app_id in app_ids:
            applied = s.get(Application, app_id)
            if applied is not None and applied.settlement_id == ctx.ids["loc:kuryk"]:
                review.declare_conflict(s, app_id, ctx.ids["user:reviewer1"], "Моё родное село")
        review.assign_all(s, call.id)
    criteria = None
    with ctx.db.transaction(reason=reasons.coded("demo")) as s:
        criteria = calls.criteria(s, call.id)
        for number, reviewer in enumerate(reviewers):
            assigned = review.assigned_applications(s, call.id, reviewer.id)
            done = {ctx.ids["user:reviewer1"]: len(assigned), ctx.ids["user:reviewer2"]: len(assigned) // 2}.get(
                reviewer.id, 0)
            for position, app in enumerate(assigned):
                quality = 0.45 + 0.05 * ((position * 7 + number) % 10)
                if position < done:
                    review.save(s, app.id, reviewer.id, _scores(ctx, criteria, quality), submit=True)
                elif position == done and done:
                    review.save(s, app.id, reviewer.id, dict(list(_scores(ctx, criteria, quality).items())[:2]))


def build(ctx: DemoContext) -> None:
    ctx.db.set_user(ctx.ids["user:staff"])
    for cycle in (1, 2):
        _decided_call(ctx, cycle)
    _open_call(ctx)
