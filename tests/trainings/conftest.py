"""A small programme for the trainings tests: a cycle, the four villages, people and a training."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDAPP_DATA_DIR", tempfile.mkdtemp(prefix="fieldapp-test-data-"))


@dataclass
class Programme:
    cycle_id: str
    region_id: str
    settlements: dict[str, str]  # Russian name → id


VILLAGES = [("Форт-Шевченко", "Форт-Шевченко", "Fort-Shevchenko"), ("Баутино", "Баутин", "Bautino"),
            ("Боранкул", "Бораңқұл", "Boranqul"), ("Курык", "Құрық", "Kuryk")]


def seed_programme(db) -> Programme:
    from fieldapp.model import Cycle, Locality, Organisation
    from fieldapp.model import Programme as ProgrammeRow

    with db.transaction() as s:
        region = Locality(kind="region", name_ru="Мангистауская область", name_kk="Маңғыстау облысы")
        s.add(region)
        s.flush()
        settlements = {}
        for ru, kk, en in VILLAGES:
            village = Locality(kind="settlement", parent_id=region.id, name_ru=ru, name_kk=kk, name_en=en)
            s.add(village)
            s.flush()
            settlements[ru] = village.id
        org = Organisation(name="Фонд развития", kind="foundation")
        s.add(org)
        s.flush()
        programme = ProgrammeRow(name="Общественные пространства", name_kk="Қоғамдық кеңістіктер",
                                 name_en="Public Spaces", organisation_id=org.id, region_id=region.id)
        s.add(programme)
        s.flush()
        cycle = Cycle(programme_id=programme.id, number=2, name="Цикл 2", starts_on=dt.date(2019, 10, 1))
        s.add(cycle)
        s.flush()
        return Programme(cycle.id, region.id, settlements)


@pytest.fixture(scope="session")
def programme_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Programme]:
    from fieldapp.db import open_database

    path = tmp_path_factory.mktemp("trainings-template") / "programme.sqlite"
    db = open_database(path, create=True)
    programme = seed_programme(db)
    db.close()
    return path, programme


@pytest.fixture
def db_path(tmp_path: Path, programme_template: tuple[Path, Programme]) -> Path:
    target = tmp_path / "fieldapp.sqlite"
    shutil.copyfile(programme_template[0], target)
    return target


@pytest.fixture
def programme(programme_template: tuple[Path, Programme]) -> Programme:
    return programme_template[1]


@pytest.fixture
def db(db_path: Path) -> Iterator:
    from fieldapp.db import open_database

    database = open_database(db_path)
    yield database
    database.close()
