"""The counts the lists of trainings show: the dashboard's 'trainings' list (``lists.fetch``: sessions, first
session, participants) and the Trainings page (``trainings.list_trainings``: registered and present per day).
Every kind of row that must not count is here: an absent mark, a mark taken back, a removed day with its marks,
a registration withdrawn, someone marked on two days (one participant), a walk-in marked without registering."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from fieldapp.model import TrainingSession
from fieldapp.model.base import utcnow
from fieldapp.services import attendance, lists, trainings

from .helpers import add_person, add_training


def _build(db, programme) -> dict[str, str]:
    ids: dict[str, str] = {}
    with db.transaction() as s:
        for name in ("Алиева Айгерим", "Бекова Бота", "Сериков Сакен", "Дюсенов Данияр", "Ержанова Еркежан",
                     "Фомина Фатима", "Габитов Гани"):
            ids[name[0]] = add_person(s, name)
        busy = add_training(s, programme, days=3, title="Бюджет проекта", start=dt.datetime(2019, 11, 5, 10))
        quiet = add_training(s, programme, days=1, title="Отчётность", start=dt.datetime(2019, 12, 2, 10))
        early = add_training(s, programme, days=2, title="Как написать проект", start=dt.datetime(2019, 10, 7, 10))
        ids |= {"busy": busy, "quiet": quiet, "early": early}
    with db.transaction() as s:
        day1, day2, day3 = (d.id for d in trainings.sessions_of(s, busy))
        ids |= {"day1": day1, "day2": day2, "day3": day3}
        for letter in "АБСД":
            trainings.register_person(s, busy, ids[letter])
        trainings.register_person(s, early, ids["А"])
        attendance.mark(s, day1, ids["А"], "present")
        attendance.mark(s, day2, ids["А"], "late")  # two days, one participant
        attendance.mark(s, day1, ids["Б"], "left_early")
        attendance.mark(s, day1, ids["С"], "absent")
        attendance.mark(s, day2, ids["С"], "absent")  # registered, never came
        attendance.mark(s, day2, ids["Е"], "present")  # a walk-in: marked, not registered
        attendance.mark(s, day3, ids["Ф"], "present")  # only on the day removed below
        taken_back = attendance.mark(s, day1, ids["Г"], "present")
        attendance.undo(s, taken_back)  # the mark soft-deleted
        early_day = trainings.sessions_of(s, early)[0].id
        attendance.mark(s, early_day, ids["А"], "present")
        trainings.unregister_person(s, busy, ids["Д"])  # a withdrawn registration
    with db.transaction() as s:
        s.get(TrainingSession, day3).deleted_at = utcnow()  # a day removed (with its mark) does not count
    return ids


def test_the_trainings_list_counts_sessions_and_participants_as_they_are(db, programme) -> None:
    ids = _build(db, programme)
    with db.reading() as s:
        rows = lists.fetch(s, "trainings")
        assert lists.count(s, "trainings") == 3
        columns, total, page, _after = lists.first_page(s, "trainings", limit=2)
        by_name = {r[0]: r for r in rows}
    # id, title, cycle, settlement, venue, first session, sessions, participants — newest first
    assert [r[0] for r in rows] == [ids["quiet"], ids["busy"], ids["early"]]
    assert [r[-2:] for r in rows] == [(1, 0), (2, 3), (2, 1)]
    assert str(by_name[ids["busy"]][5]).startswith("2019-11-05 10:00")
    assert [r[1] for r in rows] == ["Отчётность", "Бюджет проекта", "Как написать проект"]
    assert total == 3 and page == rows[:2] and [c[0] for c in columns][-2:] == ["sessions", "participants"]


def test_the_trainings_list_sorts_by_its_counts_and_finds_by_words(db, programme) -> None:
    ids = _build(db, programme)
    with db.reading() as s:
        by_participants = lists.fetch(s, "trainings", sort=6, descending=True)
        by_sessions = lists.fetch(s, "trainings", sort=5)
        found = lists.fetch(s, "trainings", "бюджет")
        second_page = lists.fetch(s, "trainings", offset=1, limit=1, sort=6)
    assert [r[0] for r in by_participants] == [ids["busy"], ids["early"], ids["quiet"]]
    assert [r[0] for r in by_sessions][0] == ids["quiet"]
    assert [(r[0], r[-1]) for r in found] == [(ids["busy"], 3)]
    assert [r[0] for r in second_page] == [ids["early"]]


def test_the_trainings_page_counts_registered_and_present_per_day(db, programme) -> None:
    ids = _build(db, programme)
    with db.reading() as s:
        rows = {r.id: r for r in trainings.list_trainings(s)}
        order = [r.id for r in trainings.list_trainings(s)]
        live_days = list(s.scalars(select(TrainingSession.id).where(TrainingSession.training_id == ids["busy"])
                                   .order_by(TrainingSession.starts_at)))
    assert order == [ids["quiet"], ids["busy"], ids["early"]]
    busy = rows[ids["busy"]]
    assert [d.id for d in busy.sessions] == live_days == [ids["day1"], ids["day2"]]
    assert [d.registered for d in busy.sessions] == [3, 3]  # А, Б, С; Д withdrew
    assert [d.present for d in busy.sessions] == [2, 2]  # day 1: А, Б (Г taken back); day 2: А, Е
    assert [(d.registered, d.present) for d in rows[ids["quiet"]].sessions] == [(0, 0)]
    assert [(d.registered, d.present) for d in rows[ids["early"]].sessions] == [(1, 1), (1, 0)]


def test_the_trainings_page_leaves_out_people_deleted_since(db, programme) -> None:
    """A person deleted after registering and coming is counted neither registered nor present."""
    from fieldapp.services import people

    with db.transaction() as s:
        kept, gone = add_person(s, "Жанибеков Жандос"), add_person(s, "Ильясова Индира")
        training = add_training(s, programme, days=2, title="Мониторинг", start=dt.datetime(2020, 2, 3, 10))
    with db.transaction() as s:
        day1, day2 = (d.id for d in trainings.sessions_of(s, training))
        for person in (kept, gone):
            trainings.register_person(s, training, person)
            attendance.mark(s, day1, person, "present")
        attendance.mark(s, day2, gone, "late")
    with db.reading() as s:
        before = [(d.registered, d.present) for d in trainings.list_trainings(s)[0].sessions]
    with db.transaction() as s:
        people.soft_delete_person(s, gone)
    with db.reading() as s:
        row = trainings.list_trainings(s)[0]
    assert row.id == training and before == [(2, 2), (2, 1)]
    assert [(d.registered, d.present) for d in row.sessions] == [(1, 1), (1, 0)]
