"""The demo database reproduces the seed programme from real rows, and the counts follow the records."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from fieldapp.db import Database
from fieldapp.model import (
    Agreement,
    Application,
    Attendance,
    Consent,
    GroupMember,
    Locality,
    Operation,
    Person,
    UserProfile,
)
from fieldapp.services import lists
from fieldapp.services.summary import summary
from fieldapp.validation import check_iin, check_phone


def test_the_seed_programme(demo_db: Database) -> None:
    with demo_db.reading() as s:
        result = summary(s)
        villages = s.scalars(select(Locality.name_kk).where(Locality.kind == "settlement")).all()
        districts = s.scalars(select(Locality.kato).where(Locality.kind == "district")).all()
        agreements = s.scalars(select(Agreement.number)).all()
    assert sorted(villages) == sorted(["Форт-Шевченко", "Баутин", "Бораңқұл", "Құрық"])
    assert sorted(districts) == ["473600000", "474200000", "475200000"]
    assert [c["applications"] for c in result["cycles"]] == [17, 53]
    assert [c["funded"] for c in result["cycles"]] == [10, 18]
    assert result["cycles"][0]["participants"] == 350
    assert result["cycles"][0]["beneficiaries"] == 5400
    assert len(agreements) == 28 and "ОП-2020-007" in agreements


def test_demo_opens_straight_into_the_main_window(demo_db: Database) -> None:
    assert demo_db.user_name == "Айгерим Сапарова"
    with demo_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(UserProfile)) >= 4


def test_demo_people_are_valid_and_consented(demo_db: Database) -> None:
    with demo_db.reading() as s:
        people = s.scalars(select(Person)).all()
        consented = set(s.scalars(select(Consent.person_id)).all())
    for person in people:
        if person.iin:
            assert check_iin(person.iin) == person.iin
        if person.phone:
            assert check_phone(person.phone) == person.phone
    attendees = [p for p in people if p.id in consented]
    assert len(attendees) > 500
    assert any(ch in "".join(p.full_name for p in people) for ch in "ӘҒҚҢӨҰҮІәғқңөұүі")


def test_participants_follow_attendance(demo_db: Database) -> None:
    """A cycle-1 trainee marked absent everywhere (after re-checking the sheet) no longer counts."""
    from fieldapp.model import Training, TrainingSession

    with demo_db.reading() as s:
        before = summary(s)["cycles"][0]["participants"]
        members = select(GroupMember.person_id)
        person_id = s.execute(
            select(Attendance.person_id)
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .join(Training, Training.id == TrainingSession.training_id)
            .where(Training.number.like("T1-%"), Attendance.status != "absent", Attendance.person_id.not_in(members))
            .limit(1)).scalar_one()
    with demo_db.transaction(reason="sheet re-checked") as s:
        for attendance in s.scalars(select(Attendance).where(Attendance.person_id == person_id)):
            attendance.status = "absent"
    with demo_db.reading() as s:
        assert summary(s)["cycles"][0]["participants"] == before - 1


def test_demo_history_is_the_audit_trail(demo_db: Database) -> None:
    with demo_db.reading() as s:
        ops = s.scalar(select(func.count()).select_from(Operation))
        rows = s.scalar(select(func.count()).select_from(Application))
        users = set(s.scalars(select(Operation.user_name).distinct()).all())
    assert ops > rows
    assert "Айгерим Сапарова" in users


def test_lists_filter_by_folded_text(demo_db: Database) -> None:
    with demo_db.reading() as s:
        everyone = lists.count(s, "people")
        kazakh = lists.fetch(s, "people", "Құрық")
        russian_spelling = lists.fetch(s, "people", "курык")
        assert 0 < len(kazakh) < everyone
        assert {r[0] for r in kazakh} == {r[0] for r in russian_spelling}
        page = lists.fetch(s, "people", offset=10, limit=20)
        assert len(page) == 20
        for name in lists.LISTS:
            assert lists.count(s, name) == len(lists.fetch(s, name)), name
        assert lists.count(s, "localities") == 8
        applications = lists.fetch(s, "applications", "мы сила")
        assert len(applications) == 53
        assert all(isinstance(r[8], dt.date) for r in applications)


def test_fresh_demo_copies_a_cached_template(tmp_path) -> None:
    from fieldapp.demo import fresh_demo
    from fieldapp.paths import cache_dir

    first = fresh_demo(tmp_path / "a.sqlite")
    second = fresh_demo(tmp_path / "b.sqlite")
    assert first.read_bytes() == second.read_bytes()
    assert len(list(cache_dir().glob("demo-*.sqlite"))) == 1
    assert not list(tmp_path.glob("*.part"))
