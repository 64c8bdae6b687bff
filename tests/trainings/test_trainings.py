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


def _periods() -> list[trainings.CyclePeriod]:
    return [trainings.CyclePeriod("c1", "Цикл 1", dt.date(2018, 9, 1), dt.date(2019, 9, 30)),
            trainings.CyclePeriod("c2", "Цикл 2", dt.date(2019, 10, 1), dt.date(2020, 10, 31)),
            trainings.CyclePeriod("c3", "Цикл 3", dt.date(2021, 1, 15), dt.date(2022, 1, 31))]


def test_a_new_trainings_cycle_is_the_one_holding_its_first_day_else_today_else_the_latest_open() -> None:
    periods, today = _periods(), dt.date(2026, 12, 5)
    assert trainings.default_cycle(periods, dt.date(2020, 3, 10), today) == "c2"
    assert trainings.default_cycle(periods, dt.date(2019, 9, 30), today) == "c1"  # the period's last day is in it
    assert trainings.default_cycle(periods, dt.date(2021, 1, 15), today) == "c3"
    # 2026: no cycle holds the day nor today and none is open — not the newest (cycle 3) by a guess
    assert trainings.default_cycle(periods, dt.date(2026, 12, 6), today) is None
    assert trainings.default_cycle(periods, dt.date(2020, 12, 1), dt.date(2021, 6, 1)) == "c3"  # today's
    assert trainings.default_cycle(periods, None, dt.date(2020, 1, 1)) == "c2"
    opened = [*periods, trainings.CyclePeriod("c4", "Цикл 4", dt.date(2026, 1, 10), None)]
    assert trainings.default_cycle(opened, dt.date(2025, 12, 1), today) == "c4"  # the latest open one
    assert trainings.default_cycle(opened, dt.date(2026, 12, 6), today) == "c4"  # open: holds any later day
    ending = [*periods, trainings.CyclePeriod("c5", "Цикл 5", dt.date(2027, 1, 1), dt.date(2027, 12, 31))]
    assert trainings.default_cycle(ending, dt.date(2026, 12, 6), today) == "c5"  # not started, not ended


def test_days_outside_the_cycle_are_a_warning_that_names_them_not_a_refusal(db, programme) -> None:
    c2 = _periods()[1]
    assert trainings.outside_cycle(c2, [dt.date(2019, 10, 1), dt.date(2020, 10, 31)]) is None
    warning = trainings.outside_cycle(c2, [dt.date(2020, 10, 30), dt.date(2020, 11, 2), dt.date(2019, 9, 1)])
    assert (warning.code, warning.field, warning.params["count"]) == ("sessions.outside_cycle", "cycle_id", 2)
    assert warning.params["days"] == "2 (02.11.2020), 3 (01.09.2019)"
    assert trainings.outside_cycle(None, [dt.date(2026, 1, 1)]) is None
    with db.transaction() as s:  # the core saves it: a late training is the officer's call
        late = trainings.create_training(s, trainings.TrainingInput(
            cycle_id=programme.cycle_id, title="Поздний", sessions=(trainings.SessionInput(
                dt.datetime(2019, 9, 1, 10)),)))
        period = next(p for p in trainings.cycle_periods(s) if p.id == programme.cycle_id)
        assert trainings.outside_cycle(period, [dt.date(2019, 9, 1)]) is not None
        assert trainings.get_live(s, late).cycle_id == programme.cycle_id


def test_a_new_day_is_the_day_after_the_last_at_its_hours() -> None:
    today = dt.date(2026, 12, 5)
    assert trainings.next_day(None, today) == (dt.datetime(2026, 12, 6, 10), dt.datetime(2026, 12, 6, 13))
    previous = (dt.datetime(2020, 3, 10, 9, 30), dt.datetime(2020, 3, 10, 12, 45))
    assert trainings.next_day(previous, today) == (dt.datetime(2020, 3, 11, 9, 30), dt.datetime(2020, 3, 11, 12, 45))
    assert trainings.next_day((dt.datetime(2020, 3, 31, 14), None), today) == (
        dt.datetime(2020, 4, 1, 14), dt.datetime(2020, 4, 1, 17))  # no end: the first day's length
    # a late day never ends on the next date (the form would refuse it: it ends before it starts)
    assert trainings.next_day((dt.datetime(2020, 3, 31, 22), None), today) == (
        dt.datetime(2020, 4, 1, 22), dt.datetime(2020, 4, 1, 23, 59))
    assert trainings.next_day((dt.datetime(2020, 3, 31, 20), dt.datetime(2020, 4, 1, 1)), today) == (
        dt.datetime(2020, 4, 1, 20), dt.datetime(2020, 4, 1, 23, 59))
