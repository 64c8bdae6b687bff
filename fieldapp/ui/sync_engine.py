"""The background sync engine: the laptop syncs by itself, the person keeps working.

A round (``fieldapp.sync.auto.run_round``: push, pull, files — or a synced folder) runs in a process of its own
(``fieldapp/sync/round_process.py``), so its Python work never holds this interpreter's lock; a thread here only
reads its progress lines. A check-in's write waits at most for one small page of a pull. When:

- at start, and when Qt's network information says the computer is connected again (then the hub is checked);
- a few seconds after a change made here while online (so it leaves within ``PUSH_AFTER_S`` + a round);
- every ``PERIOD_S`` while online, to receive the others' changes;
- while offline, with back-off (5, 10, 20, 30 s…; ``auto.Backoff``), so a hub that comes back is found soon;
- at once on "Sync now" (F9).

Changes written to the file by another process (``fieldapp import people`` while the application is open) are
noticed by the tick (``auto.change_mark``): every list is asked again and they are sent like any change.
Closing asks a running round to stop at a clean point (between batches and pages; ``client.Stopped``); what it
had done is recorded, the next start goes on from there. No dialog ever comes from here: the status bar and
the Sync page show what happens.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from fieldapp.ui.live_query import LiveQuery
from fieldapp.ui.operations import Operations

log = logging.getLogger(__name__)
#: Windows: the round's process opens no console window
_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0

TICK_MS = 5000
#: a change made here while online is sent this long after it (changes in a row go together)
PUSH_AFTER_S = 3.0
#: while online, a round this often to receive the others' changes
PERIOD_S = 60.0
#: closing waits this long for a round to reach a clean point
STOP_WAIT_S = 15.0


@dataclass(frozen=True)
class SyncView:
    """What the status bar and the Sync page show."""

    state: Any  # fieldapp.sync.state.SyncState, or None before the first answer
    online: bool | None = None  # None: not known yet
    running: bool = False
    phase: str | None = None  # push, pull, files, folder while a round runs
    count: int = 0
    error: str | None = None  # the code of the last failed round (fieldapp/ui/problems.py words it)
    error_message: str | None = None
    last_result: Any = None  # fieldapp.sync.auto.RoundResult of the last round


class _Relay(QObject):
    progress = Signal(str, int)
    finished = Signal(tuple)


def _state(session: Any) -> Any:
    from fieldapp.sync.state import sync_state

    return sync_state(session)


def _marks(session: Any) -> Any:
    """On the worker (``auto`` brings in httpx and the sync client: not on the GUI thread at the start)."""
    from fieldapp.sync.auto import change_mark, folder_signature

    return change_mark(session), folder_signature(session)


class SyncEngine(QObject):
    changed = Signal(object)  # SyncView

    def __init__(self, ops: Operations, db: Any, owner: QWidget) -> None:
        super().__init__(owner)
        self.ops, self.db = ops, db
        from fieldapp.sync.backoff import Backoff

        self.backoff = Backoff()
        self.view = SyncView(None)
        self.thread: threading.Thread | None = None  # reads the running round's process
        self.child: subprocess.Popen[str] | None = None
        self._stop = threading.Event()
        self.closing = False
        self.next_attempt = 0.0  # monotonic time of the next round
        self.again = False  # "Sync now" while a round runs: one more after it
        self.mark: int | None = None
        self.folder_seen: Any = None  # what the synced folder held for laptops at the last look
        self._own_write = False
        self._announcing = False
        self.rounds = 0  # finished rounds (tests)
        self._relay = _Relay()
        self._relay.progress.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        #: the state the status bar shows, asked again after every write that touches what it read
        self.state_query: LiveQuery[Any] = LiveQuery(ops, owner, lambda: _state, self._state_arrived)
        ops.data_changed.connect(self._data_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.network: Any = None

    # -- starting and stopping ---------------------------------------------------------------------------
    def start(self) -> None:
        self.timer.start()
        self._watch_network()
        self.state_query.refresh()
        QTimer.singleShot(0, self.tick)

    def _watch_network(self) -> None:
        """Qt's network information, where the platform has a backend: reconnecting triggers a check."""
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.loadDefaultBackend() or QNetworkInformation.instance() is not None:
                self.network = QNetworkInformation.instance()
        except (ImportError, RuntimeError, AttributeError):
            self.network = None
        if self.network is not None:
            self.network.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Disconnected:
            self._set(online=False)
        else:  # connected again: check the hub now instead of waiting for the back-off
            self.next_attempt = 0.0
            self.tick()

    def stop(self, wait_s: float = STOP_WAIT_S) -> bool:
        """Closing: no more rounds; a running one stops at its next clean point. True if it did in time."""
        self.closing = True
        self.timer.stop()
        self._stop.set()
        self._ask_to_stop()
        thread = self.thread
        if thread is not None:
            thread.join(wait_s)
            return not thread.is_alive()
        return True

    # -- deciding ----------------------------------------------------------------------------------------
    def _data_changed(self, tables: frozenset[str]) -> None:
        self._own_write = True
        if "operation" in tables and not self._announcing:
            self._soon()

    def _soon(self) -> None:
        """A change waits to be sent: while online (and not backing off), a round in a few seconds."""
        if self.view.online and not self.backoff.failures and not self.closing:
            self.next_attempt = min(self.next_attempt, time.monotonic() + PUSH_AFTER_S)
            QTimer.singleShot(int(PUSH_AFTER_S * 1000) + 50, self.tick)

    def _state_arrived(self, state: Any) -> None:
        self._set(state=state)
        if self.again and state.route and self.thread is None and not self.closing:
            self._start_round()  # "Sync now" just after enrolling: the state now knows the route
        elif state.pending and not self.view.running:
            self._soon()

    def _announce(self, tables: frozenset[str]) -> None:
        """Tell every view that these tables changed (a round's or another process's writes)."""
        self._announcing = True
        try:
            self.ops.data_changed.emit(tables)
        finally:
            self._announcing = False

    def tick(self) -> None:
        """Every few seconds: notice changes made by another process, then start a round when one is due."""
        if self.closing or self.db is None:
            return
        own, self._own_write = self._own_write, False
        self.ops.read(_marks,
                      success=lambda marks: self._marked(*marks, own),
                      failure=lambda exc: log.warning("reading the change mark failed: %s", exc))

    def _marked(self, mark: int, folder: Any, own: bool) -> None:
        if self.closing:
            return
        if folder is not None and self.folder_seen is not None and folder != self.folder_seen:
            self.next_attempt = 0.0  # the head office left a reply in the synced folder
        if self.folder_seen is None or self.thread is None:
            self.folder_seen = folder
        if self.mark is not None and mark != self.mark and not own and not self._own_write:
            from fieldapp.sync.auto import all_tables

            self._announce(all_tables())  # another process wrote: every view asks again
            self._soon()
        self.mark = mark
        self._maybe_start()

    def _maybe_start(self) -> None:
        state = self.view.state
        if self.closing or self.thread is not None or state is None or not state.route:
            return
        if time.monotonic() >= self.next_attempt:
            self._start_round()

    def sync_now(self) -> None:
        """F9: a round at once (after the running one, if any), whatever the back-off said."""
        if self.closing:
            return
        self.backoff.succeeded()
        self.next_attempt = 0.0
        if self.thread is not None:
            self.again = True
            return
        if self.view.state is None or not self.view.state.route:
            self.again = True  # enrolled a moment ago, maybe: the round starts when the state says how
            self.state_query.refresh()
            return
        self._start_round()

    # -- a round -----------------------------------------------------------------------------------------
    def _start_round(self) -> None:
        self.again = False
        self._set(running=True, phase="check", count=0)
        relay, stop = self._relay, self._stop
        from fieldapp.sync import round_process

        errors = tempfile.TemporaryFile("w+", encoding="utf-8")  # a file: a chatty child never blocks on it
        try:
            child = subprocess.Popen(
                round_process.command(self.db.path), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=errors, text=True, encoding="utf-8", creationflags=_NO_WINDOW)
        except OSError as exc:
            errors.close()
            relay.finished.emit((None, "sync.failed", f"the sync could not start: {exc}"))
            return
        self.child = child

        def work() -> None:  # waits on the child's pipe: holds the interpreter lock only to read a line
            outcome: tuple[Any, str | None, str] | None = None
            assert child.stdout is not None
            for line in child.stdout:
                said = round_process.message(line)
                if said is None:
                    continue
                if "progress" in said:
                    relay.progress.emit(str(said["progress"][0]), int(said["progress"][1]))
                elif "result" in said:
                    from fieldapp.sync.auto import RoundResult

                    outcome = (RoundResult(**said["result"]), None, "")
                elif "stopped" in said:
                    outcome = (None, "stopped", "")
                elif "error" in said:
                    outcome = (None, str(said["error"][0]), str(said["error"][1]))
            child.wait()
            with errors:
                errors.seek(0)
                problem = errors.read()
            if outcome is None:  # the child ended without a word: killed, or it could not start
                log.warning("the sync process ended with %s: %s", child.returncode, problem[-2000:])
                outcome = (None, "sync.failed", problem.strip().splitlines()[-1] if problem.strip() else
                           f"the sync process ended with code {child.returncode}")
            relay.finished.emit(outcome)

        if stop.is_set():
            self._ask_to_stop()
        self.thread = threading.Thread(target=work, name="fieldapp-sync", daemon=True)
        self.thread.start()

    def _ask_to_stop(self) -> None:
        from fieldapp.sync.round_process import STOP

        child = self.child
        if child is None or child.stdin is None:
            return
        try:
            child.stdin.write(STOP + "\n")
            child.stdin.flush()
            child.stdin.close()
        except (OSError, ValueError):
            pass  # it has ended already

    def _progressed(self, phase: str, count: int) -> None:
        if self.view.running:
            self._set(phase=phase, count=count)

    def _finished(self, outcome: tuple[Any, str | None, str]) -> None:
        result, code, message = outcome
        if self.thread is not None:
            self.thread.join(1.0)
        self.thread = None
        self.child = None
        self.rounds += 1
        if self.closing:
            return
        now = time.monotonic()
        if code is None:
            self.backoff.succeeded()
            self.next_attempt = now + PERIOD_S
            self._set(online=True, running=False, phase=None, error=None, error_message=None, last_result=result)
            from fieldapp.sync.auto import all_tables

            tables = all_tables() if result.received else frozenset({"operation", "local_setting", "conflict",
                                                                    "sync_rejection", "sync_file"})
            self._announce(tables)
            self._own_write = True  # the round's writes are not another process's
        else:
            delay = self.backoff.failed()
            self.next_attempt = now + delay
            self._set(online=code not in ("sync.unreachable", "sync.folder_failed"), running=False, phase=None,
                      error=code, error_message=message)
            log.info("sync round failed (%s): %s; next attempt in %.0f s", code, message, delay)
            self.state_query.refresh()
        if self.again:
            self.next_attempt = 0.0
            QTimer.singleShot(0, self.tick)

    def _set(self, **changes: Any) -> None:
        self.view = replace(self.view, **changes)
        self.changed.emit(self.view)
