"""100,000 operations pushed and pulled over loopback, each next to a raw sqlite3 insert of the same rows.

    .venv/bin/python benchmarks/sync_push_pull.py [--ops 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fieldapp.db import open_database  # noqa: E402
from fieldapp.model import Locality, Person  # noqa: E402
from fieldapp.sync.client import enroll, sync  # noqa: E402
from tests.sync.conftest import HubProcess  # noqa: E402


def raw_insert(path: Path, rows: list[tuple]) -> float:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, full_name TEXT, settlement_id TEXT, phone TEXT, changes TEXT)")
    started = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, default=100_000)
    count = parser.parse_args().ops
    work = Path(tempfile.mkdtemp(prefix="fieldapp-bench-"))
    hub = HubProcess(work / "hub")
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
        started = time.perf_counter()
        pushed = sync(a)
        push_s = time.perf_counter() - started
        started = time.perf_counter()
        pulled = sync(b)
        pull_s = time.perf_counter() - started
        rows = [(f"id{i}", f"Участник {i}", village.id, f"+7701{i:07d}",
                 json.dumps({"full_name": [None, f"Участник {i}"]})) for i in range(count)]
        raw_s = raw_insert(work / "raw.sqlite", rows)
        print(f"operations: pushed {pushed.sent}, pulled {pulled.received} ({dt.date.today()})")
        print(f"push  {push_s:8.2f} s   raw sqlite3 insert {raw_s:6.2f} s   ratio {push_s / raw_s:8.1f}x")
        print(f"pull  {pull_s:8.2f} s   raw sqlite3 insert {raw_s:6.2f} s   ratio {pull_s / raw_s:8.1f}x")
        a.close()
        b.close()
    finally:
        hub.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
