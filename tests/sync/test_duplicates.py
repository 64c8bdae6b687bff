"""Duplicates that mean the same thing merge, through a real hub: no action of a person's work is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from fieldapp.model import Attendance, Consent, Person, Registration
from fieldapp.model.history import SyncRejection
from fieldapp.services import attendance, merge, people, trainings
from tests.sync.conftest import assert_converged, converge, seed


@pytest.fixture
def pair(laptops, hub):  # type: ignore[no-untyped-def]
    a, b = laptops("A"), laptops("B")
    ids = seed(a.db)
    a.set_user("field_officer")
    converge(a, b)
    b.set_user("field_officer")
    return a, b, ids


def _rejections(laptop) -> int:  # type: ignore[no-untyped-def]
    with laptop.db.reading() as s:
        return s.scalar(select(func.count()).select_from(SyncRejection))


def test_the_same_person_registered_on_two_laptops_is_one_registration_and_nothing_is_refused(pair, hub) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:  # the first trainer at the door
        trainings.register_person(s, ids["training"], ids["person0"])
    with b.db.transaction() as s:  # the second trainer: the same person, with a newcomer, her consent and marks
        newcomer = people.create_person(s, people.PersonInput(full_name="Жанар Ахметова", settlement_id=ids["kuryk"]))
        people.record_consent(s, newcomer, people.ConsentInput(given_on=dt.date(2019, 3, 1), scope="training"))
        trainings.register_person(s, ids["training"], ids["person0"], walk_in=True)
        trainings.register_person(s, ids["training"], newcomer)
        attendance.mark(s, ids["session"], ids["person0"])
        attendance.mark(s, ids["session"], newcomer)
    assert a.sync().rejected == 0
    report = b.sync()
    assert report.rejected == 0 and _rejections(b) == 0
    converge(a, b)
    assert_converged(hub, a, b)
    with a.db.reading() as s:
        registered = s.scalars(select(Registration).where(Registration.training_id == ids["training"])).all()
        assert sorted(r.person_id for r in registered) == sorted([ids["person0"], newcomer])
        assert s.get(Person, newcomer).full_name == "Жанар Ахметова"
        assert s.scalar(select(func.count()).select_from(Consent).where(Consent.person_id == newcomer)) == 1
        assert s.scalar(select(func.count()).select_from(Attendance)) == 2


def test_registrations_made_under_other_ids_merge_on_their_key_at_the_hub_and_on_every_laptop(pair, hub) -> None:
    """Rows of the same (training, person) under unrelated ids (made by an older FieldApp): the hub takes both
    actions, and every replica holds one row for the key, the same one."""
    a, b, ids = pair
    with a.db.transaction() as s:
        s.add(Registration(training_id=ids["training"], person_id=ids["person1"]))
    with b.db.transaction() as s:
        s.add(Registration(training_id=ids["training"], person_id=ids["person1"], walk_in=True))
        s.get(Person, ids["person1"]).notes = "came with her sister"
    assert a.sync().rejected == 0
    assert b.sync().rejected == 0
    with b.db.transaction() as s:  # a later change of b's own row is taken too
        trainings.unregister_person(s, ids["training"], ids["person1"])
        trainings.register_person(s, ids["training"], ids["person1"])
    assert b.sync().rejected == 0
    converge(a, b)
    assert_converged(hub, a, b)
    with a.db.reading() as s:
        rows = s.scalars(select(Registration).where(Registration.person_id == ids["person1"])).all()
        assert len(rows) == 1
        assert s.get(Person, ids["person1"]).notes == "came with her sister"


def test_a_merge_of_people_on_one_laptop_and_a_registration_of_the_survivor_on_another_are_one_record(
        pair, hub) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:
        trainings.register_person(s, ids["training"], ids["person1"])
        attendance.mark(s, ids["session"], ids["person1"])
    converge(a, b)
    with a.db.transaction() as s:  # person 1 turns out to be person 0
        merge.merge_people(s, ids["person0"], ids["person1"])
    with b.db.transaction() as s:  # meanwhile person 0 registers and is marked on the other laptop
        trainings.register_person(s, ids["training"], ids["person0"])
        attendance.mark(s, ids["session"], ids["person0"], "late")
    assert a.sync().rejected == 0
    assert b.sync().rejected == 0
    converge(a, b)
    assert_converged(hub, a, b)
    with b.db.reading() as s:
        live = s.scalars(select(Registration).where(Registration.training_id == ids["training"],
                                                    Registration.deleted_at.is_(None))).all()
        assert [r.person_id for r in live] == [ids["person0"]]
        marks = s.scalars(select(Attendance).where(Attendance.deleted_at.is_(None))).all()
        assert [m.person_id for m in marks] == [ids["person0"]]
        assert s.get(Person, ids["person1"]).merged_into_id == ids["person0"]


def test_two_laptops_merging_the_same_people_opposite_ways_keep_one_of_them(pair, hub) -> None:
    """Else both records end up deleted, each pointing at the other, and the person vanishes from every list."""
    a, b, ids = pair
    with a.db.transaction() as s:
        merge.merge_people(s, ids["person0"], ids["person1"])
    with b.db.transaction() as s:
        merge.merge_people(s, ids["person1"], ids["person0"])
    assert a.sync().rejected == 0
    report = b.sync()
    assert report.conflicts == 1
    converge(a, b)
    assert_converged(hub, a, b)
    with b.db.reading() as s:
        live = s.scalars(select(Person.id).where(Person.id.in_([ids["person0"], ids["person1"]]),
                                                 Person.deleted_at.is_(None))).all()
        assert live == [ids["person0"]]
        assert s.get(Person, ids["person1"]).merged_into_id == ids["person0"]
        from fieldapp.model import Conflict

        conflict = s.scalars(select(Conflict).where(Conflict.kind == "rule")).one()
    assert conflict.code == "merge.cycle" and conflict.subject_id == ids["person0"]


def test_the_same_roster_imported_for_one_training_on_two_laptops_merges(pair, hub, tmp_path) -> None:
    import subprocess
    import sys

    a, b, ids = pair
    roster = tmp_path / "roster.csv"
    roster.write_text("ФИО,Телефон\nУчастник 0,+77010000000\nУчастник 1,+77010000001\n", encoding="utf-8")
    for laptop in (a, b):
        done = subprocess.run([sys.executable, "-m", "fieldapp", "import", "people", "--db", str(laptop.db.path),
                               str(roster), "--training", ids["training"]], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
    assert a.sync().rejected == 0
    assert b.sync().rejected == 0 and _rejections(b) == 0
    converge(a, b)
    assert_converged(hub, a, b)
    with b.db.reading() as s:
        registered = s.scalars(select(Registration.person_id).where(Registration.training_id == ids["training"])).all()
    assert sorted(registered) == sorted([ids["person0"], ids["person1"]])
