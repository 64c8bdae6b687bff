"""A hub's SQLite file does without the indexes only a laptop's screens read by (``store.HUB_UNREAD_INDEXES``):
each would be written with every row a push takes. They are put back before a migration runs, so every
migration sees the schema it was written for, and set aside again after."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from fieldapp.db import Database, open_database
from fieldapp.db.migrations import _config, head_revision
from fieldapp.model import Base, Locality, Person
from fieldapp.server.enrolment import issue_code, redeem
from fieldapp.server.hub import Hub
from fieldapp.server.store import HUB_UNREAD_INDEXES, SQLiteHubStore
from fieldapp.sync.client import _pending
from fieldapp.sync.wire import parse_push, wire_text


def _indexes(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all())


def _set_aside(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT name, sql FROM hub_set_aside_index").all())


def test_every_index_the_hub_does_without_is_one_of_the_schemas() -> None:
    names = {index.name for table in Base.metadata.tables.values() for index in table.indexes}
    assert set(HUB_UNREAD_INDEXES) <= names


def test_a_hubs_file_does_without_the_indexes_it_never_reads_and_takes_people_all_the_same(tmp_path: Path) -> None:
    laptop = open_database(tmp_path / "laptop.sqlite", create=True)
    laptop_indexes = _indexes(laptop)
    with laptop.transaction() as s:
        village = Locality(kind="settlement", name_ru="Қарабұлақ")
        s.add(village)
        s.flush()
        s.add_all(Person(full_name=f"Әсел Нұрланқызы {i}", settlement_id=village.id, phone=f"+7702{i:07d}",
                         iin=None) for i in range(50))
    body = ('{"ops":[' + ",".join(wire_text(op._mapping) for op in _pending(laptop, 100, changes_text=True))
            + "]}").encode()
    laptop.close()
    store = SQLiteHubStore(tmp_path / "hub")
    try:
        held = _indexes(store.db)
        assert not set(HUB_UNREAD_INDEXES) & set(held)
        assert _set_aside(store.db) == {name: laptop_indexes[name] for name in HUB_UNREAD_INDEXES}
        assert "ix_person_settlement_id" in held and "ix_operation_row" in held  # the hub reads by these
        _token, device = redeem(store, issue_code(store, "Қарабұлақ"))
        results = Hub(store).push(device, parse_push(body))
        assert {r["result"] for r in results} == {"accepted"}
        with store.reading() as s:
            assert sorted(p.full_name for p in s.query(Person)) == sorted(f"Әсел Нұрланқызы {i}" for i in range(50))
            assert s.query(Person).filter(Person.phone == "+77020000007").one().full_name == "Әсел Нұрланқызы 7"
    finally:
        store.close()
    again = SQLiteHubStore(tmp_path / "hub")  # opened again: nothing to set aside, the statements kept
    try:
        assert not set(HUB_UNREAD_INDEXES) & set(_indexes(again.db))
        assert set(_set_aside(again.db)) == set(HUB_UNREAD_INDEXES)
    finally:
        again.close()


def test_a_migration_sees_the_indexes_it_was_written_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hub's file one revision behind, with an index set aside: the migration runs with it back in place."""
    folder = tmp_path / "hub"
    folder.mkdir()
    old = Database(folder / "hub.sqlite")
    command.upgrade(_config(old), "0018")
    with old.engine.begin() as conn:
        phone = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'ix_person_phone'").scalar_one()
        conn.execute(text("CREATE TABLE hub_set_aside_index (name VARCHAR(100) PRIMARY KEY, sql TEXT NOT NULL)"))
        conn.execute(text("INSERT INTO hub_set_aside_index VALUES ('ix_person_phone', :sql)"), {"sql": phone})
        conn.exec_driver_sql("DROP INDEX ix_person_phone")
    old.close()
    seen: list[set[str]] = []
    upgrade = command.upgrade

    def watched(config: object, revision: str) -> None:
        seen.append(set(_indexes(config.attributes["database"])))  # type: ignore[attr-defined]
        upgrade(config, revision)  # type: ignore[arg-type]

    monkeypatch.setattr(command, "upgrade", watched)
    store = SQLiteHubStore(folder)
    try:
        assert len(seen) == 1 and "ix_person_phone" in seen[0]
        with store.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one() == head_revision()
        assert not set(HUB_UNREAD_INDEXES) & set(_indexes(store.db))
        assert _set_aside(store.db)["ix_person_phone"] == phone
        assert "ix_person_live" in _set_aside(store.db)  # made by the migration, set aside after it
    finally:
        store.close()

