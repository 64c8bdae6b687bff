"""Concurrent pushes from several laptop processes through several hub processes sharing one store, while
another laptop keeps pulling: its cursor must never step over an operation that commits late."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import func, select

from fieldapp.model import Operation, Person
from tests.sync.conftest import HubProcess, assert_converged, converge, seed

PUSHERS = 3
PEOPLE = 60  # each in its own action, so every laptop pushes many small batches


def test_concurrent_pushes_through_two_hub_processes_never_make_a_cursor_skip(laptops, hub: HubProcess) -> None:
    second = HubProcess(hub.data, hub.database)  # a second server process on the same storage
    second.start()
    try:
        watcher = laptops("watcher")
        ids = seed(watcher.db)
        watcher.set_user("field_officer")
        pushers = [laptops(f"pusher{i}") for i in range(PUSHERS)]
        converge(watcher, *pushers)
        for i, laptop in enumerate(pushers):
            laptop.set_user("field_officer")
            for n in range(PEOPLE):
                with laptop.db.transaction() as s:
                    s.add(Person(full_name=f"Қатысушы {i}-{n}", settlement_id=ids["kuryk"]))
            laptop.db.close()  # pushed from child processes below
        children = [
            subprocess.Popen([sys.executable, "-m", "fieldapp", "sync", "--db", str(laptop.db.path),
                              "--server", (hub if i % 2 else second).url],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for i, laptop in enumerate(pushers)]
        while any(child.poll() is None for child in children):
            watcher.sync()  # pulls while the others' pushes commit
        for child in children:
            _out, err = child.communicate()
            assert child.returncode == 0, err
        watcher.sync()
        with watcher.db.reading() as s:
            people = s.scalar(select(func.count()).select_from(Person).where(Person.full_name.like("Қатысушы %")))
            operations = s.scalar(select(func.count()).select_from(Operation))
        assert people == PUSHERS * PEOPLE
        [(hub_operations,)] = hub.query("SELECT count(*) FROM operation")
        assert operations == hub_operations
        assert_converged(hub, watcher)
    finally:
        second.kill()

