"""The SQLite hub leaves copying its write-ahead log into the database file to after a push is answered
(``SQLiteHubStore.checkpoint``, run by the HTTP front as the response's background task): the commit of a
batch only writes the log, and the copy overlaps the laptop's next request."""

from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient

from fieldapp.model import Person
from fieldapp.server.app import create_app
from fieldapp.server.enrolment import issue_code, redeem
from fieldapp.server.hub import Hub
from fieldapp.server.store import SQLiteHubStore
from fieldapp.sync.wire import parse_push
from tests.sync.conftest import push_bodies


def _file_pages(store: SQLiteHubStore) -> int:
    return (store.data_dir / "hub.sqlite").stat().st_size // 4096


def _log(store: SQLiteHubStore) -> tuple[int, int]:
    """(frames in the write-ahead log, frames already copied into the file), read by a checkpoint that copies
    nothing (the log is read-only to it when everything was copied already; otherwise it copies the rest)."""
    with store.db.engine.connect() as conn:
        _busy, log, copied = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
    return log, copied


def test_a_push_is_committed_to_the_log_and_copied_into_the_file_after_its_answer(tmp_path: Path) -> None:
    first, second = push_bodies(tmp_path, 3000)
    store = SQLiteHubStore(tmp_path / "hub")
    try:
        token, device = redeem(store, issue_code(store, "Курык"))
        before = _file_pages(store)
        # merged without the HTTP front: the commit leaves the (several MiB of) pages in the log
        results = Hub(store).push(device, parse_push(first))
        assert {r["result"] for r in results} == {"accepted"}
        assert _file_pages(store) == before
        store.checkpoint()
        grown = _file_pages(store)
        assert grown > before + 500
        log, copied = _log(store)
        assert log == copied
        # over HTTP the answer comes first, then the copy
        with TestClient(create_app(store)) as client:
            answer = client.post("/ops", content=second, headers={"Authorization": f"Bearer {token}",
                                                                   "Content-Type": "application/json"})
        assert answer.status_code == 200
        assert {r["result"] for r in answer.json()["results"]} == {"accepted"}
        assert _file_pages(store) > grown + 500
        log, copied = _log(store)
        assert log == copied
        with store.reading() as s:
            assert s.query(Person).count() == 3000
    finally:
        store.close()

