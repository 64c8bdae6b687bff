"""Sync at scale: HTTP push and pull of N operations (hub on SQLite, and on PostgreSQL when a cluster is there,
as under ``pg_virtualenv``), and the bundle round trip, each next to a raw sqlite3 insert of the same rows.

Beside the wall clock each figure's note gives the CPU time of the laptop (this process) and of the hub (its
process, from /proc), and on PostgreSQL that of the server processes serving the hub's database: on a shared
machine the wall clock also counts the others' work.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import datasets
from benchmarks.harness import Figure, raw_insert

AIM = "≤ 10 s at 100,000"


def raw_rows(count: int) -> list[tuple[Any, ...]]:
    """Rows like the operations' content: id, name, settlement, phone and the changes as JSON text."""
    return [(f"0193a1b2-c3d4-7e5f-8a9b-{i:012d}", f"Участник {i}", "0193a1b2-c3d4-7e5f-8a9b-000000000001",
             f"+7701{i:07d}", f'{{"full_name":[null,"Участник {i}"],"phone":[null,"+7701{i:07d}"]}}')
            for i in range(count)]


def _cpu_of(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree_cpu(pid: int) -> float:
    """CPU time so far of a process and every process under it (the hub's front and its merge workers)."""
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            children += [int(child) for child in task.read_text().split()]
        except OSError:
            continue
    return _cpu_of(pid) + sum(_tree_cpu(child) for child in children)


def _database_cpu(url: str) -> dict[int, float]:
    """CPU time so far of each PostgreSQL server process serving the hub's database (a local cluster)."""
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
        pids = [pid for (pid,) in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")]
    return {pid: _cpu_of(pid) for pid in pids}


def _timed(action: Callable[[], Any], hub_pid: int | None = None,
           database: str | None = None) -> tuple[Any, float, str]:
    wall, cpu, hub_before = time.perf_counter(), time.process_time(), _tree_cpu(hub_pid) if hub_pid else 0.0
    db_before = _database_cpu(database) if database else {}
    result = action()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    note = f"CPU laptop {cpu:.2f} s" + (f", hub {_tree_cpu(hub_pid) - hub_before:.2f} s" if hub_pid else "")
    if database:  # the server's processes the hub kept open (its pool); one that ended meanwhile is not counted
        used = sum(now - db_before.get(pid, 0.0) for pid, now in _database_cpu(database).items())
        note += f", PostgreSQL {used:.2f} s"
    return result, wall, note


def postgres_available() -> bool:
    return "PGHOST" in os.environ


def http(work: Path, count: int, backend: str, raw_s: float,
         say: Callable[[str], None] = lambda _text: None) -> list[Figure]:
    """Push of ``count`` operations from laptop A, then their pull onto a fresh laptop B, over loopback."""
    from fieldapp.db import open_database
    from fieldapp.sync.client import enroll, sync
    from tests.sync.conftest import HubProcess, fresh_postgres_database, postgres_admin_url

    source = datasets.laptop_with_changes(count, say)
    folder = work / f"http-{backend}"
    folder.mkdir()
    database, drop = fresh_postgres_database(postgres_admin_url()) if backend == "PostgreSQL" else (None, None)
    hub = HubProcess(folder / "hub", database, workers=None)  # as shipped: two merge workers
    hub.data.mkdir()
    hub.start()
    try:
        a = open_database(datasets.copy_of(source, folder / "a.sqlite"))
        b = open_database(folder / "b.sqlite", create=True)
        enroll(a, hub.url, hub.code("A"))
        enroll(b, hub.url, hub.code("B"))
        assert hub.process is not None
        pid = hub.process.pid
        say(f"HTTP push of {count:,} operations, hub on {backend}")
        pushed, push_s, push_note = _timed(lambda: sync(a, send_files=False), pid, database)
        say(f"HTTP pull of {count:,} operations, hub on {backend}")
        pulled, pull_s, pull_note = _timed(lambda: sync(b, send_files=False), pid, database)
        if pushed.sent != count or pulled.received != count:
            raise RuntimeError(f"sync moved {pushed.sent} up and {pulled.received} down, not {count}")
        a.close()
        b.close()
    finally:
        hub.kill()
        if drop:
            drop()
    return [Figure(f"HTTP push, {count:,} ops, hub on {backend}", push_s, "s", raw_s, "raw sqlite3 insert",
                   AIM, push_note),
            Figure(f"HTTP pull, {count:,} ops, hub on {backend}", pull_s, "s", raw_s, "raw sqlite3 insert",
                   AIM, pull_note)]


def bundles(work: Path, count: int, raw_s: float, say: Callable[[str], None] = lambda _text: None) -> list[Figure]:
    """Laptop → hub (``bundle export`` + ``server import-bundle``) and hub → laptop (``server export-bundle`` +
    ``bundle import``), in-process, hub on SQLite."""
    from fieldapp.db import open_database
    from fieldapp.server import bundles as hub_bundles
    from fieldapp.server.store import SQLiteHubStore
    from fieldapp.sync import bundle_client

    source = datasets.laptop_with_changes(count, say)
    folder = work / "bundles"
    folder.mkdir()
    store = SQLiteHubStore(folder / "hub")
    try:
        a = open_database(datasets.copy_of(source, folder / "a.sqlite"))
        b = open_database(folder / "b.sqlite", create=True)
        for name, db in (("A", a), ("B", b)):
            hub_bundles.enrol_by_file(store, name, None, folder / f"{name}.json")
            bundle_client.enroll_from_file(db, folder / f"{name}.json")
        say(f"bundle laptop → hub, {count:,} operations")

        def up() -> Any:
            bundle_client.export_bundle(a, folder / "a.fab")
            return hub_bundles.import_bundle(store, folder / "a.fab")

        taken, up_s, up_note = _timed(up)
        say(f"bundle hub → laptop, {count:,} operations")

        def down() -> Any:
            hub_bundles.export_bundle(store, "B", folder / "b.fab")
            return bundle_client.import_bundle(b, folder / "b.fab")

        received, down_s, down_note = _timed(down)
        if sum(taken.results.values()) != count or received.report.received != count:
            raise RuntimeError("the bundles did not carry every operation")
        a.close()
        b.close()
    finally:
        store.close()
    return [Figure(f"bundle laptop → hub, {count:,} ops", up_s, "s", raw_s, "raw sqlite3 insert", AIM,
                   f"{up_note} (export, then the hub's import, in one process)"),
            Figure(f"bundle hub → laptop, {count:,} ops", down_s, "s", raw_s, "raw sqlite3 insert", AIM,
                   f"{down_note} (the hub's export, then the laptop's import)")]


def figures(work: Path, count: int, say: Callable[[str], None], only: Callable[[str], bool]) -> list[Figure]:
    raw_s = raw_insert(work / "raw.sqlite", raw_rows(count))
    found: list[Figure] = []
    backends = ["SQLite", *(["PostgreSQL"] if postgres_available() else [])]
    for backend in backends:
        if only(f"http {backend}"):
            found += http(work, count, backend, raw_s, say)
    if only("bundle"):
        found += bundles(work, count, raw_s, say)
    shutil.rmtree(work / "bundles", ignore_errors=True)
    return found
