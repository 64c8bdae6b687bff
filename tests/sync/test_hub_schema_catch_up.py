"""A PostgreSQL hub made by an older FieldApp: its schema comes from the models (``create_all``), never from the
laptops' migrations, so a newer version's columns are added when it opens (``store.add_missing_columns``) — the
laptops' people carry sort keys since migration 0021, and an older hub without those columns would refuse every
push that brings a person."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from fieldapp.server.store import open_store
from fieldapp.services import people
from tests.sync.conftest import HubProcess, make_laptop

NEWER_COLUMNS = {"person": ("sort_ru", "sort_kk", "organisation_sort_ru", "organisation_sort_kk"),
                 "training": ("sort_ru", "sort_kk")}


def _columns(session, table: str) -> set[str]:  # noqa: ANN001 - a hub session
    return set(session.scalars(text("SELECT column_name FROM information_schema.columns WHERE table_name = :t"),
                               {"t": table}))


@pytest.mark.postgresql_only  # a SQLite hub is a laptop's file: Alembic migrates it as it does a laptop's
def test_an_older_postgresql_hub_gets_the_newer_columns_and_takes_a_laptops_people(
        tmp_path: Path, hub_database: str, empty_template: Path) -> None:
    hub = HubProcess(tmp_path / "hub", hub_database)
    hub.data.mkdir()
    store = open_store(hub.data, hub_database)
    with store.writing() as session:  # as the hub of a FieldApp before 0021 was made
        for table, columns in NEWER_COLUMNS.items():
            for column in columns:
                session.execute(text(f'ALTER TABLE "{table}" DROP COLUMN "{column}"'))
    with store.reading() as session:
        assert not _columns(session, "person") & {"sort_ru", "sort_kk"}
    store.close()

    hub.start()
    try:
        laptop = make_laptop(hub, tmp_path / "kuryk.sqlite", "Kuryk laptop", empty_template)
        with laptop.db.transaction() as s:
            person_id = people.create_person(s, people.PersonInput(full_name="Әлия Қасымова"))
        report = laptop.sync()
        assert report.rejected == 0
        assert hub.query(f"SELECT full_name FROM person WHERE id = '{person_id}'") == [["Әлия Қасымова"]]
    finally:
        hub.kill()
    store = open_store(hub.data, hub_database)
    with store.reading() as session:
        for table, columns in NEWER_COLUMNS.items():
            assert set(columns) <= _columns(session, table)
    store.close()
