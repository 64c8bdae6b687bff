"""The programme's figures, per cycle and for all cycles: one function the dashboard, ``fieldapp report``, the
exports and the donor report all read, so every place shows the same numbers.

Every count here is also a list: :func:`drill` gives, for a figure's key, the list (``services/lists.py``) and
the ids behind the number, so a click on the dashboard opens exactly the records counted. Rules:

- *Received* applications are past their draft; *funded* are ``summary.FUNDED_STATUSES`` (as ``summary``).
- *Committed* grants: agreements signed or completed (``COMMITTED_STATUSES``); *paid*: tranches with a payment date.
- *Co-funding* of funded projects: akimat cash, community in kind and volunteer hours from the budget lines, or
  the application's three amounts when it has no lines (``services/budget.py``).
- *Trainings held*: with a session that has started. *Participants*: distinct people (``summary.participants``),
  counted by sex, by age group (``counting.AGE_GROUPS``; age at the start of the first cycle they took part in)
  and by their settlement.
- *Completed* projects: agreements the completion rule marked ``completed`` (``services/completion.py``).
- *Beneficiaries* planned (the funded applications' table) and reached (the figure each completed project
  recorded when it was completed: ``Agreement.beneficiaries_reached``, from its accepted completion report).
- *Visits* done (final, dated today or earlier); projects whose visit is due soon or *overdue*, as the visit
  plan says (``services/visit_plan.py``: never visited, the programme's interval passed, or a tranche waiting
  on a visit); projects with an open follow-up action of a visit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
)
from sqlalchemy.orm import Session

from fieldapp.model import (
    Agreement,
    Application,
    Beneficiaries,
    BudgetLine,
    Cycle,
    FollowUpAction,
    GrantCall,
    Locality,
    Person,
    SiteVisit,
    Training,
    TrainingSession,
    Tranche,
)
from fieldapp.services import dashboard_parts, summary, visit_plan
from fieldapp.services.counting import AGE_GROUPS, UNKNOWN_AGE
from fieldapp.validation import Invalid

Rows = summary.Rows
COMMITTED_STATUSES = ("signed", "completed")
#: agreements still running (visits are expected)
RUNNING_STATUSES = ("signed",)
SEXES = dashboard_parts.SEXES


def find_cycle(session: Session, key: str) -> Cycle:
    """A cycle by its id or its number ("2")."""
    cycle = session.get(Cycle, key)
    if cycle is None and key.strip().isdigit():
        cycle = session.scalars(select(Cycle).where(Cycle.number == int(key))).first()
    if cycle is None or cycle.deleted_at is not None:
        raise Invalid("report.cycle", f"No such cycle: {key}", params={"cycle": key})
    return cycle


def _in_cycle(query: Rows, cycle_id: str | None) -> Rows:
    """``query`` joins GrantCall; keep the rows of one cycle."""
    return query if cycle_id is None else query.where(GrantCall.cycle_id == cycle_id)


def agreements(cycle_id: str | None) -> Rows:
    """Committed agreements (id, application, settlement, amount)."""
    query = (
        select(Agreement.id, Agreement.application_id, Application.settlement_id, Agreement.amount)
        .join(Application, Application.id == Agreement.application_id)
        .join(GrantCall, GrantCall.id == Application.call_id)
        .where(Agreement.status.in_(COMMITTED_STATUSES))
    )
    return _in_cycle(query, cycle_id)


def completed(cycle_id: str | None) -> Rows:
    """Projects completed: agreements the completion rule (``services/completion.py``) marked completed."""
    query = (
        select(Agreement.id)
        .join(Application, Application.id == Agreement.application_id)
        .join(GrantCall, GrantCall.id == Application.call_id)
        .where(Agreement.status == "completed")
    )
    return _in_cycle(query, cycle_id)


def payments(cycle_id: str | None) -> Rows:
    """Tranches paid (id, settlement, paid amount, paid on)."""
    query = (
        select(Tranche.id, Application.settlement_id, Tranche.paid_amount, Tranche.paid_on)
        .join(Agreement, Agreement.id == Tranche.agreement_id)
        .join(Application, Application.id == Agreement.application_id)
        .join(GrantCall, GrantCall.id == Application.call_id)
        .where(Tranche.paid_on.is_not(None))
    )
    return _in_cycle(query, cycle_id)


def trainings_held(cycle_id: str | None, now: dt.datetime) -> Rows:
    started = select(TrainingSession.id).where(TrainingSession.training_id == Training.id,
                                               TrainingSession.starts_at <= now)
    query = select(Training.id).where(started.exists())
    return query if cycle_id is None else query.where(Training.cycle_id == cycle_id)


def _visits(cycle_id: str | None) -> Rows:
    query = (
        select(SiteVisit.id)
        .join(Agreement, Agreement.id == SiteVisit.agreement_id)
        .join(Application, Application.id == Agreement.application_id)
        .join(GrantCall, GrantCall.id == Application.call_id)
    )
    return _in_cycle(query, cycle_id)


def visits_done(cycle_id: str | None, today: dt.date) -> Rows:
    return _visits(cycle_id).where(SiteVisit.visited_on <= today, SiteVisit.status == "final")


def _planned(session: Session, cycle_id: str | None, today: dt.date, overdue: bool,
             plan: list[visit_plan.DueRow] | None) -> Rows:
    """The running projects the visit plan (``services/visit_plan.py``, the one rule of when a visit is due)
    lists as overdue, or as due within its upcoming days; ``plan``: that list when already read."""
    if plan is None:
        plan = visit_plan.due_visits(session, today)
    due = [row.agreement_id for row in plan if row.overdue == overdue]
    query = (
        select(Agreement.id)
        .join(Application, Application.id == Agreement.application_id)
        .join(GrantCall, GrantCall.id == Application.call_id)
        .where(Agreement.id.in_(due))
    )
    return _in_cycle(query, cycle_id)


def visits_due(session: Session, cycle_id: str | None, today: dt.date,
               plan: list[visit_plan.DueRow] | None = None) -> Rows:
    return _planned(session, cycle_id, today, False, plan)


def visits_overdue(session: Session, cycle_id: str | None, today: dt.date,
                   plan: list[visit_plan.DueRow] | None = None) -> Rows:
    return _planned(session, cycle_id, today, True, plan)


def followups_open(cycle_id: str | None) -> Rows:
    """Projects with a follow-up action of a visit still open (``FollowUpAction.status``)."""
    open_action = select(FollowUpAction.id).where(FollowUpAction.agreement_id == Agreement.id,
                                                  FollowUpAction.status == "open")
    query = (
        select(Agreement.id)
        .join(Application, Application.id == Agreement.application_id)
        .join(GrantCall, GrantCall.id == Application.call_id)
        .where(open_action.exists())
    )
    return _in_cycle(query, cycle_id)


def reported_agreements(session: Session, cycle_id: str | None) -> Rows:
    """Agreements whose reports give the beneficiaries reached."""
    return select(Agreement.id).where(Agreement.id.in_(list(summary.reached_by_agreement(session, cycle_id))))


def _cycles(session: Session, cycle_id: str | None) -> list[Cycle]:
    query = select(Cycle).order_by(Cycle.number)
    return list(session.scalars(query if cycle_id is None else query.where(Cycle.id == cycle_id)))


def participant_refs(cycle_id: str | None) -> Any:
    """A subquery (person_id, ref_date): each participant of a cycle not deleted once, with the start of the first
    cycle they took part in (their age is counted on that date). A deleted person's id may be in it: join
    ``Person``, as ``participants_where`` does."""
    firsts = _participant_firsts(cycle_id)
    return select(firsts.c.person_id, firsts.c.ref_date).where(firsts.c.ref_date.is_not(None)).subquery()


def _participant_firsts(cycle_id: str | None) -> Any:
    """A subquery (person_id, ref_date): every participant ``summary.participants(cycle_id)`` counts, once, with
    the start of the first cycle they took part in (``participant_refs``); ref_date is NULL for those who took
    part only in a deleted cycle: counted as participants, in no part (sex, age, settlement), as before.

    Each participant's cycles are ``summary.participant_cycles`` (a deleted person's id is in it and must be left
    out by whoever joins ``Person``). Its shape does not depend on the data (no cycle written into it), so
    ``first_look`` can run it compiled ahead."""
    pairs = summary.participant_cycles(cycle_id).subquery()
    cycles = summary.EVERY_CYCLE
    ref = case((cycles.c.deleted_at.is_(None), cycles.c.starts_on), else_=null())
    return (select(pairs.c.person_id, func.min(ref).label("ref_date"))
            .join(cycles, cycles.c.id == pairs.c.cycle_id)
            .group_by(pairs.c.person_id).subquery())


def _participants_question(cycle_id: str | None) -> Rows:
    """The participants by SQL aggregates, one row per settlement, sex and age (``dashboard_parts.participant_parts``
    counts them): the age on the start of their first cycle."""
    firsts = _participant_firsts(cycle_id)
    sex, age, counted_only = sex_of(), age_of(firsts.c.ref_date), firsts.c.ref_date.is_(None)
    return (select(Person.settlement_id, sex, age, counted_only, func.count())
            .join(firsts, firsts.c.person_id == Person.id)
            .group_by(Person.settlement_id, sex, age, counted_only))


def age_of(ref_date: Any) -> ColumnElement[int]:
    """SQL: a person's age in whole years on ``ref_date`` (an ISO date), from the birth date, else the birth year
    (``counting.age_on``); NULL with neither."""
    def year(value: Any) -> ColumnElement[int]:
        return cast(func.strftime("%Y", value), Integer)

    before_birthday = case((func.strftime("%m-%d", ref_date) < func.strftime("%m-%d", Person.birth_date), 1),
                           else_=0)
    return case(
        (Person.birth_date.is_not(None), year(ref_date) - year(Person.birth_date) - before_birthday),
        (Person.birth_year.is_not(None), year(ref_date) - Person.birth_year),
        else_=None,
    )


def age_group_of(ref_date: Any) -> ColumnElement[str]:
    """SQL: a person's age group (``counting.AGE_GROUPS``) on ``ref_date`` (an ISO date)."""
    age = age_of(ref_date)
    whens = [(and_(age >= low, age <= high) if high is not None else age >= low, literal(label))
             for label, low, high in AGE_GROUPS]
    return case(*whens, else_=literal(UNKNOWN_AGE))


