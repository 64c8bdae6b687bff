"""Bundles by stick or e-mail: enrolment by file, export and import on both sides, acknowledgements, the same
bundle twice, bundles out of order, hostile and broken bundles refused with nothing written, a full disk or a
pulled stick during export, the head office's keys backed up and restored."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fieldapp.db import open_database
from fieldapp.model import Operation, Person
from fieldapp.server import bundles
from fieldapp.sync import bundle as fab
from fieldapp.sync import bundle_client
from fieldapp.sync.bundle import BundleError
from fieldapp.sync.files import queue_file
from fieldapp.sync.state import sync_state
from fieldapp.sync.wire import to_wire
from tests.sync.bundle_kit import (
    Office,
    craft,
    enrolled_laptop,
    fieldapp,
    laptop_state,
    rewrite,
    round_trip,
)
from tests.sync.conftest import Laptop, seed


@pytest.fixture
def laptop(office: Office, tmp_path: Path, empty_template: Path) -> Iterator[Laptop]:
    made = enrolled_laptop(office, tmp_path, empty_template, "A")
    yield made
    made.db.close()


def _pending(laptop: Laptop) -> int:
    with laptop.db.reading() as s:
        return sync_state(s).pending


def test_a_laptop_that_never_sees_the_network_syncs_by_stick_from_the_command_line(
        tmp_path: Path, empty_template: Path) -> None:
    hub, stick = tmp_path / "hub", tmp_path / "stick"
    stick.mkdir()
    issued = fieldapp("server", "enroll", "--data", hub, "--name", "Kuryk laptop", "--file", stick / "kuryk.json")
    assert issued.returncode == 0, issued.stderr
    for name in ("kuryk", "fort"):
        shutil.copyfile(empty_template, tmp_path / f"{name}.sqlite")
    db = open_database(tmp_path / "kuryk.sqlite")
    seed(db)
    db.close()
    enrolled = fieldapp("enroll", "--db", tmp_path / "kuryk.sqlite", "--file", stick / "kuryk.json")
    assert enrolled.returncode == 0 and "enrolled as Kuryk laptop" in enrolled.stdout, enrolled.stderr

    exported = fieldapp("bundle", "export", "--db", tmp_path / "kuryk.sqlite", "-o", stick / "kuryk.fab")
    assert exported.returncode == 0 and "18 operations" in exported.stdout, exported.stderr
    db = open_database(tmp_path / "kuryk.sqlite")
    assert _pending(Laptop(db, "kuryk")) == 18  # not delivered until the acknowledgement comes back
    db.close()

    taken = fieldapp("server", "import-bundle", "--data", hub, stick / "kuryk.fab")
    assert taken.returncode == 0 and "accepted 18 (18 new" in taken.stdout, taken.stderr
    assert (stick / "kuryk.ack.fab").exists()  # the acknowledgement, beside the imported bundle
    back = fieldapp("bundle", "import", "--db", tmp_path / "kuryk.sqlite", stick / "kuryk.ack.fab")
    assert back.returncode == 0 and "acknowledged 18" in back.stdout, back.stderr
    # the acknowledgement of an acknowledgement counts the round: never kuryk.ack.ack.fab
    assert f"acknowledgement for the hub: {stick / 'kuryk.ack-2.fab'}" in back.stdout
    assert (stick / "kuryk.ack-2.fab").exists() and not (stick / "kuryk.ack.ack.fab").exists()
    again = fieldapp("server", "import-bundle", "--data", hub, stick / "kuryk.ack-2.fab")
    assert again.returncode == 0 and f"acknowledgement for the laptop: {stick / 'kuryk.ack-3.fab'}" in again.stdout
    given = fieldapp("bundle", "import", "--db", tmp_path / "kuryk.sqlite", stick / "kuryk.ack-3.fab",
                     "--ack", stick / "kuryk-2")  # a name given without the suffix gets it once
    assert given.returncode == 0 and (stick / "kuryk-2.fab").exists(), given.stderr
    db = open_database(tmp_path / "kuryk.sqlite")
    assert _pending(Laptop(db, "kuryk")) == 0
    db.close()
    assert fieldapp("dump", "--db", tmp_path / "kuryk.sqlite").stdout == fieldapp("server", "dump", "--data", hub).stdout

    # a second laptop, enrolled by file too, receives everything with 'server export-bundle'
    assert fieldapp("server", "enroll", "--data", hub, "--name", "Fort laptop", "--file",
                    stick / "fort.json").returncode == 0
    assert fieldapp("enroll", "--db", tmp_path / "fort.sqlite", "--file", stick / "fort.json").returncode == 0
    made = fieldapp("server", "export-bundle", "--data", hub, "--device", "Fort laptop", "-o", stick / "fort")
    assert made.returncode == 0 and (stick / "fort.fab").exists(), made.stderr
    received = fieldapp("bundle", "import", "--db", tmp_path / "fort.sqlite", stick / "fort.fab")
    assert received.returncode == 0 and "received 18" in received.stdout, received.stderr
    assert fieldapp("dump", "--db", tmp_path / "fort.sqlite").stdout == fieldapp("server", "dump", "--data", hub).stdout
    unknown = fieldapp("server", "export-bundle", "--data", hub, "--device", "Nobody", "-o", stick / "x.fab")
    assert unknown.returncode == 1 and "no enrolled device 'Nobody'" in unknown.stderr


def test_proof_1_the_same_bundle_twice_and_the_same_acknowledgement_twice(
        office: Office, laptop: Laptop, tmp_path: Path) -> None:
    seed(laptop.db)
    outgoing = tmp_path / "a.fab"
    bundle_client.export_bundle(laptop.db, outgoing)
    first = fieldapp("server", "import-bundle", *office.args, outgoing)
    assert first.returncode == 0 and "accepted 18 (18 new" in first.stdout, first.stderr
    hub_state, reply = office.state(), fab.ack_path(outgoing).read_bytes()
    again = fieldapp("server", "import-bundle", *office.args, outgoing)
    assert again.returncode == 0 and "already imported: nothing new" in again.stdout, again.stderr
    assert office.state() == hub_state
    assert fab.ack_path(outgoing).read_bytes() != reply  # answered again (a new seal), with the same results

    ack = fab.ack_path(outgoing)
    once = fieldapp("bundle", "import", "--db", laptop.db.path, ack)
    assert once.returncode == 0 and "acknowledged 18" in once.stdout, once.stderr
    state = laptop_state(laptop.db)
    twice = fieldapp("bundle", "import", "--db", laptop.db.path, ack)
    assert twice.returncode == 0 and "acknowledged 0, received 0" in twice.stdout, twice.stderr
    assert laptop_state(laptop.db) == state
    assert _pending(laptop) == 0 and laptop.dump() == office.dump()


def test_proof_2_bundles_out_of_order_converge_and_a_gap_is_shown(
        office: Office, laptop: Laptop, tmp_path: Path, empty_template: Path) -> None:
    other = enrolled_laptop(office, tmp_path, empty_template, "B")
    ids = seed(other.db)
    round_trip(office, other, tmp_path)
    round_trip(office, laptop, tmp_path)
    # A writes two bundles without waiting (the second holds the first's operations too) ...
    with laptop.db.transaction() as s:
        s.add(Person(full_name="Первый", settlement_id=ids["kuryk"]))
    first = tmp_path / "a-1.fab"
    bundle_client.export_bundle(laptop.db, first)
    with laptop.db.transaction() as s:
        s.add(Person(full_name="Второй", settlement_id=ids["kuryk"]))
    second = tmp_path / "a-2.fab"
    bundle_client.export_bundle(laptop.db, second)
    # ... the hub takes in the second, then the first; the laptop reads the acknowledgements the other way round
    assert bundles.import_bundle(office.store, second).results == {"accepted": 2}
    state = office.state()
    assert bundles.import_bundle(office.store, first).new == 0
    assert office.state() == state  # the older bundle, late, changes nothing (not even what A acknowledged)
    assert bundle_client.import_bundle(laptop.db, fab.ack_path(second)).acknowledged == 2
    late = bundle_client.import_bundle(laptop.db, fab.ack_path(first))
    assert late.acknowledged == 0 and late.gap is None
    assert _pending(laptop) == 0 and laptop.dump() == office.dump()

    # a gap: A's database restored from a backup made before its last round, then the hub's next bundle
    backup = fieldapp("backup", "--db", laptop.db.path, "-o", tmp_path / "a-old.sqlite")
    assert backup.returncode == 0, backup.stderr
    for note in ("до", "после"):  # B changes something, A receives it (and acknowledges), B again
        with other.db.transaction() as s:
            s.get(Person, ids["person0"]).notes = note
        round_trip(office, other, tmp_path, f"-{note}")
        if note == "до":
            round_trip(office, laptop, tmp_path, "-3")
            bundles.import_bundle(office.store, fab.ack_path(fab.ack_path(tmp_path / "A-3.fab")))
    bundles.export_bundle(office.store, "A", tmp_path / "for-a.fab")
    restored = Laptop(open_database(tmp_path / "a-old.sqlite"), "A (restored)")
    try:
        shown = fieldapp("bundle", "import", "--db", restored.db.path, tmp_path / "for-a.fab")
        assert shown.returncode == 0, shown.stderr
        assert "note: gap: this bundle continues from the hub's operation" in shown.stdout
        assert _op_ids(restored.db) < _op_ids(office.store)  # B's "до" has not reached it
        # its acknowledgement tells the hub how far it really is; the next reply fills the gap
        bundles.import_bundle(office.store, fab.ack_path(tmp_path / "for-a.fab"))
        filled = bundle_client.import_bundle(restored.db, fab.ack_path(fab.ack_path(tmp_path / "for-a.fab")))
        assert filled.gap is None and filled.report.received > 0
        assert restored.dump() == office.dump() and _op_ids(restored.db) == _op_ids(office.store)
    finally:
        restored.db.close()


def _op_ids(side: Any) -> set[str]:
    with side.reading() as s:
        return set(s.scalars(select(Operation.op_id)))


def _flip(path: Path, target: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    target.write_bytes(bytes(data))
    return target


def _edited_manifest(path: Path, target: Path) -> Path:
    manifest = fab.peek(path)
    assert manifest is not None
    manifest["cursor"] = 10**6
    return rewrite(path, target, manifest_json=fab.jsonl([manifest]))


def _altered_payload(path: Path, target: Path) -> Path:
    with zipfile.ZipFile(path) as outer:
        payload = bytearray(outer.read(fab.PAYLOAD))
    payload[len(payload) // 2] ^= 0x01
    return rewrite(path, target, payload_enc=bytes(payload))  # a valid ZIP again, with its CRC recomputed


HOSTILE = {
    "altered payload": (_altered_payload, "the payload does not match its manifest"),
    "truncated": (lambda p, t: (t.write_bytes(p.read_bytes()[: p.stat().st_size // 2]), t)[1], "not a ZIP file"),
    "flipped byte": (_flip, "damaged or incomplete bundle (Bad CRC-32 for file 'payload.enc')"),
    "edited manifest": (_edited_manifest, "the signature does not match"),
    "bad signature": (lambda p, t: rewrite(p, t, manifest_sig=secrets.token_bytes(64)), "the signature does not match"),
    "not a bundle": (lambda p, t: (t.write_bytes(b"PK\x03\x04" + b"\0" * 100), t)[1], "not a ZIP file"),
}


@pytest.mark.one_backend
@pytest.mark.parametrize("damage", sorted(HOSTILE))
def test_proof_3_a_broken_or_hostile_bundle_is_refused_with_one_line_and_nothing_written(
        office: Office, laptop: Laptop, tmp_path: Path, damage: str) -> None:
    seed(laptop.db)
    good = tmp_path / "good.fab"
    bundle_client.export_bundle(laptop.db, good)
    make, message = HOSTILE[damage]
    bad = make(good, tmp_path / "bad.fab")
    before, files = office.state(), sorted(office.store.files_dir.iterdir())
    refused = fieldapp("server", "import-bundle", *office.args, bad)
    assert refused.returncode == 1 and refused.stdout == ""
    assert len(refused.stderr.strip().splitlines()) == 1 and message in refused.stderr, refused.stderr
    assert refused.stderr.startswith("fieldapp: bundle refused: ")
    assert office.state() == before and sorted(office.store.files_dir.iterdir()) == files
    assert not fab.ack_path(bad).exists()

    # the same damage to the hub's reply, at the laptop
    reply = bundles.import_bundle(office.store, good).reply
    assert reply is not None
    bad_reply = make(reply, tmp_path / "bad-reply.fab")
    before = laptop_state(laptop.db)
    refused = fieldapp("bundle", "import", "--db", laptop.db.path, bad_reply)
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert laptop_state(laptop.db) == before and not fab.ack_path(bad_reply).exists()


def test_proof_3_another_deployment_the_wrong_recipient_a_revoked_laptop_are_refused(
        office: Office, laptop: Laptop, tmp_path: Path, empty_template: Path) -> None:
    seed(laptop.db)
    other_office = Office(tmp_path / "other-hub")
    stranger = enrolled_laptop(other_office, tmp_path, empty_template, "C")
    second = enrolled_laptop(office, tmp_path, empty_template, "B")
    try:
        seed(stranger.db)
        foreign = tmp_path / "foreign.fab"
        bundle_client.export_bundle(stranger.db, foreign)
        mine = tmp_path / "a.fab"
        bundle_client.export_bundle(laptop.db, mine)
        reply = bundles.import_bundle(office.store, mine).reply
        assert reply is not None
        hub_state, b_state = office.state(), laptop_state(second.db)
        cases = [
            (("server", "import-bundle", *office.args, foreign), "belongs to another deployment"),
            (("server", "import-bundle", *office.args, reply), "is addressed to"),  # the hub's own reply
            (("bundle", "import", "--db", second.db.path, reply), "is addressed to"),  # A's reply, read by B
            (("bundle", "import", "--db", second.db.path, foreign), "belongs to another deployment"),
            (("bundle", "import", "--db", second.db.path, mine), "is addressed to hub"),
        ]
        for args, message in cases:
            refused = fieldapp(*args)
            assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1, refused.stderr
            assert message in refused.stderr, refused.stderr
        assert office.state() == hub_state and laptop_state(second.db) == b_state

        assert fieldapp("server", "revoke", *office.args, "--name", "A").returncode == 0
        hub_state = office.state()
        refused = fieldapp("server", "import-bundle", *office.args, mine)
        assert refused.returncode == 1 and "not an enrolled device here (or was revoked)" in refused.stderr
        assert office.state() == hub_state
    finally:
        stranger.db.close()
        second.db.close()
        other_office.close()


def test_a_signed_bundle_with_bad_content_is_refused_whole(office: Office, laptop: Laptop, tmp_path: Path) -> None:
    """What the signature cannot vouch for — the laptop's own operations — is still checked before writing."""
    seed(laptop.db)
    round_trip(office, laptop, tmp_path)
    with laptop.db.reading() as s:
        ops = [to_wire(op) for op in s.scalars(select(Operation).where(Operation.origin == "local")
                                                .order_by(Operation.seq))]
    fresh = {**ops[0], "op_id": "01a216c0-0000-7000-8000-0000000000aa", "seq": 100}
    reused = {**ops[-1], "changes": {"notes": [None, "другое"]}}
    cases = {
        "missing a field": ([fresh, {k: v for k, v in ops[1].items() if k != "hlc"}], "'hlc' is missing"),
        "same id, other content": ([fresh, reused], "already received with other content"),
        "newer than its bundle": ([{**fresh, "schema_version": 99}], "claims a newer schema than its bundle"),
        "twice": ([fresh, fresh], "the same operation twice"),
    }
    before = office.state()
    for name, (content, message) in cases.items():
        with pytest.raises(BundleError, match=message):
            bundles.import_bundle(office.store, craft(laptop, tmp_path / f"{name}.fab", content))
        assert office.state() == before, name
    # a file member named to climb out of the hub's files folder
    with laptop.db.reading() as s:
        me = bundle_client._identity(s)
    escape = "files/../../escaped"
    fab.write_bundle(tmp_path / "escape.fab", kind="laptop", deployment=me.deployment, sender=me.device,
                     recipient=fab.HUB, schema_version=4, keys=me.keys, recipient_box=me.hub_box,
                     members={fab.OPERATIONS: b"", escape: b"x"},
                     fields={"cursor": 0, "local_device": laptop.db.device().device_id, "ops": {},
                             "files": {"../../escaped": "transfer"}})
    with pytest.raises(BundleError, match="is not the file its name says"):
        bundles.import_bundle(office.store, tmp_path / "escape.fab")
    assert office.state() == before and not (office.data.parent / "escaped").exists()


