"""Two push requests in flight (``GET /status``'s ``pushes_in_flight``, ``server/push_order.py``): the hub reads
and checks the second while it merges the first, and merges them in the laptop's order; a batch whose
predecessor did not reach the hub is refused whole (412) and sent again; an older hub gets one at a time."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from sqlalchemy import func, select
from starlette.testclient import TestClient

import fieldapp.server.workers as workers_module
from fieldapp.gc_pause import paused
from fieldapp.model import Locality, Operation, Person
from fieldapp.server.app import create_app
from fieldapp.server.enrolment import issue_code, redeem
from fieldapp.server.store import HubReceived, open_store
from fieldapp.sync import client
from fieldapp.sync.wire import WireOp
from tests.sync.conftest import (
    HubProcess,
    assert_converged,
    fresh_postgres_database,
    postgres_admin_url,
    push_bodies,
)


def _last_op(body: bytes) -> str:
    return str(orjson.loads(body)["ops"][-1]["op_id"])


@pytest.fixture
def own_hub(tmp_path: Path, hub_database: str | None) -> Any:
    """A hub in this process (its parsing can be held back), on this run's database, and a device's token."""
    database, drop = (fresh_postgres_database(postgres_admin_url()) if hub_database else (None, lambda: None))
    store = open_store(tmp_path / "own-hub", database)
    token, _device = redeem(store, issue_code(store, "Құрық"))
    yield store, {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    store.close()
    drop()


def test_two_pushes_in_flight_are_merged_in_the_laptops_order_even_when_the_second_is_read_first(
        tmp_path: Path, own_hub: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second batch holds people of the settlement the first creates: it is read and checked first (the
    first batch's parsing is held until it is), waits for the first, and is merged after it. The collector
    comes back only once both batches' operations are dropped."""
    store, headers = own_hub
    first, second = push_bodies(tmp_path, 300)
    parse, second_read = workers_module.parse_push, threading.Event()

    def held_parse(body: bytes) -> list[WireOp]:
        if body == first:
            assert second_read.wait(20), "the second batch was not read while the first was held"
        ops = parse(body)
        if body == second:
            second_read.set()
        return ops

    alive_at_enable: list[int] = []
    enable = gc.enable

    def counting_enable() -> None:
        alive_at_enable.append(sum(1 for o in gc.get_objects() if type(o) is WireOp))
        enable()

    monkeypatch.setattr(workers_module, "parse_push", held_parse)
    answers: dict[str, httpx.Response] = {}
    with TestClient(create_app(store)) as http:
        monkeypatch.setattr(gc, "enable", counting_enable)

        def post(name: str, body: bytes, **order: str) -> None:
            answers[name] = http.post("/ops", content=body, headers={**headers, **order})

        one = threading.Thread(target=post, args=("first", first), kwargs={client.PUSH_LAST: _last_op(first)})
        one.start()
        time.sleep(0.2)  # the first request is on its way before the second leaves, as the laptop sends them
        two = threading.Thread(target=post, args=("second", second),
                               kwargs={client.PUSH_AFTER: _last_op(first), client.PUSH_LAST: _last_op(second)})
        two.start()
        one.join(60)
        two.join(60)
        monkeypatch.setattr(gc, "enable", enable)
    assert second_read.is_set()
    assert answers["first"].status_code == answers["second"].status_code == 200
    results = {name: answer.json()["results"] for name, answer in answers.items()}
    assert {r["result"] for rs in results.values() for r in rs} == {"accepted"}
    assert max(r["server_seq"] for r in results["first"]) < min(r["server_seq"] for r in results["second"])
    assert alive_at_enable and set(alive_at_enable) == {0}
    with store.reading() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 300


def test_a_push_whose_batch_before_failed_is_refused_whole(tmp_path: Path, own_hub: Any) -> None:
    store, headers = own_hub
    first, second = push_bodies(tmp_path, 40)
    broken = first.replace(b'"seq":', b'"seq":"', 1)  # not a number: the whole push is refused (422)
    with TestClient(create_app(store)) as http:
        assert http.post("/ops", content=broken, headers={**headers, client.PUSH_LAST: _last_op(first)}
                         ).status_code == 422
        refused = http.post("/ops", content=second, headers={**headers, client.PUSH_AFTER: _last_op(first)})
        assert refused.status_code == 412 and refused.json()["code"] == "push.earlier_missing"
        with store.reading() as s:
            assert s.scalar(select(func.count()).select_from(HubReceived)) == 0
            assert s.scalar(select(func.count()).select_from(Person)) == 0
        # sent again in order, both are taken
        assert http.post("/ops", content=first, headers=headers).status_code == 200
        again = http.post("/ops", content=second, headers={**headers, client.PUSH_AFTER: _last_op(first)})
        assert again.status_code == 200 and {r["result"] for r in again.json()["results"]} == {"accepted"}
        assert http.get("/status", headers=headers).json()["pushes_in_flight"] == 2
    with store.reading() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 40


