"""Hostile input against every endpoint of the hub: requests generated from its own OpenAPI description
(schemathesis; valid and deliberately invalid), oversized bodies and files. Never a 5xx, never a write."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode
from sqlalchemy import func, select
from starlette.testclient import TestClient

from fieldapp.model import Operation
from fieldapp.server.app import MAX_BODY, MAX_CHUNK, MAX_FILE, create_app
from fieldapp.server.enrolment import issue_code, redeem
from fieldapp.server.store import HubDevice, HubEnrolment, HubFile, HubReceived, HubStore, open_store

COUNTED = (Operation, HubReceived, HubFile, HubDevice, HubEnrolment)
FUZZ = settings(max_examples=15 if os.environ.get("CI") else 50, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.filter_too_much])


def _counts(store: HubStore) -> dict[str, int]:
    with store.reading() as s:
        return {model.__name__: s.scalar(select(func.count()).select_from(model)) or 0 for model in COUNTED}


class Fuzzed:
    def __init__(self, tmp: Path, database: str | None) -> None:
        self.store = open_store(tmp / "hub", database)
        self.app = create_app(self.store)
        self.token, _device = redeem(self.store, issue_code(self.store, "fuzzer"))
        self.before = _counts(self.store)

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@pytest.fixture
def fuzzed(tmp_path: Path, hub_database: str | None) -> Iterator[Fuzzed]:
    hub = Fuzzed(tmp_path, hub_database)
    yield hub
    assert _counts(hub.store) == hub.before, "hostile input wrote to the hub"
    hub.store.close()


def _fuzz(operation: Any, mode: Any, auth: dict[str, str]) -> bool:
    """Hypothesis runs of one operation; False when nothing in its description can be broken (no body, no
    constrained parameter: a negative case cannot be made)."""

    @FUZZ
    @given(case=operation.as_strategy(generation_mode=mode))
    def no_server_error(case: Any) -> None:
        headers = {**auth, **(case.headers or {})} if mode is GenerationMode.NEGATIVE else auth
        response = case.call(headers=headers)
        assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text[:300]}"

    try:
        no_server_error()
    except Unsatisfiable:
        assert mode is GenerationMode.NEGATIVE
        return False
    return True


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
def test_no_request_the_openapi_description_allows_or_forbids_breaks_the_hub(fuzzed: Fuzzed, mode: Any) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzzed.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    fuzzed_operations = {op.label for op in operations if _fuzz(op, mode, fuzzed.auth)}
    # every operation was called; every one whose description can be broken was given broken input
    # (a file upload's parameters are free strings: its hostile values come from the valid mode)
    expected = {"POST /enroll", "POST /ops", "GET /ops"} | ({"PUT /files/{sha256}", "GET /status"}
                                                           if mode is GenerationMode.POSITIVE else set())
    assert expected <= fuzzed_operations


def test_oversized_bodies_and_files_are_refused_before_they_are_read(fuzzed: Fuzzed) -> None:
    client = TestClient(fuzzed.app)
    declared = client.post("/ops", headers={**fuzzed.auth, "Content-Length": str(MAX_BODY + 1)}, content=b"{}")
    assert declared.status_code == 413

    def endless() -> Iterator[bytes]:  # no Content-Length: refused once the bytes pass the limit
        for _ in range(MAX_CHUNK // 65536 + 2):
            yield b"x" * 65536

    streamed = client.put("/files/" + "a" * 64, headers={**fuzzed.auth, "Content-Range": "bytes 0-9/10"},
                          content=endless())
    assert streamed.status_code == 413
    huge = client.put("/files/" + "b" * 64, content=b"x",
                      headers={**fuzzed.auth, "Content-Range": f"bytes 0-0/{MAX_FILE + 1}"})
    assert huge.status_code == 413
    assert client.get("/ops", params={"after": 2**70}, headers=fuzzed.auth).status_code == 422
    assert client.put("/files/" + "c" * 64, content=b"x", headers={
        **fuzzed.auth, "Content-Range": "bytes 0-0/1", "X-Variant": "v" * 500}).status_code == 422


def test_nul_characters_are_refused_at_the_door_and_never_make_a_server_error(fuzzed: Fuzzed) -> None:
    """PostgreSQL refuses NUL in text: an operation's own fields and the pull's device are checked (422); a NUL
    inside a change is refused as that action's problem (or taken, where the storage allows it), never a 500."""
    import datetime as dt

    from fieldapp.db.history import format_hlc, schema_version
    from fieldapp.ids import new_id

    client = TestClient(fuzzed.app)
    assert client.get("/ops", params={"device": "\x00"}, headers=fuzzed.auth).status_code == 422
    for delivered in (["\x00:1"], ["device"], ["device:1" + "0" * 20], [f"d{i}:1" for i in range(101)]):
        assert client.get("/ops", params={"delivered": delivered}, headers=fuzzed.auth).status_code == 422
    assert client.get("/ops", params={"delivered": ["device:12"]}, headers=fuzzed.auth).status_code == 200
    now = dt.datetime(2026, 12, 4, 7, 0)
    row_id = new_id()
    op = {"op_id": new_id(), "device_id": "fuzz-device", "seq": 1, "hlc": format_hlc(1764831600000, 0, "fuzzdev0"),
          "schema_version": schema_version(), "at": now.isoformat(), "user_name": "Ержан\x00", "table_name": "person",
          "row_id": row_id, "kind": "insert",
          "changes": {"id": [None, row_id], "full_name": [None, "Айгерим"], "created_at": [None, now.isoformat()],
                      "updated_at": [None, now.isoformat()]}}
    refused = client.post("/ops", json={"ops": [op]}, headers=fuzzed.auth)
    assert refused.status_code == 422 and "user_name" in refused.json()["detail"]


def test_a_nul_character_inside_a_change_never_makes_a_server_error(tmp_path: Path, hub_database: str | None) -> None:
    import datetime as dt

    from fieldapp.db.history import format_hlc, schema_version
    from fieldapp.ids import new_id

    hub = Fuzzed(tmp_path, hub_database)
    try:
        client = TestClient(hub.app)
        now = dt.datetime(2026, 12, 4, 7, 0)
        row_id = new_id()
        op = {"op_id": new_id(), "device_id": "fuzz-device", "seq": 1,
              "hlc": format_hlc(1764831600000, 0, "fuzzdev0"), "schema_version": schema_version(),
              "at": now.isoformat(), "table_name": "person", "row_id": row_id, "kind": "insert",
              "changes": {"id": [None, row_id], "full_name": [None, "Ай\x00герим"],
                          "created_at": [None, now.isoformat()], "updated_at": [None, now.isoformat()]}}
        answer = client.post("/ops", json={"ops": [op]}, headers=hub.auth)
        assert answer.status_code == 200, answer.text
        assert answer.json()["results"][0]["result"] == ("rejected" if hub_database else "accepted")
    finally:
        hub.store.close()
