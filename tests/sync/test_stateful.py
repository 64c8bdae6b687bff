"""Proof scenario 15: three laptops make random edits and sync in random order through a link that loses and
duplicates requests, and by bundles carried in any order, twice or never (bundles proof 6); at the end every
replica is equal and every operation is applied, in conflict or rejected — none vanished. FIELDAPP_SYNC_EXAMPLES sets the number of runs (CI keeps it small)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import select
from starlette.testclient import TestClient

import fieldapp.sync.client as client_module
from fieldapp.db import open_database
from fieldapp.ids import derived_id
from fieldapp.model import Application, Attendance, Operation, Person, UserProfile
from fieldapp.server import bundles
from fieldapp.server.app import create_app
from fieldapp.server.enrolment import issue_code
from fieldapp.server.store import HubReceived, open_store
from fieldapp.sync import bundle as fab
from fieldapp.sync import bundle_client
from fieldapp.sync.client import SyncError, enroll, sync
from fieldapp.sync.dump import dump_text
from tests.sync.conftest import fresh_postgres_database, postgres_admin_url, seed

EXAMPLES = int(os.environ.get("FIELDAPP_SYNC_EXAMPLES", "8" if os.environ.get("CI") else "30"))
URL = "http://hub"


class FaultyLink(httpx.BaseTransport):
    """Loses a request before it arrives, loses the answer after the hub acted, or sends it twice."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.plan: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self.plan.pop(0) if self.plan else "ok"
        if fault == "lost_request":
            raise httpx.ConnectError("lost on the way", request=request)
        response = self.inner.handle_request(request)
        if fault == "lost_answer":
            response.read()
            raise httpx.ReadError("answer lost", request=request)
        if fault == "duplicate":
            response.read()
            response = self.inner.handle_request(request)
        return response


