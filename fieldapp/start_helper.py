"""The start helper: a small child process that asks the database the page in view's first question while the
main process builds its window, on the machine's other core (no interpreter lock shared).

A first start (nothing kept by the last session, ``fieldapp/snapshots.py``) otherwise waits after the window for
its worker thread to import SQLAlchemy and the model, open the file and compile the first statements — while the
second core idles. ``fieldapp`` with no command starts the helper at the very top of ``cli.main``, before Qt is
imported (:func:`start`); the helper imports the database layer and the dashboard's service, opens the file for
reading and waits for a word on its stdin: the key of the page the window shows (``dashboard``). It answers on
its stdout with that page's kept question's answer — the same core service the page and a kept snapshot use
(``services.dashboard.view``) — as :mod:`fieldapp.snapshots` encodes it, and exits. The window shows the answer
as a next start shows a kept snapshot, until its own worker's answer replaces it.

Rules:

- Nothing ever waits on the helper. Its answer is shown only if it comes before the main process's own; the main
  process stops it (kills it) once its own data are on screen, when a kept snapshot makes it needless, and when
  the window closes. A helper that fails, is slow or says nothing changes nothing.
- It never writes: no migration (a database that needs one gets no answer; the main process migrates), no
  device record, no backup clean-up, no snapshot. Its answer goes through a pipe, never to a file.
- An encrypted database: the helper is never given a key (not on its command line, not in its environment); such
  a file gets no answer from it.
- No orphan: it exits when its stdin closes (the main process gone) and after ``TIMEOUT_S`` whatever happens.
- Windows and the frozen build: it is the same executable started with :data:`FLAG` (``sys.executable`` is
  FieldApp.exe there, and ``python -m fieldapp`` otherwise); no fork, no console window.

This module imports nothing heavy: the main process imports it before Qt.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import subprocess

#: the first word on the helper's command line (not offered by ``fieldapp --help``)
FLAG = "--start-helper"
#: set to "0" to start without the helper (the benchmarks' baseline, tests)
ENV = "FIELDAPP_START_HELPER"
#: the helper exits after this many seconds whatever it is doing
TIMEOUT_S = 60
#: the helper's niceness on POSIX, set as it starts (and SCHED_IDLE on Linux; Windows: BELOW_NORMAL_PRIORITY_CLASS)
NICE = 19
#: the pages the helper can answer for: their key and the core service whose answer the page shows first
QUESTIONS = {"dashboard": "fieldapp.services.dashboard:view"}


def command(database: Path) -> list[str]:
    """The helper's command line: the frozen build's own executable, or this Python with ``-m fieldapp``."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "fieldapp"]
    return [*program, FLAG, str(database)]


class Helper:
    """The main process's end: ``ask(key)``, then ``when_answered(callback)`` (called on a reader thread with
    ``(key, payload)`` once, if the helper answers); ``stop()`` any time, as often as wanted."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.answer: tuple[str, Any] | None = None
        self.asked: str | None = None
        self.stopped = False
        self._lock = threading.Lock()
        self._callback: Callable[[str, Any], None] | None = None
        self._reader = threading.Thread(target=self._read, name="start-helper", daemon=True)
        self._reader.start()

    def ask(self, key: str) -> None:
        """The page in view is ``key``: the helper answers for it (or for no page it knows: it exits)."""
        if self.stopped or self.asked is not None:
            return
        self.asked = key
        try:
            assert self.process.stdin is not None
            self.process.stdin.write(key.encode("ascii", "replace") + b"\n")
            self.process.stdin.flush()
        except (OSError, ValueError):  # it has exited already
            self.stop()

    def when_answered(self, callback: Callable[[str, Any], None]) -> None:
        with self._lock:
            answer = self.answer
            if answer is None:
                self._callback = callback
        if answer is not None:
            callback(*answer)

    def stop(self) -> None:
        """Kill the helper if it runs still (a killed reader leaves the database as it was); nothing waits for it:
        the reader thread reaps it."""
        if self.stopped:
            return
        self.stopped = True
        self._callback = None
        try:
            if self.process.poll() is None:
                self.process.kill()
        except OSError:
            pass
        try:
            assert self.process.stdin is not None
            self.process.stdin.close()
        except (OSError, ValueError):
            pass

    def _read(self) -> None:
        try:
            assert self.process.stdout is not None
            text = self.process.stdout.read()
        except (OSError, ValueError):
            text = b""
        finally:
            try:
                self.process.wait()
            except OSError:
                pass
        if self.stopped or self.process.returncode != 0 or not text:
            return
        try:
            from fieldapp import snapshots

            found = json.loads(text)
            key, payload = found["key"], snapshots.decode(found["payload"])
        except (ValueError, KeyError, TypeError):
            return
        if key != self.asked:
            return
        with self._lock:
            if self.stopped:
                return
            self.answer = (key, payload)
            callback = self._callback
        if callback is not None:
            callback(key, payload)


def needed(database: Path) -> bool:
    """Whether a start on ``database`` may use the helper: not turned off, the file there, and no snapshot the
    last session kept fits it (a next start shows that one at once)."""
    if os.environ.get(ENV) == "0" or not database.is_file():
        return False
    import datetime as dt

    from fieldapp import snapshots
    from fieldapp.paths import cache_dir

    return not any(snapshots.fits(cache_dir(), database, key, dt.date.today()) for key in QUESTIONS)


def start(database: Path) -> Helper | None:
    """Start the helper for ``database`` when :func:`needed` (None otherwise, or when it cannot start: the start
    goes on without it). It runs at a low priority: it takes a core nothing else wants, never the window's."""
    if not needed(database):
        return None
    import subprocess  # only where a helper starts (8 ms before a next start's window otherwise)

    # Windows: no console for a console-subsystem Python, below the window's priority; POSIX: the lowest
    # priority from its first instruction (its interpreter's start competed with the window's otherwise)
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) | getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)
    try:
        process = subprocess.Popen(command(database), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, creationflags=flags,
                                   preexec_fn=_lowest_priority if os.name == "posix" else None)  # noqa: PLW1509
    except OSError:
        return None
    return Helper(process)


