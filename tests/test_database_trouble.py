"""A database file in trouble, seen from the command line in real processes: another program writing to it,
an empty file, a file that is not FieldApp's, a damaged page, a file held locked, a backup cut off by a crash.
Each gets its own true line; only ``init`` and ``demo create`` make a database (issue 11, items 5, 10, 11)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def fieldapp(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldapp", *args], capture_output=True, text=True,
                          env=env or ENV, timeout=300)


HOLD_WRITE = """
import sys, time
from pathlib import Path
from fieldapp.db import open_database
from fieldapp.model import LocalSetting
db = open_database(sys.argv[1])
with db.transaction() as s:
    s.merge(LocalSetting(key="held by", value="another program"))
    s.flush()
    Path(sys.argv[2]).write_text("holding")
    time.sleep(float(sys.argv[3]))
db.close()
"""

HOLD_EXCLUSIVE = """
import sys, time
from pathlib import Path
import sqlcipher3.dbapi2 as sqlite
conn = sqlite.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode=EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("INSERT INTO local_setting (key, value) VALUES ('exclusive', 'yes')")
Path(sys.argv[2]).write_text("holding")
time.sleep(float(sys.argv[3]))
conn.execute("ROLLBACK")
conn.close()
"""


def _hold(script: str, db: Path, seconds: float, tmp_path: Path) -> subprocess.Popen[str]:
    flag = tmp_path / f"holding-{time.monotonic_ns()}"
    process = subprocess.Popen([sys.executable, "-c", script, str(db), str(flag), str(seconds)], env=ENV,
                               text=True, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not flag.exists():
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline, "the other program never took its lock"
        time.sleep(0.05)
    return process


def _roster(tmp_path: Path) -> Path:
    roster = tmp_path / "roster.csv"
    roster.write_text("ФИО;Телефон\nАйгерим Сапарова;+77011234567\nБерик Жумабаев;+77021234567\n", encoding="utf-8")
    return roster


def _people(path: Path) -> int:
    return json.loads(fieldapp("summary", "--db", str(path), "--json").stdout)["people"]


def test_a_write_waits_for_another_programs_write_then_goes_through(tmp_path: Path, empty_path: Path) -> None:
    holder = _hold(HOLD_WRITE, empty_path, 3, tmp_path)
    result = fieldapp("import", "people", "--db", str(empty_path), str(_roster(tmp_path)))
    assert holder.wait(60) == 0
    assert result.returncode == 0, result.stderr
    assert "written: 2 added" in result.stdout
    assert _people(empty_path) == 2


def test_past_the_wait_one_line_says_the_database_is_busy_and_nothing_is_written(
        tmp_path: Path, empty_path: Path) -> None:
    holder = _hold(HOLD_WRITE, empty_path, 6, tmp_path)
    result = fieldapp("import", "people", "--db", str(empty_path), str(_roster(tmp_path)),
                      env={**ENV, "FIELDAPP_BUSY_TIMEOUT_MS": "1000"})
    holder.wait(60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert "busy with another program's write" in result.stderr
    assert _people(empty_path) == 0


COMMANDS = [
    ["summary", "--json"],
    ["backup", "-o", "{out}"],
    ["check"],
    ["import", "people", "--dry-run", "{roster}"],
    ["trainings", "list", "--json"],
    ["calls", "list"],
    ["bundle", "export", "-o", "{out}"],
]


def _run(command: list[str], db: Path, tmp_path: Path, env: dict[str, str] | None = None,
         ) -> subprocess.CompletedProcess[str]:
    roster = _roster(tmp_path)
    args = [a.format(out=tmp_path / "out.bin", roster=roster) for a in command]
    position = 2 if command[0] in ("import", "trainings", "calls", "bundle") else 1
    return fieldapp(*args[:position], "--db", str(db), *args[position:], env=env)


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("fieldapp: ")
    return result.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c[:2]) for c in COMMANDS])
def test_an_empty_file_is_refused_and_stays_empty(command: list[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert "empty file (0 bytes)" in _one_line(_run(command, empty, tmp_path))
    assert empty.stat().st_size == 0
    assert not (tmp_path / "out.bin").exists()


def test_only_init_and_demo_create_make_a_database(tmp_path: Path) -> None:
    empty = tmp_path / "new.sqlite"
    empty.write_bytes(b"")
    assert fieldapp("init", "--db", str(empty)).returncode == 0
    assert fieldapp("check", "--db", str(empty)).returncode == 0
    missing = tmp_path / "missing.sqlite"
    assert "no such database" in _one_line(fieldapp("summary", "--db", str(missing)))
    assert not missing.exists()


@pytest.mark.parametrize("tables", [[], ["CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"]],
                         ids=["no tables", "another program's tables"])
def test_an_sqlite_file_of_another_program_is_refused(tables: list[str], tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA user_version = 7")  # makes the file a real database even with no table
    for statement in tables:
        conn.execute(statement)
    conn.commit()
    conn.close()
    before = other.read_bytes()
    for command in (["summary", "--json"], ["import", "people", "--dry-run", "{roster}"], ["backup", "-o", "{out}"]):
        assert "not a FieldApp database" in _one_line(_run(command, other, tmp_path))
    assert other.read_bytes() == before


def _damage(path: Path) -> None:
    """Overwrite the root pages of the people's table and its indexes with noise."""
    conn = sqlite3.connect(path)
    pages = [r[0] for r in conn.execute("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'person' "
                                        "AND rootpage > 1")]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * page_size)
            fh.write(bytes(range(256)) * (page_size // 256))


@pytest.mark.parametrize("command", [["summary", "--json"], ["backup", "-o", "{out}"], ["check"]],
                         ids=["summary", "backup", "check"])
def test_a_damaged_page_is_called_damaged_in_one_line(command: list[str], tmp_path: Path, demo_path: Path) -> None:
    _damage(demo_path)
    line = _one_line(_run(command, demo_path, tmp_path))
    assert "damaged" in line or "integrity check failed" in line, line
    assert not (tmp_path / "out.bin").exists()


@pytest.mark.parametrize("command", [["summary", "--json"], ["backup", "-o", "{out}"], ["check"],
                                     ["trainings", "list", "--json"]],
                         ids=["summary", "backup", "check", "trainings list"])
def test_a_locked_database_is_called_busy_not_damaged(command: list[str], tmp_path: Path, empty_path: Path) -> None:
    holder = _hold(HOLD_EXCLUSIVE, empty_path, 8, tmp_path)
    try:
        line = _one_line(_run(command, empty_path, tmp_path, env={**ENV, "FIELDAPP_BUSY_TIMEOUT_MS": "500"}))
    finally:
        holder.wait(60)
    assert "busy with another program's write" in line and "damaged" not in line, line
    assert fieldapp("check", "--db", str(empty_path)).returncode == 0


def test_a_backup_cut_off_by_a_crash_leaves_nothing_after_the_next_start(tmp_path: Path, empty_path: Path) -> None:
    backups = empty_path.parent / "backups"
    backups.mkdir()
    cut_off = [backups / "fieldapp-20261120-101500-before-0003.sqlite.part",  # by an older FieldApp
               backups / ".fieldapp-20261126-090000-before-0004.sqlite.1a2b3c4d.tmp"]
    for leftover in cut_off:
        leftover.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
        os.utime(leftover, (time.time() - 3600, time.time() - 3600))
    in_progress = backups / ".fieldapp-now-before-0004.sqlite.5e6f7a8b.tmp"  # another process writing it now
    in_progress.write_bytes(b"SQLite format 3\x00")
    kept = backups / "fieldapp-20261120-101500-before-0003.sqlite"
    kept.write_bytes(b"a finished backup")
    assert fieldapp("summary", "--db", str(empty_path)).returncode == 0
    assert sorted(p.name for p in backups.iterdir()) == sorted([in_progress.name, kept.name])


def test_automatic_backups_keep_the_newest_ten(tmp_path: Path) -> None:
    from alembic import command

    from fieldapp.db import Database, open_database
    from fieldapp.db.backup import KEEP_AUTOMATIC, automatic_backups
    from fieldapp.db.migrations import _config

    path = tmp_path / "laptop.sqlite"
    old = Database(path)
    command.upgrade(_config(old), "0001")
    old.close()
    backups = tmp_path / "backups"
    backups.mkdir()
    for day in range(1, 13):
        (backups / f"laptop-202611{day:02d}-120000-before-0001.sqlite").write_bytes(b"old")
    other = backups / "laptop-copy-20261101-120000-before-0001.sqlite"  # another database's: never touched
    other.write_bytes(b"other")
    mine_by_hand = backups / "laptop-before-the-trip.sqlite"  # not automatic: never touched
    mine_by_hand.write_bytes(b"by hand")
    open_database(path).close()
    kept = automatic_backups(path)
    assert KEEP_AUTOMATIC == 10 and len(kept) == 10
    assert kept[-1].read_bytes().startswith(b"SQLite format 3")  # the one just made
    assert kept[0].name == "laptop-20261104-120000-before-0001.sqlite"
    assert other.exists() and mine_by_hand.exists()
