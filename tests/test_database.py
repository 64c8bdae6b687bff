"""Opening, pragmas, migrations with backups, the instance lock and the one history."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from fieldapp.db import Database, DatabaseError, open_database
from fieldapp.db.history import HardDeleteRefused
from fieldapp.db.lock import AlreadyRunning, InstanceLock
from fieldapp.db.migrations import (
    _config,
    current_revision,
    head_revision,
    is_current,
    newest_file_revision,
    revision_count,
)
from fieldapp.model import Cycle, GrantCall, Locality, Operation, Organisation, Programme, UserProfile
from fieldapp.text import sort_key


def test_every_connection_gets_the_pragmas(empty_db: Database) -> None:
    with empty_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert conn.execute(text("PRAGMA cipher_version")).scalar()  # SQLCipher's driver, no key yet


def test_a_fresh_database_is_at_the_head_revision(empty_db: Database) -> None:
    assert current_revision(empty_db) == head_revision()
    assert is_current(empty_db)
    assert empty_db.device().device_id
    assert len(empty_db.device().prefix) == 4


def test_revision_ids_are_the_file_numbers_so_opening_a_current_database_needs_no_alembic() -> None:
    from alembic.script import ScriptDirectory

    from fieldapp.db.migrations import HERE

    assert newest_file_revision() == head_revision()
    assert revision_count() == sum(1 for _ in ScriptDirectory(str(HERE)).walk_revisions()) > 10


def test_an_older_database_is_migrated_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Database(path)
    command.upgrade(_config(old), "0001")  # the oldest schema a laptop can have
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO local_setting (key, value) VALUES ('marker', 'kept')"))
    old.close()

    db = open_database(path)
    assert current_revision(db) == head_revision()
    assert db.setting("marker") == "kept"
    backups = list((tmp_path / "backups").glob("old-*-before-0001.sqlite")) if revision_count() > 1 else []
    assert len(backups) == (1 if revision_count() > 1 else 0)
    db.close()


def test_a_database_from_a_newer_fieldapp_is_refused(empty_path: Path) -> None:
    db = Database(empty_path)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    with pytest.raises(DatabaseError, match="newer FieldApp"):
        open_database(empty_path)


@pytest.mark.parametrize("content, message", [
    (b"hello, this is not a database", "not an SQLite file"),
    (b"SQLite format 3\x00" + b"\x00" * 100, "truncated"),
])
def test_files_that_are_not_databases_get_one_clear_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match=message):
        open_database(path)


def test_a_missing_database_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no such database"):
        open_database(tmp_path / "missing.sqlite")
    assert not (tmp_path / "missing.sqlite").exists()


def test_references_are_enforced_at_commit(empty_db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with empty_db.transaction() as s:
            s.add(Cycle(programme_id="no-such-programme", number=1, name="x", starts_on=dt.date(2020, 1, 1)))
    with empty_db.reading() as s:
        assert s.scalars(select(Cycle)).all() == []


def test_every_change_is_recorded_once_with_who_when_why(empty_db: Database) -> None:
    with empty_db.transaction() as s:
        user = UserProfile(name="Әсел Қасымова", role="field_officer")
        s.add(user)
    empty_db.set_user(user.id)
    with empty_db.transaction(reason="new village") as s:
        village = Locality(kind="settlement", name_ru="Курык", kato="474200000")
        s.add(village)
    with empty_db.transaction(reason="Kazakh spelling") as s:
        s.get(Locality, village.id).name_kk = "Құрық"
    with empty_db.transaction(reason="duplicate") as s:
        s.get(Locality, village.id).deleted_at = dt.datetime(2026, 1, 1)

    with empty_db.reading() as s:
        ops = s.scalars(select(Operation).where(Operation.row_id == village.id).order_by(Operation.seq)).all()
    assert [op.kind for op in ops] == ["insert", "update", "delete"]
    assert all(op.user_name == "Әсел Қасымова" and op.user_id == user.id for op in ops)
    assert [op.reason for op in ops] == ["new village", "Kazakh spelling", "duplicate"]
    assert ops[0].changes["name_ru"] == [None, "Курык"]
    assert ops[1].changes == {"name_kk": [None, "Құрық"]}  # only the changed field
    assert ops[1].base_version == ops[0].hlc
    assert ops[0].hlc < ops[1].hlc < ops[2].hlc
    assert len({op.op_id for op in ops}) == 3
    assert ops[1].seq == ops[0].seq + 1
    assert ops[0].scope_settlement_id == village.id
    assert ops[0].schema_version == revision_count()


def test_money_is_stored_exactly(empty_db: Database) -> None:
    with empty_db.transaction() as s:
        org = Organisation(name="Фонд", kind="foundation")
        programme = Programme(name="P", organisation_id=org.id)
        cycle = Cycle(programme_id=programme.id, number=1, name="C", starts_on=dt.date(2020, 1, 1))
        call = GrantCall(cycle_id=cycle.id, title="T", opens_on=dt.date(2020, 1, 1), deadline=dt.date(2020, 2, 1),
                         max_grant=Decimal("2000000.00"), envelope=Decimal("36000000.01"))
        s.add_all([org, programme, cycle, call])
    with empty_db.reading() as s:
        stored = s.get(GrantCall, call.id)
        assert stored.envelope == Decimal("36000000.01")
        assert isinstance(stored.envelope, Decimal)
        op = s.scalars(select(Operation).where(Operation.row_id == call.id)).one()
        assert op.changes["envelope"] == [None, "36000000.01"]
    with pytest.raises(Exception, match="float"):
        with empty_db.transaction() as s:
            s.get(GrantCall, call.id).envelope = 1.5


def test_an_inserted_row_s_operation_carries_every_column_as_it_will_be_stored(empty_db: Database) -> None:
    """Python-side defaults applied before the capture, a column never set as null, dates and times as text."""
    from fieldapp.model import Consent, Person

    with empty_db.transaction() as s:
        person = Person(full_name="Әсел Қасымова", birth_date=dt.date(1990, 5, 17), birth_year=1990)
        s.add(person)
        s.flush()
        consent = Consent(person_id=person.id, given_on=dt.date(2026, 12, 5), scope="Обработка данных")
        s.add(consent)
    with empty_db.reading() as s:
        ops = {op.table_name: op for op in s.scalars(select(Operation).where(Operation.kind == "insert"))}
        stored = s.get(Consent, consent.id)
        assert ops["consent"].changes == {
            "person_id": [None, person.id], "given_on": [None, "2026-12-05"], "valid_until": [None, None],
            "scope": [None, "Обработка данных"], "third_parties": [None, False], "guardian_name": [None, None],
            "method": [None, "paper"], "withdrawn_on": [None, None], "id": [None, consent.id],
            "created_at": [None, stored.created_at.isoformat()], "updated_at": [None, stored.updated_at.isoformat()],
            "created_by": [None, None], "deleted_at": [None, None]}
        assert list(ops["consent"].changes) == [c.key for c in Consent.__table__.columns]
        changes = ops["person"].changes
        assert changes["birth_date"] == [None, "1990-05-17"] and changes["birth_year"] == [None, 1990]
        assert changes["merged_into_id"] == [None, None]
        derived = {"search_key", "sort_ru", "sort_kk", "organisation_sort_ru", "organisation_sort_kk"}  # never sent
        assert list(changes) == [c.key for c in Person.__table__.columns if c.key not in derived]
        stored_person = s.get(Person, person.id)
        assert stored_person.search_key == " асел касымова" and stored_person.sort_ru == "асел касымова"
        assert stored_person.sort_kk == sort_key("Әсел Қасымова", "kk")


def test_nothing_is_deleted_for_real(empty_db: Database) -> None:
    with empty_db.transaction() as s:
        village = Locality(kind="settlement", name_ru="Баутино")
        s.add(village)
    with pytest.raises(HardDeleteRefused):
        with empty_db.transaction() as s:
            s.delete(s.get(Locality, village.id))
    with empty_db.reading() as s:
        assert s.get(Locality, village.id) is not None


def test_a_failed_action_leaves_no_change_and_no_operation(empty_db: Database) -> None:
    with empty_db.reading() as s:
        before = s.scalar(select(Operation.op_id).order_by(Operation.seq.desc()).limit(1))
    with pytest.raises(RuntimeError):
        with empty_db.transaction() as s:
            s.add(Locality(kind="settlement", name_ru="Боранкул"))
            s.flush()
            raise RuntimeError("power cut")
    with empty_db.reading() as s:
        assert s.scalars(select(Locality).where(Locality.name_ru == "Боранкул")).all() == []
        assert s.scalar(select(Operation.op_id).order_by(Operation.seq.desc()).limit(1)) == before


def _hold_lock(path: str, ready: multiprocessing.Event) -> None:  # type: ignore[valid-type]
    import time

    lock = InstanceLock(Path(path)).acquire()
    ready.set()
    time.sleep(60)
    lock.release()


def test_one_gui_per_database_and_a_crash_leaves_no_stale_lock(empty_path: Path) -> None:
    ready = multiprocessing.get_context("spawn").Event()
    holder = multiprocessing.get_context("spawn").Process(target=_hold_lock, args=(str(empty_path), ready))
    holder.start()
    try:
        assert ready.wait(30)
        with pytest.raises(AlreadyRunning, match="already open"):
            InstanceLock(empty_path).acquire()
        # reads and backups work beside the running instance
        db = open_database(empty_path)
        from fieldapp.db.backup import backup_to
        copy = backup_to(db, empty_path.with_name("copy.sqlite"))
        db.close()
        assert copy.stat().st_size > 0
    finally:
        holder.kill()  # a crash: no chance to clean up
        holder.join()
    lock = InstanceLock(empty_path).acquire()
    assert lock.held
    lock.release()


def test_the_core_never_imports_qt() -> None:
    import fieldapp

    root = Path(fieldapp.__file__).parent
    modules = sorted(
        ".".join(p.relative_to(root.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in root.rglob("*.py")
        if "ui" not in p.relative_to(root).parts[:1] and "migrations" not in p.parts and p.name != "__main__.py"
    )
    assert "fieldapp.db.database" in modules and "fieldapp.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr


def test_backup_is_a_consistent_copy(demo_db: Database, tmp_path: Path) -> None:
    from fieldapp.db.backup import backup_to

    target = backup_to(demo_db, tmp_path / "out" / "backup.sqlite")
    assert not list(target.parent.glob("*.part"))
    copy = open_database(target)
    with copy.reading() as s, demo_db.reading() as t:
        assert s.scalar(text("SELECT count(*) FROM person")) == t.scalar(text("SELECT count(*) FROM person"))
    copy.close()
    shutil.rmtree(tmp_path / "out")
