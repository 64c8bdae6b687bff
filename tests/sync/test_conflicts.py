"""A conflict reaches every laptop whose value lost, the hub keeps the list, both list it the same way, and a
person's resolution syncs like any change."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from sqlalchemy import select

from fieldapp.model import Conflict, Person
from fieldapp.sync.conflicts import resolve_conflict
from fieldapp.sync.state import sync_state
from fieldapp.validation import Invalid
from tests.sync.conftest import assert_converged, converge, seed


@pytest.fixture
def pair(laptops, hub):  # type: ignore[no-untyped-def]
    a, b = laptops("A"), laptops("B")
    ids = seed(a.db)
    a.set_user("field_officer")
    converge(a, b)
    b.set_user("head_office")
    return a, b, ids


def _listed(*command: str) -> list[dict]:
    result = subprocess.run([sys.executable, "-m", "fieldapp", *command, "--json"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_laptop_whose_edit_lost_learns_of_it_when_it_pulls_and_both_lists_show_it(pair, hub) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:
        s.get(Person, ids["person0"]).phone = "+77011111111"
    with b.db.transaction() as s:
        s.get(Person, ids["person0"]).phone = "+77022222222"
    a.sync()  # a's value reaches the hub first ...
    b.sync()  # ... and loses to b's later edit: a is not the laptop that syncs second
    a.sync()
    mine = _listed("conflicts", "list", "--db", str(a.db.path), "--mine")
    assert len(mine) == 1
    conflict = mine[0]
    assert conflict["kind"] == "field" and conflict["fields"] == ["phone"] and conflict["resolved"] is False
    assert conflict["record"] == {"table": "person", "id": ids["person0"], "name": "Участник 0"}
    assert conflict["lost"]["values"] == {"phone": "+77011111111"} and conflict["lost"]["by"] == "Ержан Төлеуов"
    assert conflict["kept"]["values"] == {"phone": "+77022222222"} and conflict["kept"]["by"] == "Бауыржан Оспанов"
    assert conflict["lost"]["device"] == a.db.device().device_id and conflict["lost"]["at"]
    assert conflict["kept"]["at"] > conflict["lost"]["at"]
    with a.db.reading() as s:
        assert sync_state(s).conflicts_open == 1  # what the status bar shows
    at_hub = _listed("server", "conflicts", *hub.args)
    assert [c["id"] for c in at_hub] == [conflict["id"]]
    assert at_hub[0]["lost"] == conflict["lost"] and at_hub[0]["kept"] == conflict["kept"]


def test_the_laptop_whose_delete_was_undone_learns_of_it(pair, hub) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:
        s.get(Person, ids["person2"]).deleted_at = dt.datetime(2026, 12, 1)
    with b.db.transaction() as s:
        s.get(Person, ids["person2"]).notes = "пришла на второй день"
    a.sync()
    b.sync()
    a.sync()
    with a.db.reading() as s:
        assert s.get(Person, ids["person2"]).deleted_at is None
        conflict = s.scalars(select(Conflict)).one()
    assert conflict.kind == "delete_edit" and conflict.lost_device == a.db.device().device_id
    assert conflict.subject_name == "Участник 2"


def test_a_resolution_on_one_laptop_syncs_to_the_other_and_to_the_hubs_list(pair, hub) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:
        s.get(Person, ids["person1"]).phone = "+77013333333"
    with b.db.transaction() as s:
        s.get(Person, ids["person1"]).phone = "+77024444444"
    converge(a, b)
    with a.db.reading() as s:
        conflict_id = s.scalars(select(Conflict.id)).one()
    with a.db.transaction(reason="she confirmed her number by phone") as s:
        resolve_conflict(s, conflict_id, "lost")
    with a.db.transaction() as s, pytest.raises(Invalid) as again:
        resolve_conflict(s, conflict_id, "kept")
    assert again.value.code == "conflict.resolved"
    converge(a, b)
    assert_converged(hub, a, b)
    with b.db.reading() as s:
        assert s.get(Person, ids["person1"]).phone == "+77013333333"
        resolved = s.get(Conflict, conflict_id)
        assert resolved.resolved_by == "Ержан Төлеуов" and resolved.resolution == {"phone": "+77013333333"}
    at_hub = _listed("server", "conflicts", *hub.args)
    assert at_hub[0]["resolved"] is True and at_hub[0]["resolution"] == {"phone": "+77013333333"}


def test_a_typed_value_resolves_a_conflict_from_the_command_line(pair, hub) -> None:
    a, b, ids = pair
    with a.db.transaction() as s:
        s.get(Person, ids["person0"]).notes = "с сестрой"
    with b.db.transaction() as s:
        s.get(Person, ids["person0"]).notes = "одна"
    converge(a, b)
    [conflict] = _listed("conflicts", "list", "--db", str(b.db.path), "--open")
    result = subprocess.run([sys.executable, "-m", "fieldapp", "conflicts", "resolve", "--db", str(b.db.path),
                             conflict["id"], "--value", '{"notes": "с сестрой и братом"}'],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    refused = subprocess.run([sys.executable, "-m", "fieldapp", "conflicts", "resolve", "--db", str(b.db.path),
                              conflict["id"], "--keep", "kept"], capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    converge(b, a)
    with a.db.reading() as s:
        assert s.get(Person, ids["person0"]).notes == "с сестрой и братом"
    assert _listed("conflicts", "list", "--db", str(a.db.path), "--open") == []


def test_a_purged_person_leaves_no_name_or_value_in_the_conflicts_about_them(pair, hub) -> None:
    from fieldapp.sync.purge import purge_person

    a, b, ids = pair
    with a.db.transaction() as s:
        s.get(Person, ids["person0"]).phone = "+77015555555"
    with b.db.transaction() as s:
        s.get(Person, ids["person0"]).phone = "+77026666666"
    converge(a, b)
    with b.db.transaction(reason="request of the person (Law 94-V)") as s:
        purge_person(s, ids["person0"])
    converge(a, b)
    assert_converged(hub, a, b)
    for listed in (_listed("conflicts", "list", "--db", str(a.db.path)), _listed("server", "conflicts", *hub.args)):
        text = json.dumps(listed, ensure_ascii=False)
        assert len(listed) == 1 and "+7701555" not in text and "+7702666" not in text and "Участник 0" not in text
    assert "+77015555555" not in hub.dump() and "+77026666666" not in a.dump()
