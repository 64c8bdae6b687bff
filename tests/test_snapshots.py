"""Snapshots of what a screen showed (fieldapp/snapshots.py): the dashboard's own data survive the round trip,
and a snapshot is read only while the database file, the day and the language are as they were."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import select

from fieldapp import snapshots
from fieldapp.db import Database
from fieldapp.model import Person

TODAY = dt.date(2026, 12, 4)


def plain(value):
    """Dataclasses and SimpleNamespaces alike as dictionaries, tuples as lists: what a screen reads of them."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, SimpleNamespace):
        return {key: plain(item) for key, item in vars(value).items()}
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def test_the_dashboards_data_come_back_as_they_were(demo_db: Database) -> None:
    from fieldapp.services import choices, dashboard, my_week

    with demo_db.reading() as s:
        data = {"cycle_id": None, "cycles": choices.cycles(s), "figures": dashboard.figures(s, None),
                "week": my_week.my_week(s)}
    back = snapshots.decode(snapshots.encode(data))
    assert plain(back) == plain(data)
    assert isinstance(back["figures"]["grants_committed"], Decimal) and back["cycles"][0].name


def test_a_snapshot_is_read_only_while_the_file_the_day_and_the_language_are_the_same(demo_db: Database,
                                                                                      tmp_path: Path) -> None:
    path = Path(demo_db.path)
    payload = {"amount": Decimal("1205000.00"), "on": dt.date(2026, 3, 8), "rows": [1, "Құрық"]}
    demo_db.close()
    snapshots.write(tmp_path, path, "dashboard", payload, TODAY, "kk")
    assert snapshots.read(tmp_path, path, "dashboard", TODAY, "kk") == payload
    assert snapshots.read(tmp_path, path, "dashboard", TODAY, "ru") is None  # another language
    snapshots.write(tmp_path, path, "dashboard", payload, TODAY, "kk")
    assert snapshots.read(tmp_path, path, "dashboard", TODAY + dt.timedelta(days=1), "kk") is None  # tomorrow
    snapshots.write(tmp_path, path, "dashboard", payload, TODAY, "kk")

    from fieldapp.db import open_database

    database = open_database(path)
    with database.transaction() as s:
        person = s.scalars(select(Person)).first()
        person.phone = "+77019998877" if person.phone != "+77019998877" else "+77019998878"
    database.close()
    assert snapshots.read(tmp_path, path, "dashboard", TODAY, "kk") is None  # the file was written since
    assert not snapshots.file_for(tmp_path, path, "dashboard").exists()  # and the old snapshot is gone


def test_a_damaged_snapshot_is_no_snapshot(tmp_path: Path) -> None:
    database = tmp_path / "x.sqlite"
    database.write_bytes(b"SQLite format 3\x00")
    kept = snapshots.write(tmp_path, database, "dashboard", {"a": 1}, TODAY, "ru")
    kept.write_text("{not json", encoding="utf-8")
    assert snapshots.read(tmp_path, database, "dashboard", TODAY, "ru") is None
