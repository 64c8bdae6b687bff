"""The hub's pushes read, checked and merged in worker processes (``server/workers.py``): merged in the laptop's
order whichever request a worker reads first; a worker that dies writes nothing half and is replaced (503); a
database error in a worker is a 503 and the worker goes on; the workers leave with the front, even one killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import func, select, text
from starlette.testclient import TestClient

from fieldapp.model import Person
from fieldapp.server.app import create_app
from fieldapp.server.enrolment import issue_code, redeem
from fieldapp.server.hub import Hub
from fieldapp.server.store import HubReceived, open_store
from fieldapp.sync import client
from tests.sync.conftest import HubProcess, fresh_postgres_database, postgres_admin_url, push_bodies


def _last_op(body: bytes) -> str:
    return str(orjson.loads(body)["ops"][-1]["op_id"])


def _counts(store: Any) -> tuple[int, int]:
    with store.reading() as s:
        return (s.scalar(select(func.count()).select_from(HubReceived)) or 0,
                s.scalar(select(func.count()).select_from(Person)) or 0)


@pytest.fixture
def own_hub(tmp_path: Path, hub_database: str | None, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A hub's storage opened here and a device's token; ``Hub.push`` fails in this process, so any push the
    tests see answered was merged by a worker."""
    database, drop = (fresh_postgres_database(postgres_admin_url()) if hub_database else (None, lambda: None))
    store = open_store(tmp_path / "own-hub", database)
    token, _device = redeem(store, issue_code(store, "Құрық"))

    def not_here(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a push was merged in the front's process")

    monkeypatch.setattr(Hub, "push", not_here)
    yield store, {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    store.close()
    drop()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (dead, not yet reaped) is gone for our purpose
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _wait_gone(pids: list[int], seconds: float = 15) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := [pid for pid in pids if _alive(pid)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def test_the_second_batch_read_first_by_a_worker_is_merged_second(tmp_path: Path, own_hub: Any) -> None:
    """The second batch reaches a worker first and waits there (read and checked) for the first, which another
    worker merges; the acceptance numbers follow the laptop's order. Then the workers leave with the app."""
    store, headers = own_hub
    first, second = push_bodies(tmp_path, 600)
    answers: dict[str, httpx.Response] = {}
    with TestClient(create_app(store, workers=2)) as http:
        workers = http.app.state.push_workers  # type: ignore[attr-defined]
        pids = workers.pids()
        assert len(pids) == 2 and all(_alive(pid) for pid in pids)

        def post(name: str, body: bytes, **order: str) -> None:
            answers[name] = http.post("/ops", content=body, headers={**headers, **order})

        two = threading.Thread(target=post, args=("second", second),
                               kwargs={client.PUSH_AFTER: _last_op(first), client.PUSH_LAST: _last_op(second)})
        two.start()
        time.sleep(0.3)  # the second is in a worker, waiting for the batch it names
        assert _counts(store) == (0, 0)
        one = threading.Thread(target=post, args=("first", first), kwargs={client.PUSH_LAST: _last_op(first)})
        one.start()
        one.join(60)
        two.join(60)
        assert answers["first"].status_code == answers["second"].status_code == 200
        results = {name: answer.json()["results"] for name, answer in answers.items()}
        assert {r["result"] for rs in results.values() for r in rs} == {"accepted"}
        assert max(r["server_seq"] for r in results["first"]) < min(r["server_seq"] for r in results["second"])
        assert _counts(store) == (601, 600)
    assert _wait_gone(pids) == []


def test_a_batch_whose_predecessor_never_comes_is_refused_by_its_worker(tmp_path: Path, own_hub: Any) -> None:
    store, headers = own_hub
    first, second = push_bodies(tmp_path, 40)
    with TestClient(create_app(store, workers=2)) as http:
        refused = http.post("/ops", content=second, headers={**headers, client.PUSH_AFTER: _last_op(first)})
        assert refused.status_code == 412 and refused.json()["code"] == "push.earlier_missing"
        broken = http.post("/ops", content=first.replace(b'"seq":', b'"seq":"', 1), headers=headers)
        assert broken.status_code == 422 and "Invalid JSON" in broken.json()["detail"]
        assert _counts(store) == (0, 0)
        assert http.post("/ops", content=first, headers=headers).status_code == 200
        assert http.post("/ops", content=second, headers={**headers, client.PUSH_AFTER: _last_op(first)}
                         ).status_code == 200
    assert _counts(store) == (41, 40)


def _writer_busy(store: Any) -> bool:
    """Someone holds the hub's write lock (SQLite's, or the PostgreSQL writers' advisory lock)."""
    if hasattr(store, "data_dir"):
        # the hub's own SQLite library: another library's connection to the file in this process would undo
        # this process's locks when it closes (POSIX locks are the process's)
        probe = sqlcipher.connect(str(store.data_dir / "hub.sqlite"), timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.rollback()
            return False
        except sqlcipher.OperationalError:
            return True
        finally:
            probe.close()
    with store.engine.connect() as conn:
        return bool(conn.scalar(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")))


def test_a_worker_killed_in_the_middle_of_a_merge_writes_nothing_and_is_replaced(
        tmp_path: Path, own_hub: Any) -> None:
    store, headers = own_hub
    first, _second = push_bodies(tmp_path, 8000)
    with TestClient(create_app(store, workers=2)) as http:
        workers = http.app.state.push_workers  # type: ignore[attr-defined]
        workers.wait_ready()  # their storage opened (a write transaction on SQLite)
        pids = workers.pids()
        answer: list[httpx.Response] = []
        sending = threading.Thread(target=lambda: answer.append(http.post("/ops", content=first, headers=headers)))
        sending.start()
        deadline, busy_since = time.monotonic() + 60, None
        while busy_since is None or time.monotonic() - busy_since < 0.05:  # the front's own writes are short
            assert time.monotonic() < deadline and sending.is_alive(), "the merge was never seen"
            busy = _writer_busy(store)
            busy_since = (busy_since or time.monotonic()) if busy else None
            time.sleep(0.005)
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        sending.join(60)
        assert answer[0].status_code == 503 and answer[0].json()["code"] == "push.worker_lost"
        assert _counts(store) == (0, 0)  # the dead worker's transaction was rolled back
        assert _wait_gone(pids) == []
        again = http.post("/ops", content=first, headers=headers)  # a new worker takes it
        assert again.status_code == 200 and {r["result"] for r in again.json()["results"]} == {"accepted"}
        new = workers.pids()
        assert len(new) == 2 and not set(new) & set(pids)
    assert _counts(store) == (4000, 3999)
    assert _wait_gone(new) == []


@pytest.mark.one_backend
def test_a_database_error_in_a_worker_is_a_503_and_the_worker_goes_on(tmp_path: Path, own_hub: Any) -> None:
    """The database refuses the worker's write (a trigger on the receipts): nothing of the push is kept, the
    laptop is told to send again, and the same worker takes the push once the database accepts it."""
    store, headers = own_hub
    first, _second = push_bodies(tmp_path, 40)
    with store.writing() as s:
        s.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON hub_received BEGIN "
                       "SELECT RAISE(ABORT, 'the disk said no'); END"))
    with TestClient(create_app(store, workers=1)) as http:
        pids = http.app.state.push_workers.pids()  # type: ignore[attr-defined]
        failed = http.post("/ops", content=first, headers=headers)
        assert failed.status_code == 503 and failed.json()["code"] == "push.failed"
        assert "the disk said no" in failed.json()["detail"]
        assert _counts(store) == (0, 0)
        with store.writing() as s:
            s.execute(text("DROP TRIGGER refuse"))
        again = http.post("/ops", content=first, headers=headers)
        assert again.status_code == 200 and {r["result"] for r in again.json()["results"]} == {"accepted"}
        assert http.app.state.push_workers.pids() == pids  # type: ignore[attr-defined]
    assert _counts(store) == (20, 19)


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(child) for child in task.read_text().split()]
    return found


def _workers_of(hub: HubProcess) -> list[int]:
    assert hub.process is not None
    return [pid for pid in _children(hub.process.pid) if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]


@pytest.mark.one_backend
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_the_server_commands_workers_leave_with_it(tmp_path: Path, how: int) -> None:
    """``fieldapp server`` runs two workers unless told otherwise; stopped or killed, it leaves none behind."""
    hub = HubProcess(tmp_path / "hub", workers=None)
    hub.data.mkdir()
    hub.start()
    try:
        deadline = time.monotonic() + 20
        while len(workers := _workers_of(hub)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(workers) == 2
        assert hub.process is not None
        hub.process.send_signal(how)
        hub.process.wait(30)
        assert _wait_gone(workers) == []
    finally:
        hub.kill()


def test_the_server_command_refuses_more_workers_than_it_allows(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "fieldapp", "server", "--data", str(tmp_path), "--workers", "9"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "--workers" in result.stderr
