"""Start the desktop application: ``run(path, lang, create)`` (called by ``fieldapp`` with no command).

The window is shown first and the database is opened behind it on the serial worker (importing and opening
the database layer takes longer than showing a window); the instance lock is taken there too, before the file
is touched. A second window on the same database, or a file that is not a database, gets a clear message and
exit code 1.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

import fieldapp
from fieldapp import APP_NAME, gc_pause, snapshots
from fieldapp.paths import cache_dir
from fieldapp.ui import errors, i18n, style
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.operations import Operations

translate = QCoreApplication.translate

ORGANISATION = "FieldApp"
#: set by benchmarks/startup.py: print when the window is painted and when data are on screen, then quit
PROBE_ENV = "FIELDAPP_STARTUP_PROBE"
#: with the probe set to "settle": how long the window stays after its data, its longest pause measured
SETTLE_S = 3.0
#: the log file and the version are set up once the first data are on screen, or this long after the paint
SETTLE_AFTER_MS = 3000


def application() -> QApplication:
    """The QApplication; one made here has FieldApp's style already (``style.style_arguments``)."""
    existing = QApplication.instance()
    app = QApplication([*sys.argv[:1], *style.style_arguments()]) if existing is None else existing
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    return app


def use_settings_folder() -> Path | None:
    """In portable mode (or with ``FIELDAPP_DATA_DIR``) the window's geometry, the interface language and the
    other QSettings are INI files in the data folder (``FieldAppData/settings``), not in the user's registry or
    profile: a stick carries them from laptop to laptop. Called before anything reads QSettings."""
    from fieldapp.paths import settings_dir

    folder = settings_dir()
    if folder is not None:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


def _open(path: Path, create: bool, prepare: Callable[[], Any] | None = None,
          look: Callable[[Path], None] | None = None) -> tuple[Any, Any]:
    """On the serial worker: make the file if asked (the demo), take the instance lock, ``look`` at it (the page
    in view's first figures, read without the database layer), then open (and migrate) the database.

    The look comes first, not beside the imports in a thread of its own: each row SQLite gives back takes the
    interpreter lock again, which the imports hold for their switch interval — the look then ended with the
    imports, 0.65 s after the window at large instead of 0.23 s (docs/performance.md)."""
    from fieldapp.db import InstanceLock  # alone: fieldapp.db loads its names when asked (no SQLAlchemy yet)

    if prepare is not None:
        prepare()
    lock = InstanceLock(path).acquire()
    try:
        if look is not None:
            try:
                look(path)
            except Exception as exc:  # noqa: BLE001 - the start goes on without its first look
                errors.log.warning("the first look at %s failed: %r", path, exc)
        from fieldapp.db import open_database

        return lock, open_database(path, create=create)
    except BaseException:
        lock.release()
        raise


