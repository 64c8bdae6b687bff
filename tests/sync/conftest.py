"""A real hub process on 127.0.0.1 (a free port) and laptops made from small databases."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from fieldapp.db import Database, open_database
from fieldapp.model import (
    Application,
    Cycle,
    GrantCall,
    InitiativeGroup,
    Locality,
    LocalSetting,
    Organisation,
    Person,
    Programme,
    Training,
    TrainingSession,
    UserProfile,
)
from fieldapp.server.enrolment import issue_code, revoke
from fieldapp.server.store import HubStore, open_store
from fieldapp.sync.client import _pending, enroll, sync
from fieldapp.sync.dump import dump_text
from fieldapp.sync.wire import wire_text


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_admin_url() -> str:
    """The PostgreSQL cluster the tests use: libpq's environment (as Debian's ``pg_virtualenv`` sets it, which
    is how ``.ci/run`` runs the suite). Without one the PostgreSQL tests skip, and fail in CI."""
    if "PGHOST" not in os.environ:
        message = "no PostgreSQL cluster (run the tests under pg_virtualenv, as .ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    env = os.environ
    return (f"postgresql+psycopg://{env.get('PGUSER', 'postgres')}:{env.get('PGPASSWORD', '')}"
            f"@{env['PGHOST']}:{env.get('PGPORT', '5432')}/")


def fresh_postgres_database(admin: str) -> tuple[str, Callable[[], None]]:
    """A new empty database on the test cluster: its URL, and how to drop it (even while servers hold it)."""
    import psycopg

    name = f"hub_{uuid.uuid4().hex[:16]}"
    conninfo = admin.replace("postgresql+psycopg", "postgresql") + "postgres"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")

    def drop() -> None:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    return admin + name, drop




def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test of the hub runs on both backends, except those marked ``one_backend``: tests of the transport
    or the client (a throttled link, a client killed, a file refused before the store is touched), where the
    hub's storage plays no part, run on SQLite only to keep the suite's time; and those marked ``postgresql_only``
    (what only PostgreSQL does: its plan cache, its statistics, its length checks) run on PostgreSQL only."""
    if "hub_database" in metafunc.fixturenames:
        one = metafunc.definition.get_closest_marker("one_backend") is not None
        postgresql = metafunc.definition.get_closest_marker("postgresql_only") is not None
        backends = ["postgresql"] if postgresql else ["sqlite"] if one else ["sqlite", "postgresql"]
        metafunc.parametrize("hub_database", backends, indirect=True)


