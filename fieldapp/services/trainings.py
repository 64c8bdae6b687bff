"""Trainings with their sessions, trainers and registrations; the filtered list; ids people type."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import BindParameter, bindparam, func, or_, select
from sqlalchemy.orm import Session

from fieldapp.ids import derived_id
from fieldapp.model import (
    Attendance,
    Cycle,
    Locality,
    Person,
    Programme,
    Registration,
    Training,
    TrainingSession,
    TrainingTrainer,
)
from fieldapp.model.base import utcnow
from fieldapp.services import choices, counting
from fieldapp.services.choices import Choice, localised
from fieldapp.services.errors import FormInvalid
from fieldapp.services.numbering import next_draft_number
from fieldapp.text import fold
from fieldapp.validation import Invalid

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


@dataclass(frozen=True)
class SessionInput:
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    title: str | None = None
    id: str | None = None  # an existing session being edited


@dataclass(frozen=True)
class TrainingInput:
    cycle_id: str
    title: str
    topic: str | None = None
    settlement_id: str | None = None
    venue: str | None = None
    capacity: int | None = None
    agenda: str | None = None
    notes: str | None = None
    trainer_ids: tuple[str, ...] = ()
    sessions: tuple[SessionInput, ...] = ()
    #: the title and venue as Kazakh and English documents print them (Russian when empty)
    title_kk: str | None = None
    title_en: str | None = None
    venue_kk: str | None = None
    venue_en: str | None = None


def validate(session: Session, data: TrainingInput) -> None:
    errors: dict[str, Invalid] = {}
    if not (data.title or "").strip():
        errors["title"] = Invalid("required", "A training needs a title", "title")
    cycle = session.get(Cycle, data.cycle_id) if data.cycle_id else None
    if cycle is None or cycle.deleted_at is not None:
        errors["cycle_id"] = Invalid("required", "Choose the programme cycle", "cycle_id")
    if data.capacity is not None and data.capacity < 0:
        errors["capacity"] = Invalid("capacity.negative", "Capacity cannot be negative", "capacity")
    if not data.sessions:
        errors["sessions"] = Invalid("sessions.none", "A training has at least one session", "sessions")
    for number, sess in enumerate(data.sessions, start=1):
        if sess.ends_at is not None and sess.ends_at <= sess.starts_at:
            errors["sessions"] = Invalid("sessions.order", f"Session {number} ends before it starts", "sessions")
    if errors:
        raise FormInvalid(errors)


def _set(obj: object, **values: object) -> None:
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def create_training(session: Session, data: TrainingInput) -> str:
    validate(session, data)
    training = Training(cycle_id=data.cycle_id, number=next_draft_number(session, "training"), title="")
    session.add(training)
    _apply(session, training, data)
    session.flush()
    return training.id


def update_training(session: Session, training_id: str, data: TrainingInput) -> None:
    training = get_live(session, training_id)
    validate(session, data)
    _apply(session, training, data)


def _apply(session: Session, training: Training, data: TrainingInput) -> None:
    _set(training, cycle_id=data.cycle_id, title=data.title.strip(), topic=_clean(data.topic),
         settlement_id=data.settlement_id, venue=_clean(data.venue), capacity=data.capacity,
         agenda=_clean(data.agenda), notes=_clean(data.notes), title_kk=_clean(data.title_kk),
         title_en=_clean(data.title_en), venue_kk=_clean(data.venue_kk), venue_en=_clean(data.venue_en))
    now = utcnow()
    trainers = {t.person_id: t for t in session.scalars(  # a trainer chosen again comes back
        select(TrainingTrainer).where(TrainingTrainer.training_id == training.id)
        .execution_options(include_deleted=True))}
    for person_id, row in trainers.items():
        _set(row, deleted_at=None if person_id in data.trainer_ids else (row.deleted_at or now))
    for person_id in data.trainer_ids:
        if person_id not in trainers:
            session.add(TrainingTrainer(training_id=training.id, person_id=person_id))
    existing = {s.id: s for s in session.scalars(
        select(TrainingSession).where(TrainingSession.training_id == training.id))}
    kept = {s.id for s in data.sessions if s.id}
    for session_id, day in existing.items():
        if session_id in kept:
            continue
        marked = session.execute(select(func.count()).select_from(Attendance).where(
            Attendance.session_id == session_id)).scalar_one()
        if marked:
            raise FormInvalid({"sessions": Invalid(
                "sessions.attended", f"The session of {day.starts_at:%d.%m.%Y} has attendance: it cannot be removed",
                "sessions")})
        day.deleted_at = now
    for sess in data.sessions:
        if sess.id and sess.id in existing:
            _set(existing[sess.id], starts_at=sess.starts_at, ends_at=sess.ends_at, title=_clean(sess.title))
        else:
            session.add(TrainingSession(training_id=training.id, starts_at=sess.starts_at, ends_at=sess.ends_at,
                                        title=_clean(sess.title)))


def soft_delete_training(session: Session, training_id: str) -> None:
    get_live(session, training_id).deleted_at = utcnow()


def marks_of(session: Session, training_id: str) -> int:
    """How many attendance marks the training's days hold (what deleting it takes out of the figures)."""
    get_live(session, training_id)
    return session.scalar(select(func.count()).select_from(Attendance).join(
        TrainingSession, TrainingSession.id == Attendance.session_id).where(
        TrainingSession.training_id == training_id)) or 0


