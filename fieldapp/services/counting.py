"""Counting rules for attendance, in one place: the check-in counter, the summary, the PDFs and the reports.

- A person *took part* in a session when their attendance status is present, late or left early
  (``ATTENDED_STATUSES``); "absent" and an undone mark (soft-deleted record) do not count.
- *Registered* for a session means registered for its training (walk-ins are registered when they walk in).
- Age is counted on the date of the session (for a whole training: its first session), from the birth
  date when known, otherwise from the birth year (year difference); with neither, the age group the person
  ticked on a sign-in sheet (``person.age_group``) counts as it is. No data → "unknown".
- A whole training counts each person once; its late arrivals and early leavers are the sums of its
  sessions' (a person late on two days was late twice).
- *Youth* is ``YOUTH_AGES`` inclusive: the Law of the Republic of Kazakhstan "On State Youth Policy"
  (9 Feb 2015) defines youth as citizens aged 14 to 29. Change it here and every count follows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from fieldapp.model import Attendance, Person, Registration, TrainingSession
from fieldapp.services.age_groups import AGE_GROUP_LABELS as AGE_GROUP_LABELS
from fieldapp.services.age_groups import AGE_GROUPS as AGE_GROUPS
from fieldapp.services.age_groups import UNKNOWN_AGE as UNKNOWN_AGE
from fieldapp.services.age_groups import age_group as age_group

STATUSES = ("present", "late", "left_early", "absent")
ATTENDED_STATUSES = ("present", "late", "left_early")
YOUTH_AGES = (14, 29)


def attended(attendance: type[Attendance] = Attendance) -> ColumnElement[bool]:
    """SQL condition: this attendance record counts as taking part."""
    return attendance.status.in_(ATTENDED_STATUSES)


def age_on(on: dt.date, birth_date: dt.date | None, birth_year: int | None) -> int | None:
    if birth_date is not None:
        return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    if birth_year is not None:
        return on.year - birth_year
    return None


def parse_age_group(text: str | None) -> str | None:
    """``"18-29"``, ``"18–29"``, ``"60+"`` → the age group's label; anything else → None."""
    cleaned = "".join((text or "").split()).replace("-", "–").replace("—", "–")
    return cleaned if cleaned in AGE_GROUP_LABELS else None


def is_youth(age: int | None) -> bool:
    return age is not None and YOUTH_AGES[0] <= age <= YOUTH_AGES[1]


@dataclass(frozen=True)
class PersonFacts:
    person_id: str
    sex: str | None
    birth_date: dt.date | None
    birth_year: int | None
    age_group: str | None = None  # ticked on a sign-in sheet, when no birth data are known


def group_and_youth(person: PersonFacts, on: dt.date) -> tuple[str, bool]:
    """The person's age group on ``on`` and whether they count as youth."""
    age = age_on(on, person.birth_date, person.birth_year)
    if age is None and person.age_group in AGE_GROUP_LABELS:
        group = person.age_group
        low, high = next((lo, hi) for label, lo, hi in AGE_GROUPS if label == group)
        return group, high is not None and YOUTH_AGES[0] <= low and high <= YOUTH_AGES[1]
    return age_group(age), is_youth(age)


@dataclass
class Tally:
    """Counts of the people who took part (plus how many were registered), by sex, youth and age group."""

    registered: int = 0
    present: int = 0
    late: int = 0
    left_early: int = 0
    women: int = 0
    men: int = 0
    sex_unknown: int = 0
    youth: int = 0
    by_age: dict[str, int] = field(default_factory=lambda: _age_counter())
    by_age_women: dict[str, int] = field(default_factory=lambda: _age_counter())
    by_age_men: dict[str, int] = field(default_factory=lambda: _age_counter())

    def as_dict(self) -> dict[str, Any]:
        return {
            "registered": self.registered, "present": self.present, "late": self.late,
            "left_early": self.left_early, "women": self.women, "men": self.men,
            "sex_unknown": self.sex_unknown, "youth": self.youth, "by_age": dict(self.by_age),
            "by_age_women": dict(self.by_age_women), "by_age_men": dict(self.by_age_men),
        }


