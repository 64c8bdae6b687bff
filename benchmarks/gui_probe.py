"""Run in a child process by ``gui_figures``: the main window on a database, the People page opened and scrolled
to its end (every person loaded, as a user holding End would), then the resident memory; or, with ``--bare``,
a bare PySide6 window with a table of the same number of plain rows. Prints ``name value`` lines.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.gui_probe DB [--after SECONDS] [--lang ru|kk|en]
    QT_QPA_PLATFORM=offscreen python -m benchmarks.gui_probe --bare ROWS
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.harness import resident_mib  # noqa: E402


def _wait(app, done, timeout: float = 120.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not done():
        app.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("the page did not load")
        time.sleep(0.001)


def bare(rows: int) -> None:
    """The same rows in a plain table: the first page shown, then the rest appended (what scrolling loads)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1366, 768)
    model = QStandardItemModel(0, 4)
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.show()
    app.processEvents()

    def add(start: int, stop: int) -> None:
        for n in range(start, stop):
            model.appendRow([QStandardItem(text) for text in (f"Участник {n}", "Курык", f"+7701{n:07d}", "1980")])
        view.scrollToBottom()
        app.processEvents()

    started = time.perf_counter()
    add(0, min(rows, 200))
    print(f"open {time.perf_counter() - started:.6f}", flush=True)
    started = time.perf_counter()
    add(min(rows, 200), rows)
    print(f"scroll {time.perf_counter() - started:.6f}", flush=True)
    print(f"rss {resident_mib():.1f}", flush=True)


def fieldapp_window(path: Path, after: float = 0.0, lang: str = "ru") -> None:
    """``after``: seconds between the first data and the click (the pages built in idle turns meanwhile);
    ``lang``: the interface's language (the People list's alphabet)."""
    from PySide6.QtCore import QSettings, QStandardPaths

    from fieldapp.db import open_database
    from fieldapp.ui import app as app_module
    from fieldapp.ui import i18n
    from fieldapp.ui.main_window import MainWindow
    from fieldapp.ui.operations import Operations

    folder = Path(tempfile.mkdtemp(prefix="fieldapp-probe-"))
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    app = app_module.application()
    i18n.install(lang)
    db = open_database(path)
    window = MainWindow(path)
    ops = Operations(db, window)
    window.resize(1366, 768)
    window.show()
    window.attach(ops, db)
    # a user clicks People once the window shows its first data (the dashboard's); the click builds the page
    # unless an idle turn already has; the figure is the click to the first rows on screen
    _wait(app, lambda: window.live_data_done)
    if after:
        until = time.perf_counter() + after
        _wait(app, lambda: time.perf_counter() > until)
    row = window.row_of("people")  # not `window.pages`: that builds every page (tests and tools only)
    started = time.perf_counter()
    window.show_page(row)
    model = window.page("people").panels()[0].model
    _wait(app, lambda: model.has_loaded)
    print(f"open {time.perf_counter() - started:.6f}", flush=True)
    started = time.perf_counter()
    while len(model.rows) < model.total:
        before = len(model.rows)
        window.page("people").panels()[0].view.scrollToBottom()
        model.fetchMore()  # what the view asks for when its end is in sight
        _wait(app, lambda before=before: len(model.rows) > before)
    app.processEvents()
    print(f"scroll {time.perf_counter() - started:.6f}", flush=True)
    print(f"rows {len(model.rows)}", flush=True)
    print(f"rss {resident_mib():.1f}", flush=True)
    window.close()


if __name__ == "__main__":
    if sys.argv[1] == "--bare":
        bare(int(sys.argv[2]))
    else:
        options = dict(zip(sys.argv[2::2], sys.argv[3::2], strict=False))
        fieldapp_window(Path(sys.argv[1]), float(options.get("--after", 0.0)), options.get("--lang", "ru"))
    sys.stdout.flush()
    os._exit(0)  # PySide6's teardown can crash after the figures are out (see tests/conftest.py)
