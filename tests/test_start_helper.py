"""The start helper (fieldapp/start_helper.py): a child process that answers the dashboard's first question from
the database, the same answer the page gets from the core service; it never writes, gives nothing for a file it
must not read, and does not outlive its use."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

from fieldapp import snapshots, start_helper
from fieldapp.db import Database
from fieldapp.services import dashboard
from tests.test_snapshots import plain


def _service_answer(path: Path) -> dict:
    database = Database(path)
    try:
        database.set_user(database.setting("current_user"))
        with database.reading() as session:
            return snapshots.decode(snapshots.encode(dashboard.view(session)))
    finally:
        database.close()


def _helper_answer(helper: start_helper.Helper, timeout: float = 60) -> tuple[str, object] | None:
    got: list[tuple[str, object]] = []
    done = threading.Event()
    helper.when_answered(lambda key, payload: (got.append((key, payload)), done.set()))
    helper.ask("dashboard")
    done.wait(timeout)
    helper.process.wait(timeout)
    return got[0] if got else None


def test_the_helper_process_answers_what_the_dashboard_service_says(demo_path: Path, tmp_path: Path,
                                                                      monkeypatch) -> None:
    monkeypatch.setenv("FIELDAPP_DATA_DIR", str(tmp_path / "data"))
    before = snapshots.stamp(demo_path)
    helper = start_helper.start(demo_path)
    assert helper is not None
    answer = _helper_answer(helper)
    assert answer is not None, "the helper gave no answer"
    key, payload = answer
    assert key == "dashboard" and helper.process.returncode == 0
    expected = _service_answer(demo_path)
    assert plain(payload) == plain(expected)
    assert payload["figures"]["applications"] > 0
    assert snapshots.stamp(demo_path) == before  # it wrote nothing to the file


def test_no_answer_for_a_file_it_must_not_read(demo_path: Path, tmp_path: Path) -> None:
    assert start_helper.answer(demo_path, "people") is None  # a page it does not know
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_bytes(b"SQLCipher would look like this: no SQLite header" * 20)  # e.g. encrypted
    assert start_helper.answer(not_a_database, "dashboard") is None
    assert start_helper.answer(tmp_path / "missing.sqlite", "dashboard") is None

    older = tmp_path / "older.sqlite"  # a database that needs a migration: the main process migrates it
    older.write_bytes(demo_path.read_bytes())
    with closing(sqlite3.connect(older)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    stamp = snapshots.stamp(older)
    assert start_helper.answer(older, "dashboard") is None
    assert snapshots.stamp(older) == stamp

    nobody = tmp_path / "nobody.sqlite"  # no user chosen yet: the main process asks for one first
    nobody.write_bytes(demo_path.read_bytes())
    with closing(sqlite3.connect(nobody)) as conn, conn:
        conn.execute("DELETE FROM local_setting WHERE key = 'current_user'")
    assert start_helper.answer(nobody, "dashboard") is None


def test_a_failing_or_silent_helper_gives_nothing_and_ends(tmp_path: Path) -> None:
    failing = start_helper.Helper(subprocess.Popen(
        [sys.executable, "-c", "import sys; print('{\"key\": \"dashboard\", \"payload\": {}}'); sys.exit(3)"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE))
    assert _helper_answer(failing, timeout=5) is None  # its exit code says it failed: what it printed is not taken
    garbled = start_helper.Helper(subprocess.Popen([sys.executable, "-c", "print('{not json')"],
                                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE))
    assert _helper_answer(garbled, timeout=5) is None
    stuck = start_helper.Helper(subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"],
                                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE))
    stuck.stop()  # what the window does once its own data are on screen, or when it closes
    assert stuck.process.wait(10) != 0 and stuck.answer is None


def test_the_helper_ends_when_the_main_process_is_gone(demo_path: Path, tmp_path: Path, monkeypatch) -> None:
    """Its stdin closes with the main process: it exits by itself, answering nobody."""
    monkeypatch.setenv("FIELDAPP_DATA_DIR", str(tmp_path / "data"))
    process = subprocess.Popen(start_helper.command(demo_path), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdin is not None
    process.stdin.close()
    assert process.stdout is not None
    out = process.stdout.read()  # until it exits
    assert process.wait(60) == 0 and out == b""


def test_no_helper_where_a_kept_snapshot_fits_or_it_is_turned_off(demo_path: Path, tmp_path: Path,
                                                                   monkeypatch) -> None:
    monkeypatch.setenv("FIELDAPP_DATA_DIR", str(tmp_path / "data"))
    from fieldapp.paths import cache_dir

    assert start_helper.needed(demo_path)
    assert not start_helper.needed(tmp_path / "missing.sqlite")
    snapshots.write(cache_dir(), demo_path, "dashboard", {"figures": {}}, dt.date.today(), "kk")
    assert not start_helper.needed(demo_path)  # a next start shows the kept one (whatever the language)
    with closing(sqlite3.connect(demo_path)) as conn, conn:  # the file changed since: the snapshot no longer fits
        conn.execute("INSERT INTO local_setting (key, value) VALUES ('written.by', 'another program')")
    assert start_helper.needed(demo_path)
    monkeypatch.setenv(start_helper.ENV, "0")
    assert not start_helper.needed(demo_path) and start_helper.start(demo_path) is None