def _age_counter() -> dict[str, int]:
    return {label: 0 for label, _, _ in AGE_GROUPS} | {UNKNOWN_AGE: 0}


def tally(people: Iterable[tuple[PersonFacts, str]], on: dt.date, registered: int = 0) -> Tally:
    """Count ``(person, status)`` pairs; each person once (their first pair wins), absentees skipped."""
    result = Tally(registered=registered)
    seen: set[str] = set()
    for person, status in people:
        if status not in ATTENDED_STATUSES or person.person_id in seen:
            continue
        seen.add(person.person_id)
        result.present += 1
        if status == "late":
            result.late += 1
        elif status == "left_early":
            result.left_early += 1
        if person.sex == "F":
            result.women += 1
        elif person.sex == "M":
            result.men += 1
        else:
            result.sex_unknown += 1
        group, youth = group_and_youth(person, on)
        result.youth += youth
        result.by_age[group] += 1
        if person.sex == "F":
            result.by_age_women[group] += 1
        elif person.sex == "M":
            result.by_age_men[group] += 1
    return result


def _facts_query() -> Any:
    return (
        select(Person.id, Person.sex, Person.birth_date, Person.birth_year, Attendance.status, Person.age_group)
        .join(Attendance, Attendance.person_id == Person.id)
        .where(attended())
    )


def registered_count(session: Session, training_id: str) -> int:
    return session.execute(
        select(func.count()).select_from(Registration)
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.training_id == training_id)
    ).scalar_one()


def session_tally(session: Session, session_id: str) -> Tally:
    """The live counter of one session."""
    sess = session.get(TrainingSession, session_id)
    if sess is None:
        raise KeyError(session_id)
    rows = session.execute(_facts_query().where(Attendance.session_id == session_id)).all()
    people = [(PersonFacts(r[0], r[1], r[2], r[3], r[5]), r[4]) for r in rows]
    return tally(people, sess.starts_at.date(), registered_count(session, sess.training_id))


def training_tally(session: Session, training_id: str) -> tuple[list[tuple[TrainingSession, Tally]], Tally]:
    """Per session (in date order) and for the whole training (distinct people, age on the first day)."""
    sessions = session.scalars(
        select(TrainingSession)
        .where(TrainingSession.training_id == training_id)
        .order_by(TrainingSession.starts_at)
    ).all()
    registered = registered_count(session, training_id)
    rows = session.execute(
        _facts_query().where(Attendance.session_id.in_([s.id for s in sessions]))
        .add_columns(Attendance.session_id)
    ).all()
    per_session = []
    for sess in sessions:
        people = [(PersonFacts(r[0], r[1], r[2], r[3], r[5]), r[4]) for r in rows if r[6] == sess.id]
        per_session.append((sess, tally(people, sess.starts_at.date(), registered)))
    first_day = sessions[0].starts_at.date() if sessions else dt.date.today()
    everyone = [(PersonFacts(r[0], r[1], r[2], r[3], r[5]), "present") for r in rows]
    total = tally(everyone, first_day, registered)
    total.late = sum(t.late for _s, t in per_session)
    total.left_early = sum(t.left_early for _s, t in per_session)
    return per_session, total


def sessions_attended(session: Session, training_id: str) -> tuple[int, dict[str, int]]:
    """The number of sessions of a training and, per person, how many of them they took part in."""
    total = session.execute(
        select(func.count()).select_from(TrainingSession)
        .where(TrainingSession.training_id == training_id)
    ).scalar_one()
    rows = session.execute(
        select(Attendance.person_id, func.count(func.distinct(Attendance.session_id)))
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .join(Person, Person.id == Attendance.person_id)
        .where(TrainingSession.training_id == training_id, attended())
        .group_by(Attendance.person_id)
    ).all()
    return total, {person_id: n for person_id, n in rows}


def qualifies(attended_sessions: int, total_sessions: int, min_share: float) -> bool:
    """Attended at least ``min_share`` of the sessions (0.5 of 3 sessions means 2; of 2 sessions, 1)."""
    if total_sessions <= 0 or attended_sessions <= 0:
        return False
    return attended_sessions >= min_share * total_sessions - 1e-9
