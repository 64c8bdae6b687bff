"""Demo participants, trainings with their sessions, registrations and attendance for both cycles."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from fieldapp.demo.context import DemoContext, valid_iin
from fieldapp.demo.names import person_name
from fieldapp.demo.programme import SETTLEMENTS
from fieldapp.ids import derived_id
from fieldapp.model import (
    Attendance,
    Consent,
    Person,
    Registration,
    Training,
    TrainingSession,
    TrainingTrainer,
)
from fieldapp.services import reasons
from fieldapp.services.trainings import registration_id

CONSENT_SCOPE = (
    "ФИО, пол, год рождения, населённый пункт, телефон; для учёта участия в программе "
    "«Общественные пространства» и отчёта донору в обезличенном виде"
)

# cycle → [(settlement key, title key, venue key, first day, sessions, attendees, no-shows)]
TRAININGS = {
    1: [
        ("fort", "project", "culture", dt.date(2018, 9, 18), 3, 90, 6),
        ("bautino", "project", "school", dt.date(2018, 9, 25), 2, 70, 5),
        ("boranqul", "project_short", "club", dt.date(2018, 10, 2), 2, 80, 5),
        ("kuryk", "project", "leisure", dt.date(2018, 10, 9), 2, 70, 4),
    ],
    2: [
        ("fort", "school_budget", "culture", dt.date(2019, 10, 15), 3, 95, 6),
        ("bautino", "school", "school", dt.date(2019, 10, 22), 2, 75, 5),
        ("boranqul", "school", "club", dt.date(2019, 10, 29), 2, 85, 4),
        ("kuryk", "school", "leisure", dt.date(2019, 11, 5), 2, 85, 5),
    ],
}
# Russian, Kazakh, English: what sign-in sheets and certificates print in each language
TITLES = {
    "project": ("Как написать социальный проект", "Әлеуметтік жобаны қалай жазу керек",
                "How to write a social project"),
    "project_short": ("Как написать проект", "Жобаны қалай жазу керек", "How to write a project"),
    "school_budget": ("Школа активистов: бюджет и мониторинг", "Белсенділер мектебі: бюджет және мониторинг",
                      "Activists' school: budget and monitoring"),
    "school": ("Школа активистов", "Белсенділер мектебі", "Activists' school"),
}
VENUES = {
    "culture": ("Дом культуры", "Мәдениет үйі", "House of Culture"),
    "school": ("Школа № 2, актовый зал", "№ 2 мектеп, акт залы", "School No. 2, assembly hall"),
    "club": ("Сельский клуб", "Ауылдық клуб", "Village club"),
    "leisure": ("Центр досуга", "Демалыс орталығы", "Leisure centre"),
}
RETURNING_SHARE = 0.2  # share of a cycle-2 training's attendees who already came in cycle 1
MOBILE_CODES = ["700", "701", "702", "705", "707", "771", "775", "777"]


def _new_person(ctx: DemoContext, s: Session, settlement: str, year: int) -> Person:
    rng = ctx.rng
    sex = "F" if rng.random() < 0.6 else "M"
    age = rng.choice([rng.randint(16, 29), rng.randint(16, 29), rng.randint(30, 65)])
    birth = dt.date(year - age, rng.randint(1, 12), rng.randint(1, 28))
    phone = f"+7{rng.choice(MOBILE_CODES)}{rng.randint(0, 9_999_999):07d}" if rng.random() < 0.85 else None
    iin = valid_iin(birth, sex, rng.randint(1, 9999)) if rng.random() < 0.3 else ""
    person = Person(full_name=person_name(rng, sex), sex=sex, birth_year=birth.year,
                    birth_date=birth if iin else None, settlement_id=ctx.ids[f"loc:{settlement}"], phone=phone,
                    iin=iin or None)
    s.add(person)
    ctx.lists.setdefault("people", []).append(person.id)
    ctx.lists.setdefault(f"people:{settlement}", []).append(person.id)
    return person


def _consent(s: Session, person: Person, on: dt.date) -> None:
    minor = person.birth_year is not None and on.year - person.birth_year < 18
    s.add(Consent(person_id=person.id, given_on=on, valid_until=on.replace(year=on.year + 5), scope=CONSENT_SCOPE,
                  third_parties=False, guardian_name="законный представитель (родитель)" if minor else None))


def _status(ctx: DemoContext) -> str:
    roll = ctx.rng.random()
    return "present" if roll < 0.85 else "late" if roll < 0.92 else "left_early" if roll < 0.95 else "absent"


def _training(ctx: DemoContext, s: Session, cycle: int, spec: tuple) -> None:
    settlement, title_key, venue_key, first_day, n_sessions, n_attendees, n_no_shows = spec
    cycle_id = ctx.ids[f"cycle{cycle}"]
    (title, title_kk, title_en), (venue, venue_kk, venue_en) = TITLES[title_key], VENUES[venue_key]
    training = Training(cycle_id=cycle_id, title=title, title_kk=title_kk, title_en=title_en,
                        topic="Проектное письмо, бюджет, мониторинг", settlement_id=ctx.ids[f"loc:{settlement}"],
                        venue=venue, venue_kk=venue_kk, venue_en=venue_en, capacity=n_attendees + 10,
                        agenda="1. Проблема и цель\n2. План работ\n3. Бюджет и софинансирование\n4. Мониторинг",
                        number=f"T{cycle}-{SETTLEMENTS.index(settlement) + 1:02d}")
    s.add(training)
    s.add(TrainingTrainer(training_id=training.id, person_id=ctx.ids["trainer_person"]))
    sessions = []
    for day in range(n_sessions):
        start = dt.datetime.combine(first_day + dt.timedelta(days=day), dt.time(10, 0))
        sessions.append(TrainingSession(training_id=training.id, starts_at=start, ends_at=start + dt.timedelta(hours=6),
                                        checked_against_sheet=True))
    s.add_all(sessions)

    returning: list[str] = []
    if cycle == 2:
        pool = [p for p in ctx.lists.get(f"attended1:{settlement}", [])]
        returning = ctx.rng.sample(pool, min(len(pool), int(n_attendees * RETURNING_SHARE)))
    attendees = list(returning)
    while len(attendees) < n_attendees:
        person = _new_person(ctx, s, settlement, first_day.year)
        _consent(s, person, first_day)
        attendees.append(person.id)
    no_shows = []
    for _ in range(n_no_shows):
        person = _new_person(ctx, s, settlement, first_day.year)
        _consent(s, person, first_day)
        no_shows.append(person.id)

    for person_id in attendees + no_shows:
        s.add(Registration(id=registration_id(training.id, person_id), training_id=training.id,
                           person_id=person_id))
    for person_id in attendees:
        statuses = [_status(ctx) for _ in sessions]
        if all(status == "absent" for status in statuses):
            statuses[0] = "present"
        for session, status in zip(sessions, statuses, strict=True):
            s.add(Attendance(id=derived_id(session.id, person_id), session_id=session.id, person_id=person_id,
                             status=status))
    for person_id in no_shows:
        s.add(Attendance(id=derived_id(sessions[0].id, person_id), session_id=sessions[0].id, person_id=person_id,
                         status="absent"))
    ctx.lists.setdefault(f"attended{cycle}:{settlement}", []).extend(attendees)
    ctx.lists.setdefault(f"attended{cycle}", []).extend(attendees)


def build(ctx: DemoContext) -> None:
    with ctx.db.transaction(reason=reasons.coded("demo")) as s:
        trainer = Person(full_name="Ким Светлана Викторовна", sex="F", birth_year=1981,
                         settlement_id=ctx.ids["loc:fort"], phone="+77015550101", organisation="ОФ «АҚМ», тренер")
        s.add(trainer)
        ctx.ids["trainer_person"] = trainer.id
    for cycle, specs in TRAININGS.items():
        for spec in specs:
            with ctx.db.transaction(reason=reasons.coded("demo")) as s:
                _training(ctx, s, cycle, spec)