def sex_of() -> ColumnElement[str]:
    return case((Person.sex.in_(("F", "M")), Person.sex), else_=literal("unknown"))


def participants_where(session: Session, cycle_id: str | None, part: str = "") -> Rows:
    """Participant ids, all or those of one part: ``sex:F``, ``age:18–29``, ``settlement:<id>``, ``settlement:``."""
    refs = participant_refs(cycle_id)
    query = select(Person.id).join(refs, refs.c.person_id == Person.id)
    kind, _, value = part.partition(":")
    if kind == "sex":
        return query.where(sex_of() == value)
    if kind == "age":
        return query.where(age_group_of(refs.c.ref_date) == value)
    if kind == "settlement":
        return query.where(Person.settlement_id.is_(None) if not value else Person.settlement_id == value)
    return query


def _count(session: Session, query: Rows) -> int:
    return session.execute(select(func.count()).select_from(query.subquery())).scalar_one()


def _counts_question(counted: dict[str, Rows], summed: dict[str, tuple[Rows, int]]) -> Rows:
    """Several figures in one statement: each count and each money sum a scalar subquery of one SELECT, in the
    order given. The first question of a start compiles one statement instead of a dozen."""
    columns = [select(func.count()).select_from(query.subquery()).scalar_subquery().label(key)
               for key, query in counted.items()]
    for key, (query, index) in summed.items():
        sub = query.subquery()
        columns.append(select(func.sum(sub.c[index])).scalar_subquery().label(key))
    return select(*columns)