def _people_in_actions(db: Any, actions: int, each: int) -> int:
    """A settlement, then ``actions`` actions of ``each`` people living there: several batches, the later ones
    needing what the first creates. Returns how many operations that made."""
    with db.transaction() as s:
        village = Locality(kind="settlement", name_ru="Шетпе")
        s.add(village)
    for action in range(actions):
        with db.transaction() as s:
            s.add_all(Person(full_name=f"Әлия Нұрланова {action}-{i}", settlement_id=village.id)
                      for i in range(each))
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Operation).where(Operation.origin == "local")) or 0


class _Watching(httpx.HTTPTransport):
    """The laptop's way to a real hub, watched: how many pushes are on their way at once, their ordering
    headers and answers; ``old_hub`` takes ``pushes_in_flight`` out of ``/status`` (a hub before it); ``lose_first``
    holds the first push until the second is answered, then loses it (a cut link)."""

    def __init__(self, old_hub: bool = False, lose_first: bool = False) -> None:
        super().__init__()
        self.old_hub, self.lose_first = old_hub, lose_first
        self.lock = threading.Lock()
        self.pushes = self.on_way = self.most_at_once = 0
        self.headers: list[tuple[str | None, str | None]] = []
        self.statuses: list[int] = []
        self.second_answered = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/status" and self.old_hub:
            response = super().handle_request(request)
            answer = orjson.loads(response.read())
            answer.pop("pushes_in_flight")
            return httpx.Response(200, json=answer)
        if request.method != "POST" or request.url.path != "/ops":
            return super().handle_request(request)
        with self.lock:
            self.pushes += 1
            number = self.pushes
            self.on_way += 1
            self.most_at_once = max(self.most_at_once, self.on_way)
            self.headers.append((request.headers.get(client.PUSH_AFTER), request.headers.get(client.PUSH_LAST)))
        try:
            if number == 1 and self.lose_first:
                assert self.second_answered.wait(30)
                raise httpx.ReadError("the first batch was lost on the way")
            time.sleep(0.1)  # a link's latency: a second request has the time to leave
            response = super().handle_request(request)
            response.read()
            with self.lock:
                self.statuses.append(response.status_code)
            if number == 2:
                self.second_answered.set()
            return response
        finally:
            with self.lock:
                self.on_way -= 1


def _hub_holds(hub: HubProcess) -> tuple[int, int]:
    [(total, distinct)] = hub.query("SELECT count(*), count(DISTINCT op_id) FROM operation")
    return total, distinct


@pytest.mark.parametrize("old_hub", [False, True], ids=["hub-takes-two", "older-hub"])
def test_a_laptop_keeps_two_pushes_in_flight_only_when_the_hub_says_it_can(
        laptops: Any, hub: HubProcess, old_hub: bool) -> None:
    a, b = laptops("A"), laptops("B")
    made = _people_in_actions(a.db, 40, 12)
    watching = _Watching(old_hub=old_hub)
    report = a.sync(transport=watching)
    assert report.sent == made and watching.pushes >= 3
    assert set(watching.statuses) == {200}
    if old_hub:  # one at a time, without the headers an older hub would not understand
        assert watching.most_at_once == 1
        assert set(watching.headers) == {(None, None)}
    else:
        assert watching.most_at_once == 2
        assert watching.headers[0][0] is None and all(last for _after, last in watching.headers)
        assert [after for after, _last in watching.headers[1:]] == [last for _after, last in watching.headers[:-1]]
    assert _hub_holds(hub) == (made, made)
    b.sync()
    assert_converged(hub, a, b)


def test_when_the_first_of_two_is_lost_the_second_is_refused_and_both_are_sent_again(
        laptops: Any, hub: HubProcess) -> None:
    a, b = laptops("A"), laptops("B")
    made = _people_in_actions(a.db, 40, 12)
    watching = _Watching(lose_first=True)
    report = a.sync(transport=watching)
    assert watching.statuses[0] == 412  # the second: its batch before never reached the hub
    assert report.sent == made
    assert _hub_holds(hub) == (made, made)
    with a.db.reading() as s:  # every operation recorded with the hub's number, none twice
        assert s.scalar(select(func.count()).select_from(Operation).where(
            Operation.origin == "local", Operation.server_seq.is_(None))) == 0
    b.sync()
    assert_converged(hub, a, b)


