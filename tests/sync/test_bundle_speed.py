"""The bundle's fast paths write and read what the careful ones did: a laptop's lines written by SQLite are the
operations ``wire_text`` writes (odd text, time stamps with and without a fraction, one stored otherwise), and
the hub takes them in with the digests an HTTP push gives them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import orjson
import pytest
from sqlalchemy import select, text

from fieldapp.db.history import schema_version
from fieldapp.model import Operation
from fieldapp.server import bundles
from fieldapp.server.store import HubReceived
from fieldapp.sync import bundle as fab
from fieldapp.sync import bundle_client, client
from fieldapp.sync.bundle import BundleError
from fieldapp.sync.wire import (
    MalformedOperation,
    ServedOp,
    WireOp,
    digest,
    parse_ops,
    parse_served,
    wire_text,
)
from tests.sync.bundle_kit import Office, enrolled_laptop
from tests.sync.conftest import Laptop, seed

ODD = 'О\'Брайен "в кавычках" \\ обратная\nстрока\tтаб \x01\x1f \u2028 😀 Әә Ғғ Ққ'


@pytest.fixture
def laptop(office: Office, tmp_path: Path, empty_template: Path) -> Iterator[Laptop]:
    made = enrolled_laptop(office, tmp_path, empty_template, "A")
    seed(made.db)
    with made.db.transaction() as s:  # what a person may type, and time stamps as an older file may hold them
        ids = [op_id for op_id, in s.execute(text("SELECT op_id FROM operation ORDER BY seq"))]
        s.execute(text("UPDATE operation SET user_name = :odd, reason = :odd WHERE op_id = :id"),
                  {"odd": ODD, "id": ids[1]})
        s.execute(text("UPDATE operation SET at = '2026-12-04 10:00:00.000000' WHERE op_id = :id"), {"id": ids[2]})
        s.execute(text("UPDATE operation SET at = '2026-12-04 10:00:00' WHERE op_id = :id"), {"id": ids[3]})
        s.execute(text("UPDATE operation SET at = '2026-12-04 10:00:00.5' WHERE op_id = :id"), {"id": ids[4]})
        s.execute(text("UPDATE operation SET tx_id = NULL, reason = '' WHERE op_id = :id"), {"id": ids[5]})
    yield made
    made.db.close()


def test_a_laptops_lines_written_by_sqlite_are_the_operations_wire_text_writes(laptop: Laptop) -> None:
    with laptop.db.transaction() as s:  # a NUL (the hub refuses it, but both writers must write it alike)
        s.execute(text("UPDATE operation SET user_name = :nul WHERE seq = 7"), {"nul": "a\x00b"})
    rows = client._pending(laptop.db, 1000, changes_text=True)
    lines = client._pending(laptop.db, 1000, lines=True)
    assert len(rows) == len(lines) > 10
    for row, line in zip(rows, lines, strict=True):
        assert line.line.endswith(b"\n") and line.line.count(b"\n") == 1
        assert (line.op_id, line.device_id, line.seq, line.tx_id) == (row.op_id, row.device_id, row.seq, row.tx_id)
        written = orjson.loads(line.line)
        assert written == orjson.loads(wire_text(row._mapping))
        assert written["at"] == row.at.isoformat() and digest(written) == digest(orjson.loads(wire_text(row._mapping)))
    by_id = {line.op_id: orjson.loads(line.line) for line in lines}
    assert "a\x00b" in {wire["user_name"] for wire in by_id.values()}
    odd = [wire for wire in by_id.values() if wire["user_name"] == ODD]
    assert len(odd) == 1 and odd[0]["reason"] == ODD
    assert {"2026-12-04T10:00:00", "2026-12-04T10:00:00.500000"} <= {wire["at"] for wire in by_id.values()}
    with laptop.db.reading() as s:  # the two time stamps not stored as SQLAlchemy stores them: by wire_text
        left = s.execute(text(f"SELECT at FROM operation WHERE {client._wire_line_sql()} IS NULL ORDER BY seq"))
        assert left.scalars().all() == ["2026-12-04 10:00:00", "2026-12-04 10:00:00.5"]


def test_a_bundle_carries_every_line_and_the_hub_takes_them_with_the_digests_of_http(
        office: Office, laptop: Laptop, tmp_path: Path) -> None:
    with laptop.db.reading() as s:
        history = {op.op_id: digest(orjson.loads(wire_text(row._mapping)))
                   for op, row in zip(s.scalars(select(Operation).order_by(Operation.seq)),
                                      client._pending(laptop.db, 1000, changes_text=True), strict=True)}
    exported = bundle_client.export_bundle(laptop.db, tmp_path / "a.fab")
    assert exported.ops == len(history)
    assert exported.manifest["ops"] == {laptop.db.device().device_id: [1, len(history)]}
    taken = bundles.import_bundle(office.store, tmp_path / "a.fab")
    assert taken.results["accepted"] == len(history)
    with office.store.reading() as s:
        received = dict(s.execute(select(HubReceived.op_id, HubReceived.digest)).all())
    assert received == history


def test_the_lines_end_on_a_whole_action_as_pending_operations_do(laptop: Laptop) -> None:
    devices = client._local_devices(laptop.db)
    for limit in (1, 3, 7, 1000):
        rows = client._pending(laptop.db, limit, changes_text=True, devices=devices)
        lines = client._pending(laptop.db, limit, lines=True, devices=devices)
        assert [line.op_id for line in lines] == [row.op_id for row in rows]
        assert len(lines) >= limit or limit == 1000  # an action is never cut: more than asked when it is longer
    first = client._pending(laptop.db, 1, lines=True, devices=devices)
    sent = {first[-1].device_id: first[-1].seq}
    after = client._pending(laptop.db, 1, lines=True, devices=devices, sent=sent)
    assert after and after[0].seq == first[-1].seq + 1  # the next ones, from where the last call stopped


def test_the_replys_answers_are_the_bytes_the_careful_writer_writes() -> None:
    usual = {"op_id": "a", "result": "accepted", "server_seq": 7, "rank": None, "reason": None, "code": None,
             "params": None, "conflicts": []}
    answers = [
        usual,
        {**usual, "result": "clash", "server_seq": None, "reason": "Әә “кавычки” \\ \n", "clash_seq": 3},
        {**usual, "server_seq": 2**64 + 5},  # beyond 64 bits: orjson refuses it, json writes it
        {**usual, "rank": 1e16},  # a fraction (as a future answer might hold): json's spelling, not orjson's
        {**usual, "result": "rejected", "code": "rules.scope", "params": {"amount": 0.1, "n": 2}},
        {**usual, "result": "conflict", "conflicts": [{"id": "c", "values": [1.5e300, float("nan")]}]},
        {**usual, "extra": {"x": 2.5e-7}},  # a field the answer does not have
        {**usual, 5: "a key that is not text"},
    ]
    assert bundles.answers_jsonl(answers) == fab.jsonl(answers)
    assert bundles.answers_jsonl([]) == b""


def _sealed(laptop: Laptop, path: Path, lines: list[bytes]) -> Path:
    """A bundle signed and sealed with the laptop's keys holding these lines as they are."""
    me = bundle_client.identity_of(laptop.db)
    fab.write_bundle(path, kind="laptop", deployment=me.deployment, sender=me.device, recipient=fab.HUB,
                     schema_version=schema_version(), keys=me.keys, recipient_box=me.hub_box,
                     members={fab.OPERATIONS: b"".join(lines)},
                     fields={"cursor": 0, "local_device": laptop.db.device().device_id, "ops": {}, "files": {}})
    return path


