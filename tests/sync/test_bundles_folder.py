"""Proof 5: a laptop that alternates a USB stick, a synced folder and the network; a bundle read while it is
still being written; "conflicted copies" and duplicates in a synced folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fieldapp.model import Person
from fieldapp.server.folder import hub_sync_folder
from fieldapp.sync import bundle as fab
from fieldapp.sync import bundle_client
from fieldapp.sync.folder import FROM_HUB, TO_HUB, laptop_sync_folder
from fieldapp.sync.state import sync_state
from tests.sync.bundle_kit import Office, enrolled_laptop, fieldapp, laptop_state
from tests.sync.conftest import HubProcess, Laptop, assert_converged, seed


def test_proof_5_a_laptop_alternates_usb_a_synced_folder_and_the_network(
        hub: HubProcess, laptops, tmp_path: Path) -> None:
    a, b = laptops("A"), laptops("B")  # enrolled over HTTP: their bundle keys travelled with the enrolment
    ids = seed(b.db)
    b.sync()
    a.sync()
    stick, folder = tmp_path / "stick", tmp_path / "shared"
    stick.mkdir()
    folder.mkdir()

    def edit(laptop: Laptop, person: str, notes: str) -> None:
        with laptop.db.transaction() as s:
            s.get(Person, ids[person]).notes = notes

    # by USB stick, beside the running hub
    edit(a, "person0", "флешка")
    edit(b, "person1", "сеть")
    b.sync()
    assert fieldapp("bundle", "export", "--db", a.db.path, "-o", stick / "a.fab").returncode == 0
    taken = fieldapp("server", "import-bundle", *hub.args, stick / "a.fab")
    assert taken.returncode == 0 and "accepted 1 (1 new" in taken.stdout, taken.stderr
    back = fieldapp("bundle", "import", "--db", a.db.path, stick / "a.ack.fab")
    assert back.returncode == 0 and "acknowledged 1, received 1" in back.stdout, back.stdout
    # through a synced folder
    edit(a, "person2", "папка")
    edit(b, "person0", "сеть снова")
    b.sync()
    for command in (("sync", "--db", a.db.path, "--folder", folder),
                    ("server", "sync-folder", *hub.args, "--folder", folder),
                    ("sync", "--db", a.db.path, "--folder", folder)):
        done = fieldapp(*command)
        assert done.returncode == 0, done.stderr
    # b's later note on person 0 and the conflict it made with a's note by USB (a's value lost: a is told)
    assert "acknowledged 1, received 2" in done.stdout, done.stdout
    with a.db.reading() as s:
        assert sync_state(s).pending == 0
    # and the network again: nothing is sent twice, everything converges
    edit(a, "person1", "снова сеть")
    report = a.sync()
    assert report.sent == 1
    b.sync()
    assert_converged(hub, a, b)


def test_proof_5_a_bundle_still_being_written_is_left_for_the_next_run(
        office: Office, tmp_path: Path, empty_template: Path) -> None:
    laptop = enrolled_laptop(office, tmp_path, empty_template, "A")
    try:
        seed(laptop.db)
        folder = tmp_path / "shared"
        folder.mkdir()
        assert laptop_sync_folder(laptop.db, folder).written == 1
        [written] = (folder / TO_HUB).iterdir()
        whole = written.read_bytes()
        before = office.state()
        for cut in (len(whole) // 3, len(whole) - 10):  # the cloud client has written part of it
            written.write_bytes(whole[:cut])
            run = fieldapp("server", "sync-folder", *office.args, "--folder", folder)
            assert run.returncode == 0, run.stderr
            assert f"{written.name}: left for the next run" in run.stdout
            assert written.exists() and office.state() == before
        written.write_bytes(whole)
        report = hub_sync_folder(office.store, folder)
        assert report.taken == 1 and report.written == 1
        reply = folder / FROM_HUB / written.name
        assert laptop_sync_folder(laptop.db, folder).taken == 1
        assert laptop.dump() == office.dump()
        with laptop.db.reading() as s:
            assert sync_state(s).pending == 0
        # half a reply is left alone on the laptop's side too
        state, data = laptop_state(laptop.db), reply.read_bytes()
        reply.write_bytes(data[: len(data) // 2])
        assert laptop_sync_folder(laptop.db, folder).left == 1
        assert laptop_state(laptop.db) == state
    finally:
        laptop.db.close()


def test_proof_5_conflicted_copies_duplicates_and_temporary_files_in_the_folder(
        office: Office, tmp_path: Path, empty_template: Path) -> None:
    a = enrolled_laptop(office, tmp_path, empty_template, "A")
    b = enrolled_laptop(office, tmp_path, empty_template, "B")
    try:
        ids = seed(a.db)
        folder = tmp_path / "shared"
        folder.mkdir()
        laptop_sync_folder(a.db, folder)
        own = folder / TO_HUB / f"{_device(a)}.fab"
        older = own.read_bytes()
        with a.db.transaction() as s:
            s.get(Person, ids["person0"]).notes = "вторая версия"
        laptop_sync_folder(a.db, folder)  # replaces its file; the cloud kept the older one under other names
        for name in (f"{_device(a)} (1).fab", f"{_device(a)} (conflicted copy 2026-11-26).fab"):
            shutil.copyfile(own, folder / TO_HUB / name)
        (folder / TO_HUB / f"{_device(a)}-DESKTOP-ABC.fab").write_bytes(older)
        (folder / TO_HUB / f".{_device(a)}.fab.1a2b3c4d.tmp").write_bytes(older[:100])  # a writer's temporary
        (folder / TO_HUB / f"{_device(a)}.fab.part").write_bytes(older[:100])  # a cloud client's partial
        (folder / TO_HUB / "notes.txt").write_text("not a bundle")

        report = hub_sync_folder(office.store, folder)
        assert report.left == 0 and report.taken == 2  # the older bundle and the newer (once, not three times)
        assert report.written == 1
        assert laptop_sync_folder(a.db, folder).taken == 1
        with a.db.reading() as s:
            assert sync_state(s).pending == 0
        assert a.dump() == office.dump()

        # once the hub has A's acknowledgement (and A the hub's empty answer to it), the folder is settled:
        # running again changes nothing on either side and rewrites nothing
        assert hub_sync_folder(office.store, folder).written == 1
        laptop_sync_folder(a.db, folder)
        hub_state, a_state = office.state(), laptop_state(a.db)
        files = {p.name: p.read_bytes() for p in (folder / TO_HUB).iterdir()}
        assert "nothing new for the hub" in laptop_sync_folder(a.db, folder).lines
        again = hub_sync_folder(office.store, folder)
        assert again.written == 0 and office.state() == hub_state
        assert laptop_state(a.db) == a_state
        assert {p.name: p.read_bytes() for p in (folder / TO_HUB).iterdir()} == files

        # B, in the same folder, gets its own reply and ignores A's (and A's copies of it)
        reply = folder / FROM_HUB / f"{_device(a)}.fab"
        shutil.copyfile(reply, folder / FROM_HUB / f"{_device(a)} (1).fab")
        laptop_sync_folder(b.db, folder)
        hub_sync_folder(office.store, folder)
        assert laptop_sync_folder(b.db, folder).taken == 1
        assert b.dump() == office.dump()
    finally:
        a.db.close()
        b.db.close()


def _device(laptop: Laptop) -> str:
    with laptop.db.reading() as s:
        return bundle_client._identity(s).device


@pytest.mark.one_backend
def test_a_bundle_names_by_content_not_by_name(office: Office, tmp_path: Path, empty_template: Path) -> None:
    """A laptop's bundle renamed to anything ending in .fab is still taken in; a hub's is ignored by the hub."""
    a = enrolled_laptop(office, tmp_path, empty_template, "A")
    try:
        seed(a.db)
        folder = tmp_path / "shared"
        (folder / TO_HUB).mkdir(parents=True)
        bundle_client.export_bundle(a.db, folder / TO_HUB / "renamed by someone.fab")
        assert hub_sync_folder(office.store, folder).taken == 1
        assert fab.peek(folder / FROM_HUB / f"{_device(a)}.fab")["recipient"] == _device(a)
    finally:
        a.db.close()


def test_http_enrolment_with_malformed_keys_is_refused_and_the_code_stays_usable(
        hub: HubProcess, tmp_path: Path, empty_template: Path) -> None:
    import httpx

    code = hub.code("A")
    bad = httpx.post(f"{hub.url}/enroll", json={"code": code, "sign_public": "bm90IGEga2V5", "box_public": "x"})
    assert bad.status_code == 422 and "key" in bad.json()["detail"]
    shutil.copyfile(empty_template, tmp_path / "a.sqlite")
    enrolled = fieldapp("enroll", "--db", tmp_path / "a.sqlite", "--server", hub.url, "--code", code)
    assert enrolled.returncode == 0, enrolled.stderr
    # enrolled over HTTP, the laptop can also use bundles: it has the deployment and the hub's keys
    exported = fieldapp("bundle", "export", "--db", tmp_path / "a.sqlite", "-o", tmp_path / "a.fab")
    assert exported.returncode == 0, exported.stderr
    taken = fieldapp("server", "import-bundle", *hub.args, tmp_path / "a.fab")
    assert taken.returncode == 0 and "from A: no operations" in taken.stdout, taken.stdout + taken.stderr
