"""The SQLite hub leaves copying its write-ahead log into the database file to after a push is answered
(``SQLiteHubStore.checkpoint``, run by the HTTP front as the response's background task): the commit of a
batch only writes the log, and the copy overlaps the laptop's next request."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from fieldapp.db import open_database
from fieldapp.model import Locality, Person
from fieldapp.server.app import create_app
from fieldapp.server.enrolment import issue_code, redeem
from fieldapp.server.hub import Hub
from fieldapp.server.store import SQLiteHubStore
from fieldapp.sync.client import _pending
from fieldapp.sync.wire import WireOp, parse_push, wire_text


def _bodies(tmp_path: Path, people: int) -> list[bytes]:
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


def _file_pages(store: SQLiteHubStore) -> int:
    return (store.data_dir / "hub.sqlite").stat().st_size // 4096


def _log(store: SQLiteHubStore) -> tuple[int, int]:
    """(frames in the write-ahead log, frames already copied into the file), read by a checkpoint that copies
    nothing (the log is read-only to it when everything was copied already; otherwise it copies the rest)."""
    with store.db.engine.connect() as conn:
        _busy, log, copied = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
    return log, copied


def test_a_push_is_committed_to_the_log_and_copied_into_the_file_after_its_answer(tmp_path: Path) -> None:
    first, second = _bodies(tmp_path, 3000)
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


def test_the_collector_comes_back_only_once_a_pushs_operations_are_dropped(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The push's parsed operations are gone when the collector is turned on again after the batch: otherwise
    its next pass walks every one of them (a tenth of the hub's CPU for a push)."""
    body, _ = _bodies(tmp_path, 400)
    store = SQLiteHubStore(tmp_path / "hub")
    alive_at_enable: list[int] = []
    enable = gc.enable

    def counting_enable() -> None:
        alive_at_enable.append(sum(1 for o in gc.get_objects() if type(o) is WireOp))
        enable()

    try:
        token, _device = redeem(store, issue_code(store, "Курык"))
        with TestClient(create_app(store)) as client:
            monkeypatch.setattr(gc, "enable", counting_enable)
            answer = client.post("/ops", content=body, headers={"Authorization": f"Bearer {token}",
                                                                 "Content-Type": "application/json"})
            monkeypatch.undo()
        assert answer.status_code == 200
        assert len(answer.json()["results"]) == 200
        assert alive_at_enable == [0]
    finally:
        store.close()
