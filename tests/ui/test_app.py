"""Starting the application: a second window on the same database, a damaged file, unhandled errors."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from fieldapp.db.lock import InstanceLock
from fieldapp.ui import errors

# run() ends with QApplication.exec() returning, after which Qt stops serving timers in that process: each
# start is therefore a child process, as a user starts it, with the message box replaced by a print.
RUNNER = """
import sys
from pathlib import Path
from pathlib import Path
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
QStandardPaths.setTestModeEnabled(True)
qt_app = QApplication(sys.argv[:1])
QMessageBox.critical = staticmethod(lambda parent, title, text, *a, **k: print("MESSAGE:", text.replace("\\n", " ")))
from fieldapp.ui import app

def close_when_loaded():
    windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()]
    if windows and windows[0].db is not None and windows[0].page("dashboard").data is not None:
        print("TITLE:", windows[0].windowTitle())
        print("USER:", windows[0].user_label.text())
        windows[0].close()
    else:
        QTimer.singleShot(20, close_when_loaded)

QTimer.singleShot(20, close_when_loaded)
sys.exit(app.run(Path(sys.argv[1]), lang="en", create=False))
"""


def start(path, tmp_path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDAPP_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run([sys.executable, "-c", RUNNER, str(path)], capture_output=True, text=True, env=env,
                          timeout=60)


def test_second_instance_on_a_locked_database_gets_a_clear_message(demo_path, tmp_path) -> None:
    with InstanceLock(demo_path):
        result = start(demo_path, tmp_path)
    assert result.returncode == 1, result.stderr
    assert "MESSAGE: This database is already open in another FieldApp window" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    InstanceLock(demo_path).acquire().release()


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("this is not a database\n" * 100)
    result = start(bogus, tmp_path)
    assert result.returncode == 1, result.stderr
    assert "FieldApp cannot open this database." in result.stdout
    assert "not an SQLite file" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_run_opens_the_demo_and_releases_the_lock_on_exit(demo_path, tmp_path) -> None:
    result = start(demo_path, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "TITLE: FieldApp — demo.sqlite" in result.stdout
    assert "USER: User: " in result.stdout
    assert "MESSAGE" not in result.stdout
    InstanceLock(demo_path).acquire().release()


def test_unhandled_exception_is_logged_and_shown(qapp, tmp_path, monkeypatch) -> None:
    log_file = errors.setup_logging(tmp_path)
    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, details=None: shown.append(exc))
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        errors._excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "boom in a slot" in log_file.read_text(encoding="utf-8")
    assert len(shown) == 1 and str(shown[0]) == "boom in a slot"


def test_error_dialog_says_what_happened_with_details(qapp) -> None:
    box = errors.show_error(None, RuntimeError("disk full"))
    assert box is not None and "disk full" in box.text()
    assert "RuntimeError" in box.detailedText()
    box.close()


def test_demo_window_shows_before_the_demo_database_is_built(tmp_path: Path) -> None:
    """`fieldapp --demo` on a new machine: the window first, the demo built behind it, then the data."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDAPP_DATA_DIR": str(tmp_path / "data"),
           "FIELDAPP_STARTUP_PROBE": "1"}
    result = subprocess.run([sys.executable, "-m", "fieldapp", "--demo", "--lang", "en"], capture_output=True,
                            text=True, env=env, timeout=240)
    assert result.returncode == 0, result.stderr
    marks = dict(line.split() for line in result.stdout.splitlines() if line.split()[0] in {"shown", "data"})
    assert float(marks["shown"]) < float(marks["data"])
    assert list((tmp_path / "data" / "cache").glob("demo-*.sqlite"))  # the template was built this run


KEPT_RUNNER = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
qt_app = QApplication(sys.argv[:1])
from fieldapp.ui import app, main_window

original = main_window.MainWindow.__init__

def init(self, *args, **kwargs):
    original(self, *args, **kwargs)

    def figures():
        page = self.built[self.row_of("dashboard")]
        return json.dumps({key: figure.value.text() for key, figure in page.figures.items()}, ensure_ascii=False)

    self.first_data_shown.connect(lambda: print("FIRST:", "closed" if self.db is None else "open", figures()))
    self.live_data_shown.connect(lambda: (print("LIVE:", figures()), QTimer.singleShot(0, self.close)))