def test_a_bad_line_in_the_middle_is_named_and_nothing_is_written(
        office: Office, laptop: Laptop, tmp_path: Path) -> None:
    """The lines are read by pydantic straight from their bytes; a line it refuses is read again the careful
    way, which names it: the same refusal as ever, and the hub as it was."""
    lines = [op.line for op in client._pending(laptop.db, 1000, lines=True)]
    assert len(lines) > 10
    middle = len(lines) // 2
    wire = orjson.loads(lines[middle])
    cases = {
        "not JSON": (b'{"op_id": "cut short\n', f"line {middle + 1} of operations.jsonl is not JSON"),
        "not an object": (b"[1, 2]\n", f"line {middle + 1} of operations.jsonl is not an object"),
        "a wrong field": (orjson.dumps({**wire, "seq": -1}) + b"\n",
                          f"operation {middle + 1}: field 'seq' is wrong"),
        "a missing field": (orjson.dumps({k: v for k, v in wire.items() if k != "hlc"}) + b"\n",
                            f"operation {middle + 1}: field 'hlc' is missing"),
        "a pair of three": (orjson.dumps({**wire, "changes": {"notes": [None, "a", "b"]}}) + b"\n",
                            f"operation {middle + 1}: field 'changes.notes' is wrong"),
    }
    before = office.state()
    for name, (line, message) in cases.items():
        bad = _sealed(laptop, tmp_path / f"{name}.fab", [*lines[:middle], line, *lines[middle + 1:]])
        with pytest.raises(BundleError) as refused:
            bundles.import_bundle(office.store, bad)
        assert message in str(refused.value), (name, str(refused.value))
        assert office.state() == before, name
    taken = bundles.import_bundle(office.store, _sealed(laptop, tmp_path / "good.fab", lines))
    assert taken.results["accepted"] == len(lines)