def _cofunding_question(cycle_id: str | None) -> Rows:
    """Per funded application: its budget lines' count and sums, and its own three amounts
    (``dashboard_parts.cofunding``)."""
    funded = summary.funded_applications(cycle_id).subquery()
    lines = (select(BudgetLine.application_id, func.count().label("n"),
                    func.sum(BudgetLine.cofunding).label("cofunding"), func.sum(BudgetLine.inkind).label("inkind"),
                    func.sum(BudgetLine.volunteer_hours).label("hours"))
             .group_by(BudgetLine.application_id).subquery())
    return (select(lines.c.n, lines.c.cofunding, lines.c.inkind, lines.c.hours, Application.akimat_cofunding,
                   Application.community_inkind, Application.volunteer_hours)
            .join(funded, funded.c.id == Application.id)
            .outerjoin(lines, lines.c.application_id == Application.id))


def cofunding(session: Session, cycle_id: str | None) -> dict[str, Any]:
    """Akimat cash, community in kind and volunteer hours of the funded projects (their budget lines, or the
    application's amounts when it has none, as ``budget.for_application``)."""
    return dashboard_parts.cofunding(session.execute(_cofunding_question(cycle_id)).all())


def _per_settlement(query: Rows) -> Rows:
    """(settlement, n) of the applications ``query`` selects."""
    sub = query.subquery()
    return (select(Application.settlement_id, func.count()).join(sub, sub.c.id == Application.id)
            .group_by(Application.settlement_id))


