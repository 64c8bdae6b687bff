"""A background sync round in a process of its own, so that its Python work never holds the window's
interpreter lock (``fieldapp/ui/sync_engine.py`` starts it; no Qt here).

The engine runs :func:`command` and reads one JSON object per line from the child's standard output:

- ``{"progress": [phase, count]}`` while the round runs (phase: check, push, pull, files, folder);
- then exactly one of ``{"result": {...RoundResult}}``, ``{"stopped": true}`` or ``{"error": [code, message]}``.

A line ``stop`` on the child's standard input — or its end, when the window is gone — asks the round to stop
at its next clean point (between requests, batches and pages: ``client.Stopped``); what it did is recorded and
the next round goes on from there.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
import threading
from pathlib import Path
from typing import IO, Any

#: the hidden command of ``fieldapp`` that runs one round (``fieldapp/cli/sync.py``)
COMMAND = "sync-round"
STOP = "stop"

log = logging.getLogger(__name__)


def command(db_path: Path) -> list[str]:
    """How to start a round on this database: this interpreter, or the installed command-line program."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)  # the window's program has no console; the command-line one beside it has
        cli = exe.with_name("fieldapp-cli" + exe.suffix)
        return [str(cli if cli.exists() else exe), COMMAND, "--db", str(db_path)]
    return [sys.executable, "-m", "fieldapp", COMMAND, "--db", str(db_path)]


def message(line: str | bytes) -> dict[str, Any] | None:
    """One line of the child's output as a message; None for anything else (a stray print)."""
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def serve(db_path: Path, stdin: IO[str], stdout: IO[str]) -> int:
    """Run one round on the database at ``db_path``, speaking the protocol above. Exit code 0 whatever the
    round's outcome (the outcome is the last line)."""
    from fieldapp.db import open_database
    from fieldapp.problems import Invalid
    from fieldapp.sync import auto, client

    stop = threading.Event()

    def listen() -> None:
        for line in stdin:
            if line.strip() == STOP:
                break
        stop.set()  # asked to stop, or the window is gone

    def say(value: dict[str, Any]) -> None:
        stdout.write(json.dumps(value, ensure_ascii=False) + "\n")
        stdout.flush()

    threading.Thread(target=listen, name="stop-listener", daemon=True).start()
    db = None
    try:
        say({"progress": ["check", 0]})
        db = open_database(db_path, migrate=False)
        if not auto.reachable(db):
            raise client.SyncError("the hub cannot be reached", "sync.unreachable")
        result = auto.run_round(db, stop=stop.is_set, progress=lambda phase, count: say({"progress": [phase, count]}))
    except client.Stopped:
        say({"stopped": True})
    except (client.SyncError, Invalid) as exc:
        say({"error": [getattr(exc, "code", None) or "sync.failed", str(exc)]})
    except Exception as exc:  # noqa: BLE001 - the window hears every failure as a line, never a traceback
        log.exception("a sync round failed")
        say({"error": ["sync.failed", f"{type(exc).__name__}: {exc}"]})
    else:
        say({"result": dataclasses.asdict(result)})
    finally:
        if db is not None:
            db.close()
    return 0
