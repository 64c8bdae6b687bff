"""The GUI thread while the application syncs in the background (issue 13): a fresh laptop's first sync
receives N operations from a real hub while the window keeps a 1 ms timer ticking and adds a walk-in person
every 200 ms (a write like a check-in's, through ``Operations.write``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/sync_background.py [--ops 5000]

Printed next to the same measures with the window idle (no sync) in the same run: the longest gap between
timer ticks (how long the GUI thread was kept from its events: one frame is 16.7 ms) and the 99th percentile,
and how long a write took from the call to its answer on the GUI thread (it may wait for one page of the pull
to commit; the GUI thread never waits).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer  # noqa: E402

from fieldapp.db import open_database  # noqa: E402
from fieldapp.model import LocalSetting, Person, UserProfile  # noqa: E402
from fieldapp.services import people  # noqa: E402
from fieldapp.sync.client import enroll, sync  # noqa: E402
from fieldapp.ui import app as app_module  # noqa: E402
from fieldapp.ui.main_window import MainWindow  # noqa: E402
from fieldapp.ui.operations import Operations  # noqa: E402
from fieldapp.ui.sync_engine import SyncEngine  # noqa: E402
from tests.sync.conftest import HubProcess, seed  # noqa: E402


class Probe:
    """A 1 ms timer's gaps and the latency of writes made every 200 ms."""

    def __init__(self, ops: Operations, settlement: str) -> None:
        self.ops, self.settlement = ops, settlement
        self.gaps: list[float] = []
        self.writes: list[float] = []
        self.last = time.perf_counter()
        self.ticker = QTimer()
        self.ticker.setInterval(1)
        self.ticker.timeout.connect(self._tick)
        self.writer = QTimer()
        self.writer.setInterval(200)
        self.writer.timeout.connect(self._write)
        self.count = 0

    def start(self) -> None:
        self.gaps.clear()
        self.writes.clear()
        self.last = time.perf_counter()
        self.ticker.start()
        self.writer.start()

    def stop(self) -> None:
        self.ticker.stop()
        self.writer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def _write(self) -> None:
        self.count += 1
        name, started = f"Гость {self.count:04d}", time.perf_counter()
        self.ops.write(lambda s: people.create_person(s, people.PersonInput(name)),
                       success=lambda _id: self.writes.append((time.perf_counter() - started) * 1000))

    def line(self, label: str) -> str:
        gaps = sorted(self.gaps)
        p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
        writes = self.writes or [0.0]
        frames = sum(1 for gap in gaps if gap > 1000 / 60)
        return (f"{label:<24} longest GUI gap {max(gaps or [0]):6.1f} ms, 99th pct {p99:5.1f} ms, "
                f"gaps over a frame {frames:4d} of {len(gaps):5d} ticks; "
                f"writes {len(self.writes):3d}: median {statistics.median(writes):6.1f} ms, max {max(writes):7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ops", type=int, default=5000, help="people the laptop receives in its first sync")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fieldapp-sync-bg-"))
    hub = HubProcess(folder / "hub", workers=None)  # as shipped: two merge workers
    hub.data.mkdir()
    hub.start()
    try:
        head = open_database(folder / "head.sqlite", create=True)
        ids = seed(head)
        with head.transaction() as s:
            for n in range(args.ops):
                s.add(Person(full_name=f"Житель {n:05d}", settlement_id=ids["kuryk"]))
        enroll(head, hub.url, hub.code("Head office"))
        sync(head)
        head.close()
        path = folder / "laptop.sqlite"
        db = open_database(path, create=True)
        with db.transaction() as s:
            user = UserProfile(name="Айгүл Сейітова", role="field_officer")
            s.add(user)
            s.add(LocalSetting(key="current_user", value=user.id))
        enroll(db, hub.url, hub.code("Kuryk laptop", "settlement=Курык"))
        db.set_user(user.id)

        app = app_module.application()
        window = MainWindow(path)
        ops = Operations(db, window)
        window.resize(1366, 768)
        window.show()
        start = SyncEngine.start
        SyncEngine.start = lambda self: None  # type: ignore[method-assign]  # idle first
        window.attach(ops, db)
        SyncEngine.start = start  # type: ignore[method-assign]
        probe = Probe(ops, ids["kuryk"])

        def run_for(seconds: float) -> None:
            until = time.monotonic() + seconds
            while time.monotonic() < until:
                app.processEvents()
                time.sleep(0.0005)

        probe.start()
        run_for(4.0)
        probe.stop()
        run_for(0.5)
        idle = probe.line("idle (baseline)")
        engine = window.sync_engine
        probe.start()
        began = time.perf_counter()
        engine.start()
        while engine.rounds < 1 and time.perf_counter() - began < 600:
            app.processEvents()
            time.sleep(0.0005)
        took = time.perf_counter() - began
        probe.stop()
        run_for(0.5)
        during = probe.line("during the first sync")
        received = engine.view.last_result.received if engine.view.last_result else 0
        print(f"first sync: {received} operations received in {took:.1f} s ({engine.view.error or 'ok'}); "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        print(idle)
        print(during)
        window.close()
        db.close()
    finally:
        hub.kill()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
