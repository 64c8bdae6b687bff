"""New ids are UUIDv7, time-ordered, from the first one made on (uuid6 is imported by the first: fieldapp/ids.py)."""

from __future__ import annotations

import uuid

from fieldapp.ids import derived_id, new_id


def test_new_ids_are_version_7_and_ordered_from_the_first() -> None:
    made = [new_id() for _ in range(50)]
    assert all(uuid.UUID(value).version == 7 for value in made)
    assert made == sorted(made) and len(set(made)) == 50


def test_a_derived_id_is_the_same_for_the_same_key() -> None:
    assert derived_id("person", "session") == derived_id("person", "session") != derived_id("person", "other")
