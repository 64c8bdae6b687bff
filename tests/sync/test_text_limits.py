"""Sync input past the text limits (issue 11, item 8): the hub refuses an operation whose values are longer
than their columns hold with a ``text.too_long`` rejection — on SQLite (which would store anything) and on
PostgreSQL (whose VARCHAR(n) would fail the write) — never with a server error; wire fields longer than the
operation log holds are refused as malformed (422)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from fieldapp.db import Database
from fieldapp.ids import new_id
from fieldapp.model import Operation, Person
from fieldapp.server.app import create_app
from fieldapp.server.enrolment import issue_code, redeem
from fieldapp.server.store import HubStore, open_store
from fieldapp.services import people
from fieldapp.sync.wire import to_wire


@pytest.fixture
def hub(tmp_path: Path, hub_database: str | None) -> Iterator[tuple[HubStore, TestClient, dict[str, str]]]:
    store = open_store(tmp_path / "hub", hub_database)
    token, _device = redeem(store, issue_code(store, "Kuryk laptop"))
    with TestClient(create_app(store), raise_server_exceptions=False) as client:
        yield store, client, {"Authorization": f"Bearer {token}"}
    store.close()


def _person_ops(db: Database, *names: str) -> list[dict[str, Any]]:
    """The wire operations of people added on a laptop (each its own action)."""
    for name in names:
        with db.transaction() as s:
            people.create_person(s, people.PersonInput(name))
    with db.reading() as s:
        return [to_wire(op) for op in s.scalars(select(Operation).where(Operation.table_name == "person")
                                                 .order_by(Operation.seq))]


def test_the_hub_refuses_a_value_longer_than_its_column_with_a_code(hub, empty_db: Database) -> None:
    store, client, auth = hub
    short, hostile = _person_ops(empty_db, "Айгерим Сапарова", "Берик Жумабаев")
    hostile["changes"]["full_name"][1] = "Я" * 5000  # as a tampered or older client would send it
    answer = client.post("/ops", json={"ops": [short, hostile]}, headers=auth)
    assert answer.status_code == 200, answer.text
    first, second = answer.json()["results"]
    assert first["result"] == "accepted"
    assert second["result"] == "rejected"
    assert second["reason"].startswith("text.too_long: person.full_name: 5000 characters, at most 300")
    with store.reading() as s:
        assert [p.full_name for p in s.scalars(select(Person))] == ["Айгерим Сапарова"]


@pytest.mark.parametrize("field, value", [("row_id", "x" * 100), ("user_name", "Я" * 201), ("hlc", None)])
def test_wire_fields_longer_than_the_log_holds_are_malformed(field: str, value: str | None, hub,
                                                             empty_db: Database) -> None:
    _store, client, auth = hub
    (op,) = _person_ops(empty_db, "Айгерим Сапарова")
    op = copy.deepcopy(op)
    op[field] = value if value is not None else f"{op['hlc']}{'9' * 20}"  # a stamp the regex allows, too long
    op["op_id"] = new_id()
    answer = client.post("/ops", json={"ops": [op]}, headers=auth)
    assert answer.status_code == 422, answer.text
    assert field in answer.text and "at most" in answer.text, answer.text  # the field named, and its size