def get_live(session: Session, training_id: str) -> Training:
    training = session.get(Training, training_id)
    if training is None or training.deleted_at is not None:
        raise Invalid("training.unknown", f"No such training: {training_id}")
    return training


def sessions_of(session: Session, training_id: str) -> list[TrainingSession]:
    return list(session.scalars(
        select(TrainingSession)
        .where(TrainingSession.training_id == training_id)
        .order_by(TrainingSession.starts_at)
    ))


def get_training(session: Session, training_id: str) -> TrainingInput:
    """The training's fields for the edit form."""
    t = get_live(session, training_id)
    trainer_ids = tuple(session.scalars(
        select(TrainingTrainer.person_id).where(TrainingTrainer.training_id == t.id)))
    sessions = tuple(SessionInput(s.starts_at, s.ends_at, s.title, s.id) for s in sessions_of(session, t.id))
    return TrainingInput(t.cycle_id, t.title, t.topic, t.settlement_id, t.venue, t.capacity, t.agenda, t.notes,
                         trainer_ids, sessions, t.title_kk, t.title_en, t.venue_kk, t.venue_en)


def display_title(session: Session, training_id: str) -> str:
    """The training as people name it: its number and title."""
    training = get_live(session, training_id)
    return f"{training.number or ''} {training.title}".strip()


# -- a new training's cycle and days -------------------------------------------------------------------------

#: the hours of a training's first day before anyone typed them (a morning session, as the demo's trainings)
FIRST_DAY_HOURS = (dt.time(10, 0), dt.time(13, 0))