class _HeldRecords(logging.Handler):
    """What is logged between the first paint and the log file's set-up (Startup.settle), held to be written
    there then (and not printed on stderr meanwhile)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class Startup(QObject):
    """What happens between the window appearing and the data arriving; ``exit_code`` is run()'s answer."""

    #: the page in view's first figures, read on the worker before the database layer (key, data or None)
    looked = Signal(str, object)

    def __init__(self, app: QApplication, window: MainWindow, path: Path, create: bool,
                 prepare: Callable[[], Any] | None = None, collector: contextlib.ExitStack | None = None) -> None:
        """``collector``: the cyclic collector held off until the first data (``run``), let go in ``settle``."""
        super().__init__()
        self.app, self.window, self.path, self.create, self.prepare = app, window, path, create, prepare
        self.ops = Operations(None, window)
        self.lock: Any = None
        self.db: Any = None
        self.exit_code = 0
        self.profile_dialog: Any = None
        self.started = False
        self.settled = False
        self.held = _HeldRecords()
        self.collector = collector or contextlib.ExitStack()

    def begin(self) -> None:
        if self.started:
            return
        self.started = True
        logging.getLogger().addHandler(self.held)
        # the worker first: importing the database layer is the longest step between the window and the data
        look = self._first_look()
        self.ops.serial_task(lambda: _open(self.path, self.create, self.prepare, look), success=self._opened,
                             failure=self._failed)
        self.window.statusBar().showMessage(translate("Startup", "Opening the database…"))
        self.window.live_data_shown.connect(lambda: QTimer.singleShot(0, self.settle))
        QTimer.singleShot(SETTLE_AFTER_MS, self.settle)

    def _first_look(self) -> Callable[[Path], None] | None:
        """What the worker reads first, when the page in view can show its figures before the database layer is
        loaded (its module's ``first_look(path)``) and nothing the last session kept is shown instead."""
        key = self.window.section_in_view()
        section = next((s for s in self.window.sections if s.key == key), None)
        if section is None or key in self.window.kept or self.window.first_data_done:
            return None
        read = getattr(section.page_module(), "first_look", None)
        if read is None:
            return None
        self.looked.connect(self.window.show_early)  # queued: emitted on the worker
        return lambda path: self.looked.emit(key, read(path))

    def settle(self) -> None:
        """Once the first data are on screen (or SETTLE_AFTER_MS after the paint): the collector runs again, what
        the start made frozen out of its passes; the log file (logging.handlers
        brings socket and pickle) and the version (importlib.metadata) — each import held the interpreter lock the
        worker needed. What was logged until then is written to it now; the excepthook shows errors all along."""
        if self.settled:
            return
        self.settled = True
        gc.freeze()  # what the start made (modules, classes, the model's tables) lives as long as the process
        self.collector.close()
        errors.setup_logging()
        root = logging.getLogger()
        root.removeHandler(self.held)
        for record in self.held.records:
            root.handle(record)
        self.held.records.clear()
        # the version is looked up off the GUI thread (importlib.metadata reads the installed files)
        self.ops.background(lambda: fieldapp.__version__, success=self.app.setApplicationVersion)

    def _failed(self, exc: BaseException) -> None:
        from fieldapp.db import AlreadyRunning, DatabaseError

        self.settle()  # the failure goes into the log file
        self.exit_code = 1
        if isinstance(exc, AlreadyRunning):
            self.window.hide()
            QMessageBox.critical(None, APP_NAME, translate("Startup",
                "This database is already open in another FieldApp window. Switch to that window, or close it "
                "and start FieldApp again.") + f"\n\n{self.path}")
        elif isinstance(exc, DatabaseError):
            self.window.hide()
            QMessageBox.critical(None, APP_NAME, translate("Startup", "FieldApp cannot open this database.") + f"\n\n{exc}")
        else:
            errors.log.error("opening %s failed", self.path, exc_info=exc)
            self.window.hide()
            QMessageBox.critical(None, APP_NAME, errors.friendly_message(exc))
        self.window.close()
        self.app.exit(1)

    def _opened(self, result: tuple[Any, Any]) -> None:
        self.lock, self.db = result
        self.ops.db = self.db
        self.window.statusBar().clearMessage()
        if self.db.user_id is None:
            self._choose_profile()
        else:
            self.window.attach(self.ops, self.db)

    def _choose_profile(self) -> None:
        from fieldapp.ui.profile_dialog import UserProfileDialog

        self.profile_dialog = UserProfileDialog(self.ops, self.db, self.window)
        self.profile_dialog.finished.connect(self._profile_chosen)
        self.profile_dialog.open()

    def _profile_chosen(self, _result: int) -> None:
        if self.db.user_id is None:
            self.window.close()
            return
        self.window.attach(self.ops, self.db)

    def finish(self) -> None:
        self.collector.close()  # closed before the first data: the collector runs again
        self.ops.wait_for_background()  # exports and documents read the database and write files
        self.ops.wait()
        kept = self._kept_data()
        if self.db is not None:
            self.db.close()
        if self.lock is not None:
            self.lock.release()
        if kept is not None:  # once the file is closed: the snapshot carries the file's stamp as it is left
            key, data = kept
            try:
                snapshots.write(cache_dir(), self.path, key, data, dt.date.today(), i18n.current_language())
            except (OSError, TypeError, ValueError) as exc:
                errors.log.warning("the start snapshot was not written: %s", exc)

    def _kept_data(self) -> tuple[str, Any] | None:
        """What the page in view shows now, asked of the database, when the next start can show it first."""
        section = next((s for s in self.window.sections if s.key == self.window.section_in_view()), None)
        if section is None or not section.kept or self.db is None or self.db.user_id is None or self.db.encrypted:
            return None  # an encrypted database's figures are never written in clear
        try:
            with self.db.reading() as session:
                return section.key, section.page_module().kept_question()(session)
        except Exception as exc:  # noqa: BLE001 - closing never fails because of a snapshot
            errors.log.warning("the start snapshot was not made: %s", exc)
            return None


