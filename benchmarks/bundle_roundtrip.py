"""Operations carried by bundle, laptop → hub and hub → laptop, next to a raw sqlite3 insert of the same rows.

    .venv/bin/python benchmarks/bundle_roundtrip.py [--ops 100000]

Laptop → hub: ``bundle export`` on the laptop plus ``server import-bundle`` (Hub.push in batches, and the
acknowledgement written). Hub → laptop: ``server export-bundle`` (Hub.pull) plus ``bundle import`` on a second
laptop (applied page by page with the cursor, and its acknowledgement written). In-process, no HTTP.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.sync_push_pull import raw_insert  # noqa: E402
from fieldapp.db import open_database  # noqa: E402
from fieldapp.model import Locality, Person  # noqa: E402
from fieldapp.server import bundles  # noqa: E402
from fieldapp.server.store import SQLiteHubStore  # noqa: E402
from fieldapp.sync import bundle_client  # noqa: E402


def timed(action):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, default=100_000)
    count = parser.parse_args().ops
    work = Path(tempfile.mkdtemp(prefix="fieldapp-bench-bundles-"))
    store = SQLiteHubStore(work / "hub")
    try:
        a = open_database(work / "a.sqlite", create=True)
        b = open_database(work / "b.sqlite", create=True)
        for name, db in (("A", a), ("B", b)):
            bundles.enrol_by_file(store, name, None, work / f"{name}.json")
            bundle_client.enroll_from_file(db, work / f"{name}.json")
        with a.transaction() as s:
            village = Locality(kind="settlement", name_ru="Курык")
            s.add(village)
        with a.transaction() as s:
            for i in range(count - 1):
                s.add(Person(full_name=f"Участник {i}", settlement_id=village.id, phone=f"+7701{i:07d}"))

        made, export_s = timed(lambda: bundle_client.export_bundle(a, work / "a.fab"))
        taken, import_s = timed(lambda: bundles.import_bundle(store, work / "a.fab"))
        _, hub_export_s = timed(lambda: bundles.export_bundle(store, "B", work / "b.fab"))
        received, laptop_import_s = timed(lambda: bundle_client.import_bundle(b, work / "b.fab"))
        acknowledged = bundle_client.import_bundle(a, work / "a.ack.fab").acknowledged

        rows = [(f"id{i}", f"Участник {i}", village.id, f"+7701{i:07d}", "{}") for i in range(count)]
        raw_s = raw_insert(work / "raw.sqlite", rows)
        size = (work / "a.fab").stat().st_size / 1e6
        print(f"operations: exported {made.ops} ({size:.1f} MB), hub took {sum(taken.results.values())}, "
              f"laptop B received {received.report.received}, A acknowledged {acknowledged} ({dt.date.today()})")
        print(f"raw sqlite3 insert of the same rows: {raw_s:.2f} s")
        for label, seconds in (("laptop export     ", export_s), ("hub import-bundle ", import_s),
                               ("laptop -> hub     ", export_s + import_s),
                               ("hub export-bundle ", hub_export_s), ("laptop import     ", laptop_import_s),
                               ("hub -> laptop     ", hub_export_s + laptop_import_s)):
            print(f"{label} {seconds:8.2f} s   ratio {seconds / raw_s:8.1f}x")
        a.close()
        b.close()
    finally:
        store.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
