"""Certificates of participation: who qualifies (a share of the sessions attended) and their numbers.

A number is given the first time a person's certificate is printed and never changes: ``<training number>/NNN``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.ids import derived_id
from fieldapp.model import Certificate, Person
from fieldapp.services import counting, trainings
from fieldapp.validation import Invalid

DEFAULT_MIN_SHARE = 0.5


@dataclass(frozen=True)
class Qualified:
    person_id: str
    full_name: str
    attended: int
    total: int
    number: str | None  # None until issued


def check_share(min_share: float) -> float:
    if not 0 < min_share <= 1:
        raise Invalid("certificate.share", "The share of sessions must be more than 0 and at most 1 (e.g. 0.5)")
    return min_share


def qualified(session: Session, training_id: str, min_share: float = DEFAULT_MIN_SHARE) -> list[Qualified]:
    """Everyone who took part in at least ``min_share`` of the training's sessions, by name."""
    check_share(min_share)
    trainings.get_live(session, training_id)
    total, attended = counting.sessions_attended(session, training_id)
    ids = [pid for pid, n in attended.items() if counting.qualifies(n, total, min_share)]
    names = dict(session.execute(select(Person.id, Person.full_name).where(Person.id.in_(ids))).all())
    numbers = dict(session.execute(select(Certificate.person_id, Certificate.number).where(
        Certificate.training_id == training_id)).all())
    result = [Qualified(pid, names[pid], attended[pid], total, numbers.get(pid)) for pid in ids]
    return sorted(result, key=lambda q: (q.full_name.casefold(), q.person_id))


def issue(session: Session, training_id: str, min_share: float = DEFAULT_MIN_SHARE,
          on: dt.date | None = None) -> list[Qualified]:
    """Give numbers to the qualified people who have none yet (inside the caller's transaction)."""
    training = trainings.get_live(session, training_id)
    people = qualified(session, training_id, min_share)
    existing = session.scalars(select(Certificate.number).where(  # a retired certificate's number stays taken
        Certificate.training_id == training_id).execution_options(include_deleted=True)).all()
    last = max((int(n.rsplit("/", 1)[-1]) for n in existing if n.rsplit("/", 1)[-1].isdigit()), default=0)
    result = []
    for person in people:
        number = person.number
        if number is None:
            row = session.get(Certificate, derived_id(training_id, person.person_id))
            if row is not None:  # issued before, then withdrawn: the same number comes back
                row.deleted_at = None
                number = row.number
            else:
                last += 1
                number = f"{training.number or 'T'}/{last:03d}"
                session.add(Certificate(id=derived_id(training_id, person.person_id), training_id=training_id,
                                        person_id=person.person_id, number=number, issued_on=on or dt.date.today(),
                                        sessions_attended=person.attended, sessions_total=person.total))
        result.append(Qualified(person.person_id, person.full_name, person.attended, person.total, number))
    session.flush()
    return result