def test_the_collector_comes_back_when_the_last_of_two_batches_ends() -> None:
    """Two threads' batches share the collector's pause: it is on again only when both have ended."""
    assert gc.isenabled()
    inside, leave = threading.Event(), threading.Event()

    def batch() -> None:
        with paused():
            inside.set()
            leave.wait(10)

    other = threading.Thread(target=batch)
    with paused():
        other.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the other batch is still being worked on
    leave.set()
    other.join(10)
    assert gc.isenabled()


def test_a_push_stopped_between_batches_records_only_what_the_hub_answered_and_goes_on_next_time(
        laptops: Any, hub: HubProcess) -> None:
    a, b = laptops("A"), laptops("B")
    made = _people_in_actions(a.db, 40, 12)
    watching = _Watching()
    with pytest.raises(client.Stopped):
        a.sync(transport=watching, stop=lambda: len(watching.statuses) >= 2)
    with a.db.reading() as s:
        recorded = set(s.scalars(select(Operation.op_id).where(Operation.origin == "local",
                                                               Operation.server_seq.is_not(None))))
    held = {op_id for (op_id,) in hub.query("SELECT op_id FROM operation")}
    assert 0 < len(recorded) < made and recorded <= held
    assert a.sync().sent == made - len(recorded)
    assert _hub_holds(hub) == (made, made)
    b.sync()
    assert_converged(hub, a, b)


def test_a_copied_laptops_clashing_numbers_with_two_pushes_in_flight_are_numbered_anew_and_all_arrive(
        laptops: Any, hub: HubProcess, tmp_path: Path) -> None:
    """The twin carries A's numbers (an older FieldApp's copy): its first batch is answered "clash", the one on
    its way behind it is refused (its batch before was not taken), and everything goes again under a new id."""
    from tests.sync.conftest import copy_of_laptop, take_numbers_of

    a, b = laptops("A"), laptops("B")
    with a.db.transaction() as s:  # A's own id settled before the copy
        s.add(Locality(kind="settlement", name_ru="Бейнеу"))
    twin = copy_of_laptop(a, tmp_path / "twin.sqlite", "twin")
    try:
        with twin.db.transaction() as s:  # the copy is seen as one (a new id) ...
            s.add(Locality(kind="settlement", name_ru="Жаңаөзен"))
        take_numbers_of(twin, a)  # ... yet it carries A's numbers, as an older FieldApp's copy did
        made_a = _people_in_actions(a.db, 30, 12)
        made_twin = _people_in_actions(twin.db, 30, 12)
        assert a.sync().sent == made_a
        watching = _Watching()
        report = twin.sync(transport=watching)
        assert report.sent == made_twin and any("copied" in note for note in report.notes)
        assert 412 in watching.statuses
        assert _hub_holds(hub) == (made_a + made_twin - 1, made_a + made_twin - 1)
        a.sync()
        b.sync()
        twin.sync()
        assert_converged(hub, a, twin, b)
    finally:
        twin.db.close()


def test_an_operation_the_hub_holds_with_other_content_is_refused_and_the_rest_go_on_with_two_in_flight(
        laptops: Any, hub: HubProcess, tmp_path: Path) -> None:
    """A copy of A sends A's operations again, one of them altered: its batch is refused (409), the altered one
    is set aside as refused and every other is answered as before (the one on its way behind the refused batch
    is dropped and sent again)."""
    from sqlalchemy import update

    from tests.sync.conftest import copy_of_laptop

    a = laptops("A")
    made = _people_in_actions(a.db, 40, 12)
    copy = copy_of_laptop(a, tmp_path / "copy.sqlite", "copy")
    try:
        assert a.sync().sent == made
        with copy.db.reading() as s:
            altered = s.scalars(select(Operation.op_id).where(Operation.table_name == "person")
                                .order_by(Operation.seq).offset(250).limit(1)).one()
        with copy.db.transaction() as s:
            s.execute(update(Operation).where(Operation.op_id == altered)
                      .values(changes={"full_name": [None, "Басқа есім"]}))
        watching = _Watching()
        report = copy.sync(transport=watching)
        assert report.rejected == 1 and report.sent == made - 1
        assert 409 in watching.statuses and watching.most_at_once == 2
        with copy.db.reading() as s:
            assert s.get(Operation, altered).origin == "refused"
        assert _hub_holds(hub) == (made, made)
        [(name,)] = hub.query(f"SELECT full_name FROM person WHERE id = (SELECT row_id FROM operation "
                              f"WHERE op_id = '{altered}')")
        assert name != "Басқа есім"
    finally:
        copy.db.close()