@pytest.mark.one_backend
def test_an_oversized_bundle_is_refused_before_it_is_read(office: Office, laptop: Laptop, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    seed(laptop.db)
    outgoing = tmp_path / "a.fab"
    bundle_client.export_bundle(laptop.db, outgoing)
    monkeypatch.setattr(fab, "MAX_BUNDLE", outgoing.stat().st_size - 1)
    with pytest.raises(BundleError, match="too large for a bundle"):
        bundles.import_bundle(office.store, outgoing)


@contextlib.contextmanager
def _small_disk(path: Path) -> Iterator[bool]:
    """A 64 KiB tmpfs at ``path`` when this process may mount one (root in a container), else a plain folder."""
    path.mkdir()
    mounted = os.environ.get("FIELDAPP_TEST_TMPFS") != "0" and os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(path)], capture_output=True).returncode == 0
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", str(path)], check=True)


@pytest.mark.one_backend
def test_proof_4_a_full_disk_or_a_pulled_stick_during_export_leaves_nothing_under_the_final_name(
        office: Office, laptop: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed(laptop.db)
    photo = tmp_path / "scan.bin"
    photo.write_bytes(secrets.token_bytes(200_000))  # does not compress: more than the stick holds
    with _small_disk(tmp_path / "stick") as mounted:
        stick = tmp_path / "stick"
        earlier = stick / "a.fab"
        bundle_client.export_bundle(laptop.db, earlier)  # yesterday's bundle, small
        kept = earlier.read_bytes()
        with laptop.db.transaction() as s:
            queue_file(s, photo)
        before = laptop_state(laptop.db)
        if mounted:  # the real thing, from outside
            full_disk = fieldapp("bundle", "export", "--db", laptop.db.path, "-o", earlier)
            assert full_disk.returncode == 1 and "No space left on device" in full_disk.stderr, full_disk.stderr
            assert len(full_disk.stderr.strip().splitlines()) == 1
        else:  # no tmpfs here: the writes fail at the same point
            monkeypatch.setattr("fieldapp.sync.bundle.open", _FullDisk, raising=False)
            with pytest.raises(BundleError, match="No space left on device"):
                bundle_client.export_bundle(laptop.db, earlier)
            monkeypatch.undo()
        assert earlier.read_bytes() == kept and sorted(p.name for p in stick.iterdir()) == ["a.fab"]
        assert laptop_state(laptop.db) == before

    # the stick pulled out while the bundle is being made safe
    def pulled(fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    target = tmp_path / "usb"
    target.mkdir()
    monkeypatch.setattr(os, "fsync", pulled)
    with pytest.raises(BundleError, match="Input/output error"):
        bundle_client.export_bundle(laptop.db, target / "a.fab")
    with pytest.raises(BundleError, match="Input/output error"):
        bundles.export_bundle(office.store, "A", target / "for-a.fab")
    monkeypatch.undo()
    assert list(target.iterdir()) == []
    assert laptop_state(laptop.db) == before


class _FullDisk:
    """Stands in for open() in fieldapp.sync.bundle: writes fail as on a full disk once 64 KiB were written."""

    def __init__(self, path: Path, mode: str) -> None:
        self.fh = open(path, mode)
        self.name = str(path)
        self.written = 0

    def write(self, data: bytes) -> int:
        self.written += len(data)
        if self.written > 64 * 1024:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self.fh.write(data)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.fh, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.fh.close()


def test_the_head_office_keys_are_backed_up_and_restored(office: Office, laptop: Laptop, tmp_path: Path) -> None:
    seed(laptop.db)
    outgoing = tmp_path / "a.fab"
    bundle_client.export_bundle(laptop.db, outgoing)
    saved = fieldapp("server", "backup", *office.args, "-o", tmp_path / "keys.json")
    assert saved.returncode == 0 and "1 devices" in saved.stdout, saved.stderr
    assert (tmp_path / "keys.json").stat().st_mode & 0o777 == 0o600
    # a new data folder without the keys cannot read the laptop's bundle; with them it can
    fresh = fieldapp("server", "import-bundle", "--data", tmp_path / "new-hub", outgoing)
    assert fresh.returncode == 1 and "this hub has no deployment keys yet" in fresh.stderr
    second = tmp_path / "second-hub"
    restored = fieldapp("server", "restore", "--data", second, tmp_path / "keys.json")
    assert restored.returncode == 0, restored.stderr
    taken = fieldapp("server", "import-bundle", "--data", second, outgoing)
    assert taken.returncode == 0 and "accepted 18" in taken.stdout, taken.stderr
    back = bundle_client.import_bundle(laptop.db, fab.ack_path(outgoing))
    assert back.acknowledged == 18
    own = fieldapp("server", "backup", "--data", tmp_path / "new-hub", "-o", tmp_path / "own.json")
    assert own.returncode == 0, own.stderr  # the new folder now has keys of its own: another deployment
    refused = fieldapp("server", "restore", "--data", tmp_path / "new-hub", tmp_path / "keys.json")
    assert refused.returncode == 1 and "belongs to deployment" in refused.stderr
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "fieldapp-hub-keys", "version": 1, "tables": {}}')
    assert fieldapp("server", "restore", "--data", second, broken).returncode == 1


def test_a_laptop_enrolled_by_file_with_a_scope_receives_only_its_scope(
        office: Office, laptop: Laptop, tmp_path: Path, empty_template: Path) -> None:
    ids = seed(laptop.db)
    round_trip(office, laptop, tmp_path)
    fort = enrolled_laptop(office, tmp_path, empty_template, "Fort", scope="settlement=Форт-Шевченко")
    try:
        bundles.export_bundle(office.store, "Fort", tmp_path / "fort.fab")
        bundle_client.import_bundle(fort.db, tmp_path / "fort.fab")
        with fort.db.reading() as s:
            people = {p.id for p in s.scalars(select(Person))}
        assert people == {ids["person2"]}  # the one person of Форт-Шевченко, not Курык's two
    finally:
        fort.db.close()


def test_bundle_and_acknowledgement_names_never_double_their_suffix(tmp_path: Path) -> None:
    """One core function names a bundle (``bundle_path``) and one its acknowledgement (``ack_path``): the CLI, the
    Sync page's dialogs and the head office's page all go through them."""
    assert fab.bundle_path(tmp_path / "kuryk") == tmp_path / "kuryk.fab"
    assert fab.bundle_path(tmp_path / "kuryk.fab") == tmp_path / "kuryk.fab"
    assert fab.bundle_path(tmp_path / "KURYK.FAB") == tmp_path / "KURYK.FAB"
    assert fab.bundle_path(tmp_path / "kuryk.zip") == tmp_path / "kuryk.zip.fab"
    names = ["x.fab"]
    for _ in range(3):
        names.append(fab.ack_path(tmp_path / names[-1]).name)
    assert names == ["x.fab", "x.ack.fab", "x.ack-2.fab", "x.ack-3.fab"]
    assert fab.ack_path(tmp_path / "x.ACK.FAB").name == "x.ack-2.fab"
    assert fab.ack_path(tmp_path / "fieldapp-2026-12-05-1030").name == "fieldapp-2026-12-05-1030.ack.fab"
    assert fab.ack_path(tmp_path / "a.back.fab").name == "a.back.ack.fab"  # ".ack" only as a whole part
    assert fab.ack_for(tmp_path / "x.ack.fab", tmp_path / "reply") == tmp_path / "reply.fab"
