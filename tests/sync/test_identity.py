"""Two laptops made from one database file: each must number its work as its own, and a laptop that shares
numbers with another anyway (a file copied by an older FieldApp) keeps its work and says so in one line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import httpx
import pytest
from sqlalchemy import func, select

from fieldapp.db import open_database
from fieldapp.model import LocalDevice, Locality, Operation, Person
from fieldapp.model.history import SyncRejection
from tests.sync.conftest import Laptop, assert_converged, converge, copy_of_laptop, seed, take_numbers_of


def test_the_renewal_of_a_copied_file_survives_a_rolled_back_first_transaction(empty_db, tmp_path) -> None:
    seed(empty_db)
    original = empty_db.device().device_id
    empty_db.close()
    shutil.copyfile(empty_db.path, tmp_path / "copy.sqlite")
    copy = open_database(tmp_path / "copy.sqlite")
    try:
        with pytest.raises(RuntimeError), copy.transaction() as s:  # the first change of the process fails
            s.add(Person(full_name="Отменённый"))
            s.flush()
            raise RuntimeError("the user cancelled")
        with copy.transaction() as s:
            s.add(Person(full_name="Сохранённый"))
        with copy.reading() as s:
            made_under = s.scalars(select(Operation.device_id).where(Operation.row_id == select(Person.id).where(
                Person.full_name == "Сохранённый").scalar_subquery())).one()
        assert made_under != original
        assert copy.device().device_id == made_under
    finally:
        copy.close()


def test_a_laptop_whose_numbers_clash_with_the_hubs_keeps_its_work_and_says_so(laptops, hub, tmp_path) -> None:
    a, b = laptops("A"), laptops("B")
    ids = seed(a.db)
    a.set_user("field_officer")
    converge(a, b)
    twin = copy_of_laptop(a, tmp_path / "twin.sqlite", "twin")
    try:
        with twin.db.transaction() as s:  # the twin's identity was checked (and renewed) ...
            s.get(Person, ids["person1"]).notes = "first note on the twin"
        take_numbers_of(twin, a)  # ... yet it carries a's numbers, as an older FieldApp's copy did
        with a.db.transaction() as s:
            s.get(Person, ids["person0"]).notes = "from the original"
        with twin.db.transaction() as s:
            s.add(Person(full_name="Новый участник", settlement_id=ids["kuryk"]))
            s.get(Person, ids["person2"]).notes = "from the twin"
        a.sync()
        result = subprocess.run([sys.executable, "-m", "fieldapp", "sync", "--db", str(twin.db.path)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        notes = [line for line in result.stdout.splitlines() if line.startswith("note:")]
        assert len(notes) == 1 and "copied" in notes[0] and "nothing was lost" in notes[0]
        assert "Traceback" not in result.stderr
        again = subprocess.run([sys.executable, "-m", "fieldapp", "sync", "--db", str(twin.db.path)],
                               capture_output=True, text=True, timeout=120)
        assert again.returncode == 0 and "Traceback" not in again.stderr, again.stderr
        converge(a, twin, b)
        assert_converged(hub, a, twin, b)
        with b.db.reading() as s:
            assert s.get(Person, ids["person0"]).notes == "from the original"
            assert s.get(Person, ids["person2"]).notes == "from the twin"
            assert s.get(Person, ids["person1"]).notes == "first note on the twin"
            assert s.scalar(select(func.count()).select_from(Person).where(Person.full_name == "Новый участник")) == 1
        with twin.db.reading() as s:
            assert s.scalar(select(func.count()).select_from(SyncRejection)) == 0
        assert twin.db.device().device_id != a.db.device().device_id
    finally:
        twin.db.close()


def test_a_pull_that_brings_operations_numbered_like_this_laptops_own_keeps_them_both(laptops, hub, tmp_path) -> None:
    """The twin renewed its id after it wrote under the shared one: the other laptop's operations arrive under
    numbers its own history holds (once an IntegrityError on every later sync)."""
    a, b = laptops("A"), laptops("B")
    ids = seed(a.db)
    a.set_user("field_officer")
    converge(a, b)
    twin = copy_of_laptop(a, tmp_path / "twin.sqlite", "twin")
    try:
        with twin.db.transaction() as s:
            s.get(Person, ids["person1"]).notes = "checked"
        twin.sync()
        shared = twin.db.device()
        take_numbers_of(twin, a)
        with twin.db.transaction() as s:  # written under a's id and numbers, never sent
            s.get(Person, ids["person2"]).notes = "from the twin"
        with twin.db.transaction() as s:  # then the twin's own id again
            device = s.get(LocalDevice, 1)
            device.device_id, device.last_seq = shared.device_id, shared.last_seq
        with a.db.transaction() as s:
            s.get(Person, ids["person0"]).notes = "from the original"
        a.sync()
        report = twin.sync()
        assert any("nothing was lost" in line for line in report.notes)
        converge(a, twin, b)
        assert_converged(hub, a, twin, b)
        with b.db.reading() as s:
            assert s.get(Person, ids["person2"]).notes == "from the twin"
            assert s.get(Person, ids["person0"]).notes == "from the original"
    finally:
        twin.db.close()


class _Recording(httpx.HTTPTransport):
    """The device ids of the operations the hub serves in its pages."""

    def __init__(self) -> None:
        super().__init__()
        self.served: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.method == "GET" and request.url.path == "/ops":
            response.read()
            self.served += [op["device_id"] for op in json.loads(response.content)["ops"]]
        return response


def test_a_moved_file_is_not_served_back_what_it_delivered_under_its_earlier_id(laptops, hub, tmp_path) -> None:
    """A file copied elsewhere renews its device id; the operations it then delivers under the earlier id are
    its own, so the same round's pull leaves them on the hub (100,000 of them once came straight back)."""
    a, b = laptops("A"), laptops("B")
    ids = seed(a.db)
    earlier = a.db.device().device_id
    a.db.close()
    shutil.copyfile(a.db.path, tmp_path / "moved.sqlite")
    a.db = open_database(a.db.path)
    with b.db.transaction() as s:
        s.add(Locality(kind="settlement", name_ru="Шетпе"))
    b.sync()
    moved = Laptop(open_database(tmp_path / "moved.sqlite"), "moved")
    try:
        recording = _Recording()
        report = moved.sync(transport=recording)
        assert moved.db.device().device_id != earlier
        assert report.sent > 0
        assert recording.served  # B's settlement ...
        assert earlier not in recording.served  # ... and none of the moved file's own operations
        with moved.db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Locality).where(Locality.name_ru == "Шетпе")) == 1
            assert s.get(Person, ids["person1"]) is not None
        b.sync()
        with b.db.reading() as s:
            assert s.get(Person, ids["person1"]) is not None
    finally:
        moved.db.close()


def test_a_copied_file_s_first_draft_number_carries_its_own_prefix(empty_db, tmp_path) -> None:
    """The number is the first step of the write that renews a copy's device: it must not carry the original's
    prefix, or the original's next number would be the same."""
    from fieldapp.services.numbering import next_draft_number

    seed(empty_db)
    with empty_db.transaction() as s:
        first = next_draft_number(s, "application")
    original_prefix = empty_db.device().prefix
    empty_db.close()
    shutil.copyfile(empty_db.path, tmp_path / "copy.sqlite")
    copy = open_database(tmp_path / "copy.sqlite")
    original = open_database(empty_db.path)
    try:
        with copy.transaction() as s:
            in_copy = next_draft_number(s, "application")
        with original.transaction() as s:
            in_original = next_draft_number(s, "application")
        copy_prefix = copy.device().prefix
        assert first.startswith(original_prefix) and copy_prefix != original_prefix
        assert in_copy == f"{copy_prefix}-A-0002" and in_original == f"{original_prefix}-A-0002"
    finally:
        copy.close()
        original.close()