@dataclass(frozen=True)
class CyclePeriod:
    """A programme cycle as the training form needs it: its name and period (``ends_on`` None: not closed)."""

    id: str
    name: str
    starts_on: dt.date
    ends_on: dt.date | None

    def holds(self, day: dt.date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


def cycle_periods(session: Session) -> list[CyclePeriod]:
    """The programme's cycles with their periods, the newest first (as the form's list shows them)."""
    return [CyclePeriod(c.id, c.name, c.starts_on, c.ends_on)
            for c in session.scalars(select(Cycle).order_by(Cycle.starts_on.desc()))]


def default_cycle(periods: list[CyclePeriod], first_day: dt.date | None, today: dt.date | None = None) -> str | None:
    """The cycle a new training belongs to unless someone chooses another: the one whose period holds the
    training's first day; else the one holding today; else the latest one still open (no end, or ending on or
    after today); else None — no cycle fits, so the form leaves the choice to the person rather than guessing
    an old cycle. Of overlapping cycles, the one that started last."""
    today = today or dt.date.today()
    newest = sorted(periods, key=lambda p: p.starts_on, reverse=True)
    for day in (first_day, today):
        if day is not None and (held := next((p for p in newest if p.holds(day)), None)) is not None:
            return held.id
    return next((p.id for p in newest if p.ends_on is None or p.ends_on >= today), None)


def outside_cycle(period: CyclePeriod | None, days: list[dt.date]) -> Invalid | None:
    """A warning when days of the training fall outside its cycle's period (None when all are inside). Not a
    refusal: DOMAIN.md forbids nothing here, and a field officer may hold a training late or enter an old one;
    the form shows it beside the cycle and saves all the same (``validate`` does not refuse it)."""
    if period is None:
        return None
    outside = [(number, day) for number, day in enumerate(days, start=1) if not period.holds(day)]
    if not outside:
        return None
    shown = ", ".join(f"{number} ({day:%d.%m.%Y})" for number, day in outside)
    end = f"{period.ends_on:%d.%m.%Y}" if period.ends_on else "…"
    return Invalid("sessions.outside_cycle", f"Day {shown} is outside {period.name}: "
                   f"{period.starts_on:%d.%m.%Y}–{end}", "cycle_id",
                   {"days": shown, "count": len(outside), "cycle": period.name,
                    "start": period.starts_on, "end": period.ends_on or "…"})


def next_day(previous: tuple[dt.datetime, dt.datetime | None] | None,
             today: dt.date | None = None) -> tuple[dt.datetime, dt.datetime]:
    """A day added to a training: the date after the previous day's, at the previous day's hours (its start and
    its length; as long as the first day's when it had no end), ending by 23:59 of its own date; the first day
    tomorrow, :data:`FIRST_DAY_HOURS`."""
    if previous is None:
        day = (today or dt.date.today()) + dt.timedelta(days=1)
        return dt.datetime.combine(day, FIRST_DAY_HOURS[0]), dt.datetime.combine(day, FIRST_DAY_HOURS[1])
    start, end = previous
    day = start.date() + dt.timedelta(days=1)
    length = (end - start if end is not None and end > start else
              dt.datetime.combine(day, FIRST_DAY_HOURS[1]) - dt.datetime.combine(day, FIRST_DAY_HOURS[0]))
    begins = dt.datetime.combine(day, start.time())
    # a day never ends on the next date (the form refuses a day that ends before it starts): a late start ends
    # at 23:59 of its own day
    return begins, min(begins + length, dt.datetime.combine(day, dt.time(23, 59)))


@dataclass(frozen=True)
class TrainingForm:
    """What the training form shows: its choices and, editing, the training; ``periods`` are the cycles' periods
    the form asks :func:`default_cycle` and :func:`outside_cycle` about as dates are typed."""

    cycles: list[Choice]
    settlements: list[Choice]
    people: list[Choice]
    training: TrainingInput | None
    periods: list[CyclePeriod] = field(default_factory=list)


def training_form(session: Session, training_id: str | None, lang: str) -> TrainingForm:
    periods = cycle_periods(session)
    return TrainingForm([Choice(p.id, p.name) for p in periods], choices.settlements(session, lang),
                        choices.people(session, lang), get_training(session, training_id) if training_id else None,
                        periods)


@dataclass(frozen=True)
class TrainingFilters:
    """What the trainings list can be narrowed by."""

    cycles: list[Choice]
    settlements: list[Choice]
    trainers: list[Choice]


def filter_choices(session: Session, lang: str) -> TrainingFilters:
    return TrainingFilters(choices.cycles(session), choices.settlements(session, lang),
                           choices.trainers(session, lang))


def trainer_names(session: Session, training_id: str) -> list[str]:
    return list(session.scalars(
        select(Person.full_name).join(TrainingTrainer, TrainingTrainer.person_id == Person.id)
        .where(TrainingTrainer.training_id == training_id)
        .order_by(Person.full_name)))


@dataclass(frozen=True)
class SessionRow:
    id: str
    index: int
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    title: str | None
    registered: int
    present: int
    checked: bool


@dataclass(frozen=True)
class TrainingRow:
    id: str
    number: str | None
    title: str
    cycle: str
    settlement: str | None
    venue: str | None
    trainers: list[str]
    sessions: list[SessionRow] = field(default_factory=list)


#: ids bound as one parameter each (a list of trainings or sessions; the people deleted)
_IDS: BindParameter[Any] = bindparam("ids", expanding=True)
_GONE: BindParameter[Any] = bindparam("gone", expanding=True)


def _deleted_people(session: Session) -> list[str]:
    """The ids of the people deleted (merged away or removed): their registrations and marks are not counted."""
    return list(session.scalars(select(Person.id).where(Person.deleted_at.is_not(None))
                                .execution_options(include_deleted=True)))


#: what the list shows of a training (``title_in``, ``venue_in``) and of each of its days
_LISTED = (Training.id, Training.number, Training.title, Training.title_kk, Training.title_en, Training.venue,
           Training.venue_kk, Training.venue_en)
_LISTED_DAYS = (TrainingSession.id, TrainingSession.training_id, TrainingSession.starts_at, TrainingSession.ends_at,
                TrainingSession.title, TrainingSession.checked_against_sheet)


def list_trainings(session: Session, *, cycle_id: str | None = None, settlement_id: str | None = None,
                   date_from: dt.date | None = None, date_to: dt.date | None = None,
                   trainer_id: str | None = None, text: str = "", lang: str = "ru") -> list[TrainingRow]:
    """Trainings (newest first) filtered by cycle, settlement, a date range of their sessions, a trainer and
    words of the title, topic or venue; each with its sessions and their registered / present counts, its
    settlement named in ``lang``."""
    # the columns the rows show, not the trainings as objects (with 5,000 of them and 20,000 days, building and
    # keeping the objects was a third of the list's time)
    query = (select(*_LISTED, Cycle.name.label("cycle"), Locality.name_ru, Locality.name_kk, Locality.name_en)
             .join(Cycle, Cycle.id == Training.cycle_id)
             .outerjoin(Locality, Locality.id == Training.settlement_id)
             )
    if cycle_id:
        query = query.where(Training.cycle_id == cycle_id)
    if settlement_id:
        query = query.where(Training.settlement_id == settlement_id)
    if trainer_id:
        query = query.where(Training.id.in_(select(TrainingTrainer.training_id).where(
            TrainingTrainer.person_id == trainer_id)))
    if date_from or date_to:
        in_range = select(TrainingSession.training_id)
        if date_from:
            in_range = in_range.where(TrainingSession.starts_at >= dt.datetime.combine(date_from, dt.time()))
        if date_to:
            in_range = in_range.where(TrainingSession.starts_at < dt.datetime.combine(
                date_to + dt.timedelta(days=1), dt.time()))
        query = query.where(Training.id.in_(in_range))
    for word in fold(text).split():
        query = query.where(or_(*(func.fold(c).contains(word, autoescape=True)
                                  for c in (Training.title, Training.title_kk, Training.title_en, Training.topic,
                                            Training.venue, Training.venue_kk, Training.number))))
    trainings = session.execute(query).all()
    ids = [t.id for t in trainings]
    sessions = session.execute(select(*_LISTED_DAYS).where(
        TrainingSession.training_id.in_(_IDS))
        .order_by(TrainingSession.starts_at), {"ids": ids}).all()
    # counted from the indexes alone (ix_registration_counted, ix_attendance_counted; migration 0019): people
    # deleted since are left out by their ids (few) instead of a look at the person of each of 200,000 marks;
    # one mark per person and session (uq_attendance_session_id), so a count of marks is a count of people
    gone = _deleted_people(session)
    registered = dict(session.execute(
        select(Registration.training_id, func.count())
        .where(Registration.training_id.in_(_IDS), Registration.person_id.not_in(_GONE))
        .group_by(Registration.training_id), {"ids": ids, "gone": gone}).all())
    present = dict(session.execute(
        select(Attendance.session_id, func.count())
        .where(Attendance.session_id.in_(_IDS), counting.attended(), Attendance.person_id.not_in(_GONE))
        .group_by(Attendance.session_id), {"ids": [s.id for s in sessions], "gone": gone}).all())
    trainers: dict[str, list[str]] = {}
    for training_id, name in session.execute(
            select(TrainingTrainer.training_id, Person.full_name)
            .join(Person, Person.id == TrainingTrainer.person_id)
            .where(TrainingTrainer.training_id.in_(_IDS))
            .order_by(Person.full_name), {"ids": ids}):
        trainers.setdefault(training_id, []).append(name)
    per_training: dict[str, list[SessionRow]] = {}
    for s in sessions:
        rows = per_training.setdefault(s.training_id, [])
        rows.append(SessionRow(s.id, len(rows) + 1, s.starts_at, s.ends_at, s.title,
                               registered.get(s.training_id, 0), present.get(s.id, 0), s.checked_against_sheet))
    result = [TrainingRow(t.id, t.number, title_in(t, lang), t.cycle,
                          localised(t.name_ru, t.name_kk, t.name_en, lang) if t.name_ru else None,
                          venue_in(t, lang), trainers.get(t.id, []), per_training.get(t.id, []))
              for t in trainings]
    far_past = dt.datetime.min
    result.sort(key=lambda r: r.sessions[0].starts_at if r.sessions else far_past, reverse=True)
    return result


def registration_id(training_id: str, person_id: str) -> str:
    """The same id on every laptop for one person at one training: two trainers registering the same person
    offline make one record, which merges like attendance."""
    return derived_id("registration", training_id, person_id)


def register_person(session: Session, training_id: str, person_id: str, *, walk_in: bool = False) -> str:
    """Register a person for a training (reviving a cancelled registration); returns the registration id."""
    get_live(session, training_id)
    row = session.scalars(select(Registration).where(  # registered again: the old registration comes back
        Registration.training_id == training_id, Registration.person_id == person_id)
        .execution_options(include_deleted=True)).first()
    if row is None:
        row = Registration(id=registration_id(training_id, person_id), training_id=training_id,
                           person_id=person_id, walk_in=walk_in)
        session.add(row)
        session.flush()
    elif row.deleted_at is not None:
        row.deleted_at = None
        _set(row, walk_in=walk_in)
    return row.id


def unregister_person(session: Session, training_id: str, person_id: str) -> None:
    row = session.scalars(select(Registration).where(
        Registration.training_id == training_id, Registration.person_id == person_id)).first()
    if row is not None:
        row.deleted_at = utcnow()


def registered_people(session: Session, training_id: str) -> list[Person]:
    """The training's registered people, alphabetically (the order of a freshly printed sign-in sheet)."""
    return list(session.scalars(
        select(Person).join(Registration, Registration.person_id == Person.id)
        .where(Registration.training_id == training_id)
        .order_by(func.fold(Person.full_name), Person.id)))


def _by_id_or_prefix(session: Session, model: type[Training] | type[TrainingSession], ref: str) -> list[str]:
    if _UUID.match(ref):
        return list(session.scalars(select(model.id).where(model.id == ref.lower())))
    if len(ref) >= 8 and re.fullmatch(r"[0-9a-fA-F-]+", ref):
        return list(session.scalars(select(model.id).where(model.id.startswith(ref.lower())).limit(2)))
    return []


def resolve_training(session: Session, ref: str) -> str:
    """A training from its UUID (or a unique start of it, 8+ characters) or its number (``7F3A-T-0001``,
    or just ``T-0001`` / ``1`` when only one training on this database ends so)."""
    ref = ref.strip()
    found = _by_id_or_prefix(session, Training, ref)
    if not found:
        found = list(session.scalars(select(Training.id).where(
            func.upper(Training.number) == ref.upper())))
    if not found and re.fullmatch(r"(?:[A-Za-z]-)?\d+", ref):
        digits = int(ref.rsplit("-", 1)[-1])
        candidates = session.execute(select(Training.id, Training.number).where(
            Training.number.is_not(None))).all()
        found = [i for i, n in candidates if re.search(r"-T-0*" + str(digits) + r"$", n or "", re.I)]
    if len(found) != 1:
        raise Invalid("training.unknown" if not found else "training.ambiguous",
                      f"no training {ref!r}" if not found else f"{ref!r} matches several trainings: use the full number")
    return found[0]


def resolve_session(session: Session, ref: str) -> str:
    """A session from its UUID (or a unique start of it) or ``<training number>/<n>`` (its n-th session by
    date; a one-session training's number alone also works)."""
    ref = ref.strip()
    found = _by_id_or_prefix(session, TrainingSession, ref)
    if len(found) == 1:
        return found[0]
    training_ref, _, index = ref.partition("/")
    try:
        training_id = resolve_training(session, training_ref)
    except Invalid:
        raise Invalid("session.unknown", f"no session {ref!r} (use its id or <training number>/<n>)") from None
    sessions = sessions_of(session, training_id)
    if not index:
        if len(sessions) == 1:
            return sessions[0].id
        raise Invalid("session.ambiguous", f"training {training_ref!r} has {len(sessions)} sessions: "
                      f"say which, e.g. {training_ref}/1")
    if not index.isdigit() or not 1 <= int(index) <= len(sessions):
        raise Invalid("session.unknown", f"training {training_ref!r} has no session {index!r} "
                      f"(it has {len(sessions)})")
    return sessions[int(index) - 1].id


def title_in(training: Any, lang: str) -> str:
    """The training's title in the document language (Russian when there is no translation); ``training``: a
    ``Training`` or a row of its columns (``list_trainings``)."""
    return localised(training.title, training.title_kk, training.title_en, lang)


def venue_in(training: Any, lang: str) -> str:
    return localised(training.venue, training.venue_kk, training.venue_en, lang) if training.venue else ""


def programme_name(session: Session, training_id: str, lang: str) -> str:
    row = session.execute(
        select(Programme.name, Programme.name_kk, Programme.name_en)
        .join(Cycle, Cycle.programme_id == Programme.id).join(Training, Training.cycle_id == Cycle.id)
        .where(Training.id == training_id)).first()
    return localised(*row, lang) if row else ""


def settlement_name(session: Session, settlement_id: str | None, lang: str) -> str:
    place = session.get(Locality, settlement_id) if settlement_id else None
    return localised(place.name_ru, place.name_kk, place.name_en, lang) if place else ""
