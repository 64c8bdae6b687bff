"""The hub's HTTP front and the command line, checked from outside."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from fieldapp.db.history import schema_version
from fieldapp.model import Operation, Person
from fieldapp.model.history import SyncParked
from fieldapp.sync.apply import apply_remote, remote_session
from fieldapp.sync.wire import to_wire
from tests.sync.conftest import HubProcess, free_port, fresh_postgres_database, postgres_admin_url, seed


def fieldapp(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldapp", *args], capture_output=True, text=True, timeout=timeout)


def test_openapi_is_open_and_everything_else_needs_a_token(hub: HubProcess) -> None:
    assert httpx.get(f"{hub.url}/openapi.json").status_code == 200
    assert httpx.get(f"{hub.url}/ops").status_code == 401
    assert httpx.post(f"{hub.url}/ops", json={"ops": []}, headers={"Authorization": "Bearer nope"}).status_code == 401


def test_enrolment_from_the_command_line_beside_a_running_hub(hub: HubProcess, tmp_path: Path) -> None:
    issued = fieldapp("server", "enroll", *hub.args, "--name", "Kuryk laptop",
                      "--scope", "cycle=1")
    assert issued.returncode != 0 and "no cycle" in issued.stderr  # an empty hub has no cycles yet
    issued = fieldapp("server", "enroll", *hub.args, "--name", "Kuryk laptop")
    assert issued.returncode == 0, issued.stderr
    code = issued.stdout.strip().splitlines()[-1]
    assert fieldapp("init", "--db", str(tmp_path / "k.sqlite")).returncode == 0
    enrolled = fieldapp("enroll", "--db", str(tmp_path / "k.sqlite"), "--server", hub.url, "--code", code)
    assert enrolled.returncode == 0, enrolled.stderr
    again = fieldapp("enroll", "--db", str(tmp_path / "k.sqlite"), "--server", hub.url, "--code", code)
    assert again.returncode != 0 and "already used" in again.stderr  # one-time
    synced = fieldapp("sync", "--db", str(tmp_path / "k.sqlite"))
    assert synced.returncode == 0 and "sent 0, received 0, conflicts 0, rejected 0" in synced.stdout
    assert fieldapp("dump", "--db", str(tmp_path / "k.sqlite")).stdout == \
        fieldapp("server", "dump", *hub.args).stdout


@pytest.mark.one_backend
def test_sync_gives_up_quickly_with_one_line_when_the_hub_cannot_be_reached(tmp_path: Path, laptops) -> None:
    laptop = laptops("A")
    laptop.db.close()
    started = time.monotonic()
    result = fieldapp("sync", "--db", str(laptop.db.path), "--server", f"http://127.0.0.1:{free_port()}",
                      timeout=60)
    assert time.monotonic() - started < 35
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1
    assert "cannot reach the hub" in result.stderr


def test_the_same_op_id_with_other_content_is_refused_with_409(laptops, hub: HubProcess) -> None:
    a = laptops("A")
    seed(a.db)
    a.sync()
    with a.db.reading() as s:
        op = to_wire(s.scalars(select(Operation).where(Operation.table_name == "person")).first())
        token = s.get(__import__("fieldapp.model", fromlist=["LocalSetting"]).LocalSetting, "sync.token").value
    headers = {"Authorization": f"Bearer {token}"}
    same = httpx.post(f"{hub.url}/ops", json={"ops": [op]}, headers=headers)
    assert same.status_code == 200 and same.json()["results"][0]["result"] == "accepted"
    op["changes"]["full_name"] = [None, "Другое имя"]
    assert httpx.post(f"{hub.url}/ops", json={"ops": [op]}, headers=headers).status_code == 409
    assert httpx.post(f"{hub.url}/ops", json={"ops": [{"op_id": 1}]}, headers=headers).status_code == 422


def test_an_operation_from_a_newer_schema_is_kept_aside_until_the_app_understands_it(laptops) -> None:
    a = laptops("A")
    ids = seed(a.db)
    with a.db.reading() as s:
        op = to_wire(s.scalars(select(Operation).where(Operation.row_id == ids["person0"])).first())
    newer = {**op, "op_id": "01a216c0-0000-7000-8000-000000000001", "kind": "update", "seq": 999,
             "schema_version": schema_version() + 1, "changes": {"favourite_colour": [None, "green"]},
             "server_seq": 1, "rank": op["hlc"]}
    with remote_session(a.db) as s:
        assert apply_remote(s, [newer]) == {"received": 0, "parked": 1}
    with a.db.reading() as s:
        assert s.get(SyncParked, newer["op_id"]) is not None
        assert s.get(Person, ids["person0"]).full_name == "Участник 0"


@pytest.mark.parametrize("scope", ["settlement=Курык", "cycle=1"])
def test_scopes_resolve_names_and_numbers(hub: HubProcess, laptops, scope: str) -> None:
    a = laptops("A")
    seed(a.db)
    a.sync()
    code = fieldapp("server", "enroll", *hub.args, "--name", "scoped", "--scope", scope)
    assert code.returncode == 0, code.stderr


def test_the_hub_keeps_a_newer_schemas_operation_aside_and_merges_it_once_updated(
        laptops, hub_database: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fieldapp.server.hub as hub_module
    from fieldapp.server.hub import Hub
    from fieldapp.server.store import HubDevice, open_store

    a = laptops("A")
    ids = seed(a.db)
    with a.db.transaction() as s:
        s.get(Person, ids["person0"]).notes = "from a newer FieldApp"
    with a.db.reading() as s:
        ops = [to_wire(op) for op in s.scalars(select(Operation).where(Operation.origin == "local")
                                                .order_by(Operation.seq))]
    ops[-1]["schema_version"] = schema_version() + 1
    own, drop = (fresh_postgres_database(postgres_admin_url()) if hub_database  # a hub of its own, in-process
                 else (None, lambda: None))
    store = open_store(tmp_path / "own-hub", own)
    hub = Hub(store)
    device = HubDevice(id="laptop-a")
    results = hub.push(device, ops)
    assert results[-1]["result"] == "parked" and {r["result"] for r in results[:-1]} == {"accepted"}
    assert hub.unpark() == 0  # still too new
    monkeypatch.setattr(hub_module, "schema_version", lambda: schema_version() + 1)
    assert hub.unpark() == 1
    with store.reading() as s:
        assert s.get(Person, ids["person0"]).notes == "from a newer FieldApp"
    store.close()
    drop()
