"""The bundle's fast paths write and read what the careful ones did: a laptop's lines written by SQLite are the
operations ``wire_text`` writes (odd text, time stamps with and without a fraction, one stored otherwise), and
the hub takes them in with the digests an HTTP push gives them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from sqlalchemy import select, text

from fieldapp.model import Operation
from fieldapp.server import bundles
from fieldapp.server.store import HubReceived
from fieldapp.sync import bundle as fab
from fieldapp.sync import bundle_client, client
from fieldapp.sync.wire import digest, wire_text
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
