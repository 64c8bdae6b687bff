"""The operation layer: every piece of work off the GUI thread goes through here (STYLE.md, Anki).

- ``write``: a database change, on ONE serial worker thread so writes never race; inside one transaction; on
  success announces ``data_changed`` with the tables the transaction wrote (the history capture knows them, no
  screen declares them), so every open view whose question read one of them asks again (:mod:`live_query`).
- ``read``: a query on a small pool of reader threads (SQLite's WAL lets reads run beside a write).
- ``background``: other work (exports, PDFs, later sync) on a pool of its own; closing waits for it.

Results come back to the GUI thread by a queued signal; a failure shows the one standard error dialog unless
the caller handles it; a progress dialog appears only when the work lasts over half a second. Tests replace
the pools with :class:`InlinePool` so operations run synchronously.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from fieldapp.ui import errors

if TYPE_CHECKING:
    from fieldapp.db import Database, Session

log = logging.getLogger(__name__)
PROGRESS_DELAY_MS = 500
#: how long closing waits for background work (an export, a PDF) to finish
CLOSING_WAIT_MS = 120_000

T = TypeVar("T")
Success = Callable[[T], object]
Failure = Callable[[BaseException], object]


class InlinePool:
    """A stand-in for QThreadPool that runs each task at once on the calling thread (tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, _msecs: int = -1) -> bool:  # noqa: N802 - mirrors QThreadPool
        return True

    def activeThreadCount(self) -> int:  # noqa: N802 - mirrors QThreadPool
        return 0


def _receiver_alive(callback: Callable[..., Any]) -> bool:
    """False when ``callback`` is a method of a window or widget that is gone: the answer of a read asked by a
    dialog closed and deleted before it came is dropped, not shown in widgets that no longer exist."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back to the GUI thread."""

    #: one tuple (result, problem): PySide mishandles the refcount of a bare None passed as a signal argument
    finished = Signal(tuple)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self._relay.finished.emit((None, (exc, traceback.format_exc())))
        else:
            self._relay.finished.emit((result, None))


class Operations(QObject):
    """One per open database; owned by the main window (or a test)."""

    #: the names of the tables a successful write changed
    data_changed = Signal(frozenset)
    #: number of tasks running or queued changed (for a busy indicator)
    busy_changed = Signal(int)

    def __init__(self, db: Database | None = None, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self.db = db
        self.parent_widget = parent_widget
        self.serial: QThreadPool | InlinePool = QThreadPool()
        self.serial.setMaxThreadCount(1)
        self.readers: QThreadPool | InlinePool = QThreadPool()
        self.readers.setMaxThreadCount(2)
        self.pool: QThreadPool | InlinePool = QThreadPool()
        self.pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()
        self._background = 0
        self._background_lock = threading.Lock()

    def run_inline(self) -> None:
        """Run every operation synchronously on the calling thread (tests)."""
        self.serial = self.readers = self.pool = InlinePool()

    @property
    def pending(self) -> int:
        return len(self._relays)

    def _database(self) -> Database:
        if self.db is None:
            raise RuntimeError("no database is open yet")
        return self.db

    def write(self, work: Callable[[Session], T], *, reason: str | None = None, success: Success[T] | None = None,
              failure: Failure | None = None, progress: str | None = None) -> None:
        """``work(session)`` inside one transaction on the serial worker; then ``data_changed`` names the tables
        it wrote, and ``success`` gets its result."""
        db = self._database()

        def in_transaction() -> tuple[T, frozenset[str]]:
            written: set[str] = set()
            with db.transaction(reason=reason, written=written) as session:
                result = work(session)
            return result, frozenset(written)

        def announce(outcome: tuple[T, frozenset[str]]) -> None:
            result, written = outcome
            if written:
                self.data_changed.emit(written)
            if success is not None:
                success(result)

        self._start(self.serial, in_transaction, announce, failure, progress)

    def serial_task(self, work: Callable[[], T], *, success: Success[T] | None = None,
                    failure: Failure | None = None, progress: str | None = None) -> None:
        """Work that must not race with writes but manages its own transaction (opening the database)."""
        self._start(self.serial, work, success, failure, progress)

    def read(self, work: Callable[[Session], T], *, success: Success[T] | None = None,
             failure: Failure | None = None, progress: str | None = None,
             tables_read: set[str] | None = None) -> None:
        """``work(session)`` in a read-only session on a reader thread; ``tables_read`` (filled on that thread,
        complete when ``success`` runs) collects the tables its statements read."""
        db = self._database()

        def in_session() -> T:
            with db.reading(tables_read) as session:
                return work(session)

        self._start(self.readers, in_session, success, failure, progress)

    def background(self, work: Callable[[], T], *, success: Success[T] | None = None,
                   failure: Failure | None = None, progress: str | None = None) -> None:
        """Work that needs no database session: rendering a PDF, writing an Excel file; closing waits for it."""
        lock = self._background_lock

        def counted() -> T:
            try:
                return work()
            finally:
                with lock:
                    self._background -= 1

        with lock:
            self._background += 1
        self._start(self.pool, counted, success, failure, progress)

    def wait(self, msecs: int = 10_000) -> None:
        """Let queued writes and reads finish (closing the window, tests)."""
        for pool in (self.serial, self.readers):
            pool.waitForDone(msecs)

    def wait_for_background(self, msecs: int = CLOSING_WAIT_MS) -> bool:
        """Let exports and documents being written finish (closing); False if they did not in time."""
        return bool(self.pool.waitForDone(msecs))

    def background_running(self) -> int:
        """Background tasks started and not finished yet (running or queued)."""
        return self._background

    def _start(self, pool: QThreadPool | InlinePool, work: Callable[[], Any], success: Success[Any] | None,
               failure: Failure | None, progress: str | None) -> None:
        relay = _Relay()
        self._relays.add(relay)
        dialog_timer: QTimer | None = None
        dialog: list[QProgressDialog] = []
        if progress is not None and not isinstance(pool, InlinePool):
            dialog_timer = QTimer(relay)
            dialog_timer.setSingleShot(True)
            dialog_timer.timeout.connect(lambda: dialog.append(self._show_progress(progress)))
            dialog_timer.start(PROGRESS_DELAY_MS)

        def done(outcome: tuple[Any, tuple[BaseException, str] | None]) -> None:
            result, problem = outcome
            self._relays.discard(relay)
            if dialog_timer is not None:
                dialog_timer.stop()
            for shown in dialog:
                shown.close()
                shown.deleteLater()
            relay.deleteLater()
            self.busy_changed.emit(len(self._relays))
            if problem is None:
                if success is not None and _receiver_alive(success):
                    success(result)
                return
            exc, text = problem
            log.error("operation failed:\n%s", text)
            if failure is not None:
                if _receiver_alive(failure):
                    failure(exc)
            else:
                errors.show_error(self.parent_widget, exc, text)

        relay.finished.connect(done, Qt.ConnectionType.QueuedConnection
                               if not isinstance(pool, InlinePool) else Qt.ConnectionType.DirectConnection)
        self.busy_changed.emit(len(self._relays))
        pool.start(_Task(work, relay))

    def _show_progress(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, "", 0, 0, self.parent_widget)
        dialog.setCancelButton(None)  # type: ignore[arg-type]  # Qt takes None: no cancel button
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        return dialog
