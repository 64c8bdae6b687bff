"""The counting rules donors rely on, in one place: who took part, women/men, youth, age groups."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldapp.services import attendance, counting, trainings

from .helpers import add_person, add_training

DAY = dt.date(2019, 11, 5)


@pytest.mark.parametrize("birth_date,birth_year,age", [
    (dt.date(2000, 11, 5), None, 19),   # birthday today
    (dt.date(2000, 11, 6), None, 18),   # birthday tomorrow
    (None, 2000, 19),                   # year only: the year difference
    (None, None, None),
])
def test_age_on_the_day_of_the_session(birth_date, birth_year, age):
    assert counting.age_on(DAY, birth_date, birth_year) == age


@pytest.mark.parametrize("age,group,youth", [
    (13, "0–13", False), (14, "14–17", True), (17, "14–17", True), (18, "18–29", True), (29, "18–29", True),
    (30, "30–44", False), (59, "45–59", False), (60, "60+", False), (None, "unknown", False),
])
def test_age_groups_and_the_youth_band(age, group, youth):
    assert counting.age_group(age) == group
    assert counting.is_youth(age) is youth


def test_youth_band_is_one_constant_and_matches_the_age_groups():
    low, high = counting.YOUTH_AGES
    assert (low, high) == (14, 29)
    bands = [(lo, hi) for _, lo, hi in counting.AGE_GROUPS]
    assert any(lo == low for lo, _ in bands) and any(hi == high for _, hi in bands)


def test_tally_counts_each_person_once_and_skips_absentees():
    f = counting.PersonFacts("a", "F", None, 2001)
    m = counting.PersonFacts("b", "M", dt.date(1960, 1, 1), None)
    u = counting.PersonFacts("c", None, None, None)
    tally = counting.tally([(f, "present"), (f, "late"), (m, "left_early"), (u, "absent")], DAY, registered=5)
    assert (tally.registered, tally.present, tally.women, tally.men, tally.sex_unknown) == (5, 2, 1, 1, 0)
    assert (tally.late, tally.left_early, tally.youth) == (0, 1, 1)
    assert tally.by_age["18–29"] == 1 and tally.by_age["45–59"] == 1 and sum(tally.by_age.values()) == 2
    assert tally.by_age_women["18–29"] == 1 and tally.by_age_men["45–59"] == 1


@pytest.mark.parametrize("attended,total,share,ok", [
    (2, 3, 0.5, True), (1, 3, 0.5, False), (1, 2, 0.5, True), (3, 3, 1.0, True), (2, 3, 1.0, False),
    (0, 0, 0.5, False),
])
def test_certificate_share(attended, total, share, ok):
    assert counting.qualifies(attended, total, share) is ok


def test_training_totals_count_distinct_people_and_follow_changes(db, programme):
    with db.transaction() as s:
        training = add_training(s, programme, days=2)
        day1, day2 = (x.id for x in trainings.sessions_of(s, training))
        woman = add_person(s, "Асель Нурова", sex="F", birth_year=2003)
        man = add_person(s, "Ерлан Ким", sex="M", birth_year=1975)
        for person in (woman, man):
            trainings.register_person(s, training, person)
        attendance.mark(s, day1, woman)
        attendance.mark(s, day2, woman, "late")
        attendance.mark(s, day1, man, "absent")
    with db.reading() as s:
        per_session, total = counting.training_tally(s, training)
    assert [t.present for _, t in per_session] == [1, 1]
    assert (total.present, total.women, total.men, total.youth, total.registered) == (1, 1, 0, 1, 2)
    with db.transaction() as s:
        done = attendance.mark(s, day2, man, "present")
    with db.reading() as s:
        assert counting.training_tally(s, training)[1].present == 2
    with db.transaction() as s:
        attendance.undo(s, done)
    with db.reading() as s:
        assert counting.training_tally(s, training)[1].present == 1
        assert counting.sessions_attended(s, training) == (2, {woman: 2})


def test_an_age_group_ticked_on_the_sheet_counts_when_no_birth_year_is_known() -> None:
    from fieldapp.services import people
    from fieldapp.services.errors import FormInvalid

    day = dt.date(2019, 11, 5)
    ticked = counting.PersonFacts("a", "F", None, None, "14–17")
    known = counting.PersonFacts("b", "M", None, 1950, "14–17")  # a birth year wins over a tick
    result = counting.tally([(ticked, "present"), (known, "present")], day)
    assert result.by_age["14–17"] == 1 and result.by_age["60+"] == 1 and result.youth == 1
    assert people.validate(people.PersonInput("Асель", age_group="60 +")).age_group == "60+"
    assert people.validate(people.PersonInput("Асель", birth_year=1990, age_group="18-29")).age_group is None
    with pytest.raises(FormInvalid) as refused:
        people.validate(people.PersonInput("Асель", age_group="5-13"))
    assert refused.value.errors["age_group"].code == "age_group.unknown"
