"""Trainings with sessions and trainers: create, edit, filter; ids people type on the command line."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldapp.services import trainings
from fieldapp.services.errors import FormInvalid
from fieldapp.validation import Invalid

from .helpers import add_person, add_training


def test_a_three_day_training_with_trainers_is_created_numbered_and_edited(db, programme):
    with db.transaction() as s:
        trainer = add_person(s, "Серікбаев Ғалым")
        training = add_training(s, programme, days=3, trainer_ids=(trainer,))
    with db.transaction() as s:
        data = trainings.get_training(s, training)
        assert len(data.sessions) == 3 and data.trainer_ids == (trainer,)
        other = add_person(s, "Ким Ольга")
        kept = data.sessions[:2] + (trainings.SessionInput(dt.datetime(2019, 11, 9, 10), title="Защита проектов"),)
        trainings.update_training(s, training, trainings.TrainingInput(
            **{**data.__dict__, "title": "Проектное письмо", "trainer_ids": (other,), "sessions": kept}))
    with db.reading() as s:
        (row,) = trainings.list_trainings(s)
        assert row.title == "Проектное письмо" and row.trainers == ["Ким Ольга"]
        assert [x.starts_at.day for x in row.sessions] == [5, 6, 9] and row.sessions[2].title == "Защита проектов"
        assert row.number and row.number.endswith("-T-0001")


def test_invalid_training_names_each_field(db, programme):
    with db.transaction() as s, pytest.raises(FormInvalid) as caught:
        trainings.create_training(s, trainings.TrainingInput(
            cycle_id="", title=" ", capacity=-1,
            sessions=(trainings.SessionInput(dt.datetime(2019, 11, 5, 14), dt.datetime(2019, 11, 5, 10)),)))
    assert set(caught.value.errors) == {"title", "cycle_id", "capacity", "sessions"}


def test_filters_by_cycle_settlement_dates_trainer_and_words(db, programme):
    with db.transaction() as s:
        trainer = add_person(s, "Серікбаев Ғалым")
        fort = add_training(s, programme, title="Бюджет проекта", trainer_ids=(trainer,))
        kuryk = add_training(s, programme, settlement="Курык", title="Мониторинг",
                             start=dt.datetime(2020, 2, 10, 10))
    with db.reading() as s:
        def ids(**filters):
            return [r.id for r in trainings.list_trainings(s, **filters)]

        assert ids() == [kuryk, fort]  # newest first
        assert ids(cycle_id=programme.cycle_id) == [kuryk, fort]
        assert ids(settlement_id=programme.settlements["Курык"]) == [kuryk]
        assert ids(date_from=dt.date(2020, 1, 1)) == [kuryk]
        assert ids(date_to=dt.date(2019, 11, 5)) == [fort]
        assert ids(trainer_id=trainer) == [fort]
        assert ids(text="бюджет") == [fort]


def test_ids_people_type(db, programme):
    with db.transaction() as s:
        training = add_training(s, programme, days=2)
    with db.reading() as s:
        number = trainings.get_live(s, training).number
        day1, day2 = (x.id for x in trainings.sessions_of(s, training))
        assert trainings.resolve_training(s, training) == training
        assert trainings.resolve_training(s, training[:13]) == training
        assert trainings.resolve_training(s, number.lower()) == training
        assert trainings.resolve_training(s, "T-0001") == training
        assert trainings.resolve_session(s, f"{number}/2") == day2
        assert trainings.resolve_session(s, day1) == day1
        with pytest.raises(Invalid, match="2 sessions"):
            trainings.resolve_session(s, number)
        with pytest.raises(Invalid, match="no session '3'"):
            trainings.resolve_session(s, f"{number}/3")
        with pytest.raises(Invalid, match="no training"):
            trainings.resolve_training(s, "ZZZZ-T-0009")
