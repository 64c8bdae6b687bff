"""A programme officer opens a record's history and reads who changed what, when and why."""

from __future__ import annotations

from fieldapp.db import Database
from fieldapp.model import Locality, Person, UserProfile
from fieldapp.services.history import record_history


def test_a_records_history_reads_like_a_story(empty_db: Database) -> None:
    with empty_db.transaction() as s:
        officer = UserProfile(name="Ержан Төлеуов", role="field_officer")
        s.add(officer)
    empty_db.set_user(officer.id)
    with empty_db.transaction(reason="new village") as s:
        village = Locality(kind="settlement", name_ru="Боранкул")
        s.add(village)
    with empty_db.transaction(reason="Kazakh name from the akimat letter") as s:
        s.get(Locality, village.id).name_kk = "Бораңқұл"

    with empty_db.reading() as s:
        story = record_history(s, "locality", village.id)
    assert [c.kind for c in story] == ["insert", "update"]
    assert story[0].user == "Ержан Төлеуов" and story[0].reason == "new village"
    assert ("name_ru", None, "Боранкул") in story[0].fields
    assert all(name not in {"id", "created_at", "updated_at"} for name, _, _ in story[0].fields)
    assert story[1].fields == (("name_kk", None, "Бораңқұл"),)
    assert story[1].reason == "Kazakh name from the akimat letter"


def test_references_come_with_the_names_people_know_in_their_language(empty_db: Database) -> None:
    with empty_db.transaction() as s:
        kuryk = Locality(kind="settlement", name_ru="Курык", name_kk="Құрық")
        fort = Locality(kind="settlement", name_ru="Форт-Шевченко", name_kk="Форт-Шевченко")
        s.add_all([kuryk, fort])
        person = Person(full_name="Серікова Дана", settlement_id=kuryk.id)
        s.add(person)
    with empty_db.transaction(reason="moved") as s:
        s.get(Person, person.id).settlement_id = fort.id

    with empty_db.reading() as s:
        story = record_history(s, "person", person.id, "kk")
    assert story[1].fields == (("settlement_id", kuryk.id, fort.id),)
    assert story[1].kinds == {"settlement_id": "reference"}
    assert story[1].names[kuryk.id] == "Құрық" and story[1].names[fort.id] == "Форт-Шевченко"
    assert all(name != "search_key" for name, _, _ in story[0].fields)
