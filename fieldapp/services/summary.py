"""The programme at a glance, counted from the records (the Dashboard and ``fieldapp summary``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, column, func, select, table, union
from sqlalchemy.orm import Session

from fieldapp.model import (
    Agreement,
    Application,
    Attendance,
    Cycle,
    GrantCall,
    GroupMember,
    Locality,
    Person,
    SiteVisit,
    Training,
    TrainingSession,
)
from fieldapp.services.counting import ATTENDED_STATUSES

#: statuses of an application whose project is funded (later stages add theirs here)
FUNDED_STATUSES = ("approved",)

#: the cycles, deleted ones too (a plain table: the ORM's soft delete, ``db/soft_delete.py``, leaves it alone)
EVERY_CYCLE = table("cycle", column("id"), column("starts_on"), column("deleted_at"))

#: a SELECT of any columns
Rows = Select[*tuple[Any, ...]]


def _count(session: Session, query: Rows) -> int:
    return session.execute(select(func.count()).select_from(query.subquery())).scalar_one()


def received_applications(cycle_id: str | None) -> Rows:
    """Applications received in a cycle (None: in every cycle): every one past its draft."""
    query = (
        select(Application.id)
        .join(GrantCall, GrantCall.id == Application.call_id)
        .where(Application.status != "draft")
    )
    return query if cycle_id is None else query.where(GrantCall.cycle_id == cycle_id)


def funded_applications(cycle_id: str | None) -> Rows:
    query = (
        select(Application.id, Application.group_id)
        .join(GrantCall, GrantCall.id == Application.call_id)
        .where(Application.status.in_(FUNDED_STATUSES))
    )
    return query if cycle_id is None else query.where(GrantCall.cycle_id == cycle_id)


def participants(cycle_id: str | None) -> Rows:
    """Distinct people who took part in a cycle (None: in any cycle): attended one of its trainings, or belong
    to the initiative group of one of its funded projects (``participant_ids``, the people not deleted)."""
    people = participant_ids(cycle_id).subquery()
    return select(Person.id).join(people, people.c.person_id == Person.id)


def participant_ids(cycle_id: str | None) -> Any:
    """The rule of ``participants`` before the people themselves are read: a SELECT (person_id) of everyone who
    attended one of the cycle's trainings or belongs to the initiative group of one of its funded projects, each
    once, a deleted person's id included. Whoever reads it joins ``Person`` (which leaves the deleted out), as
    ``participants`` does."""
    pairs = participant_cycles(cycle_id).subquery()
    return select(pairs.c.person_id).distinct()


def participant_cycles(cycle_id: str | None) -> Any:
    """A compound SELECT (person_id, cycle_id): each cycle each person took part in (one of its trainings
    attended, or a member of the initiative group of one of its funded projects), each pair once; one cycle's,
    or every cycle's (None). The dashboard counts everyone once over every cycle from it."""
    attended = (
        select(Attendance.person_id, Training.cycle_id)
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .join(Training, Training.id == TrainingSession.training_id)
        # a cycle's, deleted ones too: SQLite then reads the cycles' trainings, their sessions and their marks by
        # index (0.11 s at large) instead of every mark with its session and training looked up (0.22 s)
        .where(Attendance.status.in_(ATTENDED_STATUSES), Training.cycle_id.in_(select(EVERY_CYCLE.c.id)))
    )
    if cycle_id is not None:
        attended = attended.where(Training.cycle_id == cycle_id)
    funded = funded_applications(cycle_id).add_columns(GrantCall.cycle_id).subquery()
    members = (
        select(GroupMember.person_id, funded.c.cycle_id)
        .join(funded, funded.c.group_id == GroupMember.group_id)
    )
    return union(attended, members)


def beneficiaries(session: Session, cycle_id: str | None) -> int:
    """Beneficiaries reached: the figure each completed funded project recorded when it was completed."""
    return sum(reached_by_agreement(session, cycle_id).values())


def reached_by_agreement(session: Session, cycle_id: str | None) -> dict[str, int]:
    """Beneficiaries reached by each completed funded project: ``Agreement.beneficiaries_reached``, recorded by the
    completion rule (``services/completion.py``) from the accepted completion report. A project still under way
    reaches no one the donor counts yet."""
    return {agreement_id: reached or 0 for agreement_id, reached in session.execute(reached_question(cycle_id))}


def reached_question(cycle_id: str | None) -> Rows:
    """(agreement, beneficiaries reached) of each completed funded project (``reached_by_agreement``)."""
    funded = funded_applications(cycle_id).subquery()
    return (select(Agreement.id, Agreement.beneficiaries_reached)
            .join(funded, funded.c.id == Agreement.application_id)
            .where(Agreement.status == "completed", Agreement.beneficiaries_reached.is_not(None)))


def cycle_summary(session: Session, cycle: Cycle) -> dict[str, Any]:
    return {
        "name": cycle.name,
        "applications": _count(session, received_applications(cycle.id)),
        "funded": _count(session, funded_applications(cycle.id)),
        "participants": _count(session, participants(cycle.id)),
        "beneficiaries": beneficiaries(session, cycle.id),
    }


def summary(session: Session) -> dict[str, Any]:
    from fieldapp.services import organisation  # its letterhead and files: not on the dashboard's way

    cycles = session.scalars(select(Cycle).order_by(Cycle.number)).all()
    return {
        "organisation": organisation.summary(session),
        "settlements": _count(session, select(Locality.id).where(Locality.kind == "settlement")),
        "people": _count(session, select(Person.id)),
        "trainings": _count(session, select(Training.id)),
        "site_visits": _count(session, select(SiteVisit.id)),
        "cycles": [cycle_summary(session, cycle) for cycle in cycles],
    }
