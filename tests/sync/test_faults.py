"""Proof scenarios 1-4: crashes and broken links lose nothing, send nothing twice, and replicas converge."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldapp.model import Operation
from tests.sync.conftest import HubProcess, Laptop, assert_converged, make_laptop
from tests.sync.proxy import Proxy


def _hub_counts(hub: HubProcess) -> tuple[int, int]:
    [(total, distinct)] = hub.query("SELECT count(*), count(DISTINCT op_id) FROM operation")
    return total, distinct


def _local_ops(laptop: Laptop) -> int:
    # through the laptop's own driver: two SQLite libraries on one file in one process break its locks
    with laptop.db.reading() as s:
        return s.scalar(select(func.count()).select_from(Operation).where(Operation.origin == "local")) or 0


@pytest.mark.one_backend
def test_1_client_killed_mid_push_then_rerun(hub: HubProcess, tmp_path: Path, demo_template: Path) -> None:
    a = make_laptop(hub, tmp_path / "a.sqlite", "A", demo_template)
    a.db.close()
    proxy = Proxy(hub.port, rate=500_000)  # a slower link: the push takes seconds, long enough to be cut
    process = subprocess.Popen([sys.executable, "-m", "fieldapp", "sync", "--db", str(a.db.path),
                                "--server", proxy.url], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _hub_counts(hub)[0] == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    proxy.close()
    partial = _hub_counts(hub)[0]
    rerun = subprocess.run([sys.executable, "-m", "fieldapp", "sync", "--db", str(a.db.path)],
                           capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    from fieldapp.db import open_database

    a.db = open_database(a.db.path)
    b = make_laptop(hub, tmp_path / "b.sqlite", "B", None)
    b.sync()
    total, distinct = _hub_counts(hub)
    assert 0 < partial < total and total == distinct == _local_ops(a)
    assert_converged(hub, a, b)


def test_2_hub_killed_after_commit_before_answering(hub: HubProcess, tmp_path: Path, empty_template: Path) -> None:
    from tests.sync.conftest import seed

    a = make_laptop(hub, tmp_path / "a.sqlite", "A", empty_template)
    seed(a.db)
    proxy = Proxy(hub.port)

    def kill_then_restart() -> None:
        hub.kill()  # the push was committed: its answer is what gets lost
        threading.Timer(1.0, hub.start).start()

    proxy.hook = (2, kill_then_restart)  # 1: /status, 2: the push
    report = a.sync(proxy.url)
    proxy.close()
    assert report.sent == _local_ops(a)
    total, distinct = _hub_counts(hub)
    assert total == distinct == _local_ops(a)
    b = make_laptop(hub, tmp_path / "b.sqlite", "B", empty_template)
    b.sync()
    assert_converged(hub, a, b)


def test_3_hub_restarted_mid_pull_and_4_connection_cut_mid_response(
        hub: HubProcess, tmp_path: Path, demo_template: Path, empty_template: Path) -> None:
    a = make_laptop(hub, tmp_path / "a.sqlite", "A", demo_template)
    a.sync()
    proxy = Proxy(hub.port)
    b = make_laptop(hub, tmp_path / "b.sqlite", "B", empty_template)
    proxy.hook = (3, lambda: (hub.kill(), threading.Timer(1.0, hub.start).start()))  # status, page 1, page 2
    report = b.sync(proxy.url)
    assert report.received == _local_ops(a)
    c = make_laptop(hub, tmp_path / "c.sqlite", "C", empty_template)
    proxy.responses, proxy.hook = 0, None
    proxy.cut_response_after = 20_000  # the first page is cut in the middle
    report = c.sync(proxy.url)
    proxy.close()
    assert report.received == _local_ops(a)
    assert_converged(hub, a, b, c)
