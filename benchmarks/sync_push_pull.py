"""100,000 operations pushed and pulled over loopback, each next to a raw sqlite3 insert of the same rows.

    .venv/bin/python benchmarks/sync_push_pull.py [--ops 100000] [--database postgresql+psycopg://…/db]

With ``--database`` the hub stores everything in that (empty) PostgreSQL database instead of SQLite; under
``pg_virtualenv`` (libpq's PG* environment) ``--database auto`` makes a fresh one on that cluster.

Besides the wall-clock time it prints the CPU time the laptop (this process) and the hub (its process, read
from /proc on Linux) spent: on a shared machine the wall clock also counts the others' work.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fieldapp.db import open_database  # noqa: E402
from fieldapp.model import Locality, Person  # noqa: E402
from fieldapp.sync.client import enroll, sync  # noqa: E402
from tests.sync.conftest import HubProcess, fresh_postgres_database, postgres_admin_url  # noqa: E402


def raw_insert(path: Path, rows: list[tuple]) -> float:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, full_name TEXT, settlement_id TEXT, phone TEXT, changes TEXT)")
    started = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def hub_cpu(hub: HubProcess) -> float:
    """CPU seconds the hub process has used (0 where /proc is not there)."""
    try:
        fields = Path(f"/proc/{hub.process.pid}/stat").read_text().rsplit(")", 1)[1].split()  # type: ignore[union-attr]
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(run: Callable[[], Any], hub: HubProcess) -> tuple[Any, float, float, float]:
    """Wall seconds, laptop CPU seconds and hub CPU seconds of one call."""
    wall, cpu, hub_before = time.perf_counter(), time.process_time(), hub_cpu(hub)
    result = run()
    return result, time.perf_counter() - wall, time.process_time() - cpu, hub_cpu(hub) - hub_before


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, default=100_000)
    parser.add_argument("--database", help="the hub on PostgreSQL: a URL, or 'auto' under pg_virtualenv")
    args = parser.parse_args()
    count = args.ops
    database, drop = args.database, None
    if database == "auto":
        database, drop = fresh_postgres_database(postgres_admin_url())
    work = Path(tempfile.mkdtemp(prefix="fieldapp-bench-"))
    hub = HubProcess(work / "hub", database)
    hub.data.mkdir()
    hub.start()
    try:
        a = open_database(work / "a.sqlite", create=True)
        with a.transaction() as s:
            village = Locality(kind="settlement", name_ru="Курык")
            s.add(village)
        with a.transaction() as s:
            for i in range(count - 1):
                s.add(Person(full_name=f"Участник {i}", settlement_id=village.id, phone=f"+7701{i:07d}"))
        enroll(a, hub.url, hub.code("A"))
        b = open_database(work / "b.sqlite", create=True)
        enroll(b, hub.url, hub.code("B"))
        pushed, push_s, push_cpu, push_hub = timed(lambda: sync(a), hub)
        pulled, pull_s, pull_cpu, pull_hub = timed(lambda: sync(b), hub)
        rows = [(f"id{i}", f"Участник {i}", village.id, f"+7701{i:07d}",
                 json.dumps({"full_name": [None, f"Участник {i}"]})) for i in range(count)]
        raw_s = raw_insert(work / "raw.sqlite", rows)
        backend = "PostgreSQL" if database else "SQLite"
        print(f"operations: pushed {pushed.sent}, pulled {pulled.received}, hub on {backend} ({dt.date.today()})")
        for name, wall, cpu, hub_s in (("push", push_s, push_cpu, push_hub), ("pull", pull_s, pull_cpu, pull_hub)):
            print(f"{name}  {wall:8.2f} s   raw sqlite3 insert {raw_s:6.2f} s   ratio {wall / raw_s:8.1f}x   "
                  f"(CPU: laptop {cpu:6.2f} s, hub {hub_s:6.2f} s)")
        a.close()
        b.close()
    finally:
        hub.kill()
        shutil.rmtree(work, ignore_errors=True)
        if drop:
            drop()


if __name__ == "__main__":
    main()