class _Probe(QObject):
    """Startup timing for benchmarks/startup.py (prints seconds since the epoch)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.painted = False
        window.installEventFilter(self)
        window.first_data_shown.connect(lambda: QTimer.singleShot(0, lambda: self._painted("data")))
        window.live_data_shown.connect(lambda: QTimer.singleShot(0, lambda: self._painted("live", close=True)))

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            print(f"shown {time.time():.6f}\nshown_cpu {time.process_time():.6f}", flush=True)
        return False

    def _painted(self, mark: str, close: bool = False) -> None:
        """``data``: the first data on screen (the last session's snapshot or the database's); ``live``: the
        database's own. With ``FIELDAPP_STARTUP_PROBE=settle`` the window stays SETTLE_S seconds more, ticking
        every 5 ms, and prints ``settle <longest pause in seconds>`` (the other pages and the icons are made
        then), then closes."""
        self.window.repaint()
        print(f"{mark} {time.time():.6f}\n{mark}_cpu {time.process_time():.6f}", flush=True)
        if not close:
            return
        if os.environ.get(PROBE_ENV) != "settle":
            self.window.close()
            return
        ticks = [time.perf_counter()]
        timer = QTimer(self)
        timer.setInterval(5)

        def tick() -> None:
            ticks.append(time.perf_counter())
            if ticks[-1] - ticks[0] >= SETTLE_S:
                timer.stop()
                print(f"settle {max(b - a for a, b in itertools.pairwise(ticks)):.6f}", flush=True)
                self.window.close()

        timer.timeout.connect(tick)
        timer.start()


def _keep_last_session(window: MainWindow, path: Path) -> None:
    """The page in view shows what it showed when the last session closed, while the database opens — when the
    file is exactly as that session left it, on the same day, in the same language (fieldapp/snapshots.py)."""
    key = window.section_in_view()
    if not any(s.key == key and s.kept for s in window.sections):
        return
    data = snapshots.read(cache_dir(), path, key, dt.date.today(), i18n.current_language())
    if data is not None:
        window.kept[key] = data


def run(path: Path, lang: str | None, create: bool, prepare: Callable[[], Any] | None = None,
        collector: contextlib.ExitStack | None = None) -> int:
    """Show the window, then open ``path`` behind it; ``prepare`` makes the file first (``--demo``); ``collector``:
    the cyclic collector held off by the caller (``gc_pause.paused``), let go once the first data are shown.

    The collector waits until the first data: the worker's imports (SQLAlchemy, the model) make ~200,000
    objects, and a full pass over them (0.15-0.2 s, holding the interpreter lock) came before the data or in
    the window's first seconds; once the data are shown they are frozen (``gc.freeze``): later passes skip them."""
    held = collector if collector is not None else contextlib.ExitStack()
    if collector is None:
        held.enter_context(gc_pause.paused())
    try:
        made = QApplication.instance() is None  # then styled on Qt's command line
        app = application()
        use_settings_folder()
        style.apply(app, styled=made)
        errors.install_excepthook()
        i18n.install(lang or i18n.stored_language())
        window = MainWindow(Path(path))
        _keep_last_session(window, Path(path))
        probe = _Probe(window) if os.environ.get(PROBE_ENV) else None
        window.show()
        startup = Startup(app, window, Path(path), create, prepare, held)
    except BaseException:
        held.close()
        raise
    window.closed.connect(app.quit)
    # Importing the database layer on the worker competes with the GUI thread for the GIL: start it once the
    # window is on screen (or soon anyway, should no paint come), and draw the icons once the data are there.
    window.first_painted.connect(startup.begin)
    QTimer.singleShot(500, startup.begin)
    # the icons (qtawesome's fonts take a while) once the first data are painted, in the next turn of the loop
    window.live_data_shown.connect(lambda: QTimer.singleShot(0, window, window.set_icons_soon))
    QTimer.singleShot(3000, window.set_icons_soon)
    try:
        code = app.exec()
    finally:
        startup.finish()
    del probe
    return startup.exit_code or code