def questions(cycle_id: str | None, today: dt.date) -> dict[str, Rows]:
    """The statements whose rows make every figure but the visit plan's (``dashboard_parts.figures`` reads them by
    name). No statement's shape depends on the data — no list of ids, no cycle written in — so ``first_look``
    runs them compiled ahead (``services/first_look_sql.py``); ``cycle_id`` and ``today`` are their parameters."""
    now = dt.datetime.combine(today, dt.time.max)
    committed, paid = agreements(cycle_id), payments(cycle_id)
    counted = {
        "applications": summary.received_applications(cycle_id),
        "funded": summary.funded_applications(cycle_id),
        "agreements": committed,
        "completed": completed(cycle_id),
        "payments": paid,
        "trainings": trainings_held(cycle_id, now),
        "visits_done": visits_done(cycle_id, today),
        "followups_open": followups_open(cycle_id),
    }
    assert tuple(counted) == dashboard_parts.COUNT_KEYS
    paid_rows = paid.subquery()
    month_paid = func.strftime("%Y-%m", paid_rows.c.paid_on)
    received = summary.received_applications(cycle_id).subquery()
    month_received = func.strftime("%Y-%m", Application.received_on)
    funded = summary.funded_applications(cycle_id).subquery()
    return {
        "settlements": select(Locality.id, Locality.name_ru, Locality.name_kk, Locality.name_en),
        "participants": _participants_question(cycle_id),
        "counts": _counts_question(counted, {"grants_committed": (committed, 3), "grants_paid": (paid, 2)}),
        "cofunding": _cofunding_question(cycle_id),
        "beneficiaries_planned": select(func.coalesce(func.sum(Beneficiaries.count), 0))
        .join(funded, funded.c.id == Beneficiaries.application_id),
        "reached": summary.reached_question(cycle_id),
        "received_by_settlement": _per_settlement(summary.received_applications(cycle_id)),
        "funded_by_settlement": _per_settlement(summary.funded_applications(cycle_id)),
        "committed_by_settlement": select(*committed.subquery().c[2:4]),
        "paid_by_month": select(paid_rows.c.settlement_id, month_paid, func.sum(paid_rows.c.paid_amount))
        .group_by(paid_rows.c.settlement_id, month_paid),
        "received_by_month": select(month_received, func.count()).join(received, received.c.id == Application.id)
        .where(Application.received_on.is_not(None)).group_by(month_received),
    }


def figures(session: Session, cycle_id: str | None = None, today: dt.date | None = None,
            plan: list[visit_plan.DueRow] | None = None) -> dict[str, Any]:
    """Every figure of the dashboard for one cycle (None: all cycles), counted from the records; ``plan``: the
    visit plan of every officer on ``today`` when already read (``dashboard_view``)."""
    today = today or dt.date.today()
    answers = {name: list(session.execute(query).all()) for name, query in questions(cycle_id, today).items()}
    if plan is None:  # read once for the due and the overdue
        plan = visit_plan.due_visits(session, today)
    planned = session.execute(_counts_question({
        "visits_due": visits_due(session, cycle_id, today, plan),
        "visits_overdue": visits_overdue(session, cycle_id, today, plan),
    }, {})).one()
    return dashboard_parts.figures(answers, dict(zip(dashboard_parts.PLAN_KEYS, planned, strict=True)))


