"""The application's background round in a process of its own (fieldapp/sync/round_process.py): the lines it
says and what it says when the hub is away (stopping it: tests/ui/test_sync_app.py, closing during a sync)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from fieldapp.sync import round_process


def _said(text: str) -> list[dict]:
    return [m for m in map(round_process.message, text.splitlines()) if m is not None]


def test_a_round_without_a_hub_says_why_in_its_last_line(empty_path: Path) -> None:
    from fieldapp.db import open_database
    from fieldapp.sync import client

    db = open_database(empty_path)
    db.set_setting(client.SERVER, "http://127.0.0.1:9")  # nothing listens there
    db.set_setting(client.TOKEN, "t")
    db.close()
    out = io.StringIO()
    assert round_process.serve(empty_path, io.StringIO(""), out) == 0
    said = _said(out.getvalue())
    assert said[0] == {"progress": ["check", 0]}
    assert said[-1]["error"][0] == "sync.unreachable"


def test_the_command_runs_a_round_and_ends_with_one_outcome_line(empty_path: Path) -> None:
    done = subprocess.run(round_process.command(empty_path), input=round_process.STOP + "\n", text=True,
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    said = _said(done.stdout)
    assert said[-1]["error"][0] == "sync.unreachable"  # not enrolled: no hub, no folder
    assert round_process.message("Traceback (most recent call last):") is None
    assert round_process.message("[1, 2]") is None