main_window.MainWindow.__init__ = init
sys.exit(app.run(Path(sys.argv[1]), lang="en", create=False))
"""


def test_the_next_start_shows_the_last_figures_at_once_while_the_file_is_unchanged(demo_path, tmp_path) -> None:
    """The dashboard the last session closed with is on screen before the database is open, and it is what the
    database then says; the first start, and any after a write to the file, show the figures read without the
    database layer first (all but the visit plan's two), then the database's."""
    import json

    from sqlalchemy import select

    from fieldapp.db import open_database
    from fieldapp.model import Agreement

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDAPP_DATA_DIR=str(tmp_path / "data"))

    def run() -> tuple[str, dict[str, str], dict[str, str]]:
        done = subprocess.run([sys.executable, "-c", KEPT_RUNNER, str(demo_path)], capture_output=True, text=True,
                              env=env, timeout=120)
        assert done.returncode == 0, done.stderr[-3000:]
        lines = {line.split(" ", 1)[0]: line.split(" ", 1)[1] for line in done.stdout.splitlines()
                 if line.startswith(("FIRST:", "LIVE:"))}
        state, first = lines["FIRST:"].split(" ", 1)
        return state, json.loads(first), json.loads(lines["LIVE:"])

    state, look, live = run()
    # the first start ever: nothing kept, the figures read before the database layer (fieldapp/first_look.py)
    assert state == "closed"
    plan = ("visits_due", "visits_overdue")  # the visit plan's: counted with the database layer, a moment later
    assert {key: look[key] for key in plan} == {"visits_due": "…", "visits_overdue": "…"}
    assert "…" not in {live[key] for key in plan}
    assert {k: v for k, v in look.items() if k not in plan} == {k: v for k, v in live.items() if k not in plan}
    assert live["applications"] not in ("", "—", "0")
    assert list((tmp_path / "data" / "cache" / "snapshots").glob("dashboard-*.json"))
    state, first, again = run()
    assert state == "closed"  # the last session's figures, before the database was open…
    assert first == again == live  # …what the database says, the visit plan's too

    database = open_database(demo_path)
    with database.transaction() as s:  # another program writes the file: a grant grows
        agreement = s.scalars(select(Agreement).where(Agreement.number == "ОП-2020-007")).one()
        agreement.amount += 1000
    database.close()
    state, look, changed = run()
    assert state == "closed"  # not the old figures: the file's as it is now, read before the database layer
    assert changed["grants_committed"] != live["grants_committed"]
    assert look["grants_committed"] == changed["grants_committed"]
    state, first, _live = run()
    assert state == "closed" and first == changed


BEHIND_RUNNER = """
import sys
from pathlib import Path
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
qt_app = QApplication(sys.argv[:1])
from fieldapp.ui import app, main_window

LATER = ("httpx", "fieldapp.sync.auto", "fieldapp.services.sync_inbox", "logging.handlers")
#: what the first question does not need at all (imported where used)
UNNEEDED = ("phonenumbers", "uuid6", "fieldapp.services.organisation", "fieldapp.services.completion")
original = main_window.MainWindow.__init__

def init(self, *args, **kwargs):
    original(self, *args, **kwargs)

    def settled():
        # the engine's first check done (its change mark read), the inbox counted, the version set
        if (self.behind_started and self.sync_engine.mark is not None and self.inbox_action.count is not None
                and qt_app.applicationVersion() and self.sync_engine.view.state is not None):
            print("AFTER:", sorted(set(LATER) & set(sys.modules)), bool(self.built[self.row_of("head_office")]),
                  "changes not yet delivered" in self.unsent_label.text())
            self.close()
        else:
            QTimer.singleShot(20, settled)

    def live():
        print("UNNEEDED:", sorted(set(UNNEEDED) & set(sys.modules)))
        print("LIVE:", sorted(set(LATER) & set(sys.modules)), self.sync_engine.timer.isActive(),
              self.built[self.row_of("head_office")] is not None, self.sync_engine.view.state is not None)
        QTimer.singleShot(0, settled)

    self.live_data_shown.connect(live)

main_window.MainWindow.__init__ = init
sys.exit(app.run(Path(sys.argv[1]), lang="en", create=False))
"""


def test_the_first_question_has_the_interpreter_to_itself(demo_path, tmp_path) -> None:
    """Between the window and the database's first data nothing else imports or reads its way in: the sync
    engine's first check (httpx, the sync client), the status bar's sync state (its counts of what waits to be
    sent), the inbox's count, the head office's page, the log file (logging.handlers) and the version come once
    the data are on screen — and then they do come."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDAPP_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", BEHIND_RUNNER, str(demo_path)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines()
                 if line.startswith(("LIVE:", "AFTER:", "UNNEEDED:")))
    assert lines["LIVE:"] == "[] False False False"  # nothing of them yet when the first data are painted
    # phone numbers are checked by a form or an import, new ids made by a write, the letterhead read by documents
    # and the summary, the completion rule applied by a payment or a report: not by the first figures
    assert lines["UNNEEDED:"] == "[]"
    assert lines["AFTER:"] == ("['fieldapp.services.sync_inbox', 'fieldapp.sync.auto', 'httpx', 'logging.handlers'] "
                               "True True")
    assert (tmp_path / "data" / "logs" / "fieldapp.log").exists()



