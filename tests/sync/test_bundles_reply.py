"""The hub's reply to a laptop's bundle: what it carries back. A laptop's own operations never come back to it
(a moved file renews its device id, and its 100,000 operations under the earlier id once came straight back),
but another laptop's operations under a shared device id (a file copied by an older FieldApp) still do."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from fieldapp.db import open_database
from fieldapp.model import Locality, Operation, Person
from fieldapp.server import bundles
from fieldapp.sync import bundle as fab
from fieldapp.sync import bundle_client
from fieldapp.sync.wire import to_wire
from tests.sync.bundle_kit import Office, craft, enrolled_laptop, round_trip
from tests.sync.conftest import Laptop, copy_of_laptop, seed, take_numbers_of


def _served(laptop: Laptop, reply: Path) -> list[tuple[str, int]]:
    """The operations a reply carries (device id, number), opened with the laptop's keys (signature, payload)."""
    me = bundle_client.identity_of(laptop.db)
    bundle = fab.read_bundle(reply, deployment=me.deployment, me=me.device, box=me.keys.box,
                             sender_key=lambda _sender: me.hub_sign)
    return [(op["device_id"], op["seq"]) for op in bundle.lines(fab.OPERATIONS)]


def test_a_moved_file_is_not_answered_with_what_it_delivered_under_its_earlier_id(
        office: Office, tmp_path: Path, empty_template: Path) -> None:
    a = enrolled_laptop(office, tmp_path, empty_template, "A")
    b = enrolled_laptop(office, tmp_path, empty_template, "B")
    ids = seed(a.db)
    earlier = a.db.device().device_id
    a.db.close()
    shutil.copyfile(a.db.path, tmp_path / "moved.sqlite")
    moved = Laptop(open_database(tmp_path / "moved.sqlite"), "A")
    try:
        with b.db.transaction() as s:
            s.add(Locality(kind="settlement", name_ru="Шетпе"))
        round_trip(office, b, tmp_path, "-b")
        outgoing = tmp_path / "moved.fab"
        sent = bundle_client.export_bundle(moved.db, outgoing).ops
        assert moved.db.device().device_id != earlier  # the copy renewed its id before it wrote the bundle
        taken = bundles.import_bundle(office.store, outgoing)
        assert taken.reply is not None and taken.results["accepted"] == sent > 0
        served = _served(moved, taken.reply)
        assert served and {device for device, _seq in served} == {b.db.device().device_id}  # B's settlement only
        bundle_client.import_bundle(moved.db, taken.reply)
        with moved.db.reading() as s:  # its own operations counted delivered (from the answers), B's applied
            assert s.scalar(select(func.count()).select_from(Operation).where(
                Operation.origin == "local", Operation.server_seq.is_(None))) == 0
            assert s.scalar(select(func.count()).select_from(Locality).where(Locality.name_ru == "Шетпе")) == 1
            assert s.get(Person, ids["person1"]) is not None
            assert bundle_client.outgoing(moved.db)[1][fab.OPERATIONS] == b""  # nothing to send again
    finally:
        moved.db.close()
        b.db.close()


def test_operations_numbered_like_another_laptops_are_refused_and_that_laptops_still_come_back(
        office: Office, tmp_path: Path, empty_template: Path) -> None:
    """B sends operations under A's device id and numbers (a copy of A's file made by an older FieldApp): the hub
    refuses them as a clash, so the reply still brings B what the hub holds from A under those numbers."""
    a = enrolled_laptop(office, tmp_path, empty_template, "A")
    b = enrolled_laptop(office, tmp_path, empty_template, "B")
    try:
        seed(a.db)
        round_trip(office, a, tmp_path, "-a")
        with a.db.reading() as s:
            mine = [to_wire(op) for op in s.scalars(select(Operation).where(Operation.origin == "local")
                                                     .order_by(Operation.seq))]
        twin = [{**op, "op_id": op["op_id"][:-4] + "beef", "tx_id": None} for op in mine[-2:]]
        taken = bundles.import_bundle(office.store, craft(b, tmp_path / "twin.fab", twin))
        assert taken.results["clash"] == 2
        assert taken.delivered == {}  # nothing of B's under A's id is the hub's
        served = _served(b, taken.reply)
        held = {(op["device_id"], op["seq"]) for op in mine}
        assert held <= set(served)  # A's operations, those under the clashed numbers too
    finally:
        a.db.close()
        b.db.close()


def test_a_copy_made_by_an_older_fieldapp_keeps_its_work_and_gets_the_originals_by_bundle(
        office: Office, tmp_path: Path, empty_template: Path) -> None:
    """A's file copied (with A's enrolment) by an older FieldApp: the twin numbers its changes under A's device
    id. Its bundle is answered "clash" for them; the reply is taken (not refused as malformed), the twin numbers
    them anew and sends them in its next bundle, and A's changes under the shared numbers still reach it."""
    a = enrolled_laptop(office, tmp_path, empty_template, "A")
    ids = seed(a.db)
    round_trip(office, a, tmp_path, "-a1")
    twin = copy_of_laptop(a, tmp_path / "twin.sqlite", "A")
    try:
        with twin.db.transaction() as s:  # the twin's identity was checked (and renewed) ...
            s.get(Person, ids["person1"]).notes = "first note on the twin"
        original = a.db.device()
        take_numbers_of(twin, a)  # ... yet it carries A's numbers, as an older FieldApp's copy did
        with a.db.transaction() as s:
            s.get(Person, ids["person0"]).notes = "from the original"
        round_trip(office, a, tmp_path, "-a2")
        with twin.db.transaction() as s:
            s.add(Person(full_name="Жаңа қатысушы", settlement_id=ids["kuryk"]))
            s.get(Person, ids["person2"]).notes = "from the twin"
        outgoing = tmp_path / "twin-1.fab"
        bundle_client.export_bundle(twin.db, outgoing)
        taken = bundles.import_bundle(office.store, outgoing)
        assert taken.results["clash"] == 2 and taken.results["accepted"] == 1  # the note under its renewed id
        back = bundle_client.import_bundle(twin.db, taken.reply)
        assert any("copied" in line for line in back.report.notes)
        assert twin.db.device().device_id != original.device_id  # its changes numbered anew under an id of its own
        with twin.db.reading() as s:
            assert s.get(Person, ids["person0"]).notes == "from the original"  # A's, under the shared numbers
        round_trip(office, twin, tmp_path, "-t2")  # one bundle: what waits under each of its device ids
        round_trip(office, a, tmp_path, "-a3")
        for laptop in (a, twin):
            with laptop.db.reading() as s:
                assert s.get(Person, ids["person0"]).notes == "from the original"
                assert s.get(Person, ids["person1"]).notes == "first note on the twin"
                assert s.get(Person, ids["person2"]).notes == "from the twin"
                assert s.scalar(select(func.count()).select_from(Person).where(
                    Person.full_name == "Жаңа қатысушы")) == 1
        with office.store.reading() as s:
            assert s.scalar(select(func.count()).select_from(Person).where(Person.full_name == "Жаңа қатысушы")) == 1
    finally:
        twin.db.close()
        a.db.close()