def test_the_lines_read_from_their_bytes_are_what_the_careful_reading_gives(laptop: Laptop) -> None:
    """Whatever a line holds, ``Bundle.operations`` takes what orjson or ``json`` line by line then pydantic took
    (an integer beyond 64 bits, NaN, escapes, a key twice) or refuses it as they did; a line only ``json`` reads
    (a lone surrogate: its digest could not even be taken) is refused, naming it, as an HTTP push refuses it."""
    wire = orjson.loads(client._pending(laptop.db, 1, lines=True)[0].line)
    plain = orjson.dumps(wire)
    changes = [b'{"n":[null,123456789012345678901234567]}', b'{"n":[null,NaN]}', b'{"n":[1.5e300,-0.0]}',
               b'{"n":[null,"\\u00e4\\ud83d\\ude00 \\u04d9"]}', b'{"n":[null,1e400]}', b'{"n":[null,0.1]}',
               b'{"n":[null,{"deep":[1,[2,{"x":null}]]}]}', b'{"n":[null,true],"n":[false,null]}',
               b'{"n":[null]}', b'{"n":"x"}', b'[]']
    for served in (False, True):
        end = b',"server_seq":3,"rank":null}' if served else b"}"
        for change in changes:
            line = plain[:-1] + b',"changes":' + change + end
            bundle = fab.Bundle({}, {fab.OPERATIONS: plain + b"\n" + line + b"\n"})
            try:
                careful: Any = (parse_served if served else parse_ops)(bundle.lines(fab.OPERATIONS))
            except (MalformedOperation, BundleError) as exc:
                careful = exc
            try:
                fast: Any = bundle.operations(fab.OPERATIONS, served=served)
            except (MalformedOperation, BundleError) as exc:
                fast = exc
            if isinstance(careful, Exception):
                assert type(fast) is type(careful) and str(fast) == str(careful), change
            else:  # (compared as text: NaN is never equal to itself)
                assert repr([op.wire() for op in fast]) == repr([op.wire() for op in careful]), change
                assert all(type(op) is (ServedOp if served else WireOp) for op in fast)
                assert [digest(op) for op in fast] == [digest(op) for op in careful]
        for odd in (plain[:-1] + b',"changes":{"n":[null,"\\ud800"]}' + end, b"\xef\xbb\xbf" + plain,
                    (plain.decode()[:-1] + end.decode()).encode("utf-16")):
            bundle = fab.Bundle({}, {fab.OPERATIONS: plain + b"\n" + odd + b"\n" + plain + b"\n"})
            with pytest.raises(BundleError, match="line 2 of operations.jsonl is not JSON as FieldApp writes it"):
                bundle.operations(fab.OPERATIONS, served=served)


def test_the_hubs_batches_never_split_an_action_and_fill_up_to_their_size() -> None:
    def op(number: int, tx: str | None) -> Any:
        return SimpleNamespace(seq=number, tx_id=tx)

    ops = [op(n, tx) for n, tx in enumerate(
        [None, "a", "a", "a", None, None, "b", "b", "c", "c", "c", "c", "c", "c", "c", None, "d", "d", "", ""], 1)]
    for size in (1, 2, 3, 5, 7, 20, 5000):
        batches = bundles._batches(ops, size)
        assert [item for batch in batches for item in batch] == ops
        for number, batch in enumerate(batches):
            last = number == len(batches) - 1
            # full unless it is the last; longer only while one action goes on
            assert len(batch) >= size or last
            assert all(batch[i].tx_id and batch[i].tx_id == batch[i - 1].tx_id for i in range(size, len(batch)))
            if not last:  # the next batch starts a new action (or none)
                following = batches[number + 1][0]
                assert not following.tx_id or following.tx_id != batch[-1].tx_id
    assert bundles._batches([], 5) == []
