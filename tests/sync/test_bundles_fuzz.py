"""The bundle reader fuzzed: random bytes and mutated valid bundles (cut, bytes flipped or inserted, members
rewritten) give a BundleError or, when the mutation touched nothing that matters, the same import as before —
never another exception, never a write on either side. FIELDAPP_FUZZ_EXAMPLES sets the number of examples."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.server import bundles
from fieldapp.sync import bundle as fab
from fieldapp.sync import bundle_client
from fieldapp.sync.bundle import BundleError
from tests.sync.bundle_kit import Office, enrolled_laptop, laptop_state, rewrite
from tests.sync.conftest import seed

EXAMPLES = int(os.environ.get("FIELDAPP_FUZZ_EXAMPLES", "60" if os.environ.get("CI") else "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class World:
    """A hub and a laptop that have exchanged one bundle each way: importing either again changes nothing."""

    def __init__(self, root: Path, template: Path) -> None:
        self.root = root
        self.office = Office(root / "hub")
        self.laptop = enrolled_laptop(self.office, root, template, "A")
        seed(self.laptop.db)
        self.outgoing = root / "a.fab"
        bundle_client.export_bundle(self.laptop.db, self.outgoing)
        reply = bundles.import_bundle(self.office.store, self.outgoing).reply
        assert reply is not None
        self.reply = reply
        bundle_client.import_bundle(self.laptop.db, reply, root / "ack.fab")
        bundles.import_bundle(self.office.store, self.outgoing, root / "reply-again.fab")
        self.hub_state, self.laptop_state = self.office.state(), laptop_state(self.laptop.db)
        self.files = sorted(self.office.store.files_dir.iterdir())

    def try_both(self, data: bytes) -> None:
        target = self.root / "fuzzed.fab"
        target.write_bytes(data)
        for importer in (lambda: bundles.import_bundle(self.office.store, target, self.root / "out.fab"),
                         lambda: bundle_client.import_bundle(self.laptop.db, target, self.root / "out.fab")):
            try:
                importer()
            except BundleError as exc:
                assert "\n" not in str(exc)
        assert self.office.state() == self.hub_state
        assert sorted(self.office.store.files_dir.iterdir()) == self.files
        assert laptop_state(self.laptop.db) == self.laptop_state


@pytest.fixture(scope="module")
def world(empty_template: Path) -> Iterator[World]:
    root = Path(tempfile.mkdtemp(prefix="fieldapp-bundle-fuzz-"))
    made = World(root, empty_template)
    yield made
    made.laptop.db.close()
    made.office.close()
    shutil.rmtree(root, ignore_errors=True)


@FUZZ
@given(data=st.one_of(st.binary(max_size=2048), st.binary(max_size=64).map(lambda b: b"PK\x03\x04" + b)))
def test_random_bytes_are_refused(world: World, data: bytes) -> None:
    world.try_both(data)


@st.composite
def mutated(draw: Any, source: bytes) -> bytes:
    data = bytearray(source)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["cut", "flip", "insert", "delete"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "cut":
            del data[at:]
        elif kind == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 16))]
    return bytes(data)


@FUZZ
@given(choice=st.data())
def test_mutated_bundles_are_refused_or_change_nothing(world: World, choice: st.DataObject) -> None:
    source = choice.draw(st.sampled_from([world.outgoing, world.reply]))
    world.try_both(choice.draw(mutated(source.read_bytes())))


@FUZZ
@given(choice=st.data())
def test_rezipped_bundles_with_edited_members_are_refused(world: World, choice: st.DataObject) -> None:
    """A valid ZIP again (checksums recomputed) around an edited manifest, signature or payload."""
    source = choice.draw(st.sampled_from([world.outgoing, world.reply]))
    with zipfile.ZipFile(source) as outer:
        members = {name: outer.read(name) for name in outer.namelist()}
    name = choice.draw(st.sampled_from(sorted(members)))
    if name == fab.MANIFEST and choice.draw(st.booleans()):
        manifest = json.loads(members[name])
        key = choice.draw(st.sampled_from(sorted(manifest)))
        manifest[key] = choice.draw(st.one_of(st.none(), st.integers(), st.text(max_size=10), st.just([]),
                                              st.just({})))
        edited = json.dumps(manifest).encode()
    else:
        edited = choice.draw(mutated(members[name]))
    target = world.root / "rezipped.fab"
    rewrite(source, target, **{name.replace(".", "_"): edited})
    world.try_both(target.read_bytes())


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                    max_leaves=6)


@FUZZ
@given(choice=st.data())
def test_a_signed_bundle_with_hostile_content_is_refused_whole_or_taken_as_operations(
        world: World, choice: st.DataObject) -> None:
    """A stolen laptop's keys sign anything: what it holds is still checked, and a refusal writes nothing."""
    from sqlalchemy import select

    from fieldapp.model import Operation
    from fieldapp.sync.wire import to_wire
    from tests.sync.bundle_kit import craft

    with world.laptop.db.reading() as s:
        ops = [to_wire(op) for op in s.scalars(select(Operation).where(Operation.origin == "local").limit(5))]
    op = dict(choice.draw(st.sampled_from(ops)))
    op["op_id"] = str(choice.draw(st.uuids()))
    for _ in range(choice.draw(st.integers(1, 3))):
        name = choice.draw(st.sampled_from(sorted(op) + ["changes.x"]))
        if name == "changes.x":
            earlier = op.get("changes") if isinstance(op.get("changes"), dict) else {}  # maybe broken already
            op["changes"] = {**earlier, choice.draw(st.text(max_size=8)): choice.draw(JSON)}
        elif choice.draw(st.booleans()):
            op.pop(name, None)
        else:
            op[name] = choice.draw(JSON)
    fields = choice.draw(st.dictionaries(st.sampled_from(["cursor", "local_device", "files", "ops"]), JSON,
                                        max_size=2))
    before = world.office.state()
    path = craft(world.laptop, world.root / "crafted.fab", [op], **fields)
    try:
        bundles.import_bundle(world.office.store, path, world.root / "crafted-reply.fab")
    except BundleError as exc:
        assert "\n" not in str(exc)
        assert world.office.state() == before
    world.hub_state = world.office.state()  # a taken operation is a legitimate change