@pytest.fixture
def hub_database(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """The hub's backend: None for SQLite in its data folder, else the URL of a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield None
        return
    url, drop = fresh_postgres_database(postgres_admin_url())
    yield url
    drop()


class HubProcess:
    """``fieldapp server`` in a child process. ``workers``: its merge workers (``--workers``; None: the command's
    default, two). The tests' hubs run one: pushes still go through a worker process, and each hub has half the
    processes to start (two per hub took ≈ 6 minutes of CPU over the whole suite); the benchmark, the workers'
    own tests and the default's test run the command as shipped."""

    def __init__(self, data: Path, database: str | None = None, workers: int | None = 1) -> None:
        self.data = data
        self.database = database
        self.workers = workers
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def args(self) -> list[str]:
        """The storage options of every ``fieldapp server`` command for this hub."""
        return ["--data", str(self.data), *(["--database", self.database] if self.database else [])]

    def store(self) -> HubStore:
        return open_store(self.data, self.database)

    def query(self, sql: str) -> list[list[Any]]:
        """Rows of a query on the hub's storage, read in a child process (this process holds the laptops'
        SQLite files, and two SQLite libraries on one file in one process break each other's locks)."""
        script = ("import json,sys; from sqlalchemy import text; from fieldapp.server.store import open_store\n"
                  "store = open_store(sys.argv[1], sys.argv[2] or None)\n"
                  "with store.reading() as s: rows = [list(r) for r in s.execute(text(sys.argv[3]))]\n"
                  "print(json.dumps(rows, default=str))")
        out = subprocess.run([sys.executable, "-c", script, str(self.data), self.database or "", sql],
                             capture_output=True, text=True, check=True).stdout
        return json.loads(out)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        log = open(self.data.parent / "hub.log", "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "fieldapp", "server", *self.args, "--port", str(self.port),
             *(["--workers", str(self.workers)] if self.workers is not None else [])],
            stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/openapi.json", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("the hub did not start")

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def restart(self) -> None:
        self.kill()
        self.start()

    def code(self, name: str, scope: str | None = None) -> str:
        store = self.store()
        try:
            return issue_code(store, name, scope)
        finally:
            store.close()

    def revoke(self, name: str) -> int:
        store = self.store()
        try:
            return revoke(store, name)
        finally:
            store.close()

    def dump(self) -> str:
        store = self.store()
        try:
            with store.reading() as s:
                return dump_text(s)
        finally:
            store.close()


@pytest.fixture
def hub(tmp_path: Path, hub_database: str | None) -> Iterator[HubProcess]:
    process = HubProcess(tmp_path / "hub", hub_database)
    process.data.mkdir()
    process.start()
    yield process
    process.kill()


class Laptop:
    def __init__(self, db: Database, name: str) -> None:
        self.db = db
        self.name = name

    def sync(self, server: str | None = None, **kwargs: Any) -> Any:
        return sync(self.db, server, **kwargs)

    def dump(self) -> str:
        with self.db.reading() as s:
            return dump_text(s)

    def set_user(self, role: str) -> str:
        from sqlalchemy import select

        with self.db.reading() as s:
            user_id = s.scalar(select(UserProfile.id).where(UserProfile.role == role))
        self.db.set_user(user_id)
        return user_id

@pytest.fixture
def office(tmp_path: Path, hub_database: str | None) -> Iterator[Any]:
    """The head office of the bundle tests (``bundle_kit.Office``): a hub on this run's database."""
    from tests.sync.bundle_kit import Office  # it imports this module

    made = Office(tmp_path / "hub", hub_database)
    yield made
    made.close()


def copy_of_laptop(laptop: Laptop, path: Path, name: str) -> Laptop:
    """A copy of ``laptop``'s file (closed for the copy and opened again), opened as another laptop."""
    laptop.db.close()
    shutil.copyfile(laptop.db.path, path)
    laptop.db = open_database(laptop.db.path)
    return Laptop(open_database(path), name)


def take_numbers_of(laptop: Laptop, source: Laptop) -> None:
    """Give ``laptop`` the device id and numbers of ``source``, as a copy made by an older FieldApp had."""
    from fieldapp.model import LocalDevice

    device = source.db.device()
    with laptop.db.transaction() as s:
        mine = s.get(LocalDevice, 1)
        mine.device_id, mine.last_seq = device.device_id, device.last_seq



def make_laptop(hub: HubProcess, path: Path, name: str, template: Path | None = None,
                scope: str | None = None) -> Laptop:
    if template is not None:
        shutil.copyfile(template, path)
    db = open_database(path, create=True)
    enroll(db, hub.url, hub.code(name, scope))
    return Laptop(db, name)


@pytest.fixture
def laptops(tmp_path: Path, hub: HubProcess, empty_template: Path) -> Iterator[Any]:
    made: list[Laptop] = []

    def make(name: str, template: Path | None = None, scope: str | None = None) -> Laptop:
        laptop = make_laptop(hub, tmp_path / f"{name}.sqlite", name, template or empty_template, scope)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.db.close()


def seed(db: Database) -> dict[str, str]:
    """A small programme: two settlements, a head-office user and an officer, a training with a session,
    three people, a call with an envelope of 1,000,000 and three applications of 600,000 each."""
    ids: dict[str, str] = {}
    head = UserProfile(name="Бауыржан Оспанов", role="head_office")
    officer = UserProfile(name="Ержан Төлеуов", role="field_officer")
    with db.transaction() as s:
        org = Organisation(name="Фонд", kind="foundation")
        programme = Programme(name="Общественные пространства", organisation_id=org.id)
        cycle = Cycle(programme_id=programme.id, number=1, name="2019", starts_on=dt.date(2019, 1, 1))
        region = Locality(kind="region", name_ru="Мангистауская")
        kuryk = Locality(kind="settlement", parent_id=region.id, name_ru="Курык")
        fort = Locality(kind="settlement", parent_id=region.id, name_ru="Форт-Шевченко")
        s.add_all([head, officer])
    db.set_user(head.id)
    with db.transaction() as s:
        s.add_all([org, programme, cycle, region, kuryk, fort])
        training = Training(cycle_id=cycle.id, title="Как написать проект", settlement_id=kuryk.id,
                            created_by=officer.id)
        session = TrainingSession(training_id=training.id, starts_at=dt.datetime(2019, 3, 1, 10))
        people = [Person(full_name=f"Участник {i}", settlement_id=(kuryk if i < 2 else fort).id,
                         phone=f"+7701000000{i}", iin=None) for i in range(3)]
        call = GrantCall(cycle_id=cycle.id, title="Вместе — мы сила!", opens_on=dt.date(2019, 4, 1),
                         deadline=dt.date(2019, 5, 1), max_grant=Decimal("700000.00"),
                         envelope=Decimal("1000000.00"), status="open", created_by=head.id)
        group = InitiativeGroup(name="Инициативная группа", settlement_id=kuryk.id)
        apps = [Application(call_id=call.id, group_id=group.id, settlement_id=kuryk.id, draft_number=f"D-{i}",
                            title=f"Площадка {i}", category="playground", requested_amount=Decimal("600000.00"),
                            status="submitted") for i in range(3)]
        s.add_all([training, session, *people, call, group, *apps])
        ids.update(head=head.id, officer=officer.id, cycle=cycle.id, kuryk=kuryk.id, fort=fort.id,
                   training=training.id, session=session.id, call=call.id,
                   **{f"person{i}": p.id for i, p in enumerate(people)},
                   **{f"app{i}": a.id for i, a in enumerate(apps)})
        s.add(LocalSetting(key="current_user", value=officer.id))
    return ids


def converge(*laptops: Laptop, rounds: int = 2) -> None:
    for _ in range(rounds):
        for laptop in laptops:
            laptop.sync()


def assert_converged(hub: HubProcess, *laptops: Laptop) -> None:
    expected = hub.dump()
    for laptop in laptops:
        assert laptop.dump() == expected, f"{laptop.name} differs from the hub"


os.environ.setdefault("FIELDAPP_SYNC_TESTS", "1")


def push_bodies(tmp_path: Path, people: int) -> list[bytes]:
    """Two pushes' bodies of a laptop's operations: a settlement and ``people`` people."""
    laptop = open_database(tmp_path / "laptop.sqlite", create=True)
    with laptop.transaction() as s:
        village = Locality(kind="settlement", name_ru="Құрық")
        s.add(village)
        s.flush()
        s.add_all(Person(full_name=f"Айгүл Сәрсенова {i}", settlement_id=village.id, phone=f"+7701{i:07d}")
                  for i in range(people))
    ops = _pending(laptop, people + 1, changes_text=True)
    laptop.close()
    half = len(ops) // 2
    return [('{"ops":[' + ",".join(wire_text(op._mapping) for op in part) + "]}").encode()
            for part in (ops[:half], ops[half:])]
