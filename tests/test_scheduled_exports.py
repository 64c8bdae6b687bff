"""Scheduled exports: written whole into the folder, after a sync when asked, daily once the time has come, the
oldest removed beyond the number kept, never personal data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldapp.exports import scheduled
from fieldapp.validation import Invalid


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def _set(db, folder: Path, **kw) -> scheduled.Schedule:
    values = {"fmt": "xlsx", "keep": 3, "at": "", "after_sync": False} | kw
    with db.transaction() as session:
        return scheduled.save_schedule(session, str(folder), values["fmt"], values["keep"], values["at"],
                                       values["after_sync"])


def test_an_export_is_written_whole_and_the_oldest_rotated(demo_db, out: Path) -> None:
    _set(demo_db, out, keep=2)
    (out / "notes.txt").write_text("not ours")
    written = [scheduled.run_export(demo_db, dt.datetime(2026, 1, day, 9, 0)) for day in (1, 2, 3)]
    names = sorted(p.name for p in out.iterdir())
    assert names == ["fieldapp-export-20260102-090000.xlsx", "fieldapp-export-20260103-090000.xlsx", "notes.txt"]
    book = load_workbook(written[-1])
    assert "IIN" not in [c.value for c in book.worksheets[1][1]] and "ИИН" not in [c.value for c in
                                                                                  book.worksheets[1][1]]
    assert not any(p.name.startswith(".") for p in out.iterdir())  # no temporary file left


def test_a_csv_export_is_a_folder_of_files(demo_db, out: Path) -> None:
    _set(demo_db, out, fmt="csv")
    target = scheduled.run_export(demo_db, dt.datetime(2026, 1, 1, 9, 0))
    assert target is not None and target.is_dir()
    assert {"people.csv", "applications.csv", "visits.csv"} <= {p.name for p in target.iterdir()}
    assert (target / "people.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_daily_export_runs_once_the_time_has_come(demo_db, out: Path) -> None:
    _set(demo_db, out, at="18:30")
    assert scheduled.run_if_due(demo_db, dt.datetime(2026, 3, 2, 18, 0)) is None
    assert scheduled.run_if_due(demo_db, dt.datetime(2026, 3, 2, 18, 31)) is not None
    assert scheduled.run_if_due(demo_db, dt.datetime(2026, 3, 2, 23, 0)) is None  # once a day
    assert scheduled.run_if_due(demo_db, dt.datetime(2026, 3, 3, 18, 30)) is not None


def test_after_sync_exports_only_when_asked_and_never_fails_the_sync(demo_db, out: Path) -> None:
    assert scheduled.after_sync(demo_db) == []  # nothing set
    _set(demo_db, out, after_sync=False, at="07:00")
    assert scheduled.after_sync(demo_db) == [] and not any(out.iterdir())
    _set(demo_db, out, after_sync=True)
    notes = scheduled.after_sync(demo_db)
    assert notes and notes[0].startswith("exported to") and len(list(out.iterdir())) == 1
    for path in out.iterdir():
        path.unlink()
    out.rmdir()  # the share is not mounted today
    notes = scheduled.after_sync(demo_db)
    assert notes and notes[0].startswith("scheduled export failed") and not out.exists()


def test_a_bad_schedule_is_refused_by_field(demo_db, out: Path) -> None:
    with demo_db.transaction() as session:
        for kw, field in (({"at": "7 pm"}, "at"), ({"keep": 0}, "keep"), ({"fmt": "pdf"}, "format")):
            values = {"fmt": "xlsx", "keep": 3, "at": ""} | kw
            with pytest.raises(Invalid) as caught:
                scheduled.save_schedule(session, str(out), values["fmt"], values["keep"], values["at"], False)
            assert caught.value.field == field
        with pytest.raises(Invalid) as caught:
            scheduled.save_schedule(session, str(out / "gone"), "xlsx", 3, "", True)
        assert caught.value.field == "folder"


def test_the_sync_engines_call_the_hook() -> None:
    """Both ways a laptop syncs (the hub, a shared folder) end with the scheduled export's hook."""
    import inspect

    from fieldapp.sync import client, folder

    assert "after_sync(db)" in inspect.getsource(client.sync)
    assert "after_sync(db)" in inspect.getsource(folder.laptop_sync_folder)
