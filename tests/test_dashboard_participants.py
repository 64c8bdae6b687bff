"""The dashboard's participants (``dashboard.figures``: how many, by sex, by age group, by settlement) are counted
by SQL aggregates; they must be exactly what a pass over every participant in Python counts (the rule of
``services/counting.py``: age on the start of the first cycle they took part in, from the birth date, else the birth
year), on data with every edge: birthdays on that day and the day after, each age band's edges, no birth date, only
a birth year, neither, no sex or an odd one, no settlement, deleted people and marks, people in two cycles, group
members of a funded project, and people who took part only in a deleted cycle (counted, in no part)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from fieldapp.model import (
    Application,
    Attendance,
    Cycle,
    GrantCall,
    GroupMember,
    Person,
    Training,
    TrainingSession,
)
from fieldapp.model.base import utcnow
from fieldapp.services import counting, dashboard, summary


def _python_pass(session: Any, cycle_id: str | None) -> dict[str, Any]:
    """The figures as a pass over every participant in Python (the reference)."""
    cycles = session.scalars(select(Cycle).order_by(Cycle.number)).all()
    first: dict[str, dt.date] = {}
    for cycle in cycles:
        if cycle_id is not None and cycle.id != cycle_id:
            continue
        for person_id in session.scalars(summary.participants(cycle.id)):
            first[person_id] = min(first.get(person_id, cycle.starts_on), cycle.starts_on)
    everyone = set(session.scalars(summary.participants(cycle_id)))
    by_sex = dict.fromkeys(dashboard.SEXES, 0)
    by_age = dict.fromkeys([*counting.AGE_GROUP_LABELS, counting.UNKNOWN_AGE], 0)
    places: dict[str | None, int] = {}
    for person in session.scalars(select(Person).where(Person.id.in_(list(first)))):
        by_sex[person.sex if person.sex in ("F", "M") else "unknown"] += 1
        by_age[counting.age_group(counting.age_on(first[person.id], person.birth_date, person.birth_year))] += 1
        places[person.settlement_id] = places.get(person.settlement_id, 0) + 1
    return {"participants": len(everyone), "participants_by_sex": by_sex, "participants_by_age": by_age,
            "participants_by_settlement": places}


def _ours(figures: dict[str, Any]) -> dict[str, Any]:
    return {"participants": figures["participants"], "participants_by_sex": figures["participants_by_sex"],
            "participants_by_age": figures["participants_by_age"],
            "participants_by_settlement": {r["id"]: r["count"] for r in figures["participants_by_settlement"]}}


def _add_edges(db: Any) -> dict[str, str]:
    """People on every edge, marked present at a session of a training of the demo's first cycle (and some of the
    second), one in a new cycle that is then deleted; returns a few of their ids by name."""
    ids: dict[str, str] = {}
    with db.transaction() as s:
        cycles = s.scalars(select(Cycle).order_by(Cycle.number)).all()
        first, second = cycles[0], cycles[1]
        day = first.starts_on

        def session_of(cycle: Cycle) -> TrainingSession:
            training = Training(cycle_id=cycle.id, title=f"Edges {cycle.number}")
            s.add(training)
            s.flush()
            meeting = TrainingSession(training_id=training.id, starts_at=dt.datetime.combine(cycle.starts_on,
                                                                                            dt.time(10)))
            s.add(meeting)
            s.flush()
            return meeting

        sessions = {"first": session_of(first), "second": session_of(second)}
        gone_cycle = Cycle(programme_id=first.programme_id, number=99, name="Deleted", starts_on=dt.date(2010, 1, 1))
        s.add(gone_cycle)
        s.flush()
        sessions["gone"] = session_of(gone_cycle)

        def born(years: int, days: int = 0) -> dt.date:
            return day.replace(year=day.year - years) + dt.timedelta(days=days)

        people: list[tuple[str, dict[str, Any], tuple[str, ...]]] = [
            ("birthday on the day, 14", {"birth_date": born(14), "sex": "F"}, ("first",)),
            ("birthday the day after, still 13", {"birth_date": born(14, 1), "sex": "M"}, ("first",)),
            ("birthday the day before, 18", {"birth_date": born(18, -1), "sex": "F"}, ("first",)),
            ("17 until tomorrow", {"birth_date": born(18, 1)}, ("first",)),
            ("29", {"birth_date": born(29), "sex": "X"}, ("first",)),
            ("30", {"birth_date": born(30)}, ("first",)),
            ("44 by year only", {"birth_year": day.year - 44, "sex": "M"}, ("first",)),
            ("45 by year only", {"birth_year": day.year - 45}, ("first",)),
            ("59", {"birth_date": born(59, 1)}, ("first",)),
            ("60", {"birth_date": born(60)}, ("first",)),
            ("born after the day", {"birth_date": born(0, 3)}, ("first",)),
            ("no birth data", {"sex": "F"}, ("first",)),
            ("birth date and another year", {"birth_date": born(20), "birth_year": day.year - 70}, ("first",)),
            ("in two cycles, aged on the first", {"birth_date": born(13)}, ("second", "first")),
            ("only the second cycle, aged on it", {"birth_date": second.starts_on.replace(year=second.starts_on.year - 13)},
             ("second",)),
            ("only a deleted cycle", {"birth_date": born(30), "sex": "F"}, ("gone",)),
            ("a deleted cycle and the first", {"birth_date": born(46), "sex": "M"}, ("gone", "first")),
            ("deleted person", {"birth_date": born(25), "sex": "F"}, ("first",)),
            # the cycles' participants are read as ids and the people once (summary.participant_ids): a deleted
            # person in a deleted cycle and a live one is left out of the count as well as of every part
            ("deleted person, a deleted cycle and the second", {"birth_date": born(40), "sex": "M"},
             ("gone", "second")),
            ("deleted person, only a deleted cycle", {"birth_date": born(35), "sex": "F"}, ("gone",)),
            ("deleted mark", {"birth_date": born(25), "sex": "M"}, ("first",)),
            ("absent", {"birth_date": born(25), "sex": "M"}, ("first",)),
        ]
        for name, facts, where in people:
            person = Person(full_name=name, **facts)
            s.add(person)
            s.flush()
            ids[name] = person.id
            for key in where:
                status = "absent" if name == "absent" else "present"
                mark = Attendance(session_id=sessions[key].id, person_id=person.id, status=status)
                s.add(mark)
                s.flush()
                if name == "deleted mark":
                    mark.deleted_at = utcnow()
        for name in ("deleted person", "deleted person, a deleted cycle and the second",
                     "deleted person, only a deleted cycle"):
            s.get(Person, ids[name]).deleted_at = utcnow()
        # a member of a funded project's initiative group with no birth data and no settlement
        funded = s.scalars(select(Application).join(GrantCall, GrantCall.id == Application.call_id)
                           .where(Application.status.in_(summary.FUNDED_STATUSES), Application.group_id.is_not(None),
                                  GrantCall.cycle_id == second.id)).first()
        assert funded is not None
        member = Person(full_name="group member", sex="F")
        s.add(member)
        s.flush()
        ids["group member"] = member.id
        s.add(GroupMember(group_id=funded.group_id, person_id=member.id))
        ids["gone cycle"] = gone_cycle.id
    with db.transaction() as s:
        s.get(Cycle, ids["gone cycle"]).deleted_at = utcnow()
    return ids


def test_the_participants_by_sql_aggregates_are_the_python_pass_on_every_edge(demo_db) -> None:
    with demo_db.reading() as s:
        before = dashboard.figures(s)
    ids = _add_edges(demo_db)
    with demo_db.reading() as s:
        cycles = s.scalars(select(Cycle).order_by(Cycle.number)).all()
        for cycle_id in [None, *(c.id for c in cycles), ids["gone cycle"]]:
            figures = dashboard.figures(s, cycle_id)
            assert _ours(figures) == _python_pass(s, cycle_id), cycle_id
            counts = [r["count"] for r in figures["participants_by_settlement"]]
            assert counts == sorted(counts, reverse=True)
        after = dashboard.figures(s)
        on_the_gone_cycle = dashboard.figures(s, ids["gone cycle"])
    # the edges really are counted: 18 new participants (not the deleted person, the deleted mark, the absent)
    assert after["participants"] == before["participants"] + 18
    # of whom two took part in the deleted cycle only: counted, in no part
    assert sum(after["participants_by_sex"].values()) == before["participants"] + 17
    assert on_the_gone_cycle["participants"] == 2 and sum(on_the_gone_cycle["participants_by_sex"].values()) == 0
    grew = {k: after["participants_by_age"][k] - before["participants_by_age"][k] for k in after["participants_by_age"]}
    assert grew == {"0–13": 3, "14–17": 2, "18–29": 3, "30–44": 2, "45–59": 3, "60+": 1, "unknown": 3}


def test_a_participants_drill_down_lists_as_many_people_as_its_figure(demo_db) -> None:
    """Each part's drill-down (``participants_where``) lists the people its figure counts, edges included."""
    _add_edges(demo_db)
    with demo_db.reading() as s:
        figures = dashboard.figures(s)
        for sex, n in figures["participants_by_sex"].items():
            assert len(s.execute(dashboard.drill(s, f"participants:sex:{sex}")[1]).all()) == n, sex
        for age, n in figures["participants_by_age"].items():
            assert len(s.execute(dashboard.drill(s, f"participants:age:{age}")[1]).all()) == n, age
        for row in figures["participants_by_settlement"]:
            ids = s.execute(dashboard.drill(s, f"participants:settlement:{row['id'] or ''}")[1]).all()
            assert len(ids) == row["count"], row["id"]