def report(session: Session, cycle_id: str | None = None, today: dt.date | None = None) -> dict[str, Any]:
    """The figures of one cycle or of all, and per cycle (``cycles``: the keys of ``summary`` and more)."""
    today = today or dt.date.today()
    cycles = _cycles(session, cycle_id)
    if cycle_id is not None and not cycles:
        raise Invalid("report.cycle", f"No such cycle: {cycle_id}", params={"cycle": cycle_id})
    chosen = cycles[0] if cycle_id is not None else None
    return {
        "cycle": None if chosen is None else {"id": chosen.id, "number": chosen.number, "name": chosen.name},
        "today": today,
        **figures(session, cycle_id, today),
        "cycles": [{"id": c.id, "number": c.number, "name": c.name, "starts_on": c.starts_on, "ends_on": c.ends_on,
                    **figures(session, c.id, today)} for c in cycles],
    }


#: what list each figure opens (services/lists.py)
DRILL_LISTS = {
    "applications": "applications", "funded": "applications", "cofunding": "applications",
    "beneficiaries_planned": "applications", "agreements": "agreements", "grants_committed": "agreements",
    "beneficiaries": "agreements", "completed": "agreements", "visits_overdue": "agreements", "payments": "payments",
    "grants_paid": "payments", "trainings": "trainings", "participants": "people", "visits_done": "site_visits",
    "visits_due": "agreements", "followups_open": "agreements",
}


def drill(session: Session, key: str, cycle_id: str | None = None,
          today: dt.date | None = None) -> tuple[str, Rows]:
    """The list a figure opens and a SELECT of the ids it counted. ``key`` is a figure's key, with a part for
    the participants (``participants:sex:F``) and a settlement's share (``settlement:<id>:funded``)."""
    today = today or dt.date.today()
    head, _, part = key.partition(":")
    if head == "record":  # one record of a list: "record:<list>:<id>" ("my week")
        list_name, _, row_id = part.partition(":")
        return list_name, select(literal(row_id))
    if head == "settlement":
        settlement_id, _, figure = part.partition(":")
        name, ids = drill(session, figure, cycle_id, today)
        return name, _of_settlement(name, ids, settlement_id or None)
    queries: dict[str, Any] = {
        "applications": lambda: summary.received_applications(cycle_id),
        "funded": lambda: select(summary.funded_applications(cycle_id).subquery().c.id),
        "agreements": lambda: select(agreements(cycle_id).subquery().c.id),
        "completed": lambda: completed(cycle_id),
        "payments": lambda: select(payments(cycle_id).subquery().c.id),
        "trainings": lambda: trainings_held(cycle_id, dt.datetime.combine(today, dt.time.max)),
        "participants": lambda: participants_where(session, cycle_id, part),
        "beneficiaries": lambda: reported_agreements(session, cycle_id),
        "visits_done": lambda: visits_done(cycle_id, today),
        "visits_due": lambda: visits_due(session, cycle_id, today),
        "visits_overdue": lambda: visits_overdue(session, cycle_id, today),
        "followups_open": lambda: followups_open(cycle_id),
    }
    aliases = {"cofunding": "funded", "beneficiaries_planned": "funded", "grants_committed": "agreements",
               "grants_paid": "payments"}
    figure = aliases.get(head, head)
    if figure not in queries:
        raise Invalid("report.figure", f"No such figure: {key}", params={"figure": key})
    return DRILL_LISTS[head], queries[figure]()


def _of_settlement(list_name: str, ids: Rows, settlement_id: str | None) -> Rows:
    sub = ids.subquery()
    column = {"applications": Application.settlement_id, "people": Person.settlement_id}.get(list_name)
    if list_name in ("applications", "people"):
        table = Application if list_name == "applications" else Person
        assert column is not None
        return select(table.id).join(sub, sub.c[0] == table.id).where(
            column.is_(None) if settlement_id is None else column == settlement_id)
    if list_name == "agreements":
        return (select(Agreement.id).join(sub, sub.c[0] == Agreement.id)
                .join(Application, Application.id == Agreement.application_id)
                .where(or_(Application.settlement_id == settlement_id,
                           and_(literal(settlement_id is None), Application.settlement_id.is_(None)))))
    return (select(Tranche.id).join(sub, sub.c[0] == Tranche.id)
            .join(Agreement, Agreement.id == Tranche.agreement_id)
            .join(Application, Application.id == Agreement.application_id)
            .where(or_(Application.settlement_id == settlement_id,
                       and_(literal(settlement_id is None), Application.settlement_id.is_(None)))))