class ThreeLaptops(RuleBasedStateMachine):
    postgres = False  # the hub on SQLite; the subclass below runs the same on PostgreSQL

    @initialize()
    def start(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="fieldapp-stateful-"))
        url, self.drop = fresh_postgres_database(PG_ADMIN) if self.postgres else (None, lambda: None)
        self.store = open_store(self.tmp / "hub", url)
        self.client = TestClient(create_app(self.store))
        self.link = FaultyLink(self.client._transport)
        self.laptops = []
        self.log: list[Any] = []
        self.to_hub: list[Path] = []
        self.to_laptop: list[Path] = []
        for i in range(3):
            shutil.copyfile(EMPTY_TEMPLATE, self.tmp / f"{i}.sqlite")
            db = open_database(self.tmp / f"{i}.sqlite")
            enroll(db, URL, issue_code(self.store, f"laptop {i}"), transport=self.link)
            self.laptops.append(db)
        self.ids = seed(self.laptops[0])
        for db in self.laptops:
            sync(db, transport=self.link)
        for db in self.laptops:
            sync(db, transport=self.link)
        with self.laptops[0].reading() as s:
            self.users = {u.role: u.id for u in s.scalars(select(UserProfile))}

    def _as(self, laptop: int, role: str) -> Any:
        db = self.laptops[laptop]
        db.user_id, db.user_name = self.users[role], role
        return db

    @rule(laptop=st.integers(0, 2), person=st.integers(0, 2), field=st.sampled_from(["phone", "notes"]),
          value=st.sampled_from([None, "+77015550000", "+77015551111", "заметка"]))
    def edit(self, laptop: int, person: int, field: str, value: str | None) -> None:
        if field == "phone" and value == "заметка":
            value = "+77015552222"
        with self._as(laptop, "field_officer").transaction() as s:
            row = s.get(Person, self.ids[f"person{person}"])
            if row is not None:
                setattr(row, field, value)

    @rule(laptop=st.integers(0, 2), person=st.integers(0, 2), deleted=st.booleans())
    def delete_or_restore(self, laptop: int, person: int, deleted: bool) -> None:
        with self._as(laptop, "field_officer").transaction() as s:
            row = s.get(Person, self.ids[f"person{person}"])
            if row is not None:
                row.deleted_at = dt.datetime(2026, 11, 26) if deleted else None

    @rule(laptop=st.integers(0, 2), person=st.integers(0, 2),
          status=st.sampled_from(["present", "late", "absent"]))
    def check_in(self, laptop: int, person: int, status: str) -> None:
        session_id, person_id = self.ids["session"], self.ids[f"person{person}"]
        with self._as(laptop, "field_officer").transaction() as s:
            row = s.get(Attendance, derived_id(session_id, person_id))
            if row is None:
                s.add(Attendance(id=derived_id(session_id, person_id), session_id=session_id,
                                 person_id=person_id, status=status))
            else:
                row.status = status

    @rule(laptop=st.integers(0, 2), app=st.integers(0, 2), status=st.sampled_from(["approved", "rejected"]))
    def decide(self, laptop: int, app: int, status: str) -> None:
        with self._as(laptop, "head_office").transaction() as s:
            s.get(Application, self.ids[f"app{app}"]).status = status

    @rule(laptop=st.integers(0, 2),
          plan=st.lists(st.sampled_from(["ok", "lost_request", "lost_answer", "duplicate"]), max_size=4))
    def sync_through_a_bad_link(self, laptop: int, plan: list[str]) -> None:
        self.link.plan = list(plan)
        self.log.append((laptop, plan))
        try:
            sync(self.laptops[laptop], transport=self.link, give_up_after=10)
        except SyncError:
            pass
        self.link.plan = []

    @rule(laptop=st.integers(0, 2))
    def write_bundle(self, laptop: int) -> None:
        """Bundles as a transport too: the laptop writes one; it travels (or not) in any order, maybe twice."""
        path = self.tmp / f"bundle-{len(self.log)}.fab"
        self.log.append((laptop, "export bundle"))
        bundle_client.export_bundle(self.laptops[laptop], path)
        self.to_hub.append(path)

    @precondition(lambda self: getattr(self, "to_hub", None))
    @rule(pick=st.integers(0, 100), keep=st.booleans())
    def carry_to_hub(self, pick: int, keep: bool) -> None:
        path = self.to_hub[pick % len(self.to_hub)]
        if not keep:
            self.to_hub.remove(path)
        self.log.append((path.name, "to hub"))
        self.to_laptop.append(bundles.import_bundle(self.store, path).reply)

    @precondition(lambda self: getattr(self, "to_laptop", None))
    @rule(pick=st.integers(0, 100), keep=st.booleans())
    def carry_to_laptop(self, pick: int, keep: bool) -> None:
        reply = self.to_laptop[pick % len(self.to_laptop)]
        if not keep:
            self.to_laptop.remove(reply)
        recipient = fab.peek(reply)["recipient"]
        laptop = next(db for db in self.laptops if bundle_client.identity_of(db).device == recipient)
        self.log.append((reply.name, "to laptop"))
        ack = self.tmp / f"ack-{len(self.log)}.fab"
        bundle_client.import_bundle(laptop, reply, ack)
        self.to_hub.append(ack)

    def _received(self) -> dict[str, str]:
        # through the hub's own driver: two SQLite libraries on one file in one process break its locks
        with self.store.reading() as s:
            return dict(s.execute(select(HubReceived.op_id, HubReceived.result)).all())

    @precondition(lambda self: hasattr(self, "laptops"))
    @invariant()
    def nothing_vanished(self) -> None:
        received = self._received()
        with self.store.reading() as s:
            applied = set(s.scalars(select(Operation.op_id)))
        assert {op for op, result in received.items() if result == "accepted"} <= applied

    def teardown(self) -> None:
        if not hasattr(self, "laptops"):
            return
        try:
            for _ in range(2):
                for db in self.laptops:
                    sync(db, transport=self.link)
            with self.store.reading() as s:
                expected = dump_text(s)
            received = self._received()
            for db in self.laptops:
                with db.reading() as s:
                    assert dump_text(s) == expected
                    local = s.scalars(select(Operation.op_id).where(Operation.origin == "local")).all()
                vanished = [op for op in local if op not in received]
                assert not vanished, f"operations vanished: {vanished} after {self.log}"
        finally:
            for db in self.laptops:
                db.close()
            self.client.close()
            self.store.close()
            self.drop()
            shutil.rmtree(self.tmp, ignore_errors=True)


class ThreeLaptopsOnPostgres(ThreeLaptops):
    postgres = True


EMPTY_TEMPLATE = Path()
PG_ADMIN = ""


@pytest.fixture(autouse=True)
def _fast_retries(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, empty_template: Path) -> None:
    global EMPTY_TEMPLATE, PG_ADMIN
    EMPTY_TEMPLATE = empty_template
    if request.cls is ThreeLaptopsOnPostgres.TestCase:
        PG_ADMIN = postgres_admin_url()
    monkeypatch.setattr(client_module.time, "sleep", lambda _s: None)


for machine in (ThreeLaptops, ThreeLaptopsOnPostgres):
    machine.TestCase.settings = settings(max_examples=EXAMPLES, stateful_step_count=12, deadline=None)
test_three_laptops_converge_through_a_bad_link = ThreeLaptops.TestCase
test_three_laptops_converge_through_a_bad_link_on_postgres = ThreeLaptopsOnPostgres.TestCase
