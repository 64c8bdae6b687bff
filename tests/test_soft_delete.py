"""Nothing is deleted for real, and nothing deleted shows: every query leaves soft-deleted rows out by itself
(fieldapp.db.soft_delete), so no code repeats ``deleted_at IS NULL``; queries that must see them say so."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import func, select

import fieldapp
from fieldapp.model import Person, Registration, Training
from fieldapp.model.base import utcnow
from fieldapp.services import attendance, lists, people, trainings


def test_a_deleted_person_leaves_lists_searches_and_counts_by_itself(demo_db) -> None:
    with demo_db.reading() as s:
        training_id, person_id = s.execute(select(Registration.training_id, Registration.person_id)).first()
        session_id = trainings.sessions_of(s, training_id)[0].id
        name = s.get(Person, person_id).full_name
        assert any(r[0] == person_id for r in lists.fetch(s, "people", name))
        registered = len(trainings.registered_people(s, training_id))
        assert any(c.person_id == person_id for c in attendance.search(s, session_id, name))
    with demo_db.transaction() as s:
        people.soft_delete_person(s, person_id)
    with demo_db.reading() as s:
        assert not any(r[0] == person_id for r in lists.fetch(s, "people", name))
        assert len(trainings.registered_people(s, training_id)) == registered - 1  # a join, not the selected entity
        assert not any(c.person_id == person_id for c in attendance.search(s, session_id, name))
        assert s.scalar(select(func.count()).select_from(Person).where(Person.id == person_id)) == 0
        # asked for, the row is there; a lookup by identity finds it as well
        assert s.scalar(select(func.count()).select_from(Person).where(Person.id == person_id)
                        .execution_options(include_deleted=True)) == 1
        assert s.get(Person, person_id).deleted_at is not None


def test_registering_again_brings_back_the_deleted_registration(demo_db) -> None:
    """The core's revive patterns look for deleted rows on purpose: no second row for the same pair."""
    with demo_db.transaction() as s:
        training_id, person_id = s.execute(select(Registration.training_id, Registration.person_id)).first()
        trainings.unregister_person(s, training_id, person_id)
    with demo_db.transaction() as s:
        trainings.register_person(s, training_id, person_id)
    with demo_db.reading() as s:
        rows = s.scalars(select(Registration).where(Registration.training_id == training_id,
                                                    Registration.person_id == person_id)
                         .execution_options(include_deleted=True)).all()
        assert len(rows) == 1 and rows[0].deleted_at is None


def test_a_deleted_training_is_gone_from_the_trainings_list(demo_db) -> None:
    with demo_db.transaction() as s:
        training = s.scalars(select(Training)).first()
        training.deleted_at = utcnow()
        training_id = training.id
    with demo_db.reading() as s:
        assert training_id not in {r.id for r in trainings.list_trainings(s)}
        assert training_id not in {r[0] for r in lists.fetch(s, "trainings")}


def test_no_query_of_the_core_filters_deleted_rows_by_hand() -> None:
    """The hub's rules read the tables directly (SQLAlchemy Core, no ORM entities) and keep their own filter."""
    root = Path(fieldapp.__file__).parent
    by_hand = [f"{path.relative_to(root)}:{number}"
               for path in root.rglob("*.py") if path.name != "soft_delete.py"
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
               if re.search(r"(?<!\.c)\.deleted_at\.is_\(None\)", line)]
    assert by_hand == []
