"""The cyclic garbage collector is turned on again after a sync batch only once the batch's operations are
dropped: turned on while they are still referenced, its next pass walks every one of them (a tenth of a push
or a pull's CPU at 100,000 operations)."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from fieldapp.model import Locality, Person
from fieldapp.server.app import create_app
from fieldapp.server.enrolment import issue_code, redeem
from fieldapp.server.store import SQLiteHubStore
from fieldapp.sync.wire import ServedOp, WireOp
from tests.sync.conftest import push_bodies


@pytest.mark.one_backend  # the laptop's side: the hub's storage plays no part
def test_a_pull_turns_the_collector_on_again_only_once_its_pages_are_dropped(laptops: Any,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = laptops("a"), laptops("b")
    with a.db.transaction() as s:
        village = Locality(kind="settlement", name_ru="Шұбартау")
        s.add(village)
        s.flush()
        s.add_all(Person(full_name=f"Ұлжан Төлеуова {i}", settlement_id=village.id) for i in range(120))
    assert a.sync().sent == 121
    alive_at_enable: list[int] = []
    enable = gc.enable

    def counting_enable() -> None:
        alive_at_enable.append(sum(1 for o in gc.get_objects() if type(o) is ServedOp))
        enable()

    monkeypatch.setattr(gc, "enable", counting_enable)
    report = b.sync(page=50)  # three pages
    monkeypatch.undo()
    assert report.received == 121
    assert alive_at_enable and set(alive_at_enable) == {0}
    with b.db.reading() as s:
        assert s.query(Person).count() == 120


def test_the_collector_comes_back_only_once_a_pushs_operations_are_dropped(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The push's parsed operations are gone when the collector is turned on again after the batch: otherwise
    its next pass walks every one of them (a tenth of the hub's CPU for a push)."""
    body, _ = push_bodies(tmp_path, 400)
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