def test_a_push_is_prepared_before_its_go_ahead_and_nothing_of_it_again_under_the_write_lock(
        tmp_path: Path, own_hub: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each operation's digest, the checks of its shape, its history row and the row an insert makes by itself
    are worked out before the push asks for its go-ahead (in a worker: while the batch before merges); the merge,
    under the write lock, works none of them out again, and writes the laptop's rows."""
    import collections

    import fieldapp.server.hub as hub_module
    import fieldapp.server.rules as rules_module
    import fieldapp.sync.merge as merge_module
    from fieldapp.server.hub import Hub

    store, _headers = own_hub
    body, _second = push_bodies(tmp_path, 40)
    sent = orjson.loads(body)["ops"]
    counts: collections.Counter[str] = collections.Counter()

    def counted(name: str, function: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            counts[name] += 1
            return function(*args, **kwargs)
        return call

    monkeypatch.setattr(hub_module, "digest", counted("digest", hub_module.digest))
    monkeypatch.setattr(rules_module, "shape_refusal", counted("shape", rules_module.shape_refusal))
    monkeypatch.setattr(hub_module, "row_of", counted("row", hub_module.row_of))
    monkeypatch.setattr(hub_module, "fold", counted("fold", hub_module.fold))
    monkeypatch.setattr(merge_module, "fold", counted("fold", merge_module.fold))
    before_go: dict[str, int] = {}

    def go() -> bool:
        before_go.update(counts)
        counts.clear()
        return True

    _token, device = redeem(store, issue_code(store, "Қостанай"))
    status, answer = workers_module.take_push(Hub(store), device, body, None, go)
    assert status == 200, answer
    assert {r["result"] for r in orjson.loads(answer)["results"]} == {"accepted"}
    inserts = sum(op["kind"] == "insert" for op in sent)
    assert inserts == len(sent) == 20  # the settlement and 19 people
    assert before_go == {"digest": 20, "shape": 20, "row": 20, "fold": 20}
    assert counts == {}
    with store.reading() as session:
        assert sorted(session.scalars(select(Person.full_name))) == sorted(
            op["changes"]["full_name"][1] for op in sent if op["table_name"] == "person")
        assert session.scalar(select(func.count()).select_from(HubReceived)) == 20


def test_a_value_the_hub_cannot_read_refuses_its_operation_and_a_parked_one_is_never_read(
        tmp_path: Path, own_hub: Any) -> None:
    """Preparing reads an operation's values before the hub knows whether it will write it: one from a newer
    FieldApp with a date in a newer spelling is kept aside as before (never read here), one refused for another
    reason as before; one whose values this hub cannot read — a date that is none, an integer beyond 64 bits, a
    number where a phone is text (its search key, in an insert or an update), an amount that is not a number — is
    refused with the field named (``sync.bad_value``), the rest of the push taken: it was a 503 for every
    resend."""
    from fieldapp.db.history import schema_version
    from fieldapp.ids import new_id
    from fieldapp.server.hub import Hub

    store, _headers = own_hub
    _token, device = redeem(store, issue_code(store, "Ақтау"))
    laptop = new_id()

    def insert(seq: int, newer: bool = False, **changes: Any) -> dict[str, Any]:
        row = new_id()
        return {"op_id": new_id(), "device_id": laptop, "seq": seq, "hlc": f"1764900000000-{seq}-{laptop[-8:]}",
                "schema_version": schema_version() + newer, "at": "2026-12-05T10:00:00+05:00",
                "user_name": "Әсел", "table_name": "person", "row_id": row, "kind": "insert",
                "changes": {"id": [None, row], "full_name": [None, f"Қайрат {seq}"],
                            "created_at": [None, "2026-12-05T05:00:00"], "updated_at": [None, "2026-12-05T05:00:00"],
                            **{name: [None, value] for name, value in changes.items()}}}

    first = insert(1)
    ops_row = first["row_id"]  # the update below changes the person the first insert makes
    ops = [first, insert(2, newer=True, birth_date="2026-12-05T00:00:00"),
           insert(3, settlement_id=new_id(), birth_year=1990), insert(4, birth_date="күні белгісіз"),
           insert(5, birth_year=2**70), insert(6, phone=87021112233),
           {**insert(7), "table_name": "agreement", "kind": "update", "changes": {"amount": [None, "NaN"]}},
           {**insert(8), "row_id": ops_row, "kind": "update", "changes": {"phone": ["+77011234567", 87021112233]}}]
    for _attempt in range(2):  # and sent again, its answer lost: the same answers
        results = Hub(store).push(device, ops)
        assert [r["result"] for r in results] == ["accepted", "parked"] + ["rejected"] * 6, [r["reason"] for r in results]
        assert "refers to a locality the hub does not have" in results[2]["reason"]
        assert [r["reason"] for r in results[3:]] == [
            "person.birth_date: a value the hub cannot read", "person.birth_year: a value the hub cannot read",
            "person.phone: a value the hub cannot read", "agreement.amount: a value the hub cannot read",
            "person.phone: a value the hub cannot read"]
    with store.reading() as session:
        assert session.scalars(select(Person.full_name)).all() == ["Қайрат 1"]