def _lowest_priority() -> None:
    """In the helper's process before it runs Python (POSIX; called where no other thread runs yet)."""
    try:
        os.nice(NICE)
        if hasattr(os, "SCHED_IDLE"):  # Linux: only time no other process of ours wants
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except OSError:
        pass


# -- the helper's side ---------------------------------------------------------------------------------------
def open_reading(database: Path) -> Any | None:
    """``database`` opened for reading, its user chosen; None when the helper has nothing to give: not a current
    FieldApp database (missing, damaged, encrypted, needing a migration) or no user chosen yet. Nothing is
    written: no migration, no device record, no clean-up (the main process's open does those)."""
    from fieldapp.db.database import Database, sniff
    from fieldapp.db.migrations import is_current
    from fieldapp.model import LocalSetting

    try:
        sniff(database)
    except Exception:  # noqa: BLE001 - the main process says what is wrong with the file
        return None
    db = Database(database)  # never a key: an encrypted file is not read here
    try:
        if is_current(db):
            with db.reading() as session:
                setting = session.get(LocalSetting, "current_user")
            db.set_user(setting.value if setting is not None else None)
            if db.user_id is not None:
                return db
    except Exception:  # noqa: BLE001 - whatever fails here, the main process meets and explains
        pass
    db.close()
    return None


def ask(db: Any, key: str) -> Any | None:
    """The answer of page ``key``'s first question (None for a page the helper does not know)."""
    question = QUESTIONS.get(key)
    if question is None:
        return None
    module_name, _, name = question.partition(":")
    service = getattr(__import__(module_name, fromlist=[name]), name)
    with db.reading() as session:
        return service(session)


def answer(database: Path, key: str) -> Any | None:
    """:func:`open_reading` then :func:`ask`: what the helper process answers for ``key``."""
    db = open_reading(database)
    if db is None:
        return None
    try:
        return ask(db, key)
    finally:
        db.close()


def main(database: str) -> int:
    """The helper process: the imports and the file first, then the word from the main process, the answer on
    stdout. Exit code 0 with nothing written: no answer."""
    import faulthandler

    faulthandler.dump_traceback_later(TIMEOUT_S, exit=True)  # whatever happens, it does not outlive its use
    try:  # a windowed build (FieldApp.exe) may have no sys.stdin/stdout objects though its pipes are there
        words = sys.stdin.buffer if sys.stdin is not None else os.fdopen(0, "rb", closefd=False)
        out = sys.stdout.buffer if sys.stdout is not None else os.fdopen(1, "wb", closefd=False)
    except OSError:
        return 0
    # the slow part first (SQLAlchemy, the model, the service, the file), while the main process builds its window
    import fieldapp.services.dashboard  # noqa: F401

    db = open_reading(Path(database))
    if db is None:
        return 0
    try:
        key = words.readline().decode("ascii", "replace").strip()  # the main process's word; its end: no answer
        found = ask(db, key) if key else None
    finally:
        db.close()
    if found is None:
        return 0
    from fieldapp import snapshots

    text = json.dumps({"key": key, "payload": snapshots.encode(found)}, ensure_ascii=False)
    out.write(text.encode("utf-8"))
    out.flush()
    return 0
