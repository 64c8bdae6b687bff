"""The last guard behind every form and import (``fieldapp.limits``): a flush that would store a text longer than
its column holds is refused naming the column, on a new row and on a changed one; a row that already holds a
longer text (written before the limits) can still be changed elsewhere."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from fieldapp.model import Locality, Person
from fieldapp.services import people
from fieldapp.validation import Invalid


def test_a_too_long_text_is_refused_on_a_new_or_a_changed_row_but_an_old_one_is_left_alone(empty_db) -> None:
    with pytest.raises(Invalid) as refused, empty_db.transaction() as s:
        s.add(Locality(kind="settlement", name_ru="Жаңаөзен", name_kk="Қ" * 201))
    assert (refused.value.code, refused.value.field) == ("record.too_long", "name_kk")
    assert refused.value.params == {"field_of": ("locality", "name_kk"), "length": 201, "limit": 200}
    with empty_db.transaction() as s:
        person_id = people.create_person(s, people.PersonInput("Айгерим Сапарова"))
        # stored before the limits came (a statement passes by the unit of work and its guard)
        s.execute(update(Person).where(Person.id == person_id).values(notes="н" * 10_001))
    with empty_db.transaction() as s:
        person = s.get(Person, person_id)
        person.phone = "+77012345678"  # the old notes are not written again: not refused
        person.notes = "н" * 10_001  # nor the same value set again
    with pytest.raises(Invalid) as refused, empty_db.transaction() as s:
        s.get(Person, person_id).notes = "м" * 10_001
    assert refused.value.params == {"field_of": ("person", "notes"), "length": 10_001, "limit": 10_000}
    with pytest.raises(Invalid) as refused, empty_db.transaction() as s:
        s.add(Locality(kind="settlement", name_ru="Жаңаөзен"))
        s.get(Person, person_id).organisation = "О" * 301
    assert refused.value.message == "person.organisation: 301 characters, at most 300"
    with empty_db.reading() as s:
        assert s.scalar(select(Person.phone).where(Person.id == person_id)) == "+77012345678"
        assert s.scalar(select(Locality.id).where(Locality.name_ru == "Жаңаөзен")) is None