STYLE_RUNNER = """
import sys
from pathlib import Path
import PySide6.QtWidgets as widgets
from PySide6.QtCore import QEvent, QStandardPaths, QTimer
QStandardPaths.setTestModeEnabled(True)
from fieldapp.ui import app, main_window

original = main_window.MainWindow.event

def event(self, ev):
    if ev.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
        self.seen = True
        print("PAINTED:", "QStyle" in vars(widgets))
        self.live_data_shown.connect(lambda: QTimer.singleShot(0, self, self.close))
        QTimer.singleShot(0, lambda: print("STYLE:", widgets.QApplication.style().name()))
    return original(self, ev)

main_window.MainWindow.event = event
sys.exit(app.run(Path(sys.argv[1]), lang="en", create=False))
"""


def test_the_window_is_drawn_in_fusion_without_setting_up_qstyle_before_it(demo_path, tmp_path) -> None:
    """The application FieldApp makes is told its style on Qt's command line (``-style Fusion``): the window is
    drawn in Fusion, and PySide6 has not set up the QStyle class (and its 566 enum members) by the first paint —
    ``setStyle`` would hand the style to Python and set them up (docs/performance.md)."""
    assert _printed(STYLE_RUNNER, demo_path, tmp_path, ("PAINTED:", "STYLE:")) == {"PAINTED:": "False",
                                                                                  "STYLE:": "fusion"}


ENTRY_RUNNER = """
import runpy, sys
from PySide6.QtCore import QEvent, QStandardPaths, QTimer
QStandardPaths.setTestModeEnabled(True)
from fieldapp.ui import main_window

original = main_window.MainWindow.event

def event(self, ev):
    if ev.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
        self.seen = True
        print("PAINTED:", sorted({"multiprocessing", "pkgutil"} & set(sys.modules)))
        self.live_data_shown.connect(lambda: QTimer.singleShot(0, self, self.close))
    return original(self, ev)

main_window.MainWindow.event = event
sys.argv = ["fieldapp", "--db", sys.argv[1], "--lang", "en"]
runpy.run_module("fieldapp", run_name="__main__")
"""


def test_the_entry_point_brings_neither_multiprocessing_nor_the_command_list_before_the_window(
        demo_path, tmp_path) -> None:
    """``python -m fieldapp`` (the installed program's entry) paints the window without importing multiprocessing
    (only a frozen program may be a hub's merge worker: ``freeze_support``) or pkgutil (the commands' list)."""
    assert _printed(ENTRY_RUNNER, demo_path, tmp_path, ("PAINTED:",)) == {"PAINTED:": "[]"}


COLLECTOR_RUNNER = """
import gc, sys
from pathlib import Path
from PySide6.QtCore import QStandardPaths, QTimer
QStandardPaths.setTestModeEnabled(True)
from fieldapp.ui import app, main_window

original = main_window.MainWindow.__init__

def init(self, *args, **kwargs):
    original(self, *args, **kwargs)

    def later():
        print("AFTER:", gc.isenabled(), gc.get_freeze_count() > 100_000)
        self.close()

    def live():
        print("LIVE:", gc.isenabled(), gc.get_freeze_count())
        QTimer.singleShot(200, later)

    self.live_data_shown.connect(live)

main_window.MainWindow.__init__ = init
from fieldapp.cli import main
sys.exit(main(["--db", sys.argv[1], "--lang", "en"]))
"""


def test_the_collector_waits_for_the_first_data_then_skips_what_the_start_made(demo_path, tmp_path) -> None:
    """Until the database's first data are on screen the cyclic collector is held off (a full pass over the
    ~200,000 objects of the worker's imports held the interpreter lock 0.15-0.2 s before or right after the data);
    then it runs again, with what the start made frozen (``gc.freeze``) out of its passes."""
    assert _printed(COLLECTOR_RUNNER, demo_path, tmp_path, ("LIVE:", "AFTER:")) == {"LIVE:": "False 0",
                                                                                    "AFTER:": "True True"}


def _printed(runner: str, demo_path: Path, tmp_path: Path, marks: tuple[str, ...]) -> dict[str, str]:
    """``runner`` run on the demo database in a process of its own: the lines it printed starting with a mark."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDAPP_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", runner, str(demo_path)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return dict(line.split(" ", 1) for line in done.stdout.splitlines() if line.startswith(marks))
