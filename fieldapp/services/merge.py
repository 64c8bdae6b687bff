"""Two records of one person become one: the other record's attendance, registrations, trainer roles,
memberships, certificates and consents move to the record kept, its blanks are filled from the other, and the
other is soft-deleted with a pointer to the one kept (``people.resolve_merged`` follows it)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from fieldapp.ids import derived_id
from fieldapp.model import (
    Attendance,
    Certificate,
    Consent,
    GroupMember,
    InitiativeGroup,
    Registration,
    TrainingSession,
    TrainingTrainer,
)
from fieldapp.model.base import utcnow
from fieldapp.services import attendance, counting, people, trainings
from fieldapp.validation import Invalid


def move_attendance(session: Session, from_person: str, to_person: str) -> None:
    """For a merge: the survivor gets every session the other record attended (the stronger status where both
    were marked); the other record's marks are retired."""
    strength = {s: i for i, s in enumerate(reversed(counting.STATUSES))}  # absent < left_early < late < present
    for row in session.scalars(select(Attendance).where(Attendance.person_id == from_person)).all():
        mine = session.get(Attendance, attendance.attendance_id(row.session_id, to_person))
        if mine is None or mine.deleted_at is not None:
            attendance.set_status(session, row.session_id, to_person, row.status, row.source or "door")
        elif strength[row.status] > strength[mine.status]:
            mine.status = row.status
        row.deleted_at = utcnow()


def _move_unique(session: Session, model: Any, key: str, keep_id: str, merge_id: str) -> None:
    """Move the merged person's rows of ``model`` to the survivor; where the survivor already has a row with
    the same ``key`` (a training, a group), keep the survivor's (revived if needed) and retire the other."""
    now = utcnow()
    theirs = session.scalars(select(model).where(model.person_id == merge_id)).all()
    for row in theirs:
        mine = session.scalars(
            select(model).where(model.person_id == keep_id, getattr(model, key) == getattr(row, key))
            .execution_options(include_deleted=True)
        ).first()
        if mine is None:
            row.person_id = keep_id
        else:
            if mine.deleted_at is not None:
                mine.deleted_at = None
            row.deleted_at = now


def _move_keyed(session: Session, model: Any, keep_id: str, merge_id: str) -> None:
    """As ``_move_unique`` for rows whose id is derived from (training, person) — registrations, certificates:
    the survivor's row is made under its own derived id rather than re-pointing the other's, so a merge on one
    laptop and the same registration made for the survivor on another are one record, not a clash."""
    make_id = trainings.registration_id if model is Registration else derived_id
    now = utcnow()
    for row in session.scalars(select(model).where(model.person_id == merge_id)).all():
        mine = session.scalars(select(model).where(model.person_id == keep_id,
                                                   model.training_id == row.training_id)
                               .execution_options(include_deleted=True)).first()
        if mine is None:
            values = {c.key: getattr(row, c.key) for c in model.__table__.columns
                      if c.key not in {"id", "created_at", "updated_at", "created_by", "deleted_at"}}
            values.update(id=make_id(row.training_id, keep_id), person_id=keep_id)
            session.add(model(**values))
        else:
            if mine.deleted_at is not None:
                mine.deleted_at = None
            if model is Registration and mine.walk_in and not row.walk_in:
                mine.walk_in = False
        row.deleted_at = now


def merge_people(session: Session, keep_id: str, merge_id: str) -> None:
    """Merge ``merge_id`` into ``keep_id``: attendance, registrations, memberships, trainer roles,
    certificates and consents move to the survivor, blanks of the survivor are filled from the other record,
    and the merged record is soft-deleted with a pointer to the survivor."""
    if keep_id == merge_id:
        raise Invalid("merge.same", "A person cannot be merged with themselves")
    keep, other = people.live_person(session, keep_id), people.live_person(session, merge_id)
    if keep.iin and other.iin and keep.iin != other.iin:
        raise Invalid("merge.iin", "These records have different IINs: they are two different people")
    move_attendance(session, merge_id, keep_id)
    _move_keyed(session, Registration, keep_id, merge_id)
    _move_unique(session, TrainingTrainer, "training_id", keep_id, merge_id)
    _move_unique(session, GroupMember, "group_id", keep_id, merge_id)
    _move_keyed(session, Certificate, keep_id, merge_id)
    for consent in session.scalars(select(Consent).where(Consent.person_id == merge_id)  # withdrawn ones too
                                   .execution_options(include_deleted=True)).all():
        consent.person_id = keep_id
    for group in session.scalars(select(InitiativeGroup).where(InitiativeGroup.leader_id == merge_id)
                                 .execution_options(include_deleted=True)).all():
        group.leader_id = keep_id
    for f in fields(people.PersonInput):
        if getattr(keep, f.name) in (None, "") and getattr(other, f.name) not in (None, ""):
            setattr(keep, f.name, getattr(other, f.name))
    other.merged_into_id = keep_id
    other.deleted_at = utcnow()


@dataclass(frozen=True)
class MergeCandidate:
    """A person as shown beside another before merging: what tells them apart and how much each holds."""

    person_id: str
    full_name: str
    iin: str | None
    phone: str | None
    settlement: str
    birth_year: int | None
    trainings: int  # trainings the person took part in (counting.attended)


def merge_candidates(session: Session, person_ids: list[str], lang: str) -> list[MergeCandidate]:
    found = []
    for person_id in person_ids:
        person = people.live_person(session, person_id)
        attended = session.execute(
            select(func.count(distinct(TrainingSession.training_id)))
            .join(Attendance, Attendance.session_id == TrainingSession.id)
            .where(Attendance.person_id == person_id, counting.attended())
        ).scalar_one()
        found.append(MergeCandidate(
            person.id, person.full_name, person.iin, person.phone,
            trainings.settlement_name(session, person.settlement_id, lang),
            person.birth_year or (person.birth_date.year if person.birth_date else None), attended))
    return found
