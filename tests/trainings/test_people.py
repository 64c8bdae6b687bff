"""A field officer adds people; the app warns about likely duplicates before saving and merges two records
of the same person without losing attendance."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from fieldapp.model import Attendance, Consent, GroupMember, InitiativeGroup, Operation, Person, Registration
from fieldapp.services import attendance, merge, people, trainings
from fieldapp.services.errors import FormInvalid
from fieldapp.validation import Invalid

from .helpers import add_person, add_training, first_session


@pytest.mark.parametrize("typed,known", [
    ("Әлия Сейтқали", "Алия Сейткали"),           # Kazakh letters typed on a Russian keyboard
    ("АЛИЯ СЕЙТКАЛИ", "алия сейткали"),           # case
    ("Сейткали Алия", "Алия Сейткали"),           # surname first
    ("Алёна Пётрова", "Алена Петрова"),           # ё / е
    ("Нұрлан Әбенов", "Нурлан Абенов"),
    ("Ғалым Құрманғали", "Галым Курмангали"),
    ("Aлия Ceйткaли", "Алия Сейткали"),           # Latin look-alike letters inside Cyrillic
    ("Абенова Айгерим Серикқызы", "Абенова Айгерим"),  # patronymic left out
    ("Абенова Айгерм", "Абенова Айгерим"),        # one typo
    ("Жанар Тұрсынбаева", "Жанар Турсынбаева"),
])
def test_similar_names_in_the_same_village_are_likely_duplicates(typed, known):
    assert people.names_similar(typed, known)


@pytest.mark.parametrize("a,b", [
    ("Алия Сейткали", "Алина Сейткалиева"),
    ("Нурлан Абенов", "Нуржан Абенов"),
    ("Айгерим", "Айгерим Абенова Серикқызы"),
    ("Асель Ким", "Ерлан Ким"),
])
def test_different_people_are_not_flagged(a, b):
    assert not people.names_similar(a, b)


def test_duplicate_warning_by_iin_phone_or_similar_name_in_the_same_village(db, programme):
    fort, kuryk = programme.settlements["Форт-Шевченко"], programme.settlements["Курык"]
    with db.transaction() as s:
        by_iin = add_person(s, "Сапарова Гульмира", iin="061211600012")
        by_phone = add_person(s, "Ерболов Дархан", phone="+7 (701) 234-56-78")
        by_name = add_person(s, "Сейткали Алия", settlement_id=fort)
        add_person(s, "Алия Сейткали", settlement_id=kuryk)  # the same name in another village: not flagged
    with db.reading() as s:
        found = people.find_duplicates(s, people.validate(people.PersonInput(
            "Әлия Сейтқали", settlement_id=fort, phone="8 701 234 56 78", iin="061211600012")))
    assert {(d.person_id, d.reason) for d in found} == {(by_iin, "iin"), (by_phone, "phone"), (by_name, "name")}
    assert all(not hasattr(d, "iin") for d in found)  # the IIN is never shown in a list
    with db.reading() as s:  # the import's read-once index finds the same people
        data = people.validate(people.PersonInput("Әлия Сейтқали", settlement_id=fort, phone="8 701 234 56 78",
                                                  iin="061211600012"))
        assert sorted(people.KnownPeople(s).duplicates(data), key=lambda d: d.person_id) == sorted(
            found, key=lambda d: d.person_id)


def test_a_similar_name_always_shares_the_fewest_words_the_import_s_index_asks_for():
    """The import compares a row's name only with the village's people sharing enough of its words: every
    pair ``words_similar`` accepts shares at least that many (names of one to three words, typos and repeats)."""
    from itertools import product

    vocabulary = ("айгерим", "аигерм", "нурлан", "нуржан", "абенова", "абенов", "ким", "серикқызы")
    names = [list(words) for n in (1, 2, 3) for words in product(vocabulary, repeat=n)]
    similar = 0
    for a in names:
        for b in names:
            if people.words_similar(a, b):
                similar += 1
                assert len(set(a) & set(b)) >= people.fewest_shared_words(len(set(a))), (a, b)
    assert similar > 1000  # the vocabulary does make similar pairs of every kind


def test_the_import_s_index_finds_the_similar_names_the_person_form_finds(db, programme):
    fort = programme.settlements["Форт-Шевченко"]
    known = ["Абенова Айгерим", "Айгерим Абенова Серикқызы", "Абенова Айгерим Серикқызы", "Айгерим",
             "Нурлан Абенов", "Нуржан Абенов Серикұлы", "Сейткали Алия", "Ким Асель", "Ким Асель Ким",
             "Абенов Нурлан Ерланұлы Ким"]
    typed = ["Абенова Айгерим", "Абенова Айгерм", "Айгерим", "Айгерм", "Айгерим Серикқызы", "Нурлан",
             "Абенов Нурлан", "Абенов Нуржан Серикұлы", "Абенов Нуржн Серикұлы", "Серикқызы Айгерим Абенова",
             "Ким", "Асель Ким", "Ким Ким Асель", "Алия Сейтқали Ким", "Ерланұлы Ким Абенов Нурлан",
             "Ерланұлы Ким Абенов Нурлн", "Ким Абенов", "Абенов Нурлан Ерланулы"]
    with db.transaction() as s:
        for n, name in enumerate(known):
            add_person(s, name, settlement_id=fort, full_name_latin="Aigerim Abenova" if n % 3 == 0 else None)
    flagged = 0
    with db.reading() as s:
        index = people.KnownPeople(s)
        for name in typed:
            for latin in (None, "Aigerim Abenova", "Aigerm Abenova", "Abenova"):
                data = people.validate(people.PersonInput(name, full_name_latin=latin, settlement_id=fort))
                found = {(d.person_id, d.reason) for d in index.duplicates(data)}
                assert found == {(d.person_id, d.reason) for d in people.find_duplicates(s, data)}, (name, latin)
                flagged += bool(found)
    assert flagged > 30


def test_validation_normalises_and_names_the_field(db):
    clean = people.validate(people.PersonInput("  Сапарова   Гульмира ", phone="8 701 234 56 78",
                                               iin="0612 1160 0012"))
    assert clean.full_name == "Сапарова Гульмира" and clean.phone == "+77012345678"
    assert clean.sex == "F" and clean.birth_date == dt.date(2006, 12, 11) and clean.birth_year == 2006
    with pytest.raises(FormInvalid) as caught:
        people.validate(people.PersonInput("", phone="12345", iin="061211600013", birth_year=1850))
    assert set(caught.value.errors) == {"full_name", "phone", "iin", "birth_year"}
    with pytest.raises(FormInvalid) as caught:
        people.validate(people.PersonInput("Ерлан", sex="F", iin="900101300017"))
    assert caught.value.errors["sex"].code == "iin.sex"


def test_merge_keeps_all_attendance_registrations_and_memberships(db, programme):
    with db.transaction() as s:
        one_day = add_training(s, programme, title="Бюджет проекта")
        two_days = add_training(s, programme, days=2, title="Как написать проект")
        keep = add_person(s, "Алия Сейткали", phone="87012345678")
        other = add_person(s, "Әлия Сейтқали", birth_year=1998)
        for t in (one_day, two_days):
            trainings.register_person(s, t, other)
        trainings.register_person(s, two_days, keep)
        day1, day2 = (x.id for x in trainings.sessions_of(s, two_days))
        attendance.mark(s, day1, keep, "late")
        attendance.mark(s, day1, other, "present")
        attendance.mark(s, day2, other, "present")
        attendance.mark(s, first_session(s, one_day), other, "present")
        group = InitiativeGroup(name="Бірлік", leader_id=other)
        s.add(group)
        s.flush()
        s.add(GroupMember(group_id=group.id, person_id=other))
        s.add(Consent(person_id=other, given_on=dt.date(2019, 11, 5), scope="участие"))
    with db.transaction() as s:
        merge.merge_people(s, keep, other)
    with db.reading() as s:
        merged = s.get(Person, other)
        assert merged.deleted_at is not None and merged.merged_into_id == keep
        assert s.get(Person, keep).birth_year == 1998  # blank filled from the merged record
        marks = dict(s.execute(select(Attendance.session_id, Attendance.status).where(
            Attendance.person_id == keep, Attendance.deleted_at.is_(None))).all())
        assert marks == {day1: "present", day2: "present", first_session(s, one_day): "present"}
        assert s.get(Attendance, attendance.attendance_id(day2, keep)) is not None  # ids stay derived
        assert s.execute(select(func.count()).select_from(Attendance).where(
            Attendance.person_id == other, Attendance.deleted_at.is_(None))).scalar_one() == 0
        regs = s.scalars(select(Registration.training_id).where(Registration.person_id == keep,
                                                                 Registration.deleted_at.is_(None))).all()
        assert sorted(regs) == sorted([one_day, two_days])
        assert s.scalars(select(GroupMember.person_id)).all() == [keep]
        assert s.get(InitiativeGroup, group.id).leader_id == keep
        assert s.scalars(select(Consent.person_id)).all() == [keep]
        assert people.resolve_merged(s, other) == keep
        assert s.execute(select(func.count()).select_from(Operation).where(
            Operation.row_id == other, Operation.kind == "delete")).scalar_one() == 1


def test_two_records_side_by_side_count_the_trainings_each_took_part_in(db, programme):
    with db.transaction() as s:
        one_day = add_training(s, programme, title="Бюджет проекта")
        two_days = add_training(s, programme, days=2, title="Как написать проект", settlement="Курык")
        keep = add_person(s, "Алия Сейткали", phone="87012345678", settlement_id=programme.settlements["Курык"])
        other = add_person(s, "Әлия Сейтқали", birth_year=1998)
        day1, day2 = (x.id for x in trainings.sessions_of(s, two_days))
        attendance.mark(s, day1, keep, "present")
        attendance.mark(s, day2, keep, "late")
        attendance.mark(s, first_session(s, one_day), keep, "absent")  # absent is not taking part
        attendance.mark(s, first_session(s, one_day), other, "present")
    with db.reading() as s:
        shown = merge.merge_candidates(s, [keep, other], "kk")
    assert [(c.full_name, c.settlement, c.birth_year, c.trainings) for c in shown] == [
        ("Алия Сейткали", "Құрық", None, 1), ("Әлия Сейтқали", "", 1998, 1)]
    assert shown[0].phone == "+77012345678"


def test_people_with_different_iins_cannot_be_merged(db):
    with db.transaction() as s:
        a = add_person(s, "Ерлан Ким", iin="900101300017")
        b = add_person(s, "Ерлан Ким", iin="061211600012")
        with pytest.raises(Invalid, match="different IINs"):
            merge.merge_people(s, a, b)


def test_a_minor_needs_a_guardian_on_the_consent(db):
    with db.transaction() as s:
        child = add_person(s, "Айдана Серікқызы", birth_year=2010)
        with pytest.raises(FormInvalid) as caught:
            people.record_consent(s, child, people.ConsentInput(dt.date(2019, 11, 5), "участие и отчётность"))
        assert set(caught.value.errors) == {"guardian_name"}
        consent_id = people.record_consent(s, child, people.ConsentInput(
            dt.date(2019, 11, 5), "участие и отчётность", guardian_name="Серік Нұрлан (отец)"))
        assert people.has_consent(s, child, dt.date(2019, 12, 1))
        people.withdraw_consent(s, consent_id, dt.date(2020, 1, 1))
        assert not people.has_consent(s, child, dt.date(2020, 2, 1))
